"""Undo and redo as stored change sets: a step costs about what the change it takes back cost.

Baseline: the re-import of a 20,000-entry file with every entry changed (measured
in the same run); ours: undoing and redoing it, and removing the source and
undoing that. The unchanged re-import (which records nothing) is a reference line.
"""
from __future__ import annotations

import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from calendar_core.workspace import Workspace
from importers.records import ImportResult, RawRecord

N = 20000
BERLIN = ZoneInfo("Europe/Berlin")


def _result(path: Path, tag: str) -> ImportResult:
    start = datetime(2026, 8, 4, 10, tzinfo=BERLIN)
    records = [RawRecord(source_ref=f"r{i}", title=f"{tag} {i}", start=start + timedelta(hours=i), channel="LinkedIn",
                         owner="Lena", timezone="Europe/Berlin") for i in range(N)]
    return ImportResult(path=path, kind="csv", records=records, department_hint="marketing", content_hash=tag)


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run():
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "bench.sqlite")
        path = Path(tmp) / "plan.csv"
        ws.apply_import(_result(path, "A"))
        same = _timed(lambda: ws.apply_import(_result(path, "A")))
        changed = _timed(lambda: ws.apply_import(_result(path, "B")))
        undo = _timed(ws.undo)
        redo = _timed(ws.redo)
        sid = ws.sources()[0].id
        remove = _timed(lambda: ws.remove_source(sid))
        undo_remove = _timed(ws.undo)
        ws.close()
    yield (f"unchanged re-import of {N:,} entries (records nothing)", same, changed, None)
    yield (f"undo of a re-import changing {N:,} entries", undo, changed, 1.5)
    yield ("redo of it", redo, changed, 1.5)
    yield (f"remove a {N:,}-entry source, then undo", remove + undo_remove, changed, 1.5)
