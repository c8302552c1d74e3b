"""Is a table with dates a calendar? Judged from content, as a person would:

- a date-dimension (lookup) table: every row is the next day and no column
  reads like an activity — only weekday and month names, ids and numbers;
- measurements by date (prices, rates): besides the date, only numbers that
  are measures (with decimals) and a few names repeated, no activity.

A table with a time-of-day column is never judged: entries at times are events.

A column "reads like an activity" when most of its values are words and they
vary from row to row (titles, names of events), or when its words together
with the other word columns do (fixtures: "Arsenal" against "Fulham").
"""
from __future__ import annotations

import re
from datetime import date, datetime

from importers import messages as msg

SAMPLE = 3000
MIN_ROWS = 28  # fewer rows are judged by the person looking at them

_WORD = re.compile(r"[^\W\d_]{3,}")
_NUMBER = re.compile(r"^\s*[-+]?(\d+|\d{1,3}(,\d{3})+)([.,]\d+)?\s*%?\s*$")


def _texts(data: list[list], k: int) -> list[str]:
    out = []
    for row in data[:SAMPLE]:
        v = row[k] if k < len(row) else None
        if v is None or v == "":
            continue
        out.append(v.strip() if isinstance(v, str) else repr(v) if isinstance(v, float) else str(v))
    return [t for t in out if t]


def _is_number(v) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    return isinstance(v, str) and bool(_NUMBER.match(v))


def _wordy(texts: list[str]) -> bool:
    return bool(texts) and sum(1 for t in texts if _WORD.search(t)) >= 0.6 * len(texts)


def activity_columns(data: list[list], skip: set[int]) -> list[int]:
    """Columns whose words vary enough to name what happens on the row."""
    width = max((len(r) for r in data[:SAMPLE]), default=0)
    out = []
    for k in range(width):
        if k in skip:
            continue
        texts = _texts(data, k)
        if len(texts) >= 3 and _wordy(texts) and len(set(texts)) >= 0.3 * len(texts):
            out.append(k)
    return out


def _word_columns(data: list[list], skip: set[int]) -> list[int]:
    width = max((len(r) for r in data[:SAMPLE]), default=0)
    return [k for k in range(width) if k not in skip and _wordy(_texts(data, k))]


def _varied_together(data: list[list], cols: list[int]) -> bool:
    """The word columns taken together differ on most rows (home and away teams)."""
    if len(cols) < 2:
        return False
    rows = [tuple(r[k] if k < len(r) else None for k in cols) for r in data[:SAMPLE]]
    rows = [t for t in rows if any(v not in (None, "") for v in t)]
    return bool(rows) and len(set(rows)) >= 0.5 * len(rows)


def _column(data: list[list], k: int) -> list:
    return [r[k] if k < len(r) else None for r in data[:SAMPLE]]


def _follows_calendar(values: list) -> bool:
    """Words that follow the calendar rather than the events: the same every
    seventh row (weekday names) or changing rarely (month, quarter, season names)."""
    n = len(values)
    if n < 14:
        return False
    weekly = sum(1 for a, b in zip(values, values[7:]) if a == b)
    changes = sum(1 for a, b in zip(values, values[1:]) if a != b)
    return weekly >= 0.95 * (n - 7) or changes <= n / 25


def _day(start) -> date:
    return start.date() if isinstance(start, datetime) else start


def judge(data: list[list], date_cols: set[int], time_cols: set[int], starts: list) -> str | None:
    """Why the table is not a calendar, in one sentence; None when it may be one.
    ``starts`` are the starts of the entries read, in file order."""
    if len(starts) < MIN_ROWS or time_cols:
        return None  # entries at times of day are events, whatever their titles
    skip = date_cols | time_cols
    if activity_columns(data, skip) or _varied_together(data, _word_columns(data, skip)):
        return None
    days = [_day(s) for s in starts]
    steps = [(b - a).days for a, b in zip(days, days[1:])]
    derived = all(_follows_calendar(_column(data, k)) for k in _word_columns(data, skip))
    if steps and derived and sum(1 for s in steps if s == 1) >= 0.95 * len(steps):
        return msg.say(msg.LOOKUP_TABLE, first=days[0].isoformat(), last=days[-1].isoformat())
    width = max((len(r) for r in data[:SAMPLE]), default=0)
    measures = []
    for k in range(width):
        if k in skip:
            continue
        values = [r[k] for r in data[:SAMPLE] if k < len(r) and r[k] not in (None, "")]
        if values and sum(map(_is_number, values)) >= 0.9 * len(values):
            fractional = sum(1 for v in values if _has_fraction(v))
            if fractional >= 0.5 * len(values):
                measures.append(k)
    if measures:
        return msg.VALUES_BY_DATE
    return None


