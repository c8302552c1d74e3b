"""A table written as HTML and named .xls: the "Excel" export of Bitrix24, 1C, many PHP and CRM
tools (``<html><meta … charset=UTF-8><table><tr><th>ID</th>…``), which Excel opens as a sheet.

Its rows are the ``<tr>`` of its first table that has rows, its cells their ``<th>`` / ``<td>``
(``colspan`` repeats nothing: the cell is written once, then blanks), with ``<br>`` as a line break,
character references resolved and spacing collapsed as a browser shows it."""
from __future__ import annotations

import re
from html.parser import HTMLParser

_TABLE = re.compile(rb"<table[\s>]", re.I)


def looks_like_html_table(head: bytes) -> bool:
    """The first bytes are markup holding a table."""
    return head.lstrip()[:1] == b"<" and _TABLE.search(head) is not None


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.depth = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.span = 1

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.tables.append([])
        elif self.depth != 1:
            return
        elif tag == "tr":
            self._end_row()
            self.row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self.row is None:
                self.row = []
            self.cell = []
            span = dict(attrs).get("colspan") or "1"
            self.span = int(span) if span.isdigit() and 0 < int(span) < 100 else 1
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag):
        if tag == "table":
            if self.depth == 1:
                self._end_row()
            self.depth = max(0, self.depth - 1)
        elif self.depth != 1:
            return
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()

    def handle_data(self, data):
        if self.cell is not None and self.depth == 1:
            self.cell.append(data)

    def _end_cell(self):
        if self.cell is not None and self.row is not None:
            text = "".join(self.cell)
            lines = [" ".join(line.split()) for line in text.split("\n")]
            self.row.append("\n".join(x for x in lines if x))
            self.row.extend([""] * (self.span - 1))
        self.cell, self.span = None, 1

    def _end_row(self):
        self._end_cell()
        if self.row is not None and self.tables:
            self.tables[-1].append(self.row)
        self.row = None


def html_table_rows(text: str) -> list[list[str]] | None:
    """The rows of the first table of an HTML text that has two rows or more, or None."""
    if not text.lstrip().startswith("<") or "<table" not in text[:65536].lower():
        return None
    parser = _Rows()
    parser.feed(text)
    parser.close()
    parser._end_row()
    return next((t for t in parser.tables if len(t) >= 2), None)
