"""A second invented company: duplicated efforts and decoys written independently of northwind."""
from __future__ import annotations

import json
from itertools import combinations

from analysis_factory import entry
from calendar_core.analysis import analyse
from calendar_core.settings import Settings


def test_acme_duplicates_and_decoys(fixture_path):
    data = json.loads(fixture_path("analysis/acme_duplicates.json").read_text(encoding="utf-8"))
    entries = [entry(e["title"], e["start"], department=e["department"], channel=e["channel"])
               for e in data["background"]]
    expected, decoys = set(), set()
    for group in data["duplicate_groups"]:
        made = [entry(e["title"], e["start"], department=e["department"], channel="LinkedIn") for e in group]
        entries += made
        expected |= {frozenset(p) for p in combinations([e.id for e in made], 2)}
    for pair in data["decoy_pairs"]:
        made = [entry(e["title"], e["start"], department=e["department"], channel="X") for e in pair]
        entries += made
        decoys.add(frozenset(e.id for e in made))
    result = analyse(entries, Settings(timezone="Europe/Berlin"))
    found = {frozenset(p) for g in result.duplicates for p in combinations(g.entry_ids, 2)}
    assert not found & decoys
    tp = len(found & expected)
    precision, recall = tp / max(len(found), 1), tp / len(expected)
    assert precision >= 0.9 and recall >= 0.8, (precision, recall)
