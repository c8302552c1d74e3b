"""The Departments page of the settings dialog: each source's department, colour, role and zone.

A source marked "blackout calendar" only marks days on which nothing should be
posted. The time zone is the one its zone-less times are read in; a source whose
zone changes is read again after OK. Changes are kept until :meth:`DepartmentsPage.apply`.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QColorDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from calendar_core.names import tidy
from ui.dialogs.parts import error_label
from ui.dialogs.source_zone import SourceZoneDialog
from ui.i18n import translate

COL_FILE, COL_DEPARTMENT, COL_COLOUR, COL_BLACKOUT, COL_ZONE = range(5)


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class DepartmentsPage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._sources = workspace.sources()
        self._changes: dict[int, dict] = {}
        self.table = QTableWidget(len(self._sources), 5)
        self.table.setHorizontalHeaderLabels([translate("DepartmentsPage", "File"), translate("DepartmentsPage", "Department"), translate("DepartmentsPage", "Colour"), translate("DepartmentsPage", "Blackout calendar"), translate("DepartmentsPage", "Time zone")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DEPARTMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COLOUR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BLACKOUT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ZONE, QHeaderView.ResizeMode.ResizeToContents)
        self.colour_button = QPushButton(translate("DepartmentsPage", "Change colour…"))
        self.zone_button = QPushButton(translate("DepartmentsPage", "Time zone…"))
        self.zone_button.setToolTip(translate("DepartmentsPage", "The zone this source's times are read in when the file names none"))
        self.error = error_label()
        hint = QLabel(translate("DepartmentsPage", "Double-click a department to rename it. A blackout calendar marks days on which "
                      "nothing should be posted; its own entries are not posts."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.colour_button)
        buttons.addWidget(self.zone_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        if not self._sources:
            self.table.hide()
            self.colour_button.hide()
            self.zone_button.hide()
            hint.setText(translate("DepartmentsPage", "No calendars imported yet. Import files to set their departments and colours."))
        self._fill()
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.colour_button.clicked.connect(self.choose_colour)
        self.zone_button.clicked.connect(self.choose_zone)

    def _fill(self) -> None:
        self.table.blockSignals(True)
        for row, src in enumerate(self._sources):
            file_item = QTableWidgetItem(src.name)
            file_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            file_item.setToolTip(src.path)
            dept_item = QTableWidgetItem(src.department)
            dept_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
            colour_item = QTableWidgetItem(src.colour)
            colour_item.setIcon(swatch(src.colour))
            colour_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            black_item = QTableWidgetItem()
            black_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            black_item.setCheckState(Qt.CheckState.Checked if src.blackout else Qt.CheckState.Unchecked)
            zone_item = QTableWidgetItem(self._zone_text(src.settings.get("zone_set"), self._zone(src)))
            zone_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            zone_item.setToolTip(translate("DepartmentsPage", "The zone this source's zone-less times are read in; (default) is the "
                                 "workspace's. Double-click to change it."))
            for col, item in enumerate((file_item, dept_item, colour_item, black_item, zone_item)):
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        src = self._sources[item.row()]
        if item.column() == COL_DEPARTMENT:
            name = tidy(item.text())
            if not name:
                self.error.setText(translate("DepartmentsPage", "{name}: a department name cannot be empty.").format(name=src.name))
                self.table.blockSignals(True)
                item.setText(self._changes.get(src.id, {}).get("department", src.department))
                self.table.blockSignals(False)
                return
            self.error.clear()
            self._set(src, "department", name)
        elif item.column() == COL_BLACKOUT:
            self._set(src, "blackout", item.checkState() == Qt.CheckState.Checked)

    def _double_clicked(self, row: int, column: int) -> None:
        if column == COL_COLOUR:
            self.table.setCurrentCell(row, column)
            self.choose_colour()
        elif column == COL_ZONE:
            self.table.setCurrentCell(row, column)
            self.choose_zone()

    def _zone(self, src) -> str:
        return self.workspace.source_zone(src)

    def _zone_text(self, chosen, zone: str | None) -> str:
        default = self.workspace.settings.timezone
        return zone if chosen or (zone and zone != default) else self.tr("{zone} (default)").format(zone=default)

    def set_zone(self, row: int, zone: str | None) -> None:
        """Choose a zone (None: the workspace's) for the source on ``row``; stored by :meth:`apply`."""
        src = self._sources[row]
        self.table.item(row, COL_ZONE).setText(self._zone_text(zone is not None, zone))
        changes = self._changes.setdefault(src.id, {})
        if zone == (self._zone(src) if src.settings.get("zone_set") else None):
            changes.pop("zone", None)
        else:
            changes["zone"] = zone
        if not changes:
            del self._changes[src.id]

    def choose_zone(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        src = self._sources[row]
        pending = self._changes.get(src.id, {})
        if "zone" in pending:
            chosen, current = pending["zone"] is not None, pending["zone"] or self.workspace.settings.timezone
        else:
            chosen, current = bool(src.settings.get("zone_set")), self._zone(src)
        self.last_zone_dialog = dialog = SourceZoneDialog(src.name, current, self.workspace.settings.timezone,
                                                          chosen, self)
        if dialog.exec() == SourceZoneDialog.DialogCode.Accepted:
            self.set_zone(row, dialog.zone())

    def _set(self, src, field: str, value) -> None:
        changes = self._changes.setdefault(src.id, {})
        if getattr(src, field) == value:
            changes.pop(field, None)
        else:
            changes[field] = value
        if not changes:
            del self._changes[src.id]

    def set_colour(self, row: int, colour: str) -> None:
        src = self._sources[row]
        item = self.table.item(row, COL_COLOUR)
        item.setText(colour)
        item.setIcon(swatch(colour))
        self._set(src, "colour", colour)

    def choose_colour(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        current = QColor(self.table.item(row, COL_COLOUR).text())
        colour = QColorDialog.getColor(current, self, translate("DepartmentsPage", "Colour of {department}").format(department=self._sources[row].department))
        if colour.isValid():
            self.set_colour(row, colour.name())

    def has_changes(self) -> bool:
        return bool(self._changes)

    def blackout_changed(self) -> bool:
        return any("blackout" in c for c in self._changes.values())

    def apply(self) -> list[str]:
        """Store the changes; returns the files of sources whose zone changed (to be read again)."""
        reread = []
        for source_id, changes in self._changes.items():
            changes = dict(changes)
            if "zone" in changes:
                self.workspace.set_source_zone(source_id, changes.pop("zone"))
                reread += [s.path for s in self._sources if s.id == source_id]
            if changes:
                self.workspace.update_source(source_id, **changes)
        self._changes.clear()
        return reread
