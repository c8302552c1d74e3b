"""File ▸ Export: scope, save path, the job, the message; the files are the command line's."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMainWindow, QMessageBox  # noqa: E402

from calendar_core.model import EntryFilter  # noqa: E402
from tests.settle_support import make_workspace, ws  # noqa: E402,F401 - ws is a fixture
from tests.ui_helpers import qsettings  # noqa: E402,F401
from ui.export_actions import EVERYTHING, ExportActions, default_name, export_file  # noqa: E402

NOW = datetime(2026, 8, 1, 9, 0, tzinfo=timezone.utc)
MARKETING = EntryFilter(departments=frozenset({"Marketing"}))


@pytest.fixture
def window(qtbot, ws, monkeypatch, qsettings):
    win = QMainWindow()
    qtbot.addWidget(win)
    win.shown = {"filter": MARKETING}
    win.messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: win.messages.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: win.messages.append(("warning", text)))
    actions = ExportActions(win, lambda: ws, lambda: win.shown["filter"])
    actions.build_menu(win.menuBar().addMenu("&File"))
    win.export_actions = actions
    return win


def _finish(qtbot, job):
    with qtbot.waitSignal(job.finished, timeout=15000, raising=False):
        pass
    qtbot.waitUntil(lambda: job.done, timeout=15000)


def test_menu_has_the_three_exports(window):
    file_menu = window.menuBar().actions()[0].menu()
    export_menu = file_menu.actions()[0].menu()
    assert [a.text() for a in export_menu.actions()] == [
        "Master calendar (ICS)…", "Workbook (Excel)…", "Report (JSON)…"]


def test_json_report_with_the_current_filters(qtbot, window, tmp_path, monkeypatch):
    actions = window.export_actions
    asked = []

    def scope(spec, shown, total):
        asked.append((shown, total))
        return MARKETING

    monkeypatch.setattr(actions, "ask_scope", scope)
    monkeypatch.setattr(actions, "ask_path", lambda spec: str(tmp_path / "out" / "report"))
    (tmp_path / "out").mkdir()
    job = actions.export("json")
    _finish(qtbot, job)
    assert asked == [(3, 6)]
    target = tmp_path / "out" / "report.json"
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["summary"]["entries"] == 3
    assert {e["department"] for e in report["entries"]} == {"Marketing"}
    assert [s["file"] for s in report["sources"]] == ["marketing_plan.csv"]
    assert window.messages == [("info", f"Report saved: 3 entries, 0 undecided conflicts in {target}")]
    assert all(a.isEnabled() for a in actions.actions.values())


def test_everything_when_the_filters_hide_nothing(qtbot, window, tmp_path, monkeypatch):
    actions = window.export_actions
    window.shown["filter"] = EntryFilter()
    monkeypatch.setattr(actions, "ask_scope", lambda *a: pytest.fail("no question when nothing is hidden"))
    monkeypatch.setattr(actions, "ask_path", lambda spec: str(tmp_path / "all.xlsx"))
    job = actions.export("xlsx")
    _finish(qtbot, job)
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(tmp_path / "all.xlsx", read_only=True)
    assert "Conflicts" in book.sheetnames
    assert window.messages[-1] == ("info", f"Workbook saved: 6 entries, 2 undecided conflicts in {tmp_path / 'all.xlsx'}")


def test_cancelled_scope_or_path_exports_nothing(window, monkeypatch, tmp_path):
    actions = window.export_actions
    monkeypatch.setattr(actions, "ask_scope", lambda *a: False)
    assert actions.export("ics") is None
    monkeypatch.setattr(actions, "ask_scope", lambda *a: EVERYTHING)
    monkeypatch.setattr(actions, "ask_path", lambda spec: "")
    assert actions.export("ics") is None
    assert window.messages == [] and not list(tmp_path.glob("*.ics"))


def test_ics_export_everything(qtbot, window, ws, tmp_path):
    target = tmp_path / "master.ics"
    job = window.export_actions.start_export("ics", target, EVERYTHING, now=NOW)
    _finish(qtbot, job)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") == 6
    assert window.messages == [("info", f"Master calendar saved: 6 entries, 6 events in {target}")]
    assert window.statusBar().currentMessage() == window.messages[0][1]


def test_a_failed_export_says_why(qtbot, window, tmp_path):
    target = tmp_path / "missing" / "master.ics"
    job = window.export_actions.start_export("ics", target, EVERYTHING)
    _finish(qtbot, job)
    kind, text = window.messages[-1]
    assert kind == "warning" and text.startswith(f"Master calendar not saved to {target}:")
    assert "does not exist" in text


def test_export_file_matches_the_command_line_report(ws, tmp_path):
    done = export_file(ws, "json", tmp_path / "r.json", None, now=NOW)
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert done.entries == 6 and report["generated"] == NOW.isoformat()
    assert report["summary"]["conflicts"] == 2 and report["summary"]["duplicates"] == 1
    assert report["timezone"] == "Europe/Berlin"


def test_default_name():
    assert default_name("xlsx", date(2026, 8, 3)) == "master-calendar-2026-08-03.xlsx"
    assert default_name("json", date(2026, 8, 3)) == "masthead-report-2026-08-03.json"
