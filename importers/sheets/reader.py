"""One spreadsheet or CSV file -> ImportResult: every sheet that has the table,
mapped, parsed and keyed, with warnings for what needed a decision."""
from __future__ import annotations

import re
from datetime import datetime
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from zoneinfo import ZoneInfo

from importers import messages as rmsg
from importers.errors import JudgedNotACalendar, NotACalendar, UnmappableSheet
from importers.records import ImportOptions, ImportResult, RecordColumns, record_column
from importers.sheets import assign, workbook
from importers.sheets.dates import (YEAR_FROM, YearHint, decide_order, export_month_first, month_named,
                                    parse_date_column,
                                    order_from_header, order_in_month,
                                    suggests_month_first)
from importers.sheets.header_zones import header_city_zone
from importers.sheets.hints import find_zone_hint, note_hint
from importers.sheets.judge import is_blank_template, judge, why_no_dates, why_no_day
from importers.sheets.grids import date_grid
from importers.sheets.week_grids import weeks_as_dates
from importers.sheets.asides import brackets_name_people, people_on_earlier_sheets
from importers.sheets.layouts import (cell_at, carry_dates_down, clocks_beside_dates, fold_continuations, date_sections,
                                      day_of_file, details_may_fold, fast_column, merge_detail_rows, nest_parts,
                                      next_start_ends, range_in_text, time_lines)
from importers.sheets.spread_dates import date_series, kind_dates, split_date, week_dates, weekdays_only
from importers.sheets.mapping import DUE_KEYS, FIELDS, TEMPORAL, field_for, header_key, normalise_field
from importers.sheets.rows import SheetJob, build_records, short
from importers.sheets.table import (SCAN_ROWS, blank_placeholders, cell_text, field_names, fill_merged, find_header,
                                    guess_header, has_no_header, header_names, is_blank_row,
                                    rows_like_data_above)
from importers.sheets.xlsx_parts import error_cells
from importers.slices import release_unshared, sliced_types
from importers.sheets.file_hints import file_kind, modified_day, readable_stem, year_hint, year_in_text

MAX_ROW_WARNINGS = 200
_NONE = type(None)
PREVIEW_ROWS = 5


def _says_hours(header: str) -> bool:
    return bool(re.search(r"\((h|hrs?|hours?|std|stunden)\)|\b(hours|stunden|heures|horas)\b", header.lower()))


class _Warnings:
    """Row warnings are capped per file; sheet-level warnings and notes always go through."""

    def __init__(self, out: list[str], path: Path, notes: list[str]):
        self.out, self.path, self.notes, self.rows = out, path, notes, 0

    def row(self, msg: str) -> None:
        self.rows += 1
        if self.rows <= MAX_ROW_WARNINGS:
            self.out.append(msg)

    def note(self, msg: str) -> None:
        """Something the coordinator should look at: rows or sheets left out, a reading in doubt."""
        self.out.append(f"{self.path.name}: {msg}")

    def told(self, msg: str) -> None:
        """How the file was read, with nothing left out or in doubt: said beside the import, not
        counted among its warnings."""
        self.notes.append(msg)

    def close(self) -> None:
        if self.rows > MAX_ROW_WARNINGS:
            self.note(rmsg.say(rmsg.MORE_ROW_WARNINGS, count=self.rows - MAX_ROW_WARNINGS))


