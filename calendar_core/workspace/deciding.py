"""Analysis and decisions: conflicts and duplicate groups with what the coordinator decided."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Iterable

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from calendar_core import analysis as _analysis
from calendar_core.model import DECISIONS, Decision, Entry, EntryFilter
from calendar_core.store.schema import decisions as decisions_t
from calendar_core.store import undo as _undo
from calendar_core.timeconv import from_ts, to_ts

from calendar_core.workspace.core import IMPORT_ATTEMPTS

UTC = timezone.utc
DECISION_NAMES = {"resolved": "Resolved", "intentional": "Intentional", "not_duplicate": "Not a duplicate"}


class Deciding:
    """The workspace's deciding methods; mixed into :class:`calendar_core.workspace.Workspace`."""

    def analyse(self, start: datetime | None = None, end: datetime | None = None,
                flt: EntryFilter | None = None, entries: list[Entry] | None = None, remember: bool = True,
                cancelled=None):
        """Conflicts and duplicate groups over the filtered entries, with decisions attached.
        ``remember``: decisions made next take their members from this analysis.
        ``cancelled``: see :func:`calendar_core.analysis.analyse`."""
        if entries is None:
            entries = self.entries(start, end, flt)
        blackout = self.blackout_source_ids()
        if cancelled is None:  # the command line: exactly the call it always made
            result = _analysis.analyse(entries, self.settings, blackout)
        else:
            result = _analysis.analyse(entries, self.settings, blackout, cancelled=cancelled)
        _analysis.attach_decisions(result, self.decisions())
        if remember:
            self._last_result = result
        return result

    def master_entries(self, entries: list[Entry], analysis: _analysis.AnalysisResult | None = None) -> list[Entry]:
        """``entries`` less the later copies of each merged copy group (what the master exports hold).
        ``analysis``: the analysis of these same entries, with its decisions; its copy groups are
        reused when it looked for them among all of them (none set aside as blackout or ignored)."""
        from calendar_core.analysis.copies import find_copies, merged_away

        if analysis is not None and analysis.copies_of_all:
            copies = analysis.copies
        else:
            copies = find_copies(entries)
            if copies:
                _analysis.attach_decisions(_analysis.AnalysisResult(copies=copies), self.decisions())
        if not copies:
            return entries
        gone = merged_away(copies)
        return [e for e in entries if e.id not in gone] if gone else entries

    def decisions(self) -> dict[str, Decision]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(decisions_t)).all()
        self._known_decisions = {r.item_key: (r.status, r.note, r.decided_at) for r in rows}
        return {
            r.item_key: Decision(r.item_key, r.status, r.note, from_ts(r.decided_at),
                                 tuple(json.loads(r.members or "[]")))
            for r in rows
        }

    def decide(self, item_key: str, status: str, note: str = "", members: Iterable[str] | None = None) -> None:
        """Record a decision on one item. ``members`` are its entries' identities; by default
        they are taken from the last analysis, so a group that gains entries keeps the decision.
        Desks deciding at once each keep their decisions. On one item the later status holds,
        and a note another desk wrote since this desk last read the decisions is kept beside ours."""
        if status not in DECISIONS:
            raise ValueError(f"unknown decision '{status}' (expected one of {', '.join(DECISIONS)})")
        members = sorted(set(members)) if members is not None else self._members_of(item_key)
        for attempt in range(IMPORT_ATTEMPTS):
            try:
                with self._writing() as conn:
                    merged = self._merged_note(conn, item_key, note or "")
                    self._record(conn, [_undo.capture(conn, "decisions", [item_key])],
                                 f"mark {DECISION_NAMES.get(status, status)}")
                    conn.execute(delete(decisions_t).where(decisions_t.c.item_key == item_key))
                    decided_at = to_ts(datetime.now(UTC))
                    conn.execute(decisions_t.insert().values(
                        item_key=item_key, status=status, note=merged, decided_at=decided_at,
                        members=json.dumps(members, ensure_ascii=False)))
                self._known_decisions[item_key] = (status, merged, decided_at)
                return
            except IntegrityError:  # another desk decided the same item this instant: ours comes after
                if attempt == IMPORT_ATTEMPTS - 1:
                    raise

    def _merged_note(self, conn, item_key: str, note: str) -> str:
        """Our note, with the stored one beside it if another desk wrote it since we last looked."""
        row = conn.execute(select(decisions_t.c.status, decisions_t.c.note, decisions_t.c.decided_at)
                           .where(decisions_t.c.item_key == item_key)).first()
        if row is None or not row.note or tuple(row) == self._known_decisions.get(item_key):
            return note
        if row.note in note:
            return note
        return f"{note} | {row.note}" if note else row.note

    def _members_of(self, item_key: str) -> list[str]:
        result = self._last_result
        if result is None:
            return []
        item = next((c for c in result.conflicts if c.key == item_key), None)
        if item is None:
            return []
        if hasattr(item, "identities"):
            return sorted(set(item.identities()))
        return []

    def undecide(self, item_key: str) -> None:
        with self._writing() as conn:
            before = _undo.capture(conn, "decisions", [item_key])
            if before.rows:
                self._record(conn, [before], f"unmark {DECISION_NAMES.get(before.rows[0]['status'], '')}".strip())
            conn.execute(delete(decisions_t).where(decisions_t.c.item_key == item_key))
