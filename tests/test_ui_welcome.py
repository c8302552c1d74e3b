"""First run: an empty workspace shows a welcome over the view; it goes once there are entries."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("importers.ics")

from tests.ui_helpers import qsettings, window_factory, workspace  # noqa: E402,F401

pytestmark = pytest.mark.gui


def test_welcome_shows_on_an_empty_workspace_and_goes_with_data(qtbot, workspace, window_factory):
    from ui.demo import sample_files

    w = window_factory(workspace)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.welcome.isVisible()
    assert w.welcome.parentWidget() is w.stack
    assert w.stack.rect().contains(w.welcome.geometry())  # inside the view area, centred
    centre = w.welcome.geometry().center() - w.stack.rect().center()
    assert abs(centre.x()) <= 2 and abs(centre.y()) <= 2
    ics = next(p for p in sample_files() if p.suffix == ".ics")
    with qtbot.waitSignal(w.importer.imported, timeout=60000):
        w.import_files([ics])
    assert workspace.count_entries() > 0
    assert not w.welcome.isVisible()
    w.undo()  # empty again (undo runs off the GUI thread): the welcome is back
    qtbot.waitUntil(lambda: workspace.count_entries() == 0 and w.welcome.isVisible(), timeout=15000)


def test_welcome_follows_the_view_size(qtbot, workspace, window_factory):
    w = window_factory(workspace)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    w.resize(1500, 950)
    qtbot.waitUntil(lambda: abs((w.welcome.geometry().center() - w.stack.rect().center()).x()) <= 2)


def test_welcome_buttons(qtbot, workspace, window_factory, monkeypatch):
    from pathlib import Path

    from ui.main_window import _WINDOWS

    w = window_factory(workspace)
    asked = []
    monkeypatch.setattr(w, "choose_files", lambda: asked.append(True))
    w.welcome.import_button.click()
    assert asked == [True]
    w.welcome.demoRequested.emit()
    demo = _WINDOWS[-1]
    assert demo is not w and demo.demo
    demo.importer.show_summary = False
    folder = Path(str(demo.workspace.location)).parent
    assert folder.is_dir() and folder != Path(str(workspace.location)).parent
    with qtbot.waitSignal(demo.importer.imported, timeout=60000):
        pass
    assert demo.workspace.count_entries() > 0 and not demo.welcome.isVisible()
    assert workspace.count_entries() == 0 and not w.welcome.isHidden()  # the coordinator's own is untouched
    demo.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=10000)  # the temporary workspace is thrown away
    _WINDOWS.remove(demo)
