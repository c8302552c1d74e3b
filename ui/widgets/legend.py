"""The colour legend under the views, as the printout has: department colours, the conflict mark, blackout."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ui.painting.common import MARK_COLOUR, MUTED_COLOUR, TEXT_COLOUR, colour_of, draw_mark
from ui.i18n import Retranslating, translate
from ui.painting.grid import blackout_label, paint_blackout


def conflict_label() -> str:
    return translate("Legend", "Conflict")


class ColourLegend(Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("colourLegend")
        self.colours: dict[str, str] = {}
        self.items: list[str] = []

    def set_colours(self, colours: dict[str, str]) -> None:
        self.colours = dict(colours)
        self.items = sorted((d for d in colours if d), key=str.casefold)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Department colours; a red corner marks a conflict; hatched days are blackout dates"))
        self.updateGeometry()
        self.update()

    def labels(self) -> list[str]:
        return self.items + [conflict_label(), blackout_label()]

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() + 8)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        fm = self.fontMetrics()
        h = self.height()
        x = 6.0
        for i, name in enumerate(self.labels()):
            sw = QRectF(x, (h - 10) / 2, 10, 10)
            if i == len(self.items):
                p.setPen(MUTED_COLOUR)
                p.setBrush(QColor("white"))
                p.drawRect(sw)
                draw_mark(p, sw, 8)
                p.setPen(MARK_COLOUR)
            elif i == len(self.items) + 1:
                paint_blackout(p, sw)
                p.setPen(TEXT_COLOUR)
            else:
                p.fillRect(sw, colour_of(self.colours, name))
                p.setPen(TEXT_COLOUR)
            p.drawText(QPointF(x + 14, (h - fm.height()) / 2 + fm.ascent()), name)
            x += 14 + fm.horizontalAdvance(name) + 14
        p.end()
