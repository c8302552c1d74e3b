"""Precision and recall on the northwind scenario, measured against truth.json.

Entries are built straight from truth.json (what an importer should produce);
the end-to-end run through the real importers is tested by the workspace.
"""
from __future__ import annotations

import pytest

from calendar_core.analysis import analyse
from calendar_core.settings import Settings
from northwind_truth import entries_from_truth, load_truth, score


@pytest.fixture
def measured(northwind):
    path = northwind / "truth.json"
    if not path.exists():
        pytest.skip("northwind scenario not available")
    truth = load_truth(path)
    entries, keys = entries_from_truth(truth)
    result = analyse(entries, Settings(timezone="Europe/Berlin"))
    return score(result, keys, truth), result


@pytest.mark.parametrize("kind", ["slot_clash", "double_booking", "overload"])
def test_conflict_rules_find_the_planted_conflicts(measured, kind):
    p, r, f1 = measured[0][kind]
    assert f1 >= 0.95, f"{kind}: precision {p:.2f} recall {r:.2f}"


def test_duplicate_pairs(measured):
    p, r, f1 = measured[0]["duplicate"]
    assert f1 >= 0.90, f"duplicates: precision {p:.2f} recall {r:.2f}"


def test_no_decoy_pair_reported(measured):
    assert measured[0]["decoys"] == 0


def test_results_do_not_depend_on_the_workspace_zone_for_this_set(measured, northwind):
    """Every timed northwind entry falls on the same date in Berlin, London, New York and UTC."""
    truth = load_truth(northwind / "truth.json")
    entries, keys = entries_from_truth(truth)
    for zone in ("UTC", "America/New_York"):
        scores = score(analyse(entries, Settings(timezone=zone)), keys, truth)
        assert scores["overload"][2] == 1.0 and scores["slot_clash"][2] == 1.0, zone
