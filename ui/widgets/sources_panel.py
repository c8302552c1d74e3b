"""The sources sidebar: department, colour, entry count, warnings, show/hide, re-import, remove;
its context menu also sets a source's time zone and shows what was understood of the file."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QColorDialog, QHeaderView, QLabel, QMenu, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from calendar_core.model import Source
from calendar_core.understood import source_mapping
from ui.dialogs.mapping import MappingDialog
from ui.dialogs.source_zone import SourceZoneDialog
from ui.dialogs.understood import UnderstoodDialog
from ui.i18n import Retranslating
from ui.models.sources import DEPARTMENT, ENTRIES, SHOW, WARNINGS, SourcesModel
from ui.widgets.flow import FlowLayout


class SourcesPanel(Retranslating, QWidget):
    importRequested = Signal()
    reimportRequested = Signal(list)  # file paths
    removeRequested = Signal(int)  # source id
    extra_menu = None  # callable(menu, source) adding entries to a source's menu

    def __init__(self, model: SourcesModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("sourcesTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.setMinimumWidth(200)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SHOW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DEPARTMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ENTRIES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WARNINGS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(self._double_clicked)

        self.import_button = QPushButton(self)
        self.reimport_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.import_button.clicked.connect(self.importRequested.emit)
        self.reimport_button.clicked.connect(self._reimport)
        self.remove_button.clicked.connect(self._remove)
        buttons = FlowLayout(spacing=6, push_last_right=True)  # wraps rather than clipping in a narrow dock
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.import_button, self.reimport_button, self.remove_button):
            buttons.addWidget(b)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_hint, 1)
        layout.addLayout(buttons)
        model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import…"))
        self.reimport_button.setText(self.tr("Re-import"))
        self.remove_button.setText(self.tr("Remove"))
        self.reimport_button.setToolTip(self.tr("Read the selected source's file again (an update, not a copy)"))
        self.remove_button.setToolTip(self.tr("Remove the selected source and its entries (Edit ▸ Undo brings it back)"))
        self.empty_hint.setText(self.tr("No calendars yet.\n\nDrop .ics, .xlsx, .xls, .ods, .numbers or .csv files anywhere on "
                                        "this window, or use Import…"))

    def selected_source(self) -> Source | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.source(rows[0].row()) if rows else None

    def _update_buttons(self, *args) -> None:
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_hint.setVisible(empty)
        has = self.selected_source() is not None
        self.reimport_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _reimport(self) -> None:
        s = self.selected_source()
        if s is not None:
            self.reimportRequested.emit([s.path])

    def _remove(self) -> None:
        s = self.selected_source()
        if s is not None:
            self.removeRequested.emit(s.id)

    def choose_colour(self, row: int) -> None:
        s = self.model.source(row)
        colour = QColorDialog.getColor(QColor(s.colour), self, self.tr("Colour of {department}").format(department=s.department))
        if colour.isValid():
            self.model.set_colour(row, colour.name())

    def choose_zone(self, row: int) -> None:
        """Ask for the source's zone; a change re-reads the file (the same path as Re-import)."""
        s = self.model.source(row)
        ws = self.model.workspace
        current = ws.source_zone(s)
        self.last_dialog = dialog = SourceZoneDialog(s.name, current, ws.settings.timezone,
                                                     bool(s.settings.get("zone_set")), self)
        if dialog.exec() != SourceZoneDialog.DialogCode.Accepted:
            return
        zone = dialog.zone()
        if (zone or ws.settings.timezone) == current and bool(zone) == bool(s.settings.get("zone_set")):
            return
        if self.model.set_zone(row, zone):
            self.reimportRequested.emit([s.path])

    def explain(self, row: int) -> None:
        s = self.model.source(row)
        self.last_dialog = dialog = UnderstoodDialog(
            s, self.model.workspace.settings.timezone, self,
            on_mapping=lambda: self.change_mapping(row), on_zone=lambda: self.choose_zone(row))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def change_mapping(self, row: int) -> None:
        """The mapping dialog on the source's stored mapping; the choice is kept and the file read again."""
        from calendar_core.workspace import table_preview
        from ui.jobs import run_job

        s = self.model.source(row)
        ws = self.model.workspace
        proposal = source_mapping(s.settings)
        sheets = [m["sheet"] for m in proposal if m["sheet"]]

        def open_dialog(preview) -> None:
            sheet, headers, rows = preview
            headers = headers or [m["column"] for m in proposal]

            def reader(mapping):
                return ws.read(s.path, column_map=mapping)

            self.last_dialog = dialog = MappingDialog(s.name, headers, rows, sheet, parent=self, reader=reader,
                                                      tz=ws.tz, proposal=proposal)
            if dialog.exec() == MappingDialog.DialogCode.Accepted and not self.model.read_only:
                ws.choose_mapping(s.path, dialog.chosen())
                self.reimportRequested.emit([s.path])

        run_job(self, lambda progress, cancelled: table_preview(s.path, sheets[0] if sheets else None),
                on_success=open_dialog, name="table preview")

    def _double_clicked(self, index) -> None:
        if index.column() == SHOW:
            self.choose_colour(index.row())

    def _menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        row = index.row()
        menu = QMenu(self)
        menu.addAction(QAction(self.tr("Rename department"), menu, triggered=lambda: self.table.edit(self.model.index(row, DEPARTMENT))))
        menu.addAction(QAction(self.tr("Colour…"), menu, triggered=lambda: self.choose_colour(row)))
        menu.addSeparator()
        s = self.model.source(row)
        menu.addAction(QAction(self.tr("Time zone…"), menu, triggered=lambda: self.choose_zone(row)))
        menu.addAction(QAction(self.tr("What was understood…"), menu, triggered=lambda: self.explain(row)))
        menu.addSeparator()
        menu.addAction(QAction(self.tr("Re-import"), menu, triggered=lambda: self.reimportRequested.emit([s.path])))
        menu.addAction(QAction(self.tr("Remove"), menu, triggered=lambda: self.removeRequested.emit(s.id)))
        if self.extra_menu is not None:  # e.g. a subscribed calendar's refresh interval (ui/live_ui.py)
            self.extra_menu(menu, s)
        menu.exec(self.table.viewport().mapToGlobal(pos))
