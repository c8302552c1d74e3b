"""Spreadsheet importer: .xlsx/.xlsm/.xls/.ods workbooks, Apple Numbers documents and .csv/.tsv files.

Finds the header row, maps columns by synonyms (or a forced/stored map),
decides date and time formats per column, and yields one RawRecord per row
with a content-derived key. See reader.read for the flow.
"""
from __future__ import annotations

from pathlib import Path

from importers import messages as msg
from importers.bulk import collector_paused
from importers.errors import NotACalendar
from importers.records import ImportOptions, ImportResult

NAME = "sheets"
EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".ods", ".numbers", ".csv", ".tsv"]
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def accepts(path: Path, head: bytes) -> bool:
    """By extension, confirmed by content: zip for xlsx/ods, OLE for xls."""
    ext = Path(path).suffix.lower()
    if ext == ".numbers":  # a Numbers document sent as one file is a zip (a package folder is not a file)
        return head.startswith(_ZIP)
    if ext in (".xlsx", ".xlsm", ".ods"):
        return head.startswith((_ZIP, _OLE))  # OLE: an .xls renamed, or a password-protected workbook
    # the text reader's tests (and its decoders, the HTML table) only for the files that may be text
    from importers.sheets.html_table import looks_like_html_table
    from importers.sheets.text import looks_binary, looks_tabular

    if ext == ".xls":  # some ".xls" are really xlsx, HTML or tab-separated text
        if head.startswith((_OLE, _ZIP)):
            return True
        return not looks_binary(head) and (head.lstrip()[:1] != b"<" or looks_like_html_table(head))
    if ext in (".csv", ".tsv"):
        # a workbook saved under the wrong name is read as a workbook
        return head.startswith((_ZIP, _OLE)) or not looks_binary(head)
    if ext == ".txt":  # SAP's and Excel's "text" exports: read when the text is a table (not in EXTENSIONS:
        # a folder's notes are not offered nor watched)
        return not looks_binary(head) and looks_tabular(path, head)
    return False


def read(path: Path, options: ImportOptions | None = None) -> ImportResult:
    path = Path(path)
    options = options or ImportOptions()
    if path.suffix.lower() in (".csv", ".tsv", ".xls"):
        from importers.sheets.text import looks_binary

        with open(path, "rb") as fh:
            head = fh.read(4096)
        if not head.startswith((_ZIP, _OLE)) and looks_binary(head):
            raise NotACalendar(path, msg.BINARY)
    # Tens of thousands of small objects are made at once; the cyclic collector
    # would walk the whole table again and again while nothing here forms cycles.
    from importers.sheets import reader  # loaded when a sheet is read: the read-ahead needs only the workbook module

    with collector_paused():
        return reader.read(path, options)
