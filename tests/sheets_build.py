"""Small workbook writers for the sheets tests (xlsx via openpyxl, ods by hand)."""
from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl


def write_xlsx(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None,
               origin: tuple[int, int] = (1, 1)) -> Path:
    """One worksheet per entry; rows start at ``origin`` (row, column, 1-based)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                cell = ws.cell(row=origin[0] + r, column=origin[1] + c, value=value)
                if isinstance(value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(value, time):
                    cell.number_format = "hh:mm"
        for ref in (merges or {}).get(name, []):
            ws.merge_cells(ref)
    wb.save(path)
    return path


class Covered:
    """A cell hidden under a merge: written as <table:covered-table-cell/>."""


class Spanned:
    """A value merged over ``rows`` rows: written with table:number-rows-spanned."""

    def __init__(self, value, rows: int):
        self.value, self.rows = value, rows


def _ods_cell(value) -> str:
    if isinstance(value, Covered):
        return "<table:covered-table-cell/>"
    if isinstance(value, Spanned):
        inner = _ods_cell(value.value)
        return inner.replace("<table:table-cell", f'<table:table-cell table:number-rows-spanned="{value.rows}"', 1)
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, datetime):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if isinstance(value, date):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if isinstance(value, time):
        return (f'<table:table-cell office:value-type="time" office:time-value="PT{value.hour}H{value.minute}M0S">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def write_ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A minimal OpenDocument spreadsheet."""
    tables = []
    for name, rows in sheets.items():
        body = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows)
        tables.append(f'<table:table table:name="{escape(name)}">{body}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", content)
    return path
