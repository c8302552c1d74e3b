"""Re-import as a sync: replace one source's entries by identity, in the caller's transaction."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, delete, select, update

from calendar_core.store.rows import CONTENT_COLUMNS, EXTRA, FP, LOCATION, REF, ROW_COLUMNS
from calendar_core.store.schema import entries

CHUNK = 900  # stays under SQLite's bound-parameter limits


@dataclass
class SyncCounts:
    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0


def bulk_insert(conn: Connection, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert many tuples through the driver's executemany (Core, portable paramstyles)."""
    if not rows:
        return
    if conn.dialect.paramstyle in ("qmark", "format", "numeric"):
        stmt = table.insert().values({c: bindparam(c) for c in columns})
        compiled = stmt.compile(dialect=conn.dialect)
        order = [columns.index(name) for name in compiled.positiontup]
        if order != list(range(len(columns))):
            rows = [tuple(r[i] for i in order) for r in rows]
        for i in range(0, len(rows), 20000):
            conn.exec_driver_sql(str(compiled), rows[i:i + 20000])
    else:
        for i in range(0, len(rows), 5000):
            conn.execute(table.insert(), [dict(zip(columns, r)) for r in rows[i:i + 5000]])


def sync_entries(conn: Connection, source_id: int, rows: list[tuple]) -> SyncCounts:
    """Make the source's stored entries equal ``rows``, keyed by ``source_ref``.

    Unchanged entries keep their ids; changed ones are updated in place; new
    ones are bulk-inserted; the rest are deleted.
    """
    existing = {
        ref: (eid, fp, loc, extra)
        for eid, ref, fp, loc, extra in conn.execute(
            select(entries.c.id, entries.c.source_ref, entries.c.fingerprint, entries.c.location, entries.c.extra)
            .where(entries.c.source_id == source_id)
        )
    }
    moved: list[dict] = []  # same content, another row: refresh where it is, silently
    counts = SyncCounts()
    inserts: list[tuple] = []
    updates: list[dict] = []
    seen: set[str] = set()
    for row in rows:
        ref = row[REF]
        seen.add(ref)
        old = existing.get(ref)
        if old is None:
            inserts.append((source_id, *row))
        elif old[1] != row[FP]:
            updates.append({**dict(zip(ROW_COLUMNS, row)), "b_id": old[0]})
        else:
            counts.unchanged += 1
            if old[2] != row[LOCATION] or old[3] != row[EXTRA]:
                moved.append({"b_id": old[0], "location": row[LOCATION], "extra": row[EXTRA]})
    removed_ids = [old[0] for ref, old in existing.items() if ref not in seen]

    for i in range(0, len(removed_ids), CHUNK):
        conn.execute(delete(entries).where(entries.c.id.in_(removed_ids[i:i + CHUNK])))
    if updates:
        cols = {c: bindparam(c) for c in (*CONTENT_COLUMNS, "fingerprint")}
        stmt = update(entries).where(entries.c.id == bindparam("b_id")).values(**cols)
        conn.execute(stmt, updates)
    if moved:
        stmt = update(entries).where(entries.c.id == bindparam("b_id")).values(
            location=bindparam("location"), extra=bindparam("extra"))
        conn.execute(stmt, moved)
    bulk_insert(conn, entries, ("source_id", *ROW_COLUMNS), inserts)
    counts.new, counts.changed, counts.removed = len(inserts), len(updates), len(removed_ids)
    return counts


def snapshot_source(conn: Connection, source_id: int, sources_table) -> tuple[dict | None, list[dict]]:
    """The source row and all its entry rows, for undo."""
    src = conn.execute(select(sources_table).where(sources_table.c.id == source_id)).mappings().first()
    rows = [dict(r) for r in conn.execute(select(entries).where(entries.c.source_id == source_id)).mappings()]
    return (dict(src) if src else None), rows


def restore_source(conn: Connection, source_id: int, sources_table, snapshot: tuple[dict | None, list[dict]]) -> None:
    """Put a source back exactly as snapshotted (or remove it if it did not exist)."""
    src, rows = snapshot
    conn.execute(delete(entries).where(entries.c.source_id == source_id))
    conn.execute(delete(sources_table).where(sources_table.c.id == source_id))
    if src is None:
        return
    conn.execute(sources_table.insert().values(**src))
    for i in range(0, len(rows), 5000):
        conn.execute(entries.insert(), rows[i:i + 5000])
