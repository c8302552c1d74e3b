"""Benchmarks: each bench/bench_*.py exposes run() -> rows (name, ours_s, baseline_s, target_ratio)."""
