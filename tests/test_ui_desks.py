"""The window and other desks: another desk's import shows up without F5; a read-only workspace is for viewing."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from calendar_core.store import schema  # noqa: E402
from calendar_core.workspace import Workspace  # noqa: E402
from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401
from ui import jobs  # noqa: E402
from ui.desks import poll_other_desks  # noqa: E402

pytestmark = pytest.mark.gui


def _idle(qtbot, window):
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0 and not window.importer.busy, timeout=15000)


def test_another_desks_import_reaches_the_window_by_polling(qtbot, tmp_path, fake_reader, workspace, window_factory):
    window = window_factory(workspace)
    _idle(qtbot, window)
    assert not poll_other_desks(window)
    path = write_cal(tmp_path / "events.fake", ["e1|Summit|2026-08-05T10:00:00+02:00|LinkedIn|Ana Diaz"])
    with Workspace.open(workspace.location) as other_desk:
        other_desk.import_file(path)
    assert poll_other_desks(window)
    _idle(qtbot, window)
    assert [s.name for s in window.sources_model.sources()] == ["events.fake"]
    assert "another desk" in window.statusBar().currentMessage()
    assert not poll_other_desks(window)


def test_a_read_only_workspace_is_shown_for_viewing(qtbot, tmp_path, fake_reader, window_factory, monkeypatch):
    path = tmp_path / "ro.sqlite"
    with Workspace.open(path) as ws:
        ws.import_file(write_cal(tmp_path / "events.fake", ["e1|Summit|2026-08-05T10:00:00+02:00|LinkedIn|Ana"]))
    monkeypatch.setattr(schema, "_writable", lambda _path: False)
    ws = Workspace.open(path)
    try:
        window = window_factory(ws)
        _idle(qtbot, window)
        assert window.windowTitle().endswith("(read-only)")
        assert not window.actions["import"].isEnabled() and window.sources_model.read_only
        assert "read-only" in window.statusBar().currentMessage()
    finally:
        window.close()
        ws.close()
