"""The command line: exit codes, messages, the report's schema."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


import main as masthead_main
from tests.helpers import fake_reader, write_cal  # noqa: F401 - fake_reader is a fixture

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_usage_error_exits_2():
    proc = run_cli("consolidate")
    assert proc.returncode == 2 and "FILE" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("consolidate", "x.ics", "--from", "2026-13-45")
    assert proc.returncode == 2 and "is not a date" in proc.stderr
    proc = run_cli("consolidate", "x.ics", "--tz", "x.ics=Mars/Olympus")
    assert proc.returncode == 2 and "unknown time zone 'Mars/Olympus'" in proc.stderr
    proc = run_cli("consolidate", "x.ics", "--map", "Go live")
    assert proc.returncode == 2 and "Header=field" in proc.stderr


def test_unreadable_file_exits_1_and_names_it(tmp_path):
    bogus = tmp_path / "notes.docx"
    bogus.write_bytes(b"PK\x03\x04 not really")
    proc = run_cli("consolidate", str(bogus), str(tmp_path / "missing.ics"))
    assert proc.returncode == 1
    assert "notes.docx" in proc.stdout and "missing.ics: file not found" in proc.stdout
    assert "Traceback" not in proc.stderr + proc.stdout


def test_bad_workspace_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"garbage" * 200)
    proc = run_cli("consolidate", "--workspace", str(junk), str(tmp_path / "a.ics"))
    assert proc.returncode == 1 and "not a Masthead workspace" in proc.stderr


def test_consolidate_writes_report_with_schema(tmp_path, fake_reader, capsys):
    a = write_cal(tmp_path / "marketing.fake", ["m1|Launch post|2026-08-04T10:00:00+02:00|LI|Lena Vogt",
                                            "m2|Bad row|TBD|IG|"])
    b = write_cal(tmp_path / "hr_calendar.fake", ["h1|Job ad|2026-08-04T10:30:00|linkedin|Maya Chen"])
    report = tmp_path / "r.json"
    code = masthead_main.main(["consolidate", str(a), str(b), "--tz", "hr_calendar.fake=Europe/London",
                               "--timezone", "Europe/Berlin", "--report", str(report)])
    out = capsys.readouterr().out
    assert code == 1  # a row was refused: the outputs are written, and the exit code says to look
    assert "marketing.fake: 1 entries (1 new, 0 changed, 0 removed, 1 skipped)" in out
    assert "warning: marketing.fake, line 3: date not understood" in out
    assert "Total: 2 entries from 2 file(s)" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert set(data) >= {"sources", "entries", "conflicts", "duplicates"}
    src_keys = {"id", "file", "department", "kind", "entries", "warnings", "errors"}
    assert all(src_keys <= set(s) for s in data["sources"])
    assert [s["department"] for s in data["sources"]] == ["Marketing", "HR"]
    entry_keys = {"id", "source", "source_ref", "title", "start", "end", "all_day", "timezone", "department",
                  "channel", "owner", "status", "campaign", "url"}
    assert all(entry_keys <= set(e) for e in data["entries"])
    by_ref = {e["source_ref"]: e for e in data["entries"]}
    assert by_ref["m1"]["start"] == "2026-08-04T10:00:00+02:00" and by_ref["m1"]["channel"] == "LinkedIn"
    assert by_ref["h1"]["start"] == "2026-08-04T10:30:00+01:00" and by_ref["h1"]["timezone"] == "Europe/London"
    assert by_ref["h1"]["source"] == "hr_calendar.fake"
    assert data["sources"][0]["warnings"] == ["marketing.fake, line 3: date not understood"]


def test_period_filters_and_department_filter(tmp_path, fake_reader):
    a = write_cal(tmp_path / "marketing.fake", ["m1|Aug|2026-08-04T10:00:00+02:00|LI|", "m2|Sep|2026-09-04T10:00:00+02:00|LI|"])
    b = write_cal(tmp_path / "sales.fake", ["s1|Sales Aug|2026-08-05T10:00:00+02:00|LI|"])
    report = tmp_path / "r.json"
    code = masthead_main.main(["consolidate", str(a), str(b), "--from", "2026-08-01", "--to", "2026-08-31",
                               "--department", "Marketing", "--report", str(report)])
    assert code == 0
    titles = [e["title"] for e in json.loads(report.read_text())["entries"]]
    assert titles == ["Aug"]


def test_persistent_workspace_reimport_is_a_sync(tmp_path, fake_reader, capsys):
    ws = tmp_path / "ws.sqlite"
    a = write_cal(tmp_path / "marketing.fake", ["m1|Launch|2026-08-04T10:00:00+02:00|LI|"])
    assert masthead_main.main(["consolidate", "--workspace", str(ws), str(a)]) == 0
    assert masthead_main.main(["consolidate", str(a), "--workspace", str(ws)]) == 0
    out = capsys.readouterr().out
    assert "1 entries (0 new, 0 changed, 0 removed)" in out


def test_synonyms_file_applies(tmp_path, fake_reader):
    a = write_cal(tmp_path / "m.fake", ["m1|Launch|2026-08-04T10:00:00+02:00|Corp LI|"])
    syn = tmp_path / "syn.csv"
    syn.write_text("kind,name,canonical\nchannel,Corp LI,LinkedIn\n", encoding="utf-8")
    report = tmp_path / "r.json"
    assert masthead_main.main(["consolidate", str(a), "--synonyms", str(syn), "--report", str(report)]) == 0
    assert json.loads(report.read_text())["entries"][0]["channel"] == "LinkedIn"
    bad = tmp_path / "bad.csv"
    bad.write_text("nonsense\n", encoding="utf-8")
    assert masthead_main.main(["consolidate", str(a), "--synonyms", str(bad)]) == 2


def test_missing_output_folder_is_usage_error(tmp_path, fake_reader, capsys):
    a = write_cal(tmp_path / "m.fake", ["m1|Launch|2026-08-04T10:00:00+02:00|LI|"])
    code = masthead_main.main(["consolidate", str(a), "--report", str(tmp_path / "nope" / "r.json")])
    assert code == 2 and "does not exist" in capsys.readouterr().err
