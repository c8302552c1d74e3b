"""Which column gives the entries' ends: a second date column never before the date, a second time
column after the time; a time column that only repeats the clock of the date-times beside it, and a
column of date-times with their UTC offset that says the instant of the date and time columns exactly.
Part of the column plan (assign.py), which calls :func:`find_ends` once its starts are chosen."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from importers.sheets.dates import BAD, parse_date_column
from importers.sheets.mapping import bound, fold
from importers.sheets.roles import Profile
from importers.sheets.times import ALL_DAY, BAD_TIME, NextDay, parse_time_column

if TYPE_CHECKING:
    from importers.sheets.assign import Plan

MAX_TYPICAL_SPAN = timedelta(days=120)  # the median length of entries whose end a second date column gives
# ... when both columns carry their clock: a timed entry lasts hours, a fair a few days; a column of
# stamps weeks before the other ("Created", "Skapad", "Erstellt am") is no start
MAX_TIMED_SPAN = timedelta(days=7)
ZERO = timedelta(0)


def column(rows: list[list], c: int) -> list:
    return [r[c] if c < len(r) else None for r in rows]


def is_clock(v) -> bool:
    return v is not None and v is not BAD_TIME and v is not ALL_DAY


def find_ends(out: Plan, by: dict, profiles: list[Profile], rows: list[list], day_first: bool | None,
               headers: list[str], constant: set[int]) -> None:
    """A second date column never before the date is its end; a second time column after the time.
    When the start was taken by content and the other column is always before it, the two swap.
    A header naming a start ("start_utc", "datum_von") is never read as an end; one naming an end
    never stays the start when the other column names the start."""
    roles = out.roles

    def dates(c):  # compared with their clock when they carry one ("2026-09-10 09:00"), in UTC when zoned
        return [None if x is None or x is BAD else _naive(x) for x in parse_date_column(column(rows, c), day_first)[0]]

    def times(c):
        return [x[0] if is_clock(x) else None for x in parse_time_column(column(rows, c))]

    def later(starts, ends, strict, span=MAX_TYPICAL_SPAN):
        pairs = [(s, e) for s, e in zip(starts, ends) if s is not None and e is not None]
        if not pairs:
            return False
        if strict:
            return sum(1 for s, e in pairs if e > s or e.__class__ is NextDay) >= 0.9 * len(pairs)
        gaps = sorted(e - s for s, e in pairs)
        # an end follows its start within weeks; a "created" date months before is no start
        return gaps[0] >= ZERO and gaps[-1] > ZERO and gaps[len(gaps) // 2] <= span

    def span_of(a, b):
        timed = profiles[a].clock >= 0.8 and profiles[b].clock >= 0.8
        return MAX_TIMED_SPAN if timed else MAX_TYPICAL_SPAN

    if "time" in roles and "end_time" not in roles and "date" in roles and by[roles["time"]][0] == "content" \
            and profiles[roles["date"]].clock >= 0.8:  # "2026-09-10 09:00" beside "09:30": the end, not the start
        clocks = [None if d is None else d.time() for d in dates(roles["date"])]
        if later(clocks, times(roles["time"]), True):
            roles["end_time"] = roles.pop("time")
    if "time" in roles and "date" in roles and profiles[roles["date"]].clock >= 0.8 \
            and _repeats_clock(dates(roles["date"]), times(roles["time"]), _offsets(rows, roles["date"], day_first)):
        out.notes.append(f"column '{headers[roles['time']]}' repeats the times of '{headers[roles['date']]}'; "
                         f"read from '{headers[roles['date']]}'")
        roles.pop("time")
    split = "date" in roles and "time" in roles and profiles[roles["date"]].clock < 0.2
    if split and "end_date" not in roles:
        exact = _exact_instant(roles, by, profiles, rows, day_first, constant, headers)
        if exact is not None:
            out.notes.append(f"column '{headers[exact]}' gives the instants of '{headers[roles['date']]}' and "
                             f"'{headers[roles['time']]}' with their UTC offset; read from it")
            by[roles.pop("time")] = ("content", 0.9)
            by[roles["date"]] = ("content", 0.9)
            roles["date"], by[exact] = exact, ("content", 0.9)
            split = False
    for start_role, end_role, share, values, strict in (("date", "end_date", "date", dates, False),
                                                         ("time", "end_time", "time", times, True)):
        if start_role not in roles or end_role in roles:
            continue
        first = roles[start_role]
        starts = values(first)
        if start_role == "date" and split:  # the date and its time in two columns: compared together
            starts = [None if d is None or t is None else datetime.combine(d.date(), t.replace(tzinfo=None))
                      for d, t in zip(starts, times(roles["time"]))]
        for c, p in enumerate(profiles):
            if c in by or c in constant or getattr(p, share) < 0.8:
                continue
            ends = values(c)
            span = span_of(first, c) if start_role == "date" and not split else MAX_TYPICAL_SPAN
            if _restates(headers[first], headers[c]):
                continue  # "Due Date Text" beside "Due Date": the same day written out, not its end
            named_start, first_end = bound(headers[c]) == "start", bound(headers[first]) == "end"
            if first_end and named_start and later(ends, starts, False):
                roles[start_role], roles[end_role] = c, first
                by[c], by[first] = ("header", 0.8), ("header", 0.8)
                break
            if named_start:
                continue
            if later(starts, ends, strict, span):
                roles[end_role], by[c] = c, ("content", 0.8)
                break
            if by[first][0] == "content" and later(ends, starts, strict, span):
                roles[start_role], roles[end_role] = c, first
                by[c], by[first] = by[first], ("content", 0.8)
                break


DAY = timedelta(days=1)


def _restates(start_header, other_header) -> bool:
    """The other column's header is the start's with a word of its own after it ("Due Date" and "Due
    Date Text", "Start" and "Start (formatted)"): the same value written another way. A word that says
    end ("Date End") makes it the end's."""
    start, other = fold(str(start_header or "")).split(), fold(str(other_header or "")).split()
    extra = other[len(start):]
    return bool(start) and other[:len(start)] == start and 0 < len(extra) <= 2 \
        and all(w.isalpha() for w in extra) and bound(str(other_header)) != "end"


def _naive(x: tuple) -> datetime:
    """A parsed (date, time | None) as one naive date-time: at UTC when the time has its offset."""
    day, clock = x
    if clock is None:
        return datetime.combine(day, time(0))
    if clock.tzinfo is not None:
        return datetime.combine(day, clock).astimezone(timezone.utc).replace(tzinfo=None)
    return datetime.combine(day, clock)


def _repeats_clock(stamps: list, clocks: list, zoned: bool) -> bool:
    """A time column giving, row by row, the clock of date-times beside it, or, when those carry
    their UTC offset, that clock shifted by one whole number of quarter hours (the same instant
    at another zone's clock)."""
    shifts = {(datetime.combine(d.date(), t) - d) % DAY for d, t in zip(stamps, clocks)
              if d is not None and t is not None and t.__class__ is not NextDay}
    told = sum(1 for d, t in zip(stamps, clocks) if d is not None and t is not None)
    if told < 2 or len(shifts) != 1:
        return False
    shift = next(iter(shifts))
    return shift == ZERO or zoned and shift % timedelta(minutes=15) == ZERO


def _offsets(rows: list[list], c: int, day_first: bool | None) -> bool:
    return any(x.__class__ is tuple and x[1] is not None and x[1].tzinfo is not None
               for x in parse_date_column(column(rows, c), day_first)[0])


def _exact_instant(roles: dict, by: dict, profiles: list[Profile], rows: list[list], day_first: bool | None,
                   constant: set[int], headers: list[str]) -> int | None:
    """A column of date-times with their UTC offset that says, row by row, the instant of the date
    column and the time column ("2026-02-03T20:45-04:00" beside "02/03/2026", "8:45 PM"), at their
    wall clock or in another zone (the same shift on every row, give or take a summer hour): it
    says the instant exactly, so it is the one read."""
    days = parse_date_column(column(rows, roles["date"]), day_first)[0]
    clocks = parse_time_column(column(rows, roles["time"]))
    for c, p in enumerate(profiles):
        if c in by or c in constant or p.date < 0.8 or p.clock < 0.8:
            continue
        shifts: list[timedelta] = []
        told = 0
        for d, t, x in zip(days, clocks, parse_date_column(column(rows, c), day_first)[0]):
            if d.__class__ is not tuple or not is_clock(t) or x.__class__ is not tuple or x[1] is None:
                continue
            told += 1
            if x[1].tzinfo is not None:
                shifts.append(datetime.combine(x[0], x[1].replace(tzinfo=None))
                              - datetime.combine(d[0], t[0].replace(tzinfo=None)))
        if told < 2 or len(shifts) < 0.9 * told:
            continue
        spread = max(shifts) - min(shifts)
        whole = all(abs(s) <= timedelta(hours=14) and s % timedelta(minutes=15) == ZERO for s in shifts)
        if whole and (spread == ZERO or spread == timedelta(hours=1) and bound(headers[c]) == "start"):
            return c
    return None
