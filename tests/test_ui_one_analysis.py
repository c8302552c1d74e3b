"""One analysis owner: the views' markers and the issues panel read the same analysis of the whole workspace."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401
from ui import jobs  # noqa: E402

pytestmark = pytest.mark.gui

UI = Path(__file__).resolve().parent.parent / "ui"
# The same webinar promoted by two teams, Friday and the Monday after: the pair spans two weeks.
MARKETING = ["m1|Customer onboarding webinar registration open|2026-08-14T10:00:00+02:00|LinkedIn|Lena Vogt"]
PR = ["p1|Customer onboarding webinar registration open|2026-08-17T11:00:00+02:00|X|Ana Diaz"]


@pytest.fixture
def window(qtbot, tmp_path, fake_reader, workspace, window_factory):
    settings = workspace.settings
    settings.timezone = "Europe/Berlin"
    workspace.save_settings(settings)
    w = window_factory(workspace)
    w.set_view("week")
    w.show()
    w.import_files([write_cal(tmp_path / "marketing.fake", MARKETING), write_cal(tmp_path / "pr.fake", PR)])
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0 and not w.importer.busy and w.issues.snapshot is not None
                    and not w.issues.running, timeout=15000)
    return w


def test_an_entry_whose_partner_is_in_another_week_is_marked(qtbot, window):
    dup = next(d for d in window.issues.snapshot.duplicates)
    in_panel = {r.key for r in window.settle.panel.model.visible_rows()}
    assert dup.key in in_panel
    window.go_to(date(2026, 8, 14))
    shown = {e.id for e in window.views["week"].entries}
    assert len(shown & set(dup.entry_ids)) == 1  # the partner is in the next week
    assert set(dup.entry_ids) <= set(window.markers)
    assert window.views["week"].view._markers.keys() >= shown & set(dup.entry_ids)
    assert "1 duplicate group" in window.counts.text()


def test_the_panel_and_the_window_share_one_analysis(window):
    assert window.settle.controller is window.issues


def test_no_method_of_a_window_is_replaced_from_outside():
    """Wiring is plain code in MainWindow.__init__: nothing assigns to ``window.<method>``."""
    offenders = [p.name for p in UI.rglob("*.py")
                 if "window.refresh =" in p.read_text(encoding="utf-8")
                 or "text().replace(\"&\", \"\")" in p.read_text(encoding="utf-8")]
    assert offenders == []
