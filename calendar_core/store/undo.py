"""Undo and redo as change sets stored in the workspace (table ``undo_steps``).

A change set is a list of parts; a part names a table, the keys an operation
touched and the rows those keys held before it (a key without a row did not
exist: putting the part back deletes it). Putting a change set back returns its
inverse, captured from the rows as they are just before, so undo yields the redo
and redo the undo. Only what an operation changed is recorded: an unchanged
re-import records nothing, and nothing is kept in memory between operations.
"""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import Connection, bindparam, delete, func, select, update

from calendar_core.store.schema import decisions, entries, proposals, sources, undo_steps
from calendar_core.timeconv import to_ts

TABLES = {"entries": (entries, "id"), "sources": (sources, "id"), "decisions": (decisions, "item_key"),
          "proposals": (proposals, "id")}
CHUNK = 900  # keys per statement (SQLite's bound-parameter limit)
ROWS_PER_DUMP = 500  # rows per json.dumps call: one C call each (2,000 held the GIL 20-30 ms)


@dataclass
class Part:
    table: str
    keys: list
    rows: list[dict] = field(default_factory=list)  # the rows the keys held; a key without one did not exist


def capture(conn: Connection, table: str, keys) -> Part:
    """The rows ``keys`` hold now in ``table``, as a part that puts them back."""
    t, key = TABLES[table]
    keys = list(keys)
    rows: list[dict] = []
    for i in range(0, len(keys), CHUNK):
        found = conn.execute(select(t).where(t.c[key].in_(keys[i:i + CHUNK])))
        cols = tuple(found.keys())
        rows += [dict(zip(cols, r)) for r in found.fetchall()]  # not a mapping per row: 3x faster on 300k rows
    return Part(table, keys, rows)


def put_back(conn: Connection, part: Part) -> Part:
    """Make the part's keys hold its rows again; returns the inverse part."""
    inverse = capture(conn, part.table, part.keys)
    t, key = TABLES[part.table]
    wanted = {r[key]: r for r in part.rows}
    present = {r[key] for r in inverse.rows}
    gone = [k for k in present if k not in wanted]
    for i in range(0, len(gone), CHUNK):
        conn.execute(delete(t).where(t.c[key].in_(gone[i:i + CHUNK])))
    cols = [c.name for c in t.columns if c.name != key]
    kept = [{**{f"v_{c}": wanted[k][c] for c in cols}, "b_key": k} for k in present if k in wanted]
    if kept:
        stmt = update(t).where(t.c[key] == bindparam("b_key")).values({c: bindparam(f"v_{c}") for c in cols})
        conn.execute(stmt, kept)
    new = [wanted[k] for k in wanted if k not in present]
    for i in range(0, len(new), 5000):
        conn.execute(t.insert(), new[i:i + 5000])
    return inverse


def put_back_all(conn: Connection, parts: list[Part]) -> list[Part]:
    """Put the parts back in order; returns the change set that undoes this."""
    return [put_back(conn, p) for p in parts][::-1]


def dump(parts: list[Part]) -> bytes:
    """The change set as compressed JSON, encoded a few thousand rows at a time (never one huge string)."""
    z = zlib.compressobj(1)  # the fastest level: twice as fast as the default, about 30 % larger
    out = [z.compress(b"[")]
    for n, p in enumerate(parts):
        # '["entries", [1, 2, …], [rows…]]': the keys too a slice at a time (300,000 ids in one call held the GIL)
        out.append(z.compress(((", " if n else "") + "[" + json.dumps(p.table, ensure_ascii=False) + ", [").encode("utf-8")))
        for i in range(0, len(p.keys), 20_000):
            chunk = json.dumps(p.keys[i:i + 20_000], ensure_ascii=False)[1:-1]
            out.append(z.compress(((", " if i else "") + chunk).encode("utf-8")))
        out.append(z.compress(b"], ["))
        for i in range(0, len(p.rows), ROWS_PER_DUMP):
            chunk = json.dumps(p.rows[i:i + ROWS_PER_DUMP], ensure_ascii=False)[1:-1]
            out.append(z.compress(((", " if i else "") + chunk).encode("utf-8")))
        out.append(z.compress(b"]]"))
    out.append(z.compress(b"]"))
    out.append(z.flush())
    return b"".join(out)


