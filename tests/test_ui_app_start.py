"""Start-up pieces the bundle relies on: files opened by the system, --screenshot, the version shown."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.ui_helpers import qsettings, window_factory, workspace  # noqa: E402,F401

pytestmark = pytest.mark.gui


def test_file_open_event_imports_the_file(qtbot, workspace, window_factory, tmp_path):
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from ui.app import FileOpenRelay

    w = window_factory(workspace)
    asked = []
    w.import_files = lambda paths: asked.append(list(paths))
    relay = FileOpenRelay(w)
    app = QApplication.instance()
    app.installEventFilter(relay)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(tmp_path / "pr.ics")))
    finally:
        app.removeEventFilter(relay)
    assert asked == [[str(tmp_path / "pr.ics")]]


def test_screenshot_then_quit(qtbot, workspace, window_factory, tmp_path):
    from ui.app import schedule_screenshot

    w = window_factory(workspace)
    w.resize(900, 600)
    w.show()
    out = tmp_path / "shot.png"
    codes = []
    schedule_screenshot(w, out, 0.2, on_done=codes.append)  # the app passes its exit()
    qtbot.waitUntil(lambda: codes == [0], timeout=10000)
    assert out.read_bytes()[:4] == b"\x89PNG" and not w.isVisible()
    schedule_screenshot(w, tmp_path / "no-such-folder" / "shot.png", 0.1, on_done=codes.append)
    qtbot.waitUntil(lambda: len(codes) == 2, timeout=10000)
    assert codes[1] == 1  # a picture that could not be saved fails the run


def test_about_shows_the_version(qtbot, workspace, window_factory, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from calendar_core.version import app_version

    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text)))
    w = window_factory(workspace)
    w.actions["about"].trigger()
    assert shown and f"<b>Masthead</b> {app_version()}" in shown[0]


def test_files_on_start_are_imported_and_shown(qtbot, workspace, window_factory):
    from datetime import date

    from ui.app import import_on_start
    from ui.demo import sample_files

    w = window_factory(workspace)  # the clock is pinned to 5 Aug 2026; the sample is in September
    ics = next(p for p in sample_files() if p.suffix == ".ics")
    with qtbot.waitSignal(w.importer.imported, timeout=60000):
        import_on_start(w, [ics])
    first = workspace.date_range()[0].astimezone(w.tz).date()
    assert w.anchor == first and first > date(2026, 8, 5)
    assert w.shown_entries  # the view shows what was opened
    w.go_to(date(2026, 9, 10))  # a later import of a file while entries are shown does not move the view
    with qtbot.waitSignal(w.importer.imported, timeout=60000):
        import_on_start(w, [ics])
    assert w.anchor == date(2026, 9, 10)
