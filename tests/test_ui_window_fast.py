"""The window under load: a newer analysis supersedes an older one, nothing starts after close,
Undo runs as a job, a crowded week collapses into "+N more" that opens a list, and a large
workspace is read off the GUI thread with one refresh per burst. (Speed itself: bench/bench_gui.py.)"""
from __future__ import annotations

import sys
import threading
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from calendar_core.model import Entry  # noqa: E402
from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401
from ui import jobs  # noqa: E402

pytestmark = pytest.mark.gui
BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")


class _Workspace:
    def decisions(self):
        return {}


def _snapshot(tag):
    from calendar_core.analysis import AnalysisResult
    from ui.issues_controller import AnalysisSnapshot

    snap = AnalysisSnapshot(AnalysisResult(), {}, "UTC", None)
    snap.tag = tag
    return snap


@pytest.fixture
def gated(monkeypatch):
    """analyse_workspace replaced: each run waits for its gate, records whether it was cancelled."""
    import ui.issues_controller as ic

    runs: list[dict] = []

    def fake(workspace, flt=None, cancelled=None, **_kw):  # imported=, leftovers=
        run = {"gate": threading.Event(), "cancelled": False, "n": len(runs)}
        runs.append(run)
        while not run["gate"].wait(0.01):
            if cancelled():  # the cooperative check a real analysis makes between its steps
                run["cancelled"] = True
                return None
        return _snapshot(run["n"])

    monkeypatch.setattr(ic, "analyse_workspace", fake)
    return runs


def test_a_newer_analysis_supersedes_the_running_one(qtbot, gated):
    from ui.issues_controller import IssuesController

    c = IssuesController(_Workspace())
    shown = []
    c.analysed.connect(lambda s: shown.append(s.tag))
    c.reanalyse()
    qtbot.waitUntil(lambda: len(gated) == 1)
    c.reanalyse()
    c.reanalyse()  # a burst: coalesced into one more run
    qtbot.waitUntil(lambda: len(gated) == 2, timeout=5000)
    assert gated[0]["cancelled"], "the older analysis ran on instead of stopping"
    gated[1]["gate"].set()
    qtbot.waitUntil(lambda: shown == [1], timeout=5000)
    assert jobs.wait_for_all(5000)
    assert c.runs_started == 2 and shown == [1] and not c.running


def test_no_analysis_starts_after_close(qtbot, gated):
    from ui.issues_controller import IssuesController

    c = IssuesController(_Workspace())
    shown = []
    c.analysed.connect(lambda s: shown.append(s))
    c.reanalyse()
    qtbot.waitUntil(lambda: len(gated) == 1)
    c.reanalyse()  # queued behind the running one
    c.close()
    assert jobs.wait_for_all(5000)
    qtbot.wait(50)
    c.reanalyse()  # a late refresh (a settings dialog, a desk watch) after the window closed
    qtbot.wait(50)
    assert len(gated) == 1 and gated[0]["cancelled"] and shown == [] and c.runs_started == 1


def test_closing_the_window_cancels_its_analysis(qtbot, tmp_path, fake_reader, workspace, window_factory, gated):
    w = window_factory(workspace)
    qtbot.waitUntil(lambda: len(gated) == 1)
    w.issues.reanalyse()
    w.close()
    assert jobs.wait_for_all(5000)
    assert len(gated) == 1 and gated[0]["cancelled"]


def test_analysis_stops_when_cancelled():
    from calendar_core.analysis import AnalysisCancelled, analyse
    from calendar_core.settings import Settings

    e = Entry(id=1, source_id=1, source_ref="a", title="Launch", start=datetime(2026, 8, 3, 9, tzinfo=UTC),
              end=datetime(2026, 8, 3, 10, tzinfo=UTC), department="PR")
    assert analyse([e], Settings(), cancelled=lambda: False).conflicts == []
    with pytest.raises(AnalysisCancelled):
        analyse([e], Settings(), cancelled=lambda: True)


