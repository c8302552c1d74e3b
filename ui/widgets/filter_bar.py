"""Filters (department, channel, status, person, text) and the date navigator."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QMenu, QSizePolicy, QToolButton, QWidget,
)

from calendar_core.model import EntryFilter
from ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from ui.widgets.date_field import DateField
from ui.widgets.flow import FlowLayout


class PeriodLabel(QLabel):
    """The period shown ("Week 37 · 7–13 Sep 2026"): asks for its whole text, elides only when squeezed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""

    def set_period(self, text: str) -> None:
        self._full = text
        self.setText(text)
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt names
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 80), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, rect.width())
        self.setToolTip(self._full if shown != self._full else "")
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.setFont(self.font())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)


class MultiPick(QToolButton):
    """A button with a menu of checkable values; nothing checked means 'all'."""

    changed = Signal()

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.label = label
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        # the menu is built when it opens: every refresh hands the values again (after a large import,
        # rebuilding four menus of actions and re-polishing the buttons took 60 ms of the GUI thread)
        self._menu.aboutToShow.connect(self._ensure_menu)
        self._menu_stale = True
        self._active: bool | None = None
        self._values: list[str] = []
        self._checked: set[str] = set()
        self._rebuild()

    def set_values(self, values: list[str]) -> None:
        values = list(values)
        if values == self._values:
            return
        self._values = values
        self._menu_stale = True

    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    def set_checked(self, values) -> None:
        self._checked = set(values)
        self._rebuild()

    def _rebuild(self) -> None:
        self._menu_stale = True
        if self._menu.isVisible():
            self._ensure_menu()
        self._update_text()

    def menu_actions(self) -> list[QAction]:
        """The menu's actions as it shows them ("All", a separator, one per value)."""
        self._ensure_menu()
        return self._menu.actions()

    def _ensure_menu(self) -> None:
        if not self._menu_stale:
            return
        self._menu_stale = False
        self._menu.clear()
        clear = self._menu.addAction(self.tr("All"))
        clear.triggered.connect(self._clear)
        self._menu.addSeparator()
        shown = list(self._values) + sorted(v for v in self._checked if v not in self._values)
        for v in shown:
            act = QAction(v or self.tr("(none)"), self._menu, checkable=True, checked=v in self._checked)
            act.toggled.connect(lambda on, v=v: self._toggle(v, on))
            self._menu.addAction(act)

    def _toggle(self, value: str, on: bool) -> None:
        (self._checked.add if on else self._checked.discard)(value)
        self._update_text()
        self.changed.emit()

    def _clear(self) -> None:
        if self._checked:
            self._checked.clear()
            self._rebuild()
            self.changed.emit()

    def _update_text(self) -> None:
        label = translate("FilterBar", self.label)
        if not self._checked:
            self.setText(f"{label} ▾")
            self.setToolTip(self.tr("{label}: all (click to choose)").format(label=label))
        elif len(self._checked) == 1:
            value = next(iter(self._checked)) or self.tr("(none)")
            self.setText(f"{label}: {value if len(value) <= 14 else value[:13] + '…'}")
            self.setToolTip(f"{label}: {value}")
        else:
            self.setText(f"{label}: {len(self._checked)}")
            self.setToolTip(f"{label}: " + ", ".join(sorted(self._checked)))
        active = bool(self._checked)
        if active != self._active:  # the style sheet reads it: polished again only when it changes
            self._active = active
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)


