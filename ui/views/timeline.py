"""Timeline: a horizontal time axis, one lane per department (or per channel).

Only the shown period is queried (the window passes the entries of
:meth:`TimelineView.period`). Zoom is day / week / month; wider content
scrolls. The drawing lives in timeline_canvas.py.
"""
from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from calendar_core.model import Entry
from ui.i18n import Retranslating
from ui.locale_format import date_long, month_year
from ui.views.labels import week_label
from ui.views.timeline_canvas import ZOOMS, TimelineCanvas


class TimelineView(Retranslating, QWidget):
    """The timeline with its own zoom and lane switches."""

    entryActivated = Signal(int)
    selectionChanged = Signal(list)
    zoomChanged = Signal(str)
    entryMoveRequested = Signal(int, object, object)  # a drag or Ctrl+Arrow: entry id, new start, channel

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = TimelineCanvas(self)
        self.canvas.entryActivated.connect(self.entryActivated)
        self.canvas.selectionChanged.connect(self.selectionChanged)
        self.canvas.entryMoveRequested.connect(self.entryMoveRequested)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        self.zoom_label = QLabel(self)
        bar.addWidget(self.zoom_label)
        self._zoom_group = QButtonGroup(self)
        self.zoom_buttons = {}
        for z in ZOOMS:
            b = QToolButton(self, checkable=True, autoRaise=True)
            b.setObjectName("segment")
            b.clicked.connect(lambda _c=False, z=z: self.set_zoom(z, emit=True))
            self._zoom_group.addButton(b)
            self.zoom_buttons[z] = b
            bar.addWidget(b)
        bar.addSpacing(16)
        self.lanes_label = QLabel(self)
        bar.addWidget(self.lanes_label)
        self._lane_group = QButtonGroup(self)
        self.lane_buttons = {}
        for mode in ("department", "channel"):
            b = QToolButton(self, checkable=True, autoRaise=True)
            b.setObjectName("segment")
            b.clicked.connect(lambda _c=False, m=mode: self.set_lane_mode(m))
            self._lane_group.addButton(b)
            self.lane_buttons[mode] = b
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.zoom_buttons["week"].setChecked(True)
        self.lane_buttons["department"].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.zoom_label.setText(self.tr("Zoom:"))
        self.lanes_label.setText(self.tr("Lanes:"))
        names = {"day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month")}
        for z, b in self.zoom_buttons.items():
            b.setText(names.get(z, z.capitalize()))
        self.lane_buttons["department"].setText(self.tr("Departments"))
        self.lane_buttons["channel"].setText(self.tr("Channels"))
        self.canvas.update()

    # ----- the view protocol used by the main window ----------------------------------
    def period(self, anchor: date) -> tuple[date, date]:
        if self.canvas.zoom == "day":
            return anchor, anchor + timedelta(days=1)
        if self.canvas.zoom == "week":
            monday = anchor - timedelta(days=anchor.weekday())
            return monday, monday + timedelta(days=7)
        first = anchor.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1)

    def step(self, anchor: date, direction: int) -> date:
        if self.canvas.zoom == "day":
            return anchor + timedelta(days=direction)
        if self.canvas.zoom == "week":
            return anchor + timedelta(days=7 * direction)
        first = anchor.replace(day=1)
        return (first + timedelta(days=32)).replace(day=1) if direction > 0 else (first - timedelta(days=1)).replace(day=1)

    def label(self, anchor: date) -> str:
        a, b = self.period(anchor)
        if self.canvas.zoom == "day":
            return date_long(a)
        if self.canvas.zoom == "week":
            return week_label(a)
        return month_year(a)

    def set_data(self, entries: list[Entry], anchor: date, tz: ZoneInfo) -> None:
        a, b = self.period(anchor)
        self.canvas.tz = tz
        self.canvas.configure(a, (b - a).days, self.canvas.zoom)
        self.canvas.set_entries(entries)
        if self.canvas.zoom == "day":  # start the working day in view
            first = min((self.canvas._span(e)[0] for e in entries if not e.all_day), default=8 / 24)
            self.canvas.scroll_to_day_offset(max(min(first, 8 / 24) - 1 / 48, 0))

    def set_colours(self, colours: dict[str, str]) -> None:
        self.canvas.colours = dict(colours)
        self.canvas._relayout()

    def set_markers(self, markers: dict[int, str]) -> None:
        self.canvas.markers = markers  # read-only (ui/markers.py): its texts are written when asked for
        self.canvas.viewport().update()

    def select_entries(self, ids) -> None:
        self.canvas.selected = set(ids)
        self.canvas.viewport().update()

    def zoom(self) -> str:
        return self.canvas.zoom

    def set_zoom(self, zoom: str, emit: bool = False) -> None:
        if zoom not in ZOOMS:
            return
        self.canvas.zoom = zoom
        self.zoom_buttons[zoom].setChecked(True)
        if emit:
            self.zoomChanged.emit(zoom)

    def set_lane_mode(self, mode: str) -> None:
        self.canvas.lane_mode = mode
        self.lane_buttons[mode].setChecked(True)
        self.canvas._relayout()