@dataclass(slots=True)
class _Run:
    """What one file's import gathers while its sheets are read."""

    path: Path
    options: ImportOptions
    result: ImportResult
    warns: _Warnings
    forced: dict[str, str]
    many: bool  # more than one sheet: per-sheet notes are worth making
    workbook_hint: tuple[str, str] | None = None
    column_map: dict[str, str] = field(default_factory=dict)
    unmappable: list[tuple[str, list[str], list[list[str]], str]] = field(default_factory=list)
    header_rows: dict[str, int] = field(default_factory=dict)  # sheet -> 1-based row of the unmapped header
    looked: list[tuple[str, int]] = field(default_factory=list)  # (sheet, rows searched) without a table
    zones_used: dict[str, str] = field(default_factory=dict)
    own_offsets: set[str] = field(default_factory=set)  # sheets whose every time gave its own offset
    zone_hints: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    tables: int = 0
    templates: list[str] = field(default_factory=list)  # sheets that are blank calendar templates
    verdicts: list[tuple[str, str, int]] = field(default_factory=list)  # (sheet label, why not a calendar, entries)
    mapping: list[dict] = field(default_factory=list)  # one dict per column of each table read
    doubts: list[str] = field(default_factory=list)
    uncertain: bool = False
    peers: dict[tuple[str, ...], list[list]] = field(default_factory=dict)  # header -> rows of earlier sheets
    tables_records: list = field(default_factory=list)  # the records of each table read, in order
    people_unjudged: list = field(default_factory=list)  # tables whose brackets did not tell people by themselves
    channel_in_titles: bool = False  # a table named its entries' channel in their titles
    people_in_titles: bool = False  # ... or their people, in brackets after them
    no_day: set[str] = field(default_factory=set)  # sheets with times and no day: no column to map as the date
    row_numbers: dict[str, list[int]] = field(default_factory=dict)  # sheet -> sheet row of each rearranged row
    judged_by: dict[str, list[list]] = field(default_factory=dict)  # sheet -> rows its columns are judged on


PEER_ROWS = 200  # rows of earlier sheets of one layout lent to the next one's column judgement


def read(path: Path, options: ImportOptions) -> ImportResult:
    path = Path(path)
    with open(path, "rb") as fh:
        head = fh.read(4096)
    kind = file_kind(path, head)
    if kind == "csv":
        from importers.sheets import text  # the CSV reader (its decoders, the HTML table) for text files alone

        rows, meta = text.read_rows(path, path.read_bytes())
        sheets = [workbook.SheetData("", rows, [])]
        del rows  # the sheet holds them (let go of below)
    else:
        sheets = workbook.read_workbook(path, kind)
        meta = {}
    options.report(0.05)
    result = ImportResult(path=path, kind=kind, records=[], department_hint=readable_stem(path))
    run = _Run(path, options, result, _Warnings(result.warnings, path, result.notes), _checked_map(options, result.warnings, path),
               many=len(sheets) > 1)
    if run.many:  # a "Read me" sheet may say the zone for all the others
        run.workbook_hint = next((h for h in (note_hint(sh.rows) for sh in sheets) if h), None)
    for si, sheet in enumerate(sheets):
        options.check_cancelled()
        _read_sheet(run, sheet, 0.05 + 0.95 * si / len(sheets), 0.95 / len(sheets))
    _finish(run)
    result.settings.update(meta)
    for sheet in sheets:  # the cells read, a slice at a time: all at once held the GIL 30-60 ms
        sheet.rows = release_unshared(sheet.rows)
    options.report(1.0)
    return result


def _checked_map(options: ImportOptions, warnings: list[str], path: Path) -> dict[str, str]:
    """The forced/stored column map without entries naming no known field (each warned)."""
    forced = dict(options.column_map or {})
    for head, fld in list(forced.items()):
        if normalise_field(fld) is None:
            warnings.append(rmsg.say(rmsg.AT, where=path.name, message=rmsg.say(
                rmsg.UNKNOWN_FIELD, column=head, field=fld, known=", ".join(f for f in FIELDS if f != "extra"))))
            del forced[head]
    return forced


def _read_sheet(run: _Run, sheet: workbook.SheetData, progress_base: float, progress_span: float) -> None:
    warns, options = run.warns, run.options
    label = rmsg.say(rmsg.SHEET, sheet=sheet.name) if sheet.name else "the file"
    at = f"sheet {sheet.name}: " if sheet.name else ""
    if sheet.error:
        warns.note(f"{label} cannot be read ({sheet.error}); skipped")
        return
    rows = sheet.rows
    if not rows or all(is_blank_row(r) for r in rows[:2000]) and len(rows) <= 2000:
        if run.many:
            warns.told(f"{label} is empty; skipped")
        return
    shaped = _shape(run, sheet, rows)
    if shaped is None:
        return
    rows, hdr, headers, first = shaped  # first: the sheet row of the first data row
    rearranged = rows is not sheet.rows
    data = rows[hdr + 1:]
    blank_placeholders(data)
    blank = {i for i, v in enumerate(rows[hdr]) if not cell_text(v)} | set(range(len(rows[hdr]), len(headers)))
    if headers == field_names(len(headers)):  # the table has no header row: the names are made up
        blank = set(range(len(headers)))
    # sheets of one layout (a sheet per month) are one table: each is judged with the rows of those before it
    peers = run.peers.setdefault(tuple(headers), [])
    judged = run.judged_by.get(sheet.name, data)
    mapped = assign.plan(headers, blank, judged + peers if peers else judged, run.forced, options.day_first)
    peers.extend(data[:PEER_ROWS - len(peers)])
    if "date" not in mapped.roles and {"time", "end_time"} & set(mapped.roles):
        day = day_of_file(run.path.stem, rows[:max(hdr, 0)], options.day_first)
        if day is not None:  # a programme of one day, the day said above the table or in the file name
            headers, blank = ["Date", *headers], {k + 1 for k in blank}
            data = [[day[0], *r] for r in data]
            mapped = assign.plan(headers, blank, data, run.forced, options.day_first)
            warns.told(f"{at}the table gives times only; the day, {day[0].isoformat()}, was taken from {day[1]}")
    if "date" in mapped.roles and "time" not in mapped.roles:
        clocks = clocks_beside_dates(data, mapped.roles["date"], options.day_first)
        if clocks is not None:  # days at midnight; a clock written on a dummy day beside them
            d = clocks.date_col
            end_col = mapped.roles.get("end_date")
            ends = clocks.ends if end_col is None or end_col in clocks.columns else None
            data = [[*r[:d], s, *r[d + 1:], *([] if ends is None else [None] * (len(headers) - len(r)) + [e])]
                    for r, s, e in zip(data, clocks.starts, ends or [None] * len(data))]
            forced = {**run.forced, headers[d]: "date", **{headers[k]: "extra" for k in clocks.columns}}
            if ends is not None:
                end_name = next(n for n in ("End", "End of entry", "End read") if n not in headers)
                headers = [*headers, end_name]
                forced[end_name] = "end_date"
            mapped = assign.plan(headers, blank, data, forced, options.day_first)
            said = [f"'{headers[k]}'" for k in clocks.columns]
            warns.told(f"{at}" + ("the dates in '" + headers[d] + "' are written as midnight: read as days"
                                  if clocks.midnight else "") + ("; " if clocks.midnight and said else "")
                       + (f"the clock of each entry is read from {' and '.join(said)}, whose date is one day "
                          f"on every row" if said else ""))
    if "date" in mapped.roles and not {"end_date", "end_time", "duration"} & set(mapped.roles):
        said = range_in_text(data, mapped.roles["date"], options.day_first,
                             {i for f, i in mapped.roles.items() if f in TEMPORAL} | set(mapped.title.parts))
        if said is not None:  # "05/07 27/07 2.UWT FRA": the last day is written in the text
            name = "Last day"  # a header of its own: one naming the text column would map that one too
            headers = [*headers, name]
            data = [[*r, *[None] * (len(headers) - 1 - len(r)), e.isoformat() if e else None]
                    for r, e in zip(data, said.ends)]
            mapped = assign.plan(headers, blank, data, {**run.forced, name: "end_date"}, options.day_first)
            warns.told(f"{at}the texts in '{headers[said.column]}' begin with each entry's first and last day; "
                       f"the last day is read as its end")
    roles = mapped.roles
    for msg in mapped.notes:
        warns.told(f"{at}{msg}")
    if mapped.title.siblings:
        cols = (mapped.title.parts[0], *mapped.title.siblings)
        cells = sum(1 for r in data for k in cols if k < len(r) and cell_text(r[k]))
        warns.told(f"{at}{len(cols)} columns {', '.join(repr(headers[k]) for k in cols)} hold one entry each: "
                   f"their {cells} filled cells are read as one entry each")
    if "date" not in roles or weekdays_only(fast_column(data[:300], roles["date"])):
        saved = modified_day(run.path, options.timezone) or datetime.now(options.timezone).date()
        weeks = week_dates(headers, data, year_hint(sheet.name, rows[:max(hdr, 0)]), saved)
        if weeks is not None:
            w, d = weeks.columns
            warns.told(f"{at}the dates are read from the week numbers in '{headers[w]}' and the weekdays in "
                       f"'{headers[d]}' (ISO weeks of {weeks.year}: {weeks.why})")
            forced = {headers[w]: "extra", headers[d]: "extra", **run.forced, weeks.header[-1]: "date"}
            headers, data = weeks.header, weeks.rows
            mapped = assign.plan(headers, blank, data, forced, options.day_first)
            roles = mapped.roles
            rearranged = True
    if rearranged:
        run.result.tables[sheet.name] = (list(headers), [[cell_text(c) for c in r] for r in data
                                                         if not is_blank_row(r)][:PREVIEW_ROWS + 3])
    if "date" not in roles:
        preview = [[cell_text(c) for c in r] for r in data if not is_blank_row(r)][:PREVIEW_ROWS]
        times = [k for f, k in roles.items() if f in ("time", "end_time")]
        why = why_no_dates(headers, data)  # weekdays or day numbers said instead of dates come first
        no_day = why_no_day(headers, data, times) if why == rmsg.NO_DATES else None
        run.unmappable.append((sheet.name, headers, preview, no_day or why))
        if no_day:
            run.no_day.add(sheet.name)
        run.header_rows[sheet.name] = sheet.first_row + hdr + 1
        if run.many:
            warns.note(f"{label} has no date column (headers: {', '.join(headers)}); skipped")
        return
    date_values = fast_column(data, roles["date"])
    # a column of dates and numbers alone (a workbook's) has no undated row: not looked for one by one
    undated = {i for i, v in enumerate(date_values) if v is None or isinstance(v, str) and not v.strip()} \
        if any(k is _NONE or issubclass(k, str) for k in sliced_types(date_values)) else set()
    single = mapped.title.parts[0] if mapped.title.style == "single" and mapped.title.parts else None
    carried = carry_dates_down(data, roles["date"], roles.get("time"), date_values, single)
    if carried is not None:
        if single is not None:
            keep, joined = fold_continuations(data, undated, roles["date"], roles["time"], single)
            if joined:
                numbers = run.row_numbers.get(sheet.name) or [first + i for i in range(len(data))]
                data = [data[i] for i in keep]
                run.row_numbers[sheet.name] = [numbers[i] for i in keep]
                warns.told(f"{at}lines under an entry that give no date, time or title of their own ({joined}) "
                           f"are read as part of the entry above")
        date_values = fast_column(data, roles["date"])
        warns.told(f"{at}the date stands only on the first row of each day ({carried.days} days); the "
                   f"{carried.filled} rows under a date, each with a later time, take that date")
    temporal_cols = [i for f, i in roles.items() if f in TEMPORAL]
    hint = find_zone_hint(rows[:max(hdr, 0)], headers, temporal_cols) or header_city_zone(headers, temporal_cols) \
        or note_hint(rows) or run.workbook_hint
    zone = options.timezone
    if hint:
        try:
            zone = ZoneInfo(hint[0])
        except (KeyError, ValueError):
            hint = None
    run.zones_used[sheet.name] = zone.key
    date_header = headers[roles["date"]]
    # "9am" is written in London too: only the zone, month-first text and the header set of a
    # calendar export count as US habits
    us_hint = (zone.key.startswith("America/") or suggests_month_first(date_values)
               or export_month_first(headers))
    date_cols = [roles[f] for f in ("date", "end_date") if f in roles]
    said_order = order_from_header(date_header)
    order = decide_order([date_values if i == roles["date"] else fast_column(data, i) for i in date_cols]
                         ) if said_order is None else None
    if order is not None and order.day_first is None and month_named(sheet.name):  # "October 2026": 10/4 is Oct 4
        order = order_in_month([date_values], month_named(sheet.name))
    if said_order is None and order.day_first is not None and options.day_first is None:
        said_order = order.day_first
        if order.reason.startswith("the dates"):
            warns.told(f"{at}dates in column '{date_header}' read as {'day' if said_order else 'month'}-first: "
                       f"{order.reason}")
    named = year_hint(sheet.name, rows[:max(hdr, 0)])

    def in_text() -> tuple[int | None, str]:
        found = year_in_text(data, set(date_cols))
        return found, "the file's own text" if found else ""

    years = YearHint(named, "the sheet's name or title" if named else "", modified_day(run.path, zone), in_text)
    job = SheetJob(path=run.path, sheet=sheet.name, zone=zone, options=options, warn=warns.row, us_hint=us_hint,
                   header_day_first=said_order, year_hint=years,
                   date_header=date_header.casefold(), progress_base=progress_base, progress_span=progress_span,
                   people_in_titles=run.people_in_titles,
                   headers=tuple(cell_text(h) for h in headers),
                   kind="task" if header_key(date_header) in DUE_KEYS else "event",
                   duration_in_hours="duration" in roles and _says_hours(headers[roles["duration"]]),
                   date_col=sheet.first_col + roles["date"],
                   errors=cache(partial(error_cells, run.path, sheet.name)) if run.result.kind == "xlsx"
                   else None)
    used = {*roles.values(), *mapped.owners, *mapped.title.parts}
    extras = [(headers[i], i) for i, c in enumerate(mapped.report) if c["role"] == "extra" and i not in used]
    records, skipped = build_records(job, data, first, roles, extras, mapped.owners,
                                     mapped.title, run.row_numbers.get(sheet.name))
    if job.warn_note:
        warns.told(f"{at}{job.warn_note}")
    if job.own_offsets:  # the cells name their instants: the zone was not assumed
        run.own_offsets.add(sheet.name)
    run.channel_in_titles |= job.channel_in_titles
    run.people_in_titles |= job.people_in_titles
    if carried is not None and carried.programme and not {"end_time", "end_date", "duration"} & set(roles):
        records = _objects(records)
        ended = next_start_ends(records)
        if ended:
            warns.told(f"{at}{ended} entries end when the next one of the day starts (the file gives start "
                       f"times only); the last of each day has no end")
    titled = [h for h, i in extras if field_for(h) == "title"]
    if titled and mapped.title.style == "single":
        records, nested = nest_parts(_objects(records), titled, headers[mapped.title.parts[0]])
        if nested:
            warns.told(f"{at}rows list the parts of one entry under '{nested}' (all at one time): each "
                       f"'{nested}' is one entry, its '{headers[mapped.title.parts[0]]}' values joined")
            part = headers[mapped.title.parts[0]]
            for c in mapped.report:
                if c["column"] in (nested, part):
                    c.update(role="title" if c["column"] == nested else "extra", by="content")
    folded = 0
    row_starts = record_column(records, "start")  # the table is judged by its rows, before any are joined
    if details_may_fold(record_column(records, "title"), record_column(records, "start")):
        records, folded = merge_detail_rows(_objects(records))
    if folded:
        warns.told(f"{at}{folded} rows repeat another row's entry with a different detail (one row per "
                   f"person or item); each entry is imported once with its details joined")
    # a time stamp of the row's day ("api_time" of a weather log) makes no table an event's
    verdict = None if options.accept_any_table else judge(
        data, set(date_cols), {i for f, i in roles.items() if f in ("time", "end_time") and i != mapped.stamps}, row_starts)
    if verdict is not None:
        run.verdicts.append((label if label != "the file" else rmsg.say(rmsg.ROWS, first=first, last=first + len(data) - 1), verdict,
                             len(records)))
        warns.note(f"{label} is not imported: {verdict}")
        return
    info = job.infos.get("date")
    if info is not None and info.ambiguous:
        order = "day-first" if info.day_first else "month-first"
        warns.note(f"{at}dates in column '{date_header}' could be day-first or month-first; "
                   f"read as {order} (change the source's date order if that is wrong)")
    if info is not None and info.guessed_year:
        if info.year_from == "named":
            how = f"from {info.year_said} ({info.year_named})"
        elif info.year_from == "modified" and years.after:
            how = f"{YEAR_FROM['modified']} ({years.after.isoformat()})"
        else:
            how = YEAR_FROM.get(info.year_from, YEAR_FROM["dates"])
        warns.told(f"{at}some dates have no year; the year was taken {how}")
    if info is not None and info.noted:
        warns.told(f"{at}some dates carry a remark, such as '{short(info.noted, 40)}'; the date was read and "
                   f"the remark left out")
    if info is not None and info.weekday_mismatch:
        warns.note(f"{at}the weekday of '{short(info.weekday_mismatch, 40)}' (and maybe others) does not match "
                   f"its date; the date was kept")
    if sheet.hidden and records:
        count = f"{len(records)} entries" if len(records) > 1 else "1 entry"
        warns.told(f"{label} is hidden in the workbook; imported anyway ({count})")
    run.tables += 1
    if job.people_unjudged:
        run.people_unjudged.append(len(run.tables_records))
    run.tables_records.append(records)
    run.result.skipped += skipped
    if hint and records:
        run.zone_hints.setdefault((zone.key, short(hint[1], 50)), []).append(sheet.name)
    for f, i in roles.items():
        run.column_map.setdefault(headers[i], f)
    for i in mapped.owners:
        run.column_map.setdefault(headers[i], "owner")
    run.mapping.extend({"sheet": sheet.name, **c} for c in mapped.report)
    run.doubts.extend(f"{at}{d}" for d in mapped.doubts if f"{at}{d}" not in run.doubts)
    run.uncertain = run.uncertain or mapped.uncertain
    if not records and not skipped:
        warns.note(f"{label} has a table but no entries: its rows give dates with nothing written for them")


def _shape(run: _Run, sheet: workbook.SheetData, rows: list[list]) -> tuple[list[list], int, list[str], int] | None:
    """The sheet as a plain table: (rows, header index, header names, sheet row of the first data
    row), with grids, split dates and date section rows undone (each said in a note).
    None when the sheet holds no table (said in a note)."""
    warns = run.warns
    label = rmsg.say(rmsg.SHEET, sheet=sheet.name) if sheet.name else "the file"
    at = f"sheet {sheet.name}: " if sheet.name else ""
    named = year_hint(sheet.name, rows[:20])  # else the weekdays, else the next occurrence after the file's save
    years = YearHint(named, "the sheet's name or title" if named else "", modified_day(run.path, run.options.timezone))
    weekly = weeks_as_dates(rows, sheet.name, years)
    if weekly is not None:  # weekday columns dated by the week the rows, name or title give
        rows = weekly.rows
        warns.told(f"{at}{weekly.note}")
    grid = date_grid(rows, years, run.options.day_first, sheet.name)
    if grid is not None:
        if not grid.cells:
            run.templates.append(label)
            warns.note(f"{label} is a blank calendar template: its dates are laid out as a grid "
                       f"({grid.date_rows} rows of dates) with nothing written under them; skipped")
            return None
        warns.told(f"{at}dates run along {grid.date_rows} rows with the entries in the cells below them; "
                   f"read as one entry per cell ({len(grid.rows)} entries from {grid.cells} cells, a text "
                   f"repeated on consecutive lines counted once)")
        if grid.headings:
            warns.told(f"{at}{len(grid.headings)} lines without a row label were read as headings, not entries "
                       f"(such as '{short(grid.headings[0], 40)}')")
        return [grid.header] + grid.rows, 0, list(grid.header), sheet.first_row + 2
    if is_blank_template(rows):
        run.templates.append(label)
        warns.note(f"{label} is a blank calendar template: only names of days and months, day numbers and "
                   f"dates, nothing written for any day; skipped")
        return None
    hdr = find_header(rows, run.forced)
    if hdr is None:
        hdr = guess_header(rows)
    if hdr is None:  # no row of headers: the table may start right away with data
        hdr = next((i for i, r in enumerate(rows[:SCAN_ROWS]) if not is_blank_row(r)), None)
        if hdr is None or not has_no_header(rows, hdr):
            run.looked.append((sheet.name, sheet.first_row + min(len(rows), SCAN_ROWS)))
            warns.note(f"{label} has no table (only notes or text); skipped")
            return None
    if sheet.merged:
        fill_merged(rows, sheet.merged, hdr + 1, set(range(max(map(len, rows[hdr:hdr + 200]), default=0))))
    if has_no_header(rows, hdr):  # the first line is already data ("2026-01-01,AonachMhor")
        warns.told(f"{at}the table has no header row; its first row ({sheet.first_row + hdr + 1}) is read as data")
        lines = time_lines(rows[hdr:])
        if lines is not None:
            _note_time_lines(run, sheet, lines, hdr)
            width = len(lines.rows[0])
            run.row_numbers[sheet.name] = [sheet.first_row + hdr + 1 + i for i in lines.lines]
            return [field_names(width)] + lines.rows, 0, field_names(width), sheet.first_row + hdr + 1
        width = max(len(r) for r in rows[hdr:hdr + 200])
        return [field_names(width)] + rows[hdr:], 0, field_names(width), sheet.first_row + hdr + 1
    head, data = rows[hdr], rows[hdr + 1:]
    lines = time_lines(data)
    if lines is not None:
        _note_time_lines(run, sheet, lines, hdr)
        head, data = [*head, *[None] * (len(lines.rows[0]) - 1 - len(head)), "Time"], lines.rows
        run.row_numbers[sheet.name] = [sheet.first_row + hdr + 2 + i for i in lines.lines]
    split = split_date(head, data) if not _named_dates(head, data) else None
    if split is not None:
        names = [f"'{cell_text(cell_at(head, k)) or f'column {k + 1}'}'" for k in split.columns]
        warns.told(f"{at}the date is written over columns {', '.join(names[:-1])} and {names[-1]}; "
                   f"they are read together")
        head, data = split.header, split.rows
    kinds = kind_dates(head, data, run.options.day_first) if split is None else None
    if kinds is not None:
        names = ", ".join(f"'{cell_text(cell_at(head, k))}'" for k in kinds.columns)
        warns.told(f"{at}columns {names} each list the dates of one kind, with no other column: each date is "
                   f"one entry titled by its column ({len(kinds.rows)} entries)")
        head, data = kinds.header, kinds.rows
        run.row_numbers[sheet.name] = [sheet.first_row + hdr + 2 + i for i in kinds.sources]
    series = date_series(head, data, run.options.day_first) if kinds is None and split is None else None
    if series is not None:
        names = ", ".join(f"'{cell_text(cell_at(head, k))}'" for k in series.columns)
        warns.told(f"{at}columns {names} each give a date of the same rows: each row is one entry on each of "
                   f"its dates ({len(series.rows)} entries from {len(set(series.sources))} rows)")
        head, data = series.header, series.rows
        run.row_numbers[sheet.name] = [sheet.first_row + hdr + 2 + i for i in series.sources]
        run.judged_by[sheet.name] = series.one_each()
    sections = date_sections(head, data, run.options.day_first, rows[:hdr]) if kinds is None else None
    if sections is not None:
        warns.told(f"{at}dates stand on rows of their own above their entries ({sections.sections} sections); "
                   f"each entry takes the date of its section")
        head, data = sections.header, sections.rows
    if sections is None and hdr:
        _note_rows_above(run, at, rows, hdr, sheet.first_row)
    if head is rows[hdr]:
        return rows, hdr, header_names(rows[hdr]), sheet.first_row + hdr + 2
    return [head] + data, 0, header_names(head), sheet.first_row + hdr + 2


