"""CSV/TSV files: decode (UTF-8 with or without BOM, UTF-16, Windows-1252),
sniff the delimiter, and return the rows as lists of strings."""
from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from importers import limits
from importers.errors import NotACalendar

DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 64 * 1024
MAX_FIELD = 16 * 1024 * 1024


def looks_binary(head: bytes) -> bool:
    """True for content that is not text in any encoding we read."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return True
    control = sum(1 for b in head[:4096] if b < 9 or 13 < b < 32)
    return control > max(4, len(head[:4096]) // 100)


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:512]
    if len(sample) < 4:
        return None
    even_zero = sum(1 for b in sample[0::2] if b == 0)
    odd_zero = sum(1 for b in sample[1::2] if b == 0)
    half = len(sample) // 2
    if odd_zero > 0.6 * half and even_zero < 0.1 * half:
        return "utf-16-le"
    if even_zero > 0.6 * half and odd_zero < 0.1 * half:
        return "utf-16-be"
    return None


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of the file and the encoding used."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    enc16 = _utf16_without_bom(data)
    if enc16:
        return data.decode(enc16, errors="replace"), enc16
    if looks_binary(data[:4096]):
        raise NotACalendar(path, "the file is binary, not a text table")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def sniff_delimiter(text: str, suffix: str) -> str:
    """The delimiter whose rows are most consistently wider than one column."""
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS:  # do not judge by a half-cut last line
        cut = sample.rfind("\n")
        sample = sample[:cut] if cut > 0 else sample
    best, best_score = ("\t" if suffix == ".tsv" else ","), -1.0
    for delim in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delim) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not rows:
            continue
        widths = [len(r) for r in rows]
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        share = widths.count(common) / len(widths)
        score = share * 10 + min(common, 30) / 30
        if delim == "\t" and suffix == ".tsv":
            score += 1
        if score > best_score:
            best, best_score = delim, score
    return best


def read_rows(path: Path, data: bytes) -> tuple[list[list[str]], dict]:
    """Rows of a CSV/TSV file plus what was detected (encoding, delimiter)."""
    text, encoding = decode(path, data)
    delim = sniff_delimiter(text, path.suffix.lower())
    # columns and cell sizes are capped, each refusal naming its row (importers/limits.py)
    rows = list(limits.checked_rows(path, csv.reader(io.StringIO(text, newline=""), delimiter=delim)))
    return rows, {"encoding": encoding, "delimiter": delim}
