"""Proposals in the window: drag in the week and timeline views, Ctrl+Arrow, the Edit form,
"Suggest a free slot", ghosts, undo, and File ▸ Export ▸ Change requests…."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt  # noqa: E402

from tests.test_ui_issues_window import files, settle  # noqa: E402,F401
from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401

pytestmark = pytest.mark.gui
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def window(qtbot, tmp_path, fake_reader, workspace, window_factory, files):
    settings = workspace.settings
    settings.timezone = "Europe/Berlin"
    workspace.save_settings(settings)
    w = window_factory(workspace)
    w.resize(1200, 800)
    w.show()
    w.import_files(files)
    settle(qtbot, w)
    w.set_view("week")
    w.go_to(date(2026, 8, 12))
    settle(qtbot, w)
    return w


def _entry(window, title):
    return next(e for e in window.workspace.entries() if e.title == title)


def _clashes(window):
    return [c for c in window.issues.snapshot.conflicts if c.kind == "slot_clash"]


def _drag(qtbot, widget, a: QPoint, b: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, 6):
        qtbot.mouseMove(widget, a + (b - a) * (i / 5))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=b)


def test_drag_in_the_week_view_proposes_and_the_clash_goes(qtbot, window):
    assert len(_clashes(window)) == 1
    week = window.views["week"].view
    press = _entry(window, "Press release")
    r = week.entry_rect(press.id)
    assert r is not None
    hour = week._painted.timed_rect.height() / (week.layout_data().hour_end - week.layout_data().hour_start)
    a = r.center().toPoint()
    b = QPoint(a.x() + int(week._painted.day_rects[0].width()), a.y() + int(3 * hour))  # a day and 3 h later
    _drag(qtbot, week.canvas(), a, b)
    settle(qtbot, window)
    moved = window.workspace.entry(press.id)
    assert moved.moved is not None and moved.moved.start == press.start
    local = moved.start.astimezone(BERLIN)
    assert local.date() == date(2026, 8, 13) and local.hour in (12, 13, 14)
    assert window.workspace.source_entry(press.id).start == press.start  # the file's entry is untouched
    assert _clashes(window) == []  # analysed again at once
    # drawn moved, with a ghost at the old place that cannot be chosen
    assert -press.id in {b.entry.id for b in week.layout_data().blocks}
    ghost = week.entry_rect(-press.id)
    assert ghost is not None and week._hit(ghost.center()) != -press.id
    assert window.workspace.undo_label() == "move of Press release"
    assert window.actions["undo"].text() == "&Undo move of Press release"


def test_ctrl_arrow_moves_by_the_view_step_and_enter_opens_the_form(qtbot, window):
    week = window.views["week"].view
    launch = _entry(window, "Launch post")
    window.show_entries([launch.id])
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.workspace.entry(launch.id).start == launch.start + timedelta(days=1)
    week.select_entries([launch.id])
    qtbot.keyClick(week, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.workspace.entry(launch.id).start == launch.start + timedelta(days=1, minutes=15)
    assert len(window.workspace.proposals()) == 1  # one open proposal per entry, replaced
    week.select_entries([launch.id])
    qtbot.keyClick(week, Qt.Key.Key_Return)
    dialog = window.last_details
    assert dialog.editor is not None and "Moved from" in dialog.editor.findChild(object, "movedFrom").text()
    dialog.close()


def test_the_edit_form_proposes_start_end_channel_owner_status_and_note(qtbot, window):
    launch = _entry(window, "Launch post")
    window.open_entry(launch.id)
    form = window.last_details.editor
    from PySide6.QtCore import QDateTime

    form.start.setDateTime(QDateTime(2026, 8, 12, 16, 0, 0))
    form.end.setDateTime(QDateTime(2026, 8, 12, 15, 0, 0))
    form.save.click()
    assert "end is before the start" in form.error.text() and window.workspace.proposals() == []
    form.end.setDateTime(QDateTime(2026, 8, 12, 16, 45, 0))
    form.channel.setCurrentText("Blog")
    form.owner.setText("Ana Diaz")
    form.status.setCurrentText("Draft")
    form.note.setText("after PR's release")
    form.save.click()
    settle(qtbot, window)
    [p] = window.workspace.proposals()
    assert p.start == datetime(2026, 8, 12, 16, 0, tzinfo=BERLIN) and p.end == datetime(2026, 8, 12, 16, 45, tzinfo=BERLIN)
    assert (p.channel, p.owner, p.status, p.note) == ("Blog", "Ana Diaz", "Draft", "after PR's release")
    assert _clashes(window) == []
    shown = window.workspace.entry(launch.id)
    assert shown.channel == "Blog" and window.workspace.source_entry(launch.id).channel == "LinkedIn"
    # the details of a moved entry say so, and the form can withdraw
    window.open_entry(launch.id)
    rows = dict(window.last_details.rows)
    assert rows["Proposed"].startswith("moved; its file has")
    window.last_details.editor.withdraw.click()
    settle(qtbot, window)
    assert window.workspace.proposals() == [] and len(_clashes(window)) == 1


def test_a_blackout_day_asks_first(qtbot, window):
    ws = window.workspace
    s = ws.settings
    s.blackout_dates = ["2026-08-13"]
    ws.save_settings(s)
    launch = _entry(window, "Launch post")
    asked = []
    window.proposals.confirm = lambda message: asked.append(message) or False
    assert not window.proposals.drop(launch.id, launch.start + timedelta(days=1))
    assert asked and "blackout day" in asked[0] and ws.proposals() == []
    window.proposals.confirm = lambda message: True
    assert window.proposals.drop(launch.id, launch.start + timedelta(days=1))
    settle(qtbot, window)
    assert len(ws.proposals()) == 1


def test_drag_in_the_timeline_onto_another_channel_lane(qtbot, window):
    window.set_view("timeline")
    window.go_to(date(2026, 8, 20))
    settle(qtbot, window)
    canvas = window.views["timeline"].canvas
    canvas.lane_mode = "channel"
    canvas._relayout()
    interview = _entry(window, "Interview")
    item = next(it for lane in canvas.lanes for it in lane.items if it.entry.id == interview.id)
    canvas.scroll_to_day_offset(max(item.start - 0.4, 0))
    canvas.viewport().grab()  # paints: the hit rectangles are where the blocks were drawn
    rect = next(r for r, e in canvas._hits if e.id == interview.id)
    blog = next(lane for lane in canvas.lanes if lane.name == "Blog")
    target_y = 46 + blog.top + 12 - canvas.verticalScrollBar().value()
    a = rect.center().toPoint()
    b = QPoint(a.x() + int(canvas.px_per_day() / 24 * 2), int(target_y))  # two hours later, on the Blog lane
    _drag(qtbot, canvas.viewport(), a, b)
    settle(qtbot, window)
    [p] = window.workspace.proposals()
    assert p.channel == "Blog" and p.start == interview.start + timedelta(hours=2)
    canvas.viewport().grab()
    lanes = {lane.name: {it.entry.id for it in lane.items} for lane in canvas.lanes}
    assert interview.id in lanes["Blog"] and -interview.id in lanes["X"]  # moved, with a ghost at its old place
    assert not [c for c in window.issues.snapshot.conflicts if interview.id in c.entry_ids]
    window.undo()
    settle(qtbot, window)
    assert window.workspace.proposals() == []
    window.redo()
    settle(qtbot, window)
    assert len(window.workspace.proposals()) == 1


def test_suggest_a_free_slot_from_the_issues_panel(qtbot, window):
    panel = window.settle.panel
    button = window.proposals.suggest_button
    clash = next(r for r in panel.model.visible_rows() if r.kind == "slot_clash")
    assert panel.select_key(clash.key)
    assert button.isEnabled()
    offered = []
    window.proposals.choose_slot = lambda entry, slots: offered.extend(slots) or slots[0]
    button.click()
    settle(qtbot, window)
    assert offered and offered[0].astimezone(BERLIN).date() == date(2026, 8, 12)
    assert _clashes(window) == []
    [p] = window.workspace.proposals()
    assert p.start == offered[0] and "free slot suggested" in p.note
    mine = [c for c in window.issues.snapshot.conflicts if set(c.entry_ids) & set(clash.entry_ids)]
    assert mine == []


def test_export_change_requests_from_the_file_menu(qtbot, window, tmp_path):
    assert window.proposals.export_action in window.settle.export_menu.actions()
    launch = _entry(window, "Launch post")
    window.proposals.drop(launch.id, launch.start + timedelta(hours=3))
    settle(qtbot, window)
    out = tmp_path / "changes"
    out.mkdir()
    window.proposals.choose_folder = lambda: str(out)
    window.proposals.export_action.trigger()
    settle(qtbot, window)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3 and all(n.startswith(names[0].split("-changes")[0]) for n in names)
    assert "Change requests for" in window.proposals.last_message


def test_month_view_drag_to_another_day_and_ctrl_arrow(qtbot, window):
    window.set_view("month")
    settle(qtbot, window)
    month = window.views["month"]
    month.grab()
    launch = _entry(window, "Launch post")
    rect = next(r for r, e in month._hits if e.id == launch.id)
    target = next(r for r, d in month._days if d == date(2026, 8, 14))
    _drag(qtbot, month, rect.center().toPoint(), target.center().toPoint())
    settle(qtbot, window)
    assert window.workspace.entry(launch.id).start == launch.start + timedelta(days=2)
    month.select_entries([launch.id])
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.workspace.entry(launch.id).start == launch.start + timedelta(days=9)


def test_timeline_ctrl_arrow_moves_by_the_zoom_step(qtbot, window):
    window.set_view("timeline")
    settle(qtbot, window)
    canvas = window.views["timeline"].canvas
    launch = _entry(window, "Launch post")
    window.show_entries([launch.id])
    canvas.setFocus()
    assert canvas.zoom == "week"
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.workspace.entry(launch.id).start == launch.start + timedelta(days=1)
    assert window.selection == [launch.id]


def test_proposals_are_listed_shown_and_withdrawn(qtbot, window, files):
    launch = _entry(window, "Launch post")
    window.proposals.drop(launch.id, launch.start + timedelta(hours=2))
    settle(qtbot, window)
    assert window.proposals.list_action in window.menus["edit"].actions()
    dialog = window.proposals.open_list()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "open"
    assert dialog.table.item(0, 1).text() == "Launch post"
    dialog.show_chosen()
    assert window.selection == [launch.id]
    dialog.withdraw_chosen()
    settle(qtbot, window)
    assert dialog.table.rowCount() == 0 and window.workspace.proposals() == []
    dialog.close()


def test_a_read_only_workspace_says_why_nothing_moved(qtbot, window, monkeypatch):
    launch = _entry(window, "Launch post")
    monkeypatch.setattr(window.workspace, "read_only", True)
    assert not window.proposals.drop(launch.id, launch.start + timedelta(hours=2))
    assert "read-only" in window.proposals.last_message
    monkeypatch.setattr(window.workspace, "read_only", False)
    assert window.workspace.proposals() == []


def test_the_list_marks_a_moved_entry(qtbot, window):
    launch = _entry(window, "Launch post")
    window.proposals.drop(launch.id, launch.start + timedelta(hours=2))
    settle(qtbot, window)
    window.set_view("list")
    settle(qtbot, window)
    model = window.views["list"].model
    titles = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert "↦ Launch post" in titles and "Press release" in titles
