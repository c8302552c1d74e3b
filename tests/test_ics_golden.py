"""Golden tests: one small fixture per case, each read as written and with components reversed."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from ics_helpers import WINDOW, as_utc, options, read, rows
from importers import NotACalendar, read_file
from importers.recurrence import MAX_OCCURRENCES

UTC = timezone.utc
BOTH = pytest.mark.parametrize("reverse", [False, True], ids=["as-written", "reversed"])

GOLDEN = {
    "tz_vtimezone_iana.ics": [
        ("berlin-summer", "2026-07-15T09:30:00+02:00", "2026-07-15T10:00:00+02:00", "berlin-summer"),
        ("berlin-winter", "2026-12-15T09:30:00+01:00", "2026-12-15T10:00:00+01:00", "berlin-winter"),
        ("new-york", "2026-07-15T09:30:00-04:00", "2026-07-15T10:00:00-04:00", "new-york"),
    ],
    "tz_windows_name.ics": [
        ("outlook-cest", "2026-08-07T08:15:00+02:00", "2026-08-07T08:45:00+02:00", "outlook-cest"),
        ("outlook-no-vtimezone", "2026-01-20T09:00:00-05:00", "2026-01-20T10:00:00-05:00", "outlook-no-vtimezone"),
    ],
    "tz_google_xwr.ics": [
        ("utc-single", "2026-08-04T15:00:00-04:00", "2026-08-04T16:00:00-04:00", "utc-single"),
        # a weekly series stamped in UTC follows the calendar zone's wall clock across the DST end (Nov 1)
        ("utc-weekly@2026-10-22T14:00:00+00:00", "2026-10-22T10:00:00-04:00", "2026-10-22T10:30:00-04:00", "utc-weekly"),
        ("utc-weekly@2026-10-29T14:00:00+00:00", "2026-10-29T10:00:00-04:00", "2026-10-29T10:30:00-04:00", "utc-weekly"),
        ("utc-weekly@2026-11-05T15:00:00+00:00", "2026-11-05T10:00:00-05:00", "2026-11-05T10:30:00-05:00", "utc-weekly"),
    ],
    "tz_utc.ics": [("utc-only", "2026-03-01T12:00:00+00:00", "2026-03-01T13:00:00+00:00", "utc-only")],
    "tz_odd_tzid.ics": [
        ("cdo-number", "2026-01-15T14:00:00-08:00", None, "cdo-number"),
        ("display-name", "2026-01-15T11:00:00+01:00", None, "display-name"),
        ("escaped-comma", "2026-01-15T12:00:00+08:00", None, "escaped-comma"),
        ("mozilla-prefix", "2026-01-15T10:00:00+01:00", None, "mozilla-prefix"),
        ("spaces-iana", "2026-01-15T13:00:00-08:00", None, "spaces-iana"),
    ],
    "dates_allday.ics": [
        ("one-day", "2026-08-04", "2026-08-05", "one-day"),
        ("three-days", "2026-08-10", "2026-08-13", "three-days"),
        ("zero-length", "2026-08-20", "2026-08-21", "zero-length"),
    ],
    "dates_duration.ics": [
        ("allday-duration", "2026-09-02", "2026-09-04", "allday-duration"),
        ("timed-duration", "2026-09-01T10:00:00+02:00", "2026-09-01T11:30:00+02:00", "timed-duration"),
    ],
    "dates_no_dtend.ics": [
        ("date-no-end", "2026-09-03", "2026-09-04", "date-no-end"),
        ("datetime-no-end", "2026-09-03T09:00:00+02:00", None, "datetime-no-end"),
    ],
    "rrule_byday_until.ics": [  # Mondays and Wednesdays until 1 April, across the DST start (29 March)
        (f"mon-wed@{u}", s, e, "mon-wed") for u, s, e in [
            ("2026-03-16T08:00:00+00:00", "2026-03-16T09:00:00+01:00", "2026-03-16T09:30:00+01:00"),
            ("2026-03-18T08:00:00+00:00", "2026-03-18T09:00:00+01:00", "2026-03-18T09:30:00+01:00"),
            ("2026-03-23T08:00:00+00:00", "2026-03-23T09:00:00+01:00", "2026-03-23T09:30:00+01:00"),
            ("2026-03-25T08:00:00+00:00", "2026-03-25T09:00:00+01:00", "2026-03-25T09:30:00+01:00"),
            ("2026-03-30T07:00:00+00:00", "2026-03-30T09:00:00+02:00", "2026-03-30T09:30:00+02:00"),
            ("2026-04-01T07:00:00+00:00", "2026-04-01T09:00:00+02:00", "2026-04-01T09:30:00+02:00"),
        ]
    ],
    "rrule_count.ics": [  # last day of the month, four times
        (f"monthly-count@{d}", d, e, "monthly-count") for d, e in [
            ("2026-01-31", "2026-02-01"), ("2026-02-28", "2026-03-01"),
            ("2026-03-31", "2026-04-01"), ("2026-04-30", "2026-05-01")]
    ],
    "rdate_exdate.ics": [
        ("rdate-exdate@2026-06-01T08:00:00+00:00", "2026-06-01T10:00:00+02:00", "2026-06-01T11:00:00+02:00", "rdate-exdate"),
        ("rdate-exdate@2026-06-03T08:00:00+00:00", "2026-06-03T10:00:00+02:00", "2026-06-03T11:00:00+02:00", "rdate-exdate"),
        ("rdate-exdate@2026-06-05T08:00:00+00:00", "2026-06-05T10:00:00+02:00", "2026-06-05T11:00:00+02:00", "rdate-exdate"),
        ("rdate-exdate@2026-06-10T13:00:00+00:00", "2026-06-10T15:00:00+02:00", "2026-06-10T16:00:00+02:00", "rdate-exdate"),
        # RDATE;VALUE=PERIOD brings its own length (3 hours)
        ("rdate-exdate@2026-06-12T08:00:00+00:00", "2026-06-12T10:00:00+02:00", "2026-06-12T13:00:00+02:00", "rdate-exdate"),
    ],
    "exrule.ics": [  # 14 days from Monday 2 March minus the weekends
        (f"exrule@{d}", d, (date.fromisoformat(d) + timedelta(days=1)).isoformat(), "exrule")
        for d in ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06",
                  "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"]
    ],
    "recurrence_override.ics": [
        ("orphan@2026-09-05T08:00:00+00:00", "2026-09-05T09:00:00+00:00", None, "orphan override"),
        ("weekly@2026-09-03T08:00:00+00:00", "2026-09-03T10:00:00+02:00", "2026-09-03T10:30:00+02:00", "weekly"),
        # moved occurrence keeps its key (original start) and gets the new time and title
        ("weekly@2026-09-10T08:00:00+00:00", "2026-09-10T14:00:00+02:00", "2026-09-10T15:00:00+02:00", "weekly moved"),
        # 17 Sep is cancelled: no entry
        ("weekly@2026-09-24T08:00:00+00:00", "2026-09-24T10:00:00+02:00", "2026-09-24T10:30:00+02:00", "weekly"),
        # RANGE=THISANDFUTURE from 1 Oct: one hour later, one hour long, new title
        ("weekly@2026-10-01T08:00:00+00:00", "2026-10-01T11:00:00+02:00", "2026-10-01T12:00:00+02:00", "weekly later"),
        ("weekly@2026-10-08T08:00:00+00:00", "2026-10-08T11:00:00+02:00", "2026-10-08T12:00:00+02:00", "weekly later"),
    ],
    "allday_thisandfuture.ics": [
        ("days@2026-06-01", "2026-06-01", "2026-06-02", "days"),
        ("days@2026-06-08", "2026-06-08", "2026-06-09", "days"),
        ("days@2026-06-15", "2026-06-16", "2026-06-17", "days shifted"),
        ("days@2026-06-22", "2026-06-23", "2026-06-24", "days shifted"),
    ],
    "outlook_allday_flag.ics": [
        ("flagged", "2026-08-04", "2026-08-06", "flagged"),
        ("not-flagged", "2026-08-07T00:00:00+02:00", "2026-08-08T00:00:00+02:00", "not-flagged"),
    ],
    "override_without_dtstart.ics": [
        ("daily@2026-06-01T09:00:00+00:00", "2026-06-01T09:00:00+00:00", None, "daily"),
        ("daily@2026-06-02T09:00:00+00:00", "2026-06-02T09:00:00+00:00", None, "daily renamed"),
        ("daily@2026-06-03T09:00:00+00:00", "2026-06-03T09:00:00+00:00", None, "daily"),
    ],
    "duration_dst.ics": [
        ("dst-day", "2026-03-28T10:00:00+01:00", "2026-03-29T10:00:00+02:00", "dst-day"),
        ("dst-hours", "2026-03-29T01:00:00+01:00", "2026-03-29T05:00:00+02:00", "dst-hours"),
        ("dst-series@2026-03-28T00:00:00+00:00", "2026-03-28T01:00:00+01:00", "2026-03-28T04:00:00+01:00", "dst-series"),
        ("dst-series@2026-03-29T00:00:00+00:00", "2026-03-29T01:00:00+01:00", "2026-03-29T05:00:00+02:00", "dst-series"),
    ],
    "components.ics": [
        ("event-with-alarm", "2026-04-01T08:00:00+00:00", None, "event-with-alarm"),
        ("task-due", "2026-04-10", "2026-04-11", "Write the copy"),
        ("task-due-time", "2026-04-11T09:00:00+00:00", None, "Send the mail"),
    ],
    "multi_vcalendar.ics": [
        ("cal-one", "2026-05-01", "2026-05-02", "cal-one"),
        ("cal-two", "2026-05-02", "2026-05-03", "cal-two"),
    ],
    "no_wrapper.ics": [("bare-event", "2026-05-01T10:00:00+00:00", "2026-05-01T11:00:00+00:00", "bare-event")],
    "folded_long.ics": [("folded", "2026-05-02T10:00:00+00:00", None, "A title folded right after its name")],
    "eol_crlf.ics": [("eol", "2026-05-03T10:00:00+00:00", None, "eol")],
    "eol_cr.ics": [("eol", "2026-05-03T10:00:00+00:00", None, "eol")],
    "eol_lf.ics": [("eol", "2026-05-03T10:00:00+00:00", None, "eol")],
    "bom.ics": [("bom", "2026-05-04T10:00:00+00:00", None, "Grüße mit BOM")],
    "latin1.ics": [("latin1", "2026-05-13T10:00:00+00:00", None, "Café Straße Müller")],
    "utf16.ics": [("utf16", "2026-05-15T10:00:00+00:00", None, "Zoë Müller")],
    "mojibake.ics": [("mojibake", "2026-05-16T10:00:00+00:00", None, "See the IRB’s checklist – Zoë")],
    "truncated.ics": [
        ("complete-1", "2026-05-07T10:00:00+00:00", None, "complete-1"),
        ("complete-2", "2026-05-08T10:00:00+00:00", None, "complete-2"),
    ],
    "no_dtstart.ics": [("good", "2026-05-10T10:00:00+00:00", None, "good")],
    "duplicate_uid.ics": [("dup", "2026-05-11T10:00:00+00:00", None, "newest version")],
}


@BOTH
@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden(name, reverse, tmp_path):
    result = read(name, tmp_path, reverse)
    assert rows(result) == sorted(GOLDEN[name])
    assert result.kind == "ics"


@BOTH
def test_floating_times_use_the_source_zone(reverse, tmp_path):
    berlin = read("tz_floating.ics", tmp_path, reverse, zone="Europe/Berlin").records[0]
    tokyo = read("tz_floating.ics", tmp_path, reverse, zone="Asia/Tokyo").records[0]
    assert berlin.start.isoformat() == "2026-03-01T09:00:00+01:00" and berlin.timezone == "Europe/Berlin"
    assert tokyo.start.isoformat() == "2026-03-01T09:00:00+09:00" and tokyo.timezone == "Asia/Tokyo"


@BOTH
def test_custom_vtimezone_uses_its_own_rules_and_unknown_zone_warns(reverse, tmp_path):
    result = read("tz_custom_vtimezone.ics", tmp_path, reverse)
    by_ref = {r.source_ref: r for r in result.records}
    assert as_utc(by_ref["custom-zone"].start) == datetime(2026, 6, 10, 4, 30, tzinfo=UTC)
    assert by_ref["custom-zone"].timezone == "Head Office Time"
    assert by_ref["unknown-zone"].start.isoformat() == "2026-06-10T10:00:00+02:00"
    assert any("Nowhere Standard Time" in w for w in result.warnings)


def test_reversed_copy_really_reverses(tmp_path):
    from ics_helpers import FIXTURES, reversed_copy

    text = reversed_copy(FIXTURES / "tz_vtimezone_iana.ics", tmp_path).read_text()
    assert text.index("UID:new-york") < text.index("UID:berlin-summer") < text.index("BEGIN:VTIMEZONE")


def test_zone_names_are_iana():
    result = read("tz_windows_name.ics")
    assert {r.timezone for r in result.records} == {"Europe/Berlin", "America/New_York"}
    assert read("tz_google_xwr.ics").settings["timezone"] == "America/New_York"


@BOTH
def test_endless_rule_is_bounded_to_the_window_and_warns(reverse, tmp_path):
    result = read("rrule_endless.ics", tmp_path, reverse)
    starts = [r.start for r in result.records]
    assert len(starts) == 365
    assert min(starts).date() == date(2026, 1, 1) and max(starts).date() == date(2026, 12, 31)
    assert any("without end" in w and "daily-forever" in w for w in result.warnings)


@BOTH
def test_absurd_rule_is_bounded_in_memory_and_warns(reverse, tmp_path):
    result = read("rrule_secondly.ics", tmp_path, reverse)
    assert len(result.records) == MAX_OCCURRENCES
    assert any("every-second" in w and f"first {MAX_OCCURRENCES}" in w for w in result.warnings)


def test_series_record_conventions():
    result = read("recurrence_override.ics")
    moved = next(r for r in result.records if r.title == "weekly moved")
    assert moved.series_key == "weekly"
    assert moved.recurrence_id.isoformat() == "2026-09-10T10:00:00+02:00"
    assert moved.recurrence.splitlines() == ["DTSTART;TZID=Europe/Berlin:20260903T100000", "RRULE:FREQ=WEEKLY;COUNT=6"]
    allday = read("rrule_count.ics").records[0]
    assert allday.all_day and allday.series_key == "monthly-count" and allday.recurrence_id == date(2026, 1, 31)
    single = read("tz_utc.ics").records[0]
    assert single.series_key is None and single.recurrence_id is None and single.recurrence is None


def test_window_selects_occurrences():
    window = (datetime(2026, 3, 20, tzinfo=UTC), datetime(2026, 3, 31, tzinfo=UTC))
    refs = [r.source_ref for r in read("rrule_byday_until.ics", window=window).records]
    assert refs == ["mon-wed@2026-03-23T08:00:00+00:00", "mon-wed@2026-03-25T08:00:00+00:00",
                    "mon-wed@2026-03-30T07:00:00+00:00"]


@BOTH
def test_components_tasks_and_ignored_kinds(reverse, tmp_path):
    result = read("components.ics", tmp_path, reverse)
    kinds = {r.source_ref: r.kind for r in result.records}
    assert kinds == {"event-with-alarm": "event", "task-due": "task", "task-due-time": "task"}
    assert result.records[0].all_day is False
    # the VTODO without DUE is reported; VJOURNAL, VFREEBUSY and VALARM make no noise
    assert len(result.warnings) == 1 and "without a due date" in result.warnings[0]
    assert not any("VALARM" in w or "JOURNAL" in w or "FREEBUSY" in w for w in result.warnings)


@BOTH
def test_meaning_of_properties(reverse, tmp_path):
    result = read("meaning.ics", tmp_path, reverse)
    assert result.department_hint == "Customer Success – Content"
    rec = {r.source_ref: r for r in result.records}
    m = rec["meaning"]
    assert m.channel == "LinkedIn" and m.tags == ("LinkedIn", "Customer story", "Q3")
    assert m.owner == "Emma Lindqvist" and m.link == "https://example.com/post/1" and m.status == "TENTATIVE"
    assert m.description == "Line one\nLine two, with comma"
    assert m.extra["location"] == "Berlin, HQ"
    assert m.location.startswith("line ")
    assert rec["mailto-only"].owner == "jan@example.com"


def test_department_hint_falls_back_to_file_name():
    assert read("tz_utc.ics").department_hint == "tz_utc"


def test_multiple_calendars_take_first_name():
    assert read("multi_vcalendar.ics").department_hint == "First"


def test_folded_and_long_lines():
    rec = read("folded_long.ics").records[0]
    assert rec.description == "First part of a long description that continues here with a space"
    assert rec.extra["location"].count("Very long location") == 12


def test_line_ends_and_text_escapes_agree():
    descs = {read(n).records[0].description for n in ("eol_crlf.ics", "eol_cr.ics", "eol_lf.ics")}
    assert descs == {"line one\nline two"}


def test_invalid_utf8_is_decoded_with_a_warning():
    latin = read("latin1.ics")
    assert latin.records[0].title == "Café Straße Müller"
    assert any("Windows-1252" in w for w in latin.warnings)
    damaged = read("damaged_utf8.ics")
    assert damaged.records[0].title.startswith("日本") and damaged.records[0].title.endswith("のイベント")
    assert any("not valid UTF-8" in w for w in damaged.warnings)


@BOTH
def test_truncated_file_keeps_complete_events_and_warns(reverse, tmp_path):
    result = read("truncated.ics", tmp_path, reverse)
    assert result.skipped == 1
    msg = [w for w in result.warnings if "ends inside an event" in w]
    assert msg and "2 events read, 1 incomplete" in msg[0] and "truncated.ics" in msg[0]
    assert "line 14" in read("truncated.ics").warnings[0]


def test_events_without_start_are_skipped_with_uid_and_line():
    result = read("no_dtstart.ics")
    assert result.skipped == 2
    assert any("'no-start'" in w and "line 4" in w and "no DTSTART" in w for w in result.warnings)
    assert any("'bad-start'" in w and "line 9" in w for w in result.warnings)


@pytest.mark.parametrize("name,reason", [("not_a_calendar.ics", "does not contain calendar data"),
                                         ("vcard.ics", "contact card")])
def test_not_a_calendar_is_refused_naming_the_file(name, reason):
    from ics_helpers import FIXTURES

    with pytest.raises(NotACalendar) as err:
        read_file(FIXTURES / name)
    assert name in str(err.value) and reason in str(err.value)


@BOTH
def test_duplicate_uid_keeps_highest_sequence_and_warns(reverse, tmp_path):
    result = read("duplicate_uid.ics", tmp_path, reverse)
    assert [r.title for r in result.records] == ["newest version"]
    assert any("'dup' appears 2 times" in w for w in result.warnings)


@BOTH
def test_missing_uid_gets_a_stable_derived_one(reverse, tmp_path):
    first = read("missing_uid.ics", tmp_path, reverse).records[0].source_ref
    again = read("missing_uid.ics").records[0].source_ref
    assert first == again and first.startswith("derived-")


def test_default_window_is_the_horizon():
    from importers import ImportOptions

    now = datetime(2026, 6, 1, tzinfo=UTC)
    lo, hi = ImportOptions().horizon(now)
    assert lo == now - timedelta(days=365) and hi == now + timedelta(days=730)
    assert WINDOW[0] < WINDOW[1]


def test_progress_is_reported_and_cancel_stops_the_import():
    from ics_helpers import FIXTURES, options
    from importers import ImportCancelled, ics

    seen = []
    opts = options()
    opts.progress = seen.append
    ics.read(FIXTURES / "recurrence_override.ics", opts)
    assert seen and all(0.0 <= f <= 1.0 for f in seen)
    opts.cancelled = lambda: True
    with pytest.raises(ImportCancelled):
        ics.read(FIXTURES / "recurrence_override.ics", opts)


def test_accepts_calendars_by_content_or_extension():
    from pathlib import Path

    from importers import ics

    assert ics.accepts(Path("cal.txt"), b"\xef\xbb\xbfBEGIN:VCALENDAR\r\nVERSION:2.0")
    assert ics.accepts(Path("cal.txt"), b"begin:vevent\n")
    assert ics.accepts(Path("export.ICS"), b"garbage")
    assert not ics.accepts(Path("plan.csv"), b"date;title\n")


def test_summary_warnings_survive_many_event_warnings(tmp_path):
    from importers import ics

    lines = ["BEGIN:VCALENDAR"] + [x for i in range(60) for x in ("BEGIN:VEVENT", f"UID:x{i}", "END:VEVENT")]
    path = tmp_path / "many.ics"
    path.write_text("\n".join(lines + ["BEGIN:VEVENT", "UID:cut", "DTSTART:20260101T100000Z"]), encoding="utf-8")
    result = ics.read(path, options())
    assert result.skipped == 61
    assert any("ends inside an event" in w for w in result.warnings)
    assert result.warnings[-1].endswith("… and 20 more warnings")
    assert len(result.warnings) < 45


def test_total_number_of_records_is_bounded(tmp_path, monkeypatch):
    from importers import ics

    monkeypatch.setattr(ics, "MAX_RECORDS", 700)
    lines = ["BEGIN:VCALENDAR"]
    for i in range(5):
        lines += ["BEGIN:VEVENT", f"UID:daily-{i}", "DTSTART:20260101T090000Z",
                  "RRULE:FREQ=DAILY", "END:VEVENT"]
    path = tmp_path / "dense.ics"
    path.write_text("\n".join(lines + ["END:VCALENDAR"]), encoding="utf-8")
    result = ics.read(path, options())
    assert len(result.records) == 2 * 365  # two series fit, then the limit stops further ones
    assert result.skipped == 3 and any("more than 700 entries" in w for w in result.warnings)
