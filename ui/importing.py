"""Importing files from the GUI: the import use case run off the GUI thread, one batch at a time.

The work is :func:`calendar_core.importing.import_batch`, the same call the
command line makes; this module only runs it as a job and reports on the GUI
thread. Cancel works while reading and while storing; a cancelled batch leaves
the workspace as it was. ``anyway``: files the user chose to import although
they were judged not to be calendars.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from calendar_core.importing import (  # noqa: F401 - re-exported for the window and its tests
    BatchResult, Confirmation, FileOutcome, _confirmation, import_batch as _import_batch_use_case,
)
from calendar_core.workspace import Workspace
from ui.i18n import translate
from ui.jobs import Job, run_job


def import_batch(workspace: Workspace, paths: list[Path], column_maps: dict[Path, dict] | None,
                 progress, cancelled, confirm: bool = False, anyway: frozenset = frozenset()) -> BatchResult:
    """Worker body: the use case with the window's arguments. The reports keep the entries as stored,
    for the analysis that follows (the window's issues controller takes them, then lets them go)."""
    return _import_batch_use_case(workspace, paths, column_maps=column_maps, progress=progress,
                                  cancelled=cancelled, confirm=confirm, anyway=anyway, keep_entries=True)


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
              confirm: bool = False, anyway=frozenset()) -> Job | None:
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
        self.failed.emit(translate("ImportRunner", "The import failed: {error}").format(error=exc))
