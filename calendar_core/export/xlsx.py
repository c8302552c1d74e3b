"""Master calendar as an Excel workbook, written with xlsxwriter in constant-memory mode.

Sheets: Master (every entry, sorted by start), Summary (entries per department ×
channel × ISO week with totals and a chart), Conflicts, Duplicates, then one sheet
per department. Times are real Excel dates in the workspace zone. Text is always
written as text (``write_string``), so a title such as ``=SUM(A1)`` never becomes a
formula; text starting with ``= + - @`` also gets Excel's quote prefix.
All-day entries show dates only, and their End is the last day (inclusive).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, Mapping, Sequence
from zoneinfo import ZoneInfo

from calendar_core.export.bounds import in_zone, minus
from calendar_core.export.display import DEFAULT, Display
from calendar_core.export.atomic import atomic_path, scratch_dir
from calendar_core.export.xlsxcells import (
    colour, excel_date, excel_datetime, needs_quote, sheet_name, text_on,
)
from calendar_core.model import Conflict, DuplicateGroup, Entry, Source
from calendar_core.timeconv import zone as strict_zone

# (header, width used when the column holds no text, kind)
COLUMNS: tuple[tuple[str, int, str], ...] = (
    ("Start", 17, "time"), ("End", 17, "time"), ("All day", 8, "bool"), ("Week", 9, "text"),
    ("Department", 14, "dept"), ("Channel", 12, "text"), ("Title", 30, "text"), ("Owner", 14, "text"),
    ("Status", 11, "text"), ("Campaign", 14, "text"), ("Link", 20, "text"), ("Description", 30, "text"),
    ("Source", 18, "text"), ("Where in source", 16, "text"), ("Original zone", 14, "text"),
    ("Conflicts", 10, "int"), ("Duplicate group", 10, "int"), ("Entry ID", 9, "int"),
    ("Proposed (file has)", 18, "text"),  # set when the master shows a proposed change
)
MAX_WIDTH = 60
FIXED_SHEETS = ("Master", "Summary", "Conflicts", "Duplicates")


@dataclass(slots=True)
class Row:
    """One entry's cell values, computed once and written to Master and its department sheet."""

    entry: Entry
    start: float
    end: float | None
    week: str
    iso_week: tuple[int, int]
    texts: tuple[str, ...]  # Week … Original zone, in column order (Department at index 1)
    conflicts: int
    group: int | None


def write_workbook(
    path: str | Path,
    entries: Sequence[Entry],
    sources: Mapping[int, Source],
    conflicts: Sequence[Conflict],
    duplicates: Sequence[DuplicateGroup],
    *,
    timezone: str,
    title: str = "Masthead master calendar",
    progress: Callable[[float], None] | None = None,
    display: Display = DEFAULT,
) -> None:
    """Write the master workbook to ``path`` atomically.

    ``timezone`` is the workspace zone all times are shown in. ``progress`` is
    called with a fraction 0..1; it may raise (e.g. to cancel), which leaves any
    previous file at ``path`` untouched. ``display``: the reader's date formats and header language
    (calendar_core.export.display; the window passes its locale's).
    """
    import xlsxwriter
    from xlsxwriter.exceptions import XlsxWriterException

    try:
        zone = strict_zone(timezone)
    except ValueError as exc:
        raise ValueError(f"{exc}, for the workbook {path}") from None
    target = Path(path)
    try:
        # xlsxwriter's row files go to a scratch folder of ours beside the target, never the system temp
        with atomic_path(target) as tmp, scratch_dir(target) as scratch:
            workbook = xlsxwriter.Workbook(str(tmp), {
                "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                "strings_to_urls": False, "tmpdir": str(scratch),
            })
            try:
                _Builder(workbook, entries, sources, conflicts, duplicates, zone, title, progress, display).build()
                if progress is not None:
                    progress(0.95)
            except BaseException:
                _abandon(workbook)
                raise
            workbook.close()
    except XlsxWriterException as exc:
        raise OSError(f"Could not write the workbook {target}: {exc}") from exc
    except OSError as exc:
        raise OSError(f"Could not write the workbook {target}: {exc.strerror or exc}") from exc
    if progress is not None:
        progress(1.0)


