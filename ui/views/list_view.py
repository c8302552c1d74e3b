"""List: every field of every entry in the filtered set, sortable, fetched lazily."""
from __future__ import annotations

from bisect import bisect_left
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from calendar_core.model import Entry
from ui.i18n import Retranslating
from ui.locale_format import date_text, number
from ui.models.entries import ID_ROLE, EntrySortProxy, EntryTableModel

WIDTHS = {0: 130, 1: 130, 2: 60, 3: 300, 4: 130, 5: 110, 6: 130, 7: 100, 8: 140}


class ListView(Retranslating, QWidget):
    entryActivated = Signal(int)
    selectionChanged = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = EntryTableModel(self)
        self.proxy = EntrySortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("entryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for col, width in WIDTHS.items():
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.only_flagged = QCheckBox(self.tr("Only conflicts and duplicates"), self)
        self.only_flagged.toggled.connect(lambda _on: self._show())
        self._entries: list[Entry] = []
        self._markers: dict[int, str] = {}
        self._tz = ZoneInfo("UTC")
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.only_flagged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._quiet = False

    def retranslate(self) -> None:
        self.only_flagged.setText(self.tr("Only conflicts and duplicates"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show()

    # ----- view protocol -----------------------------------------------------------
    def period(self, anchor: date):
        return None  # the whole filtered set

    def step(self, anchor: date, direction: int) -> date:
        return anchor + timedelta(days=7 * direction)

    def label(self, anchor: date) -> str:
        return self.tr("All dates · from {day} in view").format(day=date_text(anchor, weekday=False))

    def set_data(self, entries: list[Entry], anchor: date, tz: ZoneInfo) -> None:
        self._entries, self._tz = list(entries), tz
        self._show()
        self.scroll_to_date(anchor, tz)

    def _show(self) -> None:
        """Give the model the whole set, or only its flagged entries: the filter must see every
        row, not only the batches fetched so far, and the count must say what is listed."""
        rows = self._entries
        if self.only_flagged.isChecked():
            rows = [e for e in rows if e.id in self._markers]
            self.count_label.setText(self.tr("{shown} of %n entries in a conflict or duplicate group", "",
                                             len(self._entries)).format(shown=number(len(rows))))
        else:
            self.count_label.setText(self.tr("%n entries", "", len(rows)))
        self._quiet = True
        try:
            self.model.set_entries(rows, self._tz)
        finally:
            self._quiet = False

    def scroll_to_date(self, day: date, tz: ZoneInfo) -> None:
        """When the list is in date order, bring the first entry on or after ``day`` to the top."""
        if self.proxy.sortColumn() != 0 or self.proxy.sortOrder() != Qt.SortOrder.AscendingOrder:
            return
        cut = datetime.combine(day, time(0), tzinfo=tz)
        starts = [e.start for e in (self.model.entry(r) for r in range(self.model.total()))]
        row = bisect_left(starts, cut)
        if row >= self.model.total():
            row = self.model.total() - 1
        if row < 0:
            return
        self.model.row_of(self.model.entry(row).id)
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if idx.isValid():
            self.table.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtTop)

    def set_colours(self, colours: dict[str, str]) -> None:
        self.model.set_colours(colours)

    def set_markers(self, markers: dict[int, str]) -> None:
        self._markers = markers  # read-only (ui/markers.py): its texts are written when asked for
        self.model.set_markers(markers)
        if self.only_flagged.isChecked():
            self._show()

    def select_entries(self, ids) -> None:
        ids = list(ids)
        self._quiet = True
        try:
            selection = QItemSelection()
            first = None
            for entry_id in ids:
                row = self.model.row_of(entry_id)
                if row < 0:
                    continue
                idx = self.proxy.mapFromSource(self.model.index(row, 0))
                if not idx.isValid():
                    continue
                selection.select(idx, idx)
                first = first or idx
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection, flags)
            if first is not None:
                self.table.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._quiet = False

    def selected_ids(self) -> list[int]:
        return sorted({i.data(ID_ROLE) for i in self.table.selectionModel().selectedRows()})

    def entries(self) -> list[Entry]:
        return [self.model.entry(r) for r in range(self.model.total())]

    def _activated(self, index) -> None:
        entry_id = index.data(ID_ROLE)
        if entry_id is not None:
            self.entryActivated.emit(int(entry_id))

    def _selection_changed(self, *args) -> None:
        if not self._quiet:
            self.selectionChanged.emit(self.selected_ids())
