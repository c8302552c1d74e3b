"""After an import: per file new / changed / removed / skipped, and every warning."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeView, QVBoxLayout

HEADERS = ("File", "New", "Changed", "Removed", "Unchanged", "Skipped", "Warnings")


def summary_text(outcomes) -> str:
    ok = [o for o in outcomes if o.ok]
    failed = [o for o in outcomes if not o.ok]
    new = sum(o.report.new for o in ok)
    changed = sum(o.report.changed for o in ok)
    removed = sum(o.report.removed for o in ok)
    skipped = sum(o.report.skipped for o in ok)
    text = f"{len(ok)} of {len(outcomes)} files imported: {new} new, {changed} changed, {removed} removed"
    if skipped:
        text += f", {skipped} rows skipped"
    if failed:
        text += f"; {len(failed)} refused"
    return text


def build_model(outcomes) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(HEADERS)
    for o in outcomes:
        name = QStandardItem(o.path.name)
        name.setToolTip(str(o.path))
        if o.ok:
            r = o.report
            cells = [name] + [QStandardItem(str(v)) for v in (r.new, r.changed, r.removed, r.unchanged, r.skipped,
                                                               len(r.warnings))]
            for w in r.warnings:
                child = QStandardItem(w)
                child.setToolTip(w)
                name.appendRow([child])
        else:
            cells = [name] + [QStandardItem("") for _ in HEADERS[1:]]
            for c in cells:
                c.setForeground(QColor("#b3261e"))
            reason = QStandardItem("Not imported: " + o.error)
            reason.setForeground(QColor("#b3261e"))
            reason.setToolTip(o.error)
            name.appendRow([reason])
        for c in cells:
            c.setEditable(False)
        for c in cells[1:]:
            c.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        model.appendRow(cells)
    return model


class ImportSummaryDialog(QDialog):
    def __init__(self, outcomes, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Import summary")
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
            if self.model.rowCount(parent) and (not self.outcomes[row].ok or self.model.rowCount(parent) <= 20):
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
