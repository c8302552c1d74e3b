"""Tables, indexes and the schema version check.

Portable SQL only (SQLite and PostgreSQL): instants are stored as integer
seconds since the epoch (UTC), JSON as text.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import (
    BigInteger, Boolean, Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text,
    UniqueConstraint, create_engine, event, inspect, select, text,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

# 1: the first release. 2: reserved (MIGRATIONS[1] is a no-op step another change may fill).
# 3: a source's path is unique, decisions remember their members, a change counter.
# 4: undo and redo as stored change sets (``undo_steps``), so they survive a restart.
# 5: proposals (``proposals``): a coordinator's moves of an entry, kept until its department applies them.
SCHEMA_VERSION = 5


class WorkspaceError(Exception):
    """The workspace cannot be opened or written; the message is for the user."""


class ChangedElsewhere(WorkspaceError):
    """One file's import lost a race with another desk; the workspace is fine, the file was not applied."""


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
    # A file is one source: two desks importing it at once must not store it twice.
    UniqueConstraint("path", name="uq_sources_path"),
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
    # SHA-1 of the row's content; "" when a first import stored it: made from the row when a re-import compares
    Column("fingerprint", String(40), nullable=False),
)
# A source's entries have one identity each: a named unique index rather than a table constraint, so
# that a first bulk import into an empty table builds it once after its rows (store/sync.py, a sort)
# instead of keeping it ordered row by row (a third of a 50,000-row insert). Workspaces made before
# keep the rule as their table's constraint (an index SQLite never drops); the rule is the same.
Index("uq_entries_source_ref", entries.c.source_id, entries.c.source_ref, unique=True)
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
    Column("item_key", Text, primary_key=True),  # Text since schema 3: a group's key may name its members
    Column("status", String(32), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("decided_at", BigInteger, nullable=False),
    # Identities (file name|reference) of the item's entries when decided, as a JSON list:
    # a conflict group that gains a member keeps the decision made on the smaller group.
    Column("members", Text, nullable=False, default="[]", server_default="[]"),
)

# One row: bumped by every write, so other desks see a change by polling one value.
changes = Table(
    "masthead_changes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("counter", BigInteger, nullable=False, default=0),
)

# One row per recorded change of one operation (calendar_core/store/undo.py). Rows of one
# group (an import of several files) are undone and redone together; ``undone`` rows are the
# redo stack. ``payload`` is the zlib-compressed JSON of the rows to put back.
undo_steps = Table(
    "undo_steps", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("grp", Integer, nullable=False),
    Column("label", Text, nullable=False),
    Column("undone", Boolean, nullable=False, default=False),
    Column("created_at", BigInteger, nullable=False),
    Column("payload", LargeBinary, nullable=False),
)
Index("ix_undo_steps_grp", undo_steps.c.grp)


# A proposed change of one entry, keyed on its identity (source file name + reference, like
# decisions) so it survives re-imports. ``from_*`` is the entry as it was when proposed (to tell
# "applied" from "changed otherwise"); a NULL proposed column leaves that field as it is.
# state: open | applied | stale | closed; state_note says why it left "open".
proposals = Table(
    "proposals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_name", String(512), nullable=False),
    Column("source_ref", String(768), nullable=False),
    Column("from_start_ts", BigInteger, nullable=False),
    Column("from_end_ts", BigInteger, nullable=True),
    Column("from_channel", String(256), nullable=False, default=""),
    Column("from_owner", String(256), nullable=False, default=""),
    Column("from_status", String(128), nullable=False, default=""),
    Column("start_ts", BigInteger, nullable=False),
    Column("end_ts", BigInteger, nullable=True),
    Column("channel", String(256), nullable=True),
    Column("owner", String(256), nullable=True),
    Column("status", String(128), nullable=True),
    Column("note", Text, nullable=False, default=""),
    Column("created_at", BigInteger, nullable=False),
    Column("state", String(16), nullable=False, default="open"),
    Column("state_note", Text, nullable=False, default=""),
)
Index("ix_proposals_entry", proposals.c.source_name, proposals.c.source_ref)


def _to_2(conn) -> None:
    """Schema 1 -> 2: nothing yet. The step is reserved for another change; schema 2 and 1 hold the same tables."""


def _to_3(conn) -> None:
    """Schema 2 -> 3: one source per path, decision members and keys of any length, the change counter.

    Copies of one file stored twice (two desks importing at once, before this
    version) are merged into the oldest source: the later copies and their
    entries go, since they hold the same file.
    """
    rows = conn.execute(select(sources.c.id, sources.c.path).order_by(sources.c.id)).all()
    kept: dict[str, int] = {}
    extra = []
    for source_id, path in rows:
        if path in kept:
            extra.append(source_id)
        else:
            kept[path] = source_id
    if extra:
        conn.execute(entries.delete().where(entries.c.source_id.in_(extra)))
        conn.execute(sources.delete().where(sources.c.id.in_(extra)))
    if "members" not in {c["name"] for c in inspect(conn).get_columns("decisions")}:
        conn.execute(text("ALTER TABLE decisions ADD COLUMN members TEXT NOT NULL DEFAULT '[]'"))
    if conn.dialect.name == "postgresql":  # SQLite does not enforce lengths
        conn.execute(text("ALTER TABLE decisions ALTER COLUMN item_key TYPE TEXT"))
    conn.execute(text("CREATE UNIQUE INDEX uq_sources_path ON sources (path)"))
    changes.create(conn, checkfirst=True)
    conn.execute(changes.insert().values(id=1, counter=0))


