"""TZID names as written by real producers map to the IANA zone calendar apps use."""
from __future__ import annotations

import pytest

from importers.ics_zones import fixed_offset, iana_name_for


@pytest.mark.parametrize("tzid,iana", [
    ("Europe/Berlin", "Europe/Berlin"),
    ('"Europe/Berlin"', "Europe/Berlin"),
    ("/freeassociation.sourceforge.net/Europe/Berlin", "Europe/Berlin"),
    ("/mozilla.org/20050126_1/America/New_York", "America/New_York"),
    ("/citadel.org/20260414_1/Australia/Lord_Howe", "Australia/Lord_Howe"),
    ("/softwarestudio.org/Tzfile/Europe/Paris", "Europe/Paris"),
    ("America/Los Angeles", "America/Los_Angeles"),
    ("US-Eastern", "US/Eastern"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("w. europe standard time", "Europe/Berlin"),
    ("Romance Standard Time", "Europe/Paris"),
    ("GMT Standard Time", "Europe/London"),
    ("New Zealand Standard Time", "Pacific/Auckland"),
    ("Arabian Standard Time", "Asia/Dubai"),
    ("Eastern", "America/New_York"),
    ("Canberra, Melbourne, Sydney", "Australia/Sydney"),
    ("Kuala Lumpur\\, Singapore", "Asia/Singapore"),
    ("13|Pacific Time (US & Canada), Tijuana", "America/Los_Angeles"),
    ("(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"),
    ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "Europe/Paris"),
    ("(UTC-03:00) Brasília", "America/Sao_Paulo"),
    ("UTC", "UTC"), ("Etc/GMT", "UTC"), ("Z", "UTC"), ("tzone://Microsoft/Utc", "UTC"),
])
def test_known_names(tzid, iana):
    assert iana_name_for(tzid) == iana


@pytest.mark.parametrize("tzid", ["Customized Time Zone", "Nowhere Standard Time", "", "(GMT-03:00)"])
def test_unknown_names(tzid):
    assert iana_name_for(tzid) is None


def test_offset_in_name():
    tz = fixed_offset("(GMT-03:00)")
    from datetime import datetime

    assert datetime(2026, 1, 1, tzinfo=tz).utcoffset().total_seconds() == -3 * 3600
    assert fixed_offset("Customized Time Zone") is None
