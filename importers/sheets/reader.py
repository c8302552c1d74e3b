"""One spreadsheet or CSV file -> ImportResult: every sheet that has the table,
mapped, parsed and keyed, with warnings for what needed a decision."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from zoneinfo import ZoneInfo

from importers.errors import NotACalendar, UnmappableSheet
from importers.records import ImportOptions, ImportResult
from importers.sheets import text, workbook
from importers.sheets.dates import order_from_header, suggests_month_first
from importers.sheets.hints import find_zone_hint, note_hint
from importers.sheets.mapping import DUE_KEYS, FIELDS, TEMPORAL, header_key, map_columns, normalise_field
from importers.sheets.rows import SheetJob, build_records, column, resolve_roles, short
from importers.sheets.table import (
    SCAN_ROWS, cell_text, fill_merged, find_header, guess_header, header_names, is_blank_row,
)
from importers.sheets.xlsx_parts import error_cells

MAX_ROW_WARNINGS = 200
PREVIEW_ROWS = 5


def file_kind(path: Path, head: bytes) -> str:
    ext = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        return "ods" if ext == ".ods" or b"opendocument" in head[:200] else "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    return "csv"  # text, whatever the name says (tools export tab-separated text as ".xls")


def _says_hours(header: str) -> bool:
    return bool(re.search(r"\((h|hrs?|hours?|std|stunden)\)|\b(hours|stunden|heures|horas)\b", header.lower()))


def year_hint(name: str, above: list[list]) -> int | None:
    """A year named by the sheet ("August 2026") or its title block ("Q3 2026")."""
    texts = [name] + [c for row in above for c in row if isinstance(c, str)]
    for piece in texts:
        m = re.search(r"\b(19[7-9]\d|20\d\d)\b", piece or "")
        if m:
            return int(m.group(1))
    return None


def readable_stem(path: Path) -> str:
    words = re.sub(r"[_\-.]+", " ", path.stem).split()
    return " ".join(w if w.isupper() or any(c.isdigit() for c in w) else w[:1].upper() + w[1:] for w in words)


class _Warnings:
    """Row warnings are capped per file; sheet-level notes always go through."""

    def __init__(self, out: list[str], path: Path):
        self.out, self.path, self.rows = out, path, 0

    def row(self, msg: str) -> None:
        self.rows += 1
        if self.rows <= MAX_ROW_WARNINGS:
            self.out.append(msg)

    def note(self, msg: str) -> None:
        self.out.append(f"{self.path.name}: {msg}")

    def close(self) -> None:
        if self.rows > MAX_ROW_WARNINGS:
            self.note(f"{self.rows - MAX_ROW_WARNINGS} more row warnings not shown")


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
    unmappable: list[tuple[str, list[str], list[list[str]]]] = field(default_factory=list)
    header_rows: dict[str, int] = field(default_factory=dict)  # sheet -> 1-based row of the unmapped header
    looked: list[tuple[str, int]] = field(default_factory=list)  # (sheet, rows searched) without a table
    zones_used: dict[str, str] = field(default_factory=dict)
    zone_hints: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    tables: int = 0


def read(path: Path, options: ImportOptions) -> ImportResult:
    path = Path(path)
    with open(path, "rb") as fh:
        head = fh.read(4096)
    kind = file_kind(path, head)
    if kind == "csv":
        rows, meta = text.read_rows(path, path.read_bytes())
        sheets = [workbook.SheetData("", rows, [])]
    else:
        sheets = workbook.read_workbook(path, kind)
        meta = {}
    options.report(0.05)
    result = ImportResult(path=path, kind=kind, records=[], department_hint=readable_stem(path))
    run = _Run(path, options, result, _Warnings(result.warnings, path), _checked_map(options, result.warnings, path),
               many=len(sheets) > 1)
    if run.many:  # a "Read me" sheet may say the zone for all the others
        run.workbook_hint = next((h for h in (note_hint(sh.rows) for sh in sheets) if h), None)
    for si, sheet in enumerate(sheets):
        options.check_cancelled()
        _read_sheet(run, sheet, 0.05 + 0.95 * si / len(sheets), 0.95 / len(sheets))
    _finish(run)
    result.settings.update(meta)
    options.report(1.0)
    return result


def _checked_map(options: ImportOptions, warnings: list[str], path: Path) -> dict[str, str]:
    """The forced/stored column map without entries naming no known field (each warned)."""
    forced = dict(options.column_map or {})
    for head, fld in list(forced.items()):
        if normalise_field(fld) is None:
            warnings.append(f"{path.name}: column mapping '{head}={fld}' ignored: unknown field '{fld}' "
                            f"(known: {', '.join(f for f in FIELDS if f != 'extra')})")
            del forced[head]
    return forced


def _read_sheet(run: _Run, sheet: workbook.SheetData, progress_base: float, progress_span: float) -> None:
    warns, options = run.warns, run.options
    label = f"sheet {sheet.name}" if sheet.name else "the file"
    at = f"sheet {sheet.name}: " if sheet.name else ""
    if sheet.error:
        warns.note(f"{label} cannot be read ({sheet.error}); skipped")
        return
    rows = sheet.rows
    if not rows or all(is_blank_row(r) for r in rows[:2000]) and len(rows) <= 2000:
        if run.many:
            warns.note(f"{label} is empty; skipped")
        return
    hdr = find_header(rows, run.forced)
    if hdr is None:
        hdr = guess_header(rows)
    if hdr is None:
        run.looked.append((sheet.name, sheet.first_row + min(len(rows), SCAN_ROWS)))
        warns.note(f"{label} has no table (only notes or text); skipped")
        return
    headers = header_names(rows[hdr])
    colmap = map_columns(headers, run.forced)
    roles = {f: i for i, f in colmap.items() if f not in ("extra", "ignore")}
    data = rows[hdr + 1:]
    if sheet.merged:
        fill_merged(rows, sheet.merged, hdr + 1, set(colmap))
    notes: list[str] = []
    roles = resolve_roles(roles, headers, data, options.day_first, notes.append)
    for msg in notes:
        warns.note(f"{at}{msg}")
    if "date" not in roles:
        preview = [[cell_text(c) for c in r] for r in data if not is_blank_row(r)][:PREVIEW_ROWS]
        run.unmappable.append((sheet.name, headers, preview))
        run.header_rows[sheet.name] = sheet.first_row + hdr + 1
        if run.many:
            warns.note(f"{label} has no date column (headers: {', '.join(headers)}); skipped")
        return
    run.tables += 1
    temporal_cols = [i for f, i in roles.items() if f in TEMPORAL]
    hint = find_zone_hint(rows[:hdr], headers, temporal_cols) or note_hint(rows) or run.workbook_hint
    zone = options.timezone
    if hint:
        try:
            zone = ZoneInfo(hint[0])
        except (KeyError, ValueError):
            hint = None
    run.zones_used[sheet.name] = zone.key
    date_header = headers[roles["date"]]
    # "9am" is written in London too: only the zone and month-first text count as US habits
    us_hint = zone.key.startswith("America/") or suggests_month_first(column(data, roles["date"]))
    job = SheetJob(path=run.path, sheet=sheet.name, zone=zone, options=options, warn=warns.row, us_hint=us_hint,
                   header_day_first=order_from_header(date_header), year_hint=year_hint(sheet.name, rows[:hdr]),
                   date_header=date_header.casefold(), progress_base=progress_base, progress_span=progress_span,
                   kind="task" if header_key(date_header) in DUE_KEYS else "event",
                   duration_in_hours="duration" in roles and _says_hours(headers[roles["duration"]]),
                   date_col=sheet.first_col + roles["date"],
                   errors=cache(partial(error_cells, run.path, sheet.name)) if run.result.kind == "xlsx"
                   else None)
    extras = [(headers[i], i) for i, f in colmap.items() if f == "extra" and i not in roles.values()]
    records, skipped = build_records(job, data, sheet.first_row + hdr + 2, roles, extras)
    info = job.infos.get("date")
    if info is not None and info.ambiguous:
        order = "day-first" if info.day_first else "month-first"
        warns.note(f"{at}dates in column '{date_header}' could be day-first or month-first; "
                   f"read as {order} (change the source's date order if that is wrong)")
    if info is not None and info.guessed_year:
        warns.note(f"{at}some dates have no year; the year was taken from the other dates")
    if info is not None and info.noted:
        warns.note(f"{at}some dates carry a remark, such as '{short(info.noted, 40)}'; the date was read and "
                   f"the remark left out")
    if info is not None and info.weekday_mismatch:
        warns.note(f"{at}the weekday of '{short(info.weekday_mismatch, 40)}' (and maybe others) does not match "
                   f"its date; the date was kept")
    if sheet.hidden and records:
        count = f"{len(records)} entries" if len(records) > 1 else "1 entry"
        warns.note(f"{label} is hidden in the workbook; imported anyway ({count})")
    run.result.records.extend(records)
    run.result.skipped += skipped
    if hint and records:
        run.zone_hints.setdefault((zone.key, short(hint[1], 50)), []).append(sheet.name)
    for f, i in roles.items():
        run.column_map.setdefault(headers[i], f)
    if not records and not skipped:
        warns.note(f"{label} has a table but no entries")


def _finish(run: _Run) -> None:
    """Notes that sum up the file, the error when nothing was found, the settings."""
    warns, result, options = run.warns, run.result, run.options
    for (zone_key, said), names in run.zone_hints.items():
        where = "" if not names[0] else (f"sheet {names[0]}: " if len(names) == 1 else
                                         f"sheets {', '.join(names)}: ")
        warns.note(f"{where}times read in {zone_key} as the sheet says ('{said}')")
    # a forced header this file lacks is not worth a warning: one --map serves every file of a run
    warns.close()
    if not run.tables:
        if run.unmappable:
            name, headers, preview = run.unmappable[0]
            where = f" (sheet {name}, header row {run.header_rows.get(name)})" if name else \
                f" (header row {run.header_rows.get(name)})"
            raise UnmappableSheet(run.path, f"no date column found{where}; headers found: {', '.join(headers)}. "
                                            f"Map one with --map \"HEADER=date\"", headers, preview, name)
        raise NotACalendar(run.path, "no table with a header row was found" + _where_looked(run.looked))
    result.settings["column_map"] = run.column_map
    # the source's own zone (reused on re-import); zones a sheet named itself are kept apart
    result.settings["timezone"] = options.timezone.key
    hinted = {name or run.path.name: key for name, key in run.zones_used.items() if key != options.timezone.key}
    if hinted:
        result.settings["zone_hints"] = hinted


def _where_looked(looked: list[tuple[str, int]]) -> str:
    if not looked:
        return ""
    if len(looked) == 1:
        name, last = looked[0]
        return f" in rows 1–{last}" + (f" of sheet {name}" if name else "")
    return " in sheets " + ", ".join(f"{name} (rows 1–{last})" for name, last in looked[:5])


__all__ = ["read", "file_kind", "readable_stem"]
