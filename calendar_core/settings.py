"""Workspace settings, declared once with types and defaults.

Stored in the workspace as JSON; unknown keys are ignored and missing keys take
their defaults, so an older workspace opens with newer code.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def machine_timezone() -> str:
    """The machine's IANA zone name, or UTC when it cannot be told."""
    import os
    from pathlib import Path

    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz and not tz.startswith("/"):
        return tz
    try:
        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            return "/".join(parts[parts.index("zoneinfo") + 1:])
    except OSError:
        pass
    try:
        import tzlocal  # optional

        return str(tzlocal.get_localzone_name())
    except Exception:  # noqa: BLE001 - optional helper, any failure means unknown
        return "UTC"


@dataclass
class Settings:
    timezone: str = field(default_factory=machine_timezone)
    horizon_past_days: int = 365
    horizon_future_days: int = 730
    slot_minutes: int = 60
    default_duration_minutes: int = 30
    overload_per_day: int = 3
    overload_per_channel: dict[str, int] = field(default_factory=dict)
    duplicate_window_days: int = 7
    duplicate_threshold: float = 0.28  # score scale of calendar_core.analysis.duplicates
    duplicates_within_department: bool = False
    blackout_dates: list[str] = field(default_factory=list)  # ISO dates or "start..end"
    slot_clash_within_department: bool = False  # also flag one department's own posts
    ignored_statuses: list[str] = field(default_factory=lambda: ["Cancelled"])  # take part in no rule
    day_first: bool | None = None  # locale for undecidable spreadsheet dates
    working_hours: str = "09:00-18:00"  # where "Suggest a free slot" looks for times (local)
    suggest_days: int = 7  # how many days either side of the entry's day it looks

    def working_span(self) -> tuple[int, int]:
        """Working hours as minutes after midnight (start, end); 09:00-18:00 when unreadable."""
        try:
            a, b = (part.strip() for part in self.working_hours.split("-", 1))
            lo = int(a[:2]) * 60 + int(a[3:5])
            hi = int(b[:2]) * 60 + int(b[3:5])
            if 0 <= lo < hi <= 24 * 60:
                return lo, hi
        except (ValueError, IndexError):
            pass
        return 9 * 60, 18 * 60
    live_max_mb: int = 50  # a subscribed feed larger than this is refused
    live_timeout_seconds: int = 60  # a subscribed feed slower than this is cut off

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Settings":
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})

    def blackout_days(self) -> set[date]:
        from datetime import timedelta

        days: set[date] = set()
        for item in self.blackout_dates:
            try:
                if ".." in item:
                    a, b = item.split("..", 1)
                    d, end = date.fromisoformat(a.strip()), date.fromisoformat(b.strip())
                    while d <= end:
                        days.add(d)
                        d += timedelta(days=1)
                else:
                    days.add(date.fromisoformat(item.strip()))
            except ValueError:
                continue
        return days
