"""Holds the current analysis of the workspace and re-runs it off the GUI thread.

The worker reads the workspace (entries, settings, decisions) and returns an
:class:`AnalysisSnapshot`; the GUI thread receives it through ``analysed``.
Only the latest request counts: an older run finishing late is dropped.
Decisions are written on the GUI thread (one small transaction) and applied to
the snapshot in place, without re-running the analysis.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Callable

from PySide6.QtCore import QObject, Signal

from calendar_core.workspace import WorkspaceError

from calendar_core.analysis import AnalysisCancelled, attach_decisions
from calendar_core.model import EntryFilter
from calendar_core.timeconv import zone_or_utc
from ui.i18n import translate
from ui.jobs import dispose_later, release, run_job
from ui.issue_phrases import window_phrases
from ui.models.issues_model import PreparedIssues, prepare_issues
from ui.markers import MarkerIndex, markers_for

BIG_SNAPSHOT = 50_000  # entries: replacing an analysis this large hands the freed memory back
_DECISION = attrgetter("decision")


@dataclass
class AnalysisSnapshot:
    result: object  # AnalysisResult
    entries: dict = field(default_factory=dict)  # id -> Entry
    timezone: str = "UTC"
    prepared: PreparedIssues | None = None  # the panel's rows, built on the worker
    index: MarkerIndex | None = None  # the views' markers, built on the worker
    analysed_entries: int = 0  # how many entries the analysis read
    decisions: dict | None = None  # the decisions attached to the result on the worker (None: not known)

    @property
    def conflicts(self):
        return self.result.conflicts

    @property
    def duplicates(self):
        return self.result.duplicates

    def undecided_counts(self) -> tuple[int, int]:
        """(undecided conflicts, undecided duplicate groups); at C speed (on the GUI thread)."""
        return tuple(len(items) - sum(map(bool, map(_DECISION, items)))
                     for items in (self.result.conflicts, self.result.duplicates))


def analyse_workspace(workspace, flt: EntryFilter | None = None,
                      cancelled: Callable[[], bool] | None = None, imported: list | None = None,
                      leftovers: list | None = None) -> AnalysisSnapshot | None:
    """Read and analyse the workspace; safe to call on a worker thread (touches no widget).

    ``cancelled`` is asked between the steps (and inside the analysis); None is
    returned once it says True: a newer analysis supersedes this one.
    ``imported``: the reports of the import that has just ended, with the entries it stored
    (``SyncReport.stored``): those sources are not read back (``Workspace.entries_after_import``).
    ``leftovers``: the list of every entry read goes there, for the caller to free once the result is
    shown, instead of being freed here first (122,000 entries take a tenth of a second to drop).
    """
    cancelled = cancelled or (lambda: False)
    flt = flt if flt is not None else EntryFilter()
    entries = workspace.entries_after_import(imported, flt) if imported else None
    if entries is None:
        entries = workspace.entries(None, None, flt)
    if cancelled():
        return None
    try:
        result = workspace.analyse(entries=entries, cancelled=cancelled)
    except AnalysisCancelled:
        return None
    decisions = workspace.decisions()  # attached here, on the worker: the GUI thread attaches again
    attach_decisions(result, decisions)  # only when a decision was made meanwhile (a loop over every item)
    by_id = {e.id: e for e in entries}
    tz_name = workspace.settings.timezone
    zone = zone_or_utc(tz_name)
    if cancelled():
        return None
    phrases = window_phrases()  # one for the panel's rows and the markers: each message written once
    index = MarkerIndex(result, phrases)  # their texts are written when first shown
    analysed = len(entries)
    named = set(index.by_entry).union(*(g.entry_ids for g in getattr(result, "copies", ()) or ()))
    if len(named) < len(by_id):  # keep only the entries an issue names, not the whole workspace
        by_id = {i: by_id[i] for i in named if i in by_id}
    prepared = prepare_issues(result, by_id, zone, phrases)
    if leftovers is not None:
        leftovers.append(entries)
    else:
        release(entries)  # the entries no issue names are freed here, a slice at a time, not in one GIL-holding go
    return AnalysisSnapshot(result, by_id, tz_name, prepared, index, analysed, decisions)


def _detach(reports: list | None) -> list[list]:
    """The entry lists the reports kept (``SyncReport.stored``), taken off them."""
    kept = []
    for r in reports or ():
        if r is not None and r.stored is not None:
            kept.append(r.stored)
            r.stored = None
    return kept


def _containers(snapshot: AnalysisSnapshot) -> list:
    """The large lists and dicts of a snapshot no longer shown, for :func:`ui.jobs.dispose_later`."""
    out = [snapshot.result.conflicts, snapshot.result.duplicates, getattr(snapshot.result, "copies", []),
           snapshot.entries, *getattr(snapshot.result, "held", ())]
    if snapshot.prepared is not None:
        out += [rows for _kind, rows in snapshot.prepared.groups]
    if snapshot.index is not None:
        out.append(snapshot.index.by_entry)
    return out


class IssuesController(QObject):
    """The analysis of one workspace, shared by the issues panel and the views."""

    started = Signal()
    analysed = Signal(object)  # AnalysisSnapshot
    failed = Signal(str)
    decision_changed = Signal(str)  # item key

    def __init__(self, workspace, parent: QObject | None = None,
                 filter_provider: Callable[[], EntryFilter | None] | None = None,
                 workspace_getter: Callable[[], object] | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._workspace_getter = workspace_getter
        self.snapshot: AnalysisSnapshot | None = None
        self._filter_provider = filter_provider
        self._generation = 0
        self._job = None
        self._active = False  # a run is on the worker (its callbacks have not come back yet)
        self._pending = False
        self._handed: list | None = None  # the reports (with stored entries) of the import just ended
        self.closed = False
        self.runs_started = 0  # for tests and the bench: analyses actually started

    @property
    def workspace(self):
        """The workspace analysed (the window's current one when a getter was given)."""
        if self._workspace_getter is not None:
            current = self._workspace_getter()
            if current is not self._workspace:
                self._workspace, self.snapshot = current, None
        return self._workspace

    @property
    def running(self) -> bool:
        return self._active or self._pending

    def reanalyse(self, imported: list | None = None) -> None:
        """Analyse again off the GUI thread; ``analysed`` fires when the latest request is done.

        A newer request supersedes the running analysis: that one is cancelled
        (it stops at its next check and its result is never shown) and one more
        run starts when it has stopped, however many requests came meanwhile, so
        a burst of refreshes never fills the shared worker pool. After
        :meth:`close` nothing starts any more.
        ``imported``: the reports of the import that has just ended, with the entries it stored;
        the run takes them instead of reading those sources back. They belong to this request
        only: a newer one lets them go.
        """
        self.let_go(self._handed)
        self._handed = None
        if self.closed:
            self.let_go(imported)
            return
        self._handed = [r for r in imported if r is not None and r.stored is not None] if imported else None
        self._generation += 1
        self.started.emit()
        if self._active:
            self._pending = True
            if self._job is not None:
                self._job.cancel()
            return
        self._start()

    def close(self) -> None:
        """The window (or its workspace) is closing: cancel the running analysis, start none again."""
        self.closed = True
        self._pending = False
        self.let_go(self._handed)
        self._handed = None
        if self._job is not None:
            self._job.cancel()

    @staticmethod
    def _let_go_of(leftovers: list) -> None:
        """A run's entry lists, after its result is shown: freed on a worker, a slice at a time."""
        if leftovers:
            dispose_later(*leftovers)
            leftovers.clear()

    @staticmethod
    def let_go(reports: list | None) -> None:
        """Entries handed over with an import that no run will take: freed on a worker."""
        kept = _detach(reports)
        if kept:
            dispose_later(*kept)

    def _start(self) -> None:
        self._pending = False
        if self.closed:
            return
        self._active = True
        self.runs_started += 1
        generation = self._generation
        workspace = self.workspace
        flt = self._filter_provider() if self._filter_provider else None
        handed, self._handed = self._handed, None  # this run's alone now

        leftovers: list = []  # what the run read: freed on a worker once its result is shown (or dropped)

        def work(progress, cancelled):
            try:
                if handed:
                    return analyse_workspace(workspace, flt, cancelled, imported=handed, leftovers=leftovers)
                return analyse_workspace(workspace, flt, cancelled, leftovers=leftovers)
            finally:
                leftovers.extend(_detach(handed))

        def after() -> bool:
            """The run came back; True when its result is the one to show."""
            self._active = False
            self._job = None
            if self.closed:
                return False
            if self._pending:  # asked again while this ran: its result is already stale
                self._start()
                return False
            return generation == self._generation

        def done(snapshot):
            if after() and snapshot is not None:
                # a decision made while the worker ran is newer than the one it read (the markers follow)
                current = self.workspace.decisions()
                if current != snapshot.decisions:
                    attach_decisions(snapshot.result, current)
                old, self.snapshot = self.snapshot, snapshot
                self.analysed.emit(snapshot)  # the views and the panel let go of the old one
                if old is not None and old.analysed_entries > BIG_SNAPSHOT:
                    dispose_later(*_containers(old))
            self._let_go_of(leftovers)

        def fail(exc):
            if after():
                self.failed.emit(translate("IssuesController", "The analysis failed: {error}").format(error=exc))
            self._let_go_of(leftovers)

        # the callbacks are wired inside run_job before the worker starts, so none is missed
        self._job = run_job(None, work, on_success=done, on_failure=fail, name="analysis", bulk=True)

    def markers(self, include_decided: bool = False) -> Mapping[int, str]:
        """Entry id -> marker text (read-only, written when first asked for)."""
        if self.snapshot is None:
            return {}
        if self.snapshot.index is not None:
            return self.snapshot.index.markers(include_decided)
        return markers_for(self.snapshot.result, include_decided)

    def in_view(self, entry_ids) -> tuple[int, int]:
        """(open conflicts, open duplicate groups) with an entry among ``entry_ids``."""
        if self.snapshot is None:
            return 0, 0
        if self.snapshot.index is None:
            self.snapshot.index = MarkerIndex(self.snapshot.result)
        return self.snapshot.index.in_view(entry_ids)

    def item(self, key: str):
        if self.snapshot is None:
            return None
        items = [*self.snapshot.conflicts, *self.snapshot.duplicates, *getattr(self.snapshot.result, "copies", ())]
        return next((i for i in items if i.key == key), None)

    def decide(self, key: str, status: str, note: str = "") -> bool:
        """Persist a decision and apply it to the current snapshot; False (and ``failed``) if not saved."""
        note = note.strip()
        try:
            self.workspace.decide(key, status, note)
        except (WorkspaceError, ValueError) as exc:
            self.failed.emit(translate("IssuesController", "The decision was not saved: {reason}").format(
                reason=_reason(exc)))
            return False
        item = self.item(key)
        if item is not None:
            item.decision, item.note = status, note  # the markers follow (ui/markers.py)
        self.decision_changed.emit(key)
        return True

    def undecide(self, key: str) -> bool:
        try:
            self.workspace.undecide(key)
        except WorkspaceError as exc:
            self.failed.emit(translate("IssuesController", "The mark was not withdrawn: {reason}").format(
                reason=_reason(exc)))
            return False
        item = self.item(key)
        if item is not None:
            item.decision, item.note = None, ""
        self.decision_changed.emit(key)
        return True


def _reason(exc: Exception) -> str:
    """The first line of the facade's sentence (database errors arrive translated, as WorkspaceError)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
