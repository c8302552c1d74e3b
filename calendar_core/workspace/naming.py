"""The workspace's names: user synonyms of channels, people and statuses, and re-canonicalising entries."""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import delete, select, update

from calendar_core.names import KINDS, Names, tidy
from calendar_core.store.schema import entries as entries_t, synonyms as synonyms_t


class Naming:
    """The workspace's naming methods; mixed into :class:`calendar_core.workspace.Workspace`."""

    @property
    def names(self) -> Names:
        if self._names is None:
            with self._engine.connect() as conn:
                self._names = self._load_names(conn)
        return self._names

    @staticmethod
    def _load_names(conn) -> Names:
        rows = conn.execute(select(synonyms_t.c.kind, synonyms_t.c.name, synonyms_t.c.canonical)).all()
        return Names.from_rows([tuple(r) for r in rows])

    def synonym_rows(self) -> list[tuple[str, str, str]]:
        """User-defined synonyms (the defaults are built in)."""
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.execute(
                select(synonyms_t.c.kind, synonyms_t.c.name, synonyms_t.c.canonical).order_by(synonyms_t.c.kind, synonyms_t.c.name))]

    def set_synonyms(self, rows: Iterable[tuple[str, str, str]]) -> int:
        """Add or replace synonyms, then re-canonicalise stored entries. Returns entries changed."""
        rows = [(k, tidy(n), tidy(c)) for k, n, c in rows]
        for kind, name, canonical in rows:
            if kind not in KINDS or not name or not canonical:
                raise ValueError(f"bad synonym {kind!r}: {name!r} -> {canonical!r}")
        with self._writing() as conn:
            for kind, name, canonical in rows:
                conn.execute(delete(synonyms_t).where(synonyms_t.c.kind == kind, synonyms_t.c.name == name))
                conn.execute(synonyms_t.insert().values(kind=kind, name=name, canonical=canonical))
            self._names = None
            return self._recanonicalise(conn)

    def remove_synonym(self, kind: str, name: str) -> int:
        with self._writing() as conn:
            conn.execute(delete(synonyms_t).where(synonyms_t.c.kind == kind, synonyms_t.c.name == name))
            self._names = None
            return self._recanonicalise(conn)

    def _recanonicalise(self, conn) -> int:
        names = self._names = self._load_names(conn)
        changed = 0
        for kind, col, raw in (("channel", entries_t.c.channel, entries_t.c.channel_raw),
                               ("person", entries_t.c.owner, entries_t.c.owner_raw),
                               ("status", entries_t.c.status, entries_t.c.status_raw)):
            for raw_value, current in conn.execute(select(raw, col).distinct()).all():
                wanted = names.canonical(kind, raw_value)
                if wanted != current:
                    res = conn.execute(update(entries_t).where(raw == raw_value, col == current).values({col.key: wanted}))
                    changed += res.rowcount or 0
        return changed
