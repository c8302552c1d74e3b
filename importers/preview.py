"""The first rows of a spreadsheet's table, as cells, for a mapping dialog.

The reader turns rows into records; a person confirming its column mapping
also wants to see the cells themselves under their headers. This finds the
same table (the header row under any title block) and returns its first rows
as text. Failing to read only gives an empty preview: the import itself has
already said what it could not read.
"""
from __future__ import annotations

from pathlib import Path

from importers.sheets import text, workbook
from importers.sheets.file_hints import file_kind
from importers.sheets.table import cell_text, find_header, guess_header, header_names, is_blank_row


def table_preview(path: str | Path, sheet: str | None = None, rows: int = 8) -> tuple[str, list[str], list[list[str]]]:
    """(sheet name, headers, first rows) of the first table (of ``sheet`` when given); empty when none."""
    path = Path(path)
    try:
        data = path.read_bytes()
        kind = file_kind(path, data[:4096])
        if kind == "csv":
            sheets = [workbook.SheetData("", text.read_rows(path, data)[0], [])]
        else:
            sheets = workbook.read_workbook(path, kind, want_merged=False)
        for sh in sheets:
            if (sheet and sh.name != sheet) or sh.error or not sh.rows:
                continue
            hdr = find_header(sh.rows)
            if hdr is None:
                hdr = guess_header(sh.rows)
            if hdr is None:
                continue
            body = [[cell_text(c) for c in r] for r in sh.rows[hdr + 1:hdr + 1 + 10 * rows] if not is_blank_row(r)]
            return sh.name, header_names(sh.rows[hdr]), body[:rows]
    except Exception:  # noqa: BLE001 - a preview never fails an import
        pass
    return sheet or "", [], []
