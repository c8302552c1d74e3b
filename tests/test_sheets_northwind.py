"""Every spreadsheet and CSV entry of the northwind scenario is found:
source file, start instant within a minute, title (compared with truth.json)."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from zoneinfo import ZoneInfo

from importers import ImportOptions, read_file

SHEET_FILES = {  # zones from the scenario README; files with a hint override them themselves
    "marketing_content_calendar.xlsx": "Europe/Berlin",
    "corporate_communications.xlsx": "UTC",  # carries "all times Berlin": the hint must win
    "sales_social_plan.xlsx": "Europe/London",
    "product_team_2026.xlsx": "UTC",  # carries "Time (ET)": the hint must win
    "people_culture_calendar.csv": "Europe/Berlin",
}


@pytest.fixture(scope="module")
def truth(request):
    from tests.conftest import SHARED

    path = SHARED / "scenarios" / "northwind" / "truth.json"
    if not path.exists():
        pytest.skip("northwind scenario not available")
    return json.loads(path.read_text(encoding="utf-8"))


def _utc(value) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)


@pytest.mark.parametrize("name", sorted(SHEET_FILES))
def test_every_truth_entry_found(name, truth, northwind):
    result = read_file(northwind / name, ImportOptions(timezone=ZoneInfo(SHEET_FILES[name])))
    expected = [e for e in truth["entries"] if e["file"] == name]
    assert len(result.records) == len(expected)
    assert result.skipped == 0
    by_title: dict[str, list] = {}
    for rec in result.records:
        by_title.setdefault(rec.title, []).append(rec)
    for entry in expected:
        candidates = by_title.get(entry["title"], [])
        assert candidates, f"{name}: '{entry['title']}' not imported"
        if entry["all_day"]:
            assert any(r.all_day and r.start == date.fromisoformat(entry["date"]) for r in candidates)
            continue
        want = _utc(entry["start"])
        assert any(not r.all_day and abs(r.start.astimezone(timezone.utc) - want) <= timedelta(minutes=1)
                   for r in candidates), f"{name}: '{entry['title']}' not at {entry['start']}"
        match = next(r for r in candidates if abs(r.start.astimezone(timezone.utc) - want) <= timedelta(minutes=1))
        assert match.owner == entry["owner"]
        assert match.channel == entry["channel_raw"]
        if entry["end_explicit"]:
            assert match.end is not None and abs(match.end.astimezone(timezone.utc) - _utc(entry["end"])) \
                <= timedelta(minutes=1)
        else:
            assert match.end is None


def test_source_refs_are_unique_and_locations_named(northwind):
    result = read_file(northwind / "product_team_2026.xlsx", ImportOptions(timezone=ZoneInfo("UTC")))
    refs = [r.source_ref for r in result.records]
    assert len(refs) == len(set(refs))
    first = result.records[0]
    assert first.location == "sheet August 2026, row 2"
    assert first.extra["row"] == "2" and first.extra["sheet"] == "August 2026"
    assert result.department_hint == "Product Team 2026"
    assert any("America/New_York" in w and "Time (ET)" in w for w in result.notes)
    assert result.settings["column_map"]["Time (ET)"] == "time"


def test_title_block_and_merged_week_column(northwind):
    result = read_file(northwind / "corporate_communications.xlsx", ImportOptions(timezone=ZoneInfo("UTC")))
    assert result.records[0].location == "sheet Editorial Plan, row 7"
    # the Week column is merged vertically: every row of the week carries it
    weeks = [r.extra.get("Week") for r in result.records]
    assert all(weeks) and weeks[0] == weeks[1] == "KW 32"
    assert any("Europe/Berlin" in w and "all times Berlin" in w for w in result.notes)
