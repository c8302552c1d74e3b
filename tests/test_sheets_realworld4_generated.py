"""Generated tables for the rules the fourth set of real files asked for (tests/realworld4_pools.py)."""
from __future__ import annotations

from collections import Counter
from datetime import time
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.day_fractions import fraction_clock
from importers.sheets.times import parse_time_column
from tests.realworld4_pools import day_fraction, fixtures_with_day_fractions, programme_with_untitled_talks

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


@pytest.mark.parametrize("seed", SEEDS)
def test_a_talk_without_a_title_is_named_by_its_kind_and_its_speaker(tmp_path, seed):
    path, truth = programme_with_untitled_talks(seed, tmp_path)
    result = _read(path)
    got = sorted((r.start.replace(tzinfo=None), r.title) for r in result.records)
    want = sorted((at, f"{title}: {speaker}" if speaker else title) for at, title, speaker in truth)
    assert got == want


def test_a_fallback_is_joined_with_the_person_only_when_other_rows_share_it():
    from importers.sheets.untitled import with_person
    kinds = ["plenary", "plenary", "break", "Opening"]
    assert with_person("plenary", kinds, "Rin Saito") == "plenary: Rin Saito"
    assert with_person("Opening", kinds, "Rin Saito") == "Opening"  # its own name already
    assert with_person("plenary", kinds, "") == "plenary"
    assert with_person("Talk by Rin Saito", ["Talk by Rin Saito"] * 2, "Rin Saito") == "Talk by Rin Saito"
