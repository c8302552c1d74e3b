"""Local calendar days and readable times in the workspace's zone, fast.

Converting 100,000 instants with ``astimezone`` is slow; the zone's offset only
changes at transitions, so it is cached per UTC hour.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

from calendar_core.timeconv import zone_or_utc

UTC = timezone.utc
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


zone = zone_or_utc  # unknown or empty names read as UTC


class LocalClock:
    """Maps UTC instants to local days and wall times in one zone."""

    def __init__(self, tz_name: str | None):
        self.tz = zone(tz_name)
        self._offsets: dict[int, int] = {}

    def offset(self, ts: float) -> int:
        hour = int(ts // 3600)
        off = self._offsets.get(hour)
        if off is None:
            moment = datetime.fromtimestamp(hour * 3600, UTC).astimezone(self.tz)
            off = self._offsets[hour] = int(moment.utcoffset().total_seconds())
        return off

    def day(self, moment: datetime) -> int:
        """Local calendar day of an aware instant, as a date ordinal."""
        ts = moment.timestamp()
        return int((ts + self.offset(ts)) // 86400) + 719163  # 1970-01-01 ordinal

    def day_of_ts(self, ts: float) -> int:
        return int((ts + self.offset(ts)) // 86400) + 719163

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)


def fmt_day(day: date) -> str:
    """"Tue 4 Aug" (English, independent of the machine's locale)."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def fmt_time(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def fmt_minutes(minutes: float) -> str:
    minutes = int(round(minutes))
    if minutes < 120 or minutes % 60:
        return f"{minutes} min"
    return f"{minutes // 60} h"

