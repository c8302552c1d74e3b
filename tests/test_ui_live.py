"""The window's live sources: File ▸ Subscribe…, View ▸ Refresh sources (F5), stale marks in the
Sources panel, File ▸ Publish…, and a source file re-read when it changes."""
from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QKeySequence

from calendar_core.live import sources as live
from tests.live_support import FeedServer, Route, calendar, memory_keyring, vevent
from tests.ui_helpers import qsettings, window_factory, workspace  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui
FIRST = calendar("PR", vevent("a@x", "Launch post", "20270112T1000", channel="X"),
                 vevent("b@x", "Newsletter", "20270113T0900"))
SECOND = calendar("PR", vevent("a@x", "Launch post", "20270113T1400", channel="X"),
                  vevent("b@x", "Newsletter", "20270113T0900"))


@pytest.fixture
def server():
    memory_keyring()
    s = FeedServer()
    yield s
    s.close()


def _wait(qtbot, window):
    qtbot.waitUntil(lambda: window.live.job is None, timeout=30000)


def test_subscribe_refresh_stale_and_publish(qtbot, window_factory, workspace, server, tmp_path):  # noqa: F811
    window = window_factory(workspace)
    window.live.show_summary = False
    a = window.actions
    assert a["refresh_sources"].shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    assert a["refresh"].shortcut().isEmpty()  # one F5
    assert a["subscribe"] in window.menus["file"].actions() and a["publish"] in window.menus["file"].actions()
    assert a["refresh_sources"] in window.menus["view"].actions()

    server.routes["/pr.ics"] = Route(FIRST, etag='"1"')
    window.live.ask_subscription = lambda: {"url": server.url("/pr.ics"), "name": "PR", "user": None,
                                            "password": None, "interval": "hourly"}
    a["subscribe"].trigger()
    _wait(qtbot, window)
    assert "✓ PR: 2 entries" in window.live.last_summary
    src = live.live_sources(workspace)[0]
    assert live.interval(src) == "hourly"
    assert window.sources_model.rowCount() == 1

    server.routes["/pr.ics"] = Route(SECOND, etag='"2"')
    a["refresh_sources"].trigger()
    _wait(qtbot, window)
    assert "moved Tue 10:00 → Wed 14:00" in window.live.last_summary

    server.routes["/pr.ics"] = Route(status=500)
    a["refresh_sources"].trigger()
    _wait(qtbot, window)
    assert "HTTP 500" in window.live.last_summary
    from ui.models.sources import WARNINGS

    shown = window.sources_model.data(window.sources_model.index(0, WARNINGS))
    assert shown.startswith("stale since")
    assert workspace.count_entries() == 2  # kept

    out = tmp_path / "pub"
    out.mkdir()
    window.live.ask_folder = lambda: str(out)
    a["publish"].trigger()
    qtbot.waitUntil(lambda: (out / "master.ics").exists() and (out / "PR.ics").exists(), timeout=30000)
    qtbot.waitUntil(lambda: window.live.last_summary.startswith("Published"), timeout=30000)


def test_changed_source_file_is_read_again(qtbot, window_factory, workspace, tmp_path):  # noqa: F811
    path = tmp_path / "Social.ics"
    path.write_bytes(FIRST)
    from calendar_core.importing import import_batch

    import_batch(workspace, [path])
    window = window_factory(workspace)
    assert str(path.resolve()) in [os.path.realpath(p) for p in window.live.watcher.files()]
    path.write_bytes(SECOND)
    os.utime(path, ns=(1_900_000_000_000_000_000, 1_900_000_000_000_000_000))
    window.live._file_changed(str(path.resolve()))  # what QFileSystemWatcher says (it may be slow to tell)
    qtbot.waitUntil(lambda: any(e.start.day == 13 and e.title == "Launch post" for e in workspace.entries()),
                    timeout=30000)
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=30000)


def test_interval_menu_of_a_subscribed_source(qtbot, window_factory, workspace, server):  # noqa: F811
    from PySide6.QtWidgets import QMenu

    server.routes["/pr.ics"] = Route(FIRST)
    assert live.subscribe(workspace, server.url("/pr.ics")).ok
    window = window_factory(workspace)
    src = live.live_sources(workspace)[0]
    menu = QMenu()
    window.live.source_menu(menu, src)
    texts = [a.text() for a in menu.actions()]
    assert "Refresh now" in texts and "Refresh every" in texts
    every = next(a.menu() for a in menu.actions() if a.text() == "Refresh every")
    assert [a.text() for a in every.actions() if a.isChecked()] == ["off"]
    next(a for a in every.actions() if a.text() == "daily").trigger()
    assert live.interval(live.live_sources(workspace)[0]) == "daily"
    plain = QMenu()
    window.live.source_menu(plain, workspace.sources()[0].__class__(**{**{f: getattr(src, f) for f in src.__slots__},
                                                                       "settings": {}}))
    assert plain.actions() == []  # a dropped file has no refresh entries
