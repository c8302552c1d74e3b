"""Dates and times: every notation of the issue, column-wide day/month order."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.dates import BAD, parse_date_column
from importers.sheets.times import ALL_DAY, BAD_TIME, parse_time_text, parse_time_value

BERLIN = ZoneInfo("Europe/Berlin")
AUG4 = date(2026, 8, 4)


@pytest.mark.parametrize("cell, expected", [
    (AUG4, (AUG4, None)),
    (datetime(2026, 8, 4, 14, 30), (AUG4, time(14, 30))),
    (46238, (AUG4, None)),  # Excel serial number
    (46238.5, (AUG4, time(12))),
    ("2026-08-04", (AUG4, None)),
    ("2026-08-04T14:30", (AUG4, time(14, 30))),
    ("2026-08-04 14:30", (AUG4, time(14, 30))),
    ("Aug 4, 2026", (AUG4, None)),
    ("4 August 2026", (AUG4, None)),
    ("Tuesday, August 4, 2026", (AUG4, None)),
    ("4. August 2026", (AUG4, None)),
    ("4 août 2026", (AUG4, None)),
    ("4 de agosto de 2026", (AUG4, None)),
    ("Di 4. Aug. 2026", (AUG4, None)),
    ("04.08.2026", (AUG4, None)),
    ("04.08.26", (AUG4, None)),
])
def test_one_cell(cell, expected):
    parsed, _ = parse_date_column([cell], None)
    assert parsed[0] == expected


def test_unreadable_and_blank():
    parsed, _ = parse_date_column(["TBD", "", None, "31/02/2026", 12.5], None)
    assert parsed == [BAD, None, None, BAD, BAD]


def test_day_above_twelve_settles_the_column():
    parsed, info = parse_date_column(["03/04/2026", "13/04/2026"], None)
    assert parsed[0][0] == date(2026, 4, 3) and info.day_first and not info.ambiguous
    parsed, info = parse_date_column(["03/04/2026", "04/13/2026"], True)
    assert parsed[0][0] == date(2026, 3, 4) and info.day_first is False and not info.ambiguous


def test_undecidable_column_uses_the_setting_and_is_flagged():
    _, info = parse_date_column(["03/04/2026"], None)
    assert info.ambiguous and info.day_first is True  # None: day-first...
    _, info = parse_date_column(["03/04/2026"], None, us_hint=True)
    assert info.day_first is False  # ...unless the file suggests US
    parsed, info = parse_date_column(["03/04/2026"], False)
    assert parsed[0][0] == date(2026, 3, 4) and info.ambiguous


def test_year_from_the_other_dates_and_weekday():
    parsed, info = parse_date_column(["Tue 4 Aug", "2026-08-20"], None)
    assert parsed[0] == (AUG4, None) and info.guessed_year
    parsed, _ = parse_date_column(["Tue 4 Aug", "2025-12-20"], None)  # weekday picks 2026 near 2025
    assert parsed[0] == (AUG4, None)


@pytest.mark.parametrize("text, expected", [
    ("9am", (time(9), None)), ("9:30 AM", (time(9, 30), None)), ("2:30pm", (time(14, 30), None)),
    ("14:30", (time(14, 30), None)), ("14h30", (time(14, 30), None)), ("14.30 Uhr", (time(14, 30), None)),
    ("10:00-11:00", (time(10), time(11))), ("9-10am", (time(9), time(10))), ("11am - 1pm", (time(11), time(13))),
    ("10:30 AM ET", (time(10, 30), None)), ("noon", (time(12), None)), ("12am", (time(0), None)),
    ("1430", (time(14, 30), None)), ("09:00:00", (time(9), None)),
])
def test_time_text(text, expected):
    assert parse_time_text(text) == expected


def test_time_values():
    assert parse_time_value(time(9, 15)) == (time(9, 15), None)
    assert parse_time_value(0.375) == (time(9), None)  # day fraction
    assert parse_time_value(timedelta(hours=14, minutes=5)) == (time(14, 5), None)
    assert parse_time_value(datetime(1899, 12, 30, 8, 0)) == (time(8), None)
    assert parse_time_text("TBD") is BAD_TIME and parse_time_text("13pm") is BAD_TIME
    assert parse_time_text("all day") is ALL_DAY


def test_csv_times_and_all_day(fixture_path):
    result = read_file(fixture_path("sheets/times.csv"), ImportOptions(timezone=BERLIN))
    by = {r.title: r for r in result.records}
    assert by["Nine am"].start == datetime(2026, 8, 4, 9, 0, tzinfo=BERLIN)
    assert by["French style"].start == datetime(2026, 8, 5, 14, 30, tzinfo=BERLIN)
    assert by["A range"].end == datetime(2026, 8, 5, 11, 0, tzinfo=BERLIN)
    allday = by["All day post"]
    assert allday.all_day and allday.start == date(2026, 8, 6) and allday.end == date(2026, 8, 7)
    assert by["Unknown time"].all_day
    assert any("row 8: time 'TBD' not understood" in w for w in result.warnings)


def test_day_first_month_first_and_ambiguous_files(fixture_path):
    opts = ImportOptions(timezone=BERLIN)
    assert read_file(fixture_path("sheets/day_first.csv"), opts).records[0].start.date() == AUG4
    assert read_file(fixture_path("sheets/month_first.csv"), opts).records[0].start.date() == AUG4
    amb = read_file(fixture_path("sheets/ambiguous_dates.csv"), opts)
    assert amb.records[0].start.date() == date(2026, 4, 3)
    assert any("day-first or month-first" in w for w in amb.warnings)
    us = read_file(fixture_path("sheets/ambiguous_dates.csv"), ImportOptions(timezone=BERLIN, day_first=False))
    assert us.records[0].start.date() == date(2026, 3, 4)


def test_text_dates_file(fixture_path):
    result = read_file(fixture_path("sheets/text_dates.csv"), ImportOptions(timezone=BERLIN))
    assert [r.start.date() for r in result.records] == [AUG4, AUG4, date(2026, 8, 11)]
    assert any("no year" in w for w in result.notes)


def test_date_time_in_one_cell(fixture_path):
    result = read_file(fixture_path("sheets/datetime_one_cell.csv"), ImportOptions(timezone=BERLIN))
    assert result.records[0].start == datetime(2026, 8, 4, 9, 40, tzinfo=BERLIN)
    assert result.records[0].title == "Multi-line"  # first line of the copy when there is no title
    assert result.records[0].description == "Multi-line\ncaption here"


def test_start_end_columns(fixture_path):
    result = read_file(fixture_path("sheets/end_columns.csv"), ImportOptions(timezone=BERLIN))
    by = {r.title: r for r in result.records}
    assert by["Workshop"].end == datetime(2026, 8, 4, 17, 0, tzinfo=BERLIN)
    conf = by["Conference"]
    assert conf.all_day and conf.start == date(2026, 8, 13) and conf.end == date(2026, 8, 16)
    assert by["Late show"].end == datetime(2026, 8, 21, 1, 0, tzinfo=BERLIN)  # past midnight


def test_year_less_numeric_dates_take_the_year_from_the_sheet(tmp_path):
    from tests.sheets_build import write_xlsx

    path = write_xlsx(tmp_path / "plan.xlsx", {"August 2026": [
        ["Datum (TT.MM.)", "Uhrzeit", "Titel"],
        ["Mo 03.08.", "10:00", "Montag"],
        ["Di 04.08.", "11:00", "Dienstag"],
    ]})
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert [r.start for r in result.records] == [datetime(2026, 8, 3, 10, 0, tzinfo=BERLIN),
                                                 datetime(2026, 8, 4, 11, 0, tzinfo=BERLIN)]


def test_format_in_the_header_decides_the_order(tmp_path):
    from tests.sheets_build import write_xlsx

    path = write_xlsx(tmp_path / "plan.xlsx", {"S": [["Date (MM/DD/YYYY)", "Title"], ["03/04/2026", "March"]]})
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert result.records[0].start == date(2026, 3, 4)
    assert not any("day-first or month-first" in w for w in result.warnings)


def test_numeric_clock_without_colon():
    assert parse_time_value(930) == (time(9, 30), None)
    assert parse_time_value(14) == (time(14), None)
    assert parse_time_value(2575) is BAD_TIME


def test_iso_stamps_with_offsets(fixture_path):
    result = read_file(fixture_path("sheets/utc_stamps.csv"), ImportOptions(timezone=BERLIN))
    by = {r.title: r for r in result.records}
    assert by["Stamped in UTC"].start == datetime(2026, 8, 4, 10, 0, tzinfo=BERLIN)
    assert by["Stamped in UTC"].end == datetime(2026, 8, 4, 11, 0, tzinfo=BERLIN)
    assert by["With an offset"].start == datetime(2026, 8, 4, 16, 0, tzinfo=BERLIN)
    assert by["Floating"].start == datetime(2026, 8, 4, 10, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("cell, minutes", [
    ("30 min", 30), ("1h", 60), ("1h30", 90), ("1.5 h", 90), ("90m", 90), ("0:45", 45), (45, 45),
    (timedelta(minutes=20), 20), (time(1, 0), 60), ("", None), ("soon", None),
])
def test_durations(cell, minutes):
    from importers.sheets.times import parse_duration

    got = parse_duration(cell)
    assert (got.total_seconds() / 60 if got else None) == minutes


def test_duration_column_gives_the_end(tmp_path):
    from tests.sheets_build import write_xlsx

    path = write_xlsx(tmp_path / "d.xlsx", {"S": [["Date", "Time", "Title", "Duration (h)"],
                                                  [AUG4, time(9), "Two hours", 2]]})
    rec = read_file(path, ImportOptions(timezone=BERLIN)).records[0]
    assert rec.end == datetime(2026, 8, 4, 11, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("cell", ["Di, 04.08.2026", "Di. 04.08.26", "Tue 04/08/2026", "Dienstag, 4.8.2026"])
def test_weekday_before_a_numeric_date_with_year(cell):
    # Excel's long German format ("TTT, TT.MM.JJJJ") exported to CSV
    parsed, _ = parse_date_column([cell, "13.08.2026"], None)
    assert parsed[0] == (AUG4, None)


def test_weekday_dates_in_a_file_are_not_skipped(tmp_path):
    path = tmp_path / "Redaktion.csv"
    path.write_text("Datum;Uhrzeit;Titel\nDi, 04.08.2026;9 Uhr;Sommerstart\nDo, 13.08.2026;14:30;Interview\n",
                    encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert result.skipped == 0 and result.warnings == []
    assert [r.start for r in result.records] == [datetime(2026, 8, 4, 9, tzinfo=BERLIN),
                                                 datetime(2026, 8, 13, 14, 30, tzinfo=BERLIN)]


@pytest.mark.parametrize("cell, month", [("4 janv. 2026", 1), ("4 févr. 2026", 2), ("04-févr.-26", 2),
                                         ("4 avr. 2026", 4), ("sam. 4 juil.", 7)])
def test_french_month_abbreviations(cell, month):
    parsed, _ = parse_date_column([cell, "2026-08-01"], None)
    assert parsed[0][0] == date(2026, month, 4)


@pytest.mark.parametrize("text, expected", [
    ("12 noon", (time(12), None)), ("Mediodía", (time(12), None)), ("12 midnight", (time(0), None)),
    ("um 10 Uhr", (time(10), None)), ("ca. 10 Uhr", (time(10), None)), ("ab 18:30", (time(18, 30), None)),
    ("at 9am", (time(9), None)), ("~10:00", (time(10), None)), ("de 9h à 10h", (time(9), time(10))),
    ("from 10am to 11am", (time(10), time(11))), ("Ganztägig", ALL_DAY),
])
def test_time_words_and_lead_words(text, expected):
    # each of these used to be 'time not understood' and its entry imported all-day
    assert parse_time_text(text) == expected


def test_a_wrong_weekday_does_not_move_the_date_by_years(tmp_path):
    # "Thu 4 Aug" in a 2026 sheet (4 Aug 2026 is a Tuesday) was read as 4 Aug 2022
    parsed, info = parse_date_column(["Thu 4 Aug", "2026-08-20"], None)
    assert parsed[0] == (AUG4, None) and info.weekday_mismatch == "Thu 4 Aug"
    parsed, info = parse_date_column(["Fri 1 Jan", "2026-12-28"], None)  # the next year's Friday: kept
    assert parsed[0] == (date(2027, 1, 1), None) and not info.weekday_mismatch
    path = tmp_path / "plan.csv"
    path.write_text("Date,Title\nThu 4 Aug,Typo weekday\n2026-08-20,Other\n", encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert result.records[0].start == AUG4
    assert any("'Thu 4 Aug'" in w and "weekday" in w for w in result.warnings)
