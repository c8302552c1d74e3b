"""Every file fails alone: a bad value refuses its row, event or file, never the run (issue 16)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

import importers
import main as masthead_main
from importers import ImporterError, read_file
from importers.limits import MAX_DATE
from importers.recurrence import parse_rule
from importers.records import ImportOptions
from tests.conftest import FIXTURES, ROOT

HOSTILE = FIXTURES / "hostile"
UTC = timezone.utc
WINDOW = ImportOptions(window_start=datetime(2026, 1, 1, tzinfo=UTC), window_end=datetime(2027, 1, 1, tzinfo=UTC))


def _good_csv(folder: Path, name: str, day: str) -> Path:
    path = folder / name
    path.write_text(f"Date,Title,Channel\n{day},Post {name},Blog\n", encoding="utf-8")
    return path


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, cwd=ROOT,
                          timeout=300)


# --- RRULE INTERVAL=0 -------------------------------------------------------------------

def test_interval_zero_is_read_as_one_with_a_warning_naming_the_line():
    res = read_file(HOSTILE / "interval0.ics", WINDOW)
    days = sorted(r.start.date() for r in res.records)
    assert days[0] == date(2026, 8, 3) and all(b - a == timedelta(days=1) for a, b in zip(days, days[1:]))
    assert any("line 4" in w and "INTERVAL=0" in w and "read as INTERVAL=1" in w for w in res.warnings)


def test_parse_rule_reports_a_normalised_interval():
    notes: list[str] = []
    kw, endless = parse_rule("FREQ=WEEKLY;INTERVAL=-3", datetime(2026, 8, 3, 9), lambda v: None, notes.append)
    assert kw["interval"] == 1 and endless and "INTERVAL=-3" in notes[0]


def test_interval_zero_series_exports_and_reads_back(tmp_path):
    out = tmp_path / "master.ics"
    proc = _cli("consolidate", str(HOSTILE / "interval0.ics"), "--ics", str(out), "--from", "2026-08-01",
                "--to", "2026-08-31")
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "INTERVAL=0" not in text and "RRULE:FREQ=DAILY" in text


def test_export_expansion_is_bounded_for_a_stuck_rule():
    """recurring-ical-events would repeat an INTERVAL=0 rule's first instance for ever."""
    from calendar_core.export import series as S

    start = datetime(2026, 8, 3, 9, tzinfo=UTC)
    plan = S.SeriesPlan(master=None, dtstart=start, zone=None, duration=None)
    plan.rrules = ["FREQ=DAILY;INTERVAL=0"]
    assert S._expand(plan, (start, start + timedelta(days=30))) is None  # given up: written as single events


# --- dates beyond the range ---------------------------------------------------------------

def test_csv_row_on_9999_12_31_is_refused_alone():
    res = read_file(HOSTILE / "far_allday.csv", WINDOW)
    assert [r.title for r in res.records] == ["Good"] and res.skipped == 1
    assert any("row 3" in w and "9999-12-31" in w for w in res.warnings)


def test_ics_all_day_event_on_9999_12_31_is_refused_alone():
    res = read_file(HOSTILE / "far_allday.ics", WINDOW)
    assert [r.title for r in res.records] == ["Good"] and res.skipped == 1
    assert any("line 9" in w and "9999-12-31" in w for w in res.warnings)


def test_ics_instant_at_the_end_of_time_is_refused_and_ics_export_works(tmp_path):
    out = tmp_path / "master.ics"
    proc = _cli("consolidate", str(HOSTILE / "far_instant.ics"), "--ics", str(out))
    stdout = proc.stdout.decode()
    assert proc.returncode == 1, proc.stderr  # the event is refused: the run says so
    assert "line 9" in stdout and "9999-12-31" in stdout
    assert out.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1


def test_registry_drops_records_outside_the_range_whatever_the_reader(tmp_path, monkeypatch):
    from tests.helpers import rec, result

    far = rec("x", "Far", datetime(2300, 1, 1, tzinfo=UTC), location="line 7")
    near = rec("y", "Near", datetime(2026, 8, 1, tzinfo=UTC), location="line 9")
    reader = SimpleNamespace(read=lambda path, options: result(path, [far, near]))
    monkeypatch.setattr(importers, "reader_for", lambda path, head: reader)
    path = _good_csv(tmp_path, "any.csv", "2026-08-01")
    res = read_file(path)
    assert [r.title for r in res.records] == ["Near"] and res.skipped == 1
    assert any("line 7" in w and "2300-01-01" in w for w in res.warnings)
    assert MAX_DATE.year < 2300


# --- calamine panics -----------------------------------------------------------------------

