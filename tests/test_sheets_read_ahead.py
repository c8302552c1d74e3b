"""A workbook parsed ahead on a second thread reads, and fails, exactly as one read on the spot."""
from __future__ import annotations

import os
import random
import time
from datetime import date, datetime, timedelta

import pytest

from importers import read_file
from importers.errors import ImporterError
from importers import read_ahead
from importers.sheets import workbook
from tests.sheets_build import write_ods, write_xlsx

TITLES = ["Launch post", "Webinar invite", "Q3 results", "Hiring day", "Newsletter", "Städtetour", "Café talk"]
CHANNELS = ["LinkedIn", "Instagram", "X", "Blog", "Newsletter", "YouTube"]
PEOPLE = ["Ana Ruiz", "Tom Berg", "Li Wei", "Sara Kowalska", ""]
HEADERS = [("Date", "Title", "Channel", "Owner"), ("Datum", "Titel", "Kanal", "Verantwortlich"),
           ("Publish date", "Post", "Network", "Author")]


def _plan(rng: random.Random) -> dict[str, list[list]]:
    """Sheets of posts drawn at random: several sheets, headers in several languages, some blank rows."""
    sheets = {}
    for s in range(rng.randint(1, 3)):
        head = rng.choice(HEADERS)
        rows = [list(head)]
        day = datetime(2026, 10, 1, 9, 0) + timedelta(days=rng.randint(0, 30))
        for _ in range(rng.randint(3, 40)):
            day += timedelta(hours=rng.randint(2, 30))
            rows.append([day, rng.choice(TITLES), rng.choice(CHANNELS), rng.choice(PEOPLE)]
                        if rng.random() > 0.05 else [None, None, None, None])
        sheets[f"Sheet {s + 1}"] = rows
    return sheets


def _fields(result):
    return [vars(r) if hasattr(r, "__dict__") else repr(r) for r in result.records], result.warnings, result.notes


def _read_with_ahead(path):
    read_ahead.start([path])
    return read_file(path)


@pytest.mark.parametrize("seed", range(12))
def test_records_are_the_same_read_ahead_or_not(tmp_path, seed):
    rng = random.Random(seed)
    writer, ext = (write_xlsx, ".xlsx") if seed % 3 else (write_ods, ".ods")
    path = writer(tmp_path / f"plan{ext}", _plan(rng))
    assert _fields(_read_with_ahead(path)) == _fields(read_file(path))


def test_only_the_first_workbook_is_parsed_ahead(tmp_path):
    first = write_xlsx(tmp_path / "a.xlsx", {"S": [["Date", "Title"], [date(2026, 10, 5), "A"]]})
    second = write_xlsx(tmp_path / "b.xlsx", {"S": [["Date", "Title"], [date(2026, 10, 6), "B"]]})
    text = tmp_path / "c.csv"
    text.write_text("Date,Title\n2026-10-07,C\n", encoding="utf-8")
    read_ahead.start([text, tmp_path / "missing.xlsx", first, second])
    assert read_ahead.take(second) is None  # never started
    parsed = read_ahead.take(first)
    assert parsed is not None and set(parsed.sheets) == {"S"}
    assert read_ahead.take(first) is None  # taken once
    parsed.workbook.close()


def test_a_file_changed_after_the_parse_is_read_again(tmp_path):
    path = write_xlsx(tmp_path / "plan.xlsx", {"S": [["Date", "Title"], [date(2026, 10, 5), "Old title"]]})
    read_ahead.start([path])
    time.sleep(0.05)
    write_xlsx(path, {"S": [["Date", "Title"], [date(2026, 10, 5), "New title, a longer one"]]})
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10_000_000))  # a new time stamp whatever the clock's grain
    assert [r.title for r in read_file(path).records] == ["New title, a longer one"]


def test_a_zip_bomb_is_refused_with_the_same_message(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "big.xlsx", {"S": [["Date", "Title"], [date(2026, 8, 4), "x"]]})
    monkeypatch.setattr(workbook, "MAX_UNPACKED", 1000)
    read_ahead.start([path])
    with pytest.raises(ImporterError, match="refused") as ahead:
        read_file(path)
    with pytest.raises(ImporterError, match="refused") as plain:
        read_file(path)
    assert str(ahead.value) == str(plain.value)


@pytest.mark.parametrize("content", [b"PK\x03\x04" + b"\x00" * 200, b"PK\x03\x04" + bytes(range(256)) * 8])
def test_a_damaged_workbook_fails_with_the_same_message(tmp_path, content):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    read_ahead.start([path])
    with pytest.raises(ImporterError) as ahead:
        read_file(path)
    with pytest.raises(ImporterError) as plain:
        read_file(path)
    assert type(ahead.value) is type(plain.value) and str(ahead.value) == str(plain.value)


def test_the_command_line_reads_the_workbook_ahead(tmp_path, monkeypatch):
    import main

    path = write_xlsx(tmp_path / "plan.xlsx", {"S": [["Date", "Title", "Channel"],
                                                     [datetime(2026, 10, 5, 10, 0), "Launch", "LinkedIn"]]})
    taken = []
    real = read_ahead.take
    monkeypatch.setattr(read_ahead, "take", lambda p: taken.append(real(p)) or taken[-1])
    assert main.main(["consolidate", str(path), "--workspace", str(tmp_path / "w.sqlite")]) == 0
    assert taken and taken[0] is not None


def test_the_read_ahead_starts_before_the_sheet_reader_loads():
    """The parse starts after the workbook module alone: the reader's own modules load beside it."""
    import subprocess
    import sys

    code = ("import sys; import importers.read_ahead, importers.sheets.workbook; "
            "print('importers.sheets.reader' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=__import__("pathlib").Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
