"""Benchmarks: each bench/bench_*.py exposes run() -> rows (name, ours_s, baseline_s, target_ratio)."""
from __future__ import annotations

import gc
import time
from typing import Callable


def best_of(fns: list[Callable[[], object]], repeat: int, clock=time.perf_counter) -> list[float]:
    """Best of ``repeat`` runs of each function. The functions take turns, so
    that all of them meet the same moments of a shared, noisy machine."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            gc.collect()
            t0 = clock()
            fn()
            best[k] = min(best[k], clock() - t0)
    return best
