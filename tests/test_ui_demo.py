"""--demo: the samples import through the real importers and open on their first week."""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("importers.ics")
pytest.importorskip("importers.sheets")

from tests.ui_helpers import qsettings, window_factory, workspace  # noqa: E402,F401

pytestmark = pytest.mark.gui


def test_demo_imports_samples_and_opens_their_first_week(qtbot, workspace, window_factory):
    from ui.demo import sample_files

    files = sample_files()
    assert {p.suffix for p in files} >= {".ics", ".xlsx"}
    w = window_factory(workspace, demo=True)
    # the import started in the constructor; its result arrives through the event loop
    with qtbot.waitSignal(w.importer.imported, timeout=60000) as blocker:
        pass
    batch = blocker.args[0]
    assert all(o.ok for o in batch.outcomes), [o.error for o in batch.outcomes]
    assert len(workspace.departments()) >= 4
    assert w.current == "week" and w.anchor == date(2026, 9, 7)
    assert len(w.shown_entries) >= 20
    result = workspace.analyse()
    if result.conflicts or result.duplicates:  # once detection has landed
        assert result.conflicts and result.duplicates
    [proposal] = workspace.proposals()  # the demo shows one moved entry
    assert proposal.state == "open" and proposal.note.startswith("Demo:")
    moved = [e for e in workspace.entries() if e.moved is not None]
    assert [e.identity for e in moved] == [proposal.identity]
