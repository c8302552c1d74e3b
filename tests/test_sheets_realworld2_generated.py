"""Generated tables for the rules the second set of real files asked for (tests/realworld2_pools.py)."""
from __future__ import annotations

from collections import Counter
import os
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.errors import JudgedNotACalendar
from importers.sheets.roles import is_code
from tests.realworld2_pools import (PHRASES, ledger, programme_with_empty_slots, table_with_date_series, table_with_day_month, table_with_ids, table_with_loose_times,
                                     table_with_month_words, table_with_versions)

ZONE = ZoneInfo("Europe/Berlin")
SEEDS = range(1, 25)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_identifier_column_never_names_the_entries(tmp_path, seed):
    path, truth = table_with_ids(seed, tmp_path)
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = Counter((r.start if isinstance(r.start, date) else r.start.date(), r.title) for r in result.records)
    assert got == Counter(truth)


def test_words_are_not_identifiers():
    assert not any(is_code(p) for p in PHRASES)
    assert not any(is_code(t) for t in ("Q3 Launch", "COVID-19 talk", "26.6", "2026", "Team 2", "12:30",
                                        "anna@example.org", "https://example.org/a1"))
    assert all(is_code(t) for t in ("PX24071615", "JF_20260711_Spartak", "W1 M:", "jen-2026-09-02-early@rota"))


@pytest.mark.parametrize("seed", SEEDS)
def test_time_cells_read_as_a_person_reads_them(tmp_path, seed):
    path, truth = table_with_loose_times(seed, tmp_path)
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = sorted((r.start.date(), (r.start.hour, r.start.minute), (r.end.hour, r.end.minute))
                 for r in result.records if not r.all_day and r.end is not None)
    assert got == sorted(truth)
    loose = [w for w in result.warnings if "' read as '" in w]
    assert all(", row " in w for w in loose)  # each one said, with its row


@pytest.mark.parametrize("seed", SEEDS)
def test_version_numbers_are_no_times_and_mentions_are_people(tmp_path, seed):
    path, truth = table_with_versions(seed, tmp_path)
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert [(r.start, r.all_day) for r in result.records] == [(d, True) for d, _, _ in truth]
    assert [r.owner for r in result.records] == [who for _, _, who in truth]
    assert all(v in r.title or v in r.extra.values() for r, (_, v, _) in zip(result.records, truth))


@pytest.mark.parametrize("seed", SEEDS)
def test_day_and_month_in_two_columns_are_one_date(tmp_path, seed):
    path, year, truth = table_with_day_month(seed, tmp_path)
    stamp = datetime(year, 1, 1, tzinfo=ZONE).timestamp()  # written at the start of the year it is for
    os.utime(path, (stamp, stamp))
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert [(r.start.month, r.start.day, r.title) for r in result.records] == truth
    assert {r.start.year for r in result.records} <= {year, year + 1}  # a plan may run into the next year
    assert all(r.all_day for r in result.records)
    assert any("written over columns" in w for w in result.notes)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_ledger_is_judged_by_its_rows_not_its_joined_entries(tmp_path, seed):
    path, n = ledger(seed, tmp_path)
    with pytest.raises(JudgedNotACalendar) as err:
        read_file(path, ImportOptions(timezone=ZONE))
    assert f"(rows 1–{n})" in str(err.value)  # no header row: the data start on row 1
    described, n = ledger(seed, tmp_path / "x" if (tmp_path / "x").mkdir() is None else tmp_path, described=True)
    assert len(read_file(described, ImportOptions(timezone=ZONE)).records) >= 0.9 * n


@pytest.mark.parametrize("seed", SEEDS)
def test_a_date_column_per_occurrence_gives_an_entry_per_date(tmp_path, seed):
    path, truth = table_with_date_series(seed, tmp_path)
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert sorted((r.title, r.start) for r in result.records) == sorted((t, d) for t, days in truth for d in days)
    path, truth = table_with_date_series(seed, tmp_path / "span" if (tmp_path / "span").mkdir() is None else None,
                                         as_span=True)
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert sorted((r.title, r.start, r.end) for r in result.records) == sorted(
        (t, a, b + timedelta(days=1)) for t, (a, b) in truth)  # a start and its (inclusive) last day


@pytest.mark.parametrize("seed", SEEDS)
def test_month_names_of_more_languages(tmp_path, seed):
    path, year, truth = table_with_month_words(seed, tmp_path)
    stamp = datetime(year, 1, 1, tzinfo=ZONE).timestamp()
    os.utime(path, (stamp, stamp))
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert [(r.start.month, r.start.day, (r.start.hour, r.start.minute), r.title) for r in result.records] == truth
    assert {r.start.year for r in result.records} == {year}


@pytest.mark.parametrize("seed", SEEDS)
def test_an_empty_slot_of_a_programme_is_no_entry_and_is_named(tmp_path, seed):
    path, entries, empty = programme_with_empty_slots(seed, tmp_path)
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert sorted((r.start.date(), r.start.hour) for r in result.records) == sorted(entries)
    assert result.skipped == len(empty)
    assert [int(w.split(", row ")[1].split(":")[0]) for w in result.warnings if "slot with nothing" in w] == empty
    breaks = path.read_text(encoding="utf-8").count(",Break,")
    assert sum(r.title == "Break" for r in result.records) == breaks  # the one word its row writes names it
