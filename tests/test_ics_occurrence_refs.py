"""An occurrence's reference is "UID@<its RECURRENCE-ID as a UTC instant>": the reader makes each
instant's UTC text once and reuses it; the references must be those written out for each record."""
from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path

from importers import ImportOptions, read_file
from zoneinfo import ZoneInfo

UTC = timezone.utc


def _calendar(rng: random.Random) -> str:
    """Weekly and daily series in several zones, some sharing their hours, some crossing the hour a
    clock turns back (01:00-03:00 in late October), with overrides and all-day series (seeded)."""
    zones = ["Europe/Berlin", "America/New_York", "Europe/London", "Asia/Tokyo"]
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for k in range(60):
        zone = rng.choice(zones)
        day = rng.choice([datetime(2026, 10, 20), datetime(2026, 10, 28), datetime(2026, 3, 25), datetime(2026, 1, 5)])
        hour = rng.choice([1, 2, 9, 9, 10, 14])
        start = day.replace(hour=hour, minute=rng.choice([0, 0, 30]))
        freq = rng.choice(["DAILY", "WEEKLY"])
        uid = f"s{k}@example.com"
        if rng.random() < 0.15:
            out += ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:All day {k}", f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
                    f"RRULE:FREQ={freq};COUNT=8", "END:VEVENT"]
            continue
        out += ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:Series {k}", f"DTSTART;TZID={zone}:{start:%Y%m%dT%H%M%S}",
                f"DTEND;TZID={zone}:{start.replace(minute=45):%Y%m%dT%H%M%S}", f"RRULE:FREQ={freq};COUNT=14",
                "END:VEVENT"]
        if rng.random() < 0.3:  # one occurrence moved
            rid = start.replace(day=start.day + 1) if freq == "DAILY" else start
            out += ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:Moved {k}", f"RECURRENCE-ID;TZID={zone}:{rid:%Y%m%dT%H%M%S}",
                    f"DTSTART;TZID={zone}:{rid.replace(hour=16):%Y%m%dT%H%M%S}",
                    f"DTEND;TZID={zone}:{rid.replace(hour=17):%Y%m%dT%H%M%S}", "END:VEVENT"]
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n"


def test_occurrence_references_are_their_instants_in_utc(tmp_path: Path):
    options = ImportOptions(timezone=ZoneInfo("Europe/Berlin"), window_start=datetime(2025, 1, 1, tzinfo=UTC),
                            window_end=datetime(2028, 1, 1, tzinfo=UTC))
    for seed in range(4):
        path = tmp_path / f"series{seed}.ics"
        path.write_text(_calendar(random.Random(seed)), encoding="utf-8")
        records = read_file(path, options).records
        timed = [r for r in records if isinstance(r.recurrence_id, datetime)]
        assert len(timed) > 300
        for r in records:
            if r.recurrence_id is None:
                continue
            rid = r.recurrence_id
            text = rid.astimezone(UTC).isoformat() if isinstance(rid, datetime) else rid.isoformat()
            assert r.source_ref == f"{r.series_key}@{text}", r
        refs = [r.source_ref for r in records]
        assert len(refs) == len(set(refs))  # two instants of one wall time are two references


def test_the_two_instants_of_a_turned_back_hour_keep_their_own_references(tmp_path: Path):
    """02:30 happens twice in Berlin on 25 October 2026 (fold 0, then fold 1): equal as wall times,
    two instants; each reference names its own, whichever comes first."""
    from types import SimpleNamespace

    from importers.ics import _Reader

    berlin = ZoneInfo("Europe/Berlin")
    first = datetime(2026, 10, 25, 2, 30, tzinfo=berlin)
    second = first.replace(fold=1)
    assert first == second and first.astimezone(UTC) != second.astimezone(UTC)
    options = ImportOptions(timezone=berlin)
    for order in ((first, second, first), (second, first, second)):
        reader = _Reader(tmp_path / "x.ics", options)
        item = SimpleNamespace(fields={"title": "t", "extra": {}}, head=(False,) + (None,) * 11)
        for rid in order:
            ref = reader._occurrence(item, rid, None, "u", rid, None).source_ref
            assert ref == f"u@{rid.astimezone(UTC).isoformat()}"


def test_zoned_wall_clock_arithmetic_is_what_replacing_the_zone_gives():
    """The reader writes an occurrence's start as the zoned first start plus the wall-clock time since
    it, and an event's length in one zone as the difference of its two zoned times: both must be what
    dropping or setting the zone with ``replace`` gives, across DST changes and in both folds (seeded)."""
    from datetime import timedelta

    rng = random.Random(6)
    for name in ("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"):
        tz = ZoneInfo(name)
        for _ in range(5000):
            first = datetime(2026, 1, 1) + timedelta(minutes=rng.randrange(0, 60 * 24 * 400))
            occ = first + timedelta(minutes=rng.randrange(-60 * 24 * 800, 60 * 24 * 800), microseconds=rng.choice((0, 7)))
            got = first.replace(tzinfo=tz) + (occ - first)
            want = occ.replace(tzinfo=tz)
            assert got == want and got.fold == want.fold == 0 and got.tzinfo is want.tzinfo
            assert got.utcoffset() == want.utcoffset()
            a, b = first.replace(tzinfo=tz, fold=rng.randint(0, 1)), occ.replace(tzinfo=tz, fold=rng.randint(0, 1))
            assert b - a == b.replace(tzinfo=None) - a.replace(tzinfo=None)


def test_a_value_given_its_zone_is_what_replace_gives():
    from datetime import timedelta

    from importers.ics_values import _zoned

    rng = random.Random(7)
    for tz in (ZoneInfo("Europe/Berlin"), UTC, None, ZoneInfo("America/New_York")):
        for _ in range(4000):
            value = datetime(2026, 1, 1) + timedelta(minutes=rng.randrange(0, 60 * 24 * 400), microseconds=rng.choice((0, 3)))
            value = value.replace(fold=rng.randint(0, 1))
            got, want = _zoned(value, tz), value.replace(tzinfo=tz)
            assert got == want and got.fold == want.fold and got.tzinfo is want.tzinfo and repr(got) == repr(want)
