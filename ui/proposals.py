"""Proposals in the window: drag, Ctrl+Arrow, the Edit form, "Suggest a free slot", change requests.

Every path ends in one facade call (``Workspace.propose``), then the window
reloads and the one analysis runs again, so a clash disappears or a new one
shows at once. A move that touches a blackout asks first (:meth:`confirm`,
replaceable in tests); an impossible one says why in the status bar.
Ghosts — an entry's old place while a proposal is open — are drawn from
:func:`ghosts`: copies with a negative id, which the painters draw dashed and
the hit tests skip.
"""
from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton

from calendar_core.model import Entry
from calendar_core.proposals import BadProposal, NeedsConfirmation
from calendar_core.workspace import WorkspaceError
from ui.jobs import run_job
from ui.i18n import translate
from ui.locale_format import date_text, datetime_text

SUGGESTABLE = ("slot_clash", "overload", "blackout")


def ghosts(entries: list[Entry]) -> list[Entry]:
    """``entries`` plus, for each moved one, a ghost at its old place (negative id, ``moved`` None)."""
    out = list(entries)
    for e in entries:
        m = e.moved
        if m is not None and e.id > 0:
            out.append(dataclasses.replace(e, id=-e.id, start=m.start, end=m.end, channel=m.channel, moved=None))
    return out


def is_ghost(entry_id: int) -> bool:
    return entry_id < 0


class ProposalsUi(QObject):
    """The window's proposal actions; made by :func:`install_proposals`."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_message = ""
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.export_changes)
        self.list_action = QAction(window)
        self.list_action.triggered.connect(self.open_list)
        self.retranslate()
        if hasattr(window, "on_language_change"):
            window.on_language_change(self.retranslate)

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("&Change requests…"))
        self.export_action.setStatusTip(self.tr("Per department: a workbook, an .ics of the moved entries and a message"))
        self.list_action.setText(self.tr("&Proposals…"))
        self.list_action.setStatusTip(self.tr("The open and stale proposals: review, show, withdraw"))

    def open_list(self):
        from ui.dialogs.proposals_list import ProposalsDialog

        dialog = ProposalsDialog(self, self.window)
        dialog.show()
        self.last_list = dialog
        return dialog

    @property
    def ws(self):
        return self.window.workspace

    # ----- the steps, each replaceable in tests ------------------------------
    def confirm(self, message: str) -> bool:
        answer = QMessageBox.question(self.window, translate("ProposalsUi", "Move onto a blackout?"), translate("ProposalsUi", "{message}.\n\nPropose the move anyway?").format(message=message))
        return answer == QMessageBox.StandardButton.Yes

    def choose_folder(self) -> str:
        start = QSettings().value("export/changes", str(Path.home()))
        return QFileDialog.getExistingDirectory(self.window, translate("ProposalsUi", "Write change requests into"), start)

    def choose_slot(self, entry: Entry, slots: list[datetime]) -> datetime | None:
        menu = QMenu(self.window)
        tz = self.window.tz
        picks = {}
        for s in slots:
            picks[menu.addAction(datetime_text(s.astimezone(tz), year=False))] = s
        if not slots:
            menu.addAction(translate("ProposalsUi", "No free slot within the working hours nearby")).setEnabled(False)
        chosen = menu.exec(QCursor.pos())
        return picks.get(chosen)

    # ----- proposing -------------------------------------------------------------
    def say(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 10000)

    def propose(self, entry_id: int, start: datetime, end: datetime | None = None, *, keep_length: bool = True,
                **values) -> bool:
        """Propose new values for the entry shown with this id; True when stored."""
        if is_ghost(entry_id):
            return False
        filed = self.ws.source_entry(entry_id)
        if filed is None:
            self.say(translate("ProposalsUi", "That entry is no longer in the workspace."))
            return False
        shown = self.ws.entry(entry_id)
        if shown is not None and shown.moved is not None:  # a new move keeps what the open proposal changed
            for name in ("channel", "owner", "status"):
                if values.get(name) is None:
                    values[name] = getattr(shown, name)
        force = False
        for _attempt in range(2):
            try:
                self.ws.propose(filed.identity, start, end, force=force, keep_length=keep_length, **values)
                break
            except NeedsConfirmation as exc:
                if force or not self.confirm(str(exc)):
                    self.say(translate("ProposalsUi", "Not moved: {exc}.").format(exc=exc))
                    return False
                force = True
            except (BadProposal, ValueError, WorkspaceError) as exc:  # impossible, or a read-only workspace
                self.say(translate("ProposalsUi", "Not moved: {exc}").format(exc=exc))
                return False
        when = date_text(start.date()) if filed.all_day else datetime_text(start.astimezone(self.window.tz), year=False)
        self.say(translate("ProposalsUi", "Proposed: {title} to {when}. File ▸ Export ▸ Change requests… tells {department}.").format(title=filed.title, when=when, department=filed.department))
        self.window.selection = [entry_id]
        self._after()
        return True

    def _after(self) -> None:
        self.window.refresh()  # the views reload and the one analysis runs again

    def drop(self, entry_id: int, start: datetime, lane: str | None = None) -> bool:
        """A drag ended: the entry at ``start``; on the timeline's channel lanes ``lane`` is the channel."""
        entry = self.ws.entry(entry_id)
        if entry is None:
            return False
        extra = {"channel": lane} if lane and lane != entry.channel and lane != "(none)" else {}
        note = entry.moved.note if entry.moved is not None else ""
        if start == entry.start and not extra:
            return False
        return self.propose(entry_id, start, note=note, **extra)

    def withdraw(self, entry_id: int) -> bool:
        entry = self.ws.entry(entry_id)
        if entry is None or entry.moved is None:
            return False
        self.ws.withdraw(entry.moved.proposal_id)
        self.say(translate("ProposalsUi", "Proposal withdrawn: {title} is back at its file's time.").format(title=entry.title))
        self._after()
        return True

    def edit_form(self, entry: Entry):
        """The Edit form for the entry's details dialog; saving proposes, and closes the dialog."""
        from ui.dialogs.edit_entry import EditForm

        ws = self.ws
        form = EditForm(entry, self.window.tz, ws.channels(), ws.statuses())

        def submitted(values: dict) -> None:
            start, end = values.pop("start"), values.pop("end")
            if self.propose(entry.id, start, end, keep_length=False, **values):
                form.window().close()
            else:
                form.show_error(self.last_message)

        def withdraw() -> None:
            if self.withdraw(entry.id):
                form.window().close()

        form.submitted.connect(submitted)
        form.withdrawRequested.connect(withdraw)
        self.last_form = form
        return form

    # ----- suggest a free slot ----------------------------------------------------------
    def entry_to_move(self, conflict) -> int | None:
        """The member of a conflict to move: the one chosen in the view, else the latest not on a blackout calendar."""
        blackout = {s.id for s in self.ws.sources() if s.blackout}
        members = [e for e in (self.ws.entry(i) for i in conflict.entry_ids) if e and e.source_id not in blackout]
        if not members:
            return None
        chosen = [e for e in members if e.id in self.window.selection]
        return (chosen or sorted(members, key=lambda e: (e.start, e.id)))[-1].id

    def suggest(self, conflict) -> bool:
        entry_id = self.entry_to_move(conflict)
        if entry_id is None:
            self.say(translate("ProposalsUi", "Nothing in this conflict can move."))
            return False
        ws = self.ws
        entry = ws.entry(entry_id)
        self.say(translate("ProposalsUi", "Looking for free slots for {title}…").format(title=entry.title))

        def found(slots) -> None:  # back on the GUI thread
            slot = self.choose_slot(entry, slots)
            if slot is None:
                if not slots:
                    self.say(translate("ProposalsUi", "No free slot for {title} within the working hours nearby.").format(title=entry.title))
                return
            self.propose(entry_id, slot, note=translate("Proposals", "free slot suggested for: {message}").format(
                message=conflict.message)[:300])

        # the conflict rules run on every candidate: off the GUI thread
        run_job(self.window, lambda progress, cancelled: ws.suggest_slots(entry_id), on_success=found,
                on_failure=lambda exc: self.say(translate("ProposalsUi", "No slot suggested: {exc}").format(exc=exc)), name="suggest")
        return True

    # ----- change requests ------------------------------------------------------------
    def export_changes(self, folder: str | None = None):
        folder = folder or self.choose_folder()
        if not folder:
            return None
        QSettings().setValue("export/changes", folder)
        from calendar_core.exporting import write_changes

        ws = self.ws
        return run_job(self.window, lambda progress, cancelled: write_changes(ws, folder),
                       on_success=lambda written: self.say(written.message().replace("\n", " · ")),
                       on_failure=lambda exc: self.say(translate("ProposalsUi", "Change requests not written: {exc}").format(exc=exc)), name="changes")


