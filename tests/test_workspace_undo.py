"""Undo as stored change sets, Redo, and Cancel in every phase of an import (issue 14)."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from calendar_core.importing import import_batch
from calendar_core.workspace import Workspace
from tests.helpers import berlin, fake_reader, rec, result, write_cal  # noqa: F401


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "ws.sqlite")
    yield w
    w.close()


def _plan(tmp_path, n=3, title="Post", name="marketing_plan.csv"):
    return result(tmp_path / name, [rec(f"r{i}", f"{title} {i}", berlin(2026, 8, 4) + timedelta(hours=i),
                                        channel="LinkedIn", owner="Lena") for i in range(n)], hint="marketing")


def _state(ws):
    """Everything an operation could change: entries (all columns), sources, decisions."""
    entries = sorted((e.id, e.source_ref, e.title, e.start, e.channel, e.owner, e.location) for e in ws.entries())
    sources = [(s.id, s.path, s.department, s.colour, s.content_hash, s.imported_at, s.settings, s.blackout,
                s.visible, s.entry_count) for s in ws.sources()]
    return entries, sources, sorted((k, d.status, d.note) for k, d in ws.decisions().items())


def test_an_unchanged_reimport_records_nothing_and_holds_no_snapshot(ws, tmp_path):
    ws.apply_import(_plan(tmp_path, 50))
    steps = ws.undo_steps_stored()
    assert steps == 1
    assert not any(isinstance(v, list) for v in vars(ws).values())  # no snapshot list on the facade
    for _ in range(3):
        ws.apply_import(_plan(tmp_path, 50))  # the same file again
    assert ws.undo_steps_stored() == steps  # its change set was empty: nothing recorded
    assert not any(isinstance(v, list) for v in vars(ws).values())
    assert ws.undo_label() == "import of marketing_plan.csv"


def test_a_changed_reimport_records_only_what_changed(ws, tmp_path):
    ws.apply_import(_plan(tmp_path, 200))
    before = _state(ws)
    changed = _plan(tmp_path, 200)
    changed.records[7].title = "Changed"
    del changed.records[9]
    ws.apply_import(changed)
    engine = create_engine(f"sqlite:///{tmp_path / 'ws.sqlite'}")
    with engine.connect() as conn:
        from calendar_core.store import undo

        payload = conn.execute(text("SELECT payload FROM undo_steps ORDER BY id DESC LIMIT 1")).scalar_one()
    engine.dispose()
    parts = {p.table: p for p in undo.load(payload)}
    assert len(parts["entries"].keys) == 2 and len(parts["entries"].rows) == 2  # one changed, one removed
    ws.undo()
    assert _state(ws)[0] == before[0]


def test_ctrl_z_after_resolved_undoes_the_mark_not_the_import(ws, tmp_path):
    ws.apply_import(_plan(tmp_path, 3))
    n = ws.count_entries()
    ws.decide("some-conflict", "resolved", "agreed", members=["a|1", "b|2"])
    assert ws.undo_label() == "mark Resolved"
    assert ws.undo() == "mark Resolved"
    assert ws.decisions() == {} and ws.count_entries() == n
    assert ws.undo_label(redo=True) == "mark Resolved"
    ws.redo()
    assert ws.decisions()["some-conflict"].status == "resolved" and ws.count_entries() == n


def test_source_edits_and_removal_are_undoable_and_redoable(ws, tmp_path):
    ws.apply_import(_plan(tmp_path, 5))
    [src] = ws.sources()
    start = _state(ws)
    ws.update_source(src.id, department="Brand")
    assert ws.undo_label() == "department of marketing_plan.csv"
    ws.update_source(src.id, colour="#123456", blackout=True)
    ws.set_source_zone(src.id, "America/New_York")
    assert ws.undo_label() == "zone of marketing_plan.csv"
    ws.update_source(src.id, visible=False)
    ws.remove_source(src.id)
    assert ws.sources() == [] and ws.undo_label() == "removal of marketing_plan.csv"
    ws.undo()
    assert ws.source(src.id).visible is False and ws.count_entries() == 5
    for _ in range(4):
        ws.undo()
    assert _state(ws) == start and ws.undo_label() == "import of marketing_plan.csv"
    for _ in range(4):
        ws.redo()
    assert ws.source(src.id).department == "Brand" and ws.source(src.id).visible is False
    assert ws.source(src.id).settings["timezone"] == "America/New_York"
    ws.redo()
    assert ws.sources() == [] and not ws.can_redo


def test_undo_survives_a_restart_and_a_new_change_clears_redo(tmp_path):
    target = tmp_path / "ws.sqlite"
    with Workspace.open(target) as ws:
        ws.apply_import(_plan(tmp_path, 4))
        ws.apply_import(_plan(tmp_path, 2, name="hr.csv"))
    with Workspace.open(target) as ws:
        assert ws.undo() == "import of hr.csv"
        assert [s.name for s in ws.sources()] == ["marketing_plan.csv"]
        assert ws.can_redo
        ws.decide("k", "intentional", members=[])
        assert not ws.can_redo and ws.undo_label() == "mark Intentional"


def test_a_batch_is_one_step_with_a_clear_label(ws, tmp_path, fake_reader):
    files = [write_cal(tmp_path / f"{d}.fake", [f"{d}{i}|Post {i}|2026-08-0{i + 1}T10:00:00+02:00|LinkedIn|Lena"
                                                for i in range(3)]) for d in ("pr", "hr", "it")]
    batch = import_batch(ws, files)
    assert batch.applied == 3 and ws.undo_label() == "import of 3 files"
    ws.undo()
    assert ws.sources() == [] and ws.undo_label() is None
    ws.redo()
    assert ws.count_entries() == 9


def _big_file(path, n, rng, prefix):
    lines = [f"{prefix}{i}|Post {rng.randrange(10 ** 6)}|2026-0{rng.randrange(1, 10)}-1{rng.randrange(10)}T10:00:00"
             f"+02:00|{rng.choice(['LinkedIn', 'Blog', 'Newsletter'])}|{rng.choice(['Lena', 'Omar', 'Ida'])}"
             for i in range(n)]
    return write_cal(path, lines)


@pytest.mark.parametrize("stop_at", [0.05, 0.3, 0.45, 0.62, 0.8, 0.97])
def test_cancel_at_any_point_leaves_the_workspace_exactly_as_it_was(ws, tmp_path, fake_reader, stop_at):
    rng = random.Random(14)
    old = _big_file(tmp_path / "marketing.fake", 7000, rng, "m")
    import_batch(ws, [old])
    ws.decide("k1", "resolved", members=["x|1"])
    _big_file(old, 12000, rng, "m")  # changed, grown: updates, deletes and inserts when stored
    other = _big_file(tmp_path / "pr.fake", 12000, rng, "p")
    before = _state(ws), ws.undo_steps_stored(), ws.undo_label()
    seen: list[float] = []
    batch = import_batch(ws, [old, other], progress=seen.append, cancelled=lambda: bool(seen) and seen[-1] >= stop_at)
    assert batch.cancelled
    assert (_state(ws), ws.undo_steps_stored(), ws.undo_label()) == before


def test_progress_moves_through_the_store_phase(ws, tmp_path, fake_reader):
    path = _big_file(tmp_path / "pr.fake", 20000, random.Random(3), "p")
    seen: list[float] = []
    import_batch(ws, [path], progress=seen.append)
    storing = [f for f in seen if 0.6 < f < 1.0]  # past reading (READ_SHARE), before the end
    assert len(set(round(f, 3) for f in storing)) >= 3
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_cancel_during_the_store_phase_rolls_the_file_back(ws, tmp_path):
    ws.apply_import(_plan(tmp_path, 10))
    before = _state(ws), ws.undo_steps_stored()
    big = _plan(tmp_path, 12000, title="New")
    ticks: list[float] = []
    from importers import ImportCancelled

    with pytest.raises(ImportCancelled):
        ws.apply_import(big, progress=ticks.append, cancelled=lambda: len(ticks) >= 2)
    assert len(ticks) == 2 and ticks[-1] < 1.0  # it stopped between chunks, not at the end
    assert (_state(ws), ws.undo_steps_stored()) == before


def test_a_schema_3_workspace_gets_the_undo_table(tmp_path):
    target = tmp_path / "old.sqlite"
    Workspace.open(target).close()
    engine = create_engine(f"sqlite:///{target}")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE undo_steps"))
        conn.execute(text("UPDATE masthead_meta SET value='3' WHERE key='schema_version'"))
    engine.dispose()
    with Workspace.open(target) as ws:
        assert not ws.can_undo
        ws.apply_import(_plan(tmp_path, 2))
        assert ws.undo() == "import of marketing_plan.csv"


def _cached_bytes(ws) -> list[int]:
    """Sizes of the byte values written into the statements SQLAlchemy keeps compiled."""
    sizes = []
    for compiled in list((ws._engine._compiled_cache or {}).values()):
        for bind in getattr(compiled, "binds", {}).values():
            if isinstance(bind.value, (bytes, bytearray, memoryview)):
                sizes.append(len(bind.value))
    return sizes


def test_the_compiled_statement_cache_keeps_no_change_set(ws, tmp_path):
    """Issue 15: the change sets go to the store as parameters, so the engine's cache of compiled
    statements (kept for the life of the workspace) holds none of them after the import, undo and redo."""
    ws.apply_import(_plan(tmp_path, 400))
    ws.undo()
    ws.redo()
    ws.undo()
    assert ws.undo_steps_stored() >= 1
    assert ws._engine._compiled_cache is not None and len(ws._engine._compiled_cache) > 0
    assert _cached_bytes(ws) == []
