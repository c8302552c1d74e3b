"""Proposals: moves of entries waiting for their department, and free slots to suggest."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterable

from sqlalchemy import delete, select, update

from calendar_core import proposals as _proposals
from calendar_core.model import Entry, EntryFilter
from calendar_core.names import tidy
from calendar_core.store import queries
from calendar_core.store.rows import row_to_entry
from calendar_core.store.schema import entries as entries_t, proposals as proposals_t, sources as sources_t
from calendar_core.store import undo as _undo
from calendar_core.timeconv import to_ts

UTC = timezone.utc


class Proposing:
    """The workspace's proposing methods; mixed into :class:`calendar_core.workspace.Workspace`."""

    def _open_proposals(self, conn) -> dict[str, _proposals.Proposal]:
        rows = conn.execute(select(proposals_t).where(proposals_t.c.state == "open")).mappings()
        return {p.identity: p for p in map(_proposals.from_row, rows)}

    def proposals(self, states: Iterable[str] | None = ("open", "stale")) -> list[_proposals.Proposal]:
        """Proposals in these states (None: all), oldest first."""
        stmt = select(proposals_t).order_by(proposals_t.c.id)
        if states is not None:
            stmt = stmt.where(proposals_t.c.state.in_(list(states)))
        with self._engine.connect() as conn:
            return [_proposals.from_row(m) for m in conn.execute(stmt).mappings()]

    def proposal_for(self, identity: str) -> _proposals.Proposal | None:
        return next((p for p in self.proposals(("open",)) if p.identity == identity), None)

    def propose(self, identity: str, start: datetime, end: datetime | None = None, *, channel: str | None = None,
                owner: str | None = None, status: str | None = None, note: str = "",
                force: bool = False, keep_length: bool = True) -> _proposals.Proposal:
        """Propose new values for the entry "FILE|REF" (undoable); replaces its open proposal.

        ``end`` None keeps the entry's length (``keep_length``) or leaves it without an end.
        Raises BadProposal for an impossible time or a missing entry, and NeedsConfirmation
        (unless ``force``) for a blackout calendar's entry or a move onto a blackout day."""
        entry = self.find_entry(identity)
        if entry is None:
            raise _proposals.BadProposal(f"no entry {identity} in workspace {self.shown_location}: "
                                         "its file may have dropped it; re-import or check the reference")
        start = start if start.tzinfo else start.replace(tzinfo=self.tz)
        if end is not None and end.tzinfo is None:
            end = end.replace(tzinfo=self.tz)
        if end is None and keep_length and entry.end is not None:
            end = start + (entry.end - entry.start)
        if end is not None and end < start:
            raise _proposals.BadProposal(
                f"{identity}: the end {end.astimezone(self.tz):%Y-%m-%d %H:%M} is before the start "
                f"{start.astimezone(self.tz):%Y-%m-%d %H:%M}")
        if not force:
            self._check_blackout(entry, start, end)
        start, end = start.astimezone(UTC), end.astimezone(UTC) if end is not None else None
        values = dict(
            source_name=entry.source_name, source_ref=entry.source_ref, from_start_ts=to_ts(entry.start),
            from_end_ts=to_ts(entry.end) if entry.end is not None else None, from_channel=entry.channel,
            from_owner=entry.owner, from_status=entry.status, start_ts=to_ts(start),
            end_ts=to_ts(end) if end is not None else None,
            channel=self._canon("channel", channel), owner=self._canon("person", owner),
            status=self._canon("status", status), note=note or "", created_at=to_ts(datetime.now(UTC)),
            state="open", state_note="")
        label = f"move of {entry.title or entry.identity}"
        with self._writing() as conn:
            old = conn.execute(select(proposals_t.c.id).where(
                proposals_t.c.source_name == entry.source_name, proposals_t.c.source_ref == entry.source_ref,
                proposals_t.c.state == "open")).scalars().all()
            before = _undo.capture(conn, "proposals", old)
            if old:
                conn.execute(update(proposals_t).where(proposals_t.c.id == old[0]).values(**values))
                conn.execute(delete(proposals_t).where(proposals_t.c.id.in_(old[1:])))
                pid = old[0]
            else:
                pid = conn.execute(proposals_t.insert().values(**values)).inserted_primary_key[0]
                before.keys.append(pid)
            self._record(conn, [before], label)
            row = conn.execute(select(proposals_t).where(proposals_t.c.id == pid)).mappings().first()
        return _proposals.from_row(row)

    def _canon(self, kind: str, value: str | None) -> str | None:
        return None if value is None else self.names.canonical(kind, tidy(value))

    def _check_blackout(self, entry: Entry, start: datetime, end: datetime | None) -> None:
        src = self.source(entry.source_id)
        if src is not None and src.blackout:
            raise _proposals.NeedsConfirmation(
                f"{entry.identity} belongs to the blackout calendar {src.name}: moving it moves a blackout")
        days = self.settings.blackout_days()
        local = start.astimezone(self.tz).date()
        if local in days:
            raise _proposals.NeedsConfirmation(f"{local.isoformat()} is a blackout day")
        with self._engine.connect() as conn:
            ids = [r[0] for r in conn.execute(select(sources_t.c.id).where(sources_t.c.blackout.is_(True)))]
        if ids:
            flt = EntryFilter(source_ids=frozenset(ids), only_visible=False)
            lo = datetime.combine(local, datetime.min.time(), self.tz)
            if self.entries(lo, lo + timedelta(days=1), flt):
                raise _proposals.NeedsConfirmation(f"{local.isoformat()} is blacked out by a blackout calendar")

    def suggest_slots(self, entry_id: int, limit: int = 5) -> list[datetime]:
        """The nearest start times (aware UTC) the entry could move to without a new conflict:
        same channel and length, within the working hours, its own day first."""
        from calendar_core.analysis.slots import suggest_slots
        from calendar_core.names import name_key

        entry = self.entry(entry_id)
        if entry is None:
            raise _proposals.BadProposal(f"no entry {entry_id} in workspace {self.shown_location}")
        ignored = {name_key(s) for s in self.settings.ignored_statuses or ()}
        blackout = frozenset(s.id for s in self.sources() if s.blackout)
        tz = self.tz

        def around(day):
            lo = datetime.combine(day, datetime.min.time(), tz)
            return [e for e in self.entries(lo - timedelta(days=1), lo + timedelta(days=2))
                    if not (e.status and name_key(e.status) in ignored)]

        return suggest_slots(entry, around, self.settings, blackout, limit)

    def withdraw(self, proposal_id: int) -> None:
        """Take a proposal back (undoable)."""
        with self._writing() as conn:
            before = _undo.capture(conn, "proposals", [proposal_id])
            if not before.rows:
                raise _proposals.BadProposal(f"no proposal {proposal_id} in workspace {self.shown_location}")
            conn.execute(delete(proposals_t).where(proposals_t.c.id == proposal_id))
            self._record(conn, [before], "withdrawal of a proposal")

    def _reconcile_proposals(self, conn, source_id: int, source_name: str) -> _undo.Part:
        """After an import of ``source_name``: mark its open proposals applied, stale or closed."""
        rows = conn.execute(select(proposals_t).where(proposals_t.c.source_name == source_name,
                                                      proposals_t.c.state == "open")).mappings().all()
        if not rows:
            return _undo.Part("proposals", [])
        part = _undo.capture(conn, "proposals", [r["id"] for r in rows])
        refs = [r["source_ref"] for r in rows]
        stmt = queries.entry_select().where(entries_t.c.source_id == source_id, entries_t.c.source_ref.in_(refs))
        now = {m["source_ref"]: row_to_entry(m, m["source_department"], m["source_name"])
               for m in conn.execute(stmt).mappings()}
        changed = []
        for row in rows:
            verdict = _proposals.reconcile(_proposals.from_row(row), now.get(row["source_ref"]))
            if verdict is not None:
                conn.execute(update(proposals_t).where(proposals_t.c.id == row["id"]).values(
                    state=verdict[0], state_note=verdict[1]))
                changed.append(row["id"])
        return _undo.Part("proposals", changed, [r for r in part.rows if r["id"] in changed])

    def _close_proposals(self, conn, source_name: str, why: str) -> _undo.Part:
        ids = conn.execute(select(proposals_t.c.id).where(proposals_t.c.source_name == source_name,
                                                          proposals_t.c.state == "open")).scalars().all()
        part = _undo.capture(conn, "proposals", ids)
        if ids:
            conn.execute(update(proposals_t).where(proposals_t.c.id.in_(ids)).values(
                state="closed", state_note=f"{why}; the proposal was closed"))
        return part
