"""A zone name becomes a zone in one place: calendar_core.timeconv (strict ``zone``, lenient ``zone_or_utc``)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from calendar_core.timeconv import zone, zone_or_utc

ROOT = Path(__file__).resolve().parent.parent
# ZoneInfo(<anything but a literal "UTC">) outside the resolver
_CALL = re.compile(r"ZoneInfo\((?!\"UTC\"\))")
# the ICS exporter maps Windows names ("W. Europe Standard Time") through icalendar: its own job
ALLOWED = {"calendar_core/timeconv.py", "calendar_core/export/icstext.py"}


def test_zone_names_are_resolved_only_in_timeconv():
    found = sorted(p.relative_to(ROOT).as_posix() for pkg in ("calendar_core", "ui")
                   for p in (ROOT / pkg).rglob("*.py") if _CALL.search(p.read_text(encoding="utf-8")))
    assert [f for f in found if f not in ALLOWED] == []


def test_strict_and_lenient_resolution():
    assert zone("Europe/Berlin").key == "Europe/Berlin"
    assert zone("").key == "UTC"
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        zone("Mars/Olympus")
    assert zone_or_utc("Mars/Olympus").key == "UTC"
    assert zone_or_utc(None).key == "UTC"
