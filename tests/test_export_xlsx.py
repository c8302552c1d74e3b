"""Master workbook: typed cells in the workspace zone, sheets, items, formula safety, readers."""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections import Counter
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from calendar_core.export.xlsx import write_workbook
from calendar_core.model import Conflict, DuplicateGroup, Entry, Source
from tests.export_support import NOW, nw  # noqa: F401 - nw is a fixture

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def items():
    conflicts = [
        Conflict("slot_clash", [1, 2], "LinkedIn twice within 30 minutes", key="c1"),
        Conflict("overload", [3, 4, 5, 6], "4 posts on X on 2026-08-25", key="c2", decision="intentional",
                 note="agreed"),
    ]
    duplicates = [DuplicateGroup([7, 8, 9], 0.87, ["titles 87% alike", "same link"], key="d1",
                                 decision="not_duplicate")]
    return conflicts, duplicates


@pytest.fixture(scope="module")
def nw_xlsx(nw, items, tmp_path_factory):
    entries, sources = nw
    path = tmp_path_factory.mktemp("xlsx") / "master.xlsx"
    write_workbook(path, entries, sources, *items, timezone="Europe/Berlin")
    return path


def _local(entry: Entry) -> datetime:
    return entry.start.astimezone(BERLIN).replace(tzinfo=None)


def _expected_master(entries):
    ordered = sorted(entries, key=lambda e: (e.start, e.department, e.title, e.id))
    return [
        (datetime.combine(e.start.date(), datetime.min.time()) if e.all_day else _local(e), e.all_day,
         e.department, e.channel, e.title, e.id)
        for e in ordered
    ]


