"""Proposals: what the master overlay costs a query, and what a free-slot suggestion costs.

Baseline: the same week's query and the whole workspace's query with no proposal
(measured in the same run); ours: with 200 open proposals, some moving entries into
the week from outside it. A suggestion is measured against one analysis of a day.
"""
from __future__ import annotations

import random
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from calendar_core.workspace import Workspace
from importers.records import ImportResult, RawRecord

N = 20000
BERLIN = ZoneInfo("Europe/Berlin")


def _result(path: Path) -> ImportResult:
    rng = random.Random(5)
    start = datetime(2026, 1, 5, 9, tzinfo=BERLIN)
    records = [RawRecord(source_ref=f"r{i}", title=f"Post {i}",
                         start=start + timedelta(days=rng.randrange(365), minutes=15 * rng.randrange(36)),
                         channel=rng.choice(["LinkedIn", "Blog", "X", "Newsletter"]), owner=f"P{rng.randrange(30)}",
                         timezone="Europe/Berlin") for i in range(N)]
    return ImportResult(path=path, kind="csv", records=records, department_hint="marketing", content_hash="a")


def _timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run():
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "bench.sqlite")
        s = ws.settings
        s.timezone = "Europe/Berlin"
        ws.save_settings(s)
        ws.apply_import(_result(Path(tmp) / "plan.csv"))
        week = (datetime(2026, 6, 1, tzinfo=BERLIN), datetime(2026, 6, 8, tzinfo=BERLIN))
        plain_week = _timed(lambda: ws.entries(*week))
        plain_all = _timed(lambda: ws.entries())
        rng = random.Random(7)
        for e in rng.sample(ws.entries(), 200):
            ws.propose(e.identity, week[0] + timedelta(days=rng.randrange(7), hours=10), force=True)
        moved_week = _timed(lambda: ws.entries(*week))
        moved_all = _timed(lambda: ws.entries())
        target = ws.entries(*week)[0]
        day = (week[0], week[0] + timedelta(days=1))
        one_analysis = _timed(lambda: ws.analyse(*day), repeat=3)
        suggest = _timed(lambda: ws.suggest_slots(target.id), repeat=3)
        ws.close()
    yield (f"a week's entries of {N:,}, no proposal", plain_week, plain_week, None)
    yield ("the same week with 200 open proposals", moved_week, plain_week, 3.0)
    yield (f"all {N:,} entries with 200 open proposals", moved_all, plain_all, 1.5)
    yield ("suggest free slots (vs one analysis of a day)", suggest, one_analysis, 200.0)
