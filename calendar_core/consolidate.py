"""The `consolidate` command: import files, analyse, write the outputs, summarise.

Pure Python (no Qt); main.py parses the command line into ConsolidateRequest.
"""
from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TextIO

from calendar_core import exporting
from calendar_core.export.report import source_json
from calendar_core.live.links import is_link
from calendar_core.importing import import_batch
from calendar_core.model import EntryFilter
from calendar_core.names import load_synonym_file
from calendar_core.timeconv import zone
from calendar_core.understood import mapping_line
from calendar_core.whatchanged import change_line
from calendar_core.workspace import Workspace
from importers.bulk import collector_paused
from importers.errors import printable_name

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
_START = attrgetter("start")


class UsageError(Exception):
    """Bad arguments; exit code 2."""


@dataclass
class ConsolidateRequest:
    files: list[Path | str]  # files, or links (https://, webcal://, caldav+https://)
    workspace: str | None = None
    timezone: str | None = None
    file_zones: dict[str, str] = field(default_factory=dict)  # file name or path -> zone
    column_map: dict[str, str] = field(default_factory=dict)
    import_anyway: bool = False  # import tables judged not to be calendars
    synonyms: Path | None = None
    ics: Path | None = None
    xlsx: Path | None = None
    report: Path | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    departments: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    now: datetime | None = None
    printing: bool = True  # the weeks or the report are printed: gather their colours and blackout days


@dataclass
class FileOutcome:
    file: str
    source_id: int | None
    entries: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    mapping: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)


@dataclass
class ConsolidateResult:
    exit_code: int
    outcomes: list[FileOutcome]
    entries: list
    conflicts: list
    duplicates: list
    workspace: Workspace | None = None
    timezone: str | None = None  # the workspace's zone (for printing the weeks)
    colours: dict[str, str] = field(default_factory=dict)  # department -> colour of its first source
    blackout: frozenset = frozenset()  # blackout days (settings and blackout sources), for printing
    proposals: list[str] = field(default_factory=list)  # what the imports made of open proposals


