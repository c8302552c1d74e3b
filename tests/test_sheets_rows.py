"""Tables and rows: header under a title block, merged date cells, one sheet per
month, skipped rows reported, stable content keys, zone hints."""
from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, NotACalendar, read_file
from tests.sheets_build import write_xlsx

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
HEADER = ["Date", "Time", "Channel", "Title", "Owner"]


def _opts(**kw):
    return ImportOptions(timezone=kw.pop("tz", BERLIN), **kw)


def test_header_under_title_block_with_merged_dates(tmp_path):
    rows = [
        ["ACME LOGO"], ["Editorial calendar Q3"], [], ["Notes: draft, do not share"], [],
        HEADER,
        [date(2026, 8, 4), time(9, 0), "X", "First of the day", "Ann"],
        ["", time(11, 0), "Blog", "Second of the day", "Ben"],
        ["", time(15, 0), "LinkedIn", "Third of the day", "Ann"],
        [datetime(2026, 8, 5, 10, 30), "", "X", "Date-time in one cell", "Ann"],
        [46240, 0.5, "X", "Serial date, fraction time", "Ben"],
        [date(2026, 8, 7), "", "Blog", "No time: all day", "Ben"],
    ]
    path = write_xlsx(tmp_path / "Marketing.xlsx", {"Aug": rows}, merges={"Aug": ["A7:A9", "A1:E1"]})
    result = read_file(path, _opts())
    by = {r.title: r for r in result.records}
    assert len(by) == 6 and result.skipped == 0
    assert by["Third of the day"].start == datetime(2026, 8, 4, 15, 0, tzinfo=BERLIN)
    assert by["Third of the day"].location == "sheet Aug, row 9"
    assert by["Date-time in one cell"].start == datetime(2026, 8, 5, 10, 30, tzinfo=BERLIN)
    assert by["Serial date, fraction time"].start == datetime(2026, 8, 6, 12, 0, tzinfo=BERLIN)
    allday = by["No time: all day"]
    assert allday.all_day and allday.start == date(2026, 8, 7) and allday.end == date(2026, 8, 8)
    assert allday.timezone == "Europe/Berlin" and by["First of the day"].end is None
    assert result.department_hint == "Marketing"


def test_one_sheet_per_month_with_empty_and_notes_sheets(tmp_path):
    path = write_xlsx(tmp_path / "plan.xlsx", {
        "Read me": [["How to use this plan"], ["Fill one row per post."]],
        "Aug": [HEADER, [date(2026, 8, 4), time(9), "X", "August post", "Ann"]],
        "Sep": [["Sep 2026"], [], HEADER, [date(2026, 9, 1), time(9), "X", "September post", "Ann"]],
        "Empty": [],
        "Oct": [HEADER],
    })
    result = read_file(path, _opts())
    assert [r.title for r in result.records] == ["August post", "September post"]
    assert result.records[1].extra["sheet"] == "Sep" and result.records[1].extra["row"] == "4"
    text = "\n".join(result.warnings)
    assert "sheet Read me has no table" in text
    assert "sheet Empty is empty" in "\n".join(result.notes)  # nothing is lost: a note, not a warning
    assert "Empty" not in text
    assert "sheet Oct has a table but no entries" in text


def test_notes_only_workbook_is_not_a_calendar(tmp_path):
    path = write_xlsx(tmp_path / "notes.xlsx", {"Notes": [["Just some notes"], ["nothing else"]]})
    with pytest.raises(NotACalendar):
        read_file(path, _opts())


def test_rows_with_title_but_bad_date_are_reported(fixture_path):
    result = read_file(fixture_path("sheets/bad_rows.csv"), _opts())
    assert [r.title for r in result.records] == ["Good post", "Another good post"]
    assert result.skipped == 2
    assert "bad_rows.csv, row 4: date 'TBD' not understood; 'Date not set yet' skipped" in result.warnings
    assert any(w.startswith("bad_rows.csv, row 7:") and "Undated idea" in w for w in result.warnings)


def test_sheet_and_row_named_in_warning_and_long_titles_shortened(tmp_path):
    long_title = "Very long title " * 400
    path = write_xlsx(tmp_path / "Marketing.xlsx", {"Aug": [
        HEADER,
        [date(2026, 8, 4), time(9), "X", "Fine", "Ann"],
        ["TBD", "", "X", long_title, "Ann"],
    ]})
    result = read_file(path, _opts())
    warning = next(w for w in result.warnings if "TBD" in w)
    assert warning.startswith("Marketing.xlsx, sheet Aug, row 3: date 'TBD' not understood")
    assert len(warning) < 200


