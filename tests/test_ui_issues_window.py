"""The issues dock in the real main window: jump, select, mark, re-import, un-mark, settings."""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QDialog, QDockWidget  # noqa: E402

from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401
from ui import jobs  # noqa: E402
from ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from ui.export_actions import EVERYTHING  # noqa: E402
from ui.widgets.issues_panel import SHOW_ALL, SHOW_UNDECIDED  # noqa: E402

pytestmark = pytest.mark.gui

# Marketing and PR both post on LinkedIn on Wed 12 Aug, 15 minutes apart; Lena is booked twice on 20 Aug.
MARKETING = ["m1|Launch post|2026-08-12T10:00:00+02:00|LinkedIn|Lena Vogt",
             "m2|Case study|2026-08-20T09:00:00+02:00|Blog|Lena Vogt"]
PR = ["p1|Press release|2026-08-12T10:15:00+02:00|Linked In|Ana Diaz",
      "p2|Interview|2026-08-20T09:00:00+02:00|X|lena vogt"]


def settle(qtbot, window):
    """Wait until imports, the window's loads and the issues analysis are all done."""
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0 and not window.importer.busy, timeout=15000)
    qtbot.waitUntil(lambda: window.settle.controller.snapshot is not None and not window.settle.controller.running,
                    timeout=15000)
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0, timeout=15000)


@pytest.fixture
def files(tmp_path):
    return [write_cal(tmp_path / "marketing.fake", MARKETING), write_cal(tmp_path / "pr.fake", PR)]


@pytest.fixture
def window(qtbot, tmp_path, fake_reader, workspace, window_factory, files):
    settings = workspace.settings
    settings.timezone = "Europe/Berlin"
    workspace.save_settings(settings)
    w = window_factory(workspace)
    w.show()
    w.import_files(files)
    settle(qtbot, w)
    return w


def test_dock_and_menus_are_installed(window):
    dock = window.findChild(QDockWidget, "issuesDock")
    assert dock is window.settle.dock and dock.widget() is window.settle.panel
    file_texts = [a.text() for a in window.menus["file"].actions()]
    at = file_texts.index("E&xport")
    assert file_texts[at - 1:at + 3] == ["", "E&xport", "&Print week…", ""] and file_texts[-1] == "&Quit"
    assert file_texts.index("&Import…") < at
    assert "&Settings…" in [a.text() for a in window.menus["edit"].actions()]
    assert "&Conflicts and duplicates" in [a.text() for a in window.menus["view"].actions()]


def test_choosing_a_conflict_moves_the_week_view_and_selects_its_entries(qtbot, window):
    panel = window.settle.panel
    window.set_view("week")
    window.go_to(date(2026, 8, 5))  # the import brought the view to the entries: move off them first
    assert window.anchor == date(2026, 8, 5)
    clash = next(r for r in panel.model.visible_rows() if r.kind == "slot_clash")
    assert panel.select_key(clash.key)
    week = window.views["week"].view
    assert window.anchor == date(2026, 8, 12)
    assert week.week() == date(2026, 8, 10)
    assert sorted(week.selected_ids()) == sorted(clash.entry_ids)
    titles = {e.title for e in window.views["week"].entries if e.id in clash.entry_ids}
    assert titles == {"Launch post", "Press release"}
    qtbot.waitUntil(lambda: set(clash.entry_ids) <= set(window.markers), timeout=10000)
    assert window.markers[clash.entry_ids[0]].startswith("Slot clash: LinkedIn:")


def test_choosing_an_issue_in_another_week_selects_its_own_entries(qtbot, window):
    """The week view used to re-emit the previous selection, filtered to the new week, after
    the window had set the new one: the second choice selected nothing or the first one's entries."""
    panel = window.settle.panel
    window.set_view("week")
    week = window.views["week"].view
    clash = next(r for r in panel.model.visible_rows() if r.kind == "slot_clash")
    booking = next(r for r in panel.model.visible_rows() if r.kind == "double_booking")
    for item, monday in ((clash, date(2026, 8, 10)), (booking, date(2026, 8, 17)), (clash, date(2026, 8, 10))):
        assert panel.select_key(item.key)
        assert week.week() == monday
        assert sorted(week.selected_ids()) == sorted(item.entry_ids)
        assert sorted(window.selection) == sorted(item.entry_ids)


def test_intentional_survives_reimport_and_unmark_brings_it_back(qtbot, window, files):
    panel = window.settle.panel
    clash = next(r for r in panel.model.visible_rows() if r.kind == "slot_clash")
    panel.select_key(clash.key)
    panel.note_edit.setText("joint launch")
    panel.intentional_button.click()
    undecided = [r.key for r in panel.model.visible_rows()]
    assert clash.key not in undecided
    def clash_marked():  # the entries may stay marked for another open item, not for this one
        return any("Slot clash" in window.markers.get(i, "") for i in clash.entry_ids)

    assert not clash_marked()

    # the same files again: nothing changes, the decision stays
    window.import_files(files)
    settle(qtbot, window)
    assert clash.key not in [r.key for r in panel.model.visible_rows()]
    panel.show_combo.setCurrentIndex(SHOW_ALL)
    row = panel.model.row_for_key(clash.key)
    assert (row.decision, row.note) == ("intentional", "joint launch")

    panel.select_key(clash.key)
    panel.unmark_button.click()
    panel.show_combo.setCurrentIndex(SHOW_UNDECIDED)
    assert clash.key in [r.key for r in panel.model.visible_rows()]
    assert all("Slot clash" in window.markers.get(i, "") for i in clash.entry_ids)