def test_calamine_panic_refuses_the_sheet_naming_sheet_and_row():
    with pytest.raises(ImporterError) as err:
        read_file(HOSTILE / "negative_serial_only.xlsx", WINDOW)
    assert "sheet Plan" in str(err.value) and "row 4" in str(err.value)


def test_calamine_panic_in_one_sheet_keeps_the_others(capfd):
    res = read_file(HOSTILE / "negative_serial.xlsx", WINDOW)
    assert [r.title for r in res.records] == ["Other good"]
    assert any("sheet Plan" in w and "row 3" in w for w in res.warnings)
    assert "panicked" not in capfd.readouterr().err  # Rust's report stays off the terminal


# --- file names and vanishing files ----------------------------------------------------------

@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes as a name")
def test_file_name_that_is_not_utf8_is_read_and_named(tmp_path):
    first = _good_csv(tmp_path, "a.csv", "2026-08-04")
    odd = os.fsdecode(bytes(tmp_path) + b"/plan\xff.csv")
    shutil.copy(HOSTILE / "far_allday.csv", odd)
    last = _good_csv(tmp_path, "z.csv", "2026-08-06")
    report = tmp_path / "r.json"
    proc = _cli("consolidate", str(first), odd, str(last), "--report", str(report))
    out = proc.stdout.decode()
    assert proc.returncode == 1, proc.stderr  # its far row is refused
    assert "plan\\xff.csv: 1 entries" in out and "Total: 3 entries from 3 file(s)" in out
    files = [s["file"] for s in json.loads(report.read_text(encoding="utf-8"))["sources"]]
    assert files == ["a.csv", "plan\\xff.csv", "z.csv"]


def test_file_deleted_while_it_is_read_fails_alone(tmp_path, monkeypatch, capsys):
    from importers import sheets

    first = _good_csv(tmp_path, "a.csv", "2026-08-04")
    doomed = _good_csv(tmp_path, "gone.csv", "2026-08-05")
    last = _good_csv(tmp_path, "z.csv", "2026-08-06")
    real_read = sheets.read

    def vanishing(path, options=None):
        if Path(path).name == "gone.csv":
            Path(path).unlink()  # another program moved it away after it was opened
        return real_read(path, options)

    monkeypatch.setattr(sheets, "read", vanishing)
    report = tmp_path / "r.json"
    code = masthead_main.main(["consolidate", str(first), str(doomed), str(last), "--report", str(report)])
    out = capsys.readouterr().out
    assert code == 1
    assert "gone.csv: the file disappeared while it was read" in out
    assert "Total: 2 entries from 2 file(s) (1 could not be read)" in out
    assert report.exists()


def test_an_unknown_reader_failure_is_a_typed_refusal_of_that_file(tmp_path, monkeypatch):
    from importers import sheets

    monkeypatch.setattr(sheets, "read", lambda path, options=None: 1 / 0)
    with pytest.raises(importers.InternalError, match="bad.csv: could not be read .internal error: ZeroDivision"):
        read_file(_good_csv(tmp_path, "bad.csv", "2026-08-04"))


# --- crashes the fuzzer found (tests/test_fuzz.py), each a fixture ---------------------------

@pytest.mark.parametrize("name, shown", [
    ("offset_99h.csv", "2026-08-04T10:00+99:00"),  # an offset beyond a day made datetime.timezone raise
    ("superscript_digit.csv", "²033"),  # str.isdigit() holds for "²", float() does not take it
])
def test_fuzz_found_date_cells_are_refused_by_row(name, shown):
    res = read_file(HOSTILE / name, WINDOW)
    assert [r.title for r in res.records] == ["Good"]
    assert any("row 2" in w and shown in w for w in res.warnings)


def test_fuzz_found_split_date_with_a_short_header_row_is_read():
    """A date over Weekday/Month/Day/Year columns whose header row is shorter than its data rows
    (a mutant of a real programme) raised IndexError instead of being read."""
    from importers import ImporterError

    try:
        result = read_file(HOSTILE / "split_date_short_header.csv", ImportOptions())
    except ImporterError as exc:  # a typed refusal is an answer too; an InternalError is not
        assert type(exc).__name__ != "InternalError", exc
    else:
        assert result.records is not None


def test_a_paragraph_in_a_cell_is_no_date_and_the_rows_still_read(tmp_path):
    """A file whose line ends were lost is one row of long text: the date patterns must not scan it
    (a fuzz mutant took 35 s); the paragraph cell is simply not a date."""
    para = "Not by working harder. " * 400 + "2026-01-27 09:40"
    path = tmp_path / "long.csv"
    path.write_text(f"Text,Posting Time\n\"{para}\",2026-01-27 09:40\nShort post,2026-01-28 10:40\n", encoding="utf-8")
    result = read_file(path, ImportOptions())
    assert len(result.records) == 2
