"""Re-import as a sync: replace one source's entries by identity, in the caller's transaction."""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from importers.slices import SLICE, sliced_dict
from sqlalchemy import Connection, bindparam, delete, func, literal, literal_column, select, update

from calendar_core.store.batch import IDENTITY_COLUMNS, EntryRows, fingerprints_of
from calendar_core.store.rows import CONTENT_COLUMNS, ROW_COLUMNS
from calendar_core.store.schema import entries

CHUNK = 900  # stays under SQLite's bound-parameter limits
INSERT_CHUNK = 5000  # rows per executemany: cancel and progress are looked at between chunks
INDEX_AFTER_FROM = 5000  # rows of a first import into an empty table for which its indexes are built after
INLINE_FROM = 64  # rows; below this, writing constants into the statement is not worth it
_PLAIN_TEXT = re.compile(r"[\w \-/.:+#@&,()\[\]{}]{0,200}")


@dataclass
class SyncCounts:
    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    touched: list[int] = field(default_factory=list)  # ids of entries changed or removed (their old rows went)
    inserted: list[int] = field(default_factory=list)  # ids of new entries
    ids: dict[str, int] = field(default_factory=dict)  # source_ref -> id of every entry the source now has


Tick = Callable[[float], None]  # told the fraction of the writing done; raises to stop (the caller rolls back)


def _no_tick(_fraction: float) -> None:
    pass


def _inlinable(value) -> bool:
    """A value that can be written into SQL as a literal on every dialect without quoting traps."""
    if value is None or isinstance(value, (bool, int)):
        return True
    return isinstance(value, str) and _PLAIN_TEXT.fullmatch(value) is not None


def bulk_insert(conn: Connection, table, names: tuple[str, ...], columns: list[list], tick: Tick = _no_tick) -> None:
    """Insert rows given column by column, through the driver's executemany.

    A column holding the same value in every row (the source id, an empty
    tag list, "event"...) is written once into the statement as a literal:
    binding it again for each row is most of the cost of a bulk insert.
    Columns are expected to hold one type each (as EntryRows' do). ``tick``
    is told the fraction written after each chunk.
    """
    n = len(columns[0]) if columns else 0
    if not n:
        return
    positional = conn.dialect.paramstyle in ("qmark", "format", "numeric")
    fixed: dict[str, object] = {}
    bound: dict[str, list] = {}
    for name, col in zip(names, columns):
        first = col[0]
        # the last value first: a column that varies is told at once, not after a count of every row
        if positional and n >= INLINE_FROM and _inlinable(first) and col[-1] == first and col.count(first) == n:
            fixed[name] = first
        else:
            bound[name] = col
    if not bound:  # keep one column bound: executemany needs parameters to repeat
        name = names[0]
        bound[name] = columns[0]
        del fixed[name]
    if not positional:
        for i in range(0, n, INSERT_CHUNK):
            conn.execute(table.insert(), [dict(zip(bound, r))
                                          for r in zip(*(c[i:i + INSERT_CHUNK] for c in bound.values()))])
            tick(min(1.0, (i + INSERT_CHUNK) / n))
        return
    values = {name: bindparam(name) for name in bound}
    for name, value in fixed.items():
        rendered = literal(value, table.c[name].type).compile(dialect=conn.dialect,
                                                            compile_kwargs={"literal_binds": True})
        values[name] = literal_column(str(rendered))
    compiled = table.insert().values(values).compile(dialect=conn.dialect)
    ordered = [bound[name] for name in compiled.positiontup]
    sql = str(compiled)
    for i in range(0, n, INSERT_CHUNK):  # one chunk's row tuples at a time, not 122,000 at once
        conn.exec_driver_sql(sql, list(zip(*(c[i:i + INSERT_CHUNK] for c in ordered))))
        tick(min(1.0, (i + INSERT_CHUNK) / n))


