"""A zone abbreviation after the clock in a cell ("9am CT", "2:00 PM PDT", "10:00 BST", "7:45 am AEDT")
is that row's zone, whatever the sheet's or the workspace's zone (the eighth held-out company,
tests/holdout8/, asked for it). Tables drawn from pools written here (seeded)."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.cell_zones import zone_in_cell
from tests.realworld2_pools import PHRASES, write_csv

SEEDS = range(1, 21)
WRITTEN = {  # an abbreviation as people write it -> the zone a reader takes it for
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York", "CT": "America/Chicago",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "BST": "Europe/London", "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "AEDT": "Australia/Sydney",
    "AEST": "Australia/Sydney", "SGT": "Asia/Singapore", "JST": "Asia/Tokyo", "MT": "America/Denver",
}
SHEET_ZONES = ("Europe/Paris", "America/Toronto", "Asia/Kolkata", "Africa/Johannesburg", "UTC")
HEADERS = {"date": ("Date", "Publish date", "Day"), "time": ("Time", "Post time", "Start time"),
           "title": ("Title", "Post", "Content")}


def clock(rng: random.Random, t: time) -> str:
    h12, half = t.hour % 12 or 12, "am" if t.hour < 12 else "pm"
    return rng.choice([f"{h12}:{t.minute:02d} {half.upper()}", f"{h12}:{t.minute:02d}{half}", f"{t:%H:%M}",
                       f"{h12}:{t.minute:02d} {half[0]}.m."])


def day_text(rng: random.Random, d: date) -> str:
    return rng.choice([d.isoformat(), f"{d.day} {d:%b} {d.year}", f"{d:%B} {d.day}, {d.year}"])


@pytest.mark.parametrize("seed", SEEDS)
def test_the_zone_after_a_clock_is_the_rows_zone(tmp_path, seed):
    rng = random.Random(seed)
    sheet_zone = ZoneInfo(rng.choice(SHEET_ZONES))
    joined = rng.random() < 0.4   # "13 Oct 2026 7:45 am AEDT" in one cell, or a date and a time column
    first = date(2026, rng.choice([3, 10]), 1) + timedelta(days=rng.randrange(20))   # across summer-time changes
    rows, want = [], []
    for k in range(rng.randrange(8, 20)):
        d = first + timedelta(days=rng.randrange(45))
        t = time(rng.randrange(6, 22), rng.choice([0, 15, 30, 45]))
        abbr = rng.choice(list(WRITTEN)) if rng.random() < 0.8 else None
        written = clock(rng, t) + (f" {abbr}" if abbr and rng.random() < 0.8 else f" ({abbr})" if abbr else "")
        title = f"{rng.choice(PHRASES)} {k}"
        rows.append([f"{day_text(rng, d)} {written}", title] if joined else [day_text(rng, d), written, title])
        want.append((title, datetime.combine(d, t, ZoneInfo(WRITTEN[abbr]) if abbr else sheet_zone)))
    header = ([rng.choice(HEADERS["date"])] if joined else [rng.choice(HEADERS["date"]), rng.choice(HEADERS["time"])])
    header.append(rng.choice(HEADERS["title"]))
    path = write_csv(tmp_path / f"zones-{seed}.csv", header, rows)
    result = read_file(path, ImportOptions(timezone=sheet_zone))
    got = sorted((r.title, r.start) for r in result.records)
    assert got == sorted(want)
    assert all(r.start.utcoffset() == w.utcoffset() for r, (_, w) in zip(sorted(result.records, key=lambda r: r.title),
                                                                    sorted(want)))


@pytest.mark.parametrize("text", ["Q4 ET", "Launch PT", "Room CT", "10:30 AM", "9am", "FY27 W16", "Cost 12.50 EUR",
                                  "2:00 PM XYZ", "Notes: call at 4 BST?"])
def test_no_clock_or_no_known_zone_names_none(text):
    assert zone_in_cell(text) is None


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_title_ending_in_capitals_changes_no_zone(tmp_path, seed):
    """Only the time and date cells speak for the row's zone: a title "Town hall 3pm ET" stays a title."""
    rng = random.Random(seed)
    zone = ZoneInfo(rng.choice(SHEET_ZONES))
    rows = [[f"2026-10-{k + 5:02d}", "10:00", f"{rng.choice(PHRASES)} 3pm {rng.choice(list(WRITTEN))}"] for k in range(6)]
    result = read_file(write_csv(tmp_path / "t.csv", ["Date", "Time", "Title"], rows), ImportOptions(timezone=zone))
    assert [r.start for r in result.records] == [datetime(2026, 10, k + 5, 10, 0, tzinfo=zone) for k in range(6)]
