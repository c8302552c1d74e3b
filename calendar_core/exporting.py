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
    if analyse:
        analysis = workspace.analyse(entries=entries)
        conflicts, duplicates, copies = analysis.conflicts, analysis.duplicates, analysis.copies
    return Gathered(workspace.master_entries(entries), {s.id: s for s in workspace.sources()}, conflicts,
                    duplicates, (start, end), workspace.settings.timezone, copies)


def sources_json(g: Gathered) -> list[dict]:
    """The report's sources: each source with entries among those exported."""
    per_source: dict[int, int] = {}
    for e in g.entries:
        per_source[e.source_id] = per_source.get(e.source_id, 0) + 1
    return [source_json(s, file=s.name, entries=per_source[s.id], warnings=s.warnings, errors=s.errors)
            for s in g.sources.values() if s.id in per_source]


def write(kind: str, path: str | Path, g: Gathered, now: datetime | None = None,
          report_sources: list[dict] | None = None) -> ExportDone:
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

        write_workbook(path, g.entries, g.sources, g.conflicts, g.duplicates, timezone=g.timezone)
    elif kind == "json":
        report = build_report(report_sources if report_sources is not None else sources_json(g), g.entries,
                              g.conflicts, g.duplicates, timezone_name=g.timezone, period=(start, end),
                              generated=now, copies=g.copies, lazy=True)
        write_report(path, report)
    else:
        raise ValueError(f"unknown export '{kind}'")
    undecided = sum(1 for c in g.conflicts if not c.decision)
    return ExportDone(kind, path, len(g.entries), f"{undecided} undecided conflicts")


def export_file(workspace: Workspace, kind: str, path: str | Path, flt: EntryFilter | None = None,
                now: datetime | None = None, period: Period = (None, None)) -> ExportDone:
    """Gather and write one export (the window's File ▸ Export)."""
    if kind not in WHAT:
        raise ValueError(f"unknown export '{kind}'")
    return write(kind, path, gather(workspace, flt, period, analyse=kind != "ics"), now)
