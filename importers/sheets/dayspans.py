"""A date cell that spans days ("21/10/2026 – 23/10/2026", "12–14 Nov 2026", "Oct 12-14, 2026",
"21.10.–23.10.", "2026-11-20 – 2026-11-21"): its first day is the entry's date, its last day the
entry's end.

The cell is split at a dash between two halves that each read as a date once the shorter half
borrows what it leaves out from the other (the month and year of "12–14 Nov 2026", the month of
"Oct 12-14, 2026"); a dash inside one date ("2026-11-20") never splits it, and a cell whose halves
do not both read stays as it was (and is reported as a date it could not read).
"""
from __future__ import annotations

import re

from importers.sheets.dates import BAD, MONTHS, fold, parse_date_column

_DASHES = "–—-"
_LEAD_DAY = re.compile(r"^\s*(?:(?P<word>[^\W\d_]{2,12})\.?,?\s+)?(\d{1,2})\.?\s*$")  # "12" of "12–14 Nov 2026", "ons. 14.–16. okt."
_DAY_FIRST = re.compile(r"^\s*\d{1,2}\.?(?=\s*\D)")  # "14 Nov 2026": the day that opens it
_TRAIL_DAY = re.compile(r"^\s*(\d{1,2})(\s*,\s*\d{4})?\s*$")  # "14, 2026" of "Oct 12-14, 2026"
_MONTH_WORD = re.compile(r"^\s*([^\W\d_]{3,}\.?)\s+\d")  # "Oct" of "Oct 12"


def _halves(text: str) -> list[tuple[str, str]]:
    """The ways to cut a cell at one dash: around an en or em dash anywhere, or a hyphen with
    spaces around it, or the only hyphen of the cell."""
    out = []
    for k, ch in enumerate(text):
        if ch not in _DASHES:
            continue
        spaced = text[k - 1:k] == " " and text[k + 1:k + 2] == " "
        if ch == "-" and not spaced and text.count("-") != 1:
            continue
        left, right = text[:k].strip(), text[k + 1:].strip()
        if left and right:
            out.append((left, right))
    return out


def _completed(left: str, right: str) -> tuple[str, str]:
    """The two halves with what the shorter one leaves out: "12" + "14 Nov 2026" -> "12 Nov 2026";
    "Oct 12" + "14, 2026" -> "Oct 14, 2026" and "Oct 12, 2026"."""
    lead = _LEAD_DAY.match(left)
    if lead and lead.group("word") and fold(lead.group("word")) in MONTHS:
        lead = None  # "Oct 22" of "Oct 22-25, 2026": a month, not a weekday, before the day
    if lead and _DAY_FIRST.match(right):
        return _DAY_FIRST.sub(lead.group(2), right, count=1), right
    trail = _TRAIL_DAY.match(right)
    month = _MONTH_WORD.match(left)
    if trail and month:
        year = trail.group(2) or ""
        return left + year, f"{month.group(1)} {trail.group(1)}{year}"
    return left, right


def day_span(text, day_first: bool | None) -> tuple[str, str] | None:
    """The first and last day of a cell that spans days, as texts that each read as a date
    ("12 Nov 2026", "14 Nov 2026"); None when the cell is no such span."""
    if text.__class__ is not str or not any(d in text for d in _DASHES):
        return None
    for left, right in _halves(text):
        left, right = _completed(left, right)
        got = parse_date_column([left, right], day_first)[0]
        if all(g is not None and g is not BAD for g in got) and got[0][0] <= got[1][0]:
            return left, right
    return None
