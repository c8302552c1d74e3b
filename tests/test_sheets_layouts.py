"""Tables laid out for reading: day programmes with the date on each day's first
row, date section rows, numbered repeat columns, date grids, tables that are
not calendars, headerless files, year-less dates and the file-wide day/month
order. Files are drawn at random (seeded) from pools written here."""
from __future__ import annotations

import csv
import os
import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.errors import JudgedNotACalendar, NotACalendar, UnmappableSheet
from tests.sheets_build import write_xlsx

BERLIN = ZoneInfo("Europe/Berlin")
TOPICS = ["Welcome", "Keynote", "Coffee break", "Lunch", "Panel on data", "Workshop: maps", "Wrap-up",
          "Poster session", "Lab: pipelines", "Q&A", "Networking", "Field trip", "Demo hour", "Closing talk"]
HEADS = [("Date", "Time", "Topic"), ("Datum", "Zeit", "Thema"), ("date", "start", "title"),
         ("Day", "Start time", "Session")]
PEOPLE = ["Ann Lee", "Ben Ode", "Cy Park", "Di Roy", "Eve Sato"]


def _opts(**kw) -> ImportOptions:
    return ImportOptions(timezone=BERLIN, **kw)


def _csv(path, rows, sep=","):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=sep, lineterminator="\n").writerows(rows)
    return path


def _programme(rng: random.Random):
    days = [date(2026, 3, 2) + timedelta(days=k) for k in range(rng.randint(2, 5))]
    plan = []
    for day in days:
        clock = datetime.combine(day, time(rng.choice([8, 9, 10])))
        for _ in range(rng.randint(3, 7)):
            plan.append((day, clock, rng.choice(TOPICS)))
            clock += timedelta(minutes=rng.choice([15, 30, 45, 60]))
    return plan


@pytest.mark.parametrize("seed", range(6))
def test_date_on_first_row_of_each_day_is_carried_down(tmp_path, seed):
    rng = random.Random(seed)
    plan = _programme(rng)
    head = rng.choice(HEADS)
    rows, last = [list(head)], None
    for day, clock, topic in plan:
        rows.append([day.strftime("%d/%m/%Y") if day != last else "", clock.strftime("%H:%M"), topic])
        last = day
    result = read_file(_csv(tmp_path / "plan.csv", rows), _opts())
    assert len(result.records) == len(plan) and result.skipped == 0
    for rec, (day, clock, topic) in zip(result.records, plan):
        assert rec.start == clock.replace(tzinfo=BERLIN) and rec.title == topic
    assert any("first row of each day" in w for w in result.notes)
    # start times only: an entry ends when the next of its day starts; the day's last has no end
    for rec, nxt in zip(result.records, result.records[1:]):
        assert rec.end == (nxt.start if nxt.start.date() == rec.start.date() else None)
    assert result.records[-1].end is None


def test_undated_rows_that_are_not_a_day_programme_stay_reported(tmp_path):
    """Posts alternating with undated ones (a Buffer-style list) do not follow the pattern."""
    rows = [["Date", "Time", "Title", "Channel"]]
    for k in range(6):
        day = date(2026, 2, 3) + timedelta(days=k)
        rows.append([day.isoformat(), "08:00", f"Dated post {k}", "LinkedIn"])
        rows.append(["", "10:00", f"Undated post {k}", "X"])
    result = read_file(_csv(tmp_path / "posts.csv", rows), _opts())
    assert len(result.records) == 6 and result.skipped == 6
    assert sum("has no date; skipped" in w for w in result.warnings) == 6
    assert not any("first row of each day" in w for w in result.warnings)


@pytest.mark.parametrize("seed", range(4))
def test_dates_as_section_rows_head_their_entries(tmp_path, seed):
    rng = random.Random(100 + seed)
    rows = [["Time", "Event", "Venue"]]
    want = []
    day = date(2026, 9, 12)
    for _ in range(rng.randint(2, 4)):
        rows.append([day.strftime("%A %d %B %Y"), "", ""])
        for _ in range(rng.randint(1, 4)):
            hour = rng.randint(9, 20)
            title = f"{rng.choice(TOPICS)} {rng.randint(1, 99)}"
            rows.append([f"{hour}:00", title, rng.choice(["Hall A", "Room 2", "Pitch"])])
            want.append((datetime.combine(day, time(hour), BERLIN), title))
        day += timedelta(days=rng.randint(1, 6))
    result = read_file(write_xlsx(tmp_path / "fixtures.xlsx", {"Games": rows}), _opts())
    got = sorted((r.start, r.title) for r in result.records)
    assert got == sorted(want)
    assert any("rows of their own" in w for w in result.notes)


