"""Generated tables for the rules the fourth set of real files asked for (tests/realworld4_pools.py)."""
from __future__ import annotations

from collections import Counter
from datetime import time
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.day_fractions import fraction_clock
from importers.sheets.times import parse_time_column
from tests.realworld4_pools import day_fraction, fixtures_with_day_fractions

ZONE = ZoneInfo("Europe/Berlin")
SEEDS = range(1, 25)


def _read(path):
    return read_file(path, ImportOptions(timezone=ZONE))


@pytest.mark.parametrize("seed", SEEDS)
def test_times_saved_as_day_fractions_beside_clock_times_are_those_times(tmp_path, seed):
    path, truth = fixtures_with_day_fractions(seed, tmp_path)
    result = _read(path)
    assert not any(r.all_day for r in result.records)
    # the day and the time of every match (how the titles are made is another rule's)
    assert Counter(r.start.replace(tzinfo=None) for r in result.records) == Counter(s for s, _ in truth)
    assert not any("not understood" in w for w in result.warnings)


def test_a_day_fraction_is_a_time_only_on_a_whole_second():
    assert fraction_clock("0.666666667") == time(16, 0)
    assert fraction_clock("0.75") == time(18, 0)
    assert fraction_clock(day_fraction(time(9, 15), 9)) == time(9, 15)
    assert fraction_clock("0.3721") is None  # 8:55:52.44: a share, not a time
    assert fraction_clock("1.5") is None and fraction_clock("abc") is None


def test_day_fractions_are_times_only_in_a_column_of_clock_times():
    assert parse_time_column(["13:00:00", "0.666666667"])[1] == (time(16, 0), None)
    alone = parse_time_column(["0.666666667", "0.75"])
    assert all(not isinstance(x, tuple) for x in alone)  # shares, scores or prices, not times
