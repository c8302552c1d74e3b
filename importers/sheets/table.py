"""Finding the table in a sheet: the header row under any title block, logo
text, notes or blank rows, and filling merged cells down."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Mapping

from importers.sheets.mapping import known_count

SCAN_ROWS = 50


def cell_text(v) -> str:
    """A cell as trimmed text, as a person reads it."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, datetime):
        return v.isoformat(sep=" ", timespec="minutes")
    if isinstance(v, (date, time)):
        return v.isoformat()
    return str(v).strip()


def is_blank_row(row: list) -> bool:
    for v in row:
        if v is not None and v != "" and not (isinstance(v, str) and not v.strip()):
            return False
    return True


def find_header(rows: list[list], forced: Mapping[str, str] | None = None) -> int | None:
    """Index of the header row: the row among the first SCAN_ROWS whose text
    cells read best as known headers (a date/time header weighs most)."""
    best, best_score = None, 0.0
    for i, row in enumerate(rows[:SCAN_ROWS]):
        known, temporal = known_count(row, forced)
        if not known:
            continue
        strings = sum(1 for v in row if isinstance(v, str) and v.strip())
        others = sum(1 for v in row if v is not None and v != "" and not isinstance(v, str))
        if known < 2 and not (temporal and strings >= 2):
            continue
        score = known * 2 + (3 if temporal else 0) - others * 2 + min(strings, 10) * 0.1
        if score > best_score:
            best, best_score = i, score
    return best


def guess_header(rows: list[list]) -> int | None:
    """Without known headers: the first row of two or more text cells that has
    a non-blank row of similar width after it."""
    for i, row in enumerate(rows[:SCAN_ROWS]):
        texts = [v for v in row if isinstance(v, str) and v.strip()]
        if len(texts) < 2 or len(texts) < sum(1 for v in row if v not in (None, "")):
            continue
        for nxt in rows[i + 1:i + 4]:
            if not is_blank_row(nxt):
                if sum(1 for v in nxt if v not in (None, "")) >= 2:
                    return i
                break
    return None


def header_names(row: list) -> list[str]:
    """Header texts; blank ones named by column letter, repeats numbered."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for idx, v in enumerate(row):
        name = cell_text(v) or f"Column {column_letter(idx)}"
        name = " ".join(name.split())
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names


def column_letter(idx: int) -> str:
    out = ""
    idx += 1
    while idx:
        idx, rem = divmod(idx - 1, 26)
        out = chr(65 + rem) + out
    return out


def fill_merged(rows: list[list], merged: list[tuple[int, int, int, int]], first_data: int,
                columns: set[int]) -> None:
    """A value merged over several rows (one date, many posts) is copied down
    into every row of the range, for the columns that matter."""
    for r0, c0, r1, c1 in merged:
        if r1 <= r0 or r0 < first_data or r0 >= len(rows):
            continue
        for c in range(c0, c1 + 1):
            if c not in columns:
                continue
            value = rows[r0][c] if c < len(rows[r0]) else None
            for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
                row = rows[r]
                if c < len(row) and (row[c] is None or row[c] == ""):
                    row[c] = value
