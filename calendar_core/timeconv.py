"""Conversions at the storage boundary: aware datetimes and dates <-> epoch seconds."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_ORDINAL = EPOCH.toordinal()


class NaiveDatetimeError(ValueError):
    """A naive datetime reached a layer boundary."""


def to_ts(value: datetime | date) -> int:
    """Epoch seconds of an aware datetime, or of midnight UTC of a date."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(f"naive datetime {value.isoformat()} reached the store")
        return int(value.timestamp() // 1)
    return (value.toordinal() - _EPOCH_ORDINAL) * 86400


def from_ts(ts: int | None) -> datetime | None:
    if ts is None:
        return None
    return EPOCH + timedelta(seconds=int(ts))


def zone(name: str | None) -> ZoneInfo:
    """A ZoneInfo for an IANA name (empty means UTC); raise ValueError with a readable message.

    The one place a zone name becomes a zone: strict here, lenient in :func:`zone_or_utc`.
    """
    if not name:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone '{name}' (use an IANA name such as Europe/Berlin)") from None


def zone_or_utc(name: str | None) -> ZoneInfo:
    """Like :func:`zone`, but a name that is no zone reads as UTC (for stored values shown back)."""
    try:
        return zone(name)
    except ValueError:
        return ZoneInfo("UTC")
