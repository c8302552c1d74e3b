"""Column mapping for a spreadsheet: confirm what the importer proposes, or map it by hand.

Opened when a sheet could not be mapped at all, and on the first import of a
sheet whose mapping is uncertain or has no channel or owner column. One row per
header: header → field, with how the reader chose it ("by its content, 62 %
sure"); below, the first rows of the table under their proposed roles and the
entries as read. The chosen mapping is passed back to the import and stored
with the source, so the next import of that file uses it.
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Callable

from PySide6.QtCore import QTimer
from shiboken6 import isValid
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QScrollArea,
    QTableView, QVBoxLayout, QWidget,
)

from calendar_core.understood import BY_LABELS
from calendar_core.workspace import COLUMN_FIELDS
from ui.dialogs.parts import ok_cancel
from ui.i18n import QT_TRANSLATE_NOOP, translate, tr
from ui.locale_format import date_text, datetime_text
from ui.reader_messages import localize

FIELDS = tuple(COLUMN_FIELDS)  # the sheet reader's own list, through the facade
NEEDS_ONE_OF = frozenset({"date", "start"})
# how the reader chose a column (calendar_core.understood.BY_LABELS), for lupdate
BY_TEXTS = (QT_TRANSLATE_NOOP("Understood", "by its header"), QT_TRANSLATE_NOOP("Understood", "by its content"),
            QT_TRANSLATE_NOOP("Understood", "as you set it"), QT_TRANSLATE_NOOP("Understood", "as chosen before"),
            QT_TRANSLATE_NOOP("Understood", "by its property name"))


def field_label(field: str) -> str:
    """A column role's name in the window's language ("Date", "Datum")."""
    return translate("MappingDialog", LABELS[field]) if field in LABELS else field
LABELS = {
    "date": QT_TRANSLATE_NOOP("MappingDialog", "Date"), "time": QT_TRANSLATE_NOOP("MappingDialog", "Time"), "start": QT_TRANSLATE_NOOP("MappingDialog", "Start (date and time)"), "end": QT_TRANSLATE_NOOP("MappingDialog", "End (date and time)"),
    "end_date": QT_TRANSLATE_NOOP("MappingDialog", "End date"), "end_time": QT_TRANSLATE_NOOP("MappingDialog", "End time"), "all_day": QT_TRANSLATE_NOOP("MappingDialog", "All day (yes/no)"), "title": QT_TRANSLATE_NOOP("MappingDialog", "Title"),
    "description": QT_TRANSLATE_NOOP("MappingDialog", "Description / copy"), "channel": QT_TRANSLATE_NOOP("MappingDialog", "Channel"), "owner": QT_TRANSLATE_NOOP("MappingDialog", "Owner / person"), "status": QT_TRANSLATE_NOOP("MappingDialog", "Status"),
    "campaign": QT_TRANSLATE_NOOP("MappingDialog", "Campaign"), "link": QT_TRANSLATE_NOOP("MappingDialog", "Link"), "department": QT_TRANSLATE_NOOP("MappingDialog", "Department"), "extra": QT_TRANSLATE_NOOP("MappingDialog", "Keep as extra field"),
    "ignore": QT_TRANSLATE_NOOP("MappingDialog", "— ignore —"), "duration": QT_TRANSLATE_NOOP("MappingDialog", "Duration"), "timezone": QT_TRANSLATE_NOOP("MappingDialog", "Time zone"),
}


def plain_reason(reason: str) -> str:
    """The reader's reason without command-line advice (a sentence naming an option such as --map)."""
    if "--" not in reason:
        return reason
    kept = [part for part in re.split(r"(?<=[.;])\s+", reason) if "--" not in part]
    text = " ".join(kept).rstrip(" ;")
    return text + ("" if not text or text[-1] in ".!?" else ".")


