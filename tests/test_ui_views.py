"""Seeing one timeline: views over the same filtered set, shared selection, remembered state."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6")

from calendar_core.model import EntryFilter  # noqa: E402
from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401

pytestmark = pytest.mark.gui
BERLIN = ZoneInfo("Europe/Berlin")

MARKETING = ["m1|Launch post|2026-08-04T10:00:00+02:00|LinkedIn|Lena Vogt",
             "m2|Webinar teaser|2026-08-05T12:00:00+02:00|Instagram|Lena Vogt",
             "m3|Case study|2026-08-06T09:00:00+02:00|Blog|Tom Ries",
             "m4|Next month|2026-09-16T09:00:00+02:00|Blog|Tom Ries"]
PR = ["p1|Press release|2026-08-04T10:15:00+02:00|LinkedIn|Ana Diaz",
      "p2|Interview|2026-08-07T15:00:00+02:00|X|Ana Diaz"]


@pytest.fixture
def loaded(qtbot, tmp_path, fake_reader, workspace, window_factory):
    w = window_factory(workspace)
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([write_cal(tmp_path / "marketing.fake", MARKETING), write_cal(tmp_path / "pr.fake", PR)])
    return w


def settle(qtbot):
    from ui import jobs

    qtbot.waitUntil(lambda: jobs.active_jobs() == 0, timeout=10000)


def shown_titles(w, qtbot) -> list[str]:
    settle(qtbot)
    view = w.current_view()
    if w.current == "list":
        return sorted(view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount()))
    if w.current == "timeline":
        return sorted(it.entry.title for lane in view.canvas.lanes for it in lane.items)
    if w.current == "month":
        return sorted({e.title for week in view.layout_data.weeks for c in week for e in c.entries})
    return sorted(e.title for e in view.entries)


def test_each_view_shows_its_period_and_filters_change_it(qtbot, loaded):
    w = loaded
    week = ["Case study", "Interview", "Launch post", "Press release", "Webinar teaser"]
    for key, expected in (("timeline", week), ("week", week), ("month", week), ("list", [*week, "Next month"])):
        w.set_view(key)
        assert shown_titles(w, qtbot) == sorted(expected), key
    assert w.workspace.departments() == ["Marketing", "PR"]
    w.filter_bar.departments.set_checked({"PR"})
    w.filter_bar.filterChanged.emit()
    for key in ("timeline", "week", "month", "list"):
        w.set_view(key)
        assert shown_titles(w, qtbot) == ["Interview", "Press release"], key
    w.filter_bar.departments.set_checked(set())
    w.filter_bar.text.setText("webinar")
    qtbot.waitUntil(lambda: w.current_filter().text == "webinar")
    w.filter_bar.filterChanged.emit()
    for key in ("timeline", "month", "list"):
        w.set_view(key)
        assert shown_titles(w, qtbot) == ["Webinar teaser"], key
    w.filter_bar.set_filter(EntryFilter(channels=frozenset({"LinkedIn"})))
    w.set_view("week")
    assert shown_titles(w, qtbot) == ["Launch post", "Press release"]


def test_hiding_a_source_hides_its_entries(qtbot, loaded):
    from PySide6.QtCore import Qt

    w = loaded
    w.set_view("timeline")
    model = w.sources_model
    pr_row = next(r for r in range(model.rowCount()) if model.source(r).name == "pr.fake")
    assert model.setData(model.index(pr_row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert shown_titles(w, qtbot) == ["Case study", "Launch post", "Webinar teaser"]
    assert model.setData(model.index(pr_row, 1), "Press Office", Qt.ItemDataRole.EditRole)
    assert w.workspace.source(model.source(pr_row).id).department == "Press Office"


def test_navigation_moves_by_the_views_period(qtbot, loaded):
    w = loaded
    w.set_view("week")
    w.go_to(date(2026, 8, 5))
    assert w.current_range() == (datetime(2026, 8, 3, tzinfo=BERLIN), datetime(2026, 8, 10, tzinfo=BERLIN))
    w.go_next()
    assert w.current_range()[0] == datetime(2026, 8, 10, tzinfo=BERLIN) and shown_titles(w, qtbot) == []
    w.set_view("month")
    w.go_next()
    assert w.anchor.month == 9 and "Next month" in shown_titles(w, qtbot)
    w.go_today()
    assert w.anchor == date(2026, 8, 5)
    w.set_view("timeline")
    w.views["timeline"].set_zoom("day", emit=True)
    w.go_to(date(2026, 8, 4))
    assert shown_titles(w, qtbot) == ["Launch post", "Press release"]
    assert w.filter_bar.period_text == "Tuesday, 4 August 2026"


def test_selection_is_shared_and_show_entries_jumps(qtbot, loaded):
    w = loaded
    target = next(e for e in w.workspace.entries() if e.title == "Next month")
    w.show()
    w.set_view("week")
    w.show_entries([target.id])
    assert w.anchor == date(2026, 9, 16) and w.views["week"].view.selected_ids() == [target.id]
    w.set_view("list")
    settle(qtbot)
    assert w.views["list"].selected_ids() == [target.id]
    w.set_view("timeline")
    assert w.views["timeline"].canvas.selected == {target.id}


def test_state_is_remembered(qtbot, loaded, window_factory):
    w = loaded
    w.set_view("month")
    w.views["timeline"].set_lane_mode("channel")
    w.filter_bar.set_filter(EntryFilter(channels=frozenset({"Blog"}), text="case"))
    w.close()
    again = window_factory(w.workspace)
    assert again.current == "month"
    assert again.current_filter().channels == frozenset({"Blog"}) and again.current_filter().text == "case"
    assert again.views["timeline"].canvas.lane_mode == "channel"
    assert shown_titles(again, qtbot) == ["Case study"]


def test_status_bar_counts(qtbot, loaded):
    w = loaded
    w.set_view("week")
    settle(qtbot)
    assert w.counts.text().startswith("5 shown · 6 in workspace · 2 sources")


def test_conflict_markers_reach_every_view(qtbot, loaded, monkeypatch):
    from calendar_core import analysis
    from calendar_core.model import Conflict, DuplicateGroup

    w = loaded
    ids = {e.title: e.id for e in w.workspace.entries()}
    clash = [ids["Launch post"], ids["Press release"]]

    def fake(entries, settings, blackout=frozenset(), cancelled=None):
        shown = {e.id for e in entries}
        return analysis.AnalysisResult(
            conflicts=[Conflict("slot_clash", clash, "LinkedIn: 15 min apart", key="k1")] if set(clash) <= shown else [],
            duplicates=[DuplicateGroup([ids["Case study"], ids["Interview"]], 0.9, ["titles alike"], key="k2",
                                       decision="not_duplicate")])

    monkeypatch.setattr(analysis, "analyse", fake)
    w.workspace.decide("k2", "not_duplicate")  # decisions come from the store (attach_decisions)
    w.refresh()  # View ▸ Reload: the one analysis runs again, now through the fake
    settle(qtbot)
    for key in ("timeline", "week", "month", "list"):
        w.set_view(key)
        settle(qtbot)
        assert set(w.markers) == set(clash), key  # the decided duplicate group is not marked
        assert "Slot clash: LinkedIn: 15 min apart" in w.markers[clash[0]]
    assert w.views["timeline"].canvas.markers.keys() == set(clash)
    assert w.views["month"].markers.keys() == set(clash)
    assert "1 conflict · 0 duplicate groups" in w.counts.text()
    w.set_view("list")
    settle(qtbot)
    view = w.views["list"]
    marked = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert sum(t.startswith("⚠") for t in marked) == 2
    view.only_flagged.setChecked(True)
    assert view.proxy.rowCount() == 2


def test_list_go_to_date_scrolls_to_it(qtbot, loaded):
    from ui.models import entries as entry_model

    w = loaded
    w.show()
    w.set_view("list")
    settle(qtbot)
    view = w.views["list"]
    assert view.proxy.rowCount() == 6
    calls = []
    view.table.scrollTo = lambda idx, hint=None: calls.append(idx.data(entry_model.ID_ROLE))
    w.go_to(date(2026, 9, 10))
    settle(qtbot)
    target = next(e for e in w.workspace.entries() if e.title == "Next month")
    assert calls and calls[-1] == target.id


def test_open_workspace_replaces_the_window_and_is_remembered(qtbot, loaded, tmp_path):
    from PySide6.QtCore import QSettings

    w = loaded
    other = w.open_workspace(str(tmp_path / "other.sqlite"))
    qtbot.addWidget(other)
    assert other is not None and other.workspace.count_entries() == 0
    assert QSettings().value("workspace/last") == str(tmp_path / "other.sqlite")
    assert not w.isVisible()
    other.close()
    other.workspace.close()


def test_timeline_keyboard_moves_through_entries(qtbot, loaded):
    from PySide6.QtCore import Qt

    w = loaded
    w.set_view("timeline")
    canvas = w.views["timeline"].canvas
    opened = []
    w.views["timeline"].entryActivated.disconnect()
    w.views["timeline"].entryActivated.connect(opened.append)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    by_id = {e.id: e.title for e in w.workspace.entries()}
    assert [by_id[i] for i in w.selection] == ["Press release"]  # Launch post 10:00, then Press release 10:15
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert [by_id[i] for i in opened] == ["Press release"]
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert w.selection == []
