"""Times written as a spreadsheet's day fraction in a text table ("0.666666667" = 16:00).

A CSV saved from a spreadsheet keeps the cells that were formatted as times ("13:00:00") and
writes the others as the bare number the spreadsheet stores: the fraction of a day. Such a
number is a time only in a column whose other cells are clock times (the same column, the same
meaning); alone, "0.75" is a share, a score or a price. It must also fall on a whole second
(a day fraction printed to nine places does), so a rounded share like 0.37 is not taken.
"""
from __future__ import annotations

import re
from datetime import time

_FRACTION = re.compile(r"^\s*0?\.(\d{1,17})\s*$")  # Excel prints up to 15 significant digits

_DECIMAL_CLOCK = re.compile(r"^\s*\d{1,2}\.\d{2}\s*$")  # "9.30": a clock, or a decimal

_TOLERANCE_SECONDS = 0.05  # nine decimals of a day are 0.0000864 s apart: printed fractions land here


def fraction_clock(text: str) -> time | None:
    """'0.666666667' -> 16:00; None unless the text is a fraction of a day on a whole second."""
    m = _FRACTION.match(text)
    if m is None:
        return None
    seconds = float("0." + m.group(1)) * 86400
    whole = round(seconds)
    if abs(seconds - whole) > _TOLERANCE_SECONDS or whole >= 86400:
        return None
    return time(whole // 3600, whole % 3600 // 60, whole % 60)


def fill_day_fractions(memo: dict, bad) -> None:
    """Read the day-fraction texts of a parsed column as times, when other cells are clock times.

    ``memo`` maps each distinct cell text of the column to what the time parser made of it (a
    ``(start, end)`` pair for a clock time); ``bad`` is the parser's refusal. Changed in place,
    only the refused texts that are day fractions.
    """
    refused = [k for k, v in memo.items() if v is bad and k.__class__ is str and "." in k]
    if not refused or not any(v.__class__ is tuple and not (k.__class__ is str and _DECIMAL_CLOCK.match(k))
                              for k, v in memo.items()):
        return  # no clock, or only clocks that could be decimals themselves ("0.26"): no fractions of a day
    for k in refused:
        clock = fraction_clock(k)
        if clock is not None:
            memo[k] = (clock, None)
