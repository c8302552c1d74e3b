"""Typed values of one file's properties: instants in the right zone, durations."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo

from importers.ics_text import parse_dt, parse_duration
from importers.ics_zones import ZoneResolver

UTC = timezone.utc


class When:
    """A DATE or DATE-TIME read from a property.

    ``value`` is a ``date`` or an aware ``datetime``; ``tz``/``tzname`` the
    zone the series is expanded in (the TZID's zone, the calendar zone for UTC
    and floating values).
    """

    __slots__ = ("value", "tz", "tzname", "is_date")

    def __init__(self, value, tz, tzname, is_date):
        self.value, self.tz, self.tzname, self.is_date = value, tz, tzname, is_date

    def naive(self) -> datetime:
        if self.is_date:
            return datetime(self.value.year, self.value.month, self.value.day)
        return self.value.replace(tzinfo=None)


def _zoned(value: datetime, tz) -> datetime:
    """``value.replace(tzinfo=tz)`` of a datetime: the same value (fold too), at a third of the cost."""
    return datetime.combine(value, value.time(), tz)


class ValueReader:
    """Reads DATE/DATE-TIME/PERIOD/DURATION values of one VCALENDAR."""

    def __init__(self, zones: ZoneResolver, cal_tz: tzinfo | None, cal_tzname: str | None):
        self.zones = zones
        # X-WR-TIMEZONE: the calendar's zone; UTC and floating times are shown in it
        self.cal_tz = cal_tz
        self.cal_tzname = cal_tzname
        self.float_tz = cal_tz or zones.floating
        self.float_name = cal_tzname or zones.floating_name
        self.floated = False
        self._seen: dict[tuple, When | None] = {}  # (value, VALUE, TZID) -> what it reads as

    def when(self, params: dict[str, str], raw: str, where: str = "") -> When | None:
        """The value read in its zone; remembered per distinct value, VALUE and TZID (a calendar
        repeats its starts; When is never changed once made)."""
        key = (raw, params.get("VALUE"), params.get("TZID"))
        try:
            return self._seen[key]
        except KeyError:
            pass
        if len(self._seen) > 100_000:
            self._seen.clear()
        found = self._seen[key] = self._when(params, raw, where)
        return found

    def _when(self, params: dict[str, str], raw: str, where: str = "") -> When | None:
        parsed = parse_dt(raw.strip())
        if parsed is None:
            return None
        value, is_utc = parsed
        if not isinstance(value, datetime):
            return When(value, self.float_tz, self.float_name, True)
        if params.get("VALUE", "").upper() == "DATE":
            return When(value.date(), self.float_tz, self.float_name, True)
        if is_utc:
            if self.cal_tz is not None:
                return When(_zoned(value, UTC).astimezone(self.cal_tz), self.cal_tz, self.cal_tzname, False)
            return When(_zoned(value, UTC), UTC, "UTC", False)
        tzid = params.get("TZID")
        if tzid is not None:
            tz, name = self.zones.resolve(tzid, where)
            if name == "UTC" and self.cal_tz is not None:
                return When(_zoned(value, tz).astimezone(self.cal_tz), self.cal_tz, self.cal_tzname, False)
            return When(_zoned(value, tz), tz, name, False)
        self.floated = self.floated or self.cal_tz is None  # a floating time read in the source's zone
        return When(_zoned(value, self.float_tz), self.float_tz, self.float_name, False)

    def many(self, params: dict[str, str], raw: str, where: str = "") -> list[tuple[When, timedelta | None]]:
        """Comma-separated DATE/DATE-TIME/PERIOD values (RDATE, EXDATE)."""
        out = []
        for part in raw.split(","):
            part = part.strip()
            if not part:
                continue
            dur = None
            if "/" in part:
                part, tail = part.split("/", 1)
                d = parse_duration(tail)
                if d is None:
                    end = self.when({k: v for k, v in params.items() if k != "VALUE"}, tail, where)
                    start = self.when({k: v for k, v in params.items() if k != "VALUE"}, part, where)
                    if end is not None and start is not None and not end.is_date and not start.is_date:
                        d = end.value - start.value
                else:
                    dur = d
                dur = d
                params = {k: v for k, v in params.items() if k != "VALUE"}
            w = self.when(params, part, where)
            if w is not None:
                out.append((w, dur))
        return out

    @staticmethod
    def duration(raw: str) -> timedelta | None:
        return parse_duration(raw)

    def in_zone(self, w: When, tz: tzinfo) -> datetime:
        """``w`` as a naive wall time of ``tz`` (for matching EXDATE/RDATE to the series)."""
        if w.is_date:
            return w.naive()
        return w.value.astimezone(tz).replace(tzinfo=None)


def as_date(d) -> date:
    return d if not isinstance(d, datetime) else d.date()
