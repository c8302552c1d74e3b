"""CSV/TSV files: decode (UTF-8 with or without BOM, UTF-16 with or without BOM, the East Asian
double-byte encodings and Windows code pages told by content (importers/sheets/encodings.py),
Windows-1252 or Mac Roman), normalise line ends (CR-only, NEL), sniff the
delimiter, and return the rows as lists of strings."""
from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from pathlib import Path

from importers import limits
from importers import messages as msg
from importers.errors import NotACalendar
from importers.sheets.encodings import code_page, east_asian_encoding
from importers.sheets.html_table import html_table_rows
from importers.slices import sliced_decode, sliced_lines

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
        raise NotACalendar(path, msg.BINARY)
    try:
        return sliced_decode(data, "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    legacy = east_asian_encoding(data) or code_page(data)  # Shift_JIS, GB18030, Windows-1254 …, by content
    if legacy:
        # Windows-1258 writes a Vietnamese tone after its letter: composed, "Thứ" is one word to every reader
        text = data.decode(legacy, errors="replace")
        return (unicodedata.normalize("NFC", text) if legacy == "cp1258" else text), legacy
    if mac_roman_likelier(data):
        return data.decode("mac_roman"), "mac-roman"
    return data.decode("cp1252", errors="replace"), "windows-1252"


# Bytes Windows-1252 leaves undefined: a file holding them was not written in it.
_CP1252_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def mac_roman_likelier(data: bytes) -> bool:
    """True when the 8-bit text reads as Mac Roman rather than Windows-1252: it
    holds a byte Windows-1252 does not define, or more of its high bytes turn into
    letters inside words under Mac Roman."""
    high = [i for i, b in enumerate(data[:SNIFF_CHARS * 4]) if b >= 0x80]
    if not high:
        return False
    if any(data.count(bytes([b])) for b in _CP1252_HOLES):
        return True
    return _in_word_letters(data, high, "mac_roman") > _in_word_letters(data, high, "cp1252")


def _in_word_letters(data: bytes, high: list[int], encoding: str) -> int:
    """How many high bytes decode to a letter next to an ASCII letter."""
    score = 0
    for i in high:
        char = bytes([data[i]]).decode(encoding, errors="replace")
        if not char.isalpha():
            continue
        before = data[i - 1:i] if i else b""
        after = data[i + 1:i + 2]
        if before.isalpha() or after.isalpha():
            score += 1
    return score


_LINE_ENDS = ("\x85", "\u2028")  # NEL (old mainframe and some UTF-16 exports), LINE SEPARATOR


def normalise_lines(text: str) -> str:
    """Text whose records end with NEL or LINE SEPARATOR instead of CR/LF gets LF:
    the csv module knows only CR and LF, and would see one endless line."""
    for mark in _LINE_ENDS:
        if mark in text:
            ends = text.count("\n") + text.count("\r")
            if text.count(mark) > ends:
                text = text.replace(mark, "\n")
    return text


def sniff_delimiter(text: str, suffix: str) -> str:
    """The delimiter whose rows are most consistently wider than one column."""
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS:  # do not judge by a half-cut last line
        cut = max(sample.rfind("\n"), sample.rfind("\r"))
        sample = sample[:cut] if cut > 0 else sample
    best, best_score = ("\t" if suffix == ".tsv" else ","), -1.0
    for delim in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim)
                    if any(c.strip() for c in r)]
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


def looks_tabular(path: Path, head: bytes) -> bool:
    """True when the first lines of a text are a table: most of them split into the same number of
    fields by one delimiter, two or more (three by commas); a title line or two above it may not."""
    try:
        text = decode(path, head)[0]
    except NotACalendar:
        return False
    lines = [line for line in normalise_lines(text).splitlines() if line.strip()]
    lines = lines[:-1] if len(head) >= 4096 and len(lines) > 1 else lines  # the last one may be cut
    if len(lines) < 3:
        return False
    for delim in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delim)]
        except csv.Error:
            continue
        common = max(set(widths), key=widths.count)
        least = 3 if delim == "," else 2  # prose has a comma or two on every line, not two in the same places
        if common >= least and widths.count(common) >= max(3, 0.6 * len(widths)):
            return True
    return False


_TAGGED_START = re.compile(r"\s*<")  # \s is what str.strip removes
_TAGGED = re.compile(r"\s*<([^\W\d][\w.-]*)>(.*?)</\1>\s*", re.S)


def tagged_rows(text: str) -> list[list[str]] | None:
    """Lines made of ``<field> value </field>`` pairs (an XML-ish export saved as
    .csv): a header of the field names in order of first use, one row per line.
    None unless most non-blank lines are written that way."""
    if not _TAGGED_START.match(text):  # the first non-blank line: no split (nor copy) of every line for a plain csv
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    parsed = []
    for line in lines:
        pairs, pos = [], 0
        for m in _TAGGED.finditer(line):
            if m.start() != pos:
                break
            pairs.append((m.group(1), m.group(2).strip().strip('"').strip()))
            pos = m.end()
        if pos == len(line) and pairs:
            parsed.append(dict(pairs))
    if len(parsed) < 0.8 * len(lines):
        return None
    names: list[str] = []
    for rec in parsed:
        names += [k for k in rec if k not in names]
    return [names] + [[rec.get(k, "") for k in names] for rec in parsed]


def read_rows(path: Path, data: bytes) -> tuple[list[list[str]], dict]:
    """Rows of a CSV/TSV file plus what was detected (encoding, delimiter)."""
    text, encoding = decode(path, data)
    text = normalise_lines(text)
    html = html_table_rows(text) if _TAGGED_START.match(text) else None
    if html is not None:  # Bitrix24's and other tools' "Excel" export: an HTML table named .xls
        return list(limits.checked_rows(path, iter(html))), {"encoding": encoding, "delimiter": "HTML table"}
    tagged = tagged_rows(text)
    if tagged is not None:
        return tagged, {"encoding": encoding, "delimiter": "tagged lines"}
    delim = sniff_delimiter(text, path.suffix.lower())
    # columns and cell sizes are capped, each refusal naming its row (importers/limits.py)
    rows = list(limits.checked_rows(path, csv.reader(sliced_lines(text), delimiter=delim)))
    return rows, {"encoding": encoding, "delimiter": delim}
