"""Hard limits, each refused with a reason that names its row, line, sheet or part (issue 16)."""
from __future__ import annotations

import struct
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from importers import ImporterError, read_file
from importers import recurrence as R
from importers.limits import MAX_COLUMNS, MAX_FIELD_CHARS, LimitExceeded
from importers.records import ImportOptions
from tests.conftest import FIXTURES

HOSTILE = FIXTURES / "hostile"
UTC = timezone.utc
WINDOW = ImportOptions(window_start=datetime(2025, 8, 1, tzinfo=UTC), window_end=datetime(2027, 8, 1, tzinfo=UTC))


def test_too_many_columns_is_refused_naming_the_row(tmp_path):
    path = tmp_path / "wide.csv"
    wide = ",".join(f"c{i}" for i in range(MAX_COLUMNS + 5))
    path.write_text(f"Date,Title\n2026-08-04,ok\n{wide}\n", encoding="utf-8")
    with pytest.raises(LimitExceeded, match=rf"wide.csv: row 3 has {MAX_COLUMNS + 5:,} columns"):
        read_file(path)


def test_a_cell_beyond_the_field_limit_is_refused_naming_the_row(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Date,Title\n2026-08-04,ok\n2026-08-05," + "x" * (MAX_FIELD_CHARS + 10) + "\n", encoding="utf-8")
    with pytest.raises(LimitExceeded, match=r"long.csv: row 3 holds a cell longer than"):
        read_file(path)


def test_a_long_caption_within_the_limit_is_read(tmp_path):
    path = tmp_path / "caption.csv"
    path.write_text("Date,Title,Description\n2026-08-04,ok," + "y" * 200_000 + "\n", encoding="utf-8")
    res = read_file(path)
    assert len(res.records) == 1 and len(res.records[0].description) == 200_000


def _lying_zip(src: Path, dst: Path, member: str, declared: int) -> Path:
    """A copy of ``src`` whose ``member`` says (in both headers) it unpacks to ``declared`` bytes."""
    data = bytearray(src.read_bytes())
    info = zipfile.ZipFile(src).getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    pos = 0
    while (cd := data.find(b"PK\x01\x02", pos)) >= 0:
        name_len = struct.unpack_from("<H", data, cd + 28)[0]
        if bytes(data[cd + 46:cd + 46 + name_len]) == member.encode():
            struct.pack_into("<I", data, cd + 24, declared)
        pos = cd + 4
    dst.write_bytes(bytes(data))
    return dst


def test_a_zip_whose_size_fields_lie_is_named_as_such(tmp_path):
    import xlsxwriter

    src = tmp_path / "honest.xlsx"
    wb = xlsxwriter.Workbook(str(src))
    ws = wb.add_worksheet("Plan")
    ws.write_row(0, 0, ["Date", "Title"])
    for i in range(1, 3000):
        ws.write_row(i, 0, ["2026-08-04", f"Post {i}"])
    wb.close()
    liar = _lying_zip(src, tmp_path / "liar.xlsx", "xl/worksheets/sheet1.xml", 1000)
    with pytest.raises(ImporterError) as err:
        read_file(liar)
    msg = str(err.value)
    assert "part 'xl/worksheets/sheet1.xml'" in msg and "size fields" in msg
    assert len(read_file(src).records) == 2999


def test_a_zip_with_a_name_that_is_not_utf8_is_refused_as_damaged():
    with pytest.raises(ImporterError, match="bad_name_flag.ods: the file is damaged or not a workbook"):
        read_file(HOSTILE / "bad_name_flag.ods")


def test_a_damaged_xls_that_makes_its_reader_run_away_is_refused_alone():
    """Found by the fuzzer: calamine loops or allocates without end on this OLE file."""
    with pytest.raises(ImporterError, match=r"damaged_ole.xls: the .xls workbook (is damaged|could not be read)"):
        read_file(HOSTILE / "damaged_ole.xls")


def test_a_legacy_xls_is_still_read(fixture_path):
    res = read_file(fixture_path("sheets/legacy.xls"))
    assert len(res.records) == 3


def test_a_broken_workbook_part_is_named_with_its_line(tmp_path):
    import xlsxwriter

    src = tmp_path / "ok.xlsx"
    wb = xlsxwriter.Workbook(str(src))
    wb.add_worksheet("Plan").write_row(0, 0, ["Date", "Title"])
    wb.close()
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(broken, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info)
            if info.filename == "xl/workbook.xml":
                body = body[: len(body) // 2]  # cut off in the middle of a tag
            zout.writestr(info.filename, body)
    with pytest.raises(ImporterError) as err:
        read_file(broken)
    assert "part 'xl/workbook.xml' is not well-formed XML at line" in str(err.value)


@pytest.mark.parametrize("text, where", [
    (b"Date;Title\n", "line 1 reads 'Date;Title'"),
    (b"hello\nworld\n", "in its 2 lines"),
])
def test_a_file_that_is_no_calendar_says_what_its_first_line_holds(tmp_path, text, where):
    path = tmp_path / "x.ics"
    path.write_bytes(text)
    with pytest.raises(ImporterError, match=where):
        read_file(path)


def test_no_table_names_the_rows_looked_at(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("just some notes\nand more notes\n", encoding="utf-8")
    with pytest.raises(ImporterError, match=r"no table with a header row was found in rows 1–2"):
        read_file(path)


# --- recurrence bounds ---------------------------------------------------------------------

def test_the_same_rule_a_thousand_times_counts_once():
    start = datetime(2026, 1, 1)
    kw = R.parse_rule("FREQ=SECONDLY", start, lambda v: None)[0]
    found = R.expand(start, [dict(kw) for _ in range(1000)], [], [], [], set(), start, start + timedelta(days=1))
    assert found.truncated and len(found.starts) == R.MAX_OCCURRENCES


def test_too_many_different_rules_are_refused():
    start = datetime(2026, 1, 1)
    rules = [R.parse_rule(f"FREQ=DAILY;INTERVAL={i}", start, lambda v: None)[0] for i in range(1, R.MAX_RULES + 2)]
    with pytest.raises(R.RuleError, match="different RRULE"):
        R.expand(start, rules, [], [], [], set(), start, start + timedelta(days=30))


def test_plain_yearly_rules_need_no_stepping_through_the_centuries():
    start = datetime(1850, 2, 28, 9)
    kw = R.parse_rule("FREQ=YEARLY", start, lambda v: None)[0]
    lo, hi = datetime(2025, 8, 1), datetime(2027, 8, 1)
    assert R._simple(kw, lo, hi)[0].year >= 2024  # started next to the window, not in 1850
    found = R.expand(start, [kw], [], [], [], set(), lo, hi)
    assert [d.year for d in found.starts] == [2026, 2027]


def test_a_leap_day_series_skips_years_without_29_february():
    start = datetime(1896, 2, 29, 9)
    kw = R.parse_rule("FREQ=YEARLY", start, lambda v: None)[0]
    found = R.expand(start, [kw], [], [], [], set(), datetime(2023, 1, 1), datetime(2029, 1, 1))
    assert [d.year for d in found.starts] == [2024, 2028]


def test_check_rule_refuses_what_other_expanders_cannot_bound():
    start = datetime(2026, 8, 3, 9)
    lo, hi = start, start + timedelta(days=365)
    R.check_rule("FREQ=WEEKLY;BYDAY=MO", start, lo, hi, 1000)
    for bad in ("FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MINUTELY"):
        with pytest.raises(R.RuleError):
            R.check_rule(bad, start, lo, hi, 1000)


def test_a_corrupt_deflate_stream_is_refused_naming_the_sheet():
    with pytest.raises(ImporterError, match=r"broken_deflate.xlsx: sheet Plan cannot be read"):
        read_file(HOSTILE / "broken_deflate.xlsx")
