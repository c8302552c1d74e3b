"""Export what the workspace store hands back: northwind records -> store -> .ics/.xlsx -> read back."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest

from calendar_core.export.ics import write_ics
from calendar_core.export.xlsx import write_workbook
from calendar_core.model import EntryFilter
from importers.records import ImportResult, RawRecord
from tests.export_support import NOW, entry_facts, expand, northwind_entries, occurrence_facts

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    from calendar_core.workspace import Workspace
    from tests.conftest import SHARED

    folder = SHARED / "scenarios" / "northwind"
    if not folder.is_dir():
        pytest.skip("northwind scenario not available")
    entries, sources = northwind_entries(folder)
    records = defaultdict(list)
    for e in entries:
        start = e.start.date() if e.all_day else e.start
        end = (e.end.date() if e.all_day else e.end) if e.end is not None else None
        records[e.source_id].append(RawRecord(
            source_ref=e.source_ref, title=e.title, start=start, end=end, all_day=e.all_day, timezone=e.timezone,
            channel=e.channel_raw, owner=e.owner, status=e.status, campaign=e.campaign,
            department=e.department, series_key=e.series_key, recurrence_id=e.recurrence_id,
            recurrence=e.recurrence,
        ))
    ws = Workspace.open(str(tmp_path_factory.mktemp("ws") / "workspace.sqlite"))
    settings = ws.settings
    settings.timezone = "Europe/Berlin"
    ws.save_settings(settings)
    for sid, recs in records.items():
        source = sources[sid]
        ws.apply_import(ImportResult(path=Path(source.path), kind=source.kind, records=recs,
                                     department_hint=source.department), department=source.department)
    yield ws, entries
    ws.close()


def test_store_entries_round_trip_through_ics(workspace, tmp_path):
    ws, truth = workspace
    stored = ws.entries(flt=EntryFilter(only_visible=False))
    assert len(stored) == len(truth)
    sources = {s.id: s for s in ws.sources()}
    path = tmp_path / "master.ics"
    count = write_ics(path, stored, sources, now=NOW)
    assert count == len(truth) - 9 + 2  # the weekly series: one master and one override
    back = expand(path.read_bytes(), datetime(2026, 8, 1, tzinfo=UTC), datetime(2026, 10, 15, tzinfo=UTC))
    assert sorted(map(occurrence_facts, back), key=repr) == sorted(map(entry_facts, truth), key=repr)


def test_filtered_store_export_holds_only_the_range(workspace, tmp_path):
    ws, truth = workspace
    start = datetime.combine(date(2026, 9, 1), time(0), tzinfo=BERLIN)
    end = datetime.combine(date(2026, 9, 30), time(0), tzinfo=BERLIN)
    stored = ws.entries(start, end, EntryFilter(departments=frozenset({"Events"}), only_visible=False))
    assert stored and {e.department for e in stored} == {"Events"}
    path = tmp_path / "september.ics"
    write_ics(path, stored, {s.id: s for s in ws.sources()}, now=NOW, window=(start, end))
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    masters = [ev for ev in calendar.walk("VEVENT") if "RRULE" in ev]
    assert len(masters) == 1 and "UNTIL" in masters[0]["RRULE"]
    back = expand(path.read_bytes(), datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 12, 31, tzinfo=UTC))
    assert sorted(map(occurrence_facts, back), key=repr) == sorted(map(entry_facts, stored), key=repr)


def test_store_entries_to_workbook(workspace, tmp_path):
    ws, truth = workspace
    stored = ws.entries(flt=EntryFilter(only_visible=False))
    analysis = ws.analyse(entries=stored)
    path = tmp_path / "master.xlsx"
    write_workbook(path, stored, {s.id: s for s in ws.sources()}, analysis.conflicts, analysis.duplicates,
                   timezone=ws.settings.timezone)
    rows = list(openpyxl.load_workbook(path)["Master"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(truth)
    got = sorted((r[6], r[4], r[5]) for r in rows)
    assert got == sorted((e.title, e.department, e.channel) for e in truth)
    first_timed = min((e for e in truth if not e.all_day), key=lambda e: e.start)
    assert any(r[0] == first_timed.start.astimezone(BERLIN).replace(tzinfo=None) for r in rows)
