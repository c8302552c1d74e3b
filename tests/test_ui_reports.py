"""The Reports view: View ▸ Reports (Ctrl+5), charts with numbers on hover and in a table, over period and filters."""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from calendar_core.model import EntryFilter  # noqa: E402
from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401
from tests.test_ui_views import MARKETING, PR, loaded, settle  # noqa: E402,F401

pytestmark = pytest.mark.gui


def _table(view, key):
    from calendar_core.report_charts import chart_specs

    keys = [s.key for s in chart_specs(view.report)]
    table = view.tables[keys.index(key)]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    return headers, rows


def test_ctrl5_opens_reports_with_numbers_in_tables(qtbot, loaded):
    w = loaded
    w.go_to(date(2026, 8, 5))
    action = w.actions["view_reports"]
    assert action.shortcut().toString() == "Ctrl+5"
    assert action in w.menus["view"].actions()
    action.trigger()
    settle(qtbot)
    view = w.views["reports"]
    assert w.stack.currentWidget() is view
    rep = view.report
    assert rep.first == date(2026, 8, 1) and rep.last == date(2026, 8, 31)
    assert rep.total_posts == 5  # m4 is in September
    headers, rows = _table(view, "posts_per_week")
    week32 = next(r for r in rows if r[0].startswith("W32"))
    assert week32[-1] == "5" and sorted(headers[1:-1]) == sorted(rep.departments)
    _, mix = _table(view, "channel_mix")
    assert len(mix) == len(rep.departments)
    assert "August 2026" in view.heading.text() or "Aug 2026" in view.heading.text()
    assert len(view.charts) == len(view.tables) == 7


def test_hover_shows_the_number(qtbot, loaded):
    w = loaded
    w.go_to(date(2026, 8, 5))
    w.set_view("reports")
    settle(qtbot)
    view = w.views["reports"]
    chart = view.charts[0]
    chart.resize(800, 300)
    chart.grab()  # paints it, as on screen
    assert chart.hits
    rect, text = chart.hits[0]
    assert chart.text_at(rect.center().x(), rect.center().y()) == text
    assert "W32" in text and ":" in text


def test_filter_narrows_the_report(qtbot, loaded):
    w = loaded
    w.go_to(date(2026, 8, 5))
    w.set_view("reports")
    settle(qtbot)
    pr = next(d for d in w.views["reports"].report.departments if d != "Marketing" and "arketing" not in d)
    w.filter_bar.set_filter(EntryFilter(departments=frozenset({pr})))
    w.reload_view()
    settle(qtbot)
    rep = w.views["reports"].report
    assert rep.departments == [pr] and rep.total_posts == 2
    assert pr in rep.filter_text


def test_file_export_report_pdf(qtbot, loaded, tmp_path):
    import shutil
    import subprocess

    from ui.report_pdf import export_report_pdf

    w = loaded
    w.go_to(date(2026, 8, 5))
    w.set_view("month")
    settle(qtbot)
    names = [a.text() for a in w.settle.export_menu.actions()]
    assert "&Report (PDF)…" in names
    out = tmp_path / "report.pdf"
    assert export_report_pdf(w, out) >= 2
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Period: 27 Jul 2026 to 6 Sep 2026" in text  # the month grid shown
        for dept in w.workspace.departments():
            assert dept in text


def test_screen_legend_and_blackout_days(qtbot, loaded):
    from dataclasses import replace

    w = loaded
    ws = w.workspace
    ws.save_settings(replace(ws.settings, blackout_dates=["2026-08-06"]))
    w.refresh()
    settle(qtbot)
    assert w.legend.isVisibleTo(w) or w.legend.parent() is not None
    labels = w.legend.labels()
    assert "Conflict" in labels and "Blackout" in labels
    assert set(ws.departments()) <= set(labels)
    w.go_to(date(2026, 8, 5))
    w.set_view("month")
    settle(qtbot)
    month = w.views["month"]
    assert date(2026, 8, 6) in month.blackout
    image = month.grab().toImage()
    rect = next(r for r, d in month._days if d == date(2026, 8, 6))
    greys = {image.pixelColor(int(rect.left()) + x, int(rect.center().y()) + y).name()
             for x in range(5, 40) for y in range(-5, 5)}
    assert len(greys) >= 2  # hatched, not a flat fill
    w.set_view("week")
    settle(qtbot)
    assert date(2026, 8, 6) in w.views["week"].view._blackout
