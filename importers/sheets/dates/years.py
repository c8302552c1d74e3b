"""The year of a year-less date: from a weekday that pins it, the file's other dates, a year it names,
or the next occurrence after the file was last modified."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable

from importers.sheets.dates.cells import BAD, _safe_date
from importers.sheets.dates.words import lead_weekday

if TYPE_CHECKING:
    from importers.sheets.dates.column import ColumnInfo

@dataclass(frozen=True, slots=True)
class YearHint:
    """Where a year-less date may take its year from, beyond its own column:
    a year the sheet or file names (``year``, said in ``said``) and the day the
    file was last modified (``after``: a date is its next occurrence after it)."""

    year: int | None = None
    said: str = ""  # "the sheet name", "the file's text"...
    after: date | None = None
    find: "Callable[[], tuple[int | None, str]] | None" = None  # a costlier search, run only when needed


YEAR_FROM = {
    "weekday": "from the weekday names, which fit only that year",
    "dates": "from the file's other dates",
    "modified": "as the next occurrence after the file was last modified",
}


def _year_for(month: int, day: int, weekday: int | None, ref_year: int | None) -> int | None:
    """The year of a year-less date: the reference year, moved by one to match the
    weekday if one is given ("Fri 1 Jan" in a December sheet). A weekday that fits
    neither is a slip: the reference year stays."""
    base = ref_year or date.today().year
    if weekday is not None:
        for delta in (0, 1, -1):
            try:
                if date(base + delta, month, day).weekday() == weekday:
                    return base + delta
            except ValueError:
                continue
    return base


def _hint_parts(year_hint, search: bool) -> tuple[int | None, str, date | None]:
    if isinstance(year_hint, YearHint):
        if year_hint.year is None and search and year_hint.find is not None:
            return (*year_hint.find(), year_hint.after)
        return year_hint.year, year_hint.said, year_hint.after
    return year_hint, "", None


def _month_day(item: tuple, day_first: bool | None) -> tuple[int, int, int | None]:
    """(month, day, weekday) of a classified year-less item."""
    if item[0] == "num":
        a, b = item[1], item[2]
        weekday = lead_weekday(item[5])
        return (b, a, weekday) if day_first else (a, b, weekday)
    return item[2], item[3], item[4]


def _weekday_year(items: list, info: ColumnInfo, after: date | None) -> int | None:
    """The one year, near the file's date, in which every year-less date with a
    weekday falls on that weekday; None when no weekday is given or several years fit."""
    with_day = {_month_day(it, info.day_first) for it in items}
    with_day = {md for md in with_day if md[2] is not None}
    if not with_day:
        return None
    centre = (after or date.today()).year
    fits = []
    for year in range(centre - 30, centre + 31):
        ok = 0
        for month, day, weekday in with_day:
            try:
                ok += date(year, month, day).weekday() == weekday
            except ValueError:
                pass
        if ok == len(with_day):
            fits.append(year)
    if not fits:
        return None
    # several dates pin one year inside a window; one date alone fits every 5-11 years:
    # take the fitting year closest to the file's date, unless another fits about as close
    fits.sort(key=lambda y: (abs(y - centre), -y))
    if len(fits) == 1 or abs(fits[1] - centre) - abs(fits[0] - centre) >= 2 or len(with_day) >= 3:
        return fits[0]
    return None


def _block_start(items: list, info: ColumnInfo, after: date) -> date:
    """The first day of the next occurrence, on or after ``after``, of the file's
    year-less dates taken as one block (a festival from 26 Nov to 5 Dec stays in
    one season: its days are not each moved to their own next occurrence).
    Each date is then its next occurrence on or after that first day."""
    days = sorted({md[:2] for md in (_month_day(it, info.day_first) for it in items) if 1 <= md[0] <= 12})
    if not days:
        return after
    ordinals = [(m - 1) * 31 + d for m, d in days]
    gaps = [(ordinals[(i + 1) % len(ordinals)] - ordinals[i]) % (12 * 31) for i in range(len(ordinals))]
    widest = max(range(len(gaps)), key=gaps.__getitem__)
    first, last = days[(widest + 1) % len(days)], days[widest]
    year = after.year - 1
    while True:  # the earliest occurrence of the block that has not ended before ``after``
        start = _safe_date(year, *first)
        if start is BAD:
            start = date(year, first[0], 28)
        end_year = year if last >= first else year + 1
        end = _safe_date(end_year, *last)
        if end is BAD:
            end = date(end_year, last[0], 28)
        if end >= after or year > after.year + 1:
            return start
        year += 1


def _next_year(month: int, day: int, after: date) -> int:
    """The year of the next (month, day) on or after ``after``."""
    try:
        return after.year if date(after.year, month, day) >= after else after.year + 1
    except ValueError:  # 29 February: the next leap year (an impossible day stays BAD later)
        for year in range(after.year + 1, after.year + 9):
            try:
                date(year, month, day)
                return year
            except ValueError:
                continue
        return after.year
