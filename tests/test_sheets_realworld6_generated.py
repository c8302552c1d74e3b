"""Generated tables for the rules the sixth set of real files asked for (tests/realworld6_pools.py)."""
from __future__ import annotations

from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from tests.realworld6_pools import agenda_with_a_bare_last_day

ZONE = ZoneInfo("Europe/Berlin")
SEEDS = range(1, 25)


def _read(path):
    return read_file(path, ImportOptions(timezone=ZONE))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_day_without_a_title_is_named_by_the_one_thing_it_writes(tmp_path, seed):
    path, truth = agenda_with_a_bare_last_day(seed, tmp_path)
    result = _read(path)
    assert Counter((r.start, r.title) for r in result.records) == Counter(truth)
    assert result.skipped == 0


@pytest.mark.parametrize("seed", SEEDS)
def test_legs_that_begin_where_the_last_ended_are_a_journey_named_by_their_code(tmp_path, seed):
    from tests.realworld6_pools import legs_of_a_roster
    path, truth = legs_of_a_roster(seed, tmp_path)
    result = _read(path)
    got = Counter((r.start if r.all_day else r.start.date(), r.title) for r in result.records)
    assert got == Counter(truth)


def test_a_chain_must_link_at_several_places_so_one_clubs_fixtures_stay_fixtures():
    from importers.sheets.routes import is_route, leg_titles
    assert is_route(["CGH", "BPS", "CGH", "VIX", "GRU"], ["BPS", "CGH", "VIX", "GRU", "NVT"])
    # a club away then at home: the club ends one row and begins the next, always the same name
    assert not is_route(["Ajax", "Porto", "Ajax", "Roma", "Ajax", "Basel", "Ajax"],
                        ["Lyon", "Ajax", "Celtic", "Ajax", "Inter", "Ajax", "Genk"])
    assert not is_route(["Arsenal", "Leeds", "Spurs"], ["Fulham", "Everton", "Chelsea"])
    assert not is_route(["A", "B"], ["B", "C"])  # too few links to say
    assert leg_titles(["LA1", "DO"], ["CGH", ""], ["BPS", ""]) == ["LA1 CGH → BPS", "DO"]
