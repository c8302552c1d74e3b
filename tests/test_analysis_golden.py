"""The analysis finds exactly what it found before the speed work (see ``analysis_golden``).

Same conflicts (kind, members, key, message), same duplicate groups (members, score, key,
reasons, legacy key) and same copies on Northwind, generated companies and bench-like files.
"""
from __future__ import annotations

import json

import pytest

from analysis_golden import GOLDEN, INPUTS, snapshot

_PINNED = json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_every_input_is_pinned():
    assert set(_PINNED) == set(INPUTS)
    assert any(_PINNED[name]["copies"] for name in _PINNED)  # the copies rule is exercised
    assert sum(len(_PINNED[name]["duplicates"]) for name in _PINNED) > 500


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_analysis_results_are_unchanged(name, shared_dir):
    now, before = snapshot(name), _PINNED[name]
    assert now["entries"] == before["entries"]
    assert now["copies"] == before["copies"]
    assert now["conflicts_by_kind"] == before["conflicts_by_kind"]
    assert now["conflicts_sha256"] == before["conflicts_sha256"]
    got = {tuple(g[0]): g for g in now["duplicates"]}
    want = {tuple(g[0]): g for g in before["duplicates"]}
    assert sorted(got) == sorted(want), (f"groups lost: {sorted(set(want) - set(got))[:5]}, "
                                         f"new: {sorted(set(got) - set(want))[:5]}")
    for members, (_, score, key, reasons, legacy) in want.items():
        g = got[members]
        assert g[1] == pytest.approx(score, abs=1e-3), members
        assert (g[2], g[4]) == (key, legacy), members
        assert g[3] == reasons, members
