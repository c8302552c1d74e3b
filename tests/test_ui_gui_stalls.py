"""What keeps the window responsive beside large jobs (issue 15): the week view's image cache and its
paints on a worker, the filter pickers built when opened, no workspace queries on the GUI thread once
a workspace is large, the workers' lower priority, and closed windows that stop polling."""
from __future__ import annotations

import os
import sys
import threading
from datetime import date, datetime, timedelta, timezone

import pytest

pytest.importorskip("PySide6")

from calendar_core.model import Entry  # noqa: E402
from print_data import BERLIN, COLOURS, load_week_fixture  # noqa: E402
from tests.ui_helpers import fake_reader, qsettings, shown_week, window_factory, workspace, write_cal  # noqa: E402,F401
from ui import jobs  # noqa: E402
from ui.views import week as week_module  # noqa: E402
from ui.views.week import WeekView  # noqa: E402
from ui.views.week_image import ASIDE_ENTRIES, render_week  # noqa: E402
from ui.widgets.filter_bar import MultiPick  # noqa: E402
from ui.window_refresh import SYNC_LIMIT, Refresher  # noqa: E402

pytestmark = pytest.mark.gui

W35 = date(2026, 8, 24)
UTC = timezone.utc


def _view(qtbot, entries, markers=None) -> WeekView:
    return shown_week(qtbot, entries, markers)


@pytest.fixture
def view(qtbot):
    entries, _markers = load_week_fixture()
    v = _view(qtbot, entries)
    v.entries = [e for e in entries if W35 <= (e.start_date if e.all_day else e.start.astimezone(BERLIN).date())
                 < W35 + timedelta(days=7)]
    return v


def test_a_repaint_of_the_same_state_reuses_the_image(view):
    image = view._painted_image()
    view.set_colours(dict(COLOURS))  # a refresh hands the same colours again
    view.set_blackout(frozenset())
    assert view._painted_image() is image
    view.set_colours({**COLOURS, next(iter(COLOURS)): "#000000"})
    assert view._painted_image() is not image


def test_marks_repaint_only_when_a_drawn_entry_gains_or_loses_one(view):
    drawn = view._painted.hits[0][1]
    image = view._painted_image()
    view.set_markers({10 ** 9: "an entry of another week"})
    assert view._painted_image() is image
    view.set_markers({drawn: "Clash"})
    marked = view._painted_image()
    assert marked is not image and drawn in view._painted.marked
    view.set_markers({drawn: "another text, the same mark"})  # texts are read by the tooltip, not painted
    assert view._painted_image() is marked
    view.set_markers({})  # a decision takes the mark away
    assert view._painted_image() is not marked and drawn not in view._painted.marked


def test_selection_and_size_are_part_of_what_is_drawn(view, qtbot):
    image = view._painted_image()
    view.select_entries([view._painted.hits[0][1]])
    selected = view._painted_image()
    assert selected is not image
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: view.canvas().width() < 1190)
    assert view._painted_image() is not selected


def _crowded(n: int) -> list[Entry]:
    out = []
    for i in range(n):
        start = datetime(2026, 8, 24 + i % 7, 8 + i % 9, (i * 7) % 60, tzinfo=BERLIN).astimezone(UTC)
        out.append(Entry(id=i + 1, source_id=1, source_ref=f"r{i}", title=f"Post {i}", start=start,
                         end=start + timedelta(minutes=30), department=list(COLOURS)[i % len(COLOURS)],
                         channel="LinkedIn"))
    return out


def test_a_crowded_week_is_repainted_on_a_worker_and_shows_the_same(qtbot):
    entries = _crowded(ASIDE_ENTRIES + 200)
    v = _view(qtbot, entries)
    first = v._painted_image()  # the first paint of a week is made at once
    assert v._render_job is None
    marked = entries[0].id
    v.set_markers({marked: "Clash"})
    shown = v._painted_image()
    assert shown is first and v._render_job is not None  # the old image stays while the worker paints
    qtbot.waitUntil(lambda: v._render_job is None, timeout=15000)
    new = v._painted_image()
    assert new is not first and v._image_key == v._paint_key() and not v._paint_stale
    assert marked in v._painted.marked
    image, _result, _marks = render_week(*v._paint_args())  # what a paint on the GUI thread draws
    assert new == image


def test_a_worker_paint_made_stale_meanwhile_is_not_shown(qtbot):
    entries = _crowded(ASIDE_ENTRIES + 200)
    v = _view(qtbot, entries)
    first = v._painted_image()
    v.set_colours({**COLOURS, next(iter(COLOURS)): "#000000"})
    v._painted_image()
    v.select_entries([entries[1].id])  # changed while the worker paints: that result is dropped
    qtbot.waitUntil(lambda: v._render_job is None and v._image_key == v._paint_key(), timeout=15000)
    assert v._painted_image() is not first
    assert entries[1].id in {i for _r, i in v._painted.hits} or v._painted.more


def test_navigating_to_another_week_paints_at_once(qtbot):
    entries = _crowded(ASIDE_ENTRIES + 200)
    v = _view(qtbot, entries)
    v._painted_image()
    v.set_week(W35 + timedelta(days=7))
    v._painted_image()
    assert v._render_job is None and v._image_monday == W35 + timedelta(days=7)


