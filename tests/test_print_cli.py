"""`consolidate … --week-pdf OUT.pdf --week 2026-W32` writes the printed weeks."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import main as masthead_main
from calendar_core import analysis
from calendar_core.model import Conflict
from tests.helpers import fake_reader, write_cal  # noqa: F401 - fake_reader is a fixture

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_week_pdf_from_the_command_line(qapp, tmp_path, fake_reader, monkeypatch, capsys):
    seen = {}

    def fake_analyse(entries, settings, blackout=frozenset()):
        entries = list(entries)
        seen["ids"] = [e.id for e in entries]
        return analysis.AnalysisResult(conflicts=[Conflict("slot_clash", [entries[0].id, entries[1].id], "clash")])

    monkeypatch.setattr(analysis, "analyse", fake_analyse)
    marks = {}
    import ui.printing as printing

    real = printing.write_week_pdf

    def spy(*args, **kwargs):
        marks.update(kwargs["markers"])
        return real(*args, **kwargs)

    monkeypatch.setattr(printing, "write_week_pdf", spy)
    a = write_cal(tmp_path / "marketing.fake", ["m1|Launch teaser for Routes 3.0|2026-08-04T10:00|LinkedIn|Lena",
                                            "m2|Hiring post: backend engineer|2026-08-12T09:00|X|Tom"])
    b = write_cal(tmp_path / "sales.fake", ["s1|Customer story: Baltic Freight|2026-08-04T10:30|LinkedIn|Maya"])
    out = tmp_path / "week.pdf"
    code = masthead_main.main(["consolidate", str(a), str(b), "--timezone", "Europe/Berlin",
                               "--week-pdf", str(out), "--week", "2026-W32", "--week", "2026-W33"])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    assert f"{out}: 2 page(s)" in captured.out
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Week 32, 2026" in text and "Week 33, 2026" in text
    for title in ("Launch teaser for Routes 3.0", "Customer story: Baltic Freight", "Hiring post: backend engineer"):
        assert title in " ".join(text.split())
    assert set(marks) == set(seen["ids"][:2]) and len(marks) == 2


def test_week_pdf_defaults_to_the_period(qapp, tmp_path, fake_reader, capsys):
    a = write_cal(tmp_path / "pr.fake", ["p1|Press release|2026-08-04T10:00|LinkedIn|Lena"])
    out = tmp_path / "period.pdf"
    code = masthead_main.main(["consolidate", str(a), "--timezone", "Europe/Berlin", "--week-pdf", str(out),
                               "--from", "2026-08-01", "--to", "2026-08-20", "--week-layout", "lanes"])
    assert code == 0 and out.exists()
    assert "4 page(s)" in capsys.readouterr().out  # weeks of 27 Jul, 3, 10 and 17 Aug


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_week_pdf_usage_errors(tmp_path):
    proc = run_cli("consolidate", "x.ics", "--week-pdf", str(tmp_path / "w.pdf"), "--week", "week 32")
    assert proc.returncode == 2 and "is not an ISO week" in proc.stderr
    proc = run_cli("consolidate", "x.ics", "--week", "2026-W32")
    assert proc.returncode == 2 and "--week needs --week-pdf" in proc.stderr
    proc = run_cli("consolidate", "x.ics", "--week-pdf", str(tmp_path / "no" / "w.pdf"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr
