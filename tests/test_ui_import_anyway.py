"""A table judged not to be a calendar: the window asks "Import it anyway?" and yes imports it."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

pytest.importorskip("PySide6")

from tests.ui_helpers import qsettings, window_factory, workspace  # noqa: E402,F401

pytestmark = pytest.mark.gui


def _lookup_table(path, days=60):
    """A date dimension: every row the next day, only numbers beside the date."""
    lines = ["date,year,month,day,weekday,quarter"]
    for k in range(days):
        d = date(2026, 1, 1) + timedelta(days=k)
        lines.append(f"{d.isoformat()},{d.year},{d.month},{d.day},{d.isoweekday()},{(d.month - 1) // 3 + 1}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_yes_imports_a_table_judged_not_a_calendar(qtbot, tmp_path, workspace, window_factory):
    path = _lookup_table(tmp_path / "dim.csv")
    w = window_factory(workspace)
    asked = []
    w.importer.ask_anyway = lambda outcome: asked.append(outcome.judged.reason) or True
    with qtbot.waitSignal(w.importer.imported, timeout=20000) as blocker:
        w.import_files([path])
    assert len(asked) == 1 and "lookup table" in asked[0]
    [outcome] = blocker.args[0].outcomes
    assert outcome.ok and outcome.report.new == 60
    assert workspace.sources()[0].settings.get("accept_any_table") is True


def test_no_leaves_the_table_out_with_its_reason(qtbot, tmp_path, workspace, window_factory):
    path = _lookup_table(tmp_path / "dim.csv")
    w = window_factory(workspace)
    w.importer.ask_anyway = lambda outcome: False
    with qtbot.waitSignal(w.importer.imported, timeout=20000) as blocker:
        w.import_files([path])
    [outcome] = blocker.args[0].outcomes
    assert not outcome.ok and "not imported as a calendar" in outcome.error
    assert workspace.sources() == []


def test_the_question_names_the_file_and_the_reason(qtbot, tmp_path, workspace, window_factory, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = _lookup_table(tmp_path / "dim.csv")
    w = window_factory(workspace)
    shown = []

    def question(parent, title, text, *args):
        shown.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    with qtbot.waitSignal(w.importer.imported, timeout=20000) as blocker:
        w.import_files([path])
    assert shown and shown[0][0] == "Import it anyway?" and "dim.csv" in shown[0][1]
    assert "every row is the next day" in shown[0][1]
    assert blocker.args[0].outcomes[0].ok