def parse_zone_assignments(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        if "=" not in item:
            raise UsageError(f"--tz expects FILE=ZONE, got '{item}'")
        name, tz = item.rsplit("=", 1)
        try:
            zone(tz.strip())
        except ValueError as exc:
            raise UsageError(f"--tz {item}: {exc}") from None
        out[name.strip()] = tz.strip()
    return out


def parse_column_map(items: list[str]) -> dict[str, str]:
    """--map "Header=field" items; the field is one of the spreadsheet reader's field names."""
    out = {}
    for item in items:
        from calendar_core.workspace import COLUMN_FIELDS  # the sheet reader, loaded only for a --map

        if "=" not in item:
            raise UsageError(f"--map expects 'Header=field', got '{item}'")
        header, fld = item.rsplit("=", 1)
        fld = fld.strip().lower()
        if fld not in COLUMN_FIELDS:
            raise UsageError(f"--map {item}: unknown field '{fld}' (known fields: {', '.join(COLUMN_FIELDS)})")
        if not header.strip():
            raise UsageError(f"--map {item}: the header is empty")
        out[header.strip()] = fld
    return out


def _zone_for(path: Path, zones: dict[str, str]) -> str | None:
    for key in (str(path), path.name, str(path.resolve())):
        if key in zones:
            return zones[key]
    return None


def _period(req: ConsolidateRequest, ws: Workspace) -> tuple[datetime | None, datetime | None]:
    tz = ws.tz
    start = datetime.combine(req.date_from, time(0), tzinfo=tz) if req.date_from else None
    end = datetime.combine(req.date_to + timedelta(days=1), time(0), tzinfo=tz) if req.date_to else None
    if start and end and end <= start:
        raise UsageError(f"--to {req.date_to} is before --from {req.date_from}")
    return start, end


def run_consolidate(req: ConsolidateRequest) -> ConsolidateResult:
    """Do the work; raise UsageError for bad arguments, WorkspaceError for an unusable workspace.

    The cycle collector is paused for the whole job: its entries, records and rows are hundreds of
    thousands of live objects that each full pass would walk again, and none of them is cyclic
    garbage (reference counting frees them; the collector runs again when the job ends)."""
    with collector_paused():
        return _run_consolidate(req)


def _run_consolidate(req: ConsolidateRequest) -> ConsolidateResult:
    if not req.files:
        raise UsageError("no input files given")
    for out in (req.ics, req.xlsx, req.report):
        if out is not None and not Path(out).parent.resolve().is_dir():
            raise UsageError(f"output folder {Path(out).parent} does not exist")
    extra_synonyms = []
    if req.synonyms:
        try:
            extra_synonyms = load_synonym_file(req.synonyms)
        except ValueError as exc:
            raise UsageError(f"--synonyms {exc}") from None

    tmpdir = None
    target = req.workspace
    if target is None:
        tmpdir = tempfile.mkdtemp(prefix="masthead-")
        target = str(Path(tmpdir) / "workspace.sqlite")
    ws = Workspace.open(target)
    try:
        if req.timezone:
            settings = ws.settings
            settings.timezone = req.timezone
            ws.save_settings(settings)
        if extra_synonyms:
            ws.set_synonyms(extra_synonyms)
        start, end = _period(req, ws)
        window = None
        if start or end:
            lo, hi = ws.horizon(req.now)
            window = (start or lo, end or hi)
        outcomes: list[FileOutcome] = []
        open_before = {p.id for p in ws.proposals(("open",))}
        links = [f for f in req.files if is_link(f)]
        pulls = {}
        if links:  # the HTTP client (requests, TLS) is imported only when a link is given
            from calendar_core.live import sources as live

            pulls = {str(f): live.pull(ws, str(f).strip()) for f in links}  # links first
        as_stored = not (start or end or req.departments or req.channels)  # no filter but by source
        paths = [pulls[str(f)].path if str(f) in pulls else Path(f) for f in req.files]
        batch = import_batch(ws, [p for p in paths if p is not None], column_map=req.column_map or None,
                             zones=lambda path: _zone_for(path, req.file_zones), window=window,
                             read_options={"accept_any_table": True} if req.import_anyway else None,
                             keep_entries=as_stored)
        if pulls:
            live.settle(ws, list(pulls.values()), batch, req.now or datetime.now().astimezone())
        done_by_path = {o.path: o for o in batch.outcomes}
        for given, path in zip(req.files, paths):
            p = pulls.get(str(given))
            if p is not None and (p.error or p.unchanged):
                src = ws.source(p.source_id) if p.source_id is not None else None
                outcomes.append(FileOutcome(file=p.name, source_id=p.source_id, error=p.error or None,
                                            entries=src.entry_count if src else 0,
                                            notes=[] if p.error else ["unchanged since the last refresh"]))
                continue
            done = done_by_path[path]
            report = done.report
            if report is None:  # this file alone fails; the others go in
                outcomes.append(FileOutcome(file=printable_name(path), source_id=None, error=done.error))
                continue
            outcomes.append(FileOutcome(
                file=printable_name(path), source_id=report.source_id, new=report.new, changed=report.changed,
                removed=report.removed, skipped=report.skipped, warnings=report.warnings,
                entries=report.new + report.changed + report.unchanged, notes=report.notes,
                mapping=report.mapping, changes=report.changes))
        flt = EntryFilter(departments=frozenset(req.departments), channels=frozenset(req.channels), only_visible=False)
        imported_ids = {o.source_id for o in outcomes if o.source_id is not None}
        flt.source_ids = frozenset(imported_ids) if req.workspace is None else frozenset()
        entries = None if (imported_ids or req.workspace) else []
        if entries is None and as_stored:  # the entries as the import stored them, not read back
            entries = ws.imported_entries([o.report for o in batch.outcomes], flt)
            for o in batch.outcomes:
                if o.report is not None:
                    o.report.stored = None
        g = exporting.gather(ws, flt, (start, end), entries=entries)
        if req.report:
            src_json = [source_json(g.sources.get(o.source_id) if o.source_id else None, file=o.file,
                                    entries=o.entries, warnings=o.warnings, errors=[o.error] if o.error else [],
                                    notes=o.notes, changes=o.changes) for o in outcomes]
            exporting.write("json", req.report, g, now=req.now, report_sources=src_json)
        if req.ics:
            exporting.write("ics", req.ics, g, now=req.now)
        if req.xlsx:
            exporting.write("xlsx", req.xlsx, g, now=req.now)
        code = EXIT_SOME_FAILED if any(o.error or o.skipped for o in outcomes) else EXIT_OK  # something refused
        blackout, colours = frozenset(), {}
        if req.printing:  # what only the printed weeks and report show
            from calendar_core.reports import workspace_blackout_days

            blackout = workspace_blackout_days(ws, *_blackout_span(g.entries, start, end))
            colours = ws.department_colours()
        settled = [f"proposal #{p.id} {p.state}: {p.identity} ({p.state_note})"
                   for p in ws.proposals(("applied", "stale", "closed")) if p.id in open_before]
        return ConsolidateResult(code, outcomes, g.entries, g.conflicts, g.duplicates,
                                 timezone=ws.settings.timezone, colours=colours, blackout=blackout,
                                 proposals=settled)
    finally:
        ws.close()
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)


