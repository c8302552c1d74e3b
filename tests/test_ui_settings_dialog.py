"""The settings dialog: rules change the analysis, zones are validated, names and sources are edited."""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from tests.settle_support import make_workspace, ws  # noqa: E402,F401 - ws is a fixture
from ui.dialogs.settings_dialog import SettingsDialog, check_timezone, open_settings  # noqa: E402
from ui.issues_controller import IssuesController  # noqa: E402


def _dialog(qtbot, ws):
    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_shows_the_stored_rules(qtbot, ws):
    dialog = _dialog(qtbot, ws)
    assert dialog.rules.slot_minutes.value() == 60
    assert dialog.rules.timezone.currentText() == "Europe/Berlin"
    assert dialog.rules.dup_similarity.value() == pytest.approx(ws.settings.duplicate_threshold)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Rules", "Names", "Departments", "Blackout dates",
                                                                          "Language"]


def test_changing_a_rule_changes_the_conflict_count(qtbot, ws, monkeypatch):
    controller = IssuesController(ws)
    with qtbot.waitSignal(controller.analysed, timeout=10000):
        controller.reanalyse()
    assert [c.kind for c in controller.snapshot.conflicts] == ["slot_clash", "double_booking"]

    def fake_exec(dialog):
        dialog.rules.slot_minutes.setValue(15)  # the LinkedIn posts are 20 minutes apart
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    with qtbot.waitSignal(controller.analysed, timeout=10000):
        outcome = open_settings(None, ws, controller)
    assert outcome.settings_changed and not outcome.names_changed
    assert ws.settings.slot_minutes == 15
    assert [c.kind for c in controller.snapshot.conflicts] == ["double_booking"]


def test_opening_and_saving_keeps_every_stored_value(qtbot, ws):
    before = ws.settings.to_dict()
    dialog = _dialog(qtbot, ws)
    dialog.accept()
    assert ws.settings.to_dict() == before and not dialog.outcome.needs_analysis


def test_cancel_changes_nothing(qtbot, ws, monkeypatch):
    def fake_exec(dialog):
        dialog.rules.slot_minutes.setValue(5)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    assert open_settings(None, ws) is None
    assert ws.settings.slot_minutes == 60


def test_unknown_time_zone_is_refused_with_a_message(qtbot, ws):
    dialog = _dialog(qtbot, ws)
    dialog.rules.timezone.setCurrentText("Europe/Berln")
    assert "Unknown time zone “Europe/Berln”" in dialog.rules.timezone_error.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Europe/Berln" in dialog.error.text() and "IANA" in dialog.error.text()
    assert ws.settings.timezone == "Europe/Berlin"
    dialog.rules.timezone.setCurrentText("America/New_York")
    assert dialog.rules.timezone_error.text() == ""
    dialog.accept()
    assert ws.settings.timezone == "America/New_York"


def test_check_timezone():
    assert check_timezone("Asia/Tokyo") is None
    assert check_timezone("") == "Enter a time zone, such as Europe/Berlin."
    assert "Unknown" in check_timezone("Mars/Olympus")


def test_per_channel_limit_and_duplicate_sensitivity_are_saved(qtbot, ws):
    dialog = _dialog(qtbot, ws)
    dialog.rules.add_override("LinkedIn", 1)
    dialog.rules.dup_similarity.setValue(0.9)
    dialog.rules.dup_window.setValue(3)
    dialog.rules.default_duration.setValue(45)
    dialog.rules.horizon_future.setValue(400)
    dialog.rules.ignored.setText("Cancelled,  idea , ")
    dialog.accept()
    s = ws.settings
    assert s.overload_per_channel == {"LinkedIn": 1}
    assert s.duplicate_threshold == pytest.approx(0.9)
    assert (s.duplicate_window_days, s.default_duration_minutes, s.horizon_future_days) == (3, 45, 400)
    assert s.ignored_statuses == ["Cancelled", "idea"]
    assert any(c.kind == "overload" for c in ws.analyse().conflicts)


def test_blackout_dates_add_blackout_conflicts(qtbot, ws):
    dialog = _dialog(qtbot, ws)
    dialog.blackout.add_range(date(2026, 8, 12), date(2026, 8, 12))
    dialog.blackout.add_range(date(2026, 12, 31), date(2026, 12, 24))
    assert dialog.blackout.values() == ["2026-08-12", "2026-12-24..2026-12-31"]
    dialog.accept()
    assert ws.settings.blackout_dates == ["2026-08-12", "2026-12-24..2026-12-31"]
    blackout = [c for c in ws.analyse().conflicts if c.kind == "blackout"]
    assert {i for c in blackout for i in c.entry_ids} == {1, 4}


