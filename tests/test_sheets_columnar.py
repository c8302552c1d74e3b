"""The columnar shortcuts give what the cell-by-cell and row-by-row paths give.

- A table whose every row is plain (a date, a title, at most a clock time) is turned into
  records one list at a time (rows.plain_rows, from row_columns); the records must be those of the row loop.
- A column of texts is parsed once per distinct text (dates and times); the items must be
  those of the walk over every cell.
Checked on every spreadsheet of the shared corpus and the fixtures, on generated companies,
and on columns drawn at random from pools of ways to write a date or a time (seeded).
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import importers.sheets.rows as rows_mod
from importers import ImportOptions, ImporterError, read_file
from importers.sheets.dates import parse_date_column
from importers.sheets.times import parse_time_column
from tests.company_gen import make_company

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv")
ZONE = ZoneInfo("Europe/Berlin")


def _records(path: Path) -> list | str:
    try:
        result = read_file(path, ImportOptions(timezone=ZONE))
    except ImporterError as exc:
        return f"error: {exc}"
    return [tuple(getattr(r, f) for f in r.__slots__) for r in result.records] + result.warnings


def _same_with_and_without_plain_rows(paths: list[Path], monkeypatch) -> tuple[list[str], int]:
    fast = {p: _records(p) for p in paths}
    with monkeypatch.context() as m:
        m.setattr(rows_mod, "plain_rows", lambda *a, **k: None)
        slow = {p: _records(p) for p in paths}
    return [p.name for p in paths if fast[p] != slow[p]], sum(1 for p in paths if not isinstance(fast[p], str))


def test_plain_rows_give_the_row_loop_records_on_the_corpus(shared_dir, fixture_path, monkeypatch):
    fixtures = Path(fixture_path("sheets/day_first.csv")).parent.parent
    paths = sorted(p for base in (shared_dir / "corpus", shared_dir / "scenarios", fixtures)
                   for p in base.rglob("*") if p.suffix.lower() in SHEET_SUFFIXES)
    assert len(paths) > 40
    differ, read = _same_with_and_without_plain_rows(paths, monkeypatch)
    assert read > 30 and differ == []


@pytest.mark.parametrize("seed", (3, 17, 29))
def test_plain_rows_give_the_row_loop_records_on_generated_companies(tmp_path, seed, monkeypatch):
    paths = [d.path for d in make_company(seed, tmp_path, departments=8)]
    differ, read = _same_with_and_without_plain_rows(paths, monkeypatch)
    assert read == len(paths) and differ == []


def test_the_shortcut_is_taken_on_a_plain_table(tmp_path, monkeypatch):
    path = tmp_path / "plain.csv"
    path.write_text("Date,Time,Title\n" + "".join(f"2026-03-{1 + i % 28:02d},{8 + i % 9}:30,Post {i}\n"
                                                 for i in range(60)), encoding="utf-8")
    taken = []
    real = rows_mod.plain_rows
    monkeypatch.setattr(rows_mod, "plain_rows", lambda *a: taken.append(1) or real(*a))
    assert len(read_file(path, ImportOptions(timezone=ZONE)).records) == 60
    assert taken == [1]


def _date_texts(rnd: random.Random) -> list:
    """A column of dates written one way (as a person or a tool writes them), with repeats and blanks."""
    base = date(2026, 1, 1) + timedelta(days=rnd.randrange(0, 300))
    days = [base + timedelta(days=rnd.randrange(0, 90)) for _ in range(rnd.randrange(5, 60))]
    style = rnd.choice(["iso", "dots", "slash", "slash_us", "name", "noyear", "weekday", "iso_time", "remark",
                        "two_digit"])
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    out = []
    for d in days:
        text = {
            "iso": d.isoformat(),
            "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "slash": f"{d.day}/{d.month}/{d.year}",
            "slash_us": f"{d.month}/{d.day}/{d.year}",
            "name": f"{d.day} {months[d.month - 1]} {d.year}",
            "noyear": f"{d.day}.{d.month}.",
            "weekday": f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]} {d.day} {months[d.month - 1]}",
            "iso_time": f"{d.isoformat()} {rnd.randrange(0, 24):02d}:{rnd.choice(['00', '30'])}",
            "remark": f"{d.isoformat()} {rnd.choice(['(tbc)', '?', '- tentative', ''])}",
            "two_digit": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        }[style]
        out.append(rnd.choice([text, text, f" {text} ", text]))
    for _ in range(rnd.randrange(0, 4)):
        out.insert(rnd.randrange(0, len(out) + 1), rnd.choice([None, "", "TBD", "n/a"]))
    out += rnd.sample(out, min(len(out), rnd.randrange(0, 20)))  # repeats: a date on several rows
    return out


def test_dates_parsed_per_distinct_text_are_those_of_every_cell():
    rnd = random.Random(20261207)
    for _ in range(400):
        values = _date_texts(rnd)
        if rnd.random() < 0.3:  # year-less dates among dated ones: the year most cells give is taken
            values += [f"{rnd.randrange(1, 28)}.{rnd.randrange(1, 12)}." for _ in range(rnd.randrange(1, 5))]
            values += [rnd.choice(["2025-03-04", "2027-05-06"])] * rnd.randrange(1, 30)
        day_first, us = rnd.choice([None, True, False]), rnd.random() < 0.3
        texts, info = parse_date_column(values, day_first, us)
        # a NaN cell sends the column down the walk over every cell; it is no date, gives no year, no order
        cells, info_cells = parse_date_column(values + [math.nan], day_first, us)
        assert cells[:-1] == texts and info_cells == info, values


def test_times_parsed_per_distinct_text_are_those_of_every_cell():
    rnd = random.Random(7)
    pool = ["9:00", "09:30", "9am", "2.30pm", "14h30", "all day", "noon", "25:30", "9-10", "10:00–11:30", "",
            None, "soon", "930", "1430", " 8:15 "]
    for _ in range(200):
        values = [rnd.choice(pool) for _ in range(rnd.randrange(1, 40))]
        texts_only = parse_time_column(values)
        mixed = parse_time_column(values + [0.5])  # a number sends the column down the per-cell walk
        assert mixed[:-1] == texts_only, values
