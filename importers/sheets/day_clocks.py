"""A time column written as whole date-times of the row's own day.

Numbers keeps a time cell as a date and a time, and people type "06/10/2026 14:30" under a "Time"
header beside the "Date" column: the header names the time, and the day the cell also holds is
the row's own (or a spreadsheet's placeholder day, 1899-12-30 to 1904-01-01). Such a column gives
the clock; it is no end date (a period's end lies on a later day, at least on some rows).
"""
from __future__ import annotations

from importers.sheets.dates import BAD, parse_date_column
from importers.sheets.times import BAD_TIME

_SHARE = 0.8  # of the rows where both cells are dates, those of one day
_PLACEHOLDER_YEAR = 1905  # 1899-12-30 (Excel, Sheets), 1904-01-01 (Excel for Mac): a time without its day


def clocks_of_the_day(day_cells: list, cells: list, day_first: bool | None) -> bool:
    """Whether ``cells`` hold date-times with a clock on the days of ``day_cells`` (the same rows)."""
    days, _ = parse_date_column(day_cells, day_first)
    stamps, _ = parse_date_column(cells, day_first)
    both = same = clocked = 0
    for d, s in zip(days, stamps):
        if d is None or d is BAD or s is None or s is BAD:
            continue
        both += 1
        clocked += s[1] is not None
        same += s[0] == d[0] or s[0].year < _PLACEHOLDER_YEAR
    return both >= 2 and same >= _SHARE * both and clocked >= _SHARE * both


def date_time_clocks(values: list, parsed: list) -> list:
    """The clocks of a time column's refused texts that are whole date-times ("05.10.2026 17:45"):
    a time cell holding a date and a time gives its time of day, as a date-time cell does.

    ``parsed``: what the time parser made of ``values``, row by row; a new list where some of the
    refused cells were such texts, else ``parsed`` itself."""
    if BAD_TIME not in parsed:  # the common case: every time read (a list's own scan, at C speed)
        return parsed
    refused = {v for v, t in zip(values, parsed) if t is BAD_TIME and v.__class__ is str
               and any(ch.isdigit() for ch in v)}
    if not refused:
        return parsed
    texts = list(refused)
    got = {k: (item[1], None) for k, item in zip(texts, parse_date_column(texts, None)[0])
           if item is not None and item is not BAD and item[1] is not None}
    if not got:
        return parsed
    return [got.get(v, t) if t is BAD_TIME else t for v, t in zip(values, parsed)]
