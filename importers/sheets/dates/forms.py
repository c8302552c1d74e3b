"""How a whole text column writes its dates: a label before every value, compact month-days, filler midnights."""
from __future__ import annotations

import re
from datetime import time

from importers.slices import sliced_set


def _label_prefix(values: list) -> str:
    """A label every text value starts with ("DATE:" in "DATE:20180101"), or ""."""
    texts = {v.strip() for v in values[:2000] if v.__class__ is str and v.strip()}
    if len(texts) < 2 or any(v is not None and v != "" and v.__class__ is not str for v in values[:2000]):
        return ""
    first = min(texts)
    last = max(texts)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    m = re.match(r"^[^\W\d_]{1,12}\s*[:=#]\s*", first[:n])
    return m.group(0) if m else ""


_DATE_LINE = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$")
_CLOCK = re.compile(r"\d{1,2}\s*[:.h]\s*\d{2}|\d\s*[ap]\.?m\b", re.IGNORECASE)


def _date_lines(values: list) -> list:
    """A cell of several lines whose one line is a date ("1 dia\n\n16/09/2026", a day's label
    over its date in a merged cell) is that date."""
    if not any(v.__class__ is str and "\n" in v for v in values[:2000]):
        return values
    out = []
    for v in values:
        if v.__class__ is str and "\n" in v:
            lines = v.splitlines()
            dated = [line for line in lines if _DATE_LINE.match(line)]
            if len(dated) == 1 and not any(_CLOCK.search(line) for line in lines if line is not dated[0]):
                v = dated[0].strip()  # a clock on its own line ("04.08.2026⏎10:00") stays with its date
        out.append(v)
    return out


def _drop_label(values: list) -> list:
    values = _date_lines(values)
    prefix = _label_prefix(values)
    if not prefix:
        return values
    cut = len(prefix)
    return [v.strip()[cut:] if v.__class__ is str and v.strip() else v for v in values]


def _midnight_only(out: list) -> list:
    """A text column whose every time is 00:00 holds dates: the midnight is the
    tool's filler ("1991-03-30 00:00:00"), as for date cells."""
    timed = [p for p in out if p.__class__ is tuple and p[1] is not None]
    if not timed or any(p[1].tzinfo is not None or p[1] != time(0, 0) for p in timed):
        return out
    return [(p[0], None) if p.__class__ is tuple else p for p in out]


_MMDD = re.compile(r"^\s*(\d{1,2})(\d{2})\s*$")


def _compact_month_days(values: list) -> dict[str, tuple]:
    """A text column of three- or four-digit month-days ("1126" = 26 Nov) with no
    year: pre-classified cells, or {} when the column is not all written that way
    (clock times "0930" or counts are not: their days run past 31 or hit 00)."""
    distinct = sliced_set(values)  # each cell's text once (a date repeats on every row of its day)
    texts = {v for v in distinct if v.__class__ is str and v.strip()}
    if len(texts) < 2 or any(v is not None and v != "" and v.__class__ is not str for v in distinct):
        return {}
    out = {}
    for v in texts:
        m = _MMDD.match(v)
        if not m:
            return {}
        month, day = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return {}
        out[v] = (("text", None, month, day, None, None, True, v.strip()), None, False, None)
    days = sorted((m, d) for (_, _, m, d, *_rest), *_ in out.values())
    if len({m for m, _ in days}) > 4:
        return {}  # month-days of a programme or season cluster in a few months
    return out
