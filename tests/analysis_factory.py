"""Small builders for analysis tests: entries from local wall times."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import count
import zlib
from zoneinfo import ZoneInfo

from calendar_core.model import Entry

_ids = count(1)


def at(text: str, zone: str = "Europe/Berlin") -> datetime:
    """'2026-08-04 10:00' in ``zone`` as an aware UTC datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).astimezone(timezone.utc)


def entry(title: str = "Post", start: str = "2026-08-04 10:00", *, zone: str = "Europe/Berlin",
          minutes: int | None = None, department: str = "Marketing", channel: str = "LinkedIn",
          owner: str = "", source_id: int | None = None, source_name: str | None = None,
          ref: str | None = None, all_day: bool = False, days: int = 1, **extra) -> Entry:
    n = next(_ids)
    if all_day:
        first = date.fromisoformat(start[:10])
        begin = datetime(first.year, first.month, first.day, tzinfo=timezone.utc)
        end = begin + timedelta(days=days)
    else:
        begin = at(start, zone)
        end = begin + timedelta(minutes=minutes) if minutes is not None else None
    # a stable number per department (hash() changes with each run's string hashing: one run in
    # about a thousand gave "HR" a test's blackout source)
    sid = source_id if source_id is not None else zlib.crc32(department.encode()) % 1000 + 1
    return Entry(
        id=n, source_id=sid, source_ref=ref or f"row {n}", title=title, start=begin, end=end,
        all_day=all_day, department=department, channel=channel, owner=owner,
        source_name=source_name or f"{department.lower().replace(' ', '_')}.xlsx", **extra,
    )
