"""Dates of the Minguo (Republic of China) calendar, as Taiwanese sheets write them: the year counted from
1912, so 2026 is 115. Numerically the year has three digits ("115/10/13", "115-10-13", "115.10.13"), which no
other calendar's date has: it is read as Minguo without a word to say so. With the era's name before it
("民國115年10月13日", "中華民國115年…") any year is Minguo; that form is read by cjk.py's eras."""
from __future__ import annotations

import re

MINGUO_OFFSET = 1911   # Minguo year 1 is 1912
_NUMERIC = re.compile(r"^(?:(?:中華|中华)?(?:民國|民国)\s*)?(1\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?P<rest>[T\s,(（].*)?$")


def numeric_parts(text: str) -> tuple[int, int, int, str | None] | None:
    """(Gregorian year, month, day, what follows or None) of a numeric Minguo date ("115/10/13",
    "115/10/13（二）", "115/10/13 14:00"), else None."""
    m = _NUMERIC.match(text.strip())
    if m is None:
        return None
    month, day = int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    rest = (m.group("rest") or "").strip()
    return int(m.group(1)) + MINGUO_OFFSET, month, day, rest or None