def test_changing_a_rule_in_settings_changes_the_conflict_count(qtbot, window, monkeypatch):
    controller = window.settle.controller
    before = len(controller.snapshot.conflicts)
    assert before == 2

    def fake_exec(dialog):
        dialog.rules.slot_minutes.setValue(10)  # the LinkedIn posts are 15 minutes apart
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.settle.settings_action.trigger()
    settle(qtbot, window)
    assert [c.kind for c in controller.snapshot.conflicts] == ["double_booking"]
    assert window.settle.panel.summary.text().startswith("Whole workspace: 1 of 1 conflict, ")


def test_print_week_opens_the_preview_of_the_week_shown(window, monkeypatch):
    import ui.printing

    calls = []
    monkeypatch.setattr(ui.printing, "open_print_preview", lambda *args: calls.append(args), raising=False)
    window.set_view("week")
    window.go_to(date(2026, 8, 13))
    window.settle.print_action.trigger()
    parent, ws, weeks, flt, mode = calls[-1]
    assert parent is window and ws is window.workspace
    assert weeks == [date(2026, 8, 10)] and mode == "days" and flt == window.current_filter()
    window.set_view("month")
    window.settle.print_action.trigger()
    weeks = calls[-1][2]
    assert weeks[0] <= date(2026, 8, 1) and weeks[-1] >= date(2026, 8, 31 - 6) and len(weeks) in (5, 6)


def test_print_week_opens_the_real_preview(qtbot, window):
    pytest.importorskip("PySide6.QtPrintSupport")
    window.set_view("week")
    window.go_to(date(2026, 8, 12))
    window.settle.print_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QDialog)), timeout=10000)
    preview = next(d for d in window.findChildren(QDialog) if d.isVisible())
    assert type(preview).__name__ == "WeekPrintPreview"
    assert preview.job.weeks == [date(2026, 8, 10)]
    preview.close()


def test_reload_and_source_edits_analyse_again(qtbot, window):
    controller = window.settle.controller
    with qtbot.waitSignal(controller.analysed, timeout=10000):
        window.actions["refresh"].trigger()
    settle(qtbot, window)
    with qtbot.waitSignal(controller.analysed, timeout=10000):
        window.sources_model.edited.emit()
    settle(qtbot, window)


def test_export_from_the_window_menu(qtbot, window, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    exports = window.settle.exports
    monkeypatch.setattr(exports, "ask_scope", lambda *a, **k: EVERYTHING)
    monkeypatch.setattr(exports, "ask_path", lambda spec: str(tmp_path / "week-report.json"))
    exports.actions["json"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    report = json.loads((tmp_path / "week-report.json").read_text(encoding="utf-8"))
    assert report["summary"]["entries"] == 4 and report["summary"]["conflicts"] == 2
    assert told == [f"Report saved: 4 entries, 2 undecided conflicts in {tmp_path / 'week-report.json'}"]


def test_export_of_the_shown_period_passes_it_like_the_command_line(qtbot, window, tmp_path, monkeypatch):
    """The GUI's export honours a period (and the ICS expansion window) as `consolidate --from/--to` does."""
    import json

    from PySide6.QtWidgets import QMessageBox

    told, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.go_to(date(2026, 8, 12))
    exports = window.settle.exports

    def scope(spec, shown, total, in_period=None):
        asked.append((shown, total, in_period))
        return window.current_filter(), tuple(window.current_range())

    monkeypatch.setattr(exports, "ask_scope", scope)
    monkeypatch.setattr(exports, "ask_path", lambda spec: str(tmp_path / "week.json"))
    exports.actions["json"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert asked == [(4, 4, 2)]
    report = json.loads((tmp_path / "week.json").read_text(encoding="utf-8"))
    assert report["summary"]["entries"] == 2
    start, end = window.current_range()
    assert report["period"]["from"].startswith(start.date().isoformat())


def test_ctrl_z_right_after_resolved_undoes_the_mark(qtbot, window):
    panel = window.settle.panel
    entries = window.workspace.count_entries()
    clash = next(r for r in panel.model.visible_rows() if r.kind == "slot_clash")
    panel.select_key(clash.key)
    panel.resolved_button.click()
    qtbot.waitUntil(lambda: window.actions["undo"].isEnabled()
                    and window.actions["undo"].text() == "&Undo mark Resolved", timeout=10000)
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: window.undo_job is None, timeout=10000)
    settle(qtbot, window)
    assert window.workspace.count_entries() == entries  # the import stays
    assert clash.key not in window.workspace.decisions()
    assert clash.key in [r.key for r in panel.model.visible_rows()]
    assert window.actions["redo"].text() == "&Redo mark Resolved"
    window.actions["redo"].trigger()
    qtbot.waitUntil(lambda: window.undo_job is None, timeout=10000)
    assert window.workspace.decisions()[clash.key].status == "resolved"
    assert window.actions["undo"].text() == "&Undo mark Resolved"
