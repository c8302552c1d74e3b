"""File ▸ Print week…: the print preview over a workspace."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from calendar_core.model import EntryFilter
from calendar_core.workspace import Workspace
from helpers import berlin, plus, rec, result


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite")
    ws.apply_import(result(tmp_path / "marketing.csv", [
        rec("1", "Launch teaser for Routes 3.0", berlin(2026, 8, 4, 10), plus(berlin(2026, 8, 4, 10), 30),
            channel="LinkedIn"),
        rec("2", "Webinar recap", berlin(2026, 8, 12, 15), channel="Blog"),
    ]), department="Marketing")
    ws.apply_import(result(tmp_path / "sales.csv", [
        rec("1", "Customer story: Baltic Freight", berlin(2026, 8, 5, 9), channel="LinkedIn"),
    ]), department="Sales")
    yield ws
    ws.close()


def test_preview_pages_mode_switch_and_save_pdf(qtbot, workspace, tmp_path):
    from ui.printing import open_print_preview

    dialog = open_print_preview(None, workspace, [date(2026, 8, 3), date(2026, 8, 10)],
                                EntryFilter(departments=frozenset({"Marketing", "Sales"})), "days")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pages_painted == 2)
    assert dialog.printer.pageLayout().orientation().name == "Landscape"
    assert dialog.preview_widget().pageCount() == 2
    assert dialog.job.filters_text == "Departments: Marketing, Sales"
    assert dialog.job.colours.keys() >= {"Marketing", "Sales"}
    dialog.mode_box.setCurrentIndex(1)
    assert dialog.mode == "lanes"
    qtbot.waitUntil(lambda: dialog.preview_widget().pageCount() == 2)
    out = tmp_path / "saved.pdf"
    assert dialog.save_pdf(out) == 2 and out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Launch teaser for Routes 3.0" in text and "departments as lanes" in text
        assert "Filters: Departments: Marketing, Sales" in text
    dialog.close()
