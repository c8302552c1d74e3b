"""Tables, indexes and the schema version check.

Portable SQL only (SQLite and PostgreSQL): instants are stored as integer
seconds since the epoch (UTC), JSON as text.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import (
    BigInteger, Boolean, Column, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint, create_engine, event, inspect, select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

SCHEMA_VERSION = 1


class WorkspaceError(Exception):
    """The workspace cannot be opened or written; the message is for the user."""


metadata = MetaData()

meta = Table(
    "masthead_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False),
    Column("name", String(512), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("department", String(256), nullable=False, default=""),
    Column("colour", String(16), nullable=False, default="#4e79a7"),
    Column("content_hash", String(64), nullable=False, default=""),
    Column("imported_at", BigInteger, nullable=False),
    Column("settings", Text, nullable=False, default="{}"),
    Column("warnings", Text, nullable=False, default="[]"),
    Column("errors", Text, nullable=False, default="[]"),
    Column("blackout", Boolean, nullable=False, default=False),
    Column("visible", Boolean, nullable=False, default=True),
    Column("skipped", Integer, nullable=False, default=0),
)

entries = Table(
    "entries", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("source_ref", String(768), nullable=False),
    Column("kind", String(16), nullable=False, default="event"),
    Column("title", Text, nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("start_ts", BigInteger, nullable=False),
    Column("end_ts", BigInteger, nullable=True),
    Column("all_day", Boolean, nullable=False, default=False),
    Column("tz", String(64), nullable=True),
    Column("department", String(256), nullable=True),  # row override; NULL = the source's
    Column("channel", String(256), nullable=False, default=""),
    Column("channel_raw", String(256), nullable=False, default=""),
    Column("owner", String(256), nullable=False, default=""),
    Column("owner_raw", String(256), nullable=False, default=""),
    Column("status", String(128), nullable=False, default=""),
    Column("status_raw", String(128), nullable=False, default=""),
    Column("campaign", String(512), nullable=False, default=""),
    Column("link", Text, nullable=False, default=""),
    Column("tags", Text, nullable=False, default="[]"),
    Column("extra", Text, nullable=False, default="{}"),
    Column("location", String(256), nullable=False, default=""),
    Column("series_key", String(512), nullable=True),
    Column("recurrence_id_ts", BigInteger, nullable=True),
    Column("recurrence", Text, nullable=True),
    Column("fingerprint", String(40), nullable=False),
    UniqueConstraint("source_id", "source_ref", name="uq_entries_source_ref"),
)
Index("ix_entries_start", entries.c.start_ts)
# One index for time windows; filters by channel or person narrow a window's rows.
# (Each extra index costs ~15 % on bulk imports.)

synonyms = Table(
    "synonyms", metadata,
    Column("kind", String(16), primary_key=True),
    Column("name", String(256), primary_key=True),
    Column("canonical", String(256), nullable=False),
)

settings_table = Table(
    "settings", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

decisions = Table(
    "decisions", metadata,
    Column("item_key", String(128), primary_key=True),
    Column("status", String(32), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("decided_at", BigInteger, nullable=False),
)

# Migrations from version N to N+1: functions taking a connection.
MIGRATIONS: dict[int, callable] = {}


def database_url(target: str | Path) -> str:
    """Accept a file path or any SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise WorkspaceError(f"'{text}' is not a valid database URL: {exc}") from None
        return text
    path = Path(text).expanduser()
    if path.exists() and path.is_dir():
        raise WorkspaceError(f"workspace '{path}' is a folder; give a file name such as {path / 'workspace.sqlite'}")
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB page cache for bulk imports
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def open_engine(target: str | Path) -> Engine:
    """Open (and create or migrate) a workspace database; raise WorkspaceError with a clear message."""
    url = database_url(target)
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ModuleNotFoundError, SQLAlchemyError) as exc:
        raise WorkspaceError(f"cannot open workspace {target}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        _prepare(engine, target)
    except WorkspaceError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip() if exc.orig else str(exc)
        if "not a database" in reason or "file is encrypted" in reason:
            reason = "the file is not a Masthead workspace (not an SQLite database)"
        raise WorkspaceError(f"cannot open workspace {target}: {reason}") from None
    return engine


def _prepare(engine: Engine, target) -> None:
    with engine.begin() as conn:
        names = set(inspect(conn).get_table_names())
        if "masthead_meta" not in names:
            foreign = names - {t.name for t in metadata.sorted_tables}
            if foreign:
                raise WorkspaceError(
                    f"cannot open workspace {target}: the database holds other tables "
                    f"({', '.join(sorted(foreign)[:5])}) and is not a Masthead workspace")
            metadata.create_all(conn)
            conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
            return
        row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
        try:
            version = int(row[0]) if row else 0
        except ValueError:
            version = 0
        if version < 1:
            raise WorkspaceError(f"cannot open workspace {target}: its schema version is missing or damaged")
        if version > SCHEMA_VERSION:
            raise WorkspaceError(
                f"workspace {target} was written by a newer Masthead (schema {version}); "
                f"this version reads schema {SCHEMA_VERSION} or older. Update Masthead to open it.")
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise WorkspaceError(f"workspace {target}: no migration from schema {version}")
            step(conn)
            version += 1
            conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(version)))