def test_first_section_date_may_stand_above_the_header(tmp_path):
    rows = [["Saturday 12 September 2026"], ["Time", "Match", "Venue"], ["15:00", "Reds v Blues", "Park"],
            ["17:30", "Greens v Golds", "Hall"], ["Sunday 13 September 2026"], ["11:00", "Blues v Golds", "Park"]]
    result = read_file(write_xlsx(tmp_path / "games.xlsx", {"Games": rows}), _opts())
    assert [(r.start, r.title) for r in result.records] == [
        (datetime(2026, 9, 12, 15, 0, tzinfo=BERLIN), "Reds v Blues"),
        (datetime(2026, 9, 12, 17, 30, tzinfo=BERLIN), "Greens v Golds"),
        (datetime(2026, 9, 13, 11, 0, tzinfo=BERLIN), "Blues v Golds")]


def test_dated_rows_left_empty_are_not_sections(tmp_path):
    rows = [["Date", "Title"], ["2026-08-03", "Post A"], ["2026-08-04", ""], ["2026-08-05", ""],
            ["2026-08-06", "Post B"], ["2026-08-07", "Post C"]]
    result = read_file(_csv(tmp_path / "plan.csv", rows), _opts())
    assert [r.title for r in result.records] == ["Post A", "Post B", "Post C"]
    assert not any("rows of their own" in w for w in result.warnings)


def test_numbered_repeat_columns_give_one_entry_per_cell(tmp_path):
    rows = [["Date", "Event", "Event 2", "Event 3"],
            [date(2026, 8, 3), "Open day", "Staff meeting", ""],
            [date(2026, 8, 4), "Sports day", "", ""],
            [date(2026, 8, 5), "Concert", "Bake sale", "Parents evening"]]
    result = read_file(write_xlsx(tmp_path / "school.xlsx", {"Events": rows}), _opts())
    assert sorted((r.start.isoformat(), r.title) for r in result.records) == sorted([
        ("2026-08-03", "Open day"), ("2026-08-03", "Staff meeting"), ("2026-08-04", "Sports day"),
        ("2026-08-05", "Concert"), ("2026-08-05", "Bake sale"), ("2026-08-05", "Parents evening")])
    assert any("6 filled cells are read as one entry each" in w for w in result.notes)


@pytest.mark.parametrize("seed", range(4))
def test_weekly_grid_gives_one_entry_per_cell(tmp_path, seed):
    rng = random.Random(200 + seed)
    monday = date(2026, 3, 2) + timedelta(weeks=rng.randint(0, 20))
    names = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    rows, want = [], set()
    for week in range(rng.randint(2, 3)):
        days = [monday + timedelta(days=7 * week + k) for k in range(5)]
        rows.append(["Week"] + names)
        rows.append([""] + [d.strftime("%d.%m.") for d in days])
        for hour in (9, 11, 14):
            line = [f"{hour}:00"]
            for d in days:
                if rng.random() < 0.4:
                    title = f"{rng.choice(TOPICS)} {rng.randint(1, 9)}"
                    line.append(title)
                    want.add((datetime.combine(d, time(hour), BERLIN), title))
                else:
                    line.append("")
            rows.append(line)
    if not want:
        pytest.skip("no cell drawn")
    result = read_file(write_xlsx(tmp_path / "week.xlsx", {"Plan": rows}), _opts())
    assert {(r.start, r.title) for r in result.records} == want
    assert any("one entry per cell" in w for w in result.notes)


def test_blank_month_grid_is_refused_as_a_template(tmp_path):
    rows = []
    for week in range(5):
        rows.append([date(2026, 6, 1) + timedelta(days=7 * week + k) for k in range(7)])
        rows.append([""] * 7)
    with pytest.raises(NotACalendar) as err:
        read_file(write_xlsx(tmp_path / "june.xlsx", {"June": rows}), _opts())
    assert "blank calendar template" in str(err.value)


def _date_dimension(n: int) -> list[list]:
    rows = [["date", "year", "month", "weekday", "quarter", "key"]]
    for k in range(n):
        d = date(2024, 1, 1) + timedelta(days=k)
        rows.append([d.isoformat(), d.year, d.strftime("%B"), d.strftime("%A"), f"Q{(d.month - 1) // 3 + 1}",
                     d.strftime("%Y_%m_%d")])
    return rows