def test_filter_picker_builds_its_menu_when_opened(qtbot):
    pick = MultiPick("Channel")
    qtbot.addWidget(pick)
    pick.set_values(["Blog", "X"])
    actions = pick.menu_actions()
    assert [a.text() for a in actions if not a.isSeparator()][1:] == ["Blog", "X"]
    pick.set_values(["Blog", "X"])  # the same values again (every refresh): nothing rebuilt
    assert pick.menu_actions() == actions
    pick.set_checked({"LinkedIn"})  # checked but not among the values: still listed, and checked
    texts = {a.text(): a.isChecked() for a in pick.menu_actions() if a.isCheckable()}
    assert texts == {"Blog": False, "X": False, "LinkedIn": True}
    assert pick.text().endswith("LinkedIn") and pick.property("active") is True
    pick.menu_actions()[0].trigger()  # "All"
    assert pick.checked() == frozenset() and pick.property("active") is False


class _CountingWorkspace:
    def __init__(self, total: int):
        self.total = total
        self.gui_counts = 0

    def count_entries(self) -> int:
        if threading.current_thread() is threading.main_thread():
            self.gui_counts += 1
        return self.total


def test_a_large_workspace_is_not_counted_on_the_gui_thread(qtbot, monkeypatch):
    from ui import window_refresh

    ws = _CountingWorkspace(SYNC_LIMIT * 10)
    monkeypatch.setattr(window_refresh, "read_facts", lambda w, today: window_refresh.Facts(
        w.count_entries(), [], [], [], [], [], frozenset(), None, None))
    applied = []
    r = Refresher(lambda: ws, lambda: date(2026, 8, 5), applied.append, lambda exc: None)
    r.total = SYNC_LIMIT * 10  # known large from the last read
    r.request()
    qtbot.waitUntil(lambda: bool(applied), timeout=10000)
    assert ws.gui_counts == 0 and applied[0].total == SYNC_LIMIT * 10
    small = _CountingWorkspace(10)
    r2 = Refresher(lambda: small, lambda: date(2026, 8, 5), applied.append, lambda exc: None)
    r2.request()  # a small workspace is counted, and read at once
    assert small.gui_counts >= 1 and applied[-1].total == 10


def test_watched_files_come_from_the_sources_shown(qtbot, tmp_path, fake_reader, workspace, window_factory, monkeypatch):
    path = write_cal(tmp_path / "events.fake", ["e1|Summit|2026-08-05T10:00:00+02:00|LinkedIn|Ana Diaz"])
    workspace.import_file(path)
    window = window_factory(workspace)
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0, timeout=15000)
    assert str(path) in window.live.watcher.files()

    def no_query():
        raise AssertionError("sources() asked on the GUI thread")

    monkeypatch.setattr(window.workspace, "sources", no_query)
    assert window.live.watched_paths() == [str(path)]


def test_a_closed_window_stops_polling_and_watching(qtbot, tmp_path, fake_reader, workspace, window_factory):
    path = write_cal(tmp_path / "events.fake", ["e1|Summit|2026-08-05T10:00:00+02:00|LinkedIn|Ana Diaz"])
    workspace.import_file(path)
    window = window_factory(workspace)
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0, timeout=15000)
    assert window.desk_watch.isActive() and window.live.timer.isActive() and window.live.watcher.files()
    window.close()
    assert not window.desk_watch.isActive() and not window.live.timer.isActive()
    assert not window.live.watcher.files() and not window.live.watcher.directories()


def test_an_import_tells_the_refresh_how_large_the_workspace_is(qtbot, tmp_path, fake_reader, workspace,
                                                                window_factory, monkeypatch):
    window = window_factory(workspace)
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0, timeout=15000)
    lines = [f"e{i}|Post {i}|2026-08-05T{8 + i % 10:02d}:00:00+02:00|LinkedIn|Ana" for i in range(SYNC_LIMIT + 10)]
    path = write_cal(tmp_path / "many.fake", lines)
    counted = []
    real = type(workspace).count_entries
    monkeypatch.setattr(type(workspace), "count_entries", lambda self: (
        counted.append(threading.current_thread() is threading.main_thread()), real(self))[1])
    counted.clear()
    with qtbot.waitSignal(window.importer.imported, timeout=20000):
        window.import_files([path])
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0 and not window.refresher.busy, timeout=20000)
    assert window.refresher.total == SYNC_LIMIT + 10
    assert not any(counted), "the refresh after a large import counted the entries on the GUI thread"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities are set on Linux only")
def test_workers_run_at_a_lower_priority_than_the_gui_thread(qtbot):
    got = []
    job = jobs.run_job(None, lambda _p, _c: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
                       on_success=got.append)
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert got and got[0] == min(gui + jobs.WORKER_NICE, 19)


def test_the_store_timestamps_a_column_longer_than_a_slice_as_one_call_would():
    from math import floor
    from zoneinfo import ZoneInfo

    from calendar_core.store.batch import _timed_seconds
    from importers.slices import SLICE

    zone = ZoneInfo("Europe/Berlin")
    values = [datetime(2026, 3, 29, 0, 0, tzinfo=zone) + timedelta(minutes=7 * i, microseconds=i)
              for i in range(SLICE * 2 + 17)]
    assert _timed_seconds(values) == [floor(v.timestamp()) for v in values]
    with_none = values[:SLICE + 5] + [None]
    assert _timed_seconds(with_none) == [floor(v.timestamp()) for v in values[:SLICE + 5]] + [None]


def test_module_constants_stay_sane():
    assert week_module.ASIDE_ENTRIES > 500  # a small week is always painted at once
