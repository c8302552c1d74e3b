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
