"""After an import, a view that shows nothing moves to the imported entries."""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401
from ui import jobs  # noqa: E402

pytestmark = pytest.mark.gui

# "Today" is Wed 5 Aug 2026 in window_factory.
AUTUMN = ["a1|Autumn launch|2026-10-14T10:00:00+02:00|LinkedIn|Lena Vogt",
          "a2|Autumn recap|2026-10-28T10:00:00+02:00|Blog|Lena Vogt"]
SPRING = ["s1|Spring teaser|2026-03-10T10:00:00+01:00|X|Ana Diaz"]
THIS_WEEK = ["t1|Team lunch post|2026-08-06T12:00:00+02:00|X|Ana Diaz"]


def _import(qtbot, window, path):
    window.import_files([path])
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0 and not window.importer.busy, timeout=15000)


@pytest.fixture
def window(qtbot, fake_reader, workspace, window_factory):
    settings = workspace.settings
    settings.timezone = "Europe/Berlin"
    workspace.save_settings(settings)
    w = window_factory(workspace)
    w.set_view("week")
    w.show()
    return w


def test_empty_week_moves_to_the_next_imported_entry(qtbot, window, tmp_path):
    _import(qtbot, window, write_cal(tmp_path / "autumn.fake", AUTUMN))
    assert window.anchor == date(2026, 10, 14)
    assert window.views["week"].view.week() == date(2026, 10, 12)


def test_entries_only_before_the_week_move_to_the_first_one(qtbot, window, tmp_path):
    _import(qtbot, window, write_cal(tmp_path / "spring.fake", SPRING))
    assert window.anchor == date(2026, 3, 10)


def test_a_week_that_shows_entries_stays_put(qtbot, window, tmp_path):
    _import(qtbot, window, write_cal(tmp_path / "now.fake", THIS_WEEK))
    assert window.anchor == date(2026, 8, 5)
    _import(qtbot, window, write_cal(tmp_path / "autumn.fake", AUTUMN))
    assert window.anchor == date(2026, 8, 5)  # the week still shows the lunch post


def test_list_view_has_no_period_to_move(qtbot, window, tmp_path):
    window.set_view("list")
    _import(qtbot, window, write_cal(tmp_path / "autumn.fake", AUTUMN))
    assert window.anchor == date(2026, 8, 5)
