"""A layout that places its items in a row and wraps them onto further rows when the width runs out.

Used where a fixed row of buttons or filters would otherwise force the window
wider than a small screen (or get clipped): the filter bar and the buttons
under the docks. With ``push_last_right`` the last item sits at the right edge
of its row (the search field, an "Un-mark" button) whenever it shares that row.
Items wider than the whole row are given the row's width (at least their
minimum), so a lone item can still shrink, e.g. an eliding label.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing: int = 6, row_spacing: int | None = None,
                 push_last_right: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = spacing if row_spacing is None else row_spacing
        self.push_last_right = push_last_right

    # ----- QLayout --------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt names
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one row."""
        visible = self._visible()
        w = sum(i.sizeHint().width() for i in visible) + self._spacing * max(0, len(visible) - 1)
        h = max((i.sizeHint().height() for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """One item per row: as narrow as the widest item's minimum."""
        visible = self._visible()
        w = max((self._min_width(i) for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), self.heightForWidth(w + m.left() + m.right()))

    # ----- arranging -------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    @staticmethod
    def _min_width(item: QLayoutItem) -> int:
        w = item.widget()
        if w is not None and w.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed:
            return item.sizeHint().width()
        return max(item.minimumSize().width(), 0)

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        rows: list[list[tuple[QLayoutItem, int]]] = []
        row: list[tuple[QLayoutItem, int]] = []
        used = 0
        for item in self._visible():
            w = min(item.sizeHint().width(), width)
            w = max(w, self._min_width(item))
            need = w if not row else used + self._spacing + w
            if row and need > width:
                rows.append(row)
                row, used = [], 0
                need = w
            row.append((item, w))
            used = need
        if row:
            rows.append(row)
        return rows

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(inner.width(), 1)
        y = inner.y()
        last = self._visible()[-1:] or [None]
        rows = self._rows(width)
        for n, row in enumerate(rows):
            row_h = max(item.sizeHint().height() for item, _w in row)
            if apply:
                x = inner.x()
                for item, w in row:
                    if len(row) == 1 and item.expandingDirections() & Qt.Orientation.Horizontal:
                        w = min(width, item.maximumSize().width())  # alone on its row: take the row
                    if self.push_last_right and item is last[0] and len(row) > 1:
                        x = inner.x() + width - w
                    h = min(item.sizeHint().height(), row_h)
                    if item.expandingDirections() & Qt.Orientation.Vertical:
                        h = row_h
                    item.setGeometry(QRect(QPoint(x, y + (row_h - h) // 2), QSize(w, h)))
                    x += w + self._spacing
            y += row_h + (self._row_spacing if n < len(rows) - 1 else 0)
        return y - rect.y() + m.bottom()