def _abandon(workbook) -> None:
    """Drop a half-built workbook without assembling it (closes constant-memory temp files)."""
    workbook.fileclosed = True
    for sheet in workbook.worksheets():
        close = getattr(sheet, "_opt_close", None)
        if close is not None:
            close()


class _Builder:
    def __init__(self, workbook, entries, sources, conflicts, duplicates, zone: ZoneInfo, title: str,
                 progress: Callable[[float], None] | None = None, display: Display = DEFAULT) -> None:
        self.wb = workbook
        self.display = display
        self.progress = progress
        self.entries = sorted(entries, key=lambda e: (e.start, e.department, e.title, e.id))
        self.by_id = {e.id: e for e in self.entries}
        self.sources = sources
        self.conflicts = list(conflicts)
        self.duplicates = list(duplicates)
        self.zone = zone
        self.title = title
        self.epoch = datetime(1900, 1, 1, tzinfo=zone)
        wb = workbook
        wb.set_properties({"title": title, "comments": f"Times in {zone.key}"})
        self.f_head = wb.add_format({"bold": True, "bg_color": "#DDE3EA", "bottom": 1, "text_wrap": True,
                                     "valign": "top"})
        self.f_time = wb.add_format({"num_format": display.time_format})
        self.f_date = wb.add_format({"num_format": display.date_format})
        self.f_quote = wb.add_format({"quote_prefix": True})
        self.f_wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        self.f_wrap_quote = wb.add_format({"text_wrap": True, "valign": "top", "quote_prefix": True})
        self.f_score = wb.add_format({"num_format": "0.00", "valign": "top"})
        self.f_bold = wb.add_format({"bold": True})
        self.f_title = wb.add_format({"bold": True, "font_size": 14})
        self.dept_colour = self._department_colours()
        self.f_dept = {
            name: wb.add_format({"bg_color": fill, "font_color": text_on(fill), "quote_prefix": needs_quote(name)})
            for name, fill in self.dept_colour.items()
        }

    # --- set-up -----------------------------------------------------------------
    def _department_colours(self) -> dict[str, str]:
        colours: dict[str, str] = {}
        by_source = {s.department: s.colour for s in self.sources.values() if s.department}
        for entry in self.entries:
            name = entry.department
            if name not in colours:
                source = self.sources.get(entry.source_id)
                hint = by_source.get(name) or (source.colour if source is not None else "")
                colours[name] = colour(hint, len(colours))
        return colours

    def _rows(self) -> list[Row]:
        in_conflicts: Counter[int] = Counter(i for c in self.conflicts for i in set(c.entry_ids))
        group_of: dict[int, int] = {}
        for number, group in enumerate(self.duplicates, start=1):
            for entry_id in group.entry_ids:
                group_of.setdefault(entry_id, number)
        zone = self.zone
        rows = []
        for e in self.entries:
            if e.all_day:
                day = e.start.date()
                start = excel_date(day)
                last = minus(e.end.date(), timedelta(days=1)) if e.end is not None else day
                end = excel_date(max(last, day)) if e.end is not None else None
                iso = day.isocalendar()
            else:
                local = in_zone(e.start, zone).replace(tzinfo=None)
                start = excel_datetime(local)
                end = excel_datetime(in_zone(e.end, zone).replace(tzinfo=None)) if e.end is not None else None
                iso = local.isocalendar()
            week = f"{iso[0]}-W{iso[1]:02d}"
            source = self.sources.get(e.source_id)
            texts = (
                week, e.department, e.channel, e.title, e.owner, e.status, e.campaign, e.link, e.description,
                (source.name if source is not None else "") or e.source_name, e.location or e.source_ref,
                e.timezone or "",
            )
            rows.append(Row(e, start, end, week, (iso[0], iso[1]), texts, in_conflicts.get(e.id, 0),
                            group_of.get(e.id)))
        return rows

    # --- sheets -----------------------------------------------------------------
    def build(self) -> None:
        taken = {name.lower() for name in FIXED_SHEETS}
        master = self.wb.add_worksheet("Master")
        summary = self.wb.add_worksheet("Summary")
        conflicts = self.wb.add_worksheet("Conflicts")
        duplicates = self.wb.add_worksheet("Duplicates")
        departments = {name: self.wb.add_worksheet(sheet_name(name, taken)) for name in self.dept_colour}
        rows = self._rows()
        widths = [w for _h, w, _k in COLUMNS]
        sheets = [master, *departments.values()]
        for ws in sheets:
            self._header(ws)
        next_row = dict.fromkeys(departments, 1)
        for number, row in enumerate(rows, start=1):
            self._entry_row(master, number, row, widths)
            dept = row.entry.department
            self._entry_row(departments[dept], next_row[dept], row, None)
            next_row[dept] += 1
            if self.progress is not None and number % 2000 == 0:
                self.progress(0.9 * number / len(rows))
        counts = {master: len(rows), **{departments[d]: next_row[d] - 1 for d in departments}}
        for ws in sheets:
            self._finish_table(ws, counts[ws], widths)
        from calendar_core.export.xlsx_sheets import write_items, write_summary

        write_summary(self, summary, rows)
        write_items(self, conflicts, duplicates)
        master.activate()

    def _header(self, ws) -> None:
        for col, (name, _w, kind) in enumerate(COLUMNS):
            name = self.display.label(name)
            label = f"{name} ({self.zone.key})" if kind == "time" else name
            ws.write_string(0, col, label, self.f_head)

    def _finish_table(self, ws, count: int, widths: list[int]) -> None:
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(count, 1), len(COLUMNS) - 1)
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)

    def _entry_row(self, ws, r: int, row: Row, widths: list[int] | None) -> None:
        all_day = row.entry.all_day
        fmt = self.f_date if all_day else self.f_time
        ws.write_number(r, 0, row.start, fmt)
        if row.end is not None:
            ws.write_number(r, 1, row.end, fmt)
        ws.write_boolean(r, 2, all_day)
        quote = self.f_quote
        for offset, text in enumerate(row.texts):
            if not text:
                continue
            col = 3 + offset
            if offset == 1:
                cell_format = self.f_dept.get(text)
            else:
                cell_format = quote if text[0] in "=+-@" else None
            ws.write_string(r, col, text, cell_format)
            if widths is not None:
                size = len(text) + 2
                if size > widths[col]:
                    widths[col] = min(size, MAX_WIDTH)
        if row.conflicts:
            ws.write_number(r, 15, row.conflicts)
        if row.group is not None:
            ws.write_number(r, 16, row.group)
        ws.write_number(r, 17, row.entry.id)
        moved = row.entry.moved
        if moved is not None:
            was = self.display.date_text(moved.start.date()) if all_day else self.display.datetime_text(
                moved.start.astimezone(self.zone))
            said = self.display.label("proposed; file has {when}").format(when=was)
            ws.write_string(r, 18, said + (f" ({moved.note})" if moved.note else ""))

    # --- used by xlsx_sheets ----------------------------------------------------------
    def describe(self, entry_id: int) -> str:
        entry = self.by_id.get(entry_id)
        if entry is None:
            return f"#{entry_id} (not in this export)"
        if entry.all_day:
            when = self.display.date_text(entry.start.date())
        else:
            when = self.display.datetime_text(in_zone(entry.start, self.zone))
        parts = [when, entry.department or "-", entry.channel or "-", entry.title]
        return " · ".join(parts)

    def text(self, ws, r: int, c: int, value: str, wrap: bool = False) -> None:
        if not value:
            return
        if wrap:
            ws.write_string(r, c, value, self.f_wrap_quote if needs_quote(value) else self.f_wrap)
        else:
            ws.write_string(r, c, value, self.f_quote if needs_quote(value) else None)

    def first_start(self, entry_ids: list[int]) -> datetime | None:
        starts = [self.by_id[i].start for i in entry_ids if i in self.by_id]
        return min(starts) if starts else None

    def week_table(self, rows: list[Row]) -> tuple[list[tuple[int, int]], dict[str, dict[str, Counter]]]:
        weeks = sorted({row.iso_week for row in rows})
        table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        for row in rows:
            table[row.entry.department][row.entry.channel][row.iso_week] += 1
        return weeks, table
