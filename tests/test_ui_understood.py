"""The window says what it understood: mapping confirmation on a doubtful first import, the
source's time zone (Sources menu, Settings ▸ Departments), "What was understood…", and
an import summary that never gives a ✓ to a file with no entries."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QDialog, QLabel  # noqa: E402

from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401

pytestmark = pytest.mark.gui
UTC = timezone.utc


def _csv(path, header, rows):
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _berlin(ws):
    ws.save_settings(replace(ws.settings, timezone="Europe/Berlin"))
    return ws


def _import(qtbot, w, paths):
    with qtbot.waitSignal(w.importer.imported, timeout=15000) as blocker:
        w.import_files(paths)
    return blocker.args[0]


NO_OWNER = ("Date,Time,Channel,Title", ["2026-08-04,09:00,LinkedIn,Launch teaser", "2026-08-05,10:00,Blog,Recap"])
FULL = ("Date,Time,Channel,Title,Owner", ["2026-08-04,09:00,LinkedIn,Launch teaser,Lena Vogt"])


def test_first_import_without_owner_column_asks_and_remembers(qtbot, tmp_path, workspace, window_factory):
    path = _csv(tmp_path / "plan.csv", *NO_OWNER)
    w = window_factory(_berlin(workspace))
    asked = []

    def confirm(outcome):
        asked.append(outcome)
        return {"Date": "date", "Time": "time", "Channel": "channel", "Title": "owner"}  # the user's fix

    w.importer.ask_mapping = confirm
    batch = _import(qtbot, w, [path])
    assert len(asked) == 1 and asked[0].confirm is not None
    c = asked[0].confirm
    assert "no column holds the owner" in c.doubts
    assert c.headers == ["Date", "Time", "Channel", "Title"] and c.preview[0][3] == "Launch teaser"
    assert {m["column"]: m["role"] for m in c.proposal}["Title"] == "title"
    assert [o.ok for o in batch.outcomes] == [True]
    src = workspace.sources()[0]
    assert src.settings["column_map_chosen"]["Title"] == "owner"
    assert {e.owner for e in workspace.entries()} == {"Launch teaser", "Recap"}
    asked.clear()
    _import(qtbot, w, [path])  # the source remembers: no question on re-import
    assert asked == [] and {e.owner for e in workspace.entries()} == {"Launch teaser", "Recap"}


def test_declining_the_confirmation_imports_nothing_and_says_so(qtbot, tmp_path, workspace, window_factory):
    path = _csv(tmp_path / "plan.csv", *NO_OWNER)
    w = window_factory(_berlin(workspace))
    w.importer.ask_mapping = lambda outcome: None
    batch = _import(qtbot, w, [path])
    assert workspace.sources() == [] and not batch.outcomes[0].ok
    assert "not confirmed" in batch.outcomes[0].error and "owner" in batch.outcomes[0].error


def test_a_clear_sheet_and_a_quiet_import_do_not_ask(qtbot, tmp_path, workspace, window_factory):
    w = window_factory(_berlin(workspace))
    w.importer.ask_mapping = lambda outcome: pytest.fail("asked without a doubt")
    _import(qtbot, w, [_csv(tmp_path / "full.csv", *FULL)])
    with qtbot.waitSignal(w.importer.imported, timeout=15000):
        w.importer.import_files([_csv(tmp_path / "plan.csv", *NO_OWNER)], quiet=True)
    assert len(workspace.sources()) == 2


def test_confirm_dialog_shows_rows_and_proposed_roles_at_once(qtbot, tmp_path, workspace):
    from ui.dialogs.mapping import MappingDialog
    from ui.importing import _confirmation
    from importers import read_file

    path = _csv(tmp_path / "plan.csv", *NO_OWNER)
    result = read_file(path, workspace.import_options(path))
    c = _confirmation(workspace, path, result)
    d = MappingDialog(path.name, c.headers, c.preview, c.sheet, proposal=c.proposal, read=c.result, doubts=c.doubts)
    qtbot.addWidget(d)
    heads = [d.preview_model.horizontalHeaderItem(i).text() for i in range(d.preview_model.columnCount())]
    assert heads == ["Date ← Date", "Time ← Time", "Channel ← Channel", "Title ← Title"]
    assert d.preview_model.rowCount() == 2 and d.preview_model.index(0, 3).data() == "Launch teaser"
    assert d.read_model.rowCount() == 2 and d.read_model.index(0, 2).data() == "Launch teaser"
    assert d.buttons.buttons()[0].isEnabled()
    assert d.how["Date"].text() == "by its header"
    texts = " ".join(lbl.text() for lbl in d.findChildren(QLabel))
    assert "owner" in texts and "--" not in texts


def test_unmappable_reason_never_quotes_the_command_line(qtbot):
    from ui.dialogs.mapping import MappingDialog

    d = MappingDialog("odd.csv", ["Wann", "Was"], [["x", "y"]], "",
                      "no date column found; headers found: Wann, Was. Map one with --map \"HEADER=date\"")
    qtbot.addWidget(d)
    assert "--map" not in d.reason.text() and "no date column found" in d.reason.text()


def _PickZone(zone):  # noqa: N802 - reads as the stand-in it is
    """Stands in for SourceZoneDialog.exec: chooses ``zone`` (None: the workspace's) and accepts."""

    def exec_(dialog):
        dialog.use_workspace.setChecked(zone is None)
        if zone is not None:
            dialog.combo.setCurrentText(zone)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected

    return exec_


def test_sources_menu_time_zone_rereads_and_keeps_decisions(qtbot, tmp_path, workspace, window_factory, monkeypatch):
    from ui.dialogs.source_zone import SourceZoneDialog

    ws = _berlin(workspace)
    a = _csv(tmp_path / "marketing.csv", *FULL)
    b = _csv(tmp_path / "pr.csv", "Date,Time,Channel,Title,Owner", ["2026-08-04,09:30,LinkedIn,Press note,Ana Diaz"])
    w = window_factory(ws)
    _import(qtbot, w, [a, b])
    clash = [c for c in ws.analyse().conflicts if c.kind == "slot_clash"]
    assert len(clash) == 1
    ws.decide(clash[0].key, "intentional")
    row = next(i for i, s in enumerate(w.sources_model.sources()) if s.name == "marketing.csv")
    monkeypatch.setattr(SourceZoneDialog, "exec", _PickZone("Europe/London"))
    with qtbot.waitSignal(w.importer.imported, timeout=15000) as blocker:
        w.sources_panel.choose_zone(row)
    report = blocker.args[0].outcomes[0].report
    assert report.changed == 1
    assert report.notes == ["times read in Europe/London (the source's zone)"]
    launch = next(e for e in ws.entries() if e.title == "Launch teaser")
    assert launch.start == datetime(2026, 8, 4, 8, 0, tzinfo=UTC)  # 09:00 London
    again = [c for c in ws.analyse().conflicts if c.kind == "slot_clash"]
    assert [c.decision for c in again] == ["intentional"]
    # back to the workspace's zone
    monkeypatch.setattr(SourceZoneDialog, "exec", _PickZone(None))
    with qtbot.waitSignal(w.importer.imported, timeout=15000):
        w.sources_panel.choose_zone(row)
    launch = next(e for e in ws.entries() if e.title == "Launch teaser")
    assert launch.start == datetime(2026, 8, 4, 7, 0, tzinfo=UTC)  # 09:00 Berlin
    assert not ws.find_source(a).settings.get("zone_set")


def test_an_unknown_zone_is_refused_in_the_dialog(qtbot):
    from ui.dialogs.source_zone import SourceZoneDialog

    d = SourceZoneDialog("plan.csv", "Europe/Berlin", "Europe/Berlin", False)
    qtbot.addWidget(d)
    d.use_workspace.setChecked(False)
    d.combo.setCurrentText("Mars/Olympus")
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted and "Mars/Olympus" in d.error.text()


def test_departments_page_sets_the_zone_and_asks_for_a_reread(qtbot, tmp_path, workspace, monkeypatch):
    from ui.dialogs.departments_page import COL_ZONE, DepartmentsPage

    ws = _berlin(workspace)
    path = _csv(tmp_path / "plan.csv", *FULL)
    ws.import_file(path)
    page = DepartmentsPage(ws)
    qtbot.addWidget(page)
    assert page.table.item(0, COL_ZONE).text() == "Europe/Berlin (default)"
    page.table.setCurrentCell(0, COL_ZONE)
    from ui.dialogs.source_zone import SourceZoneDialog

    monkeypatch.setattr(SourceZoneDialog, "exec", _PickZone("America/New_York"))
    page.choose_zone()
    assert page.table.item(0, COL_ZONE).text() == "America/New_York" and page.has_changes()
    assert page.apply() == [str(path.resolve())]
    src = ws.sources()[0]
    assert src.settings["timezone"] == "America/New_York" and src.settings["zone_set"]


def test_what_was_understood_lists_columns_zone_and_doubts(qtbot, tmp_path, workspace):
    from calendar_core.understood import source_mapping
    from ui.dialogs.understood import UnderstoodDialog

    ws = _berlin(workspace)
    ws.import_file(_csv(tmp_path / "plan.csv", *NO_OWNER))
    src = ws.sources()[0]
    d = UnderstoodDialog(src, ws.settings.timezone, on_mapping=lambda: None, on_zone=lambda: None)
    qtbot.addWidget(d)
    rows = [[d.model.index(r, c).data() for c in range(1, 5)] for r in range(d.model.rowCount())]
    assert rows[0] == ["Date", "date", "by its header", "100 %"]
    assert len(rows) == len(source_mapping(src.settings))
    assert "Europe/Berlin" in d.zone_label.text()
    assert "owner" in d.doubts.text()
    assert d.mapping_button is not None and d.mapping_button in d.buttons.buttons()


def test_summary_never_ticks_a_file_with_no_entries(qtbot, tmp_path, fake_reader, workspace):
    from calendar_core.model import SyncReport
    from ui.dialogs.import_summary import ImportSummaryDialog, summary_text
    from ui.importing import FileOutcome

    full = FileOutcome(tmp_path / "a.csv", SyncReport(1, "a.csv", new=3, notes=["times read in UTC (x)"],
                                                     mapping=[{"sheet": "", "column": "Net", "role": "channel",
                                                               "by": "content", "confidence": 0.8}]))
    empty = FileOutcome(tmp_path / "b.csv", SyncReport(2, "b.csv", skipped=4, warnings=["b.csv, row 2: no date"]))
    gone = FileOutcome(tmp_path / "c.ics", SyncReport(3, "c.ics", removed=2))
    refused = FileOutcome(tmp_path / "d.docx", error="d.docx: unsupported")
    d = ImportSummaryDialog([full, empty, gone, refused])
    qtbot.addWidget(d)
    names = [d.model.index(r, 0).data() for r in range(4)]
    assert names == ["✓ a.csv", "⚠ b.csv", "⚠ c.ics", "✗ d.docx"]
    first = d.model.index(1, 0)
    assert "all 4 rows" in d.model.index(0, 0, first).data()
    assert "removed" in d.model.index(0, 0, d.model.index(2, 0)).data()
    a = d.model.index(0, 0)
    children = [d.model.index(i, 0, a).data() for i in range(d.model.rowCount(a))]
    assert children[0] == "times read in UTC (x)" and children[-1] == "What was understood"
    understood = d.model.index(len(children) - 1, 0, a)
    assert d.model.index(0, 0, understood).data() == "Net → channel (by its content, 80 % sure)"
    assert "2 gave no entries" in summary_text([full, empty, gone, refused])


def test_change_the_column_roles_of_a_source_later(qtbot, tmp_path, workspace, window_factory, monkeypatch):
    from ui.dialogs.mapping import MappingDialog

    ws = _berlin(workspace)
    path = _csv(tmp_path / "plan.csv", *NO_OWNER)
    w = window_factory(ws)
    with qtbot.waitSignal(w.importer.imported, timeout=15000):
        w.importer.import_files([path], quiet=True)  # imported as proposed, without asking
    seen = {}

    def exec_(dialog):
        seen["heads"] = [dialog.preview_model.horizontalHeaderItem(i).text()
                         for i in range(dialog.preview_model.columnCount())]
        dialog.set_field("Title", "owner")
        return MappingDialog.DialogCode.Accepted

    monkeypatch.setattr(MappingDialog, "exec", exec_)
    with qtbot.waitSignal(w.importer.imported, timeout=15000):
        w.sources_panel.change_mapping(0)
    assert seen["heads"] == ["Date ← Date", "Time ← Time", "Channel ← Channel", "Title ← Title"]
    assert {e.owner for e in ws.entries()} == {"Launch teaser", "Recap"}
    src = ws.sources()[0]
    assert src.settings["column_map_chosen"]["Title"] == "owner"
    from calendar_core.understood import source_mapping

    assert {m["column"]: (m["role"], m["by"]) for m in source_mapping(src.settings)}["Title"] == ("owner", "stored")


def test_settings_dialog_passes_the_zone_change_on_for_a_reread(qtbot, tmp_path, workspace, monkeypatch):
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.source_zone import SourceZoneDialog

    ws = _berlin(workspace)
    path = _csv(tmp_path / "plan.csv", *FULL)
    ws.import_file(path)
    d = SettingsDialog(ws)
    qtbot.addWidget(d)
    d.departments.table.setCurrentCell(0, 0)
    monkeypatch.setattr(SourceZoneDialog, "exec", _PickZone("Asia/Tokyo"))
    d.departments.choose_zone()
    d.accept()
    assert d.outcome.reread == [str(path.resolve())] and d.outcome.needs_analysis
    assert ws.sources()[0].settings["timezone"] == "Asia/Tokyo"


def test_a_rearranged_table_is_confirmed_as_the_reader_rearranged_it(qtbot, tmp_path, workspace, window_factory):
    """A plan dated by week number and weekday asks about the table as read, with its dates put
    together: the mapping shown holds the date column, so accepting it imports the posts."""
    path = _csv(tmp_path / "planning.csv", "Week;Dag;Tijd;Kanaal;Onderwerp",
                ["W41;ma;16:30;LinkedIn;Kick-off", "W41;do;11:15;Instagram;Recap", "W42;di;09:00;LinkedIn;Poll"])
    stamp = datetime(2026, 9, 28, 9, tzinfo=ZoneInfo("Europe/Berlin")).timestamp()
    os.utime(path, (stamp, stamp))
    w = window_factory(_berlin(workspace))
    asked = []

    def confirm(outcome):
        asked.append(outcome)
        return {m["column"]: m["role"] for m in outcome.confirm.proposal}  # Import, as shown

    w.importer.ask_mapping = confirm
    batch = _import(qtbot, w, [path])
    [c] = [o.confirm for o in asked]
    assert c.headers[-1] == "Date" and "Week" in c.headers
    assert c.preview[0][-1] == "2026-10-05"
    assert {m["column"]: m["role"] for m in c.proposal}["Date"] == "date"
    assert [o.ok for o in batch.outcomes] == [True]
    assert sorted(e.start.date().isoformat() for e in workspace.entries()) == ["2026-10-05", "2026-10-08", "2026-10-13"]
