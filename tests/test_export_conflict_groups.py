"""A conflict group of thousands of entries stays readable in the workbook and the report."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import openpyxl

from calendar_core.analysis.conflicts import find_conflicts
from calendar_core.analysis.timeutil import LocalClock
from calendar_core.export.report import build_report
from calendar_core.export.xlsx import write_workbook
from calendar_core.export.xlsx_sheets import _id_list
from calendar_core.model import Entry, Source
from calendar_core.settings import Settings

UTC = timezone.utc
START = datetime(2026, 8, 4, 8, 0, tzinfo=UTC)


def _piled(n: int) -> list[Entry]:
    return [Entry(id=i + 1, source_id=1, source_ref=f"row {i + 2}", title=f"Shift {i}", start=START,
                  end=START + timedelta(hours=1), department="Events", channel="Blog", owner="Lena Vogt",
                  source_name="events.csv") for i in range(n)]


def test_a_group_of_thousands_is_one_row_with_a_readable_entries_cell(tmp_path):
    entries = _piled(120)
    conflicts = find_conflicts(entries, [], Settings(timezone="UTC"), LocalClock("UTC"))
    [booking] = [c for c in conflicts if c.kind == "double_booking"]
    assert len(booking.entry_ids) == 120
    source = Source(id=1, path="/x/events.csv", name="events.csv", kind="csv", department="Events", colour="",
                    content_hash="", imported_at=START)
    path = tmp_path / "groups.xlsx"
    write_workbook(path, entries, {1: source}, [booking], [], timezone="UTC")
    [row] = list(openpyxl.load_workbook(path, read_only=True)["Conflicts"].iter_rows(min_row=2, values_only=True))
    listed = row[4].split("\n")
    assert len(listed) == 51 and listed[-1] == "… and 70 more"
    assert row[5] == ", ".join(str(i) for i in range(1, 121))  # every id, for a filter or a formula
    report = build_report([], entries, conflicts, [], timezone_name="UTC")
    [item] = [c for c in report["conflicts"] if c["kind"] == "double_booking"]
    assert len(item["entries"]) == 120 and len(item["message"]) < 200


def test_an_id_list_longer_than_a_cell_is_cut_and_says_how_many():
    text = _id_list(list(range(1, 10_001)))
    assert len(text) <= 32_767 and text.startswith("1, 2, 3, ") and text.endswith("(10,000 in all)")
    assert _id_list([5, 7]) == "5, 7"
