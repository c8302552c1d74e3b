"""Generated tables for the rules the third set of real files asked for (tests/realworld3_pools.py)."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.roles import is_code
from tests.realworld3_pools import (date_in_numbers, fixtures_with_rounds, gig_guide, headerless_wordy, numbers_beside_a_date,
                                     programme_with_day_labels, races_with_range_text, two_line_fixtures)

ZONE = ZoneInfo("Europe/Berlin")
SEEDS = range(1, 25)


def _read(path):
    return read_file(path, ImportOptions(timezone=ZONE))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_first_row_of_values_is_data_though_its_title_says_a_header_word(tmp_path, seed):
    path, truth = headerless_wordy(seed, tmp_path)
    result = _read(path)
    got = Counter((r.start.replace(tzinfo=None), r.title) for r in result.records)
    assert got == Counter(truth)
    assert any("no header row" in w for w in result.notes)


@pytest.mark.parametrize("seed", SEEDS)
def test_year_month_and_day_in_three_columns_are_one_date(tmp_path, seed):
    path, truth = date_in_numbers(seed, tmp_path)
    result = _read(path)
    got = Counter((r.start, r.title) for r in result.records)
    assert got == Counter(truth)
    assert all(r.all_day for r in result.records)
    assert any("written over columns" in w for w in result.notes)


@pytest.mark.parametrize("seed", SEEDS)
def test_season_round_and_match_numbers_beside_a_date_column_are_no_date(tmp_path, seed):
    path, truth = numbers_beside_a_date(seed, tmp_path)
    result = _read(path)
    assert sorted((r.start, r.title) for r in result.records) == sorted(truth)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_counted_round_label_does_not_name_matches_between_two_opponents(tmp_path, seed):
    path, truth = fixtures_with_rounds(seed, tmp_path)
    result = _read(path)
    assert Counter((r.start.replace(tzinfo=None), r.title) for r in result.records) == Counter(truth)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_range_at_the_start_of_a_text_gives_the_last_day(tmp_path, seed):
    path, truth = races_with_range_text(seed, tmp_path)
    result = _read(path)
    got = sorted((r.start, r.end - timedelta(days=1), r.title) for r in result.records)
    assert got == sorted(truth)
    assert all(r.all_day for r in result.records)


@pytest.mark.parametrize("seed", SEEDS)
def test_days_at_midnight_and_clocks_on_a_dummy_day_read_as_a_person_reads_them(tmp_path, seed):
    path, truth = gig_guide(seed, tmp_path)
    result = _read(path)
    got = Counter((r.start if r.all_day else r.start.astimezone(ZONE), r.end.astimezone(ZONE) if r.end and not r.all_day
                   else None) for r in result.records)
    want = Counter((s if isinstance(s, date) and not isinstance(s, datetime) else s.astimezone(ZONE),
                    e.astimezone(ZONE) if e else None) for s, e, _ in truth)
    assert got == want
    assert not any(r.title.startswith("@") for r in result.records)  # an account's handle names no entry


def test_an_account_handle_is_an_identifier_and_a_mentioned_name_is_not():
    assert all(is_code(h) for h in ("@eastbourne_theatres", "@bandstandeb", "@the.emeraldbar", "@lamb1790"))
    assert not any(is_code(h) for h in ("@Austin", "@Austin Hess", "@", "Mel Hayes", "Crown & Anchor"))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_day_labelled_over_its_date_on_its_first_row_dates_the_rows_below(tmp_path, seed):
    path, truth = programme_with_day_labels(seed, tmp_path)
    result = _read(path)
    got = Counter((r.start.replace(tzinfo=None), r.end.replace(tzinfo=None), r.title) for r in result.records)
    assert got == Counter(truth)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_time_on_the_line_below_an_entry_is_its_time(tmp_path, seed):
    path, truth = two_line_fixtures(seed, tmp_path)
    result = _read(path)
    # the day and the time of every match (what the two lines say together); titles are another rule's
    assert sorted(r.start.replace(tzinfo=None) for r in result.records) == sorted(s for s, _ in truth)
    assert any("on the line below" in w for w in result.notes)


def test_a_label_over_a_date_in_one_cell_is_the_date_and_a_clock_under_it_stays():
    from datetime import time
    from importers.sheets.dates import parse_date_column
    got = parse_date_column(["1 dia\n\n16/09/2026", "2 dia\n17/09/2026", "Tag 3\n18/09/2026"], True)[0]
    assert got == [(date(2026, 9, 16), None), (date(2026, 9, 17), None), (date(2026, 9, 18), None)]
    got = parse_date_column(["04.08.2026\n10:00", "05.08.2026\n11:30"], True)[0]
    assert got == [(date(2026, 8, 4), time(10, 0)), (date(2026, 8, 5), time(11, 30))]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_line_without_date_time_or_title_under_an_entry_continues_it(tmp_path, seed):
    path, truth = programme_with_day_labels(seed, tmp_path, continued=True)
    result = _read(path)
    got = Counter((r.start.replace(tzinfo=None), r.end.replace(tzinfo=None), r.title) for r in result.records)
    assert got == Counter(truth)
