"""RFC 5545 text primitives: escaping, folding and date/time values.

The ICS exporter writes content lines itself (fast, and exact about CRLF and
the 75-octet limit); this module holds the pieces that are easy to get wrong.
"""
from __future__ import annotations

from calendar_core.export.bounds import in_zone

import re
from datetime import date, datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc
CRLF = "\r\n"
_UTC_NAMES = {"utc", "etc/utc", "gmt", "etc/gmt", "z", "zulu", "universal", "etc/universal", "etc/zulu"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PARAM_UNSAFE = re.compile(r'[";:,\x00-\x1f\x7f]')


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def param_value(value: str) -> str:
    """A parameter value, quoted when it holds characters that need it."""
    value = _CONTROL.sub("", value).replace('"', "'")
    return f'"{value}"' if _PARAM_UNSAFE.search(value) else value


def fold(line: str) -> str:
    """Fold one content line to at most 75 octets per physical line, CRLF-terminated.

    Splits only between characters, never inside a UTF-8 sequence.
    """
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + CRLF
    parts: list[str] = []
    limit = 75
    chunk: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(chunk))
            chunk, size, limit = [], 0, 74  # continuation lines start with a space
        chunk.append(ch)
        size += width
    parts.append("".join(chunk))
    return (CRLF + " ").join(parts) + CRLF


@lru_cache(maxsize=256)
def resolve_zone(name: str | None) -> ZoneInfo | None:
    """An IANA zone for ``name`` (Windows names too), or None for UTC/unknown."""
    if not name or name.strip().lower() in _UTC_NAMES:
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        pass
    try:
        from icalendar.timezone import tzp

        tz = tzp.timezone(name.strip())
    except Exception:  # noqa: BLE001 - icalendar's lookup raises several kinds; unknown means UTC
        return None
    key = getattr(tz, "key", None)
    if key and key.lower() not in _UTC_NAMES:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            return None
    return None


def zone_name(tzinfo) -> str | None:
    """IANA name of an aware datetime's zone, None for UTC or unnamed zones."""
    key = getattr(tzinfo, "key", None) or getattr(tzinfo, "zone", None)
    if key is None:
        return None
    zone = resolve_zone(str(key))
    return zone.key if zone is not None else None


def fmt_date(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def fmt_utc(value: datetime) -> str:
    value = value.astimezone(UTC)
    return f"{fmt_date(value)}T{value.hour:02d}{value.minute:02d}{value.second:02d}Z"


def fmt_local(value: datetime) -> str:
    return f"{fmt_date(value)}T{value.hour:02d}{value.minute:02d}{value.second:02d}"


def date_time_prop(name: str, value: date | datetime, zone: ZoneInfo | None) -> tuple[str, str | None]:
    """A DTSTART-like line and the zone it needs a VTIMEZONE for.

    ``date`` values become ``VALUE=DATE``; datetimes are written in ``zone``
    with TZID, or in UTC when ``zone`` is None.
    """
    if not isinstance(value, datetime):
        return f"{name};VALUE=DATE:{fmt_date(value)}", None
    if zone is None:
        return f"{name}:{fmt_utc(value)}", None
    local = in_zone(value, zone)
    return f"{name};TZID={param_value(zone.key)}:{fmt_local(local)}", zone.key


def date_list_prop(name: str, values: list[date | datetime], zone: ZoneInfo | None) -> tuple[str, str | None]:
    """An EXDATE/RDATE line holding several values of one type."""
    if not values:
        raise ValueError("empty date list")
    if not isinstance(values[0], datetime):
        return f"{name};VALUE=DATE:" + ",".join(fmt_date(v) for v in values), None
    if zone is None:
        return f"{name}:" + ",".join(fmt_utc(v) for v in values), None
    text = ",".join(fmt_local(in_zone(v, zone)) for v in values)
    return f"{name};TZID={param_value(zone.key)}:{text}", zone.key
