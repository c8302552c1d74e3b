"""Generated tables for the rules the third set of real files asked for (tests/realworld3_pools.py)."""
from __future__ import annotations

from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from tests.realworld3_pools import headerless_wordy

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
    assert any("no header row" in w for w in result.warnings)
