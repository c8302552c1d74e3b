"""The held-out company (tests/holdout): a company the reading and judging were never tuned
on goes through `main.py consolidate` and must come out at least as right as the code
managed when the floors were set. The floors sit just under today's numbers on these
seeds, so a change that reads or judges worse fails here; `python -m tests.holdout.measure`
prints the same numbers over more seeds.
"""
from __future__ import annotations

import contextlib
import io

import pytest

from tests.holdout import company as company_mod
from tests.holdout import files
from tests.holdout.measure import run_seed
from tests.holdout.score import Score

SEEDS = (3, 5, 9, 17)
# Measured on SEEDS when set (branch holdout): entries right 99.9 %, F1 slot clash 1.00, double
# booking 0.98, duplicate 0.74, no decoy flagged; the code before that branch: 82.1 %, 0.80, 0.88, 0.68.
FLOORS = {
    "read_right": 0.99,
    "slot_clash": 0.97,
    "double_booking": 0.95,
    "duplicate": 0.70,
}
MAX_DECOYS_FLAGGED = {"slot_clash": 0, "double_booking": 0, "duplicate": 1}


@pytest.fixture(scope="module")
def held_out(tmp_path_factory) -> Score:
    total = Score()
    for seed in SEEDS:
        with contextlib.redirect_stdout(io.StringIO()):
            s, _report = run_seed(seed, tmp_path_factory.mktemp(f"holdout{seed}"))
        total.add(s)
    return total


def _why(total: Score, kind: str) -> str:
    if kind == "read_right":
        return "; ".join(map(str, total.misses[:8]))
    return "; ".join(map(str, [m for m in total.pair_misses if m[1] == kind][:8]))


def test_entries_come_in_right(held_out):
    assert held_out.read_right >= FLOORS["read_right"], _why(held_out, "read_right")


@pytest.mark.parametrize("kind", ["slot_clash", "double_booking", "duplicate"])
def test_conflicts_and_duplicates_are_found(held_out, kind):
    assert held_out.f1(kind) >= FLOORS[kind], _why(held_out, kind)
    assert held_out.decoys_flagged[kind] <= MAX_DECOYS_FLAGGED[kind], _why(held_out, kind)


@pytest.mark.parametrize("seed", range(1, 9))
def test_the_truth_follows_the_rules(tmp_path, seed):
    """The generator's own promises: every entry lands in its department's file, a planted
    clash is in the truth and a decoy is not, a series stays within one department."""
    company = company_mod.build(seed)
    paths = files.write(company, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    kinds = {e.id: e.kind for e in company.entries}
    for a, b in company.clash_pairs:
        assert company.entries[int(a[1:])].dept != company.entries[int(b[1:])].dept
    assert not company.clash_pairs & company.decoys["slot_clash"]
    assert not company.booking_pairs & company.decoys["double_booking"]
    assert not company.duplicate_pairs & company.decoys["duplicate"]
    assert any(kinds[a] == "clash" for a, _b in company.clash_pairs)
    series = {}
    for e in company.entries:
        if e.series:
            series.setdefault(e.series, set()).add(e.dept)
    assert all(len(depts) == 1 for depts in series.values())
