"""Measure Masthead on the second held-out company: ``python -m tests.holdout2.measure [SEEDS] [-v]``.

SEEDS: "1-20" (default) or "3,7". Prints, over the seeds, the entries read right and the F1 of
slot clashes, double bookings, overloads and duplicated efforts (pairs inside one group);
``-v`` adds the wrong fields per department and examples of what went wrong.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from calendar_core.consolidate import ConsolidateRequest, run_consolidate

from .company import COORDINATOR_ZONE, NOW, make_company
from .files import FILE_ZONES, write_company
from .scoring import KINDS, Score, score
from .truth import truth_of


def run_seed(seed: int, examples: int = 0) -> Score:
    company = make_company(seed)
    truth = truth_of(company)
    with tempfile.TemporaryDirectory(prefix="holdout2-") as tmp:
        paths = write_company(company, Path(tmp))
        zones = {paths[k].name: z for k, z in FILE_ZONES.items()}
        result = run_consolidate(ConsolidateRequest(files=list(paths.values()), timezone=COORDINATOR_ZONE,
                                                    file_zones=zones, now=NOW))
        return score(company, truth, result, {k: p.name for k, p in paths.items()}, keep_examples=examples)


def measure(seeds, examples: int = 0) -> Score:
    total = Score()
    for seed in seeds:
        total.merge(run_seed(seed, examples))
    return total


def _seeds(text: str) -> list[int]:
    if "-" in text:
        lo, hi = text.split("-")
        return list(range(int(lo), int(hi) + 1))
    return [int(x) for x in text.split(",")]


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    seeds = _seeds(args[0]) if args else list(range(1, 21))
    total = measure(seeds, examples=8 if verbose else 0)
    print(f"seeds {seeds[0]}-{seeds[-1]} ({len(seeds)}): {total.posts} posts, entries right {total.entries_right:.1f} %"
          f" (missing {total.missing}, extra read {total.extra})")
    for k in KINDS:
        c = total.kinds[k]
        print(f"  {k:15s} F1 {c.f1:.2f}  (tp {c.tp}, fp {c.fp}, fn {c.fn}, of them read right {c.fn_read})")
    if verbose:
        print("  wrong fields:", dict(total.wrong.most_common()))
        print("  wrong per department:", {d: f"{n}/{total.dept_posts[d]}" for d, n in total.by_dept.most_common()})
        for line in total.examples:
            print("   ", line)
        for k in KINDS:
            for line in total.misses[k][:12]:
                print(f"    {k}: {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