def test_sheets_and_master_rows_openpyxl(nw, nw_xlsx):
    entries, _ = nw
    wb = openpyxl.load_workbook(nw_xlsx)
    departments = sorted({e.department for e in entries})
    assert wb.sheetnames[:4] == ["Master", "Summary", "Conflicts", "Duplicates"]
    assert sorted(wb.sheetnames[4:]) == departments
    ws = wb["Master"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Start (Europe/Berlin)", "End (Europe/Berlin)", "All day"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    got = [(r[0], r[2], r[4], r[5], r[6], r[17]) for r in rows]
    assert got == _expected_master(entries)
    assert all(isinstance(r[0], datetime) for r in rows)
    assert ws.cell(2, 1).number_format == "yyyy-mm-dd hh:mm"
    assert ws.column_dimensions["G"].width > 20  # titles get a sensible width
    counts = Counter(e.department for e in entries)
    for dept, n in counts.items():
        assert wb[dept].max_row == n + 1


def test_department_colour_on_master(nw, nw_xlsx):
    entries, sources = nw
    ws = openpyxl.load_workbook(nw_xlsx)["Master"]
    colour = {s.department: s.colour.lstrip("#").upper() for s in sources.values()}
    for row in ws.iter_rows(min_row=2, max_row=20):
        dept_cell = row[4]
        assert dept_cell.fill.fgColor.rgb.endswith(colour[dept_cell.value])


def test_master_reads_back_with_calamine(nw, nw_xlsx):
    entries, _ = nw
    sheet = CalamineWorkbook.from_path(str(nw_xlsx)).get_sheet_by_name("Master").to_python()
    got = [(r[0], r[2], r[4], r[5], r[6], int(r[17])) for r in sheet[1:]]
    expected = [(when, all_day, d, c, t, i) for when, all_day, d, c, t, i in _expected_master(entries)]
    norm = lambda rows: [(w if isinstance(w, datetime) else datetime.combine(w, datetime.min.time()), *rest)
                         for w, *rest in rows]
    assert norm(got) == norm(expected)


def test_summary_counts_per_department_channel_week(nw, nw_xlsx):
    entries, _ = nw
    rows = list(openpyxl.load_workbook(nw_xlsx)["Summary"].iter_rows(values_only=True))
    header = rows[3]
    weeks = header[2:-1]
    total_col = len(header) - 1
    expected = Counter()
    for e in entries:
        day = e.start.date() if e.all_day else e.start.astimezone(BERLIN).date()
        year, week, _ = day.isocalendar()
        expected[(e.department, e.channel, f"{year}-W{week:02d}")] += 1
    got = Counter()
    for row in rows[4:]:
        if row[0] == "All departments":  # the KPI block follows below
            break
        if row[0] and not str(row[0]).startswith("Total"):
            for week, value in zip(weeks, row[2:-1]):
                if value:
                    got[(row[0], row[1], week)] += value
    assert got == expected
    grand = rows[-1] if rows[-1][0] == "All departments" else next(r for r in rows if r[0] == "All departments")
    assert grand[total_col] == len(entries)
    assert sum(v or 0 for v in grand[2:-1]) == len(entries)


def test_conflicts_and_duplicates_sheets(nw_xlsx):
    wb = openpyxl.load_workbook(nw_xlsx)
    conflicts = list(wb["Conflicts"].iter_rows(min_row=2, values_only=True))
    assert len(conflicts) == 2
    by_kind = {r[1]: r for r in conflicts}
    assert by_kind["Slot clash"][3] == "LinkedIn twice within 30 minutes"
    assert by_kind["Slot clash"][5] == "1, 2" and len(by_kind["Slot clash"][4].split("\n")) == 2
    assert by_kind["Overload"][8] == "Intentional" and by_kind["Overload"][9] == "agreed"
    assert by_kind["Slot clash"][8] == "Open"
    dups = list(wb["Duplicates"].iter_rows(min_row=2, values_only=True))
    assert len(dups) == 1
    assert dups[0][1] == pytest.approx(0.87) and dups[0][3] == "titles 87% alike; same link"
    assert dups[0][5] == "7, 8, 9" and dups[0][8] == "Not a duplicate"
    master = wb["Master"]
    groups = {r[17]: r[16] for r in master.iter_rows(min_row=2, values_only=True)}
    assert groups[7] == groups[8] == groups[9] == 1


def test_formula_like_text_is_never_a_formula(tmp_path):
    start = datetime(2026, 8, 3, 9, 0, tzinfo=UTC)
    titles = ["=1+2", "+SUM(A1:A3)", "-5 tips", "@mention", '=HYPERLINK("http://evil","x")']
    entries = [
        Entry(id=i, source_id=1, source_ref=f"r{i}", title=t, start=start + timedelta(hours=i), end=None,
              department="=Dept" if i == 0 else "Ops", channel="+Chan", owner="@owner", description="-desc",
              link="=link", campaign="@camp", source_name="=evil.csv")
        for i, t in enumerate(titles)
    ]
    source = Source(id=1, path="/x/=evil.csv", name="=evil.csv", kind="csv", department="Ops", colour="",
                    content_hash="", imported_at=NOW)
    conflicts = [Conflict("slot_clash", [0, 1], "=cmd|' /C calc'!A0", key="=k")]
    dups = [DuplicateGroup([2, 3], 0.9, ["+reason"], key="@k", note="-note")]
    path = tmp_path / "formulas.xlsx"
    write_workbook(path, entries, {1: source}, conflicts, dups, timezone="Europe/Berlin")
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name), name
    wb = openpyxl.load_workbook(path)
    texts = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} holds a formula"
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    assert set(titles) <= texts and "=cmd|' /C calc'!A0" in texts
    quoted = wb["Master"]
    title_cells = [row[6] for row in quoted.iter_rows(min_row=2)]
    assert all(c.quotePrefix for c in title_cells)


def test_empty_export_and_bad_zone(tmp_path):
    path = tmp_path / "empty.xlsx"
    write_workbook(path, [], {}, [], [], timezone="UTC")
    wb = openpyxl.load_workbook(path)
    assert wb["Master"].max_row == 1
    with pytest.raises(ValueError, match="Mars/Olympus"):
        write_workbook(tmp_path / "x.xlsx", [], {}, [], [], timezone="Mars/Olympus")
    with pytest.raises(OSError, match="nowhere"):
        write_workbook(tmp_path / "nowhere" / "x.xlsx", [], {}, [], [], timezone="UTC")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts(nw, nw_xlsx, tmp_path):
    entries, _ = nw
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(nw_xlsx)],
        capture_output=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "master.csv").read_text(encoding="utf-8", errors="replace")
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == len(entries) + 1
