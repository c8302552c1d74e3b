"""Column mapping for a spreadsheet the importer could not map on its own.

One row per header: header → field, with a preview of the first rows as they
would be read under that mapping. The chosen mapping is passed back to the
import (and stored with the source by the workspace).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView, QLabel, QScrollArea, QTableView,
    QVBoxLayout, QWidget,
)

try:  # the sheet reader's own list when it is installed
    from importers.sheets.mapping import FIELDS as _FIELDS, TEMPORAL as _TEMPORAL
except ImportError:  # reader not built yet
    _FIELDS = ("date", "time", "start", "end", "end_date", "end_time", "all_day", "title", "description",
               "channel", "owner", "status", "campaign", "link", "department", "extra", "ignore")
    _TEMPORAL = frozenset({"date", "time", "start", "end", "end_date", "end_time"})

FIELDS = tuple(_FIELDS)
NEEDS_ONE_OF = frozenset({"date", "start"})
LABELS = {
    "date": "Date", "time": "Time", "start": "Start (date and time)", "end": "End (date and time)",
    "end_date": "End date", "end_time": "End time", "all_day": "All day (yes/no)", "title": "Title",
    "description": "Description / copy", "channel": "Channel", "owner": "Owner / person", "status": "Status",
    "campaign": "Campaign", "link": "Link", "department": "Department", "extra": "Keep as extra field",
    "ignore": "— ignore —",
}


class MappingDialog(QDialog):
    def __init__(self, file_name: str, headers: list[str], preview: list[list], sheet: str = "",
                 reason: str = "", initial: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Map the columns of {file_name}")
        self.headers = [str(h) if h is not None else "" for h in headers]
        self.preview = [list(r) for r in preview][:8]
        initial = initial or {}
        intro = QLabel(
            f"<b>{file_name}</b>{f' (sheet {sheet})' if sheet else ''}: the columns could not be matched "
            "automatically. Say what each column holds; at least one must be a date.", self)
        intro.setWordWrap(True)
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #6b7280;")
        self.combos: dict[str, QComboBox] = {}
        form_box = QGroupBox("Columns", self)
        form = QFormLayout(form_box)
        for header in self.headers:
            if not header or header in self.combos:
                continue
            combo = QComboBox(self)
            for f in FIELDS:
                combo.addItem(LABELS.get(f, f), f)
            combo.setCurrentIndex(FIELDS.index(initial.get(header, "ignore")) if initial.get(header, "ignore") in FIELDS
                                  else FIELDS.index("ignore") if "ignore" in FIELDS else 0)
            combo.currentIndexChanged.connect(self._update)
            self.combos[header] = combo
            form.addRow(f"{header}:", combo)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        holder = QWidget()
        QVBoxLayout(holder).addWidget(form_box)
        scroll.setWidget(holder)
        self.preview_model = QStandardItemModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import with this mapping")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(scroll, 2)
        layout.addWidget(QLabel("Preview: the first rows as they would be read", self))
        layout.addWidget(self.preview_view, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self._update()

    def set_field(self, header: str, field: str) -> None:
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(field))

    def mapping(self) -> dict[str, str]:
        return {h: c.currentData() for h, c in self.combos.items() if c.currentData() != "ignore"}

    def is_valid(self) -> bool:
        return bool(NEEDS_ONE_OF & set(self.mapping().values()))

    def _update(self, *args) -> None:
        mapping = self.mapping()
        order = [(i, h, mapping[h]) for i, h in enumerate(self.headers) if h in mapping]
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels([f"{LABELS.get(f, f)} ← {h}" for _, h, f in order])
        for row in self.preview:
            items = []
            for i, _, _ in order:
                value = row[i] if i < len(row) else ""
                item = QStandardItem("" if value is None else str(value))
                item.setEditable(False)
                items.append(item)
            if items:
                self.preview_model.appendRow(items)
        ok = self.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.status.setText("" if ok else "Choose the column that holds the date (Date or Start).")
        self.status.setStyleSheet("color: #b3261e;" if not ok else "")
