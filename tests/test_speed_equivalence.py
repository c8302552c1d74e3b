"""The fast paths of issue 15 give what the general code gives, on entries and calendars drawn at
random from pools written here (several seeds): the report's entry dicts, the conflicts' keys read
from the timeline's identity column, the columns read in one pass, and the records of plain series."""
from __future__ import annotations

import random
from dataclasses import astuple
from datetime import datetime, timedelta, timezone
from operator import attrgetter
from pathlib import Path

import orjson
import pytest

from calendar_core.analysis import conflicts as C
from calendar_core.analysis.keys import item_key
from calendar_core.analysis.timeutil import LocalClock
from calendar_core.export import report as R
from calendar_core.model import Entry
from calendar_core.settings import Settings
from importers import ics_series
from importers.ics import read
from importers.records import ImportOptions
from importers.slices import SLICE, sliced_columns

UTC = timezone.utc
SEEDS = range(1, 7)
ZONES = (None, "Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", "Australia/Sydney")
FILES = ("marketing.ics", "people.xlsx", "support.csv", "")
PEOPLE = ("Lena Vogt", "Tom Becker", "Ana Costa", "", "Lena Vogt & Tom Becker")
CHANNELS = ("LinkedIn", "Blog", "Newsletter", "", "YouTube")


class _Moved:
    def __init__(self, start, end, channel, note):
        self.start, self.end, self.channel, self.note = start, end, channel, note


def _entries(seed: int, n: int = 600) -> list[Entry]:
    rnd = random.Random(seed)
    base = datetime(2026, 3, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        start = base + timedelta(minutes=15 * rnd.randrange(0, 4 * 24 * 20))
        all_day = rnd.random() < 0.1
        end = None if rnd.random() < 0.1 else start + timedelta(minutes=rnd.choice((15, 30, 60, 1440)))
        moved = _Moved(start - timedelta(hours=1), end, rnd.choice(CHANNELS), rnd.choice(("", "asked"))) \
            if rnd.random() < 0.05 else None
        out.append(Entry(
            id=i + 1, source_id=rnd.randrange(1, 4), source_ref=f"uid-{rnd.randrange(0, n // 2 + 1)}",
            title=rnd.choice(("Launch", "Hiring post", "Q3 report", "")), start=start, end=end, all_day=all_day,
            timezone=rnd.choice(ZONES), description=rnd.choice(("", "Channel: Blog")),
            department=rnd.choice(("Marketing", "People", "")), channel=rnd.choice(CHANNELS),
            owner=rnd.choice(PEOPLE), status=rnd.choice(("", "scheduled")), campaign=rnd.choice(("", "Autumn")),
            link=rnd.choice(("", "https://example.com/a")), tags=tuple(rnd.sample(("a", "b", "c"), rnd.randrange(0, 3))),
            location=f"line {rnd.randrange(1, 9999)}", series_key=rnd.choice((None, None, "s1", "s2")),
            extra=rnd.choice(({}, {"location": "Berlin, HQ"}, {"organizer_email": "x@example.com"})),
            source_name=rnd.choice(FILES), moved=moved))
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_report_entry_dicts_are_entry_json(seed):
    entries = _entries(seed, n=R.CHUNK + 300)  # two chunks
    made = list(R.entries_json(entries))
    assert orjson.dumps(made) == orjson.dumps([R.entry_json(e) for e in entries])


@pytest.mark.parametrize("seed", SEEDS)
def test_conflict_keys_and_identities_are_those_of_their_entries(seed):
    entries = sorted(_entries(seed), key=lambda e: (e.start, e.id))
    by_id = {e.id: e for e in entries}
    found = C.find_conflicts(entries, [], Settings(), LocalClock("Europe/Berlin"), in_order=True)
    assert {c.kind for c in found} >= {"slot_clash", "double_booking"}
    for c in found:
        members = [by_id[i] for i in c.entry_ids]
        if c.kind != "overload":
            assert c.identities() == [e.identity for e in members]
            assert c.key == item_key(c.kind, members)


@pytest.mark.parametrize("seed", SEEDS)
def test_columns_in_one_pass_are_the_fields(seed):
    rnd = random.Random(seed)
    entries = _entries(seed, n=rnd.choice((0, 1, SLICE - 1, SLICE + 7)))
    names = ("start", "end", "owner", "id", "source_name")
    columns = sliced_columns(attrgetter(*names), entries, len(names))
    assert columns == [list(map(attrgetter(n), entries)) for n in names]




def _calendar(seed: int, path: Path) -> Path:
    """Series of every kind: plain weekly and daily ones (in a zone, UTC or floating), with a COUNT, an
    EXDATE, an exact DURATION, no end, an override, and single events."""
    rnd = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "X-WR-TIMEZONE:Europe/Berlin"]
    for i in range(40):
        zone = rnd.choice(("Europe/Berlin", "America/New_York", "UTC", "floating"))
        start = datetime(2026, 1, 5) + timedelta(days=rnd.randrange(0, 200), minutes=15 * rnd.randrange(0, 96))
        text = start.strftime("%Y%m%dT%H%M%S")
        stamp = {"UTC": f":{text}Z", "floating": f":{text}"}.get(zone, f";TZID={zone}:{text}")
        ev = ["BEGIN:VEVENT", f"UID:s{i}@test", f"SUMMARY:Series {i}", f"DTSTART{stamp}"]
        length = rnd.choice(("end", "end", "duration", "exact", "none"))
        if length == "end":
            end = (start + timedelta(minutes=rnd.choice((30, 90)))).strftime("%Y%m%dT%H%M%S")
            ev.append(f"DTEND{stamp.replace(text, end)}")
        elif length == "duration":
            ev.append("DURATION:P1D")
        elif length == "exact":
            ev.append("DURATION:PT2H")
        rule = rnd.choice(("FREQ=WEEKLY;COUNT=30", "FREQ=DAILY;INTERVAL=3;COUNT=50", "FREQ=WEEKLY;BYDAY=MO,TH"))
        if rnd.random() < 0.8:
            ev.append(f"RRULE:{rule}")
        if rnd.random() < 0.3:
            ev.append(f"EXDATE{stamp.replace(text, (start + timedelta(days=7)).strftime('%Y%m%dT%H%M%S'))}")
        ev.append("END:VEVENT")
        lines += ev
        if rnd.random() < 0.2:  # an override of the second week
            moved = (start + timedelta(days=7, hours=1)).strftime("%Y%m%dT%H%M%S")
            rid = (start + timedelta(days=7)).strftime("%Y%m%dT%H%M%S")
            lines += ["BEGIN:VEVENT", f"UID:s{i}@test", "SUMMARY:Moved", f"RECURRENCE-ID{stamp.replace(text, rid)}",
                      f"DTSTART{stamp.replace(text, moved)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", SEEDS)
def test_plain_series_records_are_the_general_loops(seed, tmp_path, monkeypatch):
    path = _calendar(seed, tmp_path / f"s{seed}.ics")
    options = ImportOptions(window_start=datetime(2025, 12, 1, tzinfo=UTC), window_end=datetime(2027, 1, 1, tzinfo=UTC))
    plain = ics_series._plain
    said: list[bool] = []
    monkeypatch.setattr(ics_series, "_plain", lambda *args: said.append(plain(*args)) or said[-1])
    fast = read(path, options)
    assert any(said) and not all(said)  # both ways taken
    monkeypatch.setattr(ics_series, "_plain", lambda *args: False)
    general = read(path, options)
    assert len(fast.records) > 200
    assert [astuple(r) for r in fast.records] == [astuple(r) for r in general.records]
    assert fast.warnings == general.warnings
