"""Round trip of recurring series from the shared ICS corpus: expand -> export -> expand again."""
from __future__ import annotations

import csv
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events

from calendar_core.export.ics import render_ics
from calendar_core.export.icstext import resolve_zone
from calendar_core.model import Entry, Source
from tests.conftest import SHARED
from tests.export_support import NOW, expand, master_lines

UTC = timezone.utc
CORPUS = SHARED / "corpus" / "ics"
MAX_OCCURRENCES = 2000


def _series_files() -> list[str]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    names = []
    with manifest.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["parses"] != "yes":
                continue
            raw = (CORPUS / row["file"]).read_bytes()
            if b"RRULE" not in raw and b"RDATE" not in raw:
                continue
            calendar = icalendar.Calendar.from_ical(raw)
            if any(_is_master(ev) for ev in calendar.walk("VEVENT")):
                names.append(row["file"])
    return names


def _is_master(ev) -> bool:
    return "DTSTART" in ev and "UID" in ev and ("RRULE" in ev or "RDATE" in ev) and "RECURRENCE-ID" not in ev


def _utc(value) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return datetime.combine(value, time(0), tzinfo=UTC)


def _window(calendar: icalendar.Calendar) -> tuple[datetime, datetime]:
    starts = [
        _utc(ev["DTSTART"].dt) for ev in calendar.walk("VEVENT") if _is_master(ev)
    ]
    first = min(starts)
    return first, first + timedelta(days=730)


def _entries(path: Path) -> tuple[list[Entry], tuple[datetime, datetime]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    window = _window(calendar)
    masters = master_lines(path)
    entries = []
    occurrences = recurring_ical_events.of(calendar).between(*window)
    for number, ev in enumerate(occurrences, start=1):
        if number > MAX_OCCURRENCES:
            break
        value = ev["DTSTART"].dt
        all_day = not isinstance(value, datetime)
        end = ev["DTEND"].dt if "DTEND" in ev else None
        uid = str(ev.get("UID", f"no-uid-{number}"))
        zone = getattr(value, "tzinfo", None)
        zone_key = getattr(zone, "key", None)
        series = uid in masters and "RECURRENCE-ID" in ev
        rid = _utc(ev["RECURRENCE-ID"].dt) if series else None
        entries.append(Entry(
            id=number, source_id=1, source_ref=f"{uid}@{rid.isoformat()}" if rid else uid,
            title=str(ev.get("SUMMARY", "")), start=_utc(value), end=_utc(end) if end is not None else None,
            all_day=all_day, timezone=zone_key if resolve_zone(zone_key) else None, department="Corpus",
            series_key=uid if series else None, recurrence_id=rid,
            recurrence=masters.get(uid) if series else None, source_name=path.name,
        ))
    return entries, window


def _facts(items) -> list[tuple]:
    return sorted(((when.date() if all_day else when).isoformat(), all_day, title) for when, all_day, title in items)


@pytest.mark.parametrize("name", _series_files())
def test_corpus_series_round_trip(name):
    path = CORPUS / name
    entries, window = _entries(path)
    if not entries:
        pytest.skip(f"{name}: no occurrences in the window")
    source = Source(id=1, path=str(path), name=path.name, kind="ics", department="Corpus", colour="#336699",
                    content_hash="", imported_at=NOW)
    text, _count = render_ics(entries, {1: source}, now=NOW, window=window)
    back = expand(text.encode("utf-8"), *window)
    got = _facts(
        (_utc(ev["DTSTART"].dt), not isinstance(ev["DTSTART"].dt, datetime), str(ev.get("SUMMARY", "")))
        for ev in back
    )
    want = _facts((e.start, e.all_day, e.title) for e in entries)
    assert got == want
    # Series stay series: no more masters with a rule than the source had series in the window.
    written = icalendar.Calendar.from_ical(text.encode("utf-8"))
    ruled = [ev for ev in written.walk("VEVENT") if "RRULE" in ev or "RDATE" in ev]
    assert len(ruled) <= len({e.series_key for e in entries if e.series_key})
