"""Master .ics: RFC 5545 basics, round trip on northwind, series kept as series, two parsers."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest
import vobject

from calendar_core.export.ics import render_ics, write_ics
from calendar_core.model import Entry, Source
from tests.export_support import NOW, entry_facts, expand, nw, occurrence_facts  # noqa: F401 - nw is a fixture

UTC = timezone.utc
PERIOD = (datetime(2026, 8, 1, tzinfo=UTC), datetime(2026, 10, 15, tzinfo=UTC))
TEASER = "6ent78ojb3jkoh8vc2gk6jvb4i@google.com"


@pytest.fixture(scope="module")
def nw_ics(nw, tmp_path_factory):
    entries, sources = nw
    path = tmp_path_factory.mktemp("ics") / "master.ics"
    count = write_ics(path, entries, sources, now=NOW)
    return path, count


def _sheet_source(sid=1, name="plan.xlsx", kind="xlsx"):
    return Source(id=sid, path=f"/x/{name}", name=name, kind=kind, department="Marketing", colour="#123456",
                  content_hash="", imported_at=NOW)


def _entry(eid=1, title="Post", start=datetime(2026, 8, 3, 10, 30, tzinfo=UTC), **kw):
    kw.setdefault("end", start + timedelta(minutes=30))
    kw.setdefault("source_ref", f"Plan!{eid + 1}")
    kw.setdefault("timezone", "Europe/Berlin")
    kw.setdefault("department", "Marketing")
    kw.setdefault("channel", "LinkedIn")
    kw.setdefault("source_name", "plan.xlsx")
    return Entry(id=eid, source_id=kw.pop("source_id", 1), title=title, start=start, **kw)


def test_rfc5545_basics(nw_ics):
    path, count = nw_ics
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b""), "every line ends with CRLF"
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    text = raw.decode("utf-8").replace("\r\n ", "")
    assert "\r\nVERSION:2.0\r\n" in text and "\r\nPRODID:" in text
    events = text.split("BEGIN:VEVENT")[1:]
    assert len(events) == count
    for block in events:
        assert "\r\nDTSTAMP:20260801T090000Z\r\n" in block
        assert "\r\nUID:" in block and "\r\nDTSTART" in block
    used = set(re.findall(r";TZID=([^:;]+)", text))
    defined = set(re.findall(r"\r\nTZID:([^\r]+)", text))
    assert used == {"Europe/Berlin", "Europe/London", "America/New_York"}
    assert used <= defined


def test_round_trip_northwind(nw, nw_ics):
    entries, _ = nw
    path, _ = nw_ics
    back = expand(path.read_bytes(), *PERIOD)
    assert sorted(map(occurrence_facts, back), key=repr) == sorted(map(entry_facts, entries), key=repr)


def test_series_stays_series(nw, nw_ics):
    entries, _ = nw
    path, count = nw_ics
    assert count == len(entries) - 9 + 2  # 9 teaser occurrences -> one master + one override
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    teaser = [ev for ev in calendar.walk("VEVENT") if str(ev["UID"]) == TEASER]
    masters = [ev for ev in teaser if "RECURRENCE-ID" not in ev]
    overrides = [ev for ev in teaser if "RECURRENCE-ID" in ev]
    assert len(masters) == 1 and len(overrides) == 1
    master = masters[0]
    assert master["RRULE"]["FREQ"] == ["WEEKLY"]
    exdates = [d.dt for item in [master["EXDATE"]] for d in item.dts]
    assert [d.astimezone(UTC) for d in exdates] == [datetime(2026, 9, 3, 14, 0, tzinfo=UTC)]
    assert overrides[0]["RECURRENCE-ID"].dt.astimezone(UTC) == datetime(2026, 9, 17, 14, 0, tzinfo=UTC)
    assert overrides[0]["DTSTART"].dt.astimezone(UTC) == datetime(2026, 9, 17, 18, 0, tzinfo=UTC)
    assert str(overrides[0]["SUMMARY"]) == "Weekly event teaser – FleetTech Expo special"


def test_departments_channels_and_source_kept(nw, nw_ics):
    entries, sources = nw
    path, _ = nw_ics
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    by_ref = {str(ev["X-MASTHEAD-SOURCE-REF"]): ev for ev in calendar.walk("VEVENT") if "X-MASTHEAD-SOURCE-REF" in ev}
    entry = next(e for e in entries if e.source_name == "sales_social_plan.xlsx")
    ev = by_ref[entry.source_ref]
    assert str(ev["X-MASTHEAD-DEPARTMENT"]) == "Sales"
    assert str(ev["X-MASTHEAD-CHANNEL"]) == entry.channel
    assert str(ev["X-MASTHEAD-SOURCE"]) == "sales_social_plan.xlsx"
    assert [str(c) for c in ev["CATEGORIES"].cats] == [entry.channel, "Sales"]
    assert str(ev["UID"]).endswith("@masthead")
    outlook = next(e for e in entries if e.source_name == "customer_success_outlook.ics")
    assert str(by_ref[outlook.source_ref]["UID"]) == outlook.source_ref  # ICS sources keep their UID


def test_all_day_as_dates_and_no_end_without_end(nw, nw_ics):
    entries, _ = nw
    path, _ = nw_ics
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    by_ref = {str(ev.get("X-MASTHEAD-SOURCE-REF")): ev for ev in calendar.walk("VEVENT")}
    all_day = next(e for e in entries if e.all_day)
    ev = by_ref[all_day.source_ref]
    assert type(ev["DTSTART"].dt) is date and ev["DTSTART"].dt == all_day.start.date()
    assert ev["DTEND"].dt == all_day.end.date()
    open_ended = next(e for e in entries if e.end is None)
    assert "DTEND" not in by_ref[open_ended.source_ref] and "DURATION" not in by_ref[open_ended.source_ref]


def test_second_parser_vobject_reads_and_expands(nw, nw_ics):
    entries, _ = nw
    path, _ = nw_ics
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    events = calendar.contents["vevent"]
    singles = [ev for ev in events if "rrule" not in ev.contents and "recurrence-id" not in ev.contents]
    assert len(singles) == len(entries) - 9
    master = next(ev for ev in events if "rrule" in ev.contents)
    starts = {d.astimezone(UTC) for d in master.getrruleset(addRDate=True)}
    teaser = {e.recurrence_id for e in entries if e.series_key == TEASER}
    assert starts == teaser  # the rule minus EXDATE gives exactly the imported occurrences
    titles = {ev.summary.value for ev in singles}
    assert titles == {e.title for e in entries if e.series_key is None}


def test_text_escaped_and_folded_reads_back(tmp_path):
    title = 'Launch; "Routes 3.1", part 2\\3 – über 🚚 ' + "long words " * 12
    description = "Line one\nLine two, with; marks\r\nand a tab\there"
    entry = _entry(title=title, description=description, tags=("a,b", "c"))
    path = tmp_path / "t.ics"
    write_ics(path, [entry], {1: _sheet_source()}, now=NOW)
    raw = path.read_bytes()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    raw.decode("utf-8")  # folding never splits a UTF-8 sequence
    ev = next(iter(icalendar.Calendar.from_ical(raw).walk("VEVENT")))
    assert str(ev["SUMMARY"]) == title
    assert str(ev["DESCRIPTION"]) == "Line one\nLine two, with; marks\nand a tab\there"
    vev = vobject.readOne(raw.decode("utf-8")).vevent
    assert vev.summary.value == title


def test_uids_are_stable_and_unique(tmp_path):
    entries = [_entry(eid=i, title=f"Post {i}") for i in range(1, 4)]
    first, _ = render_ics(entries, {1: _sheet_source()}, now=NOW)
    second, _ = render_ics(list(reversed(entries)), {1: _sheet_source()}, now=NOW + timedelta(days=3))
    uids = re.findall(r"\r\nUID:([^\r]+)", first)
    assert len(set(uids)) == 3
    assert sorted(uids) == sorted(re.findall(r"\r\nUID:([^\r]+)", second))
    # Two ICS sources with the same UID do not collide in the master.
    a = _entry(eid=1, source_id=1, source_ref="same@example.com", source_name="a.ics")
    b = _entry(eid=2, source_id=2, source_ref="same@example.com", source_name="b.ics")
    text, _ = render_ics([a, b], {1: _sheet_source(1, "a.ics", "ics"), 2: _sheet_source(2, "b.ics", "ics")}, now=NOW)
    uids = re.findall(r"\r\nUID:([^\r]+)", text)
    assert len(set(uids)) == 2 and "same@example.com" in uids


def _series(count=6, recurrence="DTSTART;TZID=Europe/Berlin:20260803T090000\nRRULE:FREQ=DAILY", skip=()):
    start = datetime(2026, 8, 3, 7, 0, tzinfo=UTC)
    out = []
    for i in range(count):
        if i in skip:
            continue
        rid = start + timedelta(days=i)
        out.append(_entry(eid=i + 1, title="Daily tip", start=rid, source_ref=f"tip@example.com@{rid.isoformat()}",
                          source_name="tips.ics", series_key="tip@example.com", recurrence_id=rid,
                          recurrence=recurrence))
    return out


def test_window_gives_exdates_for_missing_occurrences(tmp_path):
    entries = _series(6, skip=(2,))
    window = (datetime(2026, 8, 3, tzinfo=UTC), datetime(2026, 8, 9, tzinfo=UTC))
    text, count = render_ics(entries, {1: _sheet_source(1, "tips.ics", "ics")}, now=NOW, window=window)
    assert count == 1
    assert "EXDATE;TZID=Europe/Berlin:20260805T090000" in text
    back = expand(text.encode(), *window)
    assert sorted(ev["DTSTART"].dt.astimezone(UTC) for ev in back) == [e.start for e in entries]


def test_filtered_export_cuts_series_to_the_range():
    everything = _series(20)  # daily from 2026-08-03, no end
    window = (datetime(2026, 8, 6, tzinfo=UTC), datetime(2026, 8, 10, tzinfo=UTC))
    inside = [e for e in everything if window[0] <= e.start < window[1]]
    text, count = render_ics(inside, {1: _sheet_source(1, "tips.ics", "ics")}, now=NOW, window=window)
    assert count == 1
    assert "DTSTART;TZID=Europe/Berlin:20260806T090000" in text
    assert "UNTIL=20260809T070000Z" in text and "EXDATE" not in text
    back = expand(text.encode(), datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert sorted(ev["DTSTART"].dt.astimezone(UTC) for ev in back) == [e.start for e in inside]
    vev = next(ev for ev in vobject.readOne(text).vevent_list if "rrule" in ev.contents)
    assert [d.astimezone(UTC) for d in vev.getrruleset()] == [e.start for e in inside]


def test_unfiltered_export_keeps_the_rule_whole():
    entries = _series(5)
    text, _ = render_ics(entries, {1: _sheet_source(1, "tips.ics", "ics")}, now=NOW)
    assert "\r\nRRULE:FREQ=DAILY\r\n" in text and "UNTIL" not in text


def test_moved_and_retitled_occurrence_is_an_override():
    entries = _series(4)
    entries[1].start += timedelta(hours=3)
    entries[1].end += timedelta(hours=3)
    entries[2].title = "Daily tip: special"
    text, count = render_ics(entries, {1: _sheet_source(1, "tips.ics", "ics")}, now=NOW,
                             window=(entries[0].start, entries[-1].start))
    assert count == 3
    assert text.count("RECURRENCE-ID;TZID=Europe/Berlin:") == 2


def test_series_without_usable_recurrence_falls_back_to_singles():
    entries = _series(3, recurrence="this is not RFC 5545")
    text, count = render_ics(entries, {1: _sheet_source(1, "tips.ics", "ics")}, now=NOW)
    assert count == 3 and "RRULE" not in text
    uids = re.findall(r"\r\nUID:([^\r]+)", text)
    assert uids[0] == "tip@example.com-20260803T070000Z"


def test_occurrence_not_generated_by_rule_becomes_rdate():
    entries = _series(3, recurrence="DTSTART;TZID=Europe/Berlin:20260803T090000\nRRULE:FREQ=DAILY;COUNT=2")
    text, count = render_ics(entries, {1: _sheet_source(1, "tips.ics", "ics")}, now=NOW)
    assert count == 1 and "RDATE;TZID=Europe/Berlin:20260805T090000" in text
    back = expand(text.encode(), datetime(2026, 8, 1, tzinfo=UTC), datetime(2026, 9, 1, tzinfo=UTC))
    assert len(back) == 3


def test_write_errors_name_the_file(tmp_path):
    with pytest.raises(OSError, match="missing"):
        write_ics(tmp_path / "missing" / "out.ics", [_entry()], {1: _sheet_source()}, now=NOW)


def _vobject_occurrences(text: str) -> list[tuple]:
    """Every occurrence as vobject sees it: rule instances, minus overridden ones, plus overrides."""
    events = vobject.readOne(text).vevent_list
    overridden = {(ev.uid.value, ev.recurrence_id.value.astimezone(UTC)) for ev in events
                  if "recurrence-id" in ev.contents}
    out = []
    for ev in events:
        dept = ev.contents["x-masthead-department"][0].value
        if "rrule" in ev.contents:
            for start in ev.getrruleset(addRDate=True):
                if (ev.uid.value, start.astimezone(UTC)) not in overridden:
                    out.append((start.astimezone(UTC), ev.summary.value, dept))
        else:
            out.append((ev.dtstart.value.astimezone(UTC) if isinstance(ev.dtstart.value, datetime)
                        else ev.dtstart.value, ev.summary.value, dept))
    return out


def test_vobject_round_trip_northwind(nw, nw_ics):
    entries, _ = nw
    path, _ = nw_ics
    got = sorted(_vobject_occurrences(path.read_text(encoding="utf-8")), key=repr)
    want = [((e.start.date() if e.all_day else e.start), e.title, e.department) for e in entries]
    assert got == sorted(want, key=repr)
