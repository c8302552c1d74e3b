"""Week plans that date their cells by ISO week and weekday instead of by date, as Nordic, German,
Dutch and Turkish planners draw them:

- one sheet per week ("Uke 42", "KW 42", "Week 42"; or the week in the title line above), networks as
  rows and weekdays as columns ("mandag" … "fredag"): the week and each column's weekday give the
  column its date;
- one sheet whose rows are the weeks ("Uke 41", "Hafta 41", "v. 41") and whose columns are the
  weekdays: each cell's date is its row's week and its column's weekday.

The weekday headers are rewritten as the dates they stand for (a row of dates above each week's row,
for the second), so the sheet reads as the date grid it is (grids.py). The year is one the sheet or
its title names, else the one whose weeks lie nearest the day the file was saved.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from importers.sheets.dates import fold, weekday_in_list
from importers.sheets.layouts import cell_at
from importers.sheets.table import cell_text

SCAN_HEADER_ROWS = 30
MIN_WEEKDAYS = 5  # a working week at least, Monday to Friday or more, in order
# the word a plan writes before a week's number: Norwegian, Danish, Swedish, Finnish, Icelandic, Estonian,
# German, Dutch, English, Turkish, French, Spanish, Italian, Polish, Czech
WEEK_WORDS = frozenset("uke veke vecka v vko vk viikko uge vika nadal kw woche kalenderwoche week wk w wn hafta "
                       "semaine sem semana settimana sett tydzien tyden".split())
_WEEK_IN_TEXT = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,14})\.?\s*(\d{1,2})(?!\d)")
_WEEK_CELL = re.compile(r"^\s*([^\W\d_]{0,14})\.?\s*(\d{1,2})\s*$")


@dataclass(frozen=True)
class WeekPlan:
    rows: list[list]
    note: str


def _week_word(word: str) -> bool:
    return fold(word).replace(" ", "") in WEEK_WORDS


def week_in_text(text: str) -> int | None:
    """The week a sheet name or title names ("Uke 42", "innholdsplan uke 42 2026", "KW42", "v. 42")."""
    for m in _WEEK_IN_TEXT.finditer(text or ""):
        n = int(m.group(2))
        if _week_word(m.group(1)) and 1 <= n <= 53:
            return n
    return None


def _week_label(v, column_says_week: bool) -> int | None:
    """A row label that is a week: "Uke 41", "Hafta 41", "W41", or a bare 41 under a week header."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        n, word = (int(v), "") if float(v).is_integer() else (0, "")
    else:
        m = _WEEK_CELL.match(cell_text(v))
        if m is None:
            return None
        n, word = int(m.group(2)), m.group(1)
    if not 1 <= n <= 53:
        return None
    return n if (_week_word(word) if word else column_says_week) else None


def _weekday_run(row: list) -> dict[int, int] | None:
    """Columns of a header row that name weekdays without dates, side by side and in the week's order
    (Monday, Tuesday, …): column -> weekday (0 = Monday). None unless a working week of them."""
    named = {}
    for k, v in enumerate(row):
        if isinstance(v, str) and v.strip() and not any(ch.isdigit() for ch in v):
            day = weekday_in_list(v)
            if day is not None:
                named[k] = day
    cols = sorted(named)
    best: list[int] = []
    run: list[int] = []
    for k in cols:
        if run and k == run[-1] + 1 and named[k] == named[run[-1]] + 1:
            run.append(k)
        else:
            run = [k]
        if len(run) > len(best):
            best = list(run)
    return {k: named[k] for k in best} if len(best) >= MIN_WEEKDAYS else None


def _year(years, weeks: list[int]) -> tuple[int, str]:
    from importers.sheets.spread_dates import _nearest_year

    if years is not None and years.year:
        return years.year, years.said or "the sheet's name or title"
    after = getattr(years, "after", None) or date.today()
    return _nearest_year(weeks, after), f"the year whose weeks lie nearest the day the file was saved ({after})"


def _day(year: int, week: int, weekday: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, weekday + 1)
    except ValueError:
        return None


def weeks_as_dates(rows: list[list], sheet_name: str, years=None) -> WeekPlan | None:
    """The sheet with its weekday columns dated by the week its rows, name or title give; None when the
    sheet has no header row of weekdays without dates, or no week to date them by."""
    for h, row in enumerate(rows[:SCAN_HEADER_ROWS]):
        days = _weekday_run(row)
        if days is not None:
            break
    else:
        return None
    first = min(days)
    below = rows[h + 1:]
    labels = {}
    for i, r in enumerate(below, h + 1):
        for c in range(first):
            n = _week_label(cell_at(r, c), _week_word(cell_text(cell_at(rows[h], c))))
            if n is not None:
                labels[i] = (c, n)
                break
    head_names = f"{cell_text(rows[h][min(days)])} to {cell_text(rows[h][max(days)])}"
    if len(labels) >= 2:
        weeks = [n for _c, n in labels.values()]
        year, why = _year(years, weeks)
        out = [list(r) for r in rows[:h + 1]]
        for k in days:  # the weekday names are now in the dates: left above them they would pin one year
            out[h][k] = None
        current, last = year, None
        for i, r in enumerate(below, h + 1):
            if i in labels:
                c, n = labels[i]
                if last is not None and n < last - 40:
                    current += 1  # over new year: week 52, then week 1
                last = n
                width = max(days) + 1
                out.append([None] * first + [_day(current, n, days[k]) if k in days else None
                                             for k in range(first, width)])
                r = list(r)
                r[c] = None
            out.append(list(r))
        return WeekPlan(out, f"its rows are weeks ({cell_text(cell_at(rows[min(labels)], labels[min(labels)][0]))} …) "
                             f"and its columns weekdays ({head_names}): each cell is dated by its row's ISO week and "
                             f"its column's weekday (weeks of {year}: {why})")
    titles = [sheet_name] + [cell_text(v) for r in rows[:h] for v in r if isinstance(v, str)]
    week = next((n for t in titles if (n := week_in_text(t)) is not None), None)
    if week is None:
        return None
    year, why = _year(years, [week])
    header = list(rows[h])
    for k, d in days.items():
        header[k] = _day(year, week, d)
    if any(header[k] is None for k in days):
        return None
    out = [list(r) for r in rows]
    out[h] = header
    return WeekPlan(out, f"its columns are weekdays ({head_names}) of week {week} (named by "
                         f"{'its name' if week_in_text(sheet_name) == week else 'its title'}): read as "
                         f"{header[min(days)]:%d.%m.%Y} to {header[max(days)]:%d.%m.%Y} (weeks of {year}: {why})")


__all__ = ["weeks_as_dates", "week_in_text", "WeekPlan", "WEEK_WORDS"]
