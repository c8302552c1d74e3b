"""A zone written after the time in a cell ("9am CT", "2:00 PM PDT", "10:00 BST", "14:30 (AEDT)",
"Oct 12, 2026 9:00 AM ET"): that row's own zone, whatever the sheet's zone is.

Only a known abbreviation closing a cell that holds a clock counts ("Q4 ET" has no clock; "10:30 AM"
ends in a half of the day, not a zone). The time itself is read by times.py, which drops the
abbreviation; this module keeps what it said.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from importers.sheets.hints import ABBREVIATIONS

_CLOSING = re.compile(r"(?:^|[\s(\[])([A-Z]{2,5})[)\]]?\s*$")
_CLOCK = re.compile(r"\d\s*(?:[:.h]\s*\d{2}|[ap]\.?\s?m\b\.?|[ap]\b)", re.I)


def zone_in_cell(value) -> str | None:
    """The IANA zone a cell's closing abbreviation names, or None."""
    if not isinstance(value, str) or len(value) > 80 or isinstance(value, (datetime, date, time)):
        return None
    m = _CLOSING.search(value.rstrip())
    if m is None or m.group(1) not in ABBREVIATIONS:
        return None
    return ABBREVIATIONS[m.group(1)] if _CLOCK.search(value[: m.start(1)]) else None


def closing_zone(value: str) -> int | None:
    """Where a closing zone abbreviation starts in a cell that holds a clock before it, or None."""
    m = _CLOSING.search(value.rstrip())
    if m is None or m.group(1) not in ABBREVIATIONS or not _CLOCK.search(value[: m.start(1)]):
        return None
    return m.start(1)


def cell_zones(*columns) -> list[ZoneInfo | None] | None:
    """Per row, the zone its cells name (the first column that names one); None when no cell of any
    column names a zone (the sheet's zone holds for every row)."""
    columns = [c for c in columns if c is not None]
    if not columns:
        return None
    cache: dict[str, ZoneInfo | None] = {}
    out: list[ZoneInfo | None] = []
    found = False
    for cells in zip(*columns):
        zone = None
        for v in cells:
            if v.__class__ is str and v:
                if v not in cache:
                    name = zone_in_cell(v)
                    cache[v] = ZoneInfo(name) if name else None
                zone = cache[v]
                if zone is not None:
                    found = True
                    break
        out.append(zone)
    return out if found else None