def test_undo_runs_as_a_job_and_the_window_stays_usable(qtbot, tmp_path, fake_reader, workspace, window_factory,
                                                       monkeypatch):
    w = window_factory(workspace)
    w.show()
    w.import_files([write_cal(tmp_path / "plan.fake", ["a|Launch|2026-08-05T10:00:00+02:00|X|Lena"])])
    qtbot.waitUntil(lambda: workspace.count_entries() == 1 and jobs.active_jobs() == 0 and not w.importer.busy)
    gate = threading.Event()
    real = workspace.undo
    on_gui = []

    def slow_undo():
        on_gui.append(threading.current_thread() is threading.main_thread())
        gate.wait(10)
        return real()

    monkeypatch.setattr(workspace, "undo", slow_undo)
    w.undo()
    qtbot.waitUntil(lambda: on_gui == [False])  # on a worker, not the GUI thread
    assert w.undo_job is not None and not w.actions["undo"].isEnabled()
    before = w.anchor  # the window answers meanwhile
    w.go_next()
    qtbot.wait(30)
    assert w.anchor == before + timedelta(days=7)
    gate.set()
    qtbot.waitUntil(lambda: w.undo_job is None and workspace.count_entries() == 0)
    qtbot.waitUntil(lambda: w.actions["redo"].isEnabled())


def _crowd(day: date, count: int) -> list[Entry]:
    out = []
    for k in range(count):
        start = datetime(day.year, day.month, day.day, 8 + k % 10, 15 * (k % 4), tzinfo=BERLIN)
        out.append(Entry(id=1 + k, source_id=1, source_ref=f"c{k}", title=f"Post {k}", start=start.astimezone(UTC),
                         end=(start + timedelta(minutes=30)).astimezone(UTC), department=("PR", "Sales")[k % 2],
                         channel="X"))
    return out


def test_a_crowded_week_shows_more_and_expands(qtbot):
    from ui.views.week import WeekView

    v = WeekView()
    qtbot.addWidget(v)
    v.set_workspace_tz(BERLIN)
    crowd = _crowd(date(2026, 8, 26), 600)
    v.set_entries(crowd)
    v.set_week(date(2026, 8, 24))
    v.resize(1100, 700)
    v.show()
    qtbot.waitExposed(v)
    v.canvas().repaint()
    painted = v._painted
    assert 2 in painted.compact_days and painted.more, "a day of 600 entries was not collapsed"
    drawn = {i for _, i in painted.hits}
    behind = {i for _, ids in painted.more for i in ids} - drawn
    assert drawn | behind == {e.id for e in crowd}  # every entry is drawn or behind a "+N more"
    assert len(drawn) < 100  # only what fits is drawn
    rect, ids = painted.more[0]
    assert f"{len(ids)} entries here" in v.tooltip_at(rect.center())
    chosen = []
    v.selectionChanged.connect(chosen.append)
    qtbot.mouseClick(v.canvas(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    popup = v.last_popup
    assert popup is not None and popup.isVisible()
    assert popup.model.rowCount() == len(ids) and [popup.model.entry(r).id for r in range(len(ids))] == ids
    last = popup.model.index(len(ids) - 1)
    popup.list.scrollTo(last)
    qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=popup.list.visualRect(last).center())
    assert chosen[-1] == [ids[-1]] and v.selected_ids() == [ids[-1]]
    opened = []
    v.entryActivated.connect(opened.append)
    QTest.keyClick(popup.list, Qt.Key.Key_Return)
    assert opened == [ids[-1]]


def test_a_crowded_all_day_strip_keeps_its_height_and_lists_the_rest(qtbot):
    from ui.painting.week import SCREEN
    from ui.views.week import WeekView

    v = WeekView()
    qtbot.addWidget(v)
    v.set_workspace_tz(BERLIN)
    all_day = [Entry(id=1 + k, source_id=1, source_ref=f"a{k}", title=f"Holiday {k}",
                     start=datetime(2026, 8, 25, tzinfo=UTC), end=datetime(2026, 8, 26, tzinfo=UTC), all_day=True,
                     department="PR") for k in range(30)]
    v.set_entries(all_day)
    v.set_week(date(2026, 8, 24))
    v.resize(1100, 700)
    v.show()
    qtbot.waitExposed(v)
    v.canvas().repaint()
    painted = v._painted
    drawn = {i for _, i in painted.hits}
    assert len(drawn) == SCREEN.max_bar_rows - 1
    (rect, ids), = painted.more
    assert sorted(ids) == [e.id for e in all_day]
    popup = v.open_slot(ids)
    assert popup.model.rowCount() == 30 and "Tue 25 Aug" in popup.title.text()


def test_a_large_workspace_is_read_off_the_gui_thread_once_per_burst(qtbot, tmp_path, fake_reader, workspace,
                                                                  window_factory, monkeypatch):
    import ui.window_refresh as wr

    w = window_factory(workspace)
    w.show()
    lines = [f"r{i}|Post {i}|2026-08-0{3 + i % 5}T{9 + i % 8:02d}:00:00+02:00|X|Lena" for i in range(40)]
    w.import_files([write_cal(tmp_path / "plan.fake", lines)])
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0 and not w.importer.busy and not w.issues.running)
    monkeypatch.setattr(wr, "SYNC_LIMIT", 10)  # 40 entries count as large now
    reads = []
    real = wr.read_facts

    def counted(ws, today):
        reads.append(threading.current_thread() is threading.main_thread())
        return real(ws, today)

    monkeypatch.setattr(wr, "read_facts", counted)
    for _ in range(5):  # an import's burst of signals
        w.refresh()
    qtbot.waitUntil(lambda: not w.refresher.busy and jobs.active_jobs() == 0 and not w.issues.running, timeout=10000)
    assert reads and not any(reads) and len(reads) <= 2
    assert w.sources_model.rowCount() == 1 and w.refresher.total == 40
    w.go_to(date(2026, 8, 5))
    qtbot.waitUntil(lambda: len(getattr(w, "shown_entries", [])) == 40)
    week = w.views["week"].view
    assert {b.entry.id for b in week.layout_data().blocks} == {e.id for e in w.shown_entries}


