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


def _plan(path, n: int, seed: int):
    rnd = random.Random(seed)
    path.write_text("Date,Time,Title,Channel\n" + "".join(
        f"2026-03-{1 + rnd.randrange(28):02d},{8 + rnd.randrange(9):02d}:{15 * rnd.randrange(4):02d},"
        f"Post {i} {rnd.choice(('launch', 'recap', 'Zürich'))},{rnd.choice(('Blog', 'X', 'LinkedIn'))}\n"
        for i in range(n)), encoding="utf-8")
    return path


def _as_made_before(path) -> None:
    """A workspace as made before the identity became a named unique index: a table constraint."""
    Workspace.open(path).close()
    with sqlite3.connect(path) as db:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'entries'").fetchone()[0]
        db.execute("DROP INDEX uq_entries_source_ref")
        db.execute("DROP INDEX ix_entries_start")
        db.execute("ALTER TABLE entries RENAME TO entries_old")
        db.execute(sql.replace("PRIMARY KEY (id)",
                               "PRIMARY KEY (id), \n\tCONSTRAINT uq_entries_source_ref UNIQUE (source_id, source_ref)"))
        db.execute("DROP TABLE entries_old")
        db.execute("CREATE INDEX ix_entries_start ON entries (start_ts)")


def _refuses_a_second_identity(path) -> bool:
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT * FROM entries LIMIT 1").fetchone()
        names = [d[0] for d in db.execute("SELECT * FROM entries LIMIT 1").description]
        values = dict(zip(names, row), id=None)
        try:
            db.execute(f"INSERT INTO entries ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                       [values[n] for n in names])
        except sqlite3.IntegrityError:
            return True
        return False


@pytest.mark.parametrize("seed", range(3))
def test_a_source_keeps_one_entry_per_identity_in_new_and_older_workspaces(tmp_path, seed):
    sheet = _plan(tmp_path / "plan.csv", INDEX_AFTER_FROM + 10 + seed * 7, seed)
    stored = {}
    for shape in ("new", "before"):
        ws = tmp_path / f"{shape}.sqlite"
        if shape == "before":
            _as_made_before(ws)
        else:
            Workspace.open(ws).close()
        declared = _indexes(ws)
        w = Workspace.open(ws)
        try:
            first = w.import_file(sheet)
            again = w.import_file(sheet)
            assert (again.new, again.changed, again.removed) == (0, 0, 0)
            stored[shape] = sorted((e.source_ref, e.title, e.start) for e in w.entries())
        finally:
            w.close()
        assert first.new == len(stored[shape])
        assert _indexes(ws) == declared  # the older workspace keeps its constraint, the new its index
        assert ("uq_entries_source_ref" in declared) == (shape == "new")
        assert _refuses_a_second_identity(ws)
    assert stored["new"] == stored["before"]
