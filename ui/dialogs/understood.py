"""What was understood of one source: which column (or ICS property) became which field, how,
how sure, the zone its times were read in, and what deserves a look."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
)

from calendar_core.model import Source
from calendar_core.understood import BY_LABELS, ROLE_LABELS, doubts, source_mapping, zone_note
from ui.i18n import QT_TRANSLATE_NOOP, tr, translate
from ui.reader_messages import localize

# calendar_core.understood.ROLE_LABELS, for lupdate
ROLE_TEXTS = (
    QT_TRANSLATE_NOOP("Understood", "date"), QT_TRANSLATE_NOOP("Understood", "time"),
    QT_TRANSLATE_NOOP("Understood", "start"), QT_TRANSLATE_NOOP("Understood", "end"),
    QT_TRANSLATE_NOOP("Understood", "end date"), QT_TRANSLATE_NOOP("Understood", "end time"),
    QT_TRANSLATE_NOOP("Understood", "duration"), QT_TRANSLATE_NOOP("Understood", "all day"),
    QT_TRANSLATE_NOOP("Understood", "title"), QT_TRANSLATE_NOOP("Understood", "description"),
    QT_TRANSLATE_NOOP("Understood", "channel"), QT_TRANSLATE_NOOP("Understood", "owner"),
    QT_TRANSLATE_NOOP("Understood", "status"), QT_TRANSLATE_NOOP("Understood", "campaign"),
    QT_TRANSLATE_NOOP("Understood", "link"), QT_TRANSLATE_NOOP("Understood", "department"),
    QT_TRANSLATE_NOOP("Understood", "time zone"), QT_TRANSLATE_NOOP("Understood", "kept as an extra field"),
    QT_TRANSLATE_NOOP("Understood", "ignored"), QT_TRANSLATE_NOOP("Understood", "owner (person)")
)
COLUMNS = (QT_TRANSLATE_NOOP("UnderstoodDialog", "Sheet"), QT_TRANSLATE_NOOP("UnderstoodDialog", "Column"),
           QT_TRANSLATE_NOOP("UnderstoodDialog", "Read as"), QT_TRANSLATE_NOOP("UnderstoodDialog", "How"),
           QT_TRANSLATE_NOOP("UnderstoodDialog", "Sure"))


def mapping_model(mapping: list[dict]) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([translate("UnderstoodDialog", c) for c in COLUMNS])
    for m in mapping:
        sure = "" if m["role"] in ("extra", "ignore") else f"{round(100 * m['confidence'])} %"
        how = translate("Understood", BY_LABELS.get(m["by"], m["by"]))
        if m.get("events") is not None and m.get("of"):
            how = (translate("Understood", "by its property name") if m["by"] == "header" else how) + " " + tr("({events} of %n events)", "", int(m["of"])).format(events=m["events"])
        cells = [QStandardItem(m["sheet"]), QStandardItem(m["column"]),
                 QStandardItem(translate("Understood", ROLE_LABELS.get(m["role"], m["role"]))), QStandardItem(how),
                 QStandardItem(sure)]
        if m["role"] not in ("extra", "ignore") and m["confidence"] < 0.7:
            for c in cells:
                c.setForeground(QColor("#8a5a00"))
        for c in cells:
            c.setEditable(False)
        model.appendRow(cells)
    return model


class UnderstoodDialog(QDialog):
    def __init__(self, source: Source, workspace_zone: str, parent=None,
                 on_mapping: Callable[[], None] | None = None, on_zone: Callable[[], None] | None = None):
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(translate("UnderstoodDialog", "What was understood of {name}").format(name=source.name))
        settings = source.settings or {}
        mapping = source_mapping(settings)
        head = QLabel(self.tr("<b>{name}</b> ({kind}) → department <b>{department}</b>").format(
            name=source.name, kind=source.kind, department=source.department) + ": " + self.tr(
            "%n entries", "", source.entry_count) + (", " + self.tr("%n skipped", "", source.skipped) if source.skipped else ""), self)
        head.setWordWrap(True)
        note = zone_note(source.kind, settings, chosen=bool(settings.get("zone_set")), workspace_zone=workspace_zone)
        zone_text = note[:1].upper() + note[1:] + "." if note else self.tr("Times: the file names its own zones.")
        self.zone_label = QLabel(zone_text, self)
        self.zone_label.setWordWrap(True)
        self.model = mapping_model(mapping)
        if source.kind == "ics":
            self.model.setHorizontalHeaderItem(1, QStandardItem(translate("UnderstoodDialog", "Property")))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(0, not any(m["sheet"] for m in mapping))
        self.empty = QLabel(translate("UnderstoodDialog", "Nothing was recorded about this file's columns; import it again to see them."), self)
        self.empty.setVisible(not mapping)
        self.table.setVisible(bool(mapping))
        found = doubts(settings, source.kind)
        if settings.get("column_map_chosen"):
            found = [d for d in found if "sure" not in d]
        found = [localize(d) for d in found]
        self.doubts = QLabel("\n".join(f"• {d[:1].upper() + d[1:]}" for d in found), self)
        self.doubts.setWordWrap(True)
        self.doubts.setStyleSheet("color: #8a5a00;")
        self.doubts.setVisible(bool(found))
        chosen = QLabel(translate("UnderstoodDialog", "The column roles were confirmed by you and are used on every import of this file.")
                        if settings.get("column_map_chosen") else "", self)
        chosen.setVisible(bool(settings.get("column_map_chosen")))
        chosen.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.mapping_button = self.zone_button = None
        if on_mapping is not None and source.kind != "ics" and mapping:
            self.mapping_button = QPushButton(translate("UnderstoodDialog", "Change the column roles…"))
            self.buttons.addButton(self.mapping_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.mapping_button.clicked.connect(lambda: (self.accept(), on_mapping()))
        if on_zone is not None:
            self.zone_button = QPushButton(translate("UnderstoodDialog", "Time zone…"))
            self.buttons.addButton(self.zone_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.zone_button.clicked.connect(lambda: (self.accept(), on_zone()))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.doubts)
        layout.addWidget(chosen)
        layout.addWidget(self.buttons)
        self.resize(680, 420)