def test_keys_survive_inserted_and_resorted_rows(tmp_path):
    rows = [[date(2026, 8, d), time(9), "X", f"Post {d}", "Ann"] for d in range(3, 9)]
    before = read_file(write_xlsx(tmp_path / "a.xlsx", {"Aug": [HEADER] + rows}), _opts())
    changed = [rows[0], [date(2026, 8, 3), time(12), "Blog", "Inserted", "Ben"]] + rows[1:][::-1]
    after = read_file(write_xlsx(tmp_path / "b.xlsx", {"Aug": [HEADER] + changed}), _opts())
    keys_before = {r.title: r.source_ref for r in before.records}
    keys_after = {r.title: r.source_ref for r in after.records}
    assert all(keys_after[t] == k for t, k in keys_before.items())
    assert all(k.startswith("Aug!") for k in keys_after.values())


def test_identical_rows_get_numbered_keys(tmp_path):
    row = [date(2026, 8, 4), time(9), "X", "Same", "Ann"]
    result = read_file(write_xlsx(tmp_path / "d.xlsx", {"S": [HEADER, row, row]}), _opts())
    a, b = (r.source_ref for r in result.records)
    assert b == a + "#2"


def test_zone_hint_in_header_wins(tmp_path):
    path = write_xlsx(tmp_path / "product.xlsx", {"Aug": [
        ["Date", "Time (ET)", "Channel", "Title"],
        ["Aug 4, 2026", "10:30 AM", "X", "Eastern post"],
    ]})
    result = read_file(path, _opts())
    rec = result.records[0]
    assert rec.start == datetime(2026, 8, 4, 10, 30, tzinfo=NEW_YORK) and rec.timezone == "America/New_York"
    assert any("America/New_York" in w and "Time (ET)" in w for w in result.notes)


