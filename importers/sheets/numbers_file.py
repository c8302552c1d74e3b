"""Apple Numbers documents (.numbers) read with numbers-parser (the optional extra ``numbers``).

A Mac team's plan often arrives as the Numbers file itself. Each table of each sheet becomes one
sheet of rows, as calamine gives a workbook's: values as Python objects (datetime for dates,
timedelta for durations, floats, booleans, text), "" where a cell is empty, merged ranges as
(first row, first col, last row, last col). A sheet holding several tables names each one
("Plan — Table 2"). The document is a zip: it is checked against bombs like any workbook.
"""
from __future__ import annotations

import re
from pathlib import Path

from importers import messages as msg
from importers.errors import NotACalendar
from importers.sheets.workbook import MAX_CELLS, SheetData, check_zip
from importers.sheets.xlsx_parts import Merged, column_index

EXTENSION = ".numbers"
_RANGE = re.compile(r"^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$")


def read_numbers(path: Path) -> list[SheetData]:
    """Every table of the document as a sheet of rows (row 0 is the table's first row)."""
    check_zip(path)
    try:
        from numbers_parser import Document
    except ImportError:
        raise NotACalendar(path, msg.NUMBERS_READER_MISSING) from None
    try:
        doc = Document(str(path))
    except Exception as exc:  # noqa: BLE001 - numbers-parser raises its own errors and protobuf's
        raise NotACalendar(path, _why(exc)) from None
    out: list[SheetData] = []
    for sheet in doc.sheets:
        tables = list(sheet.tables)
        for k, table in enumerate(tables):
            name = sheet.name if len(tables) == 1 else f"{sheet.name} — {table.name or k + 1}"
            out.append(_table(name, table))
    return out


def _table(name: str, table) -> SheetData:
    try:
        if table.num_rows * table.num_cols > MAX_CELLS:
            return SheetData(name, [], [], error=f"its table is {table.num_rows} rows x {table.num_cols} columns, "
                                                 f"too large to read")
        rows = [["" if v is None else v for v in row] for row in table.rows(values_only=True)]
        merged = [m for m in map(_merged, table.merge_ranges or ()) if m is not None]
    except Exception as exc:  # noqa: BLE001 - one broken table must not stop the others
        return SheetData(name, [], [], error=_short(exc))
    while rows and all(v == "" for v in rows[-1]):  # Numbers keeps empty rows below a table's data
        rows.pop()
    width = max((max((j + 1 for j, v in enumerate(r) if v != ""), default=0) for r in rows), default=0)
    return SheetData(name, [r[:width] for r in rows], merged)


def _merged(text: str) -> Merged | None:
    m = _RANGE.match(text.replace("$", "").upper())
    if m is None:
        return None
    first = (int(m.group(2)) - 1, column_index(m.group(1)))
    last = (int(m.group(4)) - 1, column_index(m.group(3))) if m.group(3) else first
    return (*first, *last)


def _why(exc: Exception) -> str:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return msg.PASSWORD
    return msg.say(msg.NUMBERS_DAMAGED, error=_short(exc))


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
