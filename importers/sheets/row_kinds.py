"""Rows of a table that are no entries of their own: headings over the rows under them, empty slots of a
programme, and the one stray word a row writes instead of a title (used by rows.build_records)."""
from __future__ import annotations

import re

from importers.sheets.dates import BAD, weekday_of
from importers.sheets.roles import is_code
from importers.sheets.table import cell_text
from importers.sheets.times import ALL_DAY, BAD_TIME
from importers.slices import sliced_types

_TUPLE = {tuple}


HEADING_MIN_ROWS = 8  # rows a table needs before a few of them can stand out as headings
HEADING_FILLED = 0.8  # share of rows on which each telling column (and a time) is written


def heading_rows(dates: list, times: list | None, title_c: list[str] | None, telling: tuple) -> set[int]:
    """Rows that head the rows under them: a title and a day with nothing else, where nearly every row
    has a time and at least two of channel, people and status, and the day is the next row's (a parent
    row that rolls its children's dates up, "Settimana 42" over the week's posts)."""
    n = len(dates)
    cols = [c for c in telling if c is not None]
    if title_c is None or n < HEADING_MIN_ROWS or len(cols) < 2:
        return set()
    if times is not None and sliced_types(times) == _TUPLE:
        return set()  # a time on every row: no row goes without a clock, so none is a heading

    def clock(i: int) -> bool:
        d = dates[i]
        if d is None or d is BAD:
            return False
        return d[1] is not None or (times is not None and times[i] not in (None, ALL_DAY) and times[i] is not BAD_TIME)

    out = set()
    for i in range(n - 1):
        d, nxt = dates[i], dates[i + 1]
        if not title_c[i] or d is None or d is BAD or clock(i) or any(c[i] for c in cols):
            continue
        if nxt is not None and nxt is not BAD and nxt[0] == d[0] and title_c[i + 1] and clock(i + 1):
            out.add(i)
    if not out:
        return set()
    rest = [i for i in range(n) if i not in out]
    if len(out) > len(rest) / 2 or sum(map(clock, rest)) < HEADING_FILLED * len(rest) \
            or any(sum(1 for i in rest if c[i]) < HEADING_FILLED * len(rest) for c in cols):
        return set()  # the other rows must say when, where and who nearly always, each heading two rows or more
    return out


WHEN_WHERE = ("date", "time", "end_date", "end_time", "location")


def says_nothing_new(data: list[list], i: int, titles: list[str], when_where: set[int]) -> bool:
    """Row ``i`` writes nothing besides when and where that the nearest titled rows above and below
    do not write in the same columns ("Day 2" of the whole day): an empty slot. "Break" in a column
    of class numbers is something."""
    near = _near_titled(i, titles)
    for k, v in enumerate(data[i]):
        if k in when_where or not cell_text(v):
            continue
        if not any(k < len(data[j]) and cell_text(data[j][k]) == cell_text(v) for j in near):
            return False
    return True


_LETTERS = re.compile(r"[^\W\d_]{3,}")


def only_words(data: list[list], i: int, titles: list[str] | None, mapped: set[int]) -> str:
    """The one cell of words row ``i`` writes that the titled rows around it do not write in the same
    column ("Break" where the class number stands; not "Day 2" of the whole day), or "" when it writes
    none or several."""
    near = _near_titled(i, titles) if titles else []
    found = []
    for k, v in enumerate(data[i]):
        text = cell_text(v).strip()
        if k in mapped or not text or not _LETTERS.search(text) or is_code(text) or weekday_of(text) is not None:
            continue
        if any(k < len(data[j]) and cell_text(data[j][k]).strip() == text for j in near):
            continue
        found.append(text)
    return found[0] if len(found) == 1 and len(found[0]) <= 80 else ""


def _near_titled(i: int, titles: list[str]) -> list[int]:
    """The nearest rows above and below ``i`` that have a title."""
    return [j for j in (next((j for j in range(i - 1, -1, -1) if titles[j]), None),
                        next((j for j in range(i + 1, len(titles)) if titles[j]), None)) if j is not None]
