"""`main.py consolidate cal.ics --report r.json` lists ICS occurrences at the right instants."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from ics_helpers import FIXTURES

UTC = timezone.utc


def _utc(text: str) -> str:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def test_consolidate_report_has_the_apps_instants(tmp_path):
    main = pytest.importorskip("main")
    report = tmp_path / "r.json"
    rc = main.main(["consolidate", str(FIXTURES / "tz_google_xwr.ics"), str(FIXTURES / "tz_windows_name.ics"),
                    "--workspace", str(tmp_path / "ws.sqlite"), "--timezone", "Europe/Berlin",
                    "--from", "2026-01-01", "--to", "2026-12-31", "--report", str(report)])
    assert rc == 0
    entries = json.loads(report.read_text(encoding="utf-8"))["entries"]
    got = sorted((e["source"], _utc(e["start"]), e["title"]) for e in entries)
    assert got == sorted([
        # Google: X-WR-TIMEZONE America/New_York; the UTC-stamped weekly series keeps 10:00 New York time
        ("tz_google_xwr.ics", "2026-08-04T19:00", "utc-single"),
        ("tz_google_xwr.ics", "2026-10-22T14:00", "utc-weekly"),
        ("tz_google_xwr.ics", "2026-10-29T14:00", "utc-weekly"),
        ("tz_google_xwr.ics", "2026-11-05T15:00", "utc-weekly"),
        # Outlook: "W. Europe Standard Time" = Berlin (CEST in August); "Eastern Standard Time" = New York
        ("tz_windows_name.ics", "2026-08-07T06:15", "outlook-cest"),
        ("tz_windows_name.ics", "2026-01-20T14:00", "outlook-no-vtimezone"),
    ])
