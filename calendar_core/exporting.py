"""The export use case: the master calendar (ICS), the workbook (Excel) and the report (JSON).

The command line (``consolidate``) and the window (File ▸ Export, off the GUI
thread) make the same calls: :func:`gather` the entries of a filter and period
with their analysis, then :func:`write` each file. A period limits the entries
and is the ICS's expansion window, for both.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from calendar_core.export.report import build_report, source_json, write_report
from calendar_core.model import EntryFilter
from calendar_core.workspace import Workspace

EVERYTHING = EntryFilter(only_visible=False)
WHAT = {"ics": "Master calendar", "xlsx": "Workbook", "json": "Report"}  # said in messages
Period = tuple[datetime | None, datetime | None]


@dataclass
class Gathered:
    """What an export writes: entries, their sources and the analysis of just those entries."""

    entries: list  # what the files hold: merged copies are one entry
    sources: dict
    conflicts: list
    duplicates: list
    period: Period
    timezone: str
    copies: list = field(default_factory=list)


@dataclass
class ExportDone:
    kind: str
    path: Path
    entries: int
    detail: str = ""

    def message(self) -> str:
        count = f"{self.entries} entr{'y' if self.entries == 1 else 'ies'}"
        extra = f", {self.detail}" if self.detail else ""
        return f"{WHAT[self.kind]} saved: {count}{extra} in {self.path}"


def gather(workspace: Workspace, flt: EntryFilter | None = None, period: Period = (None, None),
           entries: list | None = None, analyse: bool = True) -> Gathered:
    """The entries passing ``flt`` (everything when None) in ``period``, analysed (unless not ``analyse``:
    the calendar alone needs no analysis)."""
    start, end = period
    if entries is None:
        entries = workspace.entries(start, end, flt if flt is not None else EVERYTHING)
    conflicts, duplicates, copies = [], [], []
    analysis = None
    if analyse:
        analysis = workspace.analyse(entries=entries)
        conflicts, duplicates, copies = analysis.conflicts, analysis.duplicates, analysis.copies
    return Gathered(workspace.master_entries(entries, analysis), {s.id: s for s in workspace.sources()},
                    conflicts, duplicates, (start, end), workspace.settings.timezone, copies)


def sources_json(g: Gathered) -> list[dict]:
    """The report's sources: each source with entries among those exported."""
    per_source: dict[int, int] = {}
    for e in g.entries:
        per_source[e.source_id] = per_source.get(e.source_id, 0) + 1
    return [source_json(s, file=s.name, entries=per_source[s.id], warnings=s.warnings, errors=s.errors)
            for s in g.sources.values() if s.id in per_source]


def write(kind: str, path: str | Path, g: Gathered, now: datetime | None = None,
          report_sources: list[dict] | None = None, display=None) -> ExportDone:
    """Write one export of what was gathered. ``report_sources``: the report's source list (default
    :func:`sources_json`; the command line lists the files it was given, unreadable ones too)."""
    path = Path(path)
    start, end = g.period
    if kind == "ics":
        from calendar_core.export.ics import write_ics

        count = write_ics(path, g.entries, g.sources, now=now, window=(start, end) if (start or end) else None)
        return ExportDone(kind, path, len(g.entries), f"{count} events")
    if kind == "xlsx":
        from calendar_core.export.xlsx import write_workbook

        from calendar_core.export.display import DEFAULT

        write_workbook(path, g.entries, g.sources, g.conflicts, g.duplicates, timezone=g.timezone,
                       display=display or DEFAULT)
    elif kind == "json":
        report = build_report(report_sources if report_sources is not None else sources_json(g), g.entries,
                              g.conflicts, g.duplicates, timezone_name=g.timezone, period=(start, end),
                              generated=now, copies=g.copies, lazy=True)
        write_report(path, report)
    else:
        raise ValueError(f"unknown export '{kind}'")
    undecided = sum(1 for c in g.conflicts if not c.decision)
    return ExportDone(kind, path, len(g.entries), f"{undecided} undecided conflicts")


@dataclass
class ChangesDone:
    """The change requests written for one department."""

    department: str
    files: list[Path]
    requests: int

    def message(self) -> str:
        n = self.requests
        return f"Change requests for {self.department}: {n} move{'s' if n != 1 else ''} in " + ", ".join(
            p.name for p in self.files)


