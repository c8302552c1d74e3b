"""Two store fast paths give what the plain ones give: stored lists and maps read back by orjson
equal ``json.loads`` of them (texts drawn at random from seeded pools, with the values orjson reads
otherwise), and a first bulk import, whose indexes are built after its rows, leaves the schema's
indexes as declared and finds its entries through them (cancelled half-way, the workspace is as it was)."""
from __future__ import annotations

import json
import random
import sqlite3

import pytest

from calendar_core.store.rows import _loads
from calendar_core.store.sync import INDEX_AFTER_FROM
from calendar_core.workspace import ImportCancelled, Workspace

TEXTS = ["", "Post", "Ünïcødé ✓", "O'Brien \"q\"", "line\nbreak", "tab\t", "\\", "\ud800", "€", "x" * 50]
ODD = [1, -2, 1.5, 12345678901234567890123, float("nan"), None, True, [], {}, {"a": "b"}]


def _value(rnd: random.Random, odd: bool):
    return rnd.choice(ODD) if odd and rnd.random() < 0.3 else rnd.choice(TEXTS)


def test_stored_lists_and_maps_read_by_orjson_equal_json_loads():
    rnd = random.Random(15)
    for _ in range(3000):
        odd = rnd.random() < 0.4
        if rnd.random() < 0.5:
            value = {rnd.choice(TEXTS): _value(rnd, odd) for _ in range(rnd.randrange(4))}
        else:
            value = [_value(rnd, odd) for _ in range(rnd.randrange(4))]
        text = json.dumps(value, ensure_ascii=rnd.random() < 0.5, sort_keys=True)
        assert repr(_loads(text)) == repr(json.loads(text)), text


def _indexes(path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries'"))


def test_a_first_bulk_import_leaves_the_declared_indexes(tmp_path):
    n = INDEX_AFTER_FROM + 10
    sheet = tmp_path / "plan.csv"
    sheet.write_text("Date,Time,Title,Channel\n" + "".join(
        f"2026-03-{1 + i % 28:02d},{8 + i % 9:02d}:{15 * (i % 4):02d},Post {i},Blog\n" for i in range(n)),
        encoding="utf-8")
    fresh = tmp_path / "fresh.sqlite"
    cancelled = tmp_path / "cancelled.sqlite"
    Workspace.open(fresh).close()
    declared = _indexes(fresh)
    assert "ix_entries_start" in declared
    w = Workspace.open(cancelled)
    try:  # cancelled half-way through its rows: the workspace is as it was, its index too
        asked = []
        with pytest.raises(ImportCancelled):
            w.apply_import(w.read(sheet), cancelled=lambda: asked.append(1) or len(asked) > 1)
        assert w.sources() == []
    finally:
        w.close()
    assert _indexes(cancelled) == declared
    ws = tmp_path / "w.sqlite"
    w = Workspace.open(ws)
    try:
        assert w.import_file(sheet).new == n
        again = w.import_file(sheet)  # a re-import syncs against the first: nothing changed
        assert (again.new, again.changed, again.removed) == (0, 0, 0)
    finally:
        w.close()
    assert _indexes(ws) == declared
    with sqlite3.connect(ws) as db:
        plan = " ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN SELECT id FROM entries WHERE start_ts > 0"))
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "ix_entries_start" in plan
