"""Database failures reach the user as one sentence naming the workspace, never as SQL dumps.

A locked database, a full disk and a read-only workspace each get a message
that says which workspace and what to do; a workspace that can only be read
opens for viewing. An old workspace holding one file twice is merged when it
is migrated.
"""
from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import event

from calendar_core.store import schema
from calendar_core.store.schema import SCHEMA_VERSION, WorkspaceError
from calendar_core.workspace import Workspace
from tests.helpers import berlin, rec, result


def _plan(tmp_path, n=3, name="marketing_plan.csv"):
    return result(tmp_path / name, [rec(f"r{i}", f"Post {i}", berlin(2026, 8, 4 + i), channel="LI")
                                    for i in range(n)], hint="marketing_plan")


def _no_dump(message: str) -> None:
    assert "[SQL" not in message and "INSERT" not in message and "parameters" not in message
    assert "sqlalchemy" not in message.casefold() and "\n" not in message


def test_a_locked_database_says_another_desk_is_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "SQLITE_BUSY_SECONDS", 0.2)
    path = tmp_path / "ws.sqlite"
    ws = Workspace.open(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another desk holds the write lock
    try:
        with pytest.raises(WorkspaceError) as caught:
            ws.apply_import(_plan(tmp_path))
        message = str(caught.value)
        assert str(path) in message and "another desk is writing" in message and "try again" in message
        _no_dump(message)
        with pytest.raises(WorkspaceError, match="another desk is writing"):
            ws.decide("slot_clash:x", "resolved")
    finally:
        other.execute("ROLLBACK")
        other.close()
    ws.apply_import(_plan(tmp_path))  # free again: the import goes in
    assert len(ws.entries()) == 3
    ws.close()


def test_a_full_disk_says_so_and_changes_nothing(tmp_path):
    path = tmp_path / "ws.sqlite"
    ws = Workspace.open(path)
    ws.apply_import(_plan(tmp_path, 2, "small.csv"))

    def full(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(ws._engine, "connect", full)
    ws._engine.dispose()
    big = result(tmp_path / "big.csv", [rec(f"r{i}", "Long post " * 50 + str(i), berlin(2026, 8, 4)) for i in range(400)])
    with pytest.raises(WorkspaceError) as caught:
        ws.apply_import(big)
    message = str(caught.value)
    assert str(path) in message and "disk is full" in message and "free some space" in message
    _no_dump(message)
    assert [s.name for s in ws.sources()] == ["small.csv"] and len(ws.entries()) == 2
    ws.close()


def test_a_read_only_workspace_opens_for_viewing(tmp_path, monkeypatch):
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path) as ws:
        ws.apply_import(_plan(tmp_path))
    monkeypatch.setattr(schema, "_writable", lambda _path: False)  # as on a read-only medium
    with Workspace.open(path) as ws:
        assert ws.read_only
        assert [e.title for e in ws.entries()] == ["Post 0", "Post 1", "Post 2"]
        assert ws.analyse() is not None and ws.change_count() >= 1
        for write in (lambda: ws.apply_import(_plan(tmp_path)), lambda: ws.decide("slot_clash:x", "resolved"),
                      lambda: ws.save_settings(ws.settings)):
            with pytest.raises(WorkspaceError) as caught:
                write()
            assert str(path) in str(caught.value) and "read-only" in str(caught.value)
            _no_dump(str(caught.value))


def test_a_server_password_is_never_shown():
    ws = Workspace.__new__(Workspace)
    ws.location = "postgresql+psycopg2://masthead:s3cret@db.example/team"
    assert "s3cret" not in ws.shown_location and "db.example/team" in ws.shown_location


def test_an_old_workspace_holding_one_file_twice_is_merged_when_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    with Workspace.open(path) as ws:
        ws.apply_import(_plan(tmp_path))
        ws.decide("slot_clash:x", "resolved")
    raw = sqlite3.connect(path, isolation_level=None)
    ddl = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'sources'").fetchone()[0]
    old = ddl.replace(", \n\tCONSTRAINT uq_sources_path UNIQUE (path)", "").replace("TABLE sources", "TABLE sources_v1")
    assert "uq_sources_path" not in old
    raw.executescript(f"""
        PRAGMA foreign_keys=OFF;
        {old};
        INSERT INTO sources_v1 SELECT * FROM sources;
        DROP TABLE sources;
        ALTER TABLE sources_v1 RENAME TO sources;
        ALTER TABLE decisions DROP COLUMN members;
        DROP TABLE masthead_changes;
        UPDATE masthead_meta SET value = '1' WHERE key = 'schema_version';
    """)
    raw.execute("INSERT INTO sources SELECT 2, path, name, kind, department, colour, content_hash, imported_at, "
                "settings, warnings, errors, blackout, visible, skipped FROM sources WHERE id = 1")
    raw.execute("INSERT INTO entries (source_id, source_ref, kind, title, description, start_ts, all_day, channel, "
                "channel_raw, owner, owner_raw, status, status_raw, campaign, link, tags, extra, location, fingerprint) "
                "SELECT 2, source_ref, kind, title, description, start_ts, all_day, channel, channel_raw, owner, "
                "owner_raw, status, status_raw, campaign, link, tags, extra, location, fingerprint FROM entries")
    raw.close()
    with Workspace.open(path) as ws:
        [source] = ws.sources()
        assert source.id == 1 and source.entry_count == 3 and len(ws.entries()) == 3
        assert ws.decisions()["slot_clash:x"].members == ()
        ws.apply_import(_plan(tmp_path))  # the path is unique from now on
        assert len(ws.sources()) == 1
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT value FROM masthead_meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO sources SELECT 3, path, name, kind, department, colour, content_hash, imported_at, "
                    "settings, warnings, errors, blackout, visible, skipped FROM sources WHERE id = 1")
    raw.close()
    assert json.loads("[]") == []


def test_a_read_only_server_session_opens_for_viewing(tmp_path):
    from tests.conftest import TEST_DATABASE_URL

    if not TEST_DATABASE_URL.startswith("postgresql"):
        pytest.skip("MASTHEAD_TEST_DATABASE_URL does not name a PostgreSQL server")
    with Workspace.open(TEST_DATABASE_URL) as ws:
        ws.decide("slot_clash:ro", "resolved")
    sep = "&" if "?" in TEST_DATABASE_URL else "?"
    with Workspace.open(f"{TEST_DATABASE_URL}{sep}options=-cdefault_transaction_read_only%3Don") as ws:
        assert ws.read_only and "slot_clash:ro" in ws.decisions()
        with pytest.raises(WorkspaceError, match="read-only"):
            ws.decide("slot_clash:ro", "intentional")
