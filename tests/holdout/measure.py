"""Print the held-out numbers: python -m tests.holdout.measure [FIRST_SEED] [COUNT] [--misses] [--all-langs]

Each seed's company is written to a temporary folder and goes through the real command
line (`main.py consolidate FILES --workspace W --report r.json --timezone HQ`), no --map,
no --tz; the report is scored against the truth (`score.py`).
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tests.holdout import company as company_mod
from tests.holdout import files, pools
from tests.holdout.score import FIELDS, Score, score


def run_seed(seed: int, folder: Path) -> tuple[Score, dict]:
    import main

    company = company_mod.build(seed)
    paths = files.write(company, folder)
    (folder / "truth.json").write_text(json.dumps(company.truth_json(), ensure_ascii=False, indent=1))
    report = folder / "report.json"
    argv = ["consolidate", *map(str, paths), "--workspace", str(folder / "w.sqlite"),
            "--report", str(report), "--timezone", company.hq_zone]
    main.main(argv)
    data = json.loads(report.read_text())
    return score(company, data), data


def measure(seeds, keep: Path | None = None) -> tuple[Score, list]:
    total = Score()
    per_seed = []
    for seed in seeds:
        with tempfile.TemporaryDirectory(prefix=f"holdout-{seed}-") as tmp:
            folder = keep / f"s{seed}" if keep else Path(tmp)
            s, _report = run_seed(seed, folder)
        total.add(s)
        per_seed.append((seed, s))
    return total, per_seed


def main_(argv: list[str]) -> int:
    import contextlib
    import io

    args = [a for a in argv if not a.startswith("--")]
    first = int(args[0]) if args else 1
    count = int(args[1]) if len(args) > 1 else 30
    keep = None
    if "--all-langs" in argv:
        pools.LANGS = pools.ALL_LANGS
    for a in argv:
        if a.startswith("--keep="):
            keep = Path(a.split("=", 1)[1])
    with contextlib.redirect_stdout(io.StringIO()):
        total, per_seed = measure(range(first, first + count), keep)
    for seed, s in per_seed:
        print(f"seed {seed:3d}: read right {s.read_right:6.1%}  clash F1 {s.f1('slot_clash'):.2f}  "
              f"booking F1 {s.f1('double_booking'):.2f}  duplicate F1 {s.f1('duplicate'):.2f}  "
              f"missing {s.missing} extra {s.extra}")
    print(f"\n{count} seeds, {total.entries} entries: read right {total.read_right:.1%} "
          f"(missing {total.missing}, extra {total.extra})")
    print("  wrong per field: " + ", ".join(f"{f} {total.wrong[f] / total.entries:.1%}" for f in FIELDS))
    for kind in ("slot_clash", "double_booking", "duplicate"):
        tp, fp, fn = total.counts[kind]
        low = min(s.f1(kind) for _, s in per_seed)
        print(f"  {kind:15s} F1 {total.f1(kind):.2f} (min {low:.2f}; tp {tp} fp {fp} fn {fn}; "
              f"decoys flagged {total.decoys_flagged[kind]})")
    if "--misses" in argv:
        kinds = Counter((m[2], m[5].rsplit(".", 1)[-1]) for m in total.misses)
        print("\nmisses by field and file kind:", kinds.most_common())
        for m in total.misses[:400]:
            print("  ", m)
        for m in total.pair_misses[:200]:
            print("  ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main_(sys.argv[1:]))
