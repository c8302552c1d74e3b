"""Holds the current analysis of the workspace and re-runs it off the GUI thread.

The worker reads the workspace (entries, settings, decisions) and returns an
:class:`AnalysisSnapshot`; the GUI thread receives it through ``analysed``.
Only the latest request counts: an older run finishing late is dropped.
Decisions are written on the GUI thread (one small transaction) and applied to
the snapshot in place, without re-running the analysis.
"""
from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class AnalysisSnapshot:
    result: object  # AnalysisResult
    entries: dict = field(default_factory=dict)  # id -> Entry
    timezone: str = "UTC"
    prepared: PreparedIssues | None = None  # the panel's rows, built on the worker
    index: MarkerIndex | None = None  # the views' markers, built on the worker
    analysed_entries: int = 0  # how many entries the analysis read

    @property
    def conflicts(self):
        return self.result.conflicts

    @property
    def duplicates(self):
        return self.result.duplicates

    def undecided_counts(self) -> tuple[int, int]:
        return (sum(1 for c in self.result.conflicts if not c.decision),
                sum(1 for d in self.result.duplicates if not d.decision))


def analyse_workspace(workspace, flt: EntryFilter | None = None,
                      cancelled: Callable[[], bool] | None = None) -> AnalysisSnapshot | None:
    """Read and analyse the workspace; safe to call on a worker thread (touches no widget).

    ``cancelled`` is asked between the steps (and inside the analysis); None is
    returned once it says True: a newer analysis supersedes this one.
    """
    cancelled = cancelled or (lambda: False)
    entries = workspace.entries(None, None, flt if flt is not None else EntryFilter())
    if cancelled():
        return None
    try:
        result = workspace.analyse(entries=entries, cancelled=cancelled)
    except AnalysisCancelled:
        return None
    by_id = {e.id: e for e in entries}
    tz_name = workspace.settings.timezone
    zone = zone_or_utc(tz_name)
    if cancelled():
        return None
    phrases = window_phrases()  # one for the panel's rows and the markers: each message written once
    prepared = prepare_issues(result, by_id, zone, phrases)
    index = MarkerIndex(result, phrases)
    analysed = len(entries)
    named = set(index.by_entry).union(*(g.entry_ids for g in getattr(result, "copies", ()) or ()))
    if len(named) < len(by_id):  # keep only the entries an issue names, not the whole workspace
        by_id = {i: by_id[i] for i in named if i in by_id}
    release(entries)  # the entries no issue names are freed here, a slice at a time, not in one GIL-holding go
    return AnalysisSnapshot(result, by_id, tz_name, prepared, index, analysed)


def _containers(snapshot: AnalysisSnapshot) -> list:
    """The large lists and dicts of a snapshot no longer shown, for :func:`ui.jobs.dispose_later`."""
    out = [snapshot.result.conflicts, snapshot.result.duplicates, getattr(snapshot.result, "copies", []),
           snapshot.entries, *getattr(snapshot.result, "held", ())]
    if snapshot.prepared is not None:
        out += [rows for _kind, rows in snapshot.prepared.groups]
    if snapshot.index is not None:
        out += [snapshot.index.by_entry, snapshot.index.open]
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

    def reanalyse(self) -> None:
        """Analyse again off the GUI thread; ``analysed`` fires when the latest request is done.

        A newer request supersedes the running analysis: that one is cancelled
        (it stops at its next check and its result is never shown) and one more
        run starts when it has stopped, however many requests came meanwhile, so
        a burst of refreshes never fills the shared worker pool. After
        :meth:`close` nothing starts any more.
        """
        if self.closed:
            return
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
        if self._job is not None:
            self._job.cancel()

    def _start(self) -> None:
        self._pending = False
        if self.closed:
            return
        self._active = True
        self.runs_started += 1
        generation = self._generation
        workspace = self.workspace
        flt = self._filter_provider() if self._filter_provider else None

        def work(progress, cancelled):
            return analyse_workspace(workspace, flt, cancelled)

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
                # a decision made while the worker ran is newer than the one it read
                items = self._items(snapshot)
                before = [i.decision for i in items]
                attach_decisions(snapshot.result, self.workspace.decisions())
                if snapshot.index is not None:
                    for item, was in zip(items, before):
                        if item.decision != was:
                            snapshot.index.changed(item)
                old, self.snapshot = self.snapshot, snapshot
                self.analysed.emit(snapshot)  # the views and the panel let go of the old one
                if old is not None and old.analysed_entries > BIG_SNAPSHOT:
                    dispose_later(*_containers(old))

        def fail(exc):
            if after():
                self.failed.emit(translate("IssuesController", "The analysis failed: {error}").format(error=exc))

        # the callbacks are wired inside run_job before the worker starts, so none is missed
        self._job = run_job(None, work, on_success=done, on_failure=fail, name="analysis", bulk=True)

    @staticmethod
    def _items(snapshot) -> list:
        return [*snapshot.conflicts, *snapshot.duplicates]

    def markers(self, include_decided: bool = False) -> dict[int, str]:
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

    def _decided(self, item) -> None:
        if self.snapshot is not None and self.snapshot.index is not None:
            self.snapshot.index.changed(item)

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
            item.decision, item.note = status, note
            self._decided(item)
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
            self._decided(item)
        self.decision_changed.emit(key)
        return True


def _reason(exc: Exception) -> str:
    """The first line of the facade's sentence (database errors arrive translated, as WorkspaceError)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