def _note_time_lines(run: _Run, sheet: workbook.SheetData, lines, hdr: int) -> None:
    at = f"sheet {sheet.name}: " if sheet.name else ""
    run.warns.told(f"{at}{lines.folded} entries give their time on the line below them; each such line is "
                   f"read with the entry above")


_DATED = frozenset({"date", "start", "end", "end_date"})


def _note_rows_above(run: _Run, at: str, rows: list[list], hdr: int, first_row: int) -> None:
    """Say which rows above the header row read as entries of the table: a table starts at its
    header, so they are not imported, and the coordinator should know which ones."""
    above = [first_row + i + 1 for i in rows_like_data_above(rows, hdr)]
    if above:
        shown = ", ".join(map(str, above[:8])) + (f" and {len(above) - 8} more" if len(above) > 8 else "")
        run.warns.note(f"{at}{len(above)} row(s) above the header row ({first_row + hdr + 1}) look like entries "
                       f"but are not imported, as a table starts at its header: row(s) {shown}; move them "
                       f"under the header to import them")


def _named_dates(head: list, data: list[list]) -> bool:
    """A column is named as the date and holds dates: the date is not written over other columns.
    A time or a duration beside day and month columns, or "Assignment due" holding text, is no date."""
    for k, h in enumerate(head):
        if field_for(cell_text(h)) in _DATED:
            cells = [c for c in (cell_at(r, k) for r in data[:200]) if cell_text(c)]
            got = parse_date_column(cells, None)[0] if cells else []
            if cells and sum(1 for x in got if x.__class__ is tuple) >= 0.5 * len(cells):
                return True
    return False


