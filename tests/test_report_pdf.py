"""The printed report: consolidate --report-pdf on Northwind, read back with pdftotext."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

import main as masthead_main
from test_print_pdf import norm

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
ZONES = {"marketing_content_calendar.xlsx": "Europe/Berlin", "sales_social_plan.xlsx": "Europe/London",
         "people_culture_calendar.csv": "Europe/Berlin"}


@pytest.fixture(scope="module")
def written(tmp_path_factory, qapp):  # the session QApplication: the CLI paints with it
    from tests.conftest import SHARED

    folder = SHARED / "scenarios" / "northwind"
    if not folder.is_dir():
        pytest.skip("northwind scenario not available")
    out = tmp_path_factory.mktemp("rp")
    files = sorted(str(p) for p in folder.iterdir() if p.suffix in (".xlsx", ".csv", ".ics"))
    args = ["consolidate", *files, "--timezone", "Europe/Berlin", "--from", "2026-08-03", "--to", "2026-10-11",
            "--report", str(out / "r.json"), "--report-pdf", str(out / "report.pdf")]
    for name, zone in ZONES.items():
        args += ["--tz", f"{name}={zone}"]
    assert masthead_main.main(args) in (0, 1)
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    return out / "report.pdf", report


@needs_poppler
def test_report_pdf_has_period_departments_and_every_open_conflict(written):
    pdf, report = written
    assert pdf.read_bytes().startswith(b"%PDF")
    text = norm(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout)
    assert "3 Aug 2026 to 11 Oct 2026" in text
    assert "Filters: none (all entries)" in text
    for dept in {e["department"] for e in report["entries"]}:
        assert dept in text, dept
    open_conflicts = [c for c in report["conflicts"] if not c["decision"]]
    assert open_conflicts
    for c in open_conflicts:
        assert norm(c["message"]) in text, c["message"]
    assert f"Open conflicts ({len(open_conflicts)})" in text
    open_dups = [d for d in report["duplicates"] if not d["decision"]]
    assert f"Open duplicate groups ({len(open_dups)})" in text
    for title in ("Posts per week, by department", "Channel mix per department", "Posts per day",
                  "Coverage gaps", "Conflicts and duplicate groups per week", "share of conflicts", "Posting time"):
        assert title in text


def test_report_pdf_needs_an_existing_folder(tmp_path, capsys):
    (tmp_path / "a.csv").write_text("Date,Title\n2026-08-03,Post\n", encoding="utf-8")
    code = masthead_main.main(["consolidate", str(tmp_path / "a.csv"), "--report-pdf", str(tmp_path / "no" / "r.pdf")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err
