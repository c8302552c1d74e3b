"""An import hands back its entries as stored (``keep_entries``); they equal what the store gives
back, and the workspace uses them instead of reading back only when they are all a query finds."""
from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta

import pytest

from calendar_core.model import EntryFilter
from calendar_core.store.memory import trim_heap
from calendar_core.workspace import Workspace
from tests.helpers import berlin, rec, result

EVERYTHING = EntryFilter(only_visible=False)
WORDS = ["Launch", "Webinar", "Ünïcode ✓", "  spaced   out  ", "", "Post \"q\"", "line\nbreak"]


def _records(rnd: random.Random, n: int, prefix: str = "r"):
    out = []
    for i in range(n):
        series = rnd.random() < 0.3
        if rnd.random() < 0.15:
            start = date(2026, 3, 1) + timedelta(days=rnd.randrange(60))
            end = rnd.choice([None, start + timedelta(days=rnd.randrange(0, 3))])
        else:
            start = berlin(2026, 3, 1 + rnd.randrange(27), 8 + rnd.randrange(9), 15 * rnd.randrange(4))
            end = rnd.choice([None, start + timedelta(minutes=30), start - timedelta(minutes=5)])
        out.append(rec(f"{prefix}{i}", rnd.choice(WORDS), start, end, description=rnd.choice(WORDS),
                       channel=rnd.choice(["LinkedIn", "linkedin ", "Blog", ""]), owner=rnd.choice(["Ann", "", "bob"]),
                       tags=tuple(rnd.sample(["a", "b", "ü"], rnd.randrange(3))),
                       extra=rnd.choice([{}, {"location": "HQ"}, {"row": "4", "sheet": "S"}, {"x": "1", "row": "2"}]),
                       department=rnd.choice(["", "Sales", " Mar  keting "]), campaign=rnd.choice(WORDS),
                       series_key="s1" if series else None,
                       recurrence_id=(start if rnd.random() < 0.7 else berlin(2026, 2, 1))
                       if series and isinstance(start, datetime) else None,
                       recurrence="RRULE:FREQ=WEEKLY" if series else None, location=f"line {i}"))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kept_entries_equal_the_stored_ones_on_first_import_and_re_import(tmp_path, seed):
    rnd = random.Random(seed)
    ws = Workspace.open(tmp_path / "ws.sqlite")
    try:
        first = _records(rnd, 300)
        report = ws.apply_import(result(tmp_path / "a.csv", first), keep_entries=True)
        assert sorted(report.stored, key=lambda e: e.id) == sorted(ws.entries(None, None, EVERYTHING),
                                                                  key=lambda e: e.id)
        again = _records(rnd, 250) + first[:100]  # changed, new, unchanged and removed entries
        report = ws.apply_import(result(tmp_path / "a.csv", again), "Events", keep_entries=True)
        stored = ws.entries(None, None, EVERYTHING)
        assert sorted(report.stored, key=lambda e: e.id) == sorted(stored, key=lambda e: e.id)
        assert ws.imported_entries([report], EVERYTHING) == stored  # same entries, same order
    finally:
        ws.close()


def test_kept_entries_stand_in_only_when_they_are_all_the_query_finds(tmp_path):
    rnd = random.Random(9)
    ws = Workspace.open(tmp_path / "ws.sqlite")
    try:
        a = ws.apply_import(result(tmp_path / "a.csv", _records(rnd, 40, "a")), keep_entries=True)
        assert ws.imported_entries([a], EVERYTHING) == ws.entries(None, None, EVERYTHING)
        assert ws.imported_entries([ws.apply_import(result(tmp_path / "x.csv", _records(rnd, 5, "x")))],
                                   EVERYTHING) is None  # not kept
        b = ws.apply_import(result(tmp_path / "b.csv", _records(rnd, 30, "b")), keep_entries=True)
        assert ws.imported_entries([b], EVERYTHING) is None  # a.csv and x.csv are stored too
        only_b = EntryFilter(only_visible=False, source_ids=frozenset({b.source_id}))
        assert ws.imported_entries([b], only_b) == ws.entries(None, None, only_b)
        assert ws.imported_entries([b], EntryFilter(only_visible=False, channels=frozenset({"Blog"}))) is None
        assert ws.imported_entries([b], EntryFilter()) is None  # visibility is the store's to say
        e = ws.entries(None, None, only_b)[0]
        ws.propose(e.identity, e.start + timedelta(hours=1))
        assert ws.imported_entries([b], only_b) is None  # an open proposal moves what the master shows
        ws.release_memory()  # the pooled connections go; the next query opens one
        assert len(ws.entries(None, None, only_b)) == len(b.stored)
    finally:
        ws.close()


def test_trim_heap_can_be_asked_any_time():
    assert trim_heap() in (True, False)
    assert trim_heap() in (True, False)


def test_the_heap_trim_is_found_without_a_child_process(monkeypatch):
    """glibc is opened by its own name: ctypes.util.find_library would run `ldconfig -p` (a fork and
    an exec in every import's wake)."""
    import platform
    import subprocess

    from calendar_core.store import memory

    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        pytest.skip("malloc_trim is glibc's")

    def no_child(*_a, **_k):
        raise AssertionError("a child process was started")

    monkeypatch.setattr(subprocess, "Popen", no_child)
    memory._malloc_trim.cache_clear()
    try:
        assert memory._malloc_trim() is not None
    finally:
        memory._malloc_trim.cache_clear()


def test_the_log_is_copied_aside_and_nothing_is_lost(tmp_path):
    """release_memory copies the write-ahead log into the database file on a thread of its own; writes
    and reads go on meanwhile, and the workspace closes with every row in the file itself."""
    import sqlite3

    rnd = random.Random(4)
    path = tmp_path / "ws.sqlite"
    ws = Workspace.open(path)
    try:
        for n, name in enumerate("abc"):
            ws.apply_import(result(tmp_path / f"{name}.csv", _records(rnd, 200 + 50 * n, name)))
            ws.release_memory()
            thread = ws._checkpoint
            assert thread is not None  # the copy runs aside
            assert ws.count_entries() == sum(200 + 50 * k for k in range(n + 1))  # reads meanwhile
        thread.join()
        copied_size = path.stat().st_size  # the database file as the aside copy left it
    finally:
        ws.close()
    assert ws._checkpoint is None
    assert path.stat().st_size == copied_size  # the aside copy had put every page in the file
    assert not (tmp_path / "ws.sqlite-wal").exists() or (tmp_path / "ws.sqlite-wal").stat().st_size == 0
    probe = sqlite3.connect(path)
    assert probe.execute("SELECT count(*) FROM entries").fetchone()[0] == 200 + 250 + 300
    probe.close()
