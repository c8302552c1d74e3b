"""Two desks, one workspace: two processes importing one file at the same moment store it once.

Each round starts two processes on a barrier so their imports overlap; the
workspace must then hold one source with exactly the file's entries. Runs on
SQLite and, when MASTHEAD_TEST_DATABASE_URL names a server, on PostgreSQL.
Also: decisions and settings written by two desks are merged, and a desk learns
of another desk's change by polling the change counter.
"""
from __future__ import annotations

import multiprocessing
import random

import pytest

from calendar_core.settings import Settings
from calendar_core.workspace import Workspace

ROUNDS = 10


def _write_plan(path, seed: int, rows: int = 300) -> list[str]:
    rnd = random.Random(seed)
    titles = [f"Post {i} {rnd.choice(['launch', 'webinar', 'hiring', 'story'])}" for i in range(rows)]
    lines = ["Title,Date,Time,Channel,Owner"]
    for title in titles:
        lines.append(f"{title},2026-08-{rnd.randint(1, 28):02d},{rnd.randint(8, 18):02d}:{rnd.choice(['00', '30'])},"
                     f"{rnd.choice(['LinkedIn', 'X', 'Blog'])},{rnd.choice(['Lena Vogt', 'Tom Becker', ''])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return titles


def _desk(target, path, barrier, results) -> None:
    try:
        with Workspace.open(target) as ws:
            barrier.wait(timeout=60)
            report = ws.import_file(path)
            results.put(("ok", report.created_source, report.new, report.unchanged))
    except Exception as exc:  # noqa: BLE001 - the parent asserts on what happened
        results.put(("error", type(exc).__name__, str(exc), 0))


def _race(target, path) -> list[tuple]:
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(target, path, barrier, results)) for _ in range(2)]
    for d in desks:
        d.start()
    outcome = [results.get(timeout=120) for _ in desks]
    for d in desks:
        d.join(timeout=60)
    return outcome


def test_two_processes_importing_one_file_at_once_store_it_once(ws_target, tmp_path):
    for round_ in range(ROUNDS):
        target = tmp_path / f"ws{round_}.sqlite" if not isinstance(ws_target, str) else ws_target
        if isinstance(ws_target, str) and round_:
            _drop(ws_target)
        Workspace.open(target).close()  # the workspace exists; the desks race on the file
        path = tmp_path / "content_plan.csv"
        titles = _write_plan(path, seed=round_)
        outcome = _race(target, path)
        assert all(o[0] == "ok" or "another desk" in o[2] for o in outcome), outcome
        oks = [o for o in outcome if o[0] == "ok"]
        assert sum(1 for o in oks if o[1]) == 1, outcome  # exactly one desk created the source
        with Workspace.open(target) as ws:
            [source] = ws.sources()
            assert source.entry_count == len(titles)
            assert sorted(e.title for e in ws.entries()) == sorted(titles)
        # The other desk found the first one's source and changed nothing.
        assert [o[3] for o in oks if not o[1]] in ([len(titles)], []), outcome


def _drop(url: str) -> None:
    from sqlalchemy import create_engine

    from calendar_core.store.schema import metadata

    engine = create_engine(url)
    try:
        metadata.drop_all(engine)
    finally:
        engine.dispose()


def test_decisions_and_settings_of_two_desks_are_merged(ws_target):
    first, second = Workspace.open(ws_target), Workspace.open(ws_target)
    try:
        first.settings, second.settings  # noqa: B018 - both desks have loaded the settings
        first.decide("slot_clash:a", "intentional", "agreed with HR")
        second.decide("double_booking:b", "resolved")
        # Both desks settle one item at once: the later status holds, neither note is lost.
        second.decide("slot_clash:a", "resolved", "moved to Friday")
        assert set(first.decisions()) == set(second.decisions()) == {"slot_clash:a", "double_booking:b"}
        kept = first.decisions()["slot_clash:a"]
        assert (kept.status, kept.note) == ("resolved", "moved to Friday | agreed with HR")
        first.decide("slot_clash:a", "resolved", "moved to Friday, HR agreed")  # an edit after reading: no merge
        assert second.decisions()["slot_clash:a"].note == "moved to Friday, HR agreed"
        mine, theirs = first.settings, second.settings
        mine.slot_minutes = 45
        first.save_settings(mine)
        theirs.overload_per_day = 7
        second.save_settings(theirs)
        with Workspace.open(ws_target) as third:
            assert (third.settings.slot_minutes, third.settings.overload_per_day) == (45, 7)
        assert Settings().slot_minutes != 45 and Settings().overload_per_day != 7
    finally:
        first.close()
        second.close()


def test_a_desk_learns_of_another_desks_change_by_polling(ws_target, tmp_path):
    path = tmp_path / "content_plan.csv"
    _write_plan(path, seed=1, rows=5)
    watcher, writer = Workspace.open(ws_target), Workspace.open(ws_target)
    try:
        assert not watcher.changed_elsewhere()
        writer.import_file(path)
        assert watcher.changed_elsewhere()
        assert not watcher.changed_elsewhere()  # told once
        watcher.decide("slot_clash:x", "resolved")
        assert not watcher.changed_elsewhere()  # its own change is not news
        assert writer.changed_elsewhere()
    finally:
        watcher.close()
        writer.close()


@pytest.fixture(autouse=True)
def _no_stray_processes():
    yield
    for child in multiprocessing.active_children():
        child.join(timeout=10)


def test_on_postgresql_a_listener_is_notified_of_another_desks_change(ws_target, tmp_path):
    if not isinstance(ws_target, str):
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's; SQLite desks poll the change counter")
    watcher, writer = Workspace.open(ws_target), Workspace.open(ws_target)
    listener = watcher.change_listener()
    try:
        assert not listener.wait(0.1)
        writer.decide("slot_clash:y", "resolved")
        assert listener.wait(10)
        assert watcher.changed_elsewhere()
    finally:
        listener.close()
        watcher.close()
        writer.close()


def test_a_long_decision_key_is_stored_on_every_database(ws_target):
    key = "duplicate:" + "+".join(f"{i:012x}" for i in range(40))  # a large group's key naming its members
    with Workspace.open(ws_target) as ws:
        ws.decide(key, "not_duplicate")
        assert ws.decisions()[key].status == "not_duplicate"


def _race_lost(orig_sync, losses: list[int]):
    from sqlalchemy.exc import IntegrityError

    def sync(self, conn, *args):
        if losses[0] > 0:
            losses[0] -= 1
            raise IntegrityError("INSERT INTO sources ...", {}, Exception(
                'duplicate key value violates unique constraint "uq_sources_path"'))
        return orig_sync(self, conn, *args)
    return sync


def test_an_import_that_loses_a_race_is_tried_again_then_says_so(tmp_path, monkeypatch):
    from calendar_core.store.schema import ChangedElsewhere

    path = tmp_path / "content_plan.csv"
    titles = _write_plan(path, seed=3, rows=4)
    with Workspace.open(tmp_path / "ws.sqlite") as ws:
        losses = [1]
        monkeypatch.setattr(Workspace, "_sync_source", _race_lost(Workspace._sync_source, losses))
        assert ws.import_file(path).new == len(titles) and losses == [0]  # lost once, then went in
        losses[0] = 99
        with pytest.raises(ChangedElsewhere) as caught:
            ws.import_file(path)
        assert str(caught.value).startswith("content_plan.csv was updated by another desk meanwhile")
        assert "[SQL" not in str(caught.value)
        [source] = ws.sources()
        assert source.entry_count == len(titles)
