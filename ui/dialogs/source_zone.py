"""The zone a source's times are read in when the file names none (spreadsheets, floating ICS times).

Asked from the Sources context menu ("Time zone…") and Settings ▸ Departments. The
source is read again after a change (the same re-import path, so decisions stay).
"""
from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QDialog, QLabel, QVBoxLayout

from calendar_core.timeconv import zone
from ui.dialogs.parts import error_label, ok_cancel
from ui.i18n import translate


def zone_problem(name: str) -> str | None:
    """None when ``name`` is a usable IANA zone, else what is wrong."""
    name = name.strip()
    if not name:
        return translate("SourceZoneDialog", "Enter a time zone, such as Europe/Berlin.")
    try:
        zone(name)
    except ValueError:
        return translate("SourceZoneDialog", "Unknown time zone “{name}”. Use an IANA name such as Europe/Berlin or "
                                             "America/New_York.").format(name=name)
    return None


def zone_combo(current: str) -> QComboBox:
    """An editable list of IANA zones that completes what is typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    zones = sorted(available_timezones())
    combo.addItems(zones)
    completer = QCompleter(zones, combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    combo.setCurrentText(current)
    combo.setMinimumWidth(260)
    return combo


class SourceZoneDialog(QDialog):
    def __init__(self, file_name: str, current: str, workspace_zone: str, chosen: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("SourceZoneDialog", "Time zone of {file_name}").format(file_name=file_name))
        self.workspace_zone = workspace_zone
        intro = QLabel(translate("SourceZoneDialog", "<b>{file_name}</b>: times that carry no zone of their own (most spreadsheets, floating times in calendars) are read in this zone. A sheet that names its zone (“Time (ET)”) keeps it. The file is read again when you change it; decisions on its conflicts stay.").format(file_name=file_name), self)
        intro.setWordWrap(True)
        self.combo = zone_combo(current)
        self.use_workspace = QCheckBox(translate("SourceZoneDialog", "Use the workspace's zone ({workspace_zone})").format(workspace_zone=workspace_zone), self)
        self.use_workspace.setChecked(not chosen and current == workspace_zone)
        self.use_workspace.toggled.connect(lambda on: self.combo.setEnabled(not on))
        self.combo.setEnabled(not self.use_workspace.isChecked())
        self.error = error_label(wrap=True)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.combo)
        layout.addWidget(self.use_workspace)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, 220)

    def zone(self) -> str | None:
        """The zone chosen, or None for "the workspace's"."""
        return None if self.use_workspace.isChecked() else self.combo.currentText().strip()

    def accept(self) -> None:
        zone = self.zone()
        problem = zone_problem(zone) if zone is not None else None
        if problem:
            self.error.setText(problem)
            return
        super().accept()
