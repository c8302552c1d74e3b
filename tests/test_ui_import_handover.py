"""After an import the window's analysis takes the entries the import stored: it reads back only the
other sources, never the whole workspace, and shows what a full read and analysis shows."""
from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from calendar_core.workspace import Workspace  # noqa: E402
from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401
from ui import jobs  # noqa: E402

pytestmark = pytest.mark.gui

# Marketing is in the workspace before; PR's file comes in through the window: slot clashes on
# LinkedIn, a double booking of Lena Vogt, and the same webinar twice.
MARKETING = ["m1|Customer onboarding webinar registration open|2026-08-14T10:00:00+02:00|LinkedIn|Lena Vogt",
             "m2|Spring launch teaser|2026-08-12T09:00:00+02:00|Blog|Tom Berg",
             "m3|Hiring week kick-off|2026-08-13T15:00:00+02:00|LinkedIn|Ana Diaz"]
PR = ["p1|Customer onboarding webinar registration open|2026-08-17T11:00:00+02:00|X|Ana Diaz",
      "p2|Press release: new office|2026-08-14T10:15:00+02:00|LinkedIn|Lena Vogt",
      "p3|Hiring week — last call|2026-08-13T15:10:00+02:00|LinkedIn|Kai Lund",
      "p4|Spring launch teaser|2026-08-12T09:00:00+02:00|Blog|Tom Berg"]


def _idle(w):
    return jobs.active_jobs() == 0 and not w.importer.busy and not w.issues.running and not w.refresher.busy


@pytest.fixture
def spied(monkeypatch):
    """Every full read of the entries (no window: what the analysis reads), and what the hand-over gave."""
    calls = {"full": [], "after_import": []}
    entries, after_import = Workspace.entries, Workspace.entries_after_import

    def spy_entries(self, start=None, end=None, flt=None, proposed=True):
        if start is None and end is None:
            calls["full"].append(threading.current_thread().name)
        return entries(self, start, end, flt, proposed)

    def spy_after_import(self, reports, flt=None):
        got = after_import(self, reports, flt)
        calls["after_import"].append(None if got is None else len(got))  # the analysis empties the list after
        return got

    monkeypatch.setattr(Workspace, "entries", spy_entries)
    monkeypatch.setattr(Workspace, "entries_after_import", spy_after_import)
    return calls


def test_the_analysis_after_an_import_reads_nothing_back_and_shows_the_same(qtbot, tmp_path, fake_reader, workspace,
                                                                              window_factory, spied):
    from ui.issues_controller import analyse_workspace

    workspace.import_file(write_cal(tmp_path / "marketing.fake", MARKETING))
    w = window_factory(workspace)
    w.set_view("week")
    qtbot.waitUntil(lambda: _idle(w) and w.issues.snapshot is not None, timeout=15000)
    spied["full"].clear()
    w.import_files([write_cal(tmp_path / "pr.fake", PR)])
    qtbot.waitUntil(lambda: _idle(w) and w.issues.snapshot is not None
                    and w.issues.snapshot.analysed_entries == len(MARKETING) + len(PR), timeout=15000)
    assert spied["full"] == [], "the analysis after the import read every entry back"
    assert len(spied["after_import"]) == 1 and spied["after_import"][0] is not None
    assert spied["after_import"][0] == len(MARKETING) + len(PR)
    assert all(o.report.stored is None for o in w.importer.last_batch.outcomes)  # let go once analysed

    shown = w.issues.snapshot
    direct = analyse_workspace(workspace)  # a full read and analysis of the same workspace
    assert spied["full"]  # (that one does read everything)
    assert [c.key for c in shown.conflicts] == [c.key for c in direct.conflicts] and shown.conflicts
    assert [d.key for d in shown.duplicates] == [d.key for d in direct.duplicates] and shown.duplicates
    assert dict(w.markers) == dict(direct.index.markers())
    panel = w.settle.panel.model
    assert [(r.key, r.text, r.detail, r.when) for r in panel.rows()] == [
        (r.key, r.text, r.detail, r.when) for _k, rows in direct.prepared.groups for r in rows]


def test_an_edit_after_the_import_reads_the_workspace_again(qtbot, tmp_path, fake_reader, workspace,
                                                             window_factory, spied):
    w = window_factory(workspace)
    qtbot.waitUntil(lambda: _idle(w) and w.issues.snapshot is not None, timeout=15000)
    spied["full"].clear()  # the empty workspace's first analysis
    w.import_files([write_cal(tmp_path / "marketing.fake", MARKETING), write_cal(tmp_path / "pr.fake", PR)])
    qtbot.waitUntil(lambda: _idle(w) and w.issues.snapshot is not None
                    and w.issues.snapshot.analysed_entries == len(MARKETING) + len(PR), timeout=15000)
    assert spied["full"] == [] and spied["after_import"] == [len(MARKETING) + len(PR)]  # two files handed over
    before = w.issues.snapshot
    source = next(s for s in workspace.sources() if s.name == "pr.fake")
    workspace.update_source(source.id, department="Press")
    w.refresh()  # what a source edit in the window does
    qtbot.waitUntil(lambda: w.issues.snapshot is not before and _idle(w), timeout=15000)
    assert spied["full"] and len(spied["after_import"]) == 1  # read again, nothing handed over this time
    assert "Press" in {e.department for e in w.issues.snapshot.entries.values()}