def _to_4(conn) -> None:
    """Schema 3 -> 4: the stored undo and redo stack (earlier workspaces kept undo in memory only)."""
    undo_steps.create(conn, checkfirst=True)


def _to_5(conn) -> None:
    """Schema 4 -> 5: proposals (moves of entries waiting for their department)."""
    proposals.create(conn, checkfirst=True)


# Migrations from version N to N+1: functions taking a connection, run in the opening transaction.
MIGRATIONS: dict[int, callable] = {1: _to_2, 2: _to_3, 3: _to_4, 4: _to_5}


def database_url(target: str | Path) -> str:
    """Accept a file path or any SQLAlchemy URL."""
    return _database_url(target)[0]


def _database_url(target: str | Path) -> tuple[str, bool]:
    """The URL and whether a workspace file can only be read (a read-only medium or file)."""
    text = str(target)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise WorkspaceError(f"'{text}' is not a valid database URL: {exc}") from None
        return text, False
    path = Path(text).expanduser()
    if path.exists() and path.is_dir():
        raise WorkspaceError(f"workspace '{path}' is a folder; give a file name such as {path / 'workspace.sqlite'}")
    if path.exists() and not _writable(path):
        # SQLite writes beside the file (journal, WAL): a file we cannot write, or one in a folder
        # we cannot write, is opened for viewing only.
        return f"sqlite:///file:{quote(str(path.resolve()))}?mode=ro&immutable=1&uri=true", True
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"cannot create workspace {path}: {exc.strerror or exc}; "
                                 "choose a folder you can write to") from None
    return f"sqlite:///{path.resolve()}", False


def _writable(path: Path) -> bool:
    """Whether SQLite can write this workspace file: the file, its folder and their medium."""
    folder = path.resolve().parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except (OSError, AttributeError):
        pass
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


# Page size of a new workspace file. Its rows (about 650 bytes for an ICS occurrence) go in a quarter
# as many pages as with SQLite's 4 KB: a 122,000-entry first import writes (WAL, then checkpoint) with
# a quarter of the system calls and page splits; measured 1-4 % less CPU for the import (interleaved
# whole processes on the loaded 2-core machine, about its noise).
PAGE_SIZE = 16_384


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA page_size={PAGE_SIZE}")  # a new file only (before WAL); others keep theirs
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB page cache for bulk imports
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def _sqlite_read_only_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


WRITE = {"masthead_write": True}  # execution option of a connection that will write


def _sqlite_begin(conn) -> None:
    """A writing transaction takes the write lock at its start (``BEGIN IMMEDIATE``): it then
    waits for another desk's write to finish instead of failing half-way with "locked"."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("masthead_write") else "BEGIN")


SQLITE_BUSY_SECONDS = 60  # how long a writer waits for another desk's import before saying so


def open_engine(target: str | Path) -> Engine:
    """Open (and create or migrate) a workspace database; raise WorkspaceError with a clear message."""
    return open_store(target)[0]


def open_store(target: str | Path) -> tuple[Engine, bool]:
    """The engine of a workspace and whether it is open read-only (for viewing)."""
    url, read_only = _database_url(target)
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, future=True, connect_args={"timeout": SQLITE_BUSY_SECONDS})
        else:
            engine = create_engine(url, future=True)
    except (ArgumentError, ModuleNotFoundError, SQLAlchemyError) as exc:
        raise WorkspaceError(f"cannot open workspace {target}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        if engine.dialect.name == "postgresql" and not read_only:  # a standby or a read-only role: view only
            with engine.connect() as conn:
                read_only = str(conn.exec_driver_sql("SHOW transaction_read_only").scalar()).casefold() == "on"
        _prepare(engine, target, read_only)
    except WorkspaceError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip() if exc.orig else str(exc)
        if "not a database" in reason or "file is encrypted" in reason:
            reason = "the file is not a Masthead workspace (not an SQLite database)"
        else:
            from calendar_core.store.errors import reason_of

            reason = reason_of(exc)
        raise WorkspaceError(f"cannot open workspace {target}: {reason}") from None
    return engine, read_only


def _prepare(engine: Engine, target, read_only: bool = False) -> None:
    with engine.connect() as conn, conn.execution_options(**({} if read_only else WRITE)).begin():
        names = set(inspect(conn).get_table_names())
        if "masthead_meta" not in names and read_only:
            raise WorkspaceError(f"cannot open workspace {target}: it is read-only and not a Masthead workspace")
        if "masthead_meta" not in names:
            foreign = names - {t.name for t in metadata.sorted_tables}
            if foreign:
                raise WorkspaceError(
                    f"cannot open workspace {target}: the database holds other tables "
                    f"({', '.join(sorted(foreign)[:5])}) and is not a Masthead workspace")
            metadata.create_all(conn, checkfirst=bool(names))  # an empty database: no table to look for
            conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
            conn.execute(changes.insert().values(id=1, counter=0))
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
        if version < SCHEMA_VERSION and read_only:
            raise WorkspaceError(
                f"workspace {target} is read-only and was written by an older Masthead (schema {version}); "
                "copy it to a folder you can write to and open it there once to update it")
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise WorkspaceError(f"workspace {target}: no migration from schema {version}")
            step(conn)
            version += 1
            conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(version)))
