"""TZID to a tzinfo, the way calendar apps read it.

Order: empty -> floating; IANA names (also spelled with spaces or behind a
vendor prefix such as "/freeassociation.sourceforge.net/Europe/Berlin");
Windows and display names (CLDR table); a city named inside a display name
("(GMT+01:00) Amsterdam, Berlin"); the file's own VTIMEZONE rules (icalendar);
a fixed offset written in the name ("(GMT-03:00)"); else the floating zone with
a warning.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from importers.windows_zones import windows_to_iana

UTC_NAMES = {"utc", "z", "gmt", "tzone://microsoft/utc", "coordinated universal time", "etc/utc", "etc/gmt", "zulu", "universal", "etc/universal", "etc/zulu", "(utc) coordinated universal time"}
_IANA_TAIL = re.compile(r"(?:^|[/_ ])((?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|US|Canada|Brazil|Mexico|Chile|Etc)/[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)?)$")
_OFFSET = re.compile(r"(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?", re.I)


@lru_cache(maxsize=512)
def iana(name: str) -> ZoneInfo | None:
    try:
        if not name or name.startswith("/") or ".." in name:
            return None
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if "/" not in key or key.startswith(("Etc/", "SystemV/", "posix/", "right/")):
            continue
        city = _fold(key.rsplit("/", 1)[1].replace("_", " "))
        index.setdefault(city, key)
    return index


def iana_name_for(tzid: str) -> str | None:
    """An IANA name for ``tzid`` by name alone, or None."""
    name = tzid.strip().strip('"').replace("\\,", ",").replace("\\;", ";").strip()
    name = re.sub(r"^\d+\|", "", name)  # CDO: "13|Pacific Time (US & Canada), Tijuana"
    if not name:
        return None
    if name.lower() in UTC_NAMES:
        return "UTC"
    for candidate in (name, name.replace(" ", "_"), name.replace("-", "/", 1)):  # "US-Eastern" (RFC examples)
        if iana(candidate) is not None:
            return candidate
    m = _IANA_TAIL.search(name.replace(" ", "_"))
    if m and iana(m.group(1)):
        return m.group(1)
    win = windows_to_iana(name)
    if win:
        return win
    # display names: "(GMT+01:00) Amsterdam, Berlin, ..." -> first known city
    bare = re.sub(r"^\s*\((?:GMT|UTC)[^)]*\)\s*", "", name, flags=re.I)
    win = windows_to_iana(bare)
    if win:
        return win
    index = _city_index()
    for token in re.split(r"[,;/&()]| - ", bare):
        city = _fold(token)
        if city and city in index:
            return index[city]
    return None


def fixed_offset(tzid: str) -> tzinfo | None:
    m = _OFFSET.search(tzid)
    if not m:
        return None
    sign = -1 if m.group(1) in "-−" else 1
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
    if delta >= timedelta(hours=24):
        return None
    return timezone(sign * delta, tzid.strip().strip('"'))


class ZoneResolver:
    """Resolves TZIDs of one file; VTIMEZONE blocks are parsed only when needed."""

    def __init__(self, floating: tzinfo, floating_name: str):
        self.floating = floating
        self.floating_name = floating_name
        self.vtimezones: dict[str, list[str]] = {}  # TZID -> raw lines of its VTIMEZONE
        self.warnings: list[str] = []
        self._cache: dict[str, tuple[tzinfo, str]] = {}

    def add_vtimezone(self, tzid: str, lines: list[str]) -> None:
        self.vtimezones.setdefault(tzid.strip(), lines)

    def resolve(self, tzid: str, where: str = "") -> tuple[tzinfo, str]:
        """(tzinfo, name) for a TZID; name is IANA when known."""
        hit = self._cache.get(tzid)
        if hit is not None:
            return hit
        result = self._resolve(tzid, where)
        self._cache[tzid] = result
        return result

    def _resolve(self, tzid: str, where: str) -> tuple[tzinfo, str]:
        raw = tzid.strip().strip('"').strip()
        if not raw:
            return self.floating, self.floating_name
        name = iana_name_for(raw)
        if name:
            return (timezone.utc if name == "UTC" else iana(name)), name
        tz = self._from_vtimezone(raw)
        if tz is not None:
            return tz, raw.replace("\\,", ",")
        tz = fixed_offset(raw)
        if tz is not None:
            return tz, raw
        self.warnings.append(
            f"unknown time zone '{raw}'{(' ' + where) if where else ''}; its times were read in {self.floating_name}")
        return self.floating, self.floating_name

    def _from_vtimezone(self, tzid: str) -> tzinfo | None:
        lines = self.vtimezones.get(tzid)
        if lines is None:
            for key, val in self.vtimezones.items():
                if key.strip('"').replace("\\,", ",") == tzid.replace("\\,", ","):
                    lines = val
                    break
        if lines is None:
            return None
        try:
            import icalendar

            comp = icalendar.Timezone.from_ical("\r\n".join(lines))
            tz = comp.to_tz(lookup_tzid=False)
            from datetime import datetime

            datetime(2020, 6, 1, tzinfo=tz).utcoffset()  # proves the rules are usable
            return tz
        except Exception:  # noqa: BLE001 - icalendar raises many types on broken VTIMEZONEs
            return None