class MappingDialog(QDialog):
    def __init__(self, file_name: str, headers: list[str], preview: list[list], sheet: str = "",
                 reason: str = "", initial: dict[str, str] | None = None, parent=None,
                 reader: Callable[[dict], object] | None = None, tz=None,
                 proposal: list[dict] | None = None, read=None, doubts: list[str] | None = None):
        """``reader(mapping)`` reads the file with that mapping (run off the GUI thread) for the "as read" preview.

        ``proposal`` is the reader's mapping (dicts with column, role, by, confidence), ``read`` the
        import result it gave and ``doubts`` why it is worth a look: the dialog then opens on them.
        """
        super().__init__(parent)
        self._reader = reader
        self._tz = tz
        self._generation = 0
        self._read_once = read
        self.setWindowTitle(translate("MappingDialog", "Map the columns of {file_name}").format(file_name=file_name))
        self.headers = [str(h) if h is not None else "" for h in headers]
        self.preview = [list(r) for r in preview][:8]
        proposed = {str(m["column"]): m for m in (proposal or []) if not sheet or m.get("sheet", "") in ("", sheet)}
        initial = dict(initial or {})
        for head, m in proposed.items():
            initial.setdefault(head, m.get("role", "extra"))
        if proposal is not None:  # a column the reader named no role for was kept as an extra field
            for head in self.headers:
                if head:
                    initial.setdefault(head, "extra")
        where = " " + self.tr("(sheet {sheet})").format(sheet=sheet) if sheet else ""
        if proposal is not None:
            text = f"<b>{file_name}</b>{where}: " + self.tr(
                "this is how Masthead reads the columns. Check them, change what is wrong, then import. "
                "The choice is kept for the next import of this file.")
        else:
            text = f"<b>{file_name}</b>{where}: " + self.tr(
                "the columns could not be matched automatically. Say what each column holds; at least one "
                "must be a date.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        said = [plain_reason(localize(reason))] if reason else []
        said += [d[:1].upper() + d[1:] + ("" if d.endswith(".") else ".") for d in map(localize, doubts or [])]
        self.reason = QLabel("\n".join(x for x in said if x), self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #8a5a00;" if doubts else "color: #6b7280;")
        self.combos: dict[str, QComboBox] = {}
        self.how: dict[str, QLabel] = {}
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        for header in self.headers:
            if not header or header in self.combos:
                continue
            combo = QComboBox(self)
            for f in FIELDS:
                combo.addItem(field_label(f), f)
            wanted = initial.get(header, "ignore")
            combo.setCurrentIndex(FIELDS.index(wanted) if wanted in FIELDS
                                  else FIELDS.index("ignore") if "ignore" in FIELDS else 0)
            combo.currentIndexChanged.connect(self._update)
            self.combos[header] = combo
            row = QWidget(form_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(combo, 1)
            how = QLabel(_how(proposed.get(header)), row)
            how.setStyleSheet("color: #6b7280;")
            how.setMinimumWidth(170)
            self.how[header] = how
            line.addWidget(how)
            form.addRow(f"{header}:", row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        self.preview_model = QStandardItemModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.read_model = QStandardItemModel(self)
        self.read_view = QTableView(self)
        self.read_view.setModel(self.read_model)
        self.read_view.verticalHeader().hide()
        self.read_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.read_label = QLabel(translate("MappingDialog", "As Masthead reads them with this mapping"), self)
        self._read_timer = QTimer(self, singleShot=True, interval=350)
        self._read_timer.timeout.connect(self._read_preview)
        self.status = QLabel(self)
        self.buttons = ok_cancel(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("MappingDialog", "Import with this mapping"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("MappingDialog", "Don't import") if proposal is not None
                                                                            else translate("MappingDialog", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        self.reason.setVisible(bool(self.reason.text()))
        layout.addWidget(scroll, 2)
        layout.addWidget(QLabel(translate("MappingDialog", "The first rows of the file, under the role each column gets"), self))
        layout.addWidget(self.preview_view, 2)
        layout.addWidget(self.read_label)
        layout.addWidget(self.read_view, 2)
        shows_read = reader is not None or read is not None
        self.read_label.setVisible(shows_read)
        self.read_view.setVisible(shows_read)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(820, 760)
        self._update()
        if read is not None:
            self._show_read(self._generation, read, force=True)


    def _renewed(self, model: QStandardItemModel, view) -> QStandardItemModel:
        """A new empty model in place of ``model``, which goes with its items. ``clear()`` would delete
        the items under their Python wrappers, which PySide keeps (an item has no ``destroyed``): a
        later object made at a freed address then came back as a stale QStandardItem."""
        fresh = QStandardItemModel(self)
        view.setModel(fresh)
        model.deleteLater()
        return fresh

    def set_field(self, header: str, field: str) -> None:
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(field))

    def mapping(self) -> dict[str, str]:
        return {h: c.currentData() for h, c in self.combos.items() if c.currentData() != "ignore"}

    def chosen(self) -> dict[str, str]:
        """Every column's role, "ignore" included: what is remembered for the source."""
        return {h: c.currentData() for h, c in self.combos.items()}

    def is_valid(self) -> bool:
        return bool(NEEDS_ONE_OF & set(self.mapping().values()))

    def _update(self, *args) -> None:
        chosen = self.chosen()
        order = [(i, h, chosen[h]) for i, h in enumerate(self.headers) if h in chosen]
        self.preview_model = self._renewed(self.preview_model, self.preview_view)
        self.preview_model.setHorizontalHeaderLabels(
            [self.tr("{column} (ignored)").format(column=h) if f == "ignore" else f"{field_label(f)} ← {h}"
             for _, h, f in order])
        for row in self.preview:
            items = []
            for i, _, f in order:
                value = row[i] if i < len(row) else ""
                item = QStandardItem("" if value is None else str(value))
                item.setEditable(False)
                if f == "ignore":
                    item.setForeground(QColor("#9ca3af"))
                items.append(item)
            if items:
                self.preview_model.appendRow(items)
        ok = self.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.status.setText("" if ok else translate("MappingDialog", "Choose the column that holds the date (Date or Start)."))
        self.status.setStyleSheet("color: #b3261e;" if not ok else "")
        if args:  # a role was changed by hand: no longer the reader's choice
            for header, combo in self.combos.items():
                if self.how[header].text() and combo is self.sender():
                    self.how[header].setText(translate("MappingDialog", "your choice"))
        if self._reader is not None and ok and (args or self._read_once is None):
            self._read_timer.start()

    def _read_preview(self) -> None:
        from ui.jobs import run_job

        self._generation += 1
        gen, mapping, reader = self._generation, self.mapping(), self._reader
        self.read_label.setText(translate("MappingDialog", "As Masthead reads them with this mapping: reading…"))
        run_job(None, lambda progress, cancelled: reader(mapping),
                on_success=lambda result: self._show_read(gen, result),
                on_failure=lambda exc: self._show_read_error(gen, exc), name="mapping preview")

    def _show_read(self, gen: int, result, force: bool = False) -> None:
        if not isValid(self):  # the preview outlived its dialog (closed while the file was read)
            return
        if gen != self._generation or not (force or self.isVisible()):
            return
        self.read_model = self._renewed(self.read_model, self.read_view)
        start = translate("MappingDialog", "Start") if self._tz is None else translate(
            "MappingDialog", "Start ({zone})").format(zone=getattr(self._tz, "key", str(self._tz)))  # shown in the workspace's zone
        self.read_model.setHorizontalHeaderLabels([start, translate("MappingDialog", "End"), translate("MappingDialog", "Title"), translate("MappingDialog", "Channel"), translate("MappingDialog", "Owner"), translate("MappingDialog", "Status")])
        for rec in result.records[:8]:
            end = rec.end
            if rec.all_day and end is not None:  # all-day ends are exclusive: show the last day, if not the first
                end = end - timedelta(days=1)
                end = None if end <= rec.start else end
            cells = [self._when(rec.start, rec.all_day), self._when(end, rec.all_day), rec.title, rec.channel,
                     rec.owner, rec.status]
            items = [QStandardItem(c) for c in cells]
            for item in items:
                item.setEditable(False)
            self.read_model.appendRow(items)
        n, skipped = len(result.records), result.skipped
        said = [localize(n) for n in result.notes[:3]]  # how it was read: a zone, a year taken...
        self.read_label.setText(tr("As Masthead reads them with this mapping: %n entries", "", n)
                                + (", " + tr("%n rows skipped", "", skipped) if skipped else "")
                                + "".join("\n• " + line for line in said))

    def _show_read_error(self, gen: int, exc) -> None:
        if not isValid(self) or gen != self._generation or not self.isVisible():
            return
        self.read_model = self._renewed(self.read_model, self.read_view)
        self.read_label.setText(translate("MappingDialog", "With this mapping the file cannot be read: {exc}").format(exc=exc))

    def _when(self, value, all_day: bool) -> str:
        if value is None:
            return ""
        if all_day or not hasattr(value, "hour"):
            return date_text(value.date() if hasattr(value, "date") else value)
        if self._tz is not None:
            value = value.astimezone(self._tz)
        return datetime_text(value)


def _how(m: dict | None) -> str:
    """"by its content, 62 % sure" for a proposed column ("" when none was proposed)."""
    if not m:
        return ""
    how = translate("Understood", BY_LABELS.get(m.get("by", ""), m.get("by", "")))
    conf = m.get("confidence")
    if conf is None or m.get("role") in ("extra", "ignore") or (m.get("by") == "header" and conf >= 1.0):
        return how
    return translate("Understood", "{how}, {percent} % sure").format(how=how, percent=round(100 * float(conf)))
