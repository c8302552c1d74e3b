"""`propose`, `changes` and `consolidate` on one workspace: real files, real readers, read back."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import icalendar
import openpyxl
import pytest
import vobject

import main as masthead_main

ROOT = Path(__file__).resolve().parent.parent

SALES_ROWS = [
    ("2026-08-12", "10:20", "11:00", "Sales kick-off recap", "LinkedIn", "Tom Hale"),
    ("2026-08-13", "14:00", "15:00", "Partner call", "Website", "Lena Vogt"),
]


def write_sales(folder: Path, rows=SALES_ROWS) -> Path:
    path = folder / "sales_plan.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Date", "Start time", "End time", "Title", "Channel", "Owner"])
        w.writerows(rows)
    return path


def write_marketing(folder: Path, start="20260812T100000", end="20260812T104500", sequence=2) -> Path:
    path = folder / "marketing.ics"
    path.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
        "BEGIN:VEVENT", "UID:launch-teaser@marketing.example", "DTSTAMP:20260701T090000Z",
        f"SEQUENCE:{sequence}", f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
        "SUMMARY:Product launch teaser", "CATEGORIES:LinkedIn", "END:VEVENT",
        "BEGIN:VEVENT", "UID:story@marketing.example", "DTSTAMP:20260701T090000Z",
        "DTSTART;TZID=Europe/Berlin:20260814T090000", "DTEND;TZID=Europe/Berlin:20260814T100000",
        "SUMMARY:Customer story", "CATEGORIES:Blog", "END:VEVENT",
        "END:VCALENDAR", ""]), encoding="utf-8")
    return path


def cli(capsys, *args) -> tuple[int, str, str]:
    code = masthead_main.main(list(args))
    got = capsys.readouterr()
    return code, got.out, got.err


@pytest.fixture
def setup(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    files = [write_marketing(tmp_path), write_sales(tmp_path)]
    code, out, err = cli(capsys, "consolidate", *map(str, files), "--workspace", str(ws), "--timezone",
                         "Europe/Berlin")
    assert code == 0, err
    assert "1 slot clash" in out
    return tmp_path, ws


def _sales_ref(ws_path) -> str:
    from calendar_core.workspace import Workspace

    with Workspace.open(ws_path) as ws:
        e = next(e for e in ws.entries() if e.title == "Sales kick-off recap")
        return e.identity


def test_propose_settles_the_clash_and_changes_tell_the_department(setup, capsys):
    folder, ws = setup
    ident = _sales_ref(ws)
    code, out, err = cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--suggest")
    assert code == 0 and "Free slots" in out, err
    first = out.splitlines()[1].strip()
    assert first.startswith("2026-08-12T")  # the same day first
    code, out, err = cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--start", first,
                         "--note", "after the launch teaser")
    assert code == 0, err
    assert "✓ proposal #1" in out and "still in conflict" not in out
    code, out, _ = cli(capsys, "propose", "--workspace", str(ws), "--list")
    assert "#1 open" in out and "1 proposal(s)" in out

    out_dir = folder / "out"
    out_dir.mkdir()
    code, out, err = cli(capsys, "changes", "--workspace", str(ws), "--out", str(out_dir))
    assert code == 0, err
    assert "Change requests for Sales: 1 move" in out
    assert sorted(p.name for p in out_dir.iterdir()) == ["Sales-changes.ics", "Sales-changes.txt",
                                                         "Sales-changes.xlsx"]
    wb = openpyxl.load_workbook(out_dir / "Sales-changes.xlsx")
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0][:5] == ("Entry", "File", "Where in the file", "From", "To")
    assert rows[1][0] == "Sales kick-off recap" and rows[1][1] == "sales_plan.csv"
    assert "row" in rows[1][2] and "10:20" in rows[1][3] and first[11:16] in rows[1][4]
    assert "slot clash" in rows[1][6].casefold() or "LinkedIn" in rows[1][6]
    assert rows[1][7] == "after the launch teaser"

    data = (out_dir / "Sales-changes.ics").read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    [ev] = cal.walk("VEVENT")
    from datetime import datetime

    want = datetime.fromisoformat(first)
    assert ev.decoded("DTSTART") == want
    assert int(ev.get("SEQUENCE")) == 1
    second = vobject.readOne(data.decode("utf-8"))
    assert second.vevent.dtstart.value == want and second.vevent.uid.value == str(ev.get("UID"))
    message = (out_dir / "Sales-changes.txt").read_text(encoding="utf-8")
    assert message.startswith("Hello Sales team") and "Sales kick-off recap" in message and "Why:" in message


def test_ics_entry_keeps_its_uid_and_raises_the_sequence(setup, capsys):
    folder, ws = setup
    code, out, err = cli(capsys, "propose", "--workspace", str(ws), "--entry",
                         "marketing.ics|launch-teaser@marketing.example", "--start", "2026-08-12T16:00")
    assert code == 0, err
    out_dir = folder / "o"
    out_dir.mkdir()
    code, out, err = cli(capsys, "changes", "--workspace", str(ws), "--department", "Marketing",
                         "--out", str(out_dir))
    assert code == 0, err
    [ics] = out_dir.glob("*.ics")
    [ev] = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(ev["UID"]) == "launch-teaser@marketing.example" and int(ev["SEQUENCE"]) == 3
    v = vobject.readOne(ics.read_text(encoding="utf-8"))
    assert (v.vevent.dtend.value - v.vevent.dtstart.value).total_seconds() == 45 * 60
    rows = list(openpyxl.load_workbook(next(out_dir.glob("*.xlsx"))).active.iter_rows(values_only=True))
    assert rows[1][2] == "UID launch-teaser@marketing.example"


def test_reimports_through_consolidate_apply_stale_and_close(setup, capsys):
    folder, ws = setup
    ident = _sales_ref(ws)
    cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--start", "2026-08-12T15:00")
    cli(capsys, "propose", "--workspace", str(ws), "--entry", "marketing.ics|launch-teaser@marketing.example",
        "--start", "2026-08-12T16:00")
    cli(capsys, "propose", "--workspace", str(ws), "--entry", "marketing.ics|story@marketing.example",
        "--start", "2026-08-14T11:00")
    # Sales moved its post as asked; Marketing moved the teaser elsewhere and dropped the story.
    write_sales(folder, [("2026-08-12", "15:00", "15:40", *SALES_ROWS[0][3:]), SALES_ROWS[1]])
    mk = write_marketing(folder, start="20260812T120000", end="20260812T124500", sequence=3)
    mk.write_text(mk.read_text(encoding="utf-8").split("BEGIN:VEVENT", 2)[0] + "BEGIN:VEVENT"
                  + mk.read_text(encoding="utf-8").split("BEGIN:VEVENT", 2)[1] + "END:VCALENDAR\r\n",
                  encoding="utf-8")
    code, out, err = cli(capsys, "consolidate", str(folder / "marketing.ics"), str(folder / "sales_plan.csv"),
                         "--workspace", str(ws), "--report", str(folder / "r.json"))
    assert code == 0, err
    assert "applied" in out and "stale" in out and "closed" in out
    from calendar_core.workspace import Workspace

    with Workspace.open(ws) as w:
        states = {p.identity: p.state for p in w.proposals(None)}
    assert states == {ident: "applied", "marketing.ics|launch-teaser@marketing.example": "stale",
                      "marketing.ics|story@marketing.example": "closed"}


def test_master_exports_say_a_time_is_proposed(setup, capsys):
    folder, ws = setup
    ident = _sales_ref(ws)
    cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--start", "2026-08-12T15:00", "--note", "n1")
    report, ics, xlsx = folder / "r.json", folder / "m.ics", folder / "m.xlsx"
    code, out, err = cli(capsys, "consolidate", str(folder / "sales_plan.csv"), "--workspace", str(ws),
                         "--report", str(report), "--ics", str(ics), "--xlsx", str(xlsx))
    assert code == 0, err
    assert "0 conflicts" in out  # the master uses the proposed time
    moved = [e for e in json.loads(report.read_text())["entries"] if e["proposed"]]
    assert [e["title"] for e in moved] == ["Sales kick-off recap"]
    assert moved[0]["start"].startswith("2026-08-12T15:00") and moved[0]["proposed"]["from_start"].startswith(
        "2026-08-12T10:20") and moved[0]["proposed"]["note"] == "n1"
    events = [e for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT") if e.get("X-MASTHEAD-PROPOSED-FROM")]
    assert [str(e["SUMMARY"]) for e in events] == ["Sales kick-off recap"]
    sheet = openpyxl.load_workbook(xlsx)["Master"]
    header = [c.value for c in sheet[1]]
    col = header.index("Proposed (file has)")
    flagged = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[col]]
    assert len(flagged) == 1 and "10:20" in flagged[0][col]


def test_bad_input_is_refused_with_a_message(setup, capsys):
    folder, ws = setup
    ident = _sales_ref(ws)
    code, _, err = cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--start", "2026-08-12T15:00",
                       "--end", "2026-08-12T14:00")
    assert code == 2 and "before the start" in err
    code, _, err = cli(capsys, "propose", "--workspace", str(ws), "--entry", "sales_plan.csv|nope",
                       "--start", "2026-08-12T15:00")
    assert code == 2 and "no entry sales_plan.csv|nope" in err
    code, _, err = cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--start", "tomorrow")
    assert code == 2 and "not an ISO date" in err
    from calendar_core.workspace import Workspace

    with Workspace.open(ws) as w:
        s = w.settings
        s.blackout_dates = ["2026-08-20"]
        w.save_settings(s)
    code, _, err = cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--start", "2026-08-20T10:00")
    assert code == 2 and "blackout day" in err and "--force" in err
    code, out, err = cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--start", "2026-08-20T10:00",
                         "--force")
    assert code == 0, err
    code, _, err = cli(capsys, "propose", "--entry", ident, "--start", "2026-08-20T10:00")
    assert code == 2 and "--workspace" in err


def test_a_proposal_whose_entry_is_gone_is_reported(setup, capsys):
    folder, ws = setup
    ident = _sales_ref(ws)
    cli(capsys, "propose", "--workspace", str(ws), "--entry", ident, "--start", "2026-08-12T15:00")
    from calendar_core.workspace import Workspace

    with Workspace.open(ws) as w:  # the entry leaves the workspace without an import of its file
        from sqlalchemy import delete

        from calendar_core.store.schema import entries

        with w._engine.begin() as conn:
            conn.execute(delete(entries).where(entries.c.source_ref == ident.split("|", 1)[1]))
    out_dir = folder / "o"
    out_dir.mkdir()
    code, out, err = cli(capsys, "changes", "--workspace", str(ws), "--out", str(out_dir))
    assert code == 1 and f"{ident}: the entry no longer exists" in out
    code, out, _ = cli(capsys, "propose", "--workspace", str(ws), "--list")
    assert "[the entry no longer exists]" in out


def test_the_commands_run_as_a_program(setup):
    folder, ws = setup
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "propose", "--workspace", str(ws), "--list"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and "0 proposal(s)" in proc.stdout
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "changes", "--workspace", str(ws)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2 and "--out" in proc.stderr