def _has_fraction(v) -> bool:
    if isinstance(v, float):
        return not v.is_integer()
    return isinstance(v, str) and bool(re.search(r"[.,]\d+\s*%?\s*$", v)) and not re.search(r",\d{3}$", v)


def is_blank_template(rows: list[list]) -> bool:
    """A sheet of calendar furniture only: weekday and month names, day numbers,
    years, dates; nothing written for any day (a blank linear or month calendar)."""
    from importers.sheets.dates import MONTHS, fold, weekday_of

    cells = [v for row in rows[:400] for v in row if v not in (None, "") and not (isinstance(v, str) and not v.strip())]
    if len(cells) < 30:
        return False
    allowed = 0.05 * len(cells)
    other = 0
    for v in cells:
        if not (not isinstance(v, str) or _NUMBER.match(v) or weekday_of(v) is not None or fold(v.strip()) in MONTHS):
            other += 1
            if other > allowed:
                return False
    return True


# only to word the message: "Day" over 1, 2, 3 numbers days
_DAY_WORD = re.compile(r"\b(day|days|tag|jour|d[ií]a|giorno|dag|dzie[nń])\b")
_NUMBERED = re.compile(r"^([^\W\d_]{1,12})\.?\s*(\d{1,3})$")


def _named(headers: list[str], ks: list[int]) -> str:
    said = [f"'{headers[k]}'" for k in ks]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" and {said[-1]}"


def why_no_day(headers: list[str], data: list[list], time_cols: list[int]) -> str | None:
    """Why a table with time columns (``time_cols``: by header or content) but no date cannot be
    placed: the times are there and the day is not, or the time columns are mostly empty. None
    when it has no time column."""
    from importers.sheets.mapping import field_for
    from importers.sheets.times import parse_time_column

    named = [k for k, h in enumerate(headers) if field_for(h) in ("time", "end_time", "start", "end")]
    cols = sorted(set(time_cols) | set(named))
    if not cols:
        return None
    rows = [r for r in data[:SAMPLE] if any(v is not None and str(v).strip() for v in r)]
    if not rows:
        return None
    filled = [sum(1 for r in rows if k < len(r) and r[k] is not None and str(r[k]).strip()) for k in cols]
    clocks = [t[0] for k in cols for t in parse_time_column([r[k] if k < len(r) else None for r in rows])
              if t.__class__ is tuple and t[0] is not None]
    if clocks and sum(1 for c in clocks if c.second == 0) < 0.8 * len(clocks):
        return None  # "00:25:33": times taken (results), not the times of a day's programme
    if max(filled) < 0.2 * len(rows):
        return msg.say(msg.TIMES_EMPTY, columns=_named(headers, cols), empty=len(rows) - max(filled), rows=len(rows))
    return msg.say(msg.TIMES_ONLY, columns=_named(headers, [k for k, n in zip(cols, filled) if n]))


def why_no_dates(headers: list[str], data: list[list]) -> str:
    """What a table without a date column looks like, in one sentence naming the
    layout and what the user can do."""
    from importers.sheets.dates import weekday_of
    from importers.sheets.mapping import TEMPORAL, field_for

    width = len(headers)
    named = [h for h in headers if weekday_of(h) is not None]
    if len(named) >= 3:
        return msg.say(msg.WEEKLY_TIMETABLE, first=named[0], last=named[-1])
    for k in range(width):
        texts = _texts(data, k)
        if len(texts) < 2:
            continue
        days = [weekday_of(t) for t in texts]
        if sum(d is not None for d in days) >= 0.9 * len(texts):
            names = list(dict.fromkeys(texts))[:3]
            return msg.say(msg.WEEKDAYS_ONLY, column=headers[k], names=", ".join(names))
        numbered = [_NUMBERED.match(t) for t in texts]
        day_header = field_for(headers[k]) in TEMPORAL or _DAY_WORD.search(headers[k].casefold())
        counted = all(t.isdigit() and len(t) <= 3 for t in texts)
        labelled = all(numbered) and len({m.group(1).casefold() for m in numbered}) == 1 and all(
            _DAY_WORD.search(m.group(1).casefold()) for m in numbered)
        if day_header and counted or labelled:
            first, last = texts[0], texts[-1]
            return msg.say(msg.NUMBERED_DAYS, column=headers[k], first=first, last=last)
    return msg.NO_DATES


__all__ = ["judge", "activity_columns", "why_no_dates", "why_no_day", "is_blank_template"]