def load(payload: bytes) -> list[Part]:
    return [Part(t, k, r) for t, k, r in json.loads(zlib.decompress(payload).decode("utf-8"))]


def record(conn: Connection, parts: list[Part], label: str, grp: int | None = None) -> int | None:
    """Store an operation's change set on the undo stack (clearing the redo stack); returns its group.
    An empty change set (nothing changed) is not recorded."""
    parts = [p for p in parts if p.keys]
    if not parts:
        return grp
    conn.execute(delete(undo_steps).where(undo_steps.c.undone.is_(True)))
    if grp is None:
        grp = (conn.execute(select(func.max(undo_steps.c.grp))).scalar() or 0) + 1
    # the values go as parameters, not into the statement: SQLAlchemy's compiled cache keeps the first
    # statement of each shape, with the values written into it (a 300,000-row change set is 22 MB)
    conn.execute(undo_steps.insert(), {"grp": grp, "label": label, "undone": False, "payload": dump(parts),
                                       "created_at": to_ts(datetime.now(timezone.utc))})
    return grp


def relabel(conn: Connection, grp: int, label: str) -> None:
    conn.execute(update(undo_steps).where(undo_steps.c.grp == grp).values(label=label))


def next_step(conn: Connection, redo: bool = False) -> tuple[int, str] | None:
    """The group and label that undo (or redo) would act on next."""
    agg = func.min if redo else func.max
    grp = conn.execute(select(agg(undo_steps.c.grp)).where(undo_steps.c.undone.is_(redo))).scalar()
    if grp is None:
        return None
    label = conn.execute(select(undo_steps.c.label).where(undo_steps.c.grp == grp).limit(1)).scalar()
    return grp, label


def step(conn: Connection, redo: bool = False) -> str | None:
    """Undo (or redo) the next group; returns its label, None when there is nothing to do."""
    found = next_step(conn, redo)
    if found is None:
        return None
    grp, label = found
    order = undo_steps.c.id.asc() if redo else undo_steps.c.id.desc()
    ids = [r[0] for r in conn.execute(select(undo_steps.c.id).where(undo_steps.c.grp == grp).order_by(order))]
    for step_id in ids:  # one row in memory at a time
        payload = conn.execute(select(undo_steps.c.payload).where(undo_steps.c.id == step_id)).scalar_one()
        inverse = put_back_all(conn, load(payload))
        conn.execute(update(undo_steps).where(undo_steps.c.id == bindparam("b_id")),  # parameters: see record
                     {"b_id": step_id, "undone": not redo, "payload": dump(inverse)})
        _drop(inverse)
    return label


def _drop(parts: list[Part]) -> None:
    """Free a change set's rows a slice at a time: 300,000 dicts dropped at once hold the GIL
    for about a second, and a window running the undo on a worker thread would freeze meanwhile."""
    for p in parts:
        while p.rows:
            del p.rows[-5000:]


def discard(conn: Connection, grp: int) -> None:
    """Put back a group's changes and forget it (a cancelled import)."""
    ids = [r[0] for r in conn.execute(select(undo_steps.c.id).where(undo_steps.c.grp == grp)
                                      .order_by(undo_steps.c.id.desc()))]
    for step_id in ids:
        payload = conn.execute(select(undo_steps.c.payload).where(undo_steps.c.id == step_id)).scalar_one()
        put_back_all(conn, load(payload))
    conn.execute(delete(undo_steps).where(undo_steps.c.grp == grp))


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(undo_steps)).scalar_one())