@dataclass
class ChangesWritten:
    done: list[ChangesDone]
    missing: list[str]  # proposals whose entry no longer exists, said in a sentence each

    def message(self) -> str:
        lines = [d.message() for d in self.done] or ["No open proposals: no change requests written"]
        return "\n".join(lines + [f"not written: {m}" for m in self.missing])


def change_requests(workspace: Workspace, departments=None) -> tuple[dict[str, list], list[str]]:
    """Open proposals as change requests, per department (of the entry as its file has it);
    and the proposals whose entry is gone."""
    from calendar_core.export.changes import ChangeRequest, ics_sequences
    from calendar_core.export.ics import base_uid

    wanted = {d.casefold() for d in departments or ()}
    sources = {s.id: s for s in workspace.sources()}
    found, missing = [], []
    for p in workspace.proposals(("open",)):
        entry = workspace.find_entry(p.identity)
        if entry is None:
            missing.append(f"{p.identity}: the entry no longer exists in its file")
        elif not wanted or entry.department.casefold() in wanted:
            found.append((p, entry))
    why = _why(workspace, [e for _p, e in found])
    sequences: dict[int, dict[str, int]] = {}
    per: dict[str, list] = {}
    for p, entry in sorted(found, key=lambda pe: (pe[1].department.casefold(), pe[0].from_start)):
        src = sources.get(entry.source_id)
        from_ics = src is not None and (src.kind or "").lower() in ("ics", "ical", "icalendar")
        uid = base_uid(entry, entry.source_name, from_ics)
        if from_ics and entry.source_id not in sequences:
            sequences[entry.source_id] = ics_sequences(src.path)
        seq = sequences.get(entry.source_id, {}).get(uid, 0) + 1
        where = f"UID {uid}" if from_ics else (entry.location or f"row {entry.source_ref}")
        per.setdefault(entry.department or "Unassigned", []).append(
            ChangeRequest(entry, p, where, uid, seq, why.get(entry.id, "")))
    return per, missing


def _why(workspace: Workspace, entries: list) -> dict[int, str]:
    """Entry id -> the conflicts it takes part in as its file has it (what the move settles)."""
    from datetime import timedelta

    if not entries:
        return {}
    lo = min(e.start for e in entries) - timedelta(days=1)
    hi = max(e.start for e in entries) + timedelta(days=2)
    as_filed = workspace.entries(lo, hi, proposed=False)
    out: dict[int, list[str]] = {}
    ids = {e.id for e in entries}
    for c in workspace.analyse(entries=as_filed, remember=False).conflicts:
        for i in set(c.entry_ids) & ids:
            out.setdefault(i, []).append(c.message)
    return {i: " / ".join(m) for i, m in out.items()}


def write_changes(workspace: Workspace, out: str | Path, departments=None,
                  now: datetime | None = None) -> ChangesWritten:
    """Write the change requests into folder ``out``: per department a workbook, an .ics and a message."""
    from datetime import timezone

    from calendar_core.export import changes as ch

    out = Path(out)
    if not out.is_dir():
        raise FileNotFoundError(f"folder {out} does not exist")
    now = now or datetime.now(timezone.utc)
    per, missing = change_requests(workspace, departments)
    tz = workspace.tz
    done = []
    for department, requests in per.items():
        stem = out / f"{ch.safe_name(department)}-changes"
        xlsx, ics, txt = stem.with_suffix(".xlsx"), stem.with_suffix(".ics"), stem.with_suffix(".txt")
        ch.write_workbook(xlsx, department, requests, tz)
        ch.write_ics(ics, department, requests, now)
        txt.write_text(ch.render_message(department, requests, tz, [xlsx.name, ics.name]), encoding="utf-8")
        done.append(ChangesDone(department, [xlsx, ics, txt], len(requests)))
    return ChangesWritten(done, missing)


def export_file(workspace: Workspace, kind: str, path: str | Path, flt: EntryFilter | None = None,
                now: datetime | None = None, period: Period = (None, None), display=None) -> ExportDone:
    """Gather and write one export (the window's File ▸ Export). ``display``: how a workbook a person
    reads writes dates and headers (calendar_core.export.display; the window passes its locale's)."""
    if kind not in WHAT:
        raise ValueError(f"unknown export '{kind}'")
    return write(kind, path, gather(workspace, flt, period, analyse=kind != "ics"), now, display=display)
