"""Date-looking columns that date no entry: a column of weekday words beside a date column (it only
names the date's weekday), and a date repeated on every row (a retrieval or export date) while
another date column varies. Found here so that the column assignment leaves them out."""
from __future__ import annotations

from importers.sheets.dates import BAD, parse_date_column
from importers.sheets.ends import column as _col
from importers.sheets.mapping import bound, match
from importers.sheets.roles import Profile

MIN_CONSTANT_ROWS = 5  # a date repeated on this many rows, and never another, is no entry's date
MIN_WEEKDAY_ROWS = 6  # rows that show a column's words follow the weekday of the row's date


def weekday_columns(rows: list[list], profiles: list[Profile], day_first: bool | None) -> list[int]:
    """Text columns that name the weekday of a date column's day, in any language: at most seven
    words, each always on one weekday and each weekday always written with one word ("środa" on
    every Wednesday, "czwartek" on every Thursday), over twice as many days as words (a word
    written on one day only says nothing of weekdays)."""
    dated = [c for c, p in enumerate(profiles) if p.n and p.date >= 0.8]
    words = [c for c, p in enumerate(profiles) if p.n >= MIN_WEEKDAY_ROWS and p.text >= 0.8 and p.weekday < 0.5
             and p.date < 0.5 and 2 <= len({str(v).strip().casefold() for v in _col(rows, c) if v not in (None, "")}) <= 7]
    if not dated or not words:
        return []
    found = []
    days = [parse_date_column(_col(rows, d), day_first)[0] for d in dated]
    for c in words:
        for parsed in days:
            word_day: dict[str, int] = {}
            day_word: dict[int, str] = {}
            dates = set()
            for v, got in zip(_col(rows, c), parsed):
                if v in (None, "") or got is None or got is BAD:
                    continue
                w, wd = str(v).strip().casefold(), got[0].weekday()
                if word_day.setdefault(w, wd) != wd or day_word.setdefault(wd, w) != w:
                    break
                dates.add(got[0])
            else:
                # other days of the same weekday written with the same word: not one word per row
                if len(dates) >= max(MIN_WEEKDAY_ROWS, 2 * len(word_day)) and len(word_day) >= 2:
                    found.append(c)
                    break
    return found


def constant_dates(rows: list[list], profiles: list[Profile], headers: list[str]) -> set[int]:
    """Date columns holding one value on every row (a retrieval or export date) while another date
    column, named as a date or a start, varies: the varying one dates the entries. A day's
    programme (one date, times varying beside it) keeps its date."""
    dated = [c for c, p in enumerate(profiles) if p.date >= 0.8]
    if any(p.time >= 0.8 for p in profiles):
        return set()
    same = set()
    for c in dated:
        values = {str(v).strip() for v in _col(rows, c) if v is not None and str(v).strip()}
        if len(values) == 1 and profiles[c].n >= MIN_CONSTANT_ROWS:
            same.add(c)
    named = [c for c in dated if c not in same and (match(headers[c])[0] in ("date", "start")
                                                   or bound(headers[c]) == "start")]
    return same if named else set()
