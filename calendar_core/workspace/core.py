"""The workspace's store: opening, the write transaction and its change counter (other desks), settings."""
from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Self
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update

from calendar_core.names import Names
from calendar_core.settings import Settings
from calendar_core.store.errors import shown_location
from calendar_core.store.memory import checkpoint_aside, trim_heap
from calendar_core.store.schema import WRITE, WorkspaceError, changes as changes_t, open_store, settings_table
from calendar_core.timeconv import zone

UTC = timezone.utc

IMPORT_ATTEMPTS = 3  # a write that loses a race with another desk is tried again this often


class Core:
    """The workspace's core methods; mixed into :class:`calendar_core.workspace.Workspace`."""

    def __init__(self, engine, location: str, read_only: bool = False):
        self._engine = engine
        self._checkpoint: threading.Thread | None = None  # the log being copied aside (release_memory)
        self.location = location
        self.read_only = read_only
        self._names: Names | None = None
        self._settings: Settings | None = None
        self._settings_base: dict = {}
        self._group = threading.local()  # the undo group open on this thread, if any
        self._last_result = None  # the last analysis, to find a decided item's members
        self._known_decisions: dict[str, tuple] = {}  # decisions as this desk last read or wrote them
        self._seen_changes = self._read_changes()

    # ----- lifecycle -------------------------------------------------------
    @classmethod
    def open(cls, target: str | Path) -> Self:
        engine, read_only = open_store(target)
        try:
            return cls(engine, str(target), read_only)
        except BaseException:
            engine.dispose()
            raise

    def release_memory(self) -> None:
        """Give back what a bulk step freed: SQLite's page caches (the pooled connections of a
        workspace file are closed; new ones open when next needed) and the C heap's free pages."""
        url = self._engine.url
        if self._engine.dialect.name == "sqlite" and url.database not in (None, "", ":memory:") \
                and "mode=memory" not in str(url):
            self._await_checkpoint()
            if not self.read_only:  # the log is copied aside; the pooled connections then close at once
                self._checkpoint = checkpoint_aside(url.database)
            self._engine.dispose()
        trim_heap()

    def _await_checkpoint(self) -> None:
        thread, self._checkpoint = self._checkpoint, None
        if thread is not None:
            thread.join()

    @property
    def shown_location(self) -> str:
        """The workspace's file or address, without a password."""
        return shown_location(self.location)

    # ----- writing and other desks ------------------------------------------
    @contextmanager
    def _writing(self):
        """One write transaction (write lock taken at its start on SQLite) that bumps the change counter."""
        if self.read_only:
            raise WorkspaceError(f"workspace {self.shown_location} is open read-only (for viewing); "
                                 "copy it to a folder you can write to to change it")
        with self._engine.connect() as conn:
            conn.execution_options(**WRITE)
            with conn.begin():
                yield conn
                self._bump(conn)

    def _bump(self, conn) -> None:
        before = conn.execute(select(changes_t.c.counter).where(changes_t.c.id == 1)).scalar()
        if before is None:
            conn.execute(changes_t.insert().values(id=1, counter=1))
            before = 0
        else:
            conn.execute(update(changes_t).where(changes_t.c.id == 1).values(counter=changes_t.c.counter + 1))
        if before == self._seen_changes:  # nobody else wrote since we last looked: our own change
            self._seen_changes = before + 1
        if self.dialect == "postgresql":
            conn.exec_driver_sql("NOTIFY masthead_changes")  # sent when the transaction commits

    def _read_changes(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(select(changes_t.c.counter).where(changes_t.c.id == 1)).scalar() or 0)

    def change_count(self) -> int:
        """A number that grows with every change any desk makes to the workspace."""
        return self._read_changes()

    def change_listener(self):
        """On PostgreSQL, a :class:`~calendar_core.store.changes.ChangeListener` told of every
        committed change (LISTEN/NOTIFY); None elsewhere (poll :meth:`changed_elsewhere`)."""
        if self.dialect != "postgresql":
            return None
        from calendar_core.store.changes import ChangeListener

        return ChangeListener(self._engine)

    def changed_elsewhere(self) -> bool:
        """True once after another desk (process) changed the workspace; a window polls this."""
        current = self._read_changes()
        if current == self._seen_changes:
            return False
        self._seen_changes = current
        self._settings = None  # read again: another desk may have changed them
        self._names = None
        return True

    def close(self) -> None:
        self._await_checkpoint()
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    # ----- settings --------------------------------------------------------
    @property
    def settings(self) -> Settings:
        if self._settings is None:
            with self._engine.connect() as conn:
                row = conn.execute(select(settings_table.c.value).where(settings_table.c.key == "settings")).first()
            self._settings = Settings.from_dict(json.loads(row[0]) if row else None)
            self._settings_base = self._settings.to_dict()  # as stored: what save_settings compares with
        return self._settings

    def save_settings(self, settings: Settings) -> None:
        """Store the settings this desk changed; settings another desk changed meanwhile are kept."""
        zone(settings.timezone)  # validate
        self.settings  # noqa: B018 - loads the stored settings (and their base) once
        base = self._settings_base
        wanted = settings.to_dict()
        changed = {k: v for k, v in wanted.items() if base.get(k) != v}
        with self._writing() as conn:
            row = conn.execute(select(settings_table.c.value).where(settings_table.c.key == "settings")).first()
            stored = Settings.from_dict(json.loads(row[0]) if row else None).to_dict()
            merged = {**stored, **changed}
            conn.execute(delete(settings_table).where(settings_table.c.key == "settings"))
            conn.execute(settings_table.insert().values(key="settings", value=json.dumps(merged)))
        self._settings = Settings.from_dict(merged)
        self._settings_base = self._settings.to_dict()

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.settings.timezone)

    def horizon(self, now: datetime | None = None) -> tuple[datetime, datetime]:
        now = now or datetime.now(UTC)
        s = self.settings
        return now - timedelta(days=s.horizon_past_days), now + timedelta(days=s.horizon_future_days)