def test_synonyms_add_edit_merge_and_remove(qtbot, ws):
    dialog = _dialog(qtbot, ws)
    names = dialog.names
    names.kind_combo.setCurrentIndex(names.kind_combo.findData("channel"))
    names.set_synonym("channel", "Site", "Website")
    names.merge_names("channel", "Newsletter", "LinkedIn")
    assert ("Newsletter", "LinkedIn") in names.rows()
    assert names.table.rowCount() == 2
    dialog.accept()
    assert dialog.outcome.names_changed and dialog.outcome.entries_renamed == 1
    assert "Newsletter" not in ws.channels() and "LinkedIn" in ws.channels()
    assert set(ws.synonym_rows()) == {("channel", "Newsletter", "LinkedIn"), ("channel", "Site", "Website")}

    dialog = _dialog(qtbot, ws)
    dialog.names.kind_combo.setCurrentIndex(dialog.names.kind_combo.findData("channel"))
    dialog.names.table.selectRow(0)  # "Newsletter" sorts first
    dialog.names.remove_selected()
    dialog.accept()
    assert ws.synonym_rows() == [("channel", "Site", "Website")]
    assert "Newsletter" in ws.channels()


def test_merging_people_makes_a_double_booking(qtbot, ws):
    dialog = _dialog(qtbot, ws)
    dialog.names.merge_names("person", "Tom Hale", "Anna Roth")
    dialog.rules.slot_minutes.setValue(0)
    dialog.accept()
    booked = [c.message for c in ws.analyse().conflicts if c.kind == "double_booking"]
    assert len(booked) == 2 and any(m.startswith("Anna Roth is booked twice") for m in booked)
    assert "Anna Roth" in ws.people() and "Tom Hale" not in ws.people()


def test_departments_rename_colour_and_blackout_source(qtbot, ws):
    dialog = _dialog(qtbot, ws)
    page = dialog.departments
    assert page.table.rowCount() == 2
    page.table.item(1, 1).setText("Sales & Partners")
    page.set_colour(0, "#123456")
    page.table.item(1, 3).setCheckState(Qt.CheckState.Checked)
    page.table.item(0, 1).setText("  ")
    assert "cannot be empty" in page.error.text() and page.table.item(0, 1).text() == "Marketing"
    dialog.accept()
    assert dialog.outcome.sources_changed
    marketing, sales = ws.sources()
    assert (marketing.department, marketing.colour, marketing.blackout) == ("Marketing", "#123456", False)
    assert (sales.department, sales.blackout) == ("Sales & Partners", True)
    # the Sales calendar now only marks blackout days: Marketing's posts on them are flagged
    assert {c.kind for c in ws.analyse().conflicts} == {"blackout"}


def test_merge_and_synonym_dialogs_refuse_incomplete_input(qtbot):
    from ui.dialogs.synonyms_page import MergeDialog, SynonymEditor

    merge = MergeDialog("channel", ["Blog", "Website"])
    qtbot.addWidget(merge)
    assert merge.values() == ("Blog", "Website")
    merge.target.setCurrentText("blog")
    merge.accept()
    assert merge.result() != QDialog.DialogCode.Accepted and merge.error.text() == "Choose two different names."
    editor = SynonymEditor("person", known=["Lena Vogt"])
    qtbot.addWidget(editor)
    editor.name_edit.setText("  L.  Vogt ")
    editor.accept()
    assert editor.error.text() == "Both names are needed."
    editor.canonical_edit.setCurrentText("Lena Vogt")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted and editor.values() == ("L. Vogt", "Lena Vogt")


def test_builtin_spellings_are_shown_and_can_be_overridden(qtbot, ws):
    dialog = _dialog(qtbot, ws)
    names = dialog.names
    names.kind_combo.setCurrentIndex(names.kind_combo.findData("channel"))
    assert names.table.rowCount() == 0
    names.builtin_check.setChecked(True)
    shown = [(names.table.item(r, 0).text(), names.table.item(r, 1).text()) for r in range(names.table.rowCount())]
    assert ("li", "LinkedIn") in shown and ("twitter", "X") in shown
    row = shown.index(("tw", "X"))
    names.table.selectRow(row)
    assert names.edit_button.isEnabled() and not names.remove_button.isEnabled()
    names.remove_selected()  # a built-in row cannot be removed
    assert names.table.rowCount() == len(shown)
    names.set_synonym("channel", "tw", "Twitch")
    shown = [(names.table.item(r, 0).text(), names.table.item(r, 1).text()) for r in range(names.table.rowCount())]
    assert shown[0] == ("tw", "Twitch") and ("tw", "X") not in shown


def test_blackout_dates_read_as_dates(qtbot, ws):
    s = ws.settings
    s.blackout_dates = ["2026-12-24..2026-12-31", "2026-10-03", "someday"]
    ws.save_settings(s)
    dialog = _dialog(qtbot, ws)
    texts = [dialog.blackout.list.item(i).text() for i in range(dialog.blackout.list.count())]
    assert texts == ["Sat 3 Oct 2026", "Thu 24 Dec 2026 – Thu 31 Dec 2026", "someday"]
    dialog.blackout.add_range(date(2026, 11, 1), date(2026, 11, 1))
    assert dialog.blackout.values() == ["2026-10-03", "2026-11-01", "2026-12-24..2026-12-31", "someday"]


def test_change_colour_uses_the_colour_chooser(qtbot, ws, monkeypatch):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    asked = []
    monkeypatch.setattr(QColorDialog, "getColor", lambda current, parent, title: asked.append(title) or QColor("#ff8800"))
    dialog = _dialog(qtbot, ws)
    dialog.departments.table.setCurrentCell(1, 2)
    dialog.departments.colour_button.click()
    assert asked == ["Colour of Sales"]
    dialog.accept()
    assert ws.sources()[1].colour == "#ff8800"