class FilterBar(Retranslating, QWidget):
    filterChanged = Signal()
    previousRequested = Signal()
    nextRequested = Signal()
    todayRequested = Signal()
    dateRequested = Signal(object)  # date

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.departments = MultiPick(QT_TRANSLATE_NOOP("FilterBar", "Department"), self)
        self.channels = MultiPick(QT_TRANSLATE_NOOP("FilterBar", "Channel"), self)
        self.statuses = MultiPick(QT_TRANSLATE_NOOP("FilterBar", "Status"), self)
        self.people = MultiPick(QT_TRANSLATE_NOOP("FilterBar", "Person"), self)
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.text.setAcceptDrops(False)  # dropped files go to the window's import, not into the search
        self.text.setMinimumWidth(150)
        self.text.setMaximumWidth(420)
        self._text_timer = QTimer(self, singleShot=True, interval=250)
        self._text_timer.timeout.connect(self.filterChanged.emit)
        self.text.textChanged.connect(lambda _t: self._text_timer.start())
        for pick in (self.departments, self.channels, self.statuses, self.people):
            pick.changed.connect(self.filterChanged.emit)

        self.prev_button = QToolButton(self, text="‹", autoRaise=True)
        self.today_button = QToolButton(self, autoRaise=True)
        self.next_button = QToolButton(self, text="›", autoRaise=True)
        self.date_edit = DateField(self)
        self.date_edit.edit.setAcceptDrops(False)
        self.date_edit.setMaximumWidth(140)
        self.prev_button.setObjectName("navButton")
        self.next_button.setObjectName("navButton")
        self.prev_button.clicked.connect(self.previousRequested.emit)
        self.next_button.clicked.connect(self.nextRequested.emit)
        self.today_button.clicked.connect(self.todayRequested.emit)
        self.date_edit.dateChosen.connect(self.dateRequested.emit)
        self.period_label = PeriodLabel(self)
        self.period_label.setObjectName("periodLabel")
        self.period_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        # two groups that sit side by side when there is room, else the filters wrap below the navigator
        navigator = QWidget(self)
        nav = QHBoxLayout(navigator)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.setSpacing(6)
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            nav.addWidget(w)
        nav.addWidget(self.period_label, 1)
        filters = QWidget(self)
        row = QHBoxLayout(filters)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for w in (self.departments, self.channels, self.statuses, self.people):
            w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            row.addWidget(w)
        row.addStretch(1)  # alone on a second row the search goes to the right edge
        row.addWidget(self.text, 4)
        filters.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = FlowLayout(self, spacing=16, row_spacing=4, push_last_right=True)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(navigator)
        layout.addWidget(filters)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Search titles, descriptions, links…"))
        self.prev_button.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.next_button.setToolTip(self.tr("Next period (Alt+Right)"))
        self.date_edit.setToolTip(self.tr("Go to date: type it (2026-09-14, 14.9.2026, 14 Sep) and press Enter"))
        for pick in (self.departments, self.channels, self.statuses, self.people):
            pick._rebuild()

    # ----- values ----------------------------------------------------------
    def set_options(self, departments, channels, statuses, people) -> None:
        self.departments.set_values(departments)
        self.channels.set_values(channels)
        self.statuses.set_values(statuses)
        self.people.set_values(people)

    def current_filter(self) -> EntryFilter:
        return EntryFilter(departments=self.departments.checked(), channels=self.channels.checked(),
                           statuses=self.statuses.checked(), people=self.people.checked(),
                           text=self.text.text().strip())

    def set_filter(self, flt: EntryFilter) -> None:
        self.departments.set_checked(flt.departments)
        self.channels.set_checked(flt.channels)
        self.statuses.set_checked(flt.statuses)
        self.people.set_checked(flt.people)
        self.text.setText(flt.text)
        self._text_timer.stop()
        self.filterChanged.emit()

    def state(self) -> dict:
        f = self.current_filter()
        return {"departments": sorted(f.departments), "channels": sorted(f.channels),
                "statuses": sorted(f.statuses), "people": sorted(f.people), "text": f.text}

    def restore(self, state: dict) -> None:
        def vals(key):
            v = state.get(key) or []
            return frozenset([v] if isinstance(v, str) else v)

        self.set_filter(EntryFilter(departments=vals("departments"), channels=vals("channels"),
                                    statuses=vals("statuses"), people=vals("people"),
                                    text=str(state.get("text") or "")))

    # ----- navigator ----------------------------------------------------------
    def show_period(self, anchor: date, label: str) -> None:
        self.date_edit.setDate(anchor)
        self.period_text = label
        self.period_label.set_period(label)
