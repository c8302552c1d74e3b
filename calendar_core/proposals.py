"""Proposals: a coordinator's move of one entry, kept until its department applies it.

A proposal is keyed on the entry's identity (source file name + reference), so it
survives re-imports. While it is open the master shows the proposed values
(:func:`overlay`): analysis, views and exports see the new time, the stored entry
— what the department's file says — stays untouched. After each import of the
entry's file :func:`reconcile` tells what became of it: **applied** when the file
now carries the proposed values, **stale** when the entry changed in another way,
**closed** with a note when the entry left the file.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from calendar_core.model import Entry
from calendar_core.timeconv import from_ts

STATES = ("open", "applied", "stale", "closed")
FIELDS = ("channel", "owner", "status")  # besides the times, what a proposal may change


class BadProposal(ValueError):
    """A proposal that cannot be made (an end before its start, no such entry); the message is for the user."""


class NeedsConfirmation(BadProposal):
    """A move that touches a blackout (a blackout calendar's entry, or onto a blackout day): ask first."""


@dataclass(slots=True, frozen=True)
class Proposal:
    id: int
    identity: str  # source file name|reference
    source_name: str
    source_ref: str
    from_start: datetime
    from_end: datetime | None
    from_channel: str
    from_owner: str
    from_status: str
    start: datetime
    end: datetime | None
    channel: str | None  # None: left as it is
    owner: str | None
    status: str | None
    note: str
    created_at: datetime
    state: str = "open"
    state_note: str = ""

    def changes(self) -> dict[str, tuple]:
        """What the proposal changes: field -> (from, to)."""
        out: dict[str, tuple] = {}
        if self.start != self.from_start:
            out["start"] = (self.from_start, self.start)
        if self.end != self.from_end:
            out["end"] = (self.from_end, self.end)
        for name in FIELDS:
            new, old = getattr(self, name), getattr(self, f"from_{name}")
            if new is not None and new != old:
                out[name] = (old, new)
        return out

    def carried_by(self, entry: Entry) -> bool:
        """Whether the entry (as the department's file now has it) holds every proposed value."""
        if entry.start != self.start or entry.end != self.end:
            return False
        return all(getattr(self, f) is None or getattr(entry, f) == getattr(self, f) for f in FIELDS)

    def unchanged_in(self, entry: Entry) -> bool:
        """Whether the entry is still as it was when the proposal was made (in what the proposal touches)."""
        return (entry.start == self.from_start and entry.end == self.from_end
                and all(getattr(entry, f) == getattr(self, f"from_{f}") for f in FIELDS))


@dataclass(slots=True, frozen=True)
class Moved:
    """What an entry shown with a proposal was before it (drawn as the ghost at the old place)."""

    proposal_id: int
    start: datetime
    end: datetime | None
    channel: str
    note: str


def from_row(m) -> Proposal:
    return Proposal(
        id=m["id"], identity=f"{m['source_name']}|{m['source_ref']}", source_name=m["source_name"],
        source_ref=m["source_ref"], from_start=from_ts(m["from_start_ts"]), from_end=from_ts(m["from_end_ts"]),
        from_channel=m["from_channel"], from_owner=m["from_owner"], from_status=m["from_status"],
        start=from_ts(m["start_ts"]), end=from_ts(m["end_ts"]), channel=m["channel"], owner=m["owner"],
        status=m["status"], note=m["note"] or "", created_at=from_ts(m["created_at"]), state=m["state"],
        state_note=m["state_note"] or "",
    )


def moved(entry: Entry, p: Proposal) -> Entry:
    """The entry as the master shows it under an open proposal; ``entry.moved`` tells where it was."""
    changes = {"start": p.start, "end": p.end,
               "moved": Moved(p.id, entry.start, entry.end, entry.channel, p.note)}
    for name in FIELDS:
        if getattr(p, name) is not None:
            changes[name] = getattr(p, name)
    return dataclasses.replace(entry, **changes)


def overlay(entries: list[Entry], open_proposals: dict[str, Proposal]) -> list[Entry]:
    """``entries`` with the open proposals applied (same order; the caller sorts again if it must)."""
    if not open_proposals:
        return entries
    return [moved(e, open_proposals[e.identity]) if e.identity in open_proposals else e for e in entries]


def overlaps(entry: Entry, start: datetime | None, end: datetime | None) -> bool:
    """Whether a (moved) timed or all-day entry overlaps [start, end) (approximate for all-day: by instant)."""
    e_end = entry.end if entry.end is not None and entry.end > entry.start else entry.start
    if end is not None and entry.start >= end:
        return False
    if start is not None and e_end <= start and not (entry.end is None and entry.start >= start):
        return False
    return True


def reconcile(p: Proposal, entry: Entry | None) -> tuple[str, str] | None:
    """What an import of its file makes of an open proposal: (state, note), or None when it stays open."""
    if entry is None:
        return "closed", f"{p.source_name} no longer holds this entry ({p.source_ref}); the proposal was closed"
    if p.carried_by(entry):
        return "applied", f"{p.source_name} now carries the proposed time"
    if not p.unchanged_in(entry):
        return "stale", f"{p.source_name} changed this entry in another way; review the proposal"
    return None