@contextmanager
def _indexed_after(conn: Connection, bulk: bool):
    """Inside the block, the entries table's indexes (the identity's unique one too) are built once,
    after it, when the table is empty and ``bulk`` (a first import of many rows): sorting them once costs less than
    keeping them ordered row by row. SQLite only (in the caller's transaction); otherwise nothing."""
    if not bulk or conn.dialect.name != "sqlite" or conn.execute(select(entries.c.id).limit(1)).first():
        yield
        return
    # the declared indexes this workspace has: one made before the identity's unique index was declared
    # keeps the identity as its table's constraint, whose index SQLite keeps (and it is not dropped)
    present = {name for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries'")}
    later = sorted((ix for ix in entries.indexes if ix.name in present), key=lambda ix: ix.name)
    for ix in later:
        ix.drop(conn)
    yield
    for ix in later:
        ix.create(conn)


def _largest_id(conn: Connection) -> int:
    return conn.execute(select(func.max(entries.c.id))).scalar() or 0


def _numbered_in_order(conn: Connection, source_id: int, refs: list[str], before: int | None = None
                       ) -> dict[str, int] | None:
    """The ids SQLite gave a new source's rows, without reading 50,000 of them back: inserted in
    ``refs`` order, each took one more than the table's largest rowid, so when the source's ids are
    one unbroken run as long as ``refs`` they are that run in order. ``before``: the table's largest
    id before the rows went in; when the largest grew by exactly their number, each took the next
    one, and no rows are counted. None when that is not so (any other database, or ids not one run):
    the caller reads them."""
    if conn.dialect.name != "sqlite":
        return None
    if before is not None:
        after = _largest_id(conn)
        if after - before == len(refs):
            return sliced_dict(refs, range(before + 1, after + 1))
    lo, hi, count = conn.execute(select(func.min(entries.c.id), func.max(entries.c.id), func.count())
                                 .where(entries.c.source_id == source_id)).one()
    if count != len(refs) or lo is None or hi - lo + 1 != count:
        return None
    return sliced_dict(refs, range(lo, hi + 1))  # a slice at a time: one dict(zip()) of 300,000 held the GIL 50 ms


def _fingerprint_unmarked(conn: Connection, source_id: int, existing: dict[str, tuple]) -> None:
    """Give the stored entries of ``existing`` (source_ref -> (id, fingerprint, location, extra)) that a
    first import stored without a fingerprint the one made from their stored content."""
    if not any(old[1] == "" for old in existing.values()):
        return
    found = conn.execute(select(entries.c.source_ref, *(entries.c[c] for c in IDENTITY_COLUMNS))
                         .where(entries.c.source_id == source_id, entries.c.fingerprint == "")).all()
    if not found:
        return
    refs, *columns = (list(c) for c in zip(*found))
    for ref, fp in zip(refs, fingerprints_of(columns)):
        old = existing[ref]
        existing[ref] = (old[0], fp, old[2], old[3])


def sync_entries(conn: Connection, source_id: int, rows: EntryRows, tick: Tick = _no_tick,
                 before_write: Callable[[list[int]], None] | None = None) -> SyncCounts:
    """Make the source's stored entries equal ``rows``, keyed by ``source_ref``.

    Unchanged entries keep their ids; changed ones are updated in place; new
    ones are bulk-inserted; the rest are deleted. ``before_write`` is given the
    ids about to be changed or removed before anything is written (undo keeps
    their rows); ``tick`` is told the fraction written between chunks and may
    raise to stop, leaving the caller to roll the transaction back.
    """
    existing = {
        ref: (eid, fp, loc, extra)
        for eid, ref, fp, loc, extra in conn.execute(
            select(entries.c.id, entries.c.source_ref, entries.c.fingerprint, entries.c.location, entries.c.extra)
            .where(entries.c.source_id == source_id)
        )
    }
    counts = SyncCounts()
    rows_refs = rows.refs
    if existing:
        _fingerprint_unmarked(conn, source_id, existing)
        fresh: list[int] = []
        updates: list[dict] = []
        moved: list[dict] = []  # same content, another row: refresh where it is, silently
        fingerprints, locations, extras = rows.fingerprints, rows.column("location"), rows.column("extra")
        for i, ref in enumerate(rows.refs):
            old = existing.get(ref)
            if old is None:
                fresh.append(i)
            elif old[1] != fingerprints[i]:
                updates.append({**dict(zip(ROW_COLUMNS, rows.row(i))), "b_id": old[0]})
            else:
                counts.unchanged += 1
                if old[2] != locations[i] or old[3] != extras[i]:
                    moved.append({"b_id": old[0], "location": locations[i], "extra": extras[i]})
        seen = set(rows.refs)
        removed_ids = [old[0] for ref, old in existing.items() if ref not in seen]
        counts.touched = [u["b_id"] for u in updates] + [m["b_id"] for m in moved] + removed_ids
        if before_write is not None and counts.touched:
            before_write(counts.touched)
        work = max(len(removed_ids) + len(updates) + len(moved) + len(fresh), 1)
        done = 0
        for i in range(0, len(removed_ids), CHUNK):
            conn.execute(delete(entries).where(entries.c.id.in_(removed_ids[i:i + CHUNK])))
            done += len(removed_ids[i:i + CHUNK])
            tick(done / work)
        if updates:
            cols = {c: bindparam(c) for c in (*CONTENT_COLUMNS, "fingerprint")}
            stmt = update(entries).where(entries.c.id == bindparam("b_id")).values(**cols)
            for i in range(0, len(updates), INSERT_CHUNK):
                conn.execute(stmt, updates[i:i + INSERT_CHUNK])
                done += len(updates[i:i + INSERT_CHUNK])
                tick(done / work)
        if moved:
            stmt = update(entries).where(entries.c.id == bindparam("b_id")).values(
                location=bindparam("location"), extra=bindparam("extra"))
            conn.execute(stmt, moved)
            done += len(moved)
        rows = rows.take(fresh)
        counts.changed, counts.removed = len(updates), len(removed_ids)
        start = done / work
        insert_tick = (lambda f: tick(start + (1 - start) * f)) if rows else tick
    else:
        insert_tick = tick
    before = _largest_id(conn) if not existing and rows and conn.dialect.name == "sqlite" else None
    with _indexed_after(conn, not existing and len(rows) >= INDEX_AFTER_FROM):
        bulk_insert(conn, entries, ("source_id", *ROW_COLUMNS), [[source_id] * len(rows), *rows.to_store(not existing)],
                    insert_tick)
    counts.new = len(rows)
    if rows:
        old_ids = {v[0] for v in existing.values()}
        counts.ids = None if existing else _numbered_in_order(conn, source_id, rows.refs, before)
        if counts.ids is None:
            counts.ids = {}
            found = conn.execute(select(entries.c.source_ref, entries.c.id).where(entries.c.source_id == source_id))
            for part in found.partitions(SLICE):  # a slice at a time: one .all() held the GIL for 0.1-0.3 s
                counts.ids.update(part)
        counts.inserted = [i for i in counts.ids.values() if i not in old_ids]
    elif existing:
        kept = set(rows_refs)
        counts.ids = {ref: old[0] for ref, old in existing.items() if ref in kept}
    tick(1.0)
    return counts
