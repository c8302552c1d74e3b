"""Helpers of the ICS tests: read a fixture as written and with its components reversed."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from importers import ImportOptions, ics

UTC = timezone.utc
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ics"
WINDOW = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
_BLOCK = re.compile(rb"BEGIN:(VEVENT|VTODO|VTIMEZONE|VJOURNAL|VFREEBUSY)\r?\n?.*?END:\1(?:\r\n|\n|\r)?", re.S)


def options(zone: str = "Europe/Berlin", window=WINDOW) -> ImportOptions:
    return ImportOptions(timezone=ZoneInfo(zone), window_start=window[0], window_end=window[1])


def reversed_copy(path: Path, tmp: Path) -> Path:
    """The same file with its top-level components in reverse order (RFC 5545 defines no order)."""
    data = path.read_bytes()
    blocks = list(_BLOCK.finditer(data))
    if len(blocks) < 2:
        out = data
    else:
        pieces, pos = [], 0
        for m in blocks:
            pieces.append(data[pos:m.start()])
            pieces.append(None)
            pos = m.end()
        tail = data[pos:]
        texts = [m.group(0) for m in reversed(blocks)]
        it = iter(texts)
        out = b"".join(p if p is not None else next(it) for p in pieces) + tail
    target = tmp / path.name
    target.write_bytes(out)
    return target


def read(name: str, tmp: Path | None = None, reverse: bool = False, **kw):
    path = FIXTURES / name
    if reverse:
        assert tmp is not None
        path = reversed_copy(path, tmp)
    return ics.read(path, options(**kw))


def iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def rows(result) -> list[tuple]:
    """What a golden test compares: identity, instants, title (order-independent)."""
    return sorted((r.source_ref, iso(r.start), iso(r.end), r.title) for r in result.records)


def as_utc(value) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    assert isinstance(value, date)
    return datetime.combine(value, datetime.min.time(), UTC)
