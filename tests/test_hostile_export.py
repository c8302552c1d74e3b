"""Exports under hostile values: no formula through a chart, no temporary file left, no overflow."""
from __future__ import annotations

import re
import socket
import subprocess
import sys
import tempfile
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest

from calendar_core.export import xlsx_sheets
from calendar_core.export.ics import write_ics
from calendar_core.export.xlsx import write_workbook
from calendar_core.model import Entry, Source
from tests.export_support import NOW

UTC = timezone.utc
HOSTILE_NAMES = ["+cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\",\"x\")", "@SUM(1+1)*cmd|' /C calc'!A0",
                 "-2+3", "Sheet1!A1", "'quoted'!$B$2", "Mark[eting]:*?/\\"]


def _entries(departments, start=datetime(2026, 8, 3, 9, tzinfo=UTC)):
    return [Entry(id=i + 1, source_id=1, source_ref=f"r{i}", title=f"Post {i}", start=start + timedelta(days=i),
                  end=None, department=d, channel="Blog", source_name="x.csv") for i, d in enumerate(departments)]


SOURCES = {1: Source(id=1, path="/x/x.csv", name="x.csv", kind="csv", department="Ops", colour="",
                     content_hash="", imported_at=NOW)}


def test_department_names_reach_the_chart_only_as_cell_references(tmp_path):
    path = tmp_path / "m.xlsx"
    write_workbook(path, _entries(HOSTILE_NAMES), SOURCES, [], [], timezone="Europe/Berlin")
    with zipfile.ZipFile(path) as zf:
        charts = [n for n in zf.namelist() if n.startswith("xl/charts/")]
        assert charts
        for name in charts:
            xml = zf.read(name).decode("utf-8")
            refs = re.findall(r"<c:f>(.*?)</c:f>", xml)
            assert refs and all(r.startswith("Summary!$") for r in refs), refs
            assert "calc" not in xml and "HYPERLINK" not in xml
        workbook_xml = zf.read("xl/workbook.xml").decode("utf-8")
    for defined in re.findall(r"<definedName[^>]*>(.*?)</definedName>", workbook_xml):
        assert "calc" not in defined.replace("&apos;", "'").split("!")[-1]  # names only point at ranges


def test_series_names_point_at_the_department_cells(tmp_path):
    import openpyxl

    path = tmp_path / "m.xlsx"
    write_workbook(path, _entries(HOSTILE_NAMES), SOURCES, [], [], timezone="Europe/Berlin")
    ws = openpyxl.load_workbook(path)["Summary"]
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("xl/charts/chart1.xml").decode("utf-8")
    names = []
    for ref in re.findall(r"<c:tx><c:strRef><c:f>Summary!\$A\$(\d+)</c:f>", xml):
        names.append(ws.cell(int(ref), 1).value)
    assert sorted(names) == sorted(HOSTILE_NAMES)