SHOWN_CHANGES = 30  # lines of entry changes per file in the summary; the JSON report has them all


def write_changes(changes: list[dict], out: TextIO, indent: str = "    ") -> None:
    """The entry changes of one file: '+ new', '~ changed: moved … → …', '− removed'."""
    for item in changes[:SHOWN_CHANGES]:
        out.write(f"{indent}{change_line(item)}\n")
    if len(changes) > SHOWN_CHANGES:
        out.write(f"{indent}… and {len(changes) - SHOWN_CHANGES} more (see the JSON report)\n")


def _blackout_span(entries, start, end):
    lo = start or (min(map(_START, entries)) if entries else datetime.now().astimezone())
    hi = end or (max(map(_START, entries)) if entries else lo)
    return lo - timedelta(days=7), hi + timedelta(days=7)


def format_summary(result: ConsolidateResult, out: TextIO, explain: bool = False) -> None:
    """The short summary printed by the command line; ``explain`` adds what was understood of each file."""
    for o in result.outcomes:
        if o.error:
            out.write(f"✗ {o.error}\n")
            continue
        changes = f"{o.new} new, {o.changed} changed, {o.removed} removed"
        skipped = f", {o.skipped} skipped" if o.skipped else ""
        mark = "✓" if o.entries else "⚠"
        empty = "; nothing in it became an entry" if not o.entries else ""
        out.write(f"{mark} {o.file}: {o.entries} entries ({changes}{skipped}){empty}\n")
        write_changes(o.changes, out)
        for n in o.notes:
            out.write(f"    note: {n}\n")
        for w in o.warnings:
            out.write(f"    warning: {w}\n")
        if explain:
            lines = [mapping_line(m) for m in o.mapping]
            out.write("    understood:" + ("" if lines else " nothing to report") + "\n")
            for line in lines:
                out.write(f"      {line}\n")
    undecided_c = [c for c in result.conflicts if not c.decision]
    undecided_d = [d for d in result.duplicates if not d.decision]
    kinds = Counter(c.kind for c in undecided_c)
    detail = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(kinds.items()))
    failed = sum(1 for o in result.outcomes if o.error)
    out.write(
        f"Total: {len(result.entries)} entries from {len(result.outcomes) - failed} file(s)"
        + (f" ({failed} could not be read)" if failed else "")
        + f"; {len(undecided_c)} conflicts" + (f" ({detail})" if detail else "")
        + f"; {len(undecided_d)} duplicate groups\n"
    )
    for line in result.proposals:
        out.write(f"{line}\n")
