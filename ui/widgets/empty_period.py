"""A card over a week, month or timeline that shows nothing while the workspace has entries.

A coordinator who opens a workspace on a Monday lands on this week; when the teams' plans lie in
other weeks (or the filters hide everything here), a blank grid says nothing. The card says so and
offers the nearest entries before and after the period, one click away. It never covers an entry:
it shows only while the view is empty, and it follows the view area's size.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import Retranslating
from ui.locale_format import date_text


class EmptyPeriodCard(Retranslating, QFrame):
    goToRequested = Signal(object)  # a date

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setObjectName("emptyPeriod")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setMaximumWidth(460)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.earlier = QPushButton(self)
        self.earlier.setObjectName("emptyPeriodEarlier")
        self.later = QPushButton(self)
        self.later.setObjectName("emptyPeriodLater")
        self.earlier.clicked.connect(lambda: self.goToRequested.emit(self._earlier))
        self.later.clicked.connect(lambda: self.goToRequested.emit(self._later))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.earlier)
        buttons.addWidget(self.later)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self._kind = "week"
        self._filtered = False
        self._earlier: date | None = None
        self._later: date | None = None
        self._follower = _Follower(self)
        host.installEventFilter(self._follower)
        self.hide()

    def show_for(self, kind: str, filtered: bool, earlier: date | None, later: date | None) -> None:
        """Show the card for an empty period of ``kind`` ("week", "month", "period"), with the days of
        the nearest entries before and after it (None: there are none that way)."""
        self._kind, self._filtered, self._earlier, self._later = kind, filtered, earlier, later
        self.retranslate()
        self.place()
        self.show()
        self.raise_()

    def retranslate(self) -> None:
        if self._kind == "week":
            text = self.tr("Nothing in this week with the current filters") if self._filtered else \
                self.tr("Nothing in this week")
        elif self._kind == "month":
            text = self.tr("Nothing in this month with the current filters") if self._filtered else \
                self.tr("Nothing in this month")
        else:
            text = self.tr("Nothing in this period with the current filters") if self._filtered else \
                self.tr("Nothing in this period")
        if self._earlier is None and self._later is None:
            text += "\n" + self.tr("No entry passes the filters anywhere in the workspace.")
        self.text.setText(text)
        for button, day, label in ((self.earlier, self._earlier, self.tr("◀ Earlier entries: {day}")),
                                   (self.later, self._later, self.tr("Later entries: {day} ▶"))):
            button.setVisible(day is not None)
            if day is not None:
                button.setText(label.format(day=date_text(day)))
        if not self.isHidden():
            self.place()

    def place(self) -> None:
        host = self.parentWidget()
        width = min(self.maximumWidth(), max(240, host.width() - 40))
        height = max(self.layout().minimumSize().height(), self.sizeHint().height())
        self.setGeometry((host.width() - width) // 2, max(0, host.height() // 3 - height // 2), width, height)


class _Follower(QObject):
    """Keeps the card placed when the view area changes size."""

    def __init__(self, card: EmptyPeriodCard):
        super().__init__(card)
        self.card = card

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Resize and not self.card.isHidden():
            self.card.place()
        return False
