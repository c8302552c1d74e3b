"""The workspace store: sync semantics, atomic imports, schema version."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import create_engine, text

from calendar_core.store import sync as sync_module
from calendar_core.store.schema import SCHEMA_VERSION, WorkspaceError
from calendar_core.workspace import Workspace
from tests.helpers import berlin, rec, result

UTC = timezone.utc


@pytest.fixture
def ws(ws_target):
    w = Workspace.open(ws_target)
    yield w
    w.close()


def _marketing(tmp_path, titles=("Launch post", "Webinar promo", "Case study")):
    return result(tmp_path / "marketing_plan.csv", [
        rec(f"r{i}", t, berlin(2026, 8, 4 + i), channel="LI", owner="lena  vogt") for i, t in enumerate(titles)
    ], hint="marketing_plan")


def test_first_import_creates_source_with_guessed_department(ws, tmp_path):
    report = ws.apply_import(_marketing(tmp_path))
    assert (report.new, report.changed, report.removed) == (3, 0, 0)
    [src] = ws.sources()
    assert src.department == "Marketing" and src.entry_count == 3 and src.name == "marketing_plan.csv"
    entries = ws.entries()
    assert [e.title for e in entries] == ["Launch post", "Webinar promo", "Case study"]
    assert entries[0].channel == "LinkedIn" and entries[0].channel_raw == "LI"
    assert entries[0].owner == "lena vogt"
    assert entries[0].start == datetime(2026, 8, 4, 8, 0, tzinfo=UTC)
    assert entries[0].start.tzinfo is not None


def test_same_file_twice_changes_nothing(ws, tmp_path):
    ws.apply_import(_marketing(tmp_path))
    ids = [e.id for e in ws.entries()]
    report = ws.apply_import(_marketing(tmp_path))
    assert (report.new, report.changed, report.removed, report.unchanged) == (0, 0, 0, 3)
    assert [e.id for e in ws.entries()] == ids
    assert len(ws.sources()) == 1


def test_reimport_reports_new_changed_removed_and_keeps_ids(ws, tmp_path):
    ws.apply_import(_marketing(tmp_path))
    before = {e.source_ref: e.id for e in ws.entries()}
    newer = result(tmp_path / "marketing_plan.csv", [
        rec("r0", "Launch post", berlin(2026, 8, 4), channel="LI"),
        rec("r1", "Webinar promo (moved)", berlin(2026, 8, 6), channel="LI"),
        rec("r9", "New item", berlin(2026, 8, 9), channel="IG"),
    ])
    report = ws.apply_import(newer)
    assert (report.new, report.changed, report.removed) == (1, 2, 1)  # r0 lost its owner: changed
    after = {e.source_ref: e.id for e in ws.entries()}
    assert after["r1"] == before["r1"] and "r2" not in after and "r9" in after


def test_other_sources_untouched(ws, tmp_path):
    ws.apply_import(_marketing(tmp_path))
    ws.apply_import(result(tmp_path / "hr.csv", [rec("a", "Job ad", berlin(2026, 8, 5))], hint="HR"))
    ws.apply_import(result(tmp_path / "marketing_plan.csv", []))
    by_source = {s.name: s.entry_count for s in ws.sources()}
    assert by_source == {"marketing_plan.csv": 0, "hr.csv": 1}


def test_remove_source_removes_entries(ws, tmp_path):
    ws.apply_import(_marketing(tmp_path))
    [src] = ws.sources()
    ws.remove_source(src.id)
    assert ws.sources() == [] and ws.count_entries() == 0


def test_failed_import_leaves_workspace_exactly_as_it_was(ws, tmp_path, monkeypatch):
    ws.apply_import(_marketing(tmp_path))
    before = [(e.id, e.title, e.start) for e in ws.entries()]
    sources_before = [(s.id, s.content_hash, s.imported_at) for s in ws.sources()]

    real_insert_chunks = sync_module.sync_entries

    def explode(conn, source_id, rows, *args, **kwargs):
        real_insert_chunks(conn, source_id, rows, *args, **kwargs)  # writes happen, then a failure
        raise RuntimeError("disk full")

    monkeypatch.setattr("calendar_core.workspace.importing.sync_entries", explode)
    newer = result(tmp_path / "marketing_plan.csv", [rec("x", "Other", berlin(2026, 9, 1))], content_hash="new")
    with pytest.raises(RuntimeError):
        ws.apply_import(newer)
    with pytest.raises(RuntimeError):
        ws.apply_import(result(tmp_path / "sales.csv", [rec("s", "Sale", berlin(2026, 9, 1))]))
    assert [(e.id, e.title, e.start) for e in ws.entries()] == before
    assert [(s.id, s.content_hash, s.imported_at) for s in ws.sources()] == sources_before


def test_undo_restores_previous_state(ws, tmp_path):
    ws.apply_import(_marketing(tmp_path))
    before = [(e.id, e.title) for e in ws.entries()]
    ws.apply_import(result(tmp_path / "marketing_plan.csv", [rec("r0", "Changed", berlin(2026, 8, 4))]))
    ws.apply_import(result(tmp_path / "hr.csv", [rec("a", "Job ad", berlin(2026, 8, 5))]))
    assert ws.undo_last() == "import of hr.csv"
    assert [s.name for s in ws.sources()] == ["marketing_plan.csv"]
    ws.undo_last()
    assert [(e.id, e.title) for e in ws.entries()] == before
    ws.undo_last()  # the very first import too
    assert ws.sources() == [] and not ws.can_undo


def test_all_day_entries_keep_dates_and_window_by_local_day(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite")
    s = ws.settings
    s.timezone = "America/New_York"
    ws.save_settings(s)
    ws.apply_import(result(tmp_path / "cs.ics", [
        rec("d", "Holiday", date(2026, 8, 10), date(2026, 8, 12)),
        rec("t", "Late post", datetime(2026, 8, 12, 3, 0, tzinfo=UTC)),  # 23:00 on the 11th in New York
    ], kind="ics"))
    from zoneinfo import ZoneInfo

    ny = ZoneInfo("America/New_York")
    day11 = ws.entries(datetime(2026, 8, 11, tzinfo=ny), datetime(2026, 8, 12, tzinfo=ny))
    assert sorted(e.title for e in day11) == ["Holiday", "Late post"]
    day12 = ws.entries(datetime(2026, 8, 12, tzinfo=ny), datetime(2026, 8, 13, tzinfo=ny))
    assert day12 == []
    holiday = [e for e in ws.entries() if e.all_day][0]
    assert (holiday.start_date, holiday.end_date) == (date(2026, 8, 10), date(2026, 8, 12))
    ws.close()


def test_naive_datetime_is_refused(ws, tmp_path):
    from calendar_core.timeconv import NaiveDatetimeError

    with pytest.raises(NaiveDatetimeError):
        ws.apply_import(result(tmp_path / "x.csv", [rec("n", "Naive", datetime(2026, 8, 4, 10))]))
    assert ws.sources() == []


def test_schema_version_newer_is_refused(tmp_path):
    path = tmp_path / "w.sqlite"
    Workspace.open(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE masthead_meta SET value = :v WHERE key = 'schema_version'"), {"v": str(SCHEMA_VERSION + 1)})
    engine.dispose()
    with pytest.raises(WorkspaceError, match="newer Masthead"):
        Workspace.open(path)


def test_not_a_workspace_is_refused(tmp_path):
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(WorkspaceError, match="not a Masthead workspace"):
        Workspace.open(junk)
    other = tmp_path / "other.sqlite"
    engine = create_engine(f"sqlite:///{other}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER)"))
    engine.dispose()
    with pytest.raises(WorkspaceError, match="other tables"):
        Workspace.open(other)


def test_sqlalchemy_url_is_accepted(tmp_path):
    ws = Workspace.open(f"sqlite:///{tmp_path / 'url.sqlite'}")
    assert ws.dialect == "sqlite" and ws.count_entries() == 0
    ws.close()
    with pytest.raises(WorkspaceError):
        Workspace.open("nosuchdb://x")


def test_moved_rows_are_not_changed_but_their_location_follows(ws, tmp_path):
    def sheet(order):
        return result(tmp_path / "plan.xlsx", [
            rec(f"k{i}", f"Post {i}", berlin(2026, 8, 3 + i), location=f"sheet Aug, row {row}",
                extra={"row": str(row), "sheet": "Aug", "Notes": "n"})
            for row, i in enumerate(order, start=2)
        ])
    ws.apply_import(sheet([0, 1, 2, 3]))
    report = ws.apply_import(sheet([3, 2, 1, 0]))
    assert (report.new, report.changed, report.removed, report.unchanged) == (0, 0, 0, 4)
    locations = {e.source_ref: e.location for e in ws.entries()}
    assert locations["k3"] == "sheet Aug, row 2" and locations["k0"] == "sheet Aug, row 5"
