"""What a file says before its table is read: its kind by its first bytes, a year named by a sheet's
name, title block or text, the day it was last saved, and a readable name made of its file name."""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo


def file_kind(path: Path, head: bytes) -> str:
    ext = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        if ext == ".numbers":
            return "numbers"
        return "ods" if ext == ".ods" or b"opendocument" in head[:200] else "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    return "csv"  # text, whatever the name says (tools export tab-separated text as ".xls")


def year_hint(name: str, above: list[list]) -> int | None:
    """A year named by the sheet ("August 2026") or its title block ("Q3 2026")."""
    texts = [name] + [c for row in above for c in row if isinstance(c, str)]
    for piece in texts:
        m = re.search(r"\b(19[7-9]\d|20\d\d)\b", piece or "")
        if m:
            return int(m.group(1))
    return None


def year_in_text(data: list[list], skip: set[int]) -> int | None:
    """A year the table's own text names on many rows ("…/2016/…" in links, "Q3 2026"):
    the one year found on at least a fifth of the rows, three times as often as any other."""
    counts: dict[int, int] = {}
    rows = data[:2000]
    for row in rows:
        seen = set()
        for k, v in enumerate(row):
            if k in skip or v.__class__ is not str or len(v) < 4:
                continue
            seen.update(int(y) for y in re.findall(r"(?<!\d)(19[7-9]\d|20\d\d)(?!\d)", v))
        for y in seen:
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    year, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    return year if n >= max(2, len(rows) / 5) and n >= 3 * runner else None


def modified_day(path: Path, zone: ZoneInfo) -> date | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, zone).date()
    except (OSError, OverflowError, ValueError):
        return None


def readable_stem(path: Path) -> str:
    words = re.sub(r"[_\-.]+", " ", path.stem).split()
    return " ".join(w if w.isupper() or any(c.isdigit() for c in w) else w[:1].upper() + w[1:] for w in words)
