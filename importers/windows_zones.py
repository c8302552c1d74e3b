"""Windows and display-style zone names mapped to IANA zones.

The core table is CLDR's windowsZones (territory 001), which icalendar ships;
the extras are names that Outlook, Exchange/CDO and Lotus Notes write as TZID
(display names such as "Canberra, Melbourne, Sydney" or short names such as
"Eastern").
"""
from __future__ import annotations

from functools import lru_cache

_EXTRA = {
    # a hand-made fallback for the most common names, used when icalendar lacks the table
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
    "New Zealand Standard Time": "Pacific/Auckland",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Tokyo Standard Time": "Asia/Tokyo",
    "China Standard Time": "Asia/Shanghai",
    "India Standard Time": "Asia/Calcutta",
    "Singapore Standard Time": "Asia/Singapore",
    "Arabian Standard Time": "Asia/Dubai",
    "E. South America Standard Time": "America/Sao_Paulo",
    "UTC": "UTC",
    # display names (Outlook 2003/2007, CDO, Notes)
    "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": "Europe/Berlin",
    "Brussels, Copenhagen, Madrid, Paris": "Europe/Paris",
    "Belgrade, Bratislava, Budapest, Ljubljana, Prague": "Europe/Budapest",
    "Sarajevo, Skopje, Warsaw, Zagreb": "Europe/Warsaw",
    "Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London": "Europe/London",
    "Dublin, Edinburgh, Lisbon, London": "Europe/London",
    "Eastern Time (US & Canada)": "America/New_York",
    "Central Time (US & Canada)": "America/Chicago",
    "Mountain Time (US & Canada)": "America/Denver",
    "Pacific Time (US & Canada)": "America/Los_Angeles",
    "Pacific Time (US & Canada), Tijuana": "America/Los_Angeles",
    "Pacific Time (US & Canada); Tijuana": "America/Los_Angeles",
    "Canberra, Melbourne, Sydney": "Australia/Sydney",
    "Kuala Lumpur, Singapore": "Asia/Singapore",
    "Osaka, Sapporo, Tokyo": "Asia/Tokyo",
    "Beijing, Chongqing, Hong Kong, Urumqi": "Asia/Shanghai",
    "Chennai, Kolkata, Mumbai, New Delhi": "Asia/Calcutta",
    "Auckland, Wellington": "Pacific/Auckland",
    "Abu Dhabi, Muscat": "Asia/Dubai",
    "Brasilia": "America/Sao_Paulo",
    "Brasília": "America/Sao_Paulo",
    # short names (Lotus Notes, old Exchange)
    "Eastern": "America/New_York",
    "Central": "America/Chicago",
    "Mountain": "America/Denver",
    "Pacific": "America/Los_Angeles",
    "Eastern Time": "America/New_York",
    "Central Time": "America/Chicago",
    "Mountain Time": "America/Denver",
    "Pacific Time": "America/Los_Angeles",
}



@lru_cache(maxsize=1)
def _lower() -> dict[str, str]:
    """The whole table, lower-cased; built on the first name asked about, so that importing the
    readers does not import icalendar (a twentieth of a second of start-up) for a table few files need."""
    try:  # CLDR windowsZones as shipped by icalendar (139 names)
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON as cldr
    except ImportError:  # pragma: no cover - older icalendar
        cldr = {}
    return {k.lower(): v for k, v in {**_EXTRA, **cldr}.items()}


def windows_to_iana(name: str) -> str | None:
    """IANA name for a Windows or display zone name, or None."""
    return _lower().get(" ".join(name.split()).lower())