def test_no_xlsxwriter_file_reaches_the_system_temp_folder(tmp_path, monkeypatch):
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    seen: list[str] = []
    real = tempfile.mkstemp

    def recording(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        seen.append(name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", recording)
    out = tmp_path / "out"
    out.mkdir()
    write_workbook(out / "m.xlsx", _entries(["A", "B"] * 50), SOURCES, [], [], timezone="UTC")
    assert not list(system_tmp.iterdir())
    scratch = [n for n in seen if ".tmpdir" in n]
    assert scratch and all("/.m.xlsx." in n for n in scratch)  # xlsxwriter's row files are in our folder
    assert sorted(p.name for p in out.iterdir()) == ["m.xlsx"]


def test_failed_export_removes_every_temporary_file(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_sheets, "write_items", broken)
    with pytest.raises(OSError, match="No space left"):
        write_workbook(tmp_path / "m.xlsx", _entries(["A"] * 300), SOURCES, [], [], timezone="UTC")
    assert list(tmp_path.iterdir()) == []


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.skipif(sys.platform != "linux", reason="asks the process table")
def test_temporary_files_of_a_dead_writer_are_removed_at_start(tmp_path):
    host = re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:20] or "host"
    dead = _dead_pid()
    stale_dir = tmp_path / f".m.xlsx.{host}-{dead}-abc.tmpdir"
    stale_dir.mkdir()
    (stale_dir / "tmp123").write_bytes(b"x" * 1000)
    stale_part = tmp_path / f".m.xlsx.{host}-{dead}-def.part"
    stale_part.write_bytes(b"PK")
    alive = tmp_path / f".m.xlsx.{host}-1-ghi.part"  # pid 1 runs: its writer may still be busy
    alive.write_bytes(b"PK")
    other_host = tmp_path / f".m.xlsx.elsewhere-{dead}-jkl.part"  # another desk on a shared folder
    other_host.write_bytes(b"PK")
    seen: list[list[str]] = []

    def progress(fraction):
        seen.append(sorted(p.name for p in tmp_path.iterdir()))

    write_workbook(tmp_path / "m.xlsx", _entries(["A"]), SOURCES, [], [], timezone="UTC", progress=progress)
    assert stale_dir.name not in seen[0] and stale_part.name not in seen[0]  # gone before the export wrote
    assert alive.exists() and other_host.exists()
    assert not stale_dir.exists() and not stale_part.exists()


def test_extreme_stored_values_still_export(tmp_path):
    """Entries stored before the importers bounded dates (or by another tool) must not break an export."""
    end_of_time = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    entries = [
        Entry(id=1, source_id=1, source_ref="a", title="Edge", start=end_of_time, end=None, timezone="Europe/Berlin",
              source_name="x.csv"),
        Entry(id=2, source_id=1, source_ref="b", title="Last day", start=datetime(9999, 12, 31, tzinfo=UTC),
              end=None, all_day=True, source_name="x.csv"),
        Entry(id=3, source_id=1, source_ref="c", title="Normal", start=datetime(2026, 8, 3, 9, tzinfo=UTC),
              end=datetime(2026, 8, 3, 10, tzinfo=UTC), timezone="Europe/Berlin", source_name="x.csv"),
        Entry(id=4, source_id=1, source_ref="d", title="Old", start=datetime(1, 1, 1, 0, 0, tzinfo=UTC),
              end=None, timezone="Europe/Berlin", source_name="x.csv"),
    ]
    write_ics(tmp_path / "m.ics", entries, SOURCES, now=NOW)
    text = (tmp_path / "m.ics").read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 4 and "99991231" in text
    write_workbook(tmp_path / "m.xlsx", entries, SOURCES, [], [], timezone="Europe/Berlin")
    assert zipfile.ZipFile(tmp_path / "m.xlsx").testzip() is None
    assert date(9999, 12, 31).isoformat() in str(entries[1].start)


# --- series checks stay bounded -------------------------------------------------------------

def _plan(rule: str, start: datetime):
    from calendar_core.export import series as S

    zone = start.tzinfo if start.tzinfo is not UTC else None  # as _normalise makes them
    plan = S.SeriesPlan(master=None, dtstart=start, zone=zone, duration=None)
    plan.rrules = [rule]
    return plan


@pytest.mark.parametrize("rule", ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
                                  "FREQ=YEARLY", "FREQ=MONTHLY;BYDAY=-1SU", "FREQ=DAILY;INTERVAL=3;UNTIL=20270301T000000Z"])
def test_the_importers_expansion_gives_what_recurring_ical_events_gives(rule):
    """Past its budget an export checks series with importers/recurrence.py: the same instances."""
    from zoneinfo import ZoneInfo

    from calendar_core.export import series as S

    start = datetime(2024, 3, 25, 2, 30, tzinfo=ZoneInfo("Europe/Berlin"))  # near a DST change
    span = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 6, 1, tzinfo=UTC))
    reference = S._expand(_plan(rule, start), span)
    ours = S._expand(_plan(rule, start), span, S.Budget(0))
    assert reference and ours == reference


def test_a_rule_repeated_a_thousand_times_is_written_once(tmp_path):
    start = datetime(2026, 8, 7, 9, tzinfo=UTC)
    recurrence = "DTSTART:20260807T090000Z\n" + "RRULE:FREQ=WEEKLY;BYDAY=FR\n" * 1000
    entries = [Entry(id=i + 1, source_id=1, source_ref=f"w@{i}", title="Weekly", start=start + timedelta(weeks=i),
                     end=None, series_key="w", recurrence_id=start + timedelta(weeks=i), recurrence=recurrence,
                     source_name="x.ics") for i in range(10)]
    write_ics(tmp_path / "m.ics", entries, SOURCES, now=NOW)
    text = (tmp_path / "m.ics").read_text(encoding="utf-8")
    assert text.count("RRULE:") == 1 and text.count("BEGIN:VEVENT") == 1
