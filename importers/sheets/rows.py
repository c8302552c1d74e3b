"""Rows of one mapped table -> RawRecords.

Column formats are decided once per column (dates.py, times.py); the per-row
loop only combines ready values. Row keys are content-derived so that inserting
or re-sorting rows does not change the identity of the others.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from importers.records import ImportOptions, RawRecord
from importers.sheets.dates import BAD, ColumnInfo, parse_date_column
from importers.sheets.table import cell_text, is_blank_row
from importers.sheets.times import ALL_DAY, BAD_TIME, parse_time_column

ONE_DAY = timedelta(days=1)
TEXT_FIELDS = ("title", "description", "channel", "owner", "status", "campaign", "link", "department")
_TRUE = {"true", "yes", "y", "x", "1", "ja", "oui", "si", "sí", "wahr", "vrai", "verdadero", "✓", "✔"}


@dataclass(slots=True)
class SheetJob:
    """Everything one table needs beyond its rows."""

    path: Path
    sheet: str  # "" for CSV
    zone: ZoneInfo
    options: ImportOptions
    warn: Callable[[str], None]
    us_hint: bool = False
    infos: dict[str, ColumnInfo] = field(default_factory=dict)

    def where(self, rownum: int) -> str:
        if self.sheet:
            return f"{self.path.name}, sheet {self.sheet}, row {rownum}"
        return f"{self.path.name}, row {rownum}"


def short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def column(data: list[list], idx: int | None) -> list | None:
    if idx is None:
        return None
    return [r[idx] if idx < len(r) else None for r in data]


def date_like(values: list, day_first: bool | None) -> bool:
    """Most non-empty cells of the column read as dates."""
    sample = [v for v in values if v is not None and v != ""][:300]
    if not sample:
        return False
    parsed, _ = parse_date_column(sample, day_first)
    good = sum(1 for p in parsed if isinstance(p, tuple))
    return good >= max(1, 0.8 * len(sample))


def resolve_roles(roles: dict[str, int], headers: list[str], data: list[list], day_first: bool | None,
                  note: Callable[[str], None]) -> dict[str, int]:
    """Turn header-based roles into date/time/end roles by looking at content."""
    out = dict(roles)
    generic_start = out.pop("start", None)
    generic_end = out.pop("end", None)
    if generic_start is not None:
        if "date" not in out and date_like(column(data, generic_start), day_first):
            out["date"] = generic_start
        elif "time" not in out:
            out["time"] = generic_start
    if "date" not in out and "time" in out and date_like(column(data, out["time"]), day_first):
        out["date"] = out.pop("time")
    if generic_end is not None:
        if "end_date" not in out and date_like(column(data, generic_end), day_first):
            out["end_date"] = generic_end
        elif "end_time" not in out:
            out["end_time"] = generic_end
    if "date" not in out:
        for idx, head in enumerate(headers):
            if idx in out.values() or head.startswith("Column "):
                continue
            col = column(data, idx)
            if date_like(col, day_first):
                out["date"] = idx
                note(f"column '{head}' holds dates and is read as the date column")
                break
    return out


def _truthy(v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return v != 0
    return isinstance(v, str) and v.strip().lower() in _TRUE


def build_records(job: SheetJob, data: list[list], first_row: int, roles: dict[str, int],
                  extras: list[tuple[str, int]]) -> tuple[list[RawRecord], int]:
    """Records of the data rows (data[0] is sheet row ``first_row``), and how
    many rows with content were skipped (each with a warning)."""
    opts = job.options
    day_first = opts.day_first
    dates, info = parse_date_column(column(data, roles["date"]), day_first, job.us_hint)
    job.infos["date"] = info
    times = parse_time_column(column(data, roles["time"])) if "time" in roles else None
    end_dates = parse_date_column(column(data, roles["end_date"]), info.day_first)[0] \
        if "end_date" in roles else None
    end_times = parse_time_column(column(data, roles["end_time"])) if "end_time" in roles else None
    all_day_col = column(data, roles.get("all_day"))
    texts = {f: column(data, roles.get(f)) for f in TEXT_FIELDS}
    title_c, desc_c, chan_c = texts["title"], texts["description"], texts["channel"]
    raw_date_c = column(data, roles["date"])
    raw_time_c = column(data, roles.get("time"))
    zone, zone_name, sheet = job.zone, job.zone.key, job.sheet
    prefix = f"{sheet}!" if sheet else ""
    records: list[RawRecord] = []
    seen: dict[str, int] = {}
    skipped = 0
    n = len(data)
    for i in range(n):
        if i % 4096 == 0 and i:
            opts.check_cancelled()
            opts.report(i / n)
        d = dates[i]
        title = cell_text(title_c[i]) if title_c else ""
        desc = cell_text(desc_c[i]) if desc_c else ""
        rownum = first_row + i
        if d is None or d is BAD:
            if title or desc:
                skipped += 1
                what = short(title or desc)
                if d is None:
                    job.warn(f"{job.where(rownum)}: '{what}' has no date; skipped")
                else:
                    job.warn(f"{job.where(rownum)}: date '{short(cell_text(raw_date_c[i]), 40)}' "
                             f"not understood; '{what}' skipped")
            continue
        channel = cell_text(chan_c[i]) if chan_c else ""
        if not (title or desc or channel) and is_blank_row([v for k, v in enumerate(data[i])
                                                             if k != roles["date"]]):
            continue  # a date with nothing else: an empty template line
        day, t = d
        end_t = None
        if times is not None:
            tv = times[i]
            if tv is None:
                pass
            elif tv is ALL_DAY:
                t = None
            elif tv is BAD_TIME:
                job.warn(f"{job.where(rownum)}: time '{short(cell_text(raw_time_c[i]), 30)}' not understood; "
                         f"'{short(title or desc)}' imported as all-day")
                t = None
            else:
                t, end_t = tv
        if all_day_col is not None and _truthy(all_day_col[i]):
            t = None
        ed = end_dates[i] if end_dates is not None else None
        if ed is BAD:
            job.warn(f"{job.where(rownum)}: end date not understood; ignored")
            ed = None
        et = end_times[i] if end_times is not None else None
        if et is BAD_TIME or et is ALL_DAY:
            et = None
        if t is None:
            start = day
            end_day = ed[0] if ed and ed[0] >= day else day
            end = end_day + ONE_DAY
            all_day = True
        else:
            all_day = False
            start = datetime(day.year, day.month, day.day, t.hour, t.minute, t.second, tzinfo=zone)
            end_clock = et[0] if et else (end_t or (ed[1] if ed else None))
            end = None
            if end_clock is not None:
                end_day = ed[0] if ed else day
                end = datetime(end_day.year, end_day.month, end_day.day, end_clock.hour, end_clock.minute,
                               end_clock.second, tzinfo=zone)
                if end <= start and not ed:
                    end += ONE_DAY  # 23:00-01:00 runs past midnight
                if end <= start:
                    end = None
        if not title:
            title = desc.split("\n", 1)[0].strip()[:120] if desc else f"({channel} post)" if channel else "(untitled)"
        key_text = f"{day.isoformat()}|{' '.join(title.lower().split())}|{channel.lower()}"
        key = prefix + hashlib.blake2b(key_text.encode("utf-8"), digest_size=6).hexdigest()
        count = seen.get(key, 0) + 1
        seen[key] = count
        if count > 1:
            key = f"{key}#{count}"
        extra = {"row": str(rownum)}
        if sheet:
            extra["sheet"] = sheet
        for head, idx in extras:
            val = data[i][idx] if idx < len(data[i]) else None
            if val is not None and val != "":
                txt = cell_text(val)
                if txt:
                    extra[head] = txt
        records.append(RawRecord(
            source_ref=key,
            title=title,
            start=start,
            end=end,
            all_day=all_day,
            timezone=zone_name,
            description=desc,
            channel=channel,
            owner=cell_text(texts["owner"][i]) if texts["owner"] else "",
            status=cell_text(texts["status"][i]) if texts["status"] else "",
            campaign=cell_text(texts["campaign"][i]) if texts["campaign"] else "",
            link=cell_text(texts["link"][i]) if texts["link"] else "",
            department=cell_text(texts["department"][i]) if texts["department"] else "",
            kind="event",
            location=f"sheet {sheet}, row {rownum}" if sheet else f"row {rownum}",
            extra=extra,
        ))
    return records, skipped

