"""Bytes to iCalendar content lines, fast and forgiving.

``decode`` turns whatever bytes a department hands over into text (BOM, UTF-8,
invalid UTF-8, Windows-1252). ``content_lines`` unfolds the text into logical
lines with the number of the physical line they started on, accepting CRLF, LF,
lone CR, blank lines inside folds and over-long lines. ``split_line`` cuts one
logical line into name, parameters and value without building icalendar
objects, which is what makes large files fast.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from importers import messages as msg

_TEXT_UNESCAPE = re.compile(r"\\(.)", re.S)


def decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes; return (text, note). ``note`` is "" when clean UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few damaged bytes, or a legacy 8-bit encoding?
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    high = sum(1 for b in data if b >= 0x80)
    good_multibyte = high - bad * 1  # rough: each valid sequence uses >= 2 high bytes
    if good_multibyte > bad:
        return text, msg.BAD_UTF8
    return data.decode("cp1252", errors="replace"), msg.NOT_UTF8


def fix_mojibake(value: str) -> str:
    """Repair text that was UTF-8 encoded twice ("MÃ¼ller" -> "Müller")."""
    if "Ã" not in value and "Â" not in value and "â€" not in value:
        return value
    try:
        return value.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def content_lines(text: str) -> list[tuple[int, str]]:
    """Unfold ``text`` into (line number, logical line) pairs (1-based numbers)."""
    return list(iter_content_lines(text))


def iter_content_lines(text: str) -> Iterator[tuple[int, str]]:
    """:func:`content_lines`, one at a time: a big file's logical lines never all live at once
    (the text is cut into physical lines once; the text itself is let go then)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    physical = text.split("\n")
    del text
    cur: str | None = None
    cur_no = 0
    parts: list[str] = []
    for no, line in enumerate(physical, 1):
        if not line:
            continue  # blank lines: ignored, even between a name and its folded value
        c = line[0]
        if (c == " " or c == "\t") and cur is not None:
            parts.append(line[1:])
            continue
        if cur is not None:
            yield cur_no, "".join(parts) if len(parts) > 1 else cur
        cur, cur_no = line, no
        parts = [line]
    if cur is not None:
        yield cur_no, "".join(parts)


def split_line(line: str) -> tuple[str, dict[str, str], str] | None:
    """Cut ``NAME;P=V;Q="x:y":value`` into (NAME, {P: V, Q: x:y}, value); None if no colon."""
    colon = line.find(":")
    semi = line.find(";")
    if colon < 0:
        return None
    if semi < 0 or semi > colon:
        return line[:colon].strip().upper(), {}, line[colon + 1:]
    name = line[:semi].strip().upper()
    params: dict[str, str] = {}
    i, n = semi + 1, len(line)
    while i < n:
        eq = i
        while eq < n and line[eq] not in "=;:":
            eq += 1
        key = line[i:eq].strip().upper()
        if eq >= n:
            return None
        if line[eq] == ":":
            return name, params, line[eq + 1:]
        if line[eq] == ";":
            if key:
                params[key] = ""
            i = eq + 1
            continue
        j = eq + 1
        vals: list[str] = []
        while True:
            if j < n and line[j] == '"':
                end = line.find('"', j + 1)
                if end < 0:
                    end = n
                vals.append(line[j + 1:end])
                j = end + 1
            else:
                k = j
                while k < n and line[k] not in ",;:":
                    k += 1
                vals.append(line[j:k])
                j = k
            if j < n and line[j] == ",":
                j += 1
                continue
            break
        if key:
            params[key] = ",".join(vals)
        if j >= n:
            return None
        if line[j] == ":":
            return name, params, line[j + 1:]
        i = j + 1
    return None


def unescape_text(value: str) -> str:
    if "\\" not in value:
        return value
    return _TEXT_UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_list(value: str) -> list[str]:
    """Split a TEXT list on unescaped commas and unescape the items."""
    items, cur, i, n = [], [], 0, len(value)
    while i < n:
        c = value[i]
        if c == "\\" and i + 1 < n:
            cur.append(value[i:i + 2])
            i += 2
            continue
        if c == ",":
            items.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    items.append("".join(cur))
    return [unescape_text(x).strip() for x in items if x.strip()]


_DT = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?)?\s*(Z)?\s*$", re.I)


def parse_dt(value: str) -> tuple[date | datetime, bool] | None:
    """Parse DATE or DATE-TIME; return (naive value, is_utc) or None.

    Lenient: dashes and colons allowed, missing seconds, lowercase z.
    """
    v = value
    if len(v) == 8 and v.isdigit():
        try:
            return date(int(v[:4]), int(v[4:6]), int(v[6:])), False
        except ValueError:
            return None
    if len(v) in (15, 16) and v[8] == "T":
        try:
            d = datetime(int(v[:4]), int(v[4:6]), int(v[6:8]), int(v[9:11]), int(v[11:13]), int(v[13:15]))
        except ValueError:
            d = None
        if d is not None:
            if len(v) == 15:
                return d, False
            if v[15] in "Zz":
                return d, True
    m = _DT.match(v)
    if not m:
        return None
    y, mo, d_, hh, mm, ss, z = m.groups()
    try:
        if hh is None:
            return date(int(y), int(mo), int(d_)), bool(z)
        sec = min(int(ss or 0), 59)
        return datetime(int(y), int(mo), int(d_), int(hh), int(mm), sec), bool(z)
    except ValueError:
        return None


_DUR = re.compile(r"^\s*([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:([+-]?\d+)H)?(?:([+-]?\d+)M)?(?:([+-]?\d+)S)?)?\s*$", re.I)


def parse_duration(value: str) -> timedelta | None:
    m = _DUR.match(value)
    if not m or value.strip().upper() in ("P", "PT", "+P", "-P"):
        return None
    sign, w, d, h, mi, s = m.groups()
    td = timedelta(weeks=int(w or 0), days=int(d or 0), hours=int(h or 0), minutes=int(mi or 0), seconds=int(s or 0))
    return -td if sign == "-" else td