def test_large_results_are_released_in_slices_and_text_caches_forgotten_only_after_a_big_shrink(monkeypatch):
    from calendar_core.analysis import duplicates
    from ui.jobs import forget_texts_if_shrunk, release

    items, table = list(range(12_345)), {i: str(i) for i in range(12_345)}
    release(items)
    release(table)
    assert items == [] and table == {}
    assert sys.getsizeof(table) == sys.getsizeof({})  # its emptied table is freed too, not kept while it lives
    cleared = []
    monkeypatch.setattr(duplicates, "clear_caches", lambda: cleared.append(True))
    assert not forget_texts_if_shrunk(300_000, 290_000)  # a small undo keeps the caches
    assert not forget_texts_if_shrunk(40_000, 0)  # a small workspace too
    assert forget_texts_if_shrunk(300_000, 0) and cleared == [True]


def test_undo_payload_round_trip_in_slices():
    from calendar_core.store.undo import Part, dump, load

    parts = [Part("entries", list(range(4_500)), [{"id": i, "title": f"Beitrag {i} · é"} for i in range(4_500)]),
             Part("sources", [7], []), Part("decisions", ["k1"], [{"item_key": "k1", "status": "resolved"}])]
    back = load(dump(parts))
    assert [(p.table, p.keys, p.rows) for p in back] == [(p.table, p.keys, p.rows) for p in parts]
    assert load(dump([])) == []


def test_a_shrinking_undo_gives_back_the_stores_caches_and_a_growing_redo_does_not(
        qtbot, tmp_path, fake_reader, workspace, window_factory, monkeypatch):
    """Issue 15: after an undo that takes most of a large workspace away, the pooled connections'
    page caches (they held the undone rows) are closed on the worker; the shrink rule is the one of
    the text caches (here: any shrink, so a one-row plan is enough)."""
    import ui.write_steps as mw

    w = window_factory(workspace)
    w.show()
    w.import_files([write_cal(tmp_path / "plan.fake", ["a|Launch|2026-08-05T10:00:00+02:00|X|Lena"])])
    qtbot.waitUntil(lambda: workspace.count_entries() == 1 and jobs.active_jobs() == 0 and not w.importer.busy)
    monkeypatch.setattr(mw, "forget_texts_if_shrunk", lambda before, after: after < before)
    released = []
    real = workspace.release_memory
    monkeypatch.setattr(workspace, "release_memory",
                        lambda: (released.append(threading.current_thread() is threading.main_thread()), real()))
    w.undo()
    qtbot.waitUntil(lambda: w.undo_job is None and workspace.count_entries() == 0 and w.actions["redo"].isEnabled())
    assert released == [False]  # once, on the worker
    w.redo()
    qtbot.waitUntil(lambda: w.undo_job is None and workspace.count_entries() == 1)
    assert released == [False]
    assert len(workspace.entries()) == 1  # the store opens new connections when next read


def test_a_finished_job_does_not_keep_its_result(qtbot):
    """Issue 15: the result goes to ``on_success`` and is not kept on the job afterwards."""
    import gc
    import weakref

    class Result:
        pass

    seen = []
    job = jobs.run_job(None, lambda progress, cancelled: Result(), on_success=lambda r: seen.append(weakref.ref(r)))
    qtbot.waitUntil(lambda: job.done)
    gc.collect()
    assert len(seen) == 1 and seen[0]() is None
