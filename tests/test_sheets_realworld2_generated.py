"""Generated tables for the rules the second set of real files asked for (tests/realworld2_pools.py)."""
from __future__ import annotations

from collections import Counter
from datetime import date
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.roles import is_code
from tests.realworld2_pools import PHRASES, table_with_ids

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
