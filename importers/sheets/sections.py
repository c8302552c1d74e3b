"""Rows without a date that split a table into sections: not entries, not rows to report.

An editorial calendar kept in blocks ("Week 1", "Week 2"…) repeats its header at the top of a
block, often only its first cells ("Week, Blog Type, Blog title", the rest empty), and gives a
block with no posts yet a row of its label alone ("Week 5"). A person reads both as the sheet's
furniture. (Month headings, "ABRIL", are rows.py's ``month_heading``.)
"""
from __future__ import annotations

import re

from importers.sheets.mapping import header_key
from importers.sheets.table import cell_text

REPEAT_MIN_CELLS = 3  # header cells a row repeats in their own columns, at least
LABEL_MIN_ROWS = 3  # rows of a label column that count on one label ("Week 1", "Week 2"), at least
_NUMBER = re.compile(r"\d+")


def repeats_header(row: list, headers: list[str]) -> bool:
    """The row's filled cells are its columns' own headers (at least three): the header again."""
    filled = [(k, t) for k, v in enumerate(row) if (t := cell_text(v).strip())]
    if len(filled) < REPEAT_MIN_CELLS:
        return False
    return all(k < len(headers) and header_key(t) == header_key(headers[k]) and header_key(t) for k, t in filled)


class LabelColumns:
    """Columns whose cells all count on one label ("Week 1", "Week 5", "Semana 12"): on the first row
    of each block, the block's name (the header repeated among them aside). Each column is judged
    when a row first asks about it, so a large table with a few undated rows is not read whole."""

    def __init__(self, data: list[list], headers: tuple[str, ...] = ()):
        self.data, self.headers = data, headers
        self.known: dict[int, bool] = {}

    def __contains__(self, k: int) -> bool:
        found = self.known.get(k)
        if found is None:
            head = header_key(self.headers[k]) if k < len(self.headers) else ""
            said = [t for r in self.data if k < len(r) and (t := cell_text(r[k]).strip()) and header_key(t) != head]
            found = self.known[k] = len(set(said)) >= LABEL_MIN_ROWS and all(
                _NUMBER.search(t) and len(t) <= 24 for t in said) and len(
                {_NUMBER.sub("#", t).casefold() for t in said}) == 1
        return found


def section_label(row: list, labels: LabelColumns | set[int]) -> str:
    """The block label a row holds alone ("Week 5"), or ""."""
    filled = [(k, t) for k, v in enumerate(row) if (t := cell_text(v).strip())]
    return filled[0][1] if len(filled) == 1 and filled[0][0] in labels else ""


def headings_note(rows: list[str]) -> str:
    """What the import says of the rows it read as headings ("" for none): their count and the first."""
    if not rows:
        return ""
    first = rows[0] if len(rows[0]) <= 40 else rows[0][:39] + "…"
    return (f"{len(rows)} row{'s' if len(rows) > 1 else ''} without a date repeat the header or name a block "
            f"alone ('{first}'): read as headings")
