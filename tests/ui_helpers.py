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


def shown_week(qtbot, entries, markers=None):
    """A week view of week 35 of 2026 (Berlin, the clock at Tue 25 Aug 12:40 UTC) showing ``entries``,
    painted once and exposed: what the week view's tests start from."""
    from datetime import date, datetime, timezone

    from print_data import BERLIN, COLOURS
    from ui.views.week import WeekView

    v = WeekView()
    qtbot.addWidget(v)
    v.now = lambda: datetime(2026, 8, 25, 12, 40, tzinfo=timezone.utc)
    v.set_workspace_tz(BERLIN)
    v.set_colours(COLOURS)
    v.set_markers(markers or {})
    v.set_entries(entries)
    v.set_week(date(2026, 8, 24))
    v.resize(1200, 760)
    v.show()
    qtbot.waitExposed(v)
    v.canvas().repaint()
    return v
