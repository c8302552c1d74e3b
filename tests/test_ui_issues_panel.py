"""The issues panel: model shape, choosing an item, marking and un-marking, persistence."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from tests.settle_support import import_files, make_workspace, ws  # noqa: E402,F401 - ws is a fixture
from ui import jobs  # noqa: E402
from ui.issues_controller import IssuesController, analyse_workspace  # noqa: E402
from ui.markers import markers_for  # noqa: E402
from ui.models.issues_model import IssuesModel  # noqa: E402
from ui.widgets.issues_panel import SHOW_ALL, SHOW_UNDECIDED, IssuesPanel  # noqa: E402


@pytest.fixture
def panel(qtbot, ws):
    controller = IssuesController(ws)
    widget = IssuesPanel(controller)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(controller.analysed, timeout=10000):
        controller.reanalyse()
    return widget


def _group_labels(model):
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def _keys(model):
    return [r.key for r in model.visible_rows()]


def test_model_passes_qtmodeltester(qtmodeltester, ws):
    snapshot = analyse_workspace(ws)
    model = IssuesModel()
    model.set_result(snapshot.result, snapshot.entries)
    qtmodeltester.check(model, force_py=True)
    key = snapshot.conflicts[0].key
    model.set_decision(key, "intentional", "planned")  # row removal under the tester's watch
    model.set_show_decided(True)  # and insertion
    model.set_decision(key, None)
    qtmodeltester.check(model, force_py=True)


def test_groups_by_kind_with_counts_sorted_by_date(panel):
    labels = _group_labels(panel.model)
    assert labels == ["Slot clashes (1)", "Double bookings (1)", "Possible duplicates (1)"]
    rows = panel.model.visible_rows()
    assert [r.kind for r in rows] == ["slot_clash", "double_booking", "duplicate"]
    slot = panel.model.index(0, 0, panel.model.index(0, 0))
    assert "LinkedIn" in slot.data() and slot.siblingAtColumn(1).data() == "Wed 12 Aug 10:00"
    assert slot.siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole) == "Wednesday, 12 August 2026, 10:00"
    assert "Sales kick-off recap" in slot.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.summary.text() == "Whole workspace: 2 of 2 conflicts, 1 of 1 duplicate group undecided"


def test_choosing_an_item_emits_its_entries(qtbot, panel, ws):
    slot = panel.model.visible_rows()[0]
    with qtbot.waitSignal(panel.entries_chosen) as blocker:
        assert panel.select_key(slot.key)
    assert blocker.args == [slot.entry_ids]
    titles = {ws.entry(i).title for i in blocker.args[0]}
    assert titles == {"Product launch teaser", "Sales kick-off recap"}
    assert panel.intentional_button.isEnabled() and not panel.not_duplicate_button.isEnabled()
    assert not panel.unmark_button.isEnabled()


def test_mark_intentional_survives_reimport_and_unmark_brings_it_back(qtbot, panel, ws, tmp_path):
    key = panel.model.visible_rows()[0].key
    panel.select_key(key)
    panel.note_edit.setText("agreed with Sales")
    qtbot.mouseClick(panel.intentional_button, Qt.MouseButton.LeftButton)
    assert key not in _keys(panel.model)
    assert _group_labels(panel.model)[0] == "Slot clashes (0)"
    assert ws.decisions()[key].status == "intentional"
    assert ws.decisions()[key].note == "agreed with Sales"
    assert markers_for(panel.controller.snapshot.result).keys() == {2, 5, 3, 6}

    # re-import the same files: the decision is still attached after a fresh analysis
    import_files(ws, tmp_path)
    with qtbot.waitSignal(panel.controller.analysed, timeout=10000):
        panel.controller.reanalyse()
    assert key not in _keys(panel.model)
    panel.show_combo.setCurrentIndex(SHOW_ALL)
    assert key in _keys(panel.model)
    row = panel.model.row_for_key(key)
    assert row.decision == "intentional" and row.note == "agreed with Sales"
    assert panel.model.index_for_key(key).siblingAtColumn(2).data() == "Intentional: agreed with Sales"

    assert panel.select_key(key)
    assert panel.unmark_button.isEnabled() and panel.note_edit.text() == "agreed with Sales"
    qtbot.mouseClick(panel.unmark_button, Qt.MouseButton.LeftButton)
    assert key not in ws.decisions()
    panel.show_combo.setCurrentIndex(SHOW_UNDECIDED)
    assert key in _keys(panel.model)
    assert _group_labels(panel.model)[0] == "Slot clashes (1)"


def test_marking_moves_to_the_next_item(qtbot, panel):
    first, second = panel.model.visible_rows()[:2]
    panel.select_key(first.key)
    panel.resolved_button.click()
    assert panel.current_key() == second.key


def test_not_a_duplicate_only_for_duplicate_groups(panel, ws):
    dup = panel.model.visible_rows()[-1]
    panel.select_key(dup.key)
    assert panel.not_duplicate_button.isEnabled()
    panel.not_duplicate_button.click()
    assert ws.decisions()[dup.key].status == "not_duplicate"
    assert panel.summary.text() == "Whole workspace: 2 of 2 conflicts, 0 of 1 duplicate group undecided"


def test_markers_say_why(panel):
    markers = markers_for(panel.controller.snapshot.result)
    assert set(markers) == {1, 4, 2, 5, 3, 6}
    assert markers[1].startswith("Slot clash: LinkedIn: Marketing 10:00 and Sales 10:20")
    assert markers[2].startswith("Double booking: Lena Vogt is booked twice")
    assert markers[3].startswith("Possible duplicate: ") and "same link" in markers[3]


def test_a_stale_analysis_is_dropped(qtbot, ws):
    controller = IssuesController(ws)
    seen = []
    controller.analysed.connect(seen.append)
    controller.reanalyse()
    controller.reanalyse()
    jobs.wait_for_all()
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=5000)
    qtbot.wait(50)
    assert len(seen) == 1 and controller.snapshot is seen[0]


def test_activating_the_chosen_item_jumps_again(qtbot, panel):
    slot = panel.model.visible_rows()[0]
    panel.select_key(slot.key)
    with qtbot.waitSignal(panel.entries_chosen) as blocker:
        panel.view.activated.emit(panel.model.index_for_key(slot.key))
    assert blocker.args == [slot.entry_ids]


def test_a_burst_of_requests_runs_at_most_two_analyses(qtbot, ws, monkeypatch):
    import ui.issues_controller as ic

    runs = []
    real = ic.analyse_workspace
    monkeypatch.setattr(ic, "analyse_workspace", lambda *a, **k: runs.append(1) or real(*a, **k))
    controller = IssuesController(ws)
    seen = []
    controller.analysed.connect(seen.append)
    for _ in range(5):
        controller.reanalyse()
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    jobs.wait_for_all()
    assert len(runs) == 2 and len(seen) == 1


def test_a_decision_made_during_an_analysis_is_kept(qtbot, ws, monkeypatch):
    import ui.issues_controller as ic

    controller = IssuesController(ws)
    with qtbot.waitSignal(controller.analysed, timeout=10000):
        controller.reanalyse()
    key = controller.snapshot.conflicts[0].key
    real = ic.analyse_workspace

    def slow(*args, **kwargs):
        snapshot = real(*args, **kwargs)  # read before the decision below is written
        gate.wait(5)
        return snapshot

    import threading

    gate = threading.Event()
    monkeypatch.setattr(ic, "analyse_workspace", slow)
    controller.reanalyse()
    controller.decide(key, "resolved", "moved to Friday")
    gate.set()
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    assert controller.item(key).decision == "resolved" and controller.item(key).note == "moved to Friday"


def test_a_decision_that_cannot_be_saved_says_so(qtbot, panel, ws, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from calendar_core.store import schema

    def locked(conn, *args, **kwargs):  # the write fails inside the facade, which says it as a sentence
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(schema.decisions, "insert", lambda: locked(None))
    first = panel.model.visible_rows()[0]
    panel.select_key(first.key)
    panel.intentional_button.click()
    assert panel.summary.text() == (f"The decision was not saved: workspace {ws.shown_location}: another desk is "
                                    "writing to it; try again in a moment")
    assert panel.current_key() == first.key and first.decision is None


def test_a_new_analysis_keeps_the_choice_without_moving_the_views(qtbot, panel):
    slot = panel.model.visible_rows()[0]
    panel.select_key(slot.key)
    chosen = []
    panel.entries_chosen.connect(chosen.append)
    with qtbot.waitSignal(panel.controller.analysed, timeout=10000):
        panel.controller.reanalyse()
    panel.show_combo.setCurrentIndex(SHOW_ALL)
    assert panel.current_key() == slot.key and chosen == []


def test_a_copy_is_shown_as_a_copy_and_can_be_merged(qtbot, tmp_path):
    from tests.helpers import result as import_result

    from tests.settle_support import MARKETING

    workspace = make_workspace(tmp_path)
    try:
        # The marketing plan handed over a second time under another name.
        workspace.apply_import(import_result(tmp_path / "marketing_plan_copy.csv", MARKETING, hint="Marketing"))
        controller = IssuesController(workspace)
        widget = IssuesPanel(controller)
        qtbot.addWidget(widget)
        with qtbot.waitSignal(controller.analysed, timeout=10000):
            controller.reanalyse()
        copies = [r for r in widget.model.visible_rows() if r.kind == "copy"]
        assert len(copies) == len(MARKETING)
        assert "marketing_plan_copy.csv" in copies[0].text
        assert not [r for r in widget.model.visible_rows() if r.kind == "double_booking" and
                    set(r.entry_ids) <= set(copies[0].entry_ids)]
        assert widget.select_key(copies[0].key, jump=False)
        assert widget.merge_button.isVisibleTo(widget) and widget.merge_button.isEnabled()
        widget.merge_button.click()
        assert workspace.decisions()[copies[0].key].status == "resolved"
        entries = workspace.entries(None, None, None)
        assert len(workspace.master_entries(entries)) == len(entries) - 1
    finally:
        jobs.wait_for_all()
        workspace.close()


def test_a_group_line_spans_the_columns_so_its_count_shows_in_a_narrow_panel(qtbot, panel):
    from PySide6.QtCore import QModelIndex

    def spanned():
        return [panel.view.isFirstColumnSpanned(gi, QModelIndex()) for gi in range(panel.model.rowCount())]

    assert spanned() == [True] * 3
    panel.show_combo.setCurrentIndex(SHOW_ALL)  # a model reset, which forgets the spans
    assert spanned() == [True] * 3
    group = panel.model.index(0, 0)
    assert not panel.view.isFirstColumnSpanned(0, group)  # an item's line keeps its date column
    with qtbot.waitSignal(panel.controller.analysed, timeout=10000):
        panel.controller.reanalyse()
    assert spanned() == [True] * 3


def test_undecided_rows_and_counts_are_the_items_without_a_decision(panel):
    import random

    from ui.models.issues_model import undecided_rows

    rows = panel.model.rows()
    snapshot = panel.controller.snapshot
    assert rows and snapshot is not None
    rnd = random.Random(3)
    for row in rows:
        row.item.decision = rnd.choice([None, "", "intentional", "resolved"])
    assert undecided_rows(rows) == [r for r in rows if not r.decision]
    assert snapshot.undecided_counts() == (sum(1 for c in snapshot.conflicts if not c.decision),
                                           sum(1 for d in snapshot.duplicates if not d.decision))
