"""Finding the table in a sheet: the header row under any title block, logo
text, notes or blank rows, and filling merged cells down."""
from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Mapping

from importers.sheets.mapping import known_count

SCAN_ROWS = 50
# What a data cell looks like and a header never does: a date, a clock time, a long number
_DATA_TEXT = re.compile(r"\d{4}|\d{1,2}[./:-]\d{1,2}|^\s*[-+]?\d+(?:[.,]\d+)?\s*$")


def looks_like_data(v) -> bool:
    """A cell that reads as a value (a date, a time, a number), not as a header."""
    if v is None or v == "":
        return False
    if not isinstance(v, str):
        return True
    return bool(_DATA_TEXT.search(v))


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
        datey = sum(1 for v in row if isinstance(v, str) and looks_like_data(v))
        if datey * 2 >= strings or datey and _reads_as_its_column(rows, i):
            continue  # a data row whose words happen to be header words
        score = known * 2 + (3 if temporal else 0) - others * 2 - datey * 2 + min(strings, 10) * 0.1
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


def has_no_header(rows: list[list], hdr: int) -> bool:
    """True when the chosen header row is really the first data row: one of its
    cells reads as a value just like most cells below it in that column
    ("2026-01-01" over a column of dates), and none reads as a known header.
    Two such cells (a date and a time) outweigh a header word: the data's own
    text says words like "event" too ("2024-03-22,22:51,next event")."""
    if known_count(rows[hdr])[0]:
        return _reads_as_its_column(rows, hdr, cells=2)
    return _reads_as_its_column(rows, hdr)


def rows_like_data_above(rows: list[list], hdr: int) -> list[int]:
    """The rows above the header row ``hdr`` that read as rows of its table: filled in at least half
    as many cells as the header, with a value written like most of its column under the header (a
    date over a column of dates). A title, a note or a second header line is none of them."""
    filled = sum(1 for v in rows[hdr] if v not in (None, ""))
    need = max(2, (filled + 1) // 2)
    return [i for i in range(hdr)
            if sum(1 for v in rows[i] if v not in (None, "") and not (isinstance(v, str) and not v.strip())) >= need
            and _reads_as_its_column(rows, i, below_from=hdr + 1)]


def _reads_as_its_column(rows: list[list], i: int, cells: int = 1, below_from: int | None = None) -> bool:
    """``cells`` cells of row ``i`` are values written like most cells below them (below row
    ``below_from`` when given)."""
    row = rows[i]
    start = i + 1 if below_from is None else below_from
    below = [r for r in rows[start:start + 40] if not is_blank_row(r)]
    if len(below) < 3 and below_from is None:  # the last rows of a table: like those above them
        below += [r for r in rows[max(0, i - 40):i] if not is_blank_row(r)]
    if not below:
        return False
    found = 0
    for k, v in enumerate(row):
        if not (isinstance(v, str) and looks_like_data(v) or isinstance(v, (date, datetime))):
            continue  # a date cell is never a header
        col = [r[k] for r in below if k < len(r) and r[k] not in (None, "")]
        if col and sum(map(looks_like_data, col)) >= 0.8 * len(col) and _same_shape(v, col):
            found += 1
            if found >= cells:
                return True
    return False


def _same_shape(v: str, col: list) -> bool:
    """The cell is written like the column's values (digits and separators in the same places)."""
    def shape(x) -> str:
        return re.sub(r"\d", "9", x.strip()) if isinstance(x, str) else type(x).__name__
    shapes = [shape(x) for x in col[:30]]
    return shapes.count(shape(v)) >= 0.5 * len(shapes)


def field_names(width: int) -> list[str]:
    """Names for the columns of a table without a header row."""
    return [f"Field {i + 1}" for i in range(width)]


_PLACEHOLDER_CHARS = frozenset(".-–—_/#?*· ")


def _placeholder(v) -> bool:
    """A cell that stands for "nothing here": a dot, a dash, a hash ("." in every blank field).
    A check mark or a symbol with a meaning ("✓", "+") is no placeholder."""
    return v.__class__ is str and 0 < len(v) <= 3 and bool(v.strip()) and set(v) <= _PLACEHOLDER_CHARS


def blank_placeholders(data: list[list], sample: int = 500) -> None:
    """Blank the placeholder cells of every column that uses them, in place, so a
    column of "." is read as empty rather than as a title."""
    width = max((len(r) for r in data[:sample]), default=0)
    cols = [k for k in range(width) if any(_placeholder(r[k]) for r in data[:sample] if k < len(r))]
    if not cols:
        return
    for row in data:
        for k in cols:
            if k < len(row) and _placeholder(row[k]):
                row[k] = None


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
