"""The on-screen week view: entries, selection, activation, markers, keys and wheel."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from print_data import BERLIN, busy_day, load_week_fixture
from tests.ui_helpers import shown_week
from ui.views.week import WeekView
from ui.views.week_image import entry_tooltip

W35 = date(2026, 8, 24)


@pytest.fixture
def view(qtbot):
    entries, markers = load_week_fixture()
    v = shown_week(qtbot, entries, markers)
    v.entries, v.markers = entries, markers
    return v


def centre(v, entry_id) -> QPoint:
    r = v.entry_rect(entry_id)
    assert r is not None, f"entry {entry_id} not drawn"
    return r.center().toPoint()


def in_week(v):
    return [e for e in v.entries if W35 <= (e.start_date if e.all_day else e.start.astimezone(BERLIN).date()) < date(2026, 8, 31)]


def test_every_entry_of_the_week_is_drawn(view):
    drawn = {i for _, i in view._painted.hits}
    assert drawn == {e.id for e in in_week(view)}
    assert view.week() == W35
    view.set_week(date(2026, 8, 27))  # any day of the week
    assert view.week() == W35


def test_click_selects_and_ctrl_click_adds(view, qtbot):
    a, b = [e.id for e in in_week(view) if not e.all_day][:2]
    with qtbot.waitSignal(view.selectionChanged) as sig:
        qtbot.mouseClick(view.canvas(), Qt.MouseButton.LeftButton, pos=centre(view, a))
    assert sig.args == [[a]] and view.selected_ids() == [a]
    qtbot.mouseClick(view.canvas(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, centre(view, b))
    assert view.selected_ids() == [a, b]
    qtbot.mouseClick(view.canvas(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, centre(view, a))
    assert view.selected_ids() == [b]
    empty = QPoint(int(view.layout_data() and view._painted.day_rects[5].center().x()), view.canvas().height() - 5)
    qtbot.mouseClick(view.canvas(), Qt.MouseButton.LeftButton, pos=empty)  # Saturday evening: nothing there
    assert view.selected_ids() == []


def test_double_click_activates(view, qtbot):
    target = in_week(view)[0].id
    with qtbot.waitSignal(view.entryActivated) as sig:
        qtbot.mouseDClick(view.canvas(), Qt.MouseButton.LeftButton, pos=centre(view, target))
    assert sig.args == [target]


def test_markers_show_in_tooltips(view):
    marked = next(i for i in view.markers if i in {e.id for e in in_week(view)})
    plain = next(e.id for e in in_week(view) if e.id not in view.markers)
    tip = view.tooltip_at(QPointF(centre(view, marked)))
    entry = next(e for e in view.entries if e.id == marked)
    assert entry.title in tip.replace("&amp;", "&") and "⚠" in tip and entry.department.replace("&", "&amp;") in tip
    assert "⚠" not in view.tooltip_at(QPointF(centre(view, plain)))
    assert marked in view._painted.marked


def test_tooltip_text_has_time_channel_and_owner():
    entries, _ = load_week_fixture()
    e = next(x for x in entries if not x.all_day)
    tip = entry_tooltip(e, BERLIN, "Slot clash: LinkedIn 10:00 and 10:30")
    local = e.start.astimezone(BERLIN)
    assert f"{local:%H:%M}" in tip and e.channel in tip and e.owner in tip
    assert "Slot clash: LinkedIn 10:00 and 10:30" in tip


def test_keyboard_moves_selection_and_asks_for_weeks(view, qtbot):
    view.setFocus()
    with qtbot.waitSignal(view.selectionChanged):
        qtbot.keyClick(view, Qt.Key.Key_Home)
    first = view.selected_ids()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = view.selected_ids()
    assert first != second and len(second) == 1
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.selected_ids() == first
    qtbot.keyClick(view, Qt.Key.Key_Right)
    day = view._ordered()
    assert [o[0] for o in day if o[2] == view.selected_ids()[0]][0] > [o[0] for o in day if o[2] == first[0]][0]
    with qtbot.waitSignal(view.entryActivated) as sig:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert sig.args == view.selected_ids()
    with qtbot.waitSignal(view.weekChangeRequested) as sig:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert sig.args == [1]
    with qtbot.waitSignal(view.weekChangeRequested) as sig:
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert sig.args == [-1]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_ids() == []


def test_ctrl_wheel_changes_week(view, qtbot):
    from PySide6.QtCore import QPointF as P
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    received = []
    view.weekChangeRequested.connect(received.append)
    pos = P(view.canvas().rect().center())
    ev = QWheelEvent(pos, view.canvas().mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                     Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view._scroll.viewport(), ev)
    assert received == [1]


def test_programmatic_selection_and_entries_replacement(view, qtbot):
    ids = [e.id for e in in_week(view)][:3]
    with qtbot.assertNotEmitted(view.selectionChanged):
        view.select_entries(ids)
    assert view.selected_ids() == ids
    keep = [e for e in view.entries if e.id != ids[0]]
    with qtbot.assertNotEmitted(view.selectionChanged):  # the window owns the selection and sets it again
        view.set_entries(keep)  # a selected entry went away
    assert view.selected_ids() == ids[1:]


def test_crowded_day_on_screen_is_a_list_with_every_entry_clickable(qtbot):
    v = WeekView()
    qtbot.addWidget(v)
    v.set_workspace_tz(BERLIN)
    crowded = busy_day(date(2026, 8, 26), count=18)
    v.set_entries(crowded)
    v.set_week(W35)
    v.resize(1100, 700)
    v.show()
    qtbot.waitExposed(v)
    v.canvas().repaint()
    assert 2 in v._painted.compact_days
    assert {i for _, i in v._painted.hits} == {e.id for e in crowded}
    qtbot.mouseClick(v.canvas(), Qt.MouseButton.LeftButton, pos=centre(v, crowded[10].id))
    assert v.selected_ids() == [crowded[10].id]


def test_day_header_and_all_day_strip_stay_on_top_when_scrolled(view, qtbot):
    view.resize(900, 380)  # too short: the hours scroll
    qtbot.wait(10)
    bar = view._scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    view.canvas().repaint()
    all_day = next(e.id for e in in_week(view) if e.all_day)
    r = view.entry_rect(all_day)
    pos = QPoint(int(r.center().x()), int(r.center().y()) + bar.value())  # where it shows now
    qtbot.mouseClick(view.canvas(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.selected_ids() == [all_day]