def _finish(run: _Run) -> None:
    """Notes that sum up the file, the error when nothing was found, the settings."""
    warns, result, options = run.warns, run.result, run.options
    unjudged = [run.tables_records[i] for i in run.people_unjudged]
    if len(unjudged) > 1 and not run.people_in_titles and brackets_name_people(unjudged):
        run.people_in_titles = True  # no sheet alone showed it; all of them together do
    if run.people_in_titles and unjudged and people_on_earlier_sheets(unjudged):
        warns.told("the people named in brackets after the titles were read on every sheet, as the file's "
                   "sheets together show they are people")
    result.records = RecordColumns.joined(run.tables_records)
    for (zone_key, said), names in run.zone_hints.items():
        where = "" if not names[0] else (f"sheet {names[0]}: " if len(names) == 1 else
                                         f"sheets {', '.join(names)}: ")
        warns.told(f"{where}times read in {zone_key} as the sheet says ('{said}')")
    # a forced header this file lacks is not worth a warning: one --map serves every file of a run
    warns.close()
    if not run.tables:
        if run.verdicts:
            where, why, entries = run.verdicts[0]
            reason = rmsg.say(rmsg.JUDGED, reason=why) if where == "the file" else rmsg.say(
                rmsg.JUDGED_IN, place=where, reason=why)
            raise JudgedNotACalendar(run.path, reason, sum(v[2] for v in run.verdicts))
        if run.templates:
            where = run.templates[0] if len(run.templates) == 1 else "both sheets" if len(run.templates) == 2 else (
                f"all {len(run.templates)} sheets ({run.templates[0].removeprefix('sheet ')} to "
                f"{run.templates[-1].removeprefix('sheet ')})")
            raise NotACalendar(run.path, f"this is a blank calendar template, not a calendar: "
                                         f"{where} hold only dates, day numbers and names of "
                                         f"days and months, with nothing written for any day. Fill in the "
                                         f"entries, or export them as a table")
        if run.unmappable:
            name, headers, preview, why = run.unmappable[0]
            values = dict(row=run.header_rows.get(name), reason=why, headers=", ".join(headers))
            day = name in run.no_day
            reason = rmsg.say(rmsg.NO_DAY_SHEET if day else rmsg.NO_DATE_COLUMN_SHEET, sheet=name, **values) \
                if name else rmsg.say(rmsg.NO_DAY if day else rmsg.NO_DATE_COLUMN, **values)
            raise UnmappableSheet(run.path, reason, headers, preview, name)
        raise NotACalendar(run.path, rmsg.NO_TABLE + _where_looked(run.looked))
    if not result.records and not result.skipped:
        raise NotACalendar(run.path, rmsg.NOTHING_WRITTEN)
    if not result.records and result.skipped:
        first = next((w for w in result.warnings if w.startswith(f"{run.path.name},")), "")
        first = first.removeprefix(f"{run.path.name},").strip()  # keep where: "row 17: date 'TBD' …"
        raise NotACalendar(run.path, rmsg.say(rmsg.NO_ENTRY_READ_FIRST, count=result.skipped, first_problem=first)
                           if first else rmsg.say(rmsg.NO_ENTRY_READ, count=result.skipped))
    result.settings["column_map"] = run.column_map
    if options.accept_any_table:  # the user's "import anyway" holds for the next import of the source
        result.settings["accept_any_table"] = True
    result.settings["mapping"] = run.mapping
    result.settings["mapping_uncertain"] = run.uncertain
    result.settings["mapping_doubts"] = run.doubts
    if run.channel_in_titles:
        result.settings["channel_in_titles"] = True
    if run.people_in_titles:
        result.settings["people_in_titles"] = True
    # the source's own zone (reused on re-import); zones a sheet named itself are kept apart
    result.settings["timezone"] = options.timezone.key
    named = {name for names in run.zone_hints.values() for name in names} | run.own_offsets
    result.settings["zone_unhinted"] = [name for name in run.zones_used if name not in named]  # read in the source's zone
    hinted = {name or run.path.name: key for name, key in run.zones_used.items() if key != options.timezone.key}
    if hinted:
        result.settings["zone_hints"] = hinted


def _objects(records):
    """The records as RawRecord objects, for the steps that change them one by one."""
    return records.materialized() if isinstance(records, RecordColumns) else records


def _where_looked(looked: list[tuple[str, int]]) -> str:
    if not looked:
        return ""
    if len(looked) == 1:
        name, last = looked[0]
        return f" in rows 1–{last}" + (f" of sheet {name}" if name else "")
    return " in sheets " + ", ".join(f"{name} (rows 1–{last})" for name, last in looked[:5])


__all__ = ["read", "file_kind", "readable_stem"]
