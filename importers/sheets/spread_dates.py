"""A table whose date is written across its columns rather than in one, turned into a date column:

- the date split over several columns (day, month and year; or year, month and day as numbers);
- one column of dates per kind of entry, with no other column ("Launch", "Review");
- each row's dates of one series in several columns ("Round 1", "Round 2");
- a week number and a weekday instead of a date.

Each function returns what it did, so the reader can say so in a note. Other layouts are in layouts.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from importers.sheets.dates import parse_date_column, weekday_in_list, weekday_of
from importers.sheets.layouts import blank_cell, cell_at
from importers.sheets.table import cell_text

# ---------------------------------------------------------------- split dates


@dataclass(slots=True)
class SplitDate:
    header: list  # with "Date" first
    rows: list[list]
    columns: tuple[int, ...]  # (day, month, year) or (day, month) columns put together


def _share(values: list, test) -> float:
    filled = [v for v in values if not blank_cell(v)]
    return sum(1 for v in filled if test(v)) / len(filled) if filled else 0.0


def _int_in(v, low: int, high: int) -> bool:
    try:
        n = float(v) if not isinstance(v, bool) else None
    except (TypeError, ValueError):
        return False
    return n is not None and n.is_integer() and low <= n <= high


def split_date(header: list, data: list[list]) -> SplitDate | None:
    """A date written over columns: month names (the mark of it), day numbers
    beside them, and four-digit years when the file has them (else the year is
    found as for any date without one). They are put together into a first
    column "Date"; None when no such columns exist."""
    from importers.sheets.dates import MONTHS, fold

    sample = data[:300]
    width = max((len(r) for r in sample), default=0)
    cols = {k: [cell_at(r, k) for r in sample] for k in range(width)}
    months = [k for k, v in cols.items() if _share(v, lambda x: isinstance(x, str) and fold(x.strip()) in MONTHS) >= 0.9]
    for m in months:
        days = [k for k in (m - 1, m + 1) if k in cols and _share(cols[k], lambda x: _int_in(x, 1, 31)) >= 0.95]
        years = [k for k, v in cols.items() if k != m and k not in days and _share(v, lambda x: _int_in(x, 1900, 2100))
                 >= 0.95]
        if days:
            day = max(days, key=lambda k: _restarts(cols[m], cols[k]))  # not the session number beside it
            parts = (day, m, years[0]) if years else (day, m)
            # the parts, and a weekday column beside them, are the date: they go
            drop = set(parts) | {k for k, v in cols.items()
                                 if _share(v, lambda x: weekday_of(cell_text(x)) is not None) >= 0.9}
            keep = [k for k in range(max(width, len(header))) if k not in drop]
            rows = [[_joined(*(cell_at(r, k) for k in parts))] + [cell_at(r, k) for k in keep] for r in data]
            return SplitDate(["Date"] + [cell_at(header, k) for k in keep], rows, parts)
    return _numbered_date(header, data, cols, width)


def _numbered_date(header: list, data: list[list], cols: dict[int, list], width: int) -> SplitDate | None:
    """Year, month and day as numbers in three columns side by side ("2004,12,1"), the month in
    the middle (year first or day first) or first when the middle one runs past 12: the three are
    the date when nearly every row makes a real day of them and no other column holds dates."""
    def ints(k: int, low: int, high: int) -> bool:
        return _share(cols[k], lambda x: _int_in(x, low, high)) >= 0.95

    for k in range(width - 2):
        a, b, c = k, k + 1, k + 2
        if ints(a, 1900, 2100) and ints(b, 1, 12) and ints(c, 1, 31):
            y, mo, d = a, b, c
        elif ints(c, 1900, 2100) and ints(b, 1, 12) and ints(a, 1, 31):
            y, mo, d = c, b, a
        elif ints(c, 1900, 2100) and ints(a, 1, 12) and ints(b, 1, 31) and not ints(b, 1, 12):
            y, mo, d = c, a, b
        else:
            continue
        sample = [(cell_at(r, y), cell_at(r, mo), cell_at(r, d)) for r in data[:300]]
        filled = [s for s in sample if not any(map(blank_cell, s))]
        if len(filled) < 3 or sum(1 for s in filled if _day_of(*s)) < 0.95 * len(filled):
            continue
        if any(_holds_dates(v) for j, v in cols.items() if j not in (y, mo, d)):
            return None
        keep = [j for j in range(max(width, len(header))) if j not in (y, mo, d)]
        rows = [[_iso(_day_of(cell_at(r, y), cell_at(r, mo), cell_at(r, d)))] + [cell_at(r, j) for j in keep]
                for r in data]
        return SplitDate(["Date"] + [cell_at(header, j) for j in keep], rows, (d, mo, y))
    return None


def _day_of(y, mo, d) -> date | None:
    try:
        return date(int(float(y)), int(float(mo)), int(float(d)))
    except (TypeError, ValueError):
        return None


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _holds_dates(values: list) -> bool:
    cells = [v for v in values if not blank_cell(v)]
    got = parse_date_column(cells, None)[0] if cells else []
    return bool(cells) and sum(1 for g in got if g.__class__ is tuple) >= 0.5 * len(cells)


def _restarts(months: list, days: list) -> int:
    """How often the day numbers start low again where the month changes (28 Jan, 4 Feb): days of a
    month do, a running count beside the month (session 9, session 10) does not."""
    seen = [(cell_text(m), _as_int(d)) for m, d in zip(months, days) if cell_text(m) and _as_int(d) is not None]
    return sum(1 for (m1, d1), (m2, d2) in zip(seen, seen[1:]) if m1 != m2 and d2 < d1)


def _as_int(v) -> int | None:
    return int(float(v)) if _int_in(v, 1, 31) else None


def _joined(*cells) -> str:
    parts = [cell_text(c) for c in cells]
    return " ".join(parts) if all(parts) else ""


# ---------------------------------------------------------------- a date column per kind


@dataclass(slots=True)
class KindDates:
    header: list  # "Date", "Title"
    rows: list[list]
    columns: tuple[int, ...]  # the columns read, one kind each
    sources: list[int]  # the index in the data of the row each entry came from


MIN_KIND_DATES = 3  # dated cells a table of kinds holds at least
MAX_PAIR_SPAN = 120  # days: the longest typical entry a start and end column would give


def kind_dates(header: list, data: list[list], day_first: bool | None) -> KindDates | None:
    """Every filled column holds dates, none named as a date, time, start or end ("Gelber Sack",
    "Papier", "Restmüll" of a collection calendar): each column lists the days of one kind, each
    date is one entry titled by the column's header. Two columns whose second is on or after the
    first on every row (within weeks), as often filled, are a start and an end instead. None when
    not so."""
    from importers.sheets.mapping import TEMPORAL, bound, field_for

    sample = data[:300]
    width = max([len(header)] + [len(r) for r in sample])
    filled = [k for k in range(width) if any(not blank_cell(cell_at(r, k)) for r in sample)]
    if len(filled) < 2:
        return None
    parsed = {}
    for k in filled:
        name = cell_text(cell_at(header, k))
        if not name or field_for(name) in TEMPORAL or bound(name) or name.casefold().startswith("column"):
            return None
        cells = [cell_at(r, k) for r in sample]
        got = parse_date_column(cells, day_first)[0]
        told = [g for g, v in zip(got, cells) if not blank_cell(v)]
        if sum(g.__class__ is tuple for g in told) < 0.9 * len(told):
            return None
        parsed[k] = got
    if len({cell_text(cell_at(header, k)).casefold() for k in filled}) < len(filled):
        return None
    if len(filled) == 2:
        a, b = (parsed[k] for k in filled)
        pairs = [(x[0], y[0]) for x, y in zip(a, b) if x.__class__ is tuple and y.__class__ is tuple]
        gaps = sorted((e - s).days for s, e in pairs)
        fills = [sum(x.__class__ is tuple for x in v) for v in (a, b)]
        if pairs and gaps[0] >= 0 and gaps[len(gaps) // 2] <= MAX_PAIR_SPAN and min(fills) >= 0.9 * max(fills):
            return None  # a start and its end
    rows, sources = [], []
    for i, r in enumerate(data):
        for k in filled:
            v = cell_at(r, k)
            if not blank_cell(v):
                rows.append([v, cell_text(cell_at(header, k))])
                sources.append(i)
    if len(rows) < MIN_KIND_DATES:
        return None
    return KindDates(["Date", "Title"], rows, tuple(filled), sources)


# ---------------------------------------------------------------- one date column per occurrence


@dataclass(slots=True)
class DateSeries:
    header: list  # "Date", then the other columns
    rows: list[list]
    columns: tuple[int, ...]  # the date columns, one occurrence each
    sources: list[int]  # the index in the data of the row each entry came from

    def one_each(self) -> list[list]:
        """One entry of each row: what the columns hold judged as the file wrote them (a title
        repeated once per date is no repeated title)."""
        seen: set[int] = set()
        return [r for r, i in zip(self.rows, self.sources) if not (i in seen or seen.add(i))]


def _numberless(header: str) -> str:
    return re.sub(r"\d+", "#", header.strip().casefold())


def date_series(header: list, data: list[list], day_first: bool | None) -> DateSeries | None:
    """Columns named alike but for a number ("2014_date", "2015_date"; "Termin 1", "Termin 2"; "2025",
    "2026"), each holding dates, beside columns of other things: each row is one thing on each of those
    dates (a holiday in two years, a course on its first and second day). Not when the second of two
    is the first's end (on or after it, within weeks). None when not so."""
    sample = data[:300]
    width = max([len(header)] + [len(r) for r in sample])
    groups: dict[str, list[int]] = {}
    for k in range(width):
        name = cell_text(cell_at(header, k))
        if name and re.search(r"\d", name):
            groups.setdefault(_numberless(name), []).append(k)
    for cols in groups.values():
        if len(cols) < 2 or len(cols) == width:
            continue
        parsed = []
        for k in cols:
            cells = [cell_at(r, k) for r in sample]
            told = [g for g, v in zip(parse_date_column(cells, day_first)[0], cells) if not blank_cell(v)]
            if not told or sum(g.__class__ is tuple for g in told) < 0.9 * len(told):
                break
            parsed.append([g[0] if g.__class__ is tuple else None for g in parse_date_column(cells, day_first)[0]])
        else:
            gaps = sorted((b - a).days for x, y in zip(parsed, parsed[1:]) for a, b in zip(x, y) if a and b)
            if not gaps or 0 <= gaps[0] and gaps[len(gaps) // 2] <= MAX_PAIR_SPAN:
                continue  # a start and its end (or no pair to tell)
            keep = [k for k in range(width) if k not in cols]
            rows, sources = [], []
            for i, r in enumerate(data):
                for k in cols:
                    v = cell_at(r, k)
                    if not blank_cell(v):
                        rows.append([v] + [cell_at(r, j) for j in keep])
                        sources.append(i)
            if len(rows) < MIN_KIND_DATES:
                return None
            return DateSeries(["Date"] + [cell_at(header, j) for j in keep], rows, tuple(cols), sources)
    return None


# ---------------------------------------------------------------- one row per detail




# ---------------------------------------------------------------- week number and weekday

_WEEK_CELL = re.compile(r"^\s*([^\W\d_]{0,9})\.?\s*(\d{1,2})\s*$")


@dataclass(frozen=True)
class WeekDays:
    header: list  # with the composed "Date" column last
    rows: list[list]
    columns: tuple[int, int]  # (week, weekday) columns read together
    year: int
    why: str  # where the year came from


def _week_numbers(values: list) -> list[int | None] | None:
    """The week numbers of a column written "W41", "KW 41", "41" (one way of writing throughout)."""
    out: list[int | None] = []
    prefixes = set()
    for v in values:
        if blank_cell(v):
            out.append(None)
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if not float(v).is_integer():
                return None
            number, prefix = int(v), ""
        else:
            m = _WEEK_CELL.match(cell_text(v))
            if m is None:
                return None
            number, prefix = int(m.group(2)), m.group(1).casefold()
        if not 1 <= number <= 53:
            return None
        prefixes.add(prefix)
        out.append(number)
    return out if len(prefixes) == 1 and any(n is not None for n in out) else None


def _reads_as_weeks(weeks: list[int | None], days: list[int | None]) -> bool:
    """Week numbers beside weekdays, as a plan writes them: several posts share a week, the weekday falls
    back (Friday, then Monday) only where the week moves on, and the weeks move on a little at a time."""
    pairs = [(w, d) for w, d in zip(weeks, days) if w is not None and d is not None]
    if len(pairs) < 3:
        return False
    same = moved = 0
    for (w1, d1), (w2, d2) in zip(pairs, pairs[1:]):
        if w1 == w2:
            same += 1
            if d2 < d1:
                return False  # Friday then Monday of one week: these numbers are no weeks
        else:
            moved += 1
            if not (0 < w2 - w1 <= 4 or w1 - w2 >= 48):  # onwards, or over new year (52 -> 1)
                return False
    return same >= len(pairs) / 3


def _nearest_year(weeks: list[int], reference) -> int:
    """The year whose weeks lie nearest the reference day (a plan for week 2 saved in December is for
    the next year; one for week 40 saved in week 42 for this one)."""
    from datetime import date

    first = weeks[0]
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            monday = date.fromisocalendar(year, first, 1)
        except ValueError:
            continue
        gap = abs((monday - reference).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else reference.year


def weekdays_only(values: list) -> bool:
    """A column of weekday names alone ("ma", "lundi"): a day of the week, not a date. Most name a
    weekday only; the rest may be words that are months too ("mar.")."""
    return (_share(values, lambda x: isinstance(x, str) and weekday_of(x) is not None) >= 0.6
            and _share(values, lambda x: isinstance(x, str) and weekday_in_list(x) is not None) >= 0.9)


def week_dates(header: list, data: list[list], year: int | None, reference) -> WeekDays | None:
    """A table that dates its rows by week number and weekday ("W41", "ma"): the two read together give
    each row's date, in a new last column "Date". ``year``: one the sheet names; else the year nearest
    ``reference`` (the day the file was saved). None when no such pair of columns exists."""
    from datetime import date

    sample = data[:300]
    width = max([len(r) for r in sample] + [len(header)], default=0)
    cols = {k: [cell_at(r, k) for r in data] for k in range(width)}
    day_cols = [k for k, v in cols.items() if weekdays_only(v[:300])]
    for d in day_cols:
        days = [weekday_in_list(v) if isinstance(v, str) else None for v in cols[d]]
        for w in sorted(cols, key=lambda k: abs(k - d)):
            if w == d:
                continue
            weeks = _week_numbers(cols[w])
            if weeks is None or not _reads_as_weeks(weeks, days):
                continue
            known = [n for n in weeks if n is not None]
            why = "the sheet's name or title"
            if year is None:
                year, why = _nearest_year(known, reference), f"the week nearest the day the file was saved ({reference})"
            rows, current, last = [], year, None
            for r, n, day in zip(data, weeks, days):
                if n is not None and last is not None and n < last - 40:
                    current += 1  # over new year: week 52, then week 1
                last = n if n is not None else last
                when = ""
                if n is not None and day is not None:
                    try:
                        when = date.fromisocalendar(current, n, day + 1).isoformat()
                    except ValueError:
                        when = ""
                rows.append([cell_at(r, k) for k in range(width)] + [when])
            return WeekDays([cell_at(header, k) for k in range(width)] + ["Date"], rows, (w, d), year, why)
    return None


# ---------------------------------------------------------------- a range written at the start of a text


__all__ = ["split_date", "SplitDate", "kind_dates", "KindDates", "date_series", "DateSeries", "week_dates", "WeekDays",
           "weekdays_only"]