def test_date_dimension_is_refused_and_can_be_imported_anyway(tmp_path):
    path = _csv(tmp_path / "dim.csv", _date_dimension(400))
    with pytest.raises(JudgedNotACalendar) as err:
        read_file(path, _opts())
    assert "every row is the next day" in err.value.reason and err.value.entries == 400
    assert len(read_file(path, _opts(accept_any_table=True)).records) == 400


def test_one_entry_a_day_with_titles_or_a_rota_is_a_calendar(tmp_path):
    rng = random.Random(7)
    saints = [["Date", "Feast"]] + [[(date(2026, 1, 1) + timedelta(days=k)).isoformat(),
                                     f"Saint {rng.choice(PEOPLE)} of {rng.choice(TOPICS)} {k}"] for k in range(60)]
    assert len(read_file(_csv(tmp_path / "saints.csv", saints), _opts()).records) == 60
    rota = [["Date", "On call"]] + [[(date(2026, 1, 5) + timedelta(days=k)).isoformat(), PEOPLE[(k // 7) % 5]]
                                    for k in range(60)]
    assert len(read_file(_csv(tmp_path / "rota.csv", rota), _opts()).records) == 60


def test_rates_by_date_are_refused(tmp_path):
    rng = random.Random(3)
    rows = [["Date", "Country", "Rate"]]
    for year in range(1990, 2020):
        for country in ("Norway", "Japan", "Chile"):
            rows.append([f"{year}-01-01", country, f"{rng.uniform(0.5, 120):.4f}"])
    with pytest.raises(JudgedNotACalendar) as err:
        read_file(_csv(tmp_path / "rates.csv", rows), _opts())
    assert "prices, rates" in err.value.reason


def test_a_table_without_dates_is_refused_with_its_layout_named(tmp_path):
    rows = [["Day", "Session"]] + [[d, f"Talk {k}"] for k, d in enumerate(["Thursday", "Friday", "Saturday"] * 3)]
    with pytest.raises(UnmappableSheet) as err:
        read_file(_csv(tmp_path / "days.csv", rows), _opts())
    assert "weekdays only" in err.value.reason
    rows = [["Position", "Name", "Finish"]] + [[k, f"Runner {k}", f"00:2{k}:13"] for k in range(1, 9)]
    with pytest.raises(UnmappableSheet) as err:
        read_file(_csv(tmp_path / "results.csv", rows), _opts())
    assert "no column holds dates" in err.value.reason


def test_file_without_header_row(tmp_path):
    rows = [[(date(2026, 1, 1) + timedelta(days=3 * k)).isoformat(), f"Race{k}"] for k in range(12)]
    result = read_file(_csv(tmp_path / "races.csv", rows), _opts())
    assert len(result.records) == 12 and result.records[0].start == date(2026, 1, 1)
    assert any("no header row" in w for w in result.notes)
    assert result.records[0].location.endswith("row 1")  # the first row is data: row 1


def _set_mtime(path, day: date):
    stamp = datetime.combine(day, time(12), BERLIN).timestamp()
    os.utime(path, (stamp, stamp))


def test_year_less_dates_take_the_year_the_weekdays_pin(tmp_path):
    days = [date(2024, 1, 10) + timedelta(days=23 * k) for k in range(6)]  # Jan-May 2024: no other year near
    rows = [["Date", "Title"]] + [[d.strftime("%A %d %B"), f"Event {k}"] for k, d in enumerate(days)]
    path = _csv(tmp_path / "pinned.csv", rows)
    _set_mtime(path, date(2026, 6, 1))
    result = read_file(path, _opts())
    assert [r.start for r in result.records] == days
    assert any("from the weekday names" in w for w in result.notes)


def test_year_less_dates_without_hints_follow_the_file_date(tmp_path):
    rows = [["Date", "Title"], ["30 Dec", "Party"], ["2 Jan", "Kick-off"], ["5 Jan", "Review"]]
    path = _csv(tmp_path / "plain.csv", rows)
    _set_mtime(path, date(2026, 11, 20))
    result = read_file(path, _opts())
    assert [r.start for r in result.records] == [date(2026, 12, 30), date(2027, 1, 2), date(2027, 1, 5)]
    assert any("next occurrence after the file was last modified (2026-11-20)" in w for w in result.notes)


def test_year_less_dates_take_a_year_the_file_names(tmp_path):
    rows = [["Date", "Title", "Link"]] + [[f"{d} April", f"Talk {d}", f"https://x.org/2016/talk{d}"]
                                          for d in range(3, 9)]
    path = _csv(tmp_path / "named.csv", rows)
    _set_mtime(path, date(2026, 11, 20))
    result = read_file(path, _opts())
    assert result.records[0].start == date(2016, 4, 3)
    assert any("the file's own text (2016)" in w for w in result.notes)


def test_day_month_order_is_decided_from_all_date_columns(tmp_path):
    rows = [["Start Date", "End Date", "Title"], ["03/04/2026", "03/14/2026", "Sprint"],
            ["04/05/2026", "04/06/2026", "Trip"]]
    result = read_file(_csv(tmp_path / "span.csv", rows), _opts())
    assert [r.start for r in result.records] == [date(2026, 3, 4), date(2026, 4, 5)]


def test_day_month_order_from_how_close_the_dates_lie(tmp_path):
    rows = [["Date", "Title"]] + [[f"4/{d}/16", f"Session {d}"] for d in range(3, 8)]
    result = read_file(_csv(tmp_path / "conf.csv", rows), _opts())
    assert [r.start for r in result.records] == [date(2016, 4, d) for d in range(3, 8)]
    assert any("closer together" in w for w in result.notes)


def test_outlook_export_headers_mean_month_first(tmp_path):
    rows = [["Subject", "Start Date", "Start Time", "End Date", "End Time", "All day event", "Reminder on/off"],
            ["Call", "3/4/2026", "10:00", "3/4/2026", "11:00", "False", "False"]]
    result = read_file(_csv(tmp_path / "outlook.csv", rows), _opts())
    assert result.records[0].start == datetime(2026, 3, 4, 10, 0, tzinfo=BERLIN)


def test_undecidable_order_is_flagged(tmp_path):
    rows = [["Date", "Title"], ["03/04/2026", "A"], ["05/06/2026", "B"], ["01/02/2026", "C"]]
    result = read_file(_csv(tmp_path / "odd.csv", rows), _opts())
    assert any("could be day-first or month-first" in w for w in result.warnings)


def test_one_row_per_presenter_gives_one_entry(tmp_path):
    rows = [["Date", "Time", "Title", "Presenter"]]
    for k in range(6):
        for person in PEOPLE[: 2 + k % 3]:
            rows.append(["2026-09-24", f"{9 + k}:00", f"Panel {k}", person])
    result = read_file(_csv(tmp_path / "panels.csv", rows), _opts())
    assert len(result.records) == 6
    assert result.records[0].owner == "Ann Lee; Ben Ode"  # a presenter column is the owner


def test_rows_with_text_but_no_date_are_named(tmp_path):
    rows = [["Date", "Away", "Home"], ["20260301", "AAA", "BBB"], ["20260332", "CCC", "DDD"]]
    result = read_file(_csv(tmp_path / "games.csv", rows), _opts())
    assert len(result.records) == 1 and result.skipped == 1
    assert any("20260332" in w and "skipped" in w for w in result.warnings)


def test_date_written_over_columns_is_put_together(tmp_path):
    rows = [["Weekday", "Month", "Day", "Year", "Session"],
            ["Saturday", "April", 2, 2016, "Opening"], ["Sunday", "April", 3, 2016, "Tours"],
            ["Monday", "April", 4, 2016, "Keynotes"]]
    result = read_file(write_xlsx(tmp_path / "days.xlsx", {"Days": rows}), _opts())
    assert [(r.start, r.title) for r in result.records] == [
        (date(2016, 4, 2), "Opening"), (date(2016, 4, 3), "Tours"), (date(2016, 4, 4), "Keynotes")]
    assert any("written over columns 'Day', 'Month' and 'Year'" in w for w in result.notes)


def test_dates_with_nothing_on_them_are_refused(tmp_path):
    rows = [["Date", "Title"]] + [[(date(2026, 5, 1) + timedelta(days=k)).isoformat(), ""] for k in range(10)]
    with pytest.raises(NotACalendar) as err:
        read_file(_csv(tmp_path / "empty.csv", rows), _opts())
    assert "nothing written for them" in err.value.reason


LAYOUT_NOTES = ("first row of each day", "rows of their own", "one entry each", "one entry per cell",
                "written over columns", "no header row", "blank calendar template", "repeat another row")
FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%a %d %b %Y", "%B %d, %Y", "%d %B %Y"]


@pytest.mark.parametrize("seed", range(12))
def test_plain_tables_are_left_as_they_are(tmp_path, seed):
    """Ordinary calendars drawn at random never trip a layout rule or the judge."""
    rng = random.Random(900 + seed)
    fmt = rng.choice(FORMATS)
    rows = [["Date", "Time", "Channel", "Title", "Owner"]]
    want = 0
    day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    for k in range(rng.randint(30, 80)):
        day += timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
        if rng.random() < 0.05:
            rows.append(["", "", "", "", ""])
            continue
        rows.append([day.strftime(fmt), f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30'])}",
                     rng.choice(["LinkedIn", "Blog", "X", "Newsletter"]),
                     f"{rng.choice(TOPICS)} #{k}", rng.choice(PEOPLE)])
        want += 1
    path = _csv(tmp_path / "plain.csv", rows, sep=rng.choice([",", ";", "\t"]))
    result = read_file(path, _opts())
    assert len(result.records) == want and result.skipped == 0
    assert not [w for w in result.warnings if any(n in w for n in LAYOUT_NOTES)]


def test_import_anyway_is_remembered_for_the_source(tmp_path):
    from calendar_core.workspace import Workspace

    path = _csv(tmp_path / "dim.csv", _date_dimension(60))
    ws = Workspace.open(tmp_path / "ws.sqlite")
    try:
        with pytest.raises(JudgedNotACalendar):
            ws.import_file(path)
        assert ws.import_file(path, accept_any_table=True).new == 60
        assert ws.import_file(path).new == 0  # read again without asking: the choice holds
    finally:
        ws.close()


def test_clock_times_written_hhmm_are_not_month_days():
    from importers.sheets.dates import parse_date_column

    parsed, _ = parse_date_column(["0930", "1400", "1615", "0800"], None)
    assert not any(p.__class__ is tuple for p in parsed)
    parsed, info = parse_date_column(["1126", "1127", "1201"], None)
    assert [p[0].month for p in parsed] == [11, 11, 12] and info.guessed_year


def test_rows_with_start_end_and_created_dates_are_no_grid(tmp_path):
    rows = [["Summary", "Start", "End", "Created"]] + [
        [f"Match {k}", f"2015-06-{11 + k} 20:30", f"2015-06-{11 + k} 22:15", f"2015-03-{1 + k} 17:15"]
        for k in range(8)]
    result = read_file(_csv(tmp_path / "games.csv", rows), _opts())
    assert len(result.records) == 8
    assert not any("one entry per cell" in w for w in result.warnings)


def test_weekday_and_cjk_weekday_names():
    from importers.sheets.dates import weekday_of

    assert [weekday_of(t) for t in ("Monday", "Di", "星期三", "周日", "金曜日", "Nothing", "Mai")] == [
        0, 1, 2, 6, 4, None, None]


def test_order_decision_needs_evidence():
    from importers.sheets.dates import decide_order

    assert decide_order([["13/04/2026", "01/05/2026"]]).day_first is True
    assert decide_order([["04/13/2026"], ["05/01/2026"]]).day_first is False
    assert decide_order([["4.3.2026", "5.3.2026"]]).day_first is True
    assert decide_order([["03/04/2026", "04/05/2026"]]).day_first is None  # two dates prove nothing


def test_weekly_timetable_without_dates_is_named(tmp_path):
    rows = [["Time", "Mon", "Tue", "Wed", "Thu", "Fri"], ["9:00", "Maths", "", "Art", "", "PE"],
            ["10:00", "", "Music", "", "Maths", ""]]
    with pytest.raises(UnmappableSheet) as err:
        read_file(write_xlsx(tmp_path / "timetable.xlsx", {"Week": rows}), _opts())
    assert "weekly timetable" in err.value.reason and "Mon to Fri" in err.value.reason


def test_a_programme_line_without_a_time_still_takes_the_day(tmp_path):
    rows = [["Date", "Time", "Topic"]]
    for k, day in enumerate(("02/03/2026", "03/03/2026")):
        rows += [[day, "09:00", f"Welcome {k}"], ["", "10:00", f"Talk {k}"], ["", "11:00", f"Lab {k}"],
                 ["", "12:00", f"Lunch {k}"], ["", "13:00", f"Demo {k}"], ["", "14:00", f"Panel {k}"]]
    rows.insert(4, ["", "", "Posters all day"])
    result = read_file(_csv(tmp_path / "plan.csv", rows), _opts())
    assert len(result.records) == 13 and result.skipped == 0
    poster = next(r for r in result.records if r.title == "Posters all day")
    assert poster.all_day and poster.start == date(2026, 3, 2)


def test_placeholder_cells_are_blank_but_check_marks_stay(tmp_path):
    rows = [["Date", "All day", "Summary", "Session"], ["2026-04-03", "✓", ".", "Registration"],
            ["2026-04-04", "", "Long talk about things", "Keynote"]]
    result = read_file(_csv(tmp_path / "conf.csv", rows), _opts())
    assert result.records[0].description == "" and result.records[0].all_day
    assert result.records[1].description == "Long talk about things"


def test_section_headings_with_a_label_around_the_date(tmp_path):
    rows = [["Time", "Session", "Room"], ["Day 1 – Monday, 14 October 2024", "", ""], ["09:00", "Opening", "A"],
            ["10:30", "Keynote", "A"], ["Day 2 – Tuesday, 15 October 2024", "", ""], ["09:30", "Workshops", "B"]]
    result = read_file(write_xlsx(tmp_path / "conf.xlsx", {"Programme": rows}), _opts())
    assert [(r.start, r.title) for r in result.records] == [
        (datetime(2024, 10, 14, 9, 0, tzinfo=BERLIN), "Opening"), (datetime(2024, 10, 14, 10, 30, tzinfo=BERLIN),
                                                                  "Keynote"),
        (datetime(2024, 10, 15, 9, 30, tzinfo=BERLIN), "Workshops")]


def test_month_grid_of_day_numbers_under_a_month_title(tmp_path):
    rows = [["August 2026"], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]]
    first = date(2026, 7, 27)  # the grid opens with the last days of July
    want = set()
    rng = random.Random(11)
    for week in range(6):
        days = [first + timedelta(days=7 * week + k) for k in range(7)]
        rows.append([d.day for d in days])
        line = []
        for d in days:
            if rng.random() < 0.3:
                title = f"{rng.choice(TOPICS)} {d.day}"
                line.append(title)
                want.add((d, title))
            else:
                line.append("")
        rows.append(line)
    result = read_file(write_xlsx(tmp_path / "month.xlsx", {"Plan": rows}), _opts())
    assert {(r.start, r.title) for r in result.records} == want


def test_workbook_without_header_row(tmp_path):
    days = [date(2026, 1, 3) + timedelta(weeks=k) for k in range(10)]
    rows = [[d, f"Race {k}", "Hill"] for k, d in enumerate(days)]
    result = read_file(write_xlsx(tmp_path / "races.xlsx", {"2026": rows}), _opts())
    assert [r.start for r in result.records] == days
    assert any("no header row" in w for w in result.notes)
    assert result.records[0].location.endswith("row 1")  # the first row is data: row 1


@pytest.mark.parametrize("seed", range(3))
def test_parts_listed_under_a_panel_give_one_entry_per_panel(tmp_path, seed):
    rng = random.Random(300 + seed)
    rows = [["Date", "Time", "Session title", "Title", "Speaker"]]
    panels = 0
    for day in (24, 25):
        for hour in (9, 11, 14):
            for room in range(rng.randint(2, 4)):  # sessions side by side
                panels += 1
                for paper in range(rng.randint(2, 4)):
                    rows.append([f"2026-09-{day}", f"{hour}:00-{hour + 1}:30", f"Session {panels} on topic {room}",
                                 f"Paper {panels}.{paper}", PEOPLE[(panels + paper) % len(PEOPLE)]])
    result = read_file(_csv(tmp_path / "programme.csv", rows), _opts())
    assert len(result.records) == panels
    first = result.records[0]
    assert first.title == "Session 1 on topic 0" and first.extra["Title"].startswith("Paper 1.0; Paper 1.1")
    assert any("parts of one entry" in w or "one row per person or item" in w for w in result.notes)


def test_a_paper_title_column_under_a_panel_title_gives_the_panels(tmp_path):
    rows = [["Date", "Time", "Panel title", "Title", "Presenter"]]
    for k in range(4):  # four panels side by side, each with three papers at the same time
        for paper in range(3):
            rows.append(["2026-09-24", "14:00-15:30", f"Panel on question {k}", f"A paper {k}.{paper} with its own words",
                         PEOPLE[paper]])
    result = read_file(_csv(tmp_path / "programme.csv", rows), _opts())
    assert sorted(r.title for r in result.records) == [f"Panel on question {k}" for k in range(4)]
    assert result.records[0].owner == "; ".join(PEOPLE[:3])
    assert any("parts of one entry under 'Panel title'" in w for w in result.notes)
