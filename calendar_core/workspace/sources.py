"""The workspace's sources: listing, finding a file's source, editing and removing one."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping

from sqlalchemy import delete, func, select, update

from calendar_core.model import Source
from calendar_core.names import tidy
from calendar_core.store.schema import entries as entries_t, sources as sources_t
from calendar_core.store import undo as _undo
from calendar_core.timeconv import from_ts
from importers.errors import printable_path


def source_row(conn, path: Path, lock: bool = False):
    """The stored row of this file's source: same path, else the only source with the same
    file name (a moved file). ``lock`` holds the row until the transaction ends (PostgreSQL).
    A name that is not UTF-8 is looked up as it is stored: printable (see importers.printable_path)."""
    path = printable_path(path)
    resolved = str(path.resolve())
    stmt = select(sources_t).where((sources_t.c.path == resolved) | (sources_t.c.name == path.name)).order_by(
        sources_t.c.id)
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    found = conn.execute(stmt).mappings().all()
    for row in found:
        if row["path"] == resolved:
            return row
    same_name = [r for r in found if r["name"] == path.name]
    return same_name[0] if len(same_name) == 1 else None


_EDITS = {"visible": "showing", "settings": "settings"}  # how a source edit is named in "Undo …"
_STAMPS = ("imported_at", "path")  # a re-import of an unchanged file may move or re-date it: nothing to undo


def changed_beyond_stamps(before, conn, source_id: int) -> bool:
    """Whether an import changed the source's row beyond when and where it was read."""
    after = conn.execute(select(sources_t).where(sources_t.c.id == source_id)).mappings().first()
    return any(before[k] != after[k] for k in after.keys() if k not in _STAMPS)


class Sources:
    """The workspace's sources methods; mixed into :class:`calendar_core.workspace.Workspace`."""

    def sources(self) -> list[Source]:
        counts = select(entries_t.c.source_id, func.count().label("n")).group_by(entries_t.c.source_id).subquery()
        stmt = select(sources_t, func.coalesce(counts.c.n, 0).label("n")).outerjoin(
            counts, counts.c.source_id == sources_t.c.id).order_by(sources_t.c.id)
        with self._engine.connect() as conn:
            return [self._source(r) for r in conn.execute(stmt).mappings()]

    def source(self, source_id: int) -> Source | None:
        return next((s for s in self.sources() if s.id == source_id), None)

    def blackout_source_ids(self) -> frozenset[int]:
        """The ids of the blackout sources (their entries only mark days); no entries counted."""
        with self._engine.connect() as conn:
            return frozenset(i for i, blackout in conn.execute(select(sources_t.c.id, sources_t.c.blackout)) if blackout)

    def _source_settings(self, source_id: int) -> dict:
        """One source's stored settings (without counting the entries of every source)."""
        with self._engine.connect() as conn:
            text = conn.execute(select(sources_t.c.settings).where(sources_t.c.id == source_id)).scalar()
        return json.loads(text or "{}")

    @staticmethod
    def _source(m) -> Source:
        return Source(
            id=m["id"], path=m["path"], name=m["name"], kind=m["kind"], department=m["department"],
            colour=m["colour"], content_hash=m["content_hash"], imported_at=from_ts(m["imported_at"]),
            settings=json.loads(m["settings"] or "{}"), warnings=json.loads(m["warnings"] or "[]"),
            errors=json.loads(m["errors"] or "[]"), blackout=bool(m["blackout"]), visible=bool(m["visible"]),
            entry_count=int(m.get("n", 0) or 0), skipped=int(m["skipped"] or 0),
        )

    def find_source(self, path: str | Path) -> Source | None:
        """The source of this file: same path, else the only source with the same file name."""
        with self._engine.connect() as conn:
            row = source_row(conn, Path(path))
        return self.source(row["id"]) if row is not None else None

    def update_source(self, source_id: int, label: str | None = None, **changes) -> None:
        allowed = {"department", "colour", "blackout", "visible", "settings"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot change {', '.join(sorted(bad))} of a source")
        if "settings" in changes:
            changes["settings"] = json.dumps(changes["settings"], ensure_ascii=False)
        if "department" in changes:
            changes["department"] = tidy(changes["department"])
            if not changes["department"]:
                raise ValueError("a department name cannot be empty")
        with self._writing() as conn:
            before = _undo.capture(conn, "sources", [source_id])
            conn.execute(update(sources_t).where(sources_t.c.id == source_id).values(**changes))
            if before.rows and any(before.rows[0][k] != v for k, v in changes.items()):
                name = before.rows[0]["name"]
                said = ", ".join(_EDITS.get(k, k) for k in sorted(changes))
                self._record(conn, [before], label or f"{said} of {name}")

    def set_live_state(self, source_id: int, live: Mapping) -> None:
        """Merge ``live`` into a subscribed source's fetch state (its address, cache validators, stale
        since…, under ``settings["live"]``). Not an undo step: it records what the network said."""
        with self._writing() as conn:
            row = conn.execute(select(sources_t.c.settings).where(sources_t.c.id == source_id)).first()
            if row is None:
                return
            settings = json.loads(row[0] or "{}")
            settings["live"] = {**settings.get("live", {}), **live}
            conn.execute(update(sources_t).where(sources_t.c.id == source_id).values(
                settings=json.dumps(settings, ensure_ascii=False)))

    def remove_source(self, source_id: int) -> None:
        """Remove a source and its entries (undoable)."""
        with self._writing() as conn:
            src = _undo.capture(conn, "sources", [source_id])
            ids = [r[0] for r in conn.execute(select(entries_t.c.id).where(entries_t.c.source_id == source_id))]
            parts = [src, _undo.capture(conn, "entries", ids)]  # put back: the source first, then its entries
            if src.rows:
                parts.append(self._close_proposals(conn, src.rows[0]["name"], "the source was removed"))
            conn.execute(delete(entries_t).where(entries_t.c.source_id == source_id))
            conn.execute(delete(sources_t).where(sources_t.c.id == source_id))
            if src.rows:
                self._record(conn, parts, f"removal of {src.rows[0]['name']}")
