"""After an import: per file new / changed / removed / skipped, every warning, the zone
assumed and what was understood of its columns.

Each file carries a mark: ✓ read with entries, ⚠ read but nothing became an entry
(with the reason), ✗ refused. A file that gives no entries never gets a ✓.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeView, QVBoxLayout

from calendar_core.whatchanged import change_line
from calendar_core.understood import mapping_line
from ui.dialogs.mapping import plain_reason
from ui.i18n import QT_TRANSLATE_NOOP, translate, tr
from ui.reader_messages import localize

HEADERS = (QT_TRANSLATE_NOOP("ImportSummary", "File"), QT_TRANSLATE_NOOP("ImportSummary", "New"),
           QT_TRANSLATE_NOOP("ImportSummary", "Changed"), QT_TRANSLATE_NOOP("ImportSummary", "Removed"),
           QT_TRANSLATE_NOOP("ImportSummary", "Unchanged"), QT_TRANSLATE_NOOP("ImportSummary", "Skipped"),
           QT_TRANSLATE_NOOP("ImportSummary", "Warnings"))
WARN_COLOUR = "#8a5a00"


def entries_of(report) -> int:
    return report.new + report.changed + report.unchanged


def mark(outcome) -> str:
    """✓ read with entries, ⚠ read but empty, ✗ refused."""
    if not outcome.ok:
        return "✗"
    return "✓" if entries_of(outcome.report) else "⚠"


def why_empty(report) -> str:
    """Why a file that was read gave no entries."""
    if report.skipped:
        return tr("No entries: all %n rows or events with content were skipped "
                                          "(the warnings below say why).", "", report.skipped)
    if report.removed:
        return tr("No entries: the file is empty now, so its %n earlier entries were removed.", "", report.removed)
    return translate("ImportSummary", "No entries: the file holds no rows or events with a date.")


def summary_text(outcomes) -> str:
    ok = [o for o in outcomes if o.ok]
    failed = [o for o in outcomes if not o.ok]
    new = sum(o.report.new for o in ok)
    changed = sum(o.report.changed for o in ok)
    removed = sum(o.report.removed for o in ok)
    skipped = sum(o.report.skipped for o in ok)
    text = tr("{imported} of %n files imported", "", len(outcomes)).format(
        imported=len(ok)) + ": " + translate("ImportSummary", "{new} new, {changed} changed, {removed} removed").format(
        new=new, changed=changed, removed=removed)
    if skipped:
        text += ", " + tr("%n rows skipped", "", skipped)
    empty = [o for o in ok if not entries_of(o.report)]
    if empty:
        text += "; " + tr("%n gave no entries", "", len(empty))
    if failed:
        text += "; " + tr("%n refused", "", len(failed))
    return text


def _child(text: str, colour: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setToolTip(text)
    item.setEditable(False)
    if colour:
        item.setForeground(QColor(colour))
    return item


def build_model(outcomes) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([translate("ImportSummary", h) for h in HEADERS])
    for o in outcomes:
        name = QStandardItem(f"{mark(o)} {o.path.name}")
        name.setData(o.path.name, Qt.ItemDataRole.UserRole)
        name.setToolTip(str(o.path))
        if o.ok:
            r = o.report
            cells = [name] + [QStandardItem(str(v)) for v in (r.new, r.changed, r.removed, r.unchanged, r.skipped,
                                                               len(r.warnings))]
            if not entries_of(r):
                name.setForeground(QColor(WARN_COLOUR))
                name.appendRow([_child(why_empty(r), WARN_COLOUR)])
            if r.changes:  # entry by entry, with the fields before → after
                what = _child(translate("ImportSummary", "What changed ({count})").format(count=len(r.changes)))
                for c in r.changes:
                    what.appendRow([_child(change_line(c))])
                name.appendRow([what])
            for n in r.notes:
                name.appendRow([_child(localize(n))])
            for w in r.warnings:
                name.appendRow([_child(localize(w))])
            if r.mapping:
                understood = _child(translate("ImportSummary", "What was understood"))
                for m in r.mapping:
                    understood.appendRow([_child(mapping_line(m))])
                name.appendRow([understood])
        else:
            cells = [name] + [QStandardItem("") for _ in HEADERS[1:]]
            for c in cells:
                c.setForeground(QColor("#b3261e"))
            name.appendRow([_child(translate("ImportSummary", "Not imported: {reason}").format(
                reason=localize(plain_reason(o.error))), "#b3261e")])
        for c in cells:
            c.setEditable(False)
        for c in cells[1:]:
            c.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        model.appendRow(cells)
    return model


class ImportSummaryDialog(QDialog):
    def __init__(self, outcomes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportSummaryDialog", "Import summary"))
        self.outcomes = list(outcomes)
        self.model = build_model(self.outcomes)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in range(1, len(HEADERS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row in range(self.model.rowCount()):
            parent = self.model.index(row, 0)
            for child in range(self.model.rowCount(parent)):
                self.tree.setFirstColumnSpanned(child, parent, True)
                inner = self.model.index(child, 0, parent)
                for grandchild in range(self.model.rowCount(inner)):
                    self.tree.setFirstColumnSpanned(grandchild, inner, True)
            if self.model.rowCount(parent) and (mark(self.outcomes[row]) != "✓" or self.model.rowCount(parent) <= 20):
                self.tree.expand(parent)
        headline = QLabel(summary_text(self.outcomes), self)
        headline.setObjectName("summaryHeadline")
        headline.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(820, 460)
