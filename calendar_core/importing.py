"""The import use case: read a batch of files and apply it as one undoable step.

The command line (``consolidate``) and the window (``ui/importing.py``, off the
GUI thread) both call :func:`import_batch`. Each file is read and then stored
(one transaction per file); a file that cannot be read, or that another desk
changed meanwhile, is reported and the others go on. Cancel is looked at while
reading and between chunks while storing; a cancelled batch puts back what
its earlier files stored, so the workspace is exactly as it was. A spreadsheet
whose columns cannot be mapped comes back with its :class:`UnmappableSheet`;
with ``confirm``, the first import of a sheet whose mapping is in doubt is held
back with what was read (a :class:`Confirmation`) for the user to confirm. A
table judged not to be a calendar comes back with its :class:`JudgedNotACalendar`
(the window asks "Import it anyway?"; ``anyway`` names the files to take anyway).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Mapping

from calendar_core.model import SyncReport
from calendar_core.understood import doubts, source_mapping
from importers.errors import printable, printable_name
from calendar_core.workspace import (
    ImportCancelled, ImporterError, ImportResult, JudgedNotACalendar, UnmappableSheet, Workspace, WorkspaceError,
    collector_paused, table_preview,
)

READ_SHARE = 0.6  # of each file's progress: reading; the rest is storing


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
    applied: int = 0  # files stored by this batch (one undo step for all of them)
    label: str = ""  # the undo step's label, e.g. "import of 3 files"


def reader_error(path: Path, exc: Exception) -> str:
    """What to say about a file that could not be read: the reader's sentence, or the file and the failure."""
    if isinstance(exc, ImporterError):
        return str(exc)
    return f"{printable_name(path)}: {printable(str(exc))}"


READ_ERRORS = (ImporterError, OSError, ValueError)  # a reader bug must not sink the other files


def batch_label(names: list[str]) -> str:
    return f"import of {names[0]}" if len(names) == 1 else f"import of {len(names)} files"


def _confirmation(workspace: Workspace, path: Path, result: ImportResult) -> Confirmation | None:
    if workspace.find_source(path) is not None:
        return None  # only a first import asks; later ones use what the source has
    reasons = doubts(result.settings, result.kind)
    if not reasons:
        return None
    sheets = [m["sheet"] for m in source_mapping(result.settings) if m["sheet"]]
    first = sheets[0] if sheets else ""
    if first in result.tables:  # the reader rearranged it (a grid, a date from its parts): show that table
        sheet, (headers, preview) = first, result.tables[first]
    else:
        sheet, headers, preview = table_preview(path, first or None)
    return Confirmation(result, reasons, sheet, headers, preview)


def import_batch(workspace: Workspace, paths: list[Path], *, column_maps: Mapping[Path, dict] | None = None,
                 column_map: Mapping[str, str] | None = None, zones: Callable[[Path], str | None] | None = None,
                 window: tuple[datetime, datetime] | None = None, read_options: Mapping[str, object] | None = None,
                 progress: Callable[[float], None] = lambda _f: None, cancelled: Callable[[], bool] = lambda: False,
                 confirm: bool = False, anyway: frozenset[Path] | set[Path] = frozenset(),
                 keep_entries: bool = False) -> BatchResult:
    """Read and store ``paths`` as one undo step (see the module's text).

    ``column_maps``: mappings the user chose per file (stored with the source);
    ``column_map``: one mapping for every file (the command line's ``--map``);
    ``zones``: the zone a file's floating times are read in, None for the stored one;
    ``read_options``: further arguments of :meth:`Workspace.import_options` for every file;
    ``anyway``: files to import even though they were judged not to be calendars;
    ``keep_entries``: each report hands back its source's entries as stored (``SyncReport.stored``).
    """
    with collector_paused():  # a big batch's objects must not set off full collections
        with workspace.undo_group() as group:
            batch = _import_batch(workspace, [Path(p) for p in paths], dict(column_maps or {}), column_map,
                                  zones, window, dict(read_options or {}), progress, cancelled, confirm,
                                  frozenset(Path(p) for p in anyway), keep_entries)
            if batch.cancelled:
                workspace.discard_group(group)
            else:
                group.label = batch.label
    if batch.applied or batch.cancelled:
        workspace.release_memory()  # the read records and rows are gone: the analysis must not grow on them
    return batch


def _import_batch(workspace, paths, column_maps, column_map, zones, window, read_options, progress, cancelled,
                  confirm, anyway=frozenset(), keep_entries=False) -> BatchResult:
    n = max(len(paths), 1)
    batch = BatchResult()
    for i, path in enumerate(paths):
        outcome = FileOutcome(path)
        batch.outcomes.append(outcome)
        chosen = column_maps.get(path)

        def part(fraction: float, lo: float = 0.0, hi: float = READ_SHARE, i=i) -> None:
            progress((i + lo + (hi - lo) * fraction) / n)

        try:
            result = workspace.read(path, column_map=chosen or column_map, window=window,
                                    timezone_name=zones(path) if zones else None, progress=part,
                                    cancelled=cancelled,
                                    **({**read_options, "accept_any_table": True} if path in anyway else read_options))
        except ImportCancelled:
            batch.cancelled = True
            return batch
        except UnmappableSheet as exc:
            outcome.error, outcome.unmappable = str(exc), exc
            continue
        except JudgedNotACalendar as exc:
            outcome.error, outcome.judged = str(exc), exc
            continue
        except READ_ERRORS as exc:
            outcome.error = reader_error(path, exc)
            continue
        if chosen is not None:
            result.settings = {**result.settings, "column_map": {h: f for h, f in chosen.items() if f != "ignore"},
                               "column_map_chosen": dict(chosen)}
        elif confirm:
            outcome.confirm = _confirmation(workspace, path, result)
            if outcome.confirm is not None:
                continue
        try:
            outcome.report = workspace.apply_import(
                result, progress=lambda f, i=i: part(f, READ_SHARE, 1.0, i), cancelled=cancelled,
                label=f"import of {printable_name(path)}", keep_entries=keep_entries,
                consume=True)
        except ImportCancelled:
            batch.cancelled = True
            return batch
        except WorkspaceError as exc:  # e.g. another desk updated it meanwhile: this file only
            outcome.error = str(exc)
            continue
        batch.applied += 1
    if cancelled():
        batch.cancelled = True
        return batch
    batch.label = batch_label([printable_name(o.path) for o in batch.outcomes if o.ok]) if batch.applied else ""
    progress(1.0)
    return batch
