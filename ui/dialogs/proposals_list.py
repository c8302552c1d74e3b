"""Edit ▸ Proposals…: the open and stale proposals, to review, show and withdraw.

A short list (proposals are made by hand), so a plain table widget serves.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.locale_format import datetime_text

HEADERS = (QT_TRANSLATE_NOOP("ProposalsDialog", "State"), QT_TRANSLATE_NOOP("ProposalsDialog", "Entry"),
           QT_TRANSLATE_NOOP("ProposalsDialog", "File has"), QT_TRANSLATE_NOOP("ProposalsDialog", "Proposed"),
           QT_TRANSLATE_NOOP("ProposalsDialog", "Note"))
STATES = {"open": QT_TRANSLATE_NOOP("ProposalsDialog", "open"), "stale": QT_TRANSLATE_NOOP("ProposalsDialog", "stale")}


class ProposalsDialog(QDialog):
    def __init__(self, proposals_ui, parent=None):
        super().__init__(parent)
        self.ui = proposals_ui
        self.setWindowTitle(translate("ProposalsDialog", "Proposals"))
        self.summary = QLabel(self)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.show_chosen())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_button = QPushButton(translate("ProposalsDialog", "&Show"), self)
        self.withdraw_button = QPushButton(translate("ProposalsDialog", "&Withdraw"), self)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(self.show_chosen)
        self.withdraw_button.clicked.connect(self.withdraw_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)
        self.reload()

    def reload(self) -> None:
        ws, tz = self.ui.ws, self.ui.window.tz
        self.proposals = ws.proposals(("open", "stale"))
        self.table.setRowCount(len(self.proposals))
        for r, p in enumerate(self.proposals):
            entry = ws.find_entry(p.identity)
            state = translate("ProposalsDialog", STATES.get(p.state, p.state)) + (
                "" if entry is not None else " " + self.tr("(entry gone)"))
            title = entry.title if entry is not None else p.identity
            cells = (state, title, datetime_text(p.from_start.astimezone(tz)),
                     datetime_text(p.start.astimezone(tz)), p.state_note or p.note)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(p.state_note or p.note)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        stale = sum(1 for p in self.proposals if p.state == "stale")
        self.summary.setText(self.tr("{open} open, {stale} stale (the department changed the entry another way: review, then "
                                     "propose again or withdraw)").format(open=len(self.proposals) - stale, stale=stale))
        chosen = bool(self.proposals)
        self.show_button.setEnabled(chosen)
        self.withdraw_button.setEnabled(chosen)
        if chosen:
            self.table.selectRow(0)

    def chosen(self):
        row = self.table.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def show_chosen(self) -> None:
        p = self.chosen()
        entry = self.ui.ws.find_entry(p.identity) if p is not None else None
        if entry is not None:
            self.ui.window.show_entries([entry.id])

    def withdraw_chosen(self) -> None:
        p = self.chosen()
        if p is not None:
            self.ui.ws.withdraw(p.id)
            self.ui.say(translate("ProposalsDialog", "Proposal withdrawn."))
            self.ui.window.refresh()
            self.reload()