def test_source_zone_used_without_hint(fixture_path):
    result = read_file(fixture_path("sheets/day_first.csv"), _opts(tz=ZoneInfo("Europe/London")))
    assert result.records[0].start == datetime(2026, 8, 4, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    assert result.settings["timezone"] == "Europe/London"
    assert not any("as the sheet says" in w for w in result.warnings)


@pytest.mark.parametrize("name", ["title_block.csv", "tz_hint_header.csv"])
def test_zone_hints_in_csv(fixture_path, name):
    result = read_file(fixture_path(f"sheets/{name}"), _opts(tz=ZoneInfo("UTC")))
    assert result.records[0].start == datetime(2026, 8, 4, 10, 0, tzinfo=BERLIN)
    assert result.records[0].timezone == "Europe/Berlin"


def test_sections_with_repeated_headers(tmp_path):
    path = write_xlsx(tmp_path / "sections.xlsx", {"Plan": [
        ["AUGUST"], HEADER, [date(2026, 8, 4), time(9), "X", "August post", "Ann"], [],
        ["SEPTEMBER"], HEADER, [date(2026, 9, 1), time(9), "X", "September post", "Ann"],
    ]})
    result = read_file(path, _opts())
    assert [r.title for r in result.records] == ["August post", "September post"]
    assert result.skipped == 0 and result.warnings == []


def test_zone_named_in_a_footer_note(tmp_path):
    path = write_xlsx(tmp_path / "us.xlsx", {"Plan": [
        HEADER, [date(2026, 8, 4), time(9), "X", "Footer hinted", "Ann"], [],
        ["Note: all times are Eastern (New York)."],
    ]})
    result = read_file(path, _opts(tz=ZoneInfo("UTC")))
    assert result.records[0].start == datetime(2026, 8, 4, 9, 0, tzinfo=NEW_YORK)


def test_zone_named_in_a_read_me_sheet(tmp_path):
    path = write_xlsx(tmp_path / "us.xlsx", {
        "Read me": [["Content plan"], ["Time zone: Pacific"]],
        "Plan": [HEADER, [date(2026, 8, 4), time(9), "X", "Read-me hinted", "Ann"]],
    })
    result = read_file(path, _opts(tz=ZoneInfo("UTC")))
    assert result.records[0].start == datetime(2026, 8, 4, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


def test_a_city_in_a_title_is_no_zone_hint(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {"Plan": [
        HEADER, [date(2026, 8, 4), time(9), "X", "Time to visit London: all times are great", "Ann"]]})
    result = read_file(path, _opts())
    assert result.records[0].timezone == "Europe/Berlin"


def test_zone_column_per_row(tmp_path):
    path = write_xlsx(tmp_path / "zones.xlsx", {"Plan": [
        ["Date", "Time", "Time zone", "Title"],
        [date(2026, 8, 4), time(9), "ET", "New York morning"],
        [date(2026, 8, 4), time(9), "Europe/London", "London morning"],
        [date(2026, 8, 4), time(9), "", "Source zone"],
    ]})
    by = {r.title: r for r in read_file(path, _opts()).records}
    assert by["New York morning"].start == datetime(2026, 8, 4, 9, 0, tzinfo=NEW_YORK)
    assert by["New York morning"].timezone == "America/New_York"
    assert by["London morning"].start == datetime(2026, 8, 4, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    assert by["Source zone"].timezone == "Europe/Berlin"


def test_progress_rises_and_cancel_stops(tmp_path):
    from importers import ImportCancelled

    rows = [[date(2026, 8, 1) + (date(2026, 8, 2) - date(2026, 8, 1)) * (i % 60), time(9), "X", f"P{i}", "A"]
            for i in range(5000)]
    path = write_xlsx(tmp_path / "big.xlsx", {"S": [HEADER] + rows})
    seen: list[float] = []
    result = read_file(path, ImportOptions(timezone=BERLIN, progress=seen.append))
    assert len(result.records) == 5000
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3
    with pytest.raises(ImportCancelled):
        read_file(path, ImportOptions(timezone=BERLIN, cancelled=lambda: True))


def test_zone_label_and_value_in_two_cells(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", {"Plan": [
        ["Time zone:", "Europe/London"], [], HEADER, [date(2026, 8, 4), time(9), "X", "Labelled", "Ann"]]})
    result = read_file(path, _opts(tz=ZoneInfo("UTC")))
    assert result.records[0].start == datetime(2026, 8, 4, 9, 0, tzinfo=ZoneInfo("Europe/London"))


def test_dates_with_a_remark_and_yyyymmdd_numbers_are_read(tmp_path):
    rows = [
        HEADER,
        ["04.08.2026 (tbc)", "9:00", "X", "Tentative", "Ann"],
        ["05.08.2026?", "9:00", "X", "Question mark", "Ann"],
        [20260806, "9:00", "X", "Number yyyymmdd", "Ann"],
        ["20260807", "9:00", "X", "Text yyyymmdd", "Ann"],
        ["TBD (later)", "9:00", "X", "Still unknown", "Ann"],
    ]
    path = write_xlsx(tmp_path / "Sales.xlsx", {"Plan": rows})
    result = read_file(path, _opts())
    starts = {r.title: r.start for r in result.records}
    assert starts == {
        "Tentative": datetime(2026, 8, 4, 9, 0, tzinfo=BERLIN),
        "Question mark": datetime(2026, 8, 5, 9, 0, tzinfo=BERLIN),
        "Number yyyymmdd": datetime(2026, 8, 6, 9, 0, tzinfo=BERLIN),
        "Text yyyymmdd": datetime(2026, 8, 7, 9, 0, tzinfo=BERLIN),
    }
    assert any("some dates carry a remark, such as '04.08.2026 (tbc)'" in n for n in result.notes)
    text = "\n".join(result.warnings)
    assert "row 6: date 'TBD (later)' not understood; 'Still unknown' skipped" in text


def test_hidden_sheet_is_imported_and_said(tmp_path):
    import openpyxl

    path = write_xlsx(tmp_path / "plan.xlsx", {
        "Aug": [HEADER, [date(2026, 8, 4), time(9), "X", "August post", "Ann"]],
        "Jul (old)": [HEADER, [date(2026, 7, 7), time(9), "X", "July post", "Ann"]],
        "Lists": [["Channels"], ["X"], ["Blog"]],
    })
    wb = openpyxl.load_workbook(path)
    wb["Jul (old)"].sheet_state = "hidden"
    wb["Lists"].sheet_state = "hidden"
    wb.save(path)
    result = read_file(path, _opts())
    assert sorted(r.title for r in result.records) == ["August post", "July post"]
    notes = [n for n in result.notes if "hidden" in n]
    assert notes == ["sheet Jul (old) is hidden in the workbook; imported anyway (1 entry)"]
    assert not any("hidden" in w for w in result.warnings)  # nothing left out: a note, not a warning


def test_a_broken_formula_in_the_date_column_is_named(tmp_path):
    """calamine reads an error cell as empty; the message still says what the sheet shows."""
    path = write_xlsx(tmp_path / "PR.xlsx", {"Plan": [
        ["PR plan"], [],
        HEADER,
        [date(2026, 8, 4), time(9), "X", "Fine", "Ann"],
        ["#REF!", time(9), "X", "Linked to a deleted sheet", "Ann"],
        ["", time(9), "X", "Simply undated", "Ann"],
    ]}, origin=(1, 2))  # the table starts in column B
    result = read_file(path, _opts())
    assert [r.title for r in result.records] == ["Fine"] and result.skipped == 2
    text = "\n".join(result.warnings)
    assert ("PR.xlsx, sheet Plan, row 5: the date cell shows the error #REF! (a broken formula); "
            "'Linked to a deleted sheet' skipped") in text
    assert "row 6: 'Simply undated' has no date; skipped" in text


def test_error_cells_of_a_damaged_or_unknown_sheet_are_none(tmp_path):
    from importers.sheets.xlsx_parts import error_cells

    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert error_cells(junk, "Plan") == {}
    path = write_xlsx(tmp_path / "ok.xlsx", {"Plan": [HEADER, ["#N/A", time(9), "X", "T", "A"]]})
    assert error_cells(path, "Other") == {}
    assert error_cells(path, "Plan") == {(1, 0): "#N/A"}
