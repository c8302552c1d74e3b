"""Entry queries: windows and filters, with open proposals applied; counts and distinct values."""
from __future__ import annotations

from datetime import datetime
from operator import attrgetter

from sqlalchemy import func, select

from calendar_core import proposals as _proposals
from calendar_core.departments import department_colours
from calendar_core.model import Entry, EntryFilter
from calendar_core.store import queries
from calendar_core.store.rows import row_to_entry, sharing
from calendar_core.store.schema import entries as entries_t, sources as sources_t
from calendar_core.timeconv import from_ts, to_ts
from importers.bulk import collector_paused
from importers.slices import sliced_sort

_ID, _START = attrgetter("id"), attrgetter("start")


def sort_by_start_and_id(entries: list[Entry], sliced: bool = True) -> None:
    """Sort in place by (start, id): by id, then stably by start (two single-value keys sort
    a big list in a third of the time a tuple key takes); ``sliced``: a slice at a time, not one
    GIL-holding sort (the window's threads); else at once, in a third less time (the command line)."""
    if not sliced:
        entries.sort(key=_ID)
        entries.sort(key=_START)
        return
    sliced_sort(entries, _ID)
    sliced_sort(entries, _START)


class Queries:
    """The workspace's queries methods; mixed into :class:`calendar_core.workspace.Workspace`."""

    def entries(self, start: datetime | None = None, end: datetime | None = None,
                flt: EntryFilter | None = None, proposed: bool = True) -> list[Entry]:
        """Entries overlapping [start, end) that pass the filter, sorted by start; as the master
        shows them (open proposals applied), or as their files have them (not ``proposed``)."""
        stmt = self._entry_query(start, end, flt)
        with self._engine.connect() as conn, collector_paused():  # 122,000 new objects set off full collections
            found = _read(conn, stmt)
            open_ = self._open_proposals(conn) if proposed else None
            if not open_:
                return found
            return self._with_proposals(conn, found, open_, start, end, flt)

    def imported_entries(self, reports: list, flt: EntryFilter | None = None) -> list[Entry] | None:
        """What ``entries(None, None, flt)`` gives just after an import, taken from the import's own
        reports (``keep_entries``) instead of read back: when those sources' entries are all the query
        would find (no other entries pass, no open proposal, no filter but by source). Else None."""
        flt = flt if flt is not None else EntryFilter()
        if flt.only_visible or flt.departments or flt.channels or flt.statuses or flt.people or flt.text.strip():
            return None
        held = _held(reports)
        if held is None:
            return None
        if flt.source_ids and not held.keys() <= flt.source_ids:
            return None
        count = sum(map(len, held.values()))
        stmt = select(func.count()).select_from(entries_t)
        if flt.source_ids:
            stmt = stmt.where(entries_t.c.source_id.in_(sorted(flt.source_ids)))
        with self._engine.connect() as conn:
            if conn.execute(stmt).scalar_one() != count or self._open_proposals(conn):
                return None
        found = [e for part in held.values() for e in part]
        sort_by_start_and_id(found, sliced=False)  # (the command line's: no other thread waits for the GIL)
        return found

    def entries_after_import(self, reports: list, flt: EntryFilter | None = None) -> list[Entry] | None:
        """What ``entries(None, None, flt)`` gives just after the import of ``reports`` (``keep_entries``):
        the imported sources' entries taken from the reports, only the other sources' read back. None
        when a report kept none, the store holds another number of a source's entries than its report
        kept (changed since), or the filter asks for more than sources and visibility."""
        flt = flt if flt is not None else EntryFilter()
        held = _held(reports)
        if not held or flt.departments or flt.channels or flt.statuses or flt.people or flt.text.strip():
            return None
        if flt.source_ids:
            held = {s: kept for s, kept in held.items() if s in flt.source_ids}
        ids = sorted(held)
        with self._engine.connect() as conn, collector_paused():
            stored = dict(conn.execute(select(entries_t.c.source_id, func.count()).where(
                entries_t.c.source_id.in_(ids)).group_by(entries_t.c.source_id)).all())
            if any(stored.get(s, 0) != len(kept) for s, kept in held.items()):
                return None
            if flt.only_visible:
                hidden = set(conn.execute(select(sources_t.c.id).where(
                    sources_t.c.id.in_(ids), sources_t.c.visible.is_(False))).scalars())
                held = {s: kept for s, kept in held.items() if s not in hidden}
            others = sorted(set(conn.execute(select(sources_t.c.id)).scalars()) - set(ids))
            found = _read(conn, self._entry_query(None, None, flt).where(entries_t.c.source_id.in_(others))) \
                if others else []
            found += [e for kept in held.values() for e in kept]
            sort_by_start_and_id(found)
            open_ = self._open_proposals(conn)
            return self._with_proposals(conn, found, open_, None, None, flt) if open_ else found

    def _entry_query(self, start: datetime | None, end: datetime | None, flt: EntryFilter | None):
        """The select of :meth:`entries`: the window and the filter, sorted by start and id."""
        stmt = queries.entry_select()
        where = queries.window_clause(start, end, self.tz)
        if where is not None:
            stmt = stmt.where(where)
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter()):
            stmt = stmt.where(clause)
        return stmt.order_by(entries_t.c.start_ts, entries_t.c.id)

    def _with_proposals(self, conn, found: list[Entry], open_: dict, start, end, flt) -> list[Entry]:
        """The entries as the master shows them: open proposals applied, entries moved into the
        window added, entries moved out of it left out."""
        have = {e.identity for e in found}
        missing = [p for key, p in open_.items() if key not in have]
        if missing and (start is not None or end is not None):
            stmt = queries.entry_select().where(
                entries_t.c.source_ref.in_([p.source_ref for p in missing]),
                sources_t.c.name.in_(sorted({p.source_name for p in missing})))
            for clause in queries.filter_clauses(flt if flt is not None else EntryFilter()):
                stmt = stmt.where(clause)
            for m in conn.execute(stmt).mappings():
                e = row_to_entry(m, m["source_department"], m["source_name"])
                if e.identity in open_ and e.identity not in have:
                    found.append(e)
        shown = _proposals.overlay(found, open_)
        if start is not None or end is not None:
            shown = [e for e in shown if e.moved is None or _proposals.overlaps(e, start, end)]
        shown.sort(key=lambda e: (e.start, e.id))
        return shown

    def entry(self, entry_id: int) -> Entry | None:
        stmt = queries.entry_select().where(entries_t.c.id == entry_id)
        with self._engine.connect() as conn:
            m = conn.execute(stmt).mappings().first()
            if not m:
                return None
            e = row_to_entry(m, m["source_department"], m["source_name"])
            p = self._open_proposals(conn).get(e.identity)
        return _proposals.moved(e, p) if p is not None else e

    def source_entry(self, entry_id: int) -> Entry | None:
        """The entry as its department's file has it (no proposal applied)."""
        stmt = queries.entry_select().where(entries_t.c.id == entry_id)
        with self._engine.connect() as conn:
            m = conn.execute(stmt).mappings().first()
        return row_to_entry(m, m["source_department"], m["source_name"]) if m else None

    def find_entry(self, identity: str) -> Entry | None:
        """The stored entry (as its file has it) of an identity "FILE|REF", or None."""
        name, sep, ref = identity.partition("|")
        if not sep:
            raise _proposals.BadProposal(f"'{identity}' is not an entry: give FILE|REF (file name, '|', reference)")
        stmt = queries.entry_select().where(sources_t.c.name == name.strip(), entries_t.c.source_ref == ref)
        with self._engine.connect() as conn:
            m = conn.execute(stmt).mappings().first()
        return row_to_entry(m, m["source_department"], m["source_name"]) if m else None

    def count_entries(self, flt: EntryFilter | None = None) -> int:
        stmt = select(func.count()).select_from(entries_t.join(sources_t, sources_t.c.id == entries_t.c.source_id))
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter(only_visible=False)):
            stmt = stmt.where(clause)
        with self._engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def first_start(self, flt: EntryFilter | None = None, after: datetime | None = None) -> datetime | None:
        """The earliest start at or after ``after`` of an entry that passes the filter, or None."""
        stmt = select(func.min(entries_t.c.start_ts)).select_from(
            entries_t.join(sources_t, sources_t.c.id == entries_t.c.source_id))
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter()):
            stmt = stmt.where(clause)
        if after is not None:
            stmt = stmt.where(entries_t.c.start_ts >= to_ts(after))
        with self._engine.connect() as conn:
            lo = conn.execute(stmt).scalar()
        return from_ts(lo) if lo is not None else None

    def last_start(self, flt: EntryFilter | None = None, before: datetime | None = None) -> datetime | None:
        """The latest start before ``before`` of an entry that passes the filter, or None."""
        stmt = select(func.max(entries_t.c.start_ts)).select_from(
            entries_t.join(sources_t, sources_t.c.id == entries_t.c.source_id))
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter()):
            stmt = stmt.where(clause)
        if before is not None:
            stmt = stmt.where(entries_t.c.start_ts < to_ts(before))
        with self._engine.connect() as conn:
            hi = conn.execute(stmt).scalar()
        return from_ts(hi) if hi is not None else None

    def date_range(self) -> tuple[datetime, datetime] | None:
        with self._engine.connect() as conn:
            lo, hi = conn.execute(select(func.min(entries_t.c.start_ts), func.max(entries_t.c.start_ts))).one()
        return (from_ts(lo), from_ts(hi)) if lo is not None else None

    def departments(self) -> list[str]:
        expr = queries.department_expr()
        stmt = select(expr).select_from(entries_t.join(sources_t, sources_t.c.id == entries_t.c.source_id)).distinct()
        with self._engine.connect() as conn:
            found = {r[0] for r in conn.execute(stmt) if r[0]}
            found |= {r[0] for r in conn.execute(select(sources_t.c.department)) if r[0]}
        return sorted(found, key=str.casefold)

    def department_colours(self) -> dict[str, str]:
        """Department -> the colour it is drawn in (its first source's, else a stable palette pick)."""
        return department_colours(self.sources(), self.departments())

    def _distinct(self, column) -> list[str]:
        with self._engine.connect() as conn:
            return sorted((r[0] for r in conn.execute(queries.distinct_values(column))), key=str.casefold)

    def channels(self) -> list[str]:
        return self._distinct(entries_t.c.channel)

    def statuses(self) -> list[str]:
        return self._distinct(entries_t.c.status)

    def people(self) -> list[str]:
        return self._distinct(entries_t.c.owner)


def _read(conn, stmt) -> list[Entry]:
    parts = conn.execute(stmt).mappings().partitions(10_000)  # fetchmany, not a fetch per row
    share = sharing()
    return [row_to_entry(m, m["source_department"], m["source_name"], share) for part in parts for m in part]


def _held(reports: list) -> dict[int, list[Entry]] | None:
    """Source id -> the entries its import kept (``SyncReport.stored``); None when a report kept none."""
    held: dict[int, list[Entry]] = {}
    for report in reports:
        if report is None:  # a file that failed: what it had stored before is read, or counted
            continue
        if report.stored is None:
            return None
        held[report.source_id] = report.stored  # a file given twice: its last import is what is stored
    return held
