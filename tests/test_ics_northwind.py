"""Northwind truth: every ICS entry is produced with the right UTC start, end and title.

Also checks the headline promise: a Google export (X-WR-TIMEZONE, UTC stamps)
and an Outlook export (Windows zone name) land at the UTC instants the
calendar apps show.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file

UTC = timezone.utc
FILES = ("events_team_google.ics", "customer_success_outlook.ics")
WINDOW = (datetime(2026, 7, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))


def _utc(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.combine(value, datetime.min.time(), ZoneInfo("Europe/Berlin")).astimezone(UTC)


def _key(file: str, rec) -> str:
    if rec.series_key is None:
        return f"{file}|{rec.source_ref}"
    rid = rec.recurrence_id
    rid = rid.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if isinstance(rid, datetime) else rid.strftime("%Y%m%d")
    return f"{file}|{rec.series_key}|{rid}"


@pytest.mark.parametrize("file", FILES)
def test_every_truth_entry_is_produced(northwind, file):
    truth = json.loads((northwind / "truth.json").read_text(encoding="utf-8"))
    expected = {e["key"]: e for e in truth["entries"] if e["file"] == file}
    assert expected
    # Floating times would be read in Berlin; these files carry their own zones, so any zone must do.
    result = read_file(northwind / file, ImportOptions(timezone=ZoneInfo("Asia/Tokyo"),
                                                       window_start=WINDOW[0], window_end=WINDOW[1]))
    got = {_key(file, r): r for r in result.records}
    assert set(got) == set(expected)
    for key, e in expected.items():
        rec = got[key]
        assert rec.title == e["title"], key
        assert rec.all_day == e["all_day"], key
        if rec.all_day:
            assert rec.start.isoformat() == e["date"], key
        else:
            assert _utc(rec.start).strftime("%Y-%m-%dT%H:%M:%SZ") == e["start"], key
            assert rec.timezone == e["timezone"], key
            if e["end_explicit"]:
                assert _utc(rec.end).strftime("%Y-%m-%dT%H:%M:%SZ") == e["end"], key
        assert rec.channel == e["channel_raw"], key
        assert " ".join(rec.owner.split()).lower() == e["owner_normalized"], key
    assert not [w for w in result.warnings if "unknown time zone" in w]


def test_google_and_outlook_exports_land_on_the_apps_instants(northwind):
    opts = ImportOptions(timezone=ZoneInfo("UTC"), window_start=WINDOW[0], window_end=WINDOW[1])
    google = read_file(northwind / "events_team_google.ics", opts)
    assert google.department_hint == "Northwind Events – Social"
    teaser = {r.source_ref: r for r in google.records if r.series_key}
    # Thursdays 10:00 New York = 14:00 UTC; the 3 Sep occurrence is EXDATE'd; 17 Sep moved to 14:00 ET
    assert "6ent78ojb3jkoh8vc2gk6jvb4i@google.com@2026-09-03T14:00:00+00:00" not in teaser
    moved = teaser["6ent78ojb3jkoh8vc2gk6jvb4i@google.com@2026-09-17T14:00:00+00:00"]
    assert moved.start.astimezone(UTC) == datetime(2026, 9, 17, 18, 0, tzinfo=UTC)
    assert len(teaser) == 9
    outlook = read_file(northwind / "customer_success_outlook.ics", opts)
    first_timed = min((r for r in outlook.records if not r.all_day), key=lambda r: r.start)
    assert first_timed.timezone == "Europe/Berlin"
    assert first_timed.start.astimezone(UTC) == datetime(2026, 8, 7, 6, 15, tzinfo=UTC)  # 08:15 CEST
