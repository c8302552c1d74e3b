"""The settings dialog: rules, names, departments and blackout dates of the workspace.

It edits a copy of the workspace's :class:`Settings`; OK validates it (the time
zone must be an IANA name), saves it through ``workspace.save_settings`` and
applies the pending synonym and source changes. :attr:`SettingsDialog.outcome`
tells the caller what changed, so it can re-run the analysis off the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDialog, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox,
    QTableWidget, QTabWidget, QVBoxLayout, QWidget,
)

from calendar_core.names import tidy
from calendar_core.settings import Settings
from calendar_core.workspace import WorkspaceError
from ui.dialogs.departments_page import DepartmentsPage
from ui.dialogs.source_zone import zone_problem as check_timezone
from ui.dialogs.parts import error_label, ok_cancel
from ui.dialogs.synonyms_page import SynonymsPage
from ui.locale_format import date_text, number
from ui.i18n import LANGUAGES, chosen_language, install_language, store_language, translate
from ui.widgets.date_field import DateField


@dataclass
class SettingsOutcome:
    settings_changed: bool = False
    names_changed: bool = False
    sources_changed: bool = False
    entries_renamed: int = 0
    language_changed: bool = False
    reread: list = field(default_factory=list)  # files whose source zone changed: read them again

    @property
    def needs_analysis(self) -> bool:
        return self.settings_changed or self.names_changed or self.sources_changed


def _spin(lo: int, hi: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(lo, hi)
    box.setValue(int(value))
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setFixedWidth(130)
    return box


def _row(*widgets) -> QHBoxLayout:
    """Widgets side by side at their own width, the rest of the line left empty."""
    line = QHBoxLayout()
    for w in widgets:
        line.addWidget(w)
    line.addStretch(1)
    return line


class RulesPage(QWidget):
    def __init__(self, settings: Settings, channels: list[str], parent=None):
        super().__init__(parent)
        s = settings
        self.slot_minutes = _spin(0, 24 * 60, s.slot_minutes, " " + self.tr("min"))
        self.slot_within = QCheckBox(translate("RulesPage", "Also within one department"))
        self.slot_within.setChecked(bool(getattr(s, "slot_clash_within_department", False)))
        self.per_day = _spin(1, 100, s.overload_per_day, " " + self.tr("posts"))
        self.overrides = QTableWidget(0, 2)
        self.overrides.setHorizontalHeaderLabels([translate("RulesPage", "Channel"), translate("RulesPage", "Posts per day")])
        self.overrides.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overrides.verticalHeader().hide()
        self.overrides.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overrides.setMaximumHeight(120)
        self.overrides.setMinimumWidth(300)
        self.overrides.verticalHeader().setDefaultSectionSize(28)
        self._channels = channels
        for channel, limit in sorted(s.overload_per_channel.items(), key=lambda kv: kv[0].casefold()):
            self.add_override(channel, limit)
        add_override = QPushButton(translate("RulesPage", "Add channel"))
        remove_override = QPushButton(translate("RulesPage", "Remove"))
        add_override.clicked.connect(lambda: self.add_override(self._next_channel(), self.per_day.value()))
        remove_override.clicked.connect(self._remove_override)

        self.dup_window = _spin(0, 90, s.duplicate_window_days, " " + self.tr("days"))
        default_threshold = Settings.__dataclass_fields__["duplicate_threshold"].default
        self.dup_similarity = QDoubleSpinBox()
        self.dup_similarity.setRange(0.05, 1.0)
        self.dup_similarity.setDecimals(2)
        self.dup_similarity.setSingleStep(0.02)
        self.dup_similarity.setValue(float(s.duplicate_threshold))
        self.dup_similarity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.dup_similarity.setFixedWidth(130)
        self.dup_similarity.setToolTip(
            self.tr("How alike two entries must score (0–1) to count as one effort. Lower finds more; default {default}.")
            .format(default=number(default_threshold, decimals=2)))
        self.dup_hint = QLabel(self.tr("lower finds more (default {default})").format(
            default=number(default_threshold, decimals=2)))
        self.dup_within = QCheckBox(translate("RulesPage", "Also within one department"))
        self.dup_within.setChecked(bool(s.duplicates_within_department))
        self.default_duration = _spin(1, 24 * 60, s.default_duration_minutes, " " + self.tr("min"))
        self.default_duration.setToolTip(translate("RulesPage", "How long an entry without an end lasts for the rules"))
        self.ignored = QLineEdit(", ".join(getattr(s, "ignored_statuses", []) or []))
        self.ignored.setPlaceholderText(translate("RulesPage", "e.g. Cancelled, Idea"))
        self.ignored.setToolTip(translate("RulesPage", "Entries with these statuses take part in no rule (comma-separated)"))
        self.ignored.setMinimumWidth(260)
        self.working_hours = QLineEdit(getattr(s, "working_hours", "09:00-18:00"))
        self.working_hours.setToolTip(translate("RulesPage", "Where 'Suggest a free slot' looks for times, e.g. 09:00-18:00"))
        self.working_hours.setFixedWidth(130)
        self.horizon_past = _spin(0, 3650, s.horizon_past_days, " " + self.tr("days back"))
        self.horizon_future = _spin(1, 3650, s.horizon_future_days, " " + self.tr("days ahead"))
        self.horizon_past.setToolTip(translate("RulesPage", "Recurring series are expanded this far back from today"))
        self.horizon_future.setToolTip(translate("RulesPage", "Recurring series are expanded this far ahead of today"))

        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(available_timezones())
        self.timezone.addItems(zones)
        completer = QCompleter(zones, self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.timezone.setCurrentText(s.timezone)
        self.timezone_error = error_label(wrap=True)
        self.timezone_error.hide()
        self.timezone.setMinimumWidth(260)
        self.timezone.currentTextChanged.connect(self._check_zone)

        conflicts = QGroupBox(translate("RulesPage", "Conflicts"))
        form = QFormLayout(conflicts)
        form.addRow(translate("RulesPage", "Same channel within:"), _row(self.slot_minutes, self.slot_within))
        form.addRow(translate("RulesPage", "Posts per channel per day:"), _row(self.per_day))
        override_buttons = QHBoxLayout()
        override_buttons.addWidget(add_override)
        override_buttons.addWidget(remove_override)
        override_buttons.addStretch(1)
        self.overrides.setToolTip(translate("RulesPage", "Channels with their own daily limit instead of the one above"))
        form.addRow(translate("RulesPage", "Limits per channel:"), _row(self.overrides))
        form.addRow("", override_buttons)
        form.addRow(translate("RulesPage", "Entries without an end last:"), _row(self.default_duration))
        form.addRow(translate("RulesPage", "Leave out statuses:"), _row(self.ignored))
        form.addRow(translate("RulesPage", "Free slots within:"), _row(self.working_hours))

        duplicates = QGroupBox(translate("RulesPage", "Duplicated efforts"))
        dform = QFormLayout(duplicates)
        dform.addRow(translate("RulesPage", "Entries apart at most:"), _row(self.dup_window))
        dform.addRow(translate("RulesPage", "Score at least:"), _row(self.dup_similarity, self.dup_hint))
        dform.addRow("", _row(self.dup_within))

        workspace = QGroupBox(translate("RulesPage", "Workspace"))
        wform = QFormLayout(workspace)
        wform.addRow(translate("RulesPage", "Time zone:"), _row(self.timezone))
        wform.addRow("", self.timezone_error)
        wform.addRow(translate("RulesPage", "Expand series:"), _row(self.horizon_past, self.horizon_future))
        for f in (form, dform, wform):  # one label column width across the three groups
            f.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        width = max(QLabel(t).sizeHint().width() for t in (translate("RulesPage", "Entries without an end last:"),
                                                             translate("RulesPage", "Posts per channel per day:")))
        for f in (form, dform, wform):
            for i in range(f.rowCount()):
                label = f.itemAt(i, QFormLayout.ItemRole.LabelRole)
                if label is not None and label.widget() is not None:
                    label.widget().setMinimumWidth(width)

        layout = QVBoxLayout(self)
        layout.addWidget(conflicts)
        layout.addWidget(duplicates)
        layout.addWidget(workspace)
        layout.addStretch(1)

    # ----- per-channel limits ---------------------------------------------
    def add_override(self, channel: str, limit: int) -> None:
        row = self.overrides.rowCount()
        self.overrides.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(self._channels)
        combo.setCurrentText(channel)
        self.overrides.setCellWidget(row, 0, combo)
        self.overrides.setCellWidget(row, 1, _spin(1, 100, limit))

    def _next_channel(self) -> str:
        used = {c.casefold() for c in self.override_values()}
        return next((c for c in self._channels if c.casefold() not in used), "")

    def _remove_override(self) -> None:
        row = self.overrides.currentRow()
        if row < 0:
            row = self.overrides.rowCount() - 1
        if row >= 0:
            self.overrides.removeRow(row)

    def override_values(self) -> dict[str, int]:
        out = {}
        for row in range(self.overrides.rowCount()):
            channel = tidy(self.overrides.cellWidget(row, 0).currentText())
            if channel:
                out[channel] = self.overrides.cellWidget(row, 1).value()
        return out

    # ----- values ----------------------------------------------------------
    def _check_zone(self, text: str) -> None:
        problem = check_timezone(text)
        self.timezone_error.setText(problem or "")
        self.timezone_error.setVisible(bool(problem))

    def write_into(self, s: Settings) -> None:
        s.slot_minutes = self.slot_minutes.value()
        if hasattr(s, "slot_clash_within_department"):
            s.slot_clash_within_department = self.slot_within.isChecked()
        s.overload_per_day = self.per_day.value()
        s.overload_per_channel = self.override_values()
        s.duplicate_window_days = self.dup_window.value()
        s.duplicate_threshold = round(self.dup_similarity.value(), 2)
        s.duplicates_within_department = self.dup_within.isChecked()
        s.default_duration_minutes = self.default_duration.value()
        if hasattr(s, "ignored_statuses"):
            s.ignored_statuses = [tidy(p) for p in self.ignored.text().split(",") if tidy(p)]
        if hasattr(s, "working_hours"):
            s.working_hours = self.working_hours.text().strip() or "09:00-18:00"
        s.horizon_past_days = self.horizon_past.value()
        s.horizon_future_days = self.horizon_future.value()
        s.timezone = self.timezone.currentText().strip()


def describe_blackout(text: str) -> str:
    """ "2026-12-24..2026-12-31" -> "Thu 24 Dec 2026 – Thu 31 Dec 2026"; unreadable text is shown as stored."""
    try:
        parts = [date.fromisoformat(p.strip()) for p in text.split("..", 1)]
    except ValueError:
        return text
    return " – ".join(date_text(d) for d in parts)


class BlackoutPage(QWidget):
    """Blackout dates: single days or ranges on which nothing should be posted."""

    def __init__(self, items: list[str], parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for text in sorted(items):
            self._insert(text)
        self.first = DateField(weekday=True)
        self.last = DateField(weekday=True)
        self.first.dateChosen.connect(lambda d: self.last.setDate(max(self.last.date(), d)))
        add = QPushButton(translate("BlackoutPage", "Add"))
        remove = QPushButton(translate("BlackoutPage", "Remove"))
        add.clicked.connect(self.add_current)
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("BlackoutPage", "From")))
        row.addWidget(self.first)
        row.addWidget(QLabel(translate("BlackoutPage", "to")))
        row.addWidget(self.last)
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(remove)
        hint = QLabel(translate("BlackoutPage", "Posts on these days are flagged as blackout conflicts. "
                      "A whole calendar of holidays can be marked as a blackout calendar under Departments."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(hint)

    def add_range(self, first: date, last: date) -> None:
        if last < first:
            first, last = last, first
        text = first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"
        if text not in self.values():
            self._insert(text)

    def _insert(self, text: str) -> None:
        """Keep the stored form (ISO, "a..b") as data and show it readably, in date order."""
        item = QListWidgetItem(describe_blackout(text))
        item.setData(Qt.ItemDataRole.UserRole, text)
        at = next((i for i in range(self.list.count()) if self.list.item(i).data(Qt.ItemDataRole.UserRole) > text),
                  self.list.count())
        self.list.insertItem(at, item)

    def add_current(self) -> None:
        """Add the typed range; a text that is no date stays in red and adds nothing."""
        if self.first.commit() and self.last.commit():
            self.add_range(self.first.date(), self.last.date())

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def values(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]


class LanguagePage(QWidget):
    """The window's language: this computer's choice (QSettings), not the workspace's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = QComboBox()
        self.language.addItem(self.tr("System ({language})").format(language=self._system_name()), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.setMinimumWidth(260)
        group = QGroupBox(self.tr("Language"))
        form = QFormLayout(group)
        form.addRow(self.tr("Window language:"), _row(self.language))
        hint = QLabel(self.tr("Menus, panels and messages, and how dates, times and numbers are written "
                              "(7. Sep and 14:00 in German, 9/7 and 2:00 PM in American English). "
                              "Saved on this computer; the workspace is not changed."))
        hint.setWordWrap(True)
        form.addRow(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addStretch(1)

    @staticmethod
    def _system_name() -> str:
        from PySide6.QtCore import QLocale

        return QLocale.system().nativeLanguageName() or "English"

    def value(self) -> str:
        return str(self.language.currentData() or "")


class SettingsDialog(QDialog):
    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.workspace = workspace
        self.settings = Settings.from_dict(workspace.settings.to_dict())  # a copy; saved on OK
        self.outcome = SettingsOutcome()
        self.rules = RulesPage(self.settings, workspace.channels())
        self.names = SynonymsPage(workspace)
        self.departments = DepartmentsPage(workspace)
        self.blackout = BlackoutPage(list(self.settings.blackout_dates))
        self.language = LanguagePage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rules, self.tr("Rules"))
        self.tabs.addTab(self.names, self.tr("Names"))
        self.tabs.addTab(self.departments, self.tr("Departments"))
        self.tabs.addTab(self.blackout, self.tr("Blackout dates"))
        self.tabs.addTab(self.language, self.tr("Language"))
        self.error = error_label(wrap=True)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 640)

    def edited_settings(self) -> Settings:
        s = Settings.from_dict(self.settings.to_dict())
        self.rules.write_into(s)
        s.blackout_dates = self.blackout.values()
        return s

    def accept(self) -> None:
        problem = check_timezone(self.rules.timezone.currentText())
        if problem:
            self.tabs.setCurrentWidget(self.rules)
            self.error.setText(problem)
            self.rules.timezone.setFocus()
            return
        new = self.edited_settings()
        outcome = SettingsOutcome()
        try:
            if new.to_dict() != self.workspace.settings.to_dict():
                self.workspace.save_settings(new)
                outcome.settings_changed = True
            if self.names.has_changes():
                outcome.entries_renamed = self.names.apply()
                outcome.names_changed = True
            if self.departments.has_changes():
                outcome.reread = self.departments.apply()
                outcome.sources_changed = True
        except (ValueError, WorkspaceError) as exc:
            self.error.setText(self.tr("Not saved: {reason}").format(
                reason=str(getattr(exc, 'orig', None) or exc).splitlines()[0]))
            return
        if self.language.value() != chosen_language():
            store_language(self.language.value())
            install_language()  # the running window re-labels itself (LanguageChange)
            outcome.language_changed = True
        self.settings = new
        self.outcome = outcome
        super().accept()


def open_settings(parent, workspace, controller=None, on_changed=None) -> SettingsOutcome | None:
    """Show the dialog; after OK re-run the analysis (off the GUI thread) if anything changed."""
    dialog = SettingsDialog(workspace, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    outcome = dialog.outcome
    if outcome.needs_analysis:
        if on_changed is not None:
            on_changed(outcome)
        if controller is not None:
            controller.reanalyse()
    return outcome