def install_suggest_button(ui: ProposalsUi, panel) -> QPushButton:
    """'Suggest a free slot' under the issues list: for a slot clash, an overload or a blackout."""
    button = QPushButton(panel)
    button.setObjectName("suggestSlot")

    def retranslate() -> None:
        button.setText(translate("Proposals", "Suggest a &free slot"))
        button.setToolTip(translate("Proposals", "The nearest times, same channel, within working hours, that create no "
                                                 "new conflict"))

    retranslate()
    if hasattr(ui.window, "on_language_change"):
        ui.window.on_language_change(retranslate)
    panel.layout().addWidget(button)

    def current():
        row = panel.model.row_at(panel.view.currentIndex().siblingAtColumn(0))
        key = panel.current_key()
        item = panel.controller.item(key) if key else None
        return item if row is not None and getattr(item, "kind", None) in SUGGESTABLE else None

    def update(*_args) -> None:
        button.setEnabled(current() is not None)

    panel.view.selectionModel().currentRowChanged.connect(update)
    panel.controller.analysed.connect(update)
    button.clicked.connect(lambda: (lambda c: c is not None and ui.suggest(c))(current()))
    update()
    return button


def install_proposals(window) -> ProposalsUi:
    """Wire the views' drags and keys, the Edit form, the suggest button and File ▸ Export ▸ Change requests…."""
    ui = ProposalsUi(window)
    for key in ("week", "timeline", "month"):
        view = window.views[key]
        if hasattr(view, "entryMoveRequested"):
            view.entryMoveRequested.connect(ui.drop)
    window.settle.export_menu.addSeparator()
    window.settle.export_menu.addAction(ui.export_action)
    window.menus["edit"].addAction(ui.list_action)
    ui.suggest_button = install_suggest_button(ui, window.settle.panel)
    if window.demo:  # the demo shows one proposal once its samples are in, before the window shows them
        imported = window.importer.imported
        imported.disconnect(window._imported)

        def first_import(batch) -> None:
            imported.disconnect(first_import)
            imported.connect(window._imported)
            from ui.demo import demo_proposal

            try:
                demo_proposal(window.workspace)
            except Exception as exc:  # noqa: BLE001 - the demo still opens; say why it has no proposal
                window.statusBar().showMessage(translate("Proposals", "The demo proposal could not be made: {exc}").format(exc=exc), 8000)
            window._imported(batch)

        imported.connect(first_import)
    return ui
