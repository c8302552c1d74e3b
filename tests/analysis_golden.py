"""Pinned analysis results: what ``analyse`` finds on Northwind, generated companies and bench-like files.

A speed change of the analysis must not change what it finds. ``snapshot(name)`` runs the analysis
on one input and returns its results in a comparable form (members by entry identity, scores,
keys, reasons); the test compares it with ``fixtures/analysis_golden.json``, written by the code
before the speed work (``python tests/analysis_golden.py`` writes it again; only do so for an
intended change of results).

Inputs that go through the importers are sorted by (start, identity) before the analysis, so a
change of the store's row order does not show up here: only changes of the analysis do.
"""
from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from calendar_core.settings import Settings  # noqa: E402

GOLDEN = ROOT / "tests" / "fixtures" / "analysis_golden.json"
ZONE = "Europe/Berlin"


def _shared() -> Path:
    for parent in ROOT.parents:
        if (parent / "shared" / "scenarios").is_dir():
            return parent / "shared"
    return ROOT.parent / "shared"


def _imported(paths: list[Path]):
    from calendar_core.importing import import_batch
    from calendar_core.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "ws.sqlite")
        try:
            import_batch(ws, paths)
            entries = ws.entries()
            blackout = frozenset(s.id for s in ws.sources() if s.blackout)
        finally:
            ws.close()
    return sorted(entries, key=lambda e: (e.start, e.identity)), blackout


def _northwind_truth():
    from northwind_truth import entries_from_truth, load_truth

    entries, _ = entries_from_truth(load_truth(_shared() / "scenarios" / "northwind" / "truth.json"))
    return entries, frozenset()


def _northwind_files():
    folder = _shared() / "scenarios" / "northwind"
    return _imported(sorted(p for p in folder.iterdir() if p.suffix in (".ics", ".xlsx", ".csv")))


def _northwind_copied():
    """One department's file handed over twice under two names, beside another's: copy groups."""
    import shutil

    folder = _shared() / "scenarios" / "northwind"
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "events.ics", Path(tmp) / "events_copy.ics"
        shutil.copy(folder / "events_team_google.ics", first)
        shutil.copy(folder / "events_team_google.ics", second)
        return _imported([first, second, folder / "marketing_content_calendar.xlsx"])


def _company(name: str, seed: int):
    from dup_companies import company

    return company(name, seed).entries, frozenset()


def _bench_entries():
    from bench.bench_analysis import _entries

    return _entries(3000, days=110, seed=3), frozenset()


def _bench_series():
    from bench.bench_analysis import _calendar_with_series

    return _calendar_with_series(events=2000, seed=5), frozenset()


def _bench_ics():
    from bench.bench_ics import generate

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cal.ics"
        generate(path, n=2000, seed=7)
        return _imported([path])


def _bench_xlsx():
    from bench.bench_sheets import make_workbook

    with tempfile.TemporaryDirectory() as tmp:
        path = make_workbook(Path(tmp) / "rows.xlsx", rows=3000)
        return _imported([path])


def _inputs() -> dict:
    from dup_companies import TRADES

    out = {"northwind_truth": _northwind_truth, "northwind_files": _northwind_files,
           "northwind_copied": _northwind_copied,
           "bench_entries_3000": _bench_entries, "bench_series_2000_events": _bench_series,
           "bench_ics_2000_events": _bench_ics, "bench_xlsx_3000_rows": _bench_xlsx}
    for name in sorted(TRADES):
        for seed in (1, 2, 3):
            out[f"company_{name}_{seed}"] = (lambda n=name, s=seed: _company(n, s))
    return out


INPUTS = _inputs()


def snapshot(name: str) -> dict:
    from calendar_core.analysis import analyse

    entries, blackout = INPUTS[name]()
    result = analyse(entries, Settings(timezone=ZONE), blackout)
    who = {e.id: e.identity for e in entries}
    if len(set(who.values())) < len(who):  # identities not unique: ids are deterministic here
        who = {i: str(i) for i in who}

    def members(ids) -> list[str]:
        return sorted(who[i] for i in ids)

    conflicts = sorted([c.kind, members(c.entry_ids), c.key, c.message] for c in result.conflicts)
    digest = hashlib.sha256(json.dumps(conflicts, ensure_ascii=False).encode()).hexdigest()
    return {
        "entries": len(entries),
        "conflicts": len(conflicts),
        "conflicts_sha256": digest,
        "conflicts_by_kind": {k: sum(1 for c in conflicts if c[0] == k) for k in sorted({c[0] for c in conflicts})},
        "duplicates": sorted([members(g.entry_ids), g.score, g.key, list(g.reasons),
                              result.legacy_keys.get(g.key, "")] for g in result.duplicates),
        "copies": sorted([members(g.entry_ids), g.key, list(g.reasons)] for g in result.copies),
    }


def write() -> None:
    data = {}
    for name in INPUTS:
        data[name] = snapshot(name)
        print(name, data[name]["entries"], "entries,", data[name]["conflicts"], "conflicts,",
              len(data[name]["duplicates"]), "duplicate groups,", len(data[name]["copies"]), "copies", flush=True)
    GOLDEN.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import os
    import time

    os.environ["TZ"] = ZONE
    time.tzset()
    write()
