"""Small helpers for the Excel workbook: safe sheet names, colours, Excel serials, safe text."""
from __future__ import annotations

import re
from datetime import date, datetime

_EPOCH = datetime(1899, 12, 30)
_EPOCH_DATE = date(1899, 12, 30)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
FORMULA_STARTS = ("=", "+", "-", "@")
PALETTE = ("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
           "#9C755F", "#BAB0AC")


def excel_datetime(value: datetime) -> float:
    """Excel serial of a naive local datetime (1900 date system)."""
    delta = value - _EPOCH
    return delta.days + delta.seconds / 86400.0 + delta.microseconds / 86400e6


def excel_date(value: date) -> int:
    return (value - _EPOCH_DATE).days


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique (case-insensitive) Excel sheet name for ``name``; records it in ``taken``."""
    base = _BAD_SHEET_CHARS.sub(" ", name or "").strip().strip("'") or "No department"
    base = " ".join(base.split())[:31]
    if base.lower() == "history":
        base = "History (department)"
    candidate, number = base, 2
    while candidate.lower() in taken:
        suffix = f" ({number})"
        candidate = base[: 31 - len(suffix)] + suffix
        number += 1
    taken.add(candidate.lower())
    return candidate


def colour(value: str | None, fallback_index: int) -> str:
    """``#RRGGBB`` for a source colour, or a palette colour."""
    match = _HEX.match((value or "").strip())
    if match:
        return "#" + match.group(1).upper()
    return PALETTE[fallback_index % len(PALETTE)]


def text_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    r, g, b = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    return "#000000" if (0.299 * r + 0.587 * g + 0.114 * b) > 150 else "#FFFFFF"


def needs_quote(text: str) -> bool:
    """Text that a spreadsheet would take for a formula if typed in."""
    return text.startswith(FORMULA_STARTS)
