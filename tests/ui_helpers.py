"""Shared set-up for the GUI tests: isolated QSettings, the fake reader, fake calendars."""
from __future__ import annotations


import pytest

from tests.helpers import fake_reader, write_cal  # noqa: F401 - re-exported for the GUI tests


@pytest.fixture
def qsettings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def workspace(tmp_path):
    from calendar_core.workspace import Workspace

    ws = Workspace.open(tmp_path / "w.sqlite")
    yield ws
    ws.close()


@pytest.fixture
def window_factory(qtbot, qsettings):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from ui import jobs
    from ui.main_window import MainWindow

    made = []

    def make(ws, **kwargs):
        kwargs.setdefault("now", datetime(2026, 8, 5, 11, 30, tzinfo=ZoneInfo("Europe/Berlin")))
        w = MainWindow(ws, **kwargs)
        w.importer.show_summary = False  # tests open the summary themselves
        qtbot.addWidget(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()
    assert jobs.wait_for_all(10000), "a background job was left running"
