"""What python-calamine does not say about an xlsx worksheet, read from its XML.

* error cells (#REF!, #DIV/0!, #N/A…): calamine hands them over as empty, so a
  post whose date is a broken formula would read as having no date at all;
* merged ranges, for python-calamine versions without ``merged_cell_ranges``.

A worksheet's part is found through workbook.xml and its relations (the
sheetN.xml numbering does not follow the workbook's order once sheets are
moved), then streamed in blocks: the sheet is never held whole.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from typing import Iterator

Merged = tuple[int, int, int, int]  # first row, first col, last row, last col (0-based, inclusive)

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL = re.compile(rb'<c\b([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_VALUE = re.compile(rb"<v>([^<]{1,40})</v>")
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_BLOCK = 1 << 20


def column_index(letters: str) -> int:
    """0-based column of "A", "Z", "AA"…"""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def sheet_parts(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, zip member) of every sheet, in the workbook's order."""
    from defusedxml.ElementTree import fromstring

    targets = {rel.get("Id"): rel.get("Target", "") for rel in fromstring(zf.read("xl/_rels/workbook.xml.rels"))}
    out = []
    for el in fromstring(zf.read("xl/workbook.xml")).iter(_MAIN + "sheet"):
        target = targets.get(el.get(_REL + "id"), "")
        if target:
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            out.append((el.get("name", ""), part))
    return out


def _chunks(zf: zipfile.ZipFile, part: str, boundary: bytes) -> Iterator[bytes]:
    """The part's bytes in blocks that end just after ``boundary`` (whole elements only)."""
    with zf.open(part) as fh:
        tail = b""
        for block in iter(lambda: fh.read(_BLOCK), b""):
            text = tail + block
            cut = text.rfind(boundary)
            if cut < 0:
                tail = text
                continue
            cut += len(boundary)
            yield text[:cut]
            tail = text[cut:]
        yield tail


def error_cells(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """(0-based row, 0-based column) -> the error a cell shows ("#REF!"); empty when unknown."""
    out: dict[tuple[int, int], str] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            part = dict(sheet_parts(zf)).get(sheet)
            if part is None:
                return out
            for text in _chunks(zf, part, b"</row>"):
                for m in _CELL.finditer(text):
                    attrs = m.group(1)
                    if b't="e"' not in attrs:
                        continue
                    ref, value = _CELL_REF.search(attrs), _VALUE.search(m.group(2) or b"")
                    if ref and value:
                        key = (int(ref.group(2)) - 1, column_index(ref.group(1).decode("ascii")))
                        out[key] = value.group(1).decode("ascii", "replace")
    except Exception:  # noqa: BLE001 - a damaged or hostile package: no detail, the plain message stays
        return {}
    return out


def merged_ranges(path: Path, index: int) -> list[Merged]:
    """Merged ranges of the index-th sheet of the workbook."""
    try:
        with zipfile.ZipFile(path) as zf:
            parts = sheet_parts(zf)
            if index >= len(parts):
                return []
            out: set[Merged] = set()
            for text in _chunks(zf, parts[index][1], b"/>"):
                for m in _MERGE.finditer(text):
                    out.add((int(m.group(2)) - 1, column_index(m.group(1).decode("ascii")),
                             int(m.group(4)) - 1, column_index(m.group(3).decode("ascii"))))
            return sorted(out)
    except Exception:  # noqa: BLE001 - as for error cells: no merged ranges is the safe answer
        return []
