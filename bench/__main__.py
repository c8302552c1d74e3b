"""`make bench`: run every bench/bench_*.py and print ratios against baselines measured in the same run."""
from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    wanted = set(argv)
    modules = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    rows = []
    for name in modules:
        if wanted and name.removeprefix("bench_") not in wanted and name not in wanted:
            continue
        mod = importlib.import_module(f"bench.{name}")
        t0 = time.perf_counter()
        print(f"== {name} ...", flush=True)
        for row in mod.run():
            rows.append(row)
            label, ours, base, target = row
            ratio = ours / base if base else float("inf")
            if target is None:  # a reference line: what the target is measured against
                verdict = "(for reference)"
            else:
                verdict = f"(target <= {target:g}x) " + ("ok" if ratio <= target else "OVER TARGET")
            print(f"   {label:<55} ours {ours:8.3f}s  baseline {base:8.3f}s  ratio {ratio:5.2f}x  {verdict}", flush=True)
        print(f"   ({time.perf_counter() - t0:.1f}s)")
    over = [r for r in rows if r[2] and r[3] is not None and r[1] / r[2] > r[3]]
    print(f"\n{len(rows)} measurements, {len(over)} over target")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
