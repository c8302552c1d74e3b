"""Date cells of one column -> ``(date, time | None)`` per cell, with the column's decisions (ColumnInfo)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from itertools import repeat

from importers.sheets.cjk import has_marks
from importers.sheets.dates.cells import BAD, _from_cell, _safe_date
from importers.slices import sliced_counter, sliced_set, sliced_types
from importers.sheets.dates.forms import _compact_month_days, _drop_label, _midnight_only
from importers.sheets.dates.text import _NOTE, MAX_DATE_TEXT, _classify, _split_time
from importers.sheets.dates.years import (YearHint, _block_start, _hint_parts, _next_year, _weekday_year,
                                          _year_for)

@dataclass(slots=True)
class ColumnInfo:
    """What was decided about a date column, for warnings and settings."""

    day_first: bool | None = None
    ambiguous: bool = False  # numeric text whose order could not be decided
    guessed_year: bool = False
    year_from: str = ""  # "weekday", "dates", "named" or "modified": how year-less dates got their year
    year_said: str = ""  # for "named": where the year was written
    year_named: int | None = None  # for "named": the year
    weekday_mismatch: str = ""  # the first year-less date whose weekday fits no nearby year
    noted: str = ""  # the first date written with a note ("04.08.2026 (tbc)")


def parse_date_column(values: list, day_first_default: bool | None, us_hint: bool = False,
                      decided: bool | None = None, year_hint: "int | YearHint | None" = None):
    """Parse one column. Returns (parsed list, ColumnInfo); each parsed item is
    None (blank), BAD (not a date) or a tuple (date, time | None)."""
    info = ColumnInfo()
    types = sliced_types(values)  # these steps a slice at a time: the GUI thread is not kept from the GIL
    types.discard(type(None))
    if types <= {date}:  # one item per distinct day, shared by the rows of that day
        memo = {v: (v, None) if v is not None else None for v in sliced_set(values)}
        return [memo[v] for v in values], info
    if types <= {date, datetime}:  # each distinct cell once (a date repeats on every row of its day)
        memo = {v: _from_cell(v) for v in sliced_set(values)}
        return [memo[v] for v in values], info
    values = _drop_label(values)
    compact = _compact_month_days(values)

    # Pass 1: classify cells (each distinct text once); collect evidence for the order and the year.
    # A column of texts is walked once per distinct text, in the order of first appearance, each
    # counted as often as it occurs; a column mixing texts with numbers or dates is walked per cell
    # (1, 1.0 and True are one key to a dict but not one cell).
    distinct = sliced_counter(values) if types <= {str} else None
    cells = distinct.items() if distinct is not None else zip(values, repeat(1))
    numeric_pairs: set[tuple[int, int]] = set()
    dotted = False
    years: Counter = Counter()
    pre: list = []
    cache: dict[str, tuple] = compact
    for v, count in cells:
        if v is None or v == "":
            pre.append(None)
            continue
        if v.__class__ is not str:
            item = _from_cell(v)
            if item.__class__ is tuple:
                years[item[0].year] += count
            pre.append(item)
            continue
        hit = cache.get(v)
        if hit is None and len(v) > MAX_DATE_TEXT:  # a paragraph is no date: spare the patterns its length
            hit = cache[v] = (BAD, None, False, None)
        if hit is None:
            text = v.strip()
            m = _NOTE.match(text)
            if m and has_marks(text) and (whole := _classify(text))[0] is not BAD:
                hit = whole  # "10월 12일 (월)": the weekday in brackets after an East Asian date, no remark
            elif m:  # a date with a remark: the date counts, the remark is said once in the notes
                hit = _classify(m.group(1))
                if hit[0] is BAD:
                    hit = _classify(text)
                else:
                    info.noted = info.noted or text
            else:
                hit = _classify(text)
            cache[v] = hit
        item, pair, dot, year = hit
        pre.append(item)
        if pair is not None:
            numeric_pairs.add(pair)
            dotted = dotted or dot
        if year is not None:
            years[year] += count

    if distinct is not None and BAD in pre:  # "12 Ekim 2026 Pazartesi": weekday names the reader does not know
        for k, hit in _weekday_words(list(distinct), pre).items():
            pre[k] = hit[0]
            if hit[3] is not None:
                years[hit[3]] += 1

    # Decide the order of numeric text once for the column.
    if numeric_pairs:
        first_big = any(a > 12 and b <= 12 for a, b in numeric_pairs)
        second_big = any(b > 12 and a <= 12 for a, b in numeric_pairs)
        if decided is not None:
            info.day_first = decided
        elif first_big and not second_big:
            info.day_first = True
        elif second_big and not first_big:
            info.day_first = False
        elif dotted:
            info.day_first = True
        else:
            info.ambiguous = not (first_big and second_big)
            if day_first_default is not None:
                info.day_first = day_first_default
            else:
                info.day_first = not us_hint
    yearless = [item for item in pre if item.__class__ is tuple and item[0].__class__ is str
                and item[3 if item[0] == "num" else 1] is None]
    named_year, said, after = _hint_parts(year_hint, bool(yearless) and not years)
    ref_year = years.most_common(1)[0][0] if years else named_year
    pinned = None
    if yearless:
        if years:
            info.year_from = "dates"
        elif named_year is not None:
            info.year_from, info.year_said, info.year_named = "named", said, named_year
        else:
            pinned = _weekday_year(yearless, info, after)
            info.year_from = "weekday" if pinned is not None else "modified"
            ref_year = pinned

    out = []
    resolved: dict[tuple, object] = {}
    next_after = _block_start(yearless, info, after or date.today()) if info.year_from == "modified" else None
    for item in pre:
        if item is None or item is BAD or item[0].__class__ is not str:
            out.append(item)
            continue
        done = resolved.get(item)
        if done is not None:
            out.append(done)
            continue
        if info.year_from == "modified":
            out.append(_resolve(item, info, None, next_after))
        else:
            out.append(_resolve(item, info, ref_year))
        resolved[item] = out[-1]
    out = _midnight_only(out)
    if distinct is not None:  # back from one item per distinct text to one per cell
        by_text = dict(zip(distinct, out))
        out = [by_text[v] for v in values]
    return out, info


_WEEKDAY_SAMPLE = 40  # texts looked at before a column that is not written so is given up
_EDGE_WORD = re.compile(r"^\s*([^\W\d_]{2,15})[.,]?\s+(.+?)\s*$|^\s*(.+?)[,]?\s+([^\W\d_]{2,15})\.?\s*$")


def _weekday_words(texts: list, pre: list) -> dict[int, tuple]:
    """Month-name dates with a word before or after them that the reader does not know, where that
    word is the date's weekday in the file's language: learnt from the column itself, when each such
    word goes with one weekday only, over dates that give their year ("12 Ekim 2026 Pazartesi",
    "Salı 13 Ekim 2026"), then read in the year-less ones too; two weekdays at least (one word beside
    every date is a label, "Webinar 12 May 2026"). {position: classified hit}."""
    found: dict[int, tuple[str, tuple]] = {}
    looked = 0
    for k, (text, item) in enumerate(zip(texts, pre)):
        if item is not BAD or text.__class__ is not str:
            continue
        looked += 1
        if looked == _WEEKDAY_SAMPLE and len(found) < _WEEKDAY_SAMPLE // 2:
            return {}  # a column of titles or notes: most of its texts are no date beside a word
        m = _EDGE_WORD.match(text)
        if m is None:
            continue
        word, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        hit = _classify(rest)
        if hit[0].__class__ is tuple and hit[0][0] == "text" and hit[0][4] is None:
            found[k] = (word.casefold(), hit)
    days: dict[str, set[int]] = {}
    for word, hit in found.values():
        _, y, mo, dd, *_rest = hit[0]
        d = _safe_date(y, mo, dd) if y is not None else BAD
        if d is not BAD:
            days.setdefault(word, set()).add(d.weekday())
    if not 2 <= len(days) <= 7 or any(len(v) != 1 for v in days.values()) \
            or len({next(iter(v)) for v in days.values()}) != len(days):
        return {}
    if sum(1 for word, _ in found.values() if word in days) < 2:
        return {}
    out = {}
    for k, (word, hit) in found.items():
        if word in days:
            item = hit[0]
            out[k] = (item[:4] + (next(iter(days[word])),) + item[5:],) + hit[1:]
    return out


def _resolve(item: tuple, info: ColumnInfo, ref_year: int | None, after: date | None = None):
    """A classified text date -> (date, time | None) or BAD, with the column's decisions.
    With ``after``, a year-less date is its next occurrence on or after that day."""
    if item[0] == "num":
        _, a, b, y, rest, _s = item
        if y is None:
            info.guessed_year = True
            month, day = (b, a) if info.day_first else (a, b)
            y = _next_year(month, day, after) if after else _year_for(month, day, None, ref_year)
            if y is None:
                return BAD
        d = _safe_date(y, b, a) if info.day_first else _safe_date(y, a, b)
        if d is BAD:  # a column mixing orders: take the reading that exists
            d = _safe_date(y, a, b) if info.day_first else _safe_date(y, b, a)
        t = _split_time(rest)
        return BAD if d is BAD or t is BAD else (d, t)
    _, y, mo, dd, wd, t, _md, text = item
    if y is None:
        info.guessed_year = True
        y = _next_year(mo, dd, after) if after and 1 <= mo <= 12 else _year_for(mo, dd, wd, ref_year)
        if y is None:
            return BAD
    d = _safe_date(y, mo, dd)
    if d is not BAD and wd is not None and d.weekday() != wd and not info.weekday_mismatch:
        info.weekday_mismatch = text
    return BAD if d is BAD else (d, t)
