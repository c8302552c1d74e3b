"""A newer analysis cancels the older one, with the real analysis in the window: the import's analysis,
held inside one of its steps while the workspace changes and the window asks again, stops at its next
step, never shows, and lets go of the entries it was handed; only the newer one reaches the panel."""
from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401
from ui import jobs  # noqa: E402

pytestmark = pytest.mark.gui

MARKETING = ["m1|Customer onboarding webinar registration open|2026-08-14T10:00:00+02:00|LinkedIn|Lena Vogt",
             "m2|Hiring week kick-off|2026-08-13T15:00:00+02:00|LinkedIn|Ana Diaz"]
PR = ["p1|Customer onboarding webinar registration open|2026-08-17T11:00:00+02:00|X|Ana Diaz",
      "p2|Hiring week — last call|2026-08-13T15:10:00+02:00|LinkedIn|Kai Lund"]


def _idle(w):
    return jobs.active_jobs() == 0 and not w.importer.busy and not w.issues.running and not w.refresher.busy


@pytest.fixture
def held(monkeypatch):
    """The first conflict search waits for ``release`` (the analysis is mid-way); every analysis's outcome."""
    import calendar_core.analysis as analysis
    import ui.issues_controller as ic

    state = {"inside": threading.Event(), "release": threading.Event(), "calls": 0, "outcomes": [], "after": []}
    find, run = analysis.find_conflicts, ic.analyse_workspace

    def find_conflicts(*a, **k):
        state["calls"] += 1
        if state["calls"] == 1:
            state["inside"].set()
            assert state["release"].wait(10)
        return find(*a, **k)

    def several_teams_spy(work):  # the step after the conflicts: reached only by a run that goes on
        state["after"].append(len(work))
        return several_teams(work)

    def analyse_workspace(*a, **k):
        got = run(*a, **k)
        state["outcomes"].append(got)
        return got

    several_teams = analysis.several_teams
    monkeypatch.setattr(analysis, "find_conflicts", find_conflicts)
    monkeypatch.setattr(analysis, "several_teams", several_teams_spy)
    monkeypatch.setattr(ic, "analyse_workspace", analyse_workspace)
    return state


def test_the_import_analysis_is_dropped_when_the_window_asks_again(qtbot, tmp_path, fake_reader, workspace,
                                                                  window_factory, held):
    workspace.import_file(write_cal(tmp_path / "marketing.fake", MARKETING))
    held["calls"] = 1  # the window's first analysis runs freely
    w = window_factory(workspace)
    qtbot.waitUntil(lambda: _idle(w) and w.issues.snapshot is not None, timeout=15000)
    first = w.issues.snapshot
    held["calls"], held["outcomes"], held["after"] = 0, [], []
    shown = []
    w.issues.analysed.connect(shown.append)

    w.import_files([write_cal(tmp_path / "pr.fake", PR)])
    qtbot.waitUntil(held["inside"].is_set, timeout=15000)  # the import's analysis is inside its conflicts
    source = next(s for s in workspace.sources() if s.name == "pr.fake")
    workspace.update_source(source.id, department="Press")  # a change the held analysis cannot see
    w.refresh()  # what a source edit in the window does: a newer analysis is asked for
    held["release"].set()
    qtbot.waitUntil(lambda: _idle(w) and len(held["outcomes"]) == 2, timeout=15000)

    stale, newer = held["outcomes"]
    assert stale is None, "the older analysis ran on to the end"
    assert len(held["after"]) == 1, "the older analysis went on past its conflicts"
    assert newer is not None and shown == [newer] and w.issues.snapshot is newer is not first
    assert "Press" in {e.department for e in newer.entries.values()}  # the newer one read the change
    assert all(o.report.stored is None for o in w.importer.last_batch.outcomes)  # the hand-over let go
    assert {r.key for r in w.settle.panel.model.rows()} == {c.key for c in [*newer.conflicts, *newer.duplicates,
                                                                            *newer.result.copies]}


def test_a_burst_of_requests_during_an_analysis_runs_one_more(qtbot, tmp_path, fake_reader, workspace,
                                                             window_factory, held):
    workspace.import_file(write_cal(tmp_path / "marketing.fake", MARKETING))
    workspace.import_file(write_cal(tmp_path / "pr.fake", PR))
    w = window_factory(workspace)
    qtbot.waitUntil(held["inside"].is_set, timeout=15000)  # the window's first analysis, held
    for _ in range(5):
        w.issues.reanalyse()
    held["release"].set()
    qtbot.waitUntil(lambda: _idle(w) and w.issues.snapshot is not None, timeout=15000)
    assert w.issues.runs_started == 2 and held["outcomes"][0] is None and len(held["outcomes"]) == 2
    assert len(held["after"]) == 1
