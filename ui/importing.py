"""Importing files from the GUI: read and apply off the GUI thread, one batch at a time.

The worker reads every file (``importers.read_file`` with the workspace's options)
and, only when every read finished and nobody cancelled, applies the results
(one transaction per file). Cancel before that point leaves the workspace as it
was. A spreadsheet whose columns cannot be mapped comes back as an outcome
carrying the :class:`UnmappableSheet` error, so the window can offer the mapping
dialog and import it again with the chosen mapping; a table judged not to be a
calendar comes back with its :class:`JudgedNotACalendar`, so the window can ask
whether to import it anyway. The first import of a sheet
whose mapping is in doubt (uncertain, or no channel or owner column) is held back
the same way, with what was read, so the user can confirm or fix it first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from calendar_core.model import SyncReport
from calendar_core.store.schema import WorkspaceError
from calendar_core.understood import doubts, source_mapping
from calendar_core.workspace import Workspace
from importers import ImportCancelled, ImporterError, ImportResult, UnmappableSheet, read_file
from importers.errors import JudgedNotACalendar
from importers.preview import table_preview
from importers.bulk import collector_paused
from ui.jobs import Job, run_job


@dataclass
class Confirmation:
    """A first import held back until its mapping is confirmed: what was read, why, and the table's first rows."""

    result: ImportResult
    doubts: list[str]
    sheet: str
    headers: list[str]
    preview: list[list[str]]

    @property
    def proposal(self) -> list[dict]:
        return source_mapping(self.result.settings)


@dataclass
class FileOutcome:
    path: Path
    report: SyncReport | None = None
    error: str = ""
    unmappable: UnmappableSheet | None = None
    confirm: Confirmation | None = None
    judged: JudgedNotACalendar | None = None  # refused as "not a calendar": the user may import it anyway

    @property
    def ok(self) -> bool:
        return self.report is not None


@dataclass
class BatchResult:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    applied: int = 0  # undo steps pushed by this batch


def import_batch(workspace: Workspace, paths: list[Path], column_maps: dict[Path, dict] | None,
                 progress: Callable[[float], None], cancelled: Callable[[], bool],
                 confirm: bool = False, anyway: set[Path] | frozenset = frozenset()) -> BatchResult:
    """Worker body: read all, then apply all (nothing applied on cancel). With ``confirm``, a new
    spreadsheet whose mapping is in doubt is not applied but comes back with a :class:`Confirmation`.
    ``anyway``: files the user chose to import even though they were judged not to be calendars."""
    with collector_paused():  # a big batch's objects must not set off full collections
        return _import_batch(workspace, paths, column_maps, progress, cancelled, confirm, anyway)


def _confirmation(workspace: Workspace, path: Path, result: ImportResult) -> Confirmation | None:
    if workspace.find_source(path) is not None:
        return None  # only a first import asks; later ones use what the source has
    reasons = doubts(result.settings, result.kind)
    if not reasons:
        return None
    sheets = [m["sheet"] for m in source_mapping(result.settings) if m["sheet"]]
    sheet, headers, preview = table_preview(path, sheets[0] if sheets else None)
    return Confirmation(result, reasons, sheet, headers, preview)


def _import_batch(workspace, paths, column_maps, progress, cancelled, confirm=False, anyway=frozenset()) -> BatchResult:
    column_maps = column_maps or {}
    n = max(len(paths), 1)
    batch = BatchResult()
    read: list[tuple[FileOutcome, object]] = []
    for i, path in enumerate(paths):
        outcome = FileOutcome(Path(path))
        batch.outcomes.append(outcome)

        def part(fraction: float, i=i) -> None:
            progress(0.9 * (i + fraction) / n)

        try:
            options = workspace.import_options(path, column_map=column_maps.get(Path(path)),
                                               progress=part, cancelled=cancelled,
                                               accept_any_table=Path(path) in anyway)
            result = read_file(path, options)
            options.check_cancelled()
        except ImportCancelled:
            batch.cancelled = True
            return batch
        except UnmappableSheet as exc:
            outcome.error, outcome.unmappable = str(exc), exc
            continue
        except JudgedNotACalendar as exc:
            outcome.error, outcome.judged = str(exc), exc
            continue
        except ImporterError as exc:
            outcome.error = str(exc)
            continue
        except (OSError, ValueError) as exc:  # a reader bug must not sink the other files
            outcome.error = f"{Path(path).name}: {exc}"
            continue
        if Path(path) in column_maps:
            chosen = dict(column_maps[Path(path)])
            result.settings = {**result.settings, "column_map": {h: f for h, f in chosen.items() if f != "ignore"},
                               "column_map_chosen": chosen}
        elif confirm:
            outcome.confirm = _confirmation(workspace, Path(path), result)
            if outcome.confirm is not None:
                continue
        read.append((outcome, result))
        progress(0.9 * (i + 1) / n)
    if cancelled():
        batch.cancelled = True
        return batch
    for outcome, result in read:  # past this point the batch completes
        try:
            outcome.report = workspace.apply_import(result)
        except WorkspaceError as exc:  # e.g. another desk updated it meanwhile: this file only
            outcome.error = str(exc)
            continue
        batch.applied += 1
    progress(1.0)
    return batch


class ImportRunner(QObject):
    """Runs one import batch at a time and reports on the GUI thread."""

    started = Signal(int)  # number of files
    progress = Signal(float)
    finished = Signal(object)  # BatchResult
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.job: Job | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, paths: list[Path | str], column_maps: dict[Path, dict] | None = None,
              confirm: bool = False, anyway: set[Path] | frozenset = frozenset()) -> Job | None:
        if self.job is not None or not paths:
            return None
        paths = [Path(p) for p in paths]
        ws = self.workspace
        self.job = run_job(
            self, lambda progress, cancelled: import_batch(ws, paths, column_maps, progress, cancelled, confirm,
                                                           frozenset(Path(p) for p in anyway)),
            on_success=self._done, on_failure=self._failed, on_progress=self.progress.emit, name="import")
        self.started.emit(len(paths))
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _done(self, batch: BatchResult) -> None:
        self.job = None
        self.finished.emit(batch)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.failed.emit(f"The import failed: {exc}")
