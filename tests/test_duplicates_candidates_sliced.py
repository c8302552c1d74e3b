"""Candidate pairs found a slice of rows at a time are the pairs found with a block's whole matrices.

The generated companies (crowded weeks included) go through ``candidate_pairs`` twice: with the
production slice and with slices larger than any block (the reference: one matrix per block).
"""
from __future__ import annotations

import pytest

from calendar_core.analysis import candidates, duplicates
from calendar_core.analysis.timeutil import LocalClock
from calendar_core.settings import Settings
from dup_companies import TRADES, company


def _pairs(entries, settings: Settings, monkeypatch, rows: int) -> set[tuple[int, int]]:
    monkeypatch.setattr(candidates, "CANDIDATE_ROWS", rows)
    items = duplicates.make_items(entries, LocalClock(settings.timezone), settings.day_first)
    items = sorted(duplicates._once_per_series(items), key=lambda it: (it.day, it.entry.start))
    window = int(settings.duplicate_window_days)
    corpus = duplicates.Corpus(items, window)
    duplicates._attach_meaning(items, corpus)
    found = duplicates.candidate_pairs(items, corpus, window, settings)
    return {(items[i].entry.id, items[j].entry.id) for i, j in found}


@pytest.mark.parametrize("name", sorted(TRADES))
def test_sliced_rows_find_the_same_candidates(name, monkeypatch):
    entries = company(name, 3).entries
    settings = Settings(timezone="Europe/Berlin")
    reference = _pairs(entries, settings, monkeypatch, 10**9)
    assert reference  # the companies plant duplicates: there is something to compare
    for rows in (1, 7, candidates.CANDIDATE_ROWS):
        assert _pairs(entries, settings, monkeypatch, rows) == reference
