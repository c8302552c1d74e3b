"""The Week view slot: embeds the ``print`` branch's WeekView (ui/views/week.py).

This pane only adapts it to the window's view protocol (period, step, label,
set_data); all drawing is WeekView's own, shared with printing.
"""
from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from calendar_core.layout import monday_of
from calendar_core.model import Entry
from ui.views.labels import week_label

try:
    from ui.views.week import WeekView, layout_for
except ImportError:  # the print branch has not landed yet
    WeekView = layout_for = None


class WeekPane(QWidget):
    entryActivated = Signal(int)
    selectionChanged = Signal(list)
    weekChangeRequested = Signal(int)
    entryMoveRequested = Signal(int, object, object)  # a drag or Ctrl+Arrow: entry id, new start, lane

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if WeekView is not None:
            self.view = WeekView(self)
            self.view.entryActivated.connect(self.entryActivated)
            self.view.selectionChanged.connect(self.selectionChanged)
            self.view.weekChangeRequested.connect(self.weekChangeRequested)
            self.view.entryMoveRequested.connect(self.entryMoveRequested)
        else:
            self.view = None
            self._placeholder = QLabel(self.tr("The week view is not available in this build."), self,
                                       alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.view if self.view is not None else self._placeholder)
        self.entries: list[Entry] = []
        self._tz = None
        self._pending: tuple[ZoneInfo, date] | None = None
        self._prepared = None  # the pending entries' layout, when made off the GUI thread
        self._selection: list[int] = []

    def set_now(self, now) -> None:
        """Pin the clock of the today marker (tests, screenshots)."""
        if self.view is not None and now is not None:
            self.view.now = lambda: now

    def period(self, anchor: date) -> tuple[date, date]:
        monday = monday_of(anchor)
        return monday, monday + timedelta(days=7)

    def step(self, anchor: date, direction: int) -> date:
        return anchor + timedelta(days=7 * direction)

    def label(self, anchor: date) -> str:
        return week_label(monday_of(anchor))

    def prepare(self, entries: list[Entry], anchor: date, tz: ZoneInfo):
        """The week's layout, made with the entries off the GUI thread (hand it to :meth:`set_data`)."""
        return layout_for(entries, monday_of(anchor), tz) if layout_for is not None else None

    def set_data(self, entries: list[Entry], anchor: date, tz: ZoneInfo, prepared=None) -> None:
        """Keep the entries; hand them to WeekView once it is on screen.

        Every WeekView setter lays the whole week out again (text wrapping
        included), so a hidden pane waits and a shown one calls only the
        setters whose value changed.
        """
        self.entries = list(entries)
        self._pending = (tz, monday_of(anchor))
        self._prepared = prepared
        if self.view is not None and self.isVisible():
            self._apply()

    def _apply(self) -> None:
        if self._pending is None:
            return
        tz, monday = self._pending
        self._pending = None
        if tz != self._tz:
            self._tz = tz
            self.view.set_workspace_tz(tz)
        if self.view.week() != monday:  # old entries mostly fall outside the new week: cheap
            self.view.set_week(monday)
        self.view.set_entries(self.entries, self._prepared)
        self._prepared = None
        self.view.select_entries(self._selection)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self.view is not None:
            # After WeekView's own post-resize repaint (queued before this), so that one stays cheap.
            QTimer.singleShot(0, self._apply)

    def set_colours(self, colours: dict[str, str]) -> None:
        if self.view is not None:
            self.view.set_colours(colours)

    def set_markers(self, markers: dict[int, str]) -> None:
        if self.view is not None:
            self.view.set_markers(markers)

    def set_blackout(self, days) -> None:
        if self.view is not None:
            self.view.set_blackout(days)

    def select_entries(self, ids) -> None:
        self._selection = list(ids)
        if self.view is not None and self._pending is None:
            self.view.select_entries(self._selection)
