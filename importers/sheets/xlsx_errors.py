"""Error cells (#REF!, #DIV/0!, #N/A…) of one xlsx worksheet.

python-calamine hands an error cell over as an empty one, so a post whose date
is a broken formula would be reported as having no date at all. Only when such
a row turns up is the worksheet's XML streamed once to find out which cells
hold errors, so the message can say what the sheet shows.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

_CELL = re.compile(rb'<c\b([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_VALUE = re.compile(rb"<v>([^<]{1,40})</v>")
_BLOCK = 1 << 20


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def sheet_part(zf: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding the worksheet called ``sheet``, from workbook.xml and its relations."""
    from defusedxml.ElementTree import fromstring

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    book = fromstring(zf.read("xl/workbook.xml"))
    rid = next((el.get(ns_rel + "id") for el in book.iter(ns_main + "sheet") if el.get("name") == sheet), None)
    if rid is None:
        return None
    rels = fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    return None


def _collect(text: bytes, out: dict[tuple[int, int], str]) -> None:
    for m in _CELL.finditer(text):
        attrs = m.group(1)
        if b't="e"' not in attrs:
            continue
        ref, value = _REF.search(attrs), _VALUE.search(m.group(2) or b"")
        if ref and value:
            out[(int(ref.group(2)) - 1, _column(ref.group(1)))] = value.group(1).decode("ascii", "replace")


def error_cells(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """(0-based row, 0-based column) -> the error a cell shows ("#REF!"); empty when unknown."""
    out: dict[tuple[int, int], str] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            part = sheet_part(zf, sheet)
            if part is None:
                return out
            with zf.open(part) as fh:
                tail = b""
                for block in iter(lambda: fh.read(_BLOCK), b""):
                    text = tail + block
                    cut = text.rfind(b"</row>") + len(b"</row>")  # whole rows only; the rest waits
                    if cut < len(b"</row>"):
                        tail = text
                        continue
                    _collect(text[:cut], out)
                    tail = text[cut:]
                _collect(tail, out)
    except Exception:  # noqa: BLE001 - a damaged or hostile package: no detail, the plain message stays
        return {}
    return out
