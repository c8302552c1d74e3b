"""What the window reads from the workspace after a change, and where it reads it.

:func:`read_facts` gathers everything the panels show besides the entries of the
view (sources, filter choices, blackout days, the undo labels, the entry count).
A small workspace is read on the GUI thread at once (a few milliseconds); a large
one off it, one read at a time: requests made while a read runs are coalesced
into one more read after it, so an import's burst of signals costs one refresh.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Callable

from PySide6.QtCore import QObject

from ui.jobs import run_job

SYNC_LIMIT = 1500  # entries: a workspace this small is read and shown on the GUI thread (well under 100 ms)


@dataclass
class Facts:
    total: int
    sources: list
    departments: list[str]
    channels: list[str]
    statuses: list[str]
    people: list[str]
    blackout: frozenset
    undo: str | None
    redo: str | None


def read_facts(ws, today: date) -> Facts:
    """Everything the window's panels show about the workspace; touches no widget."""
    from calendar_core.reports import workspace_blackout_days

    span = ws.date_range()
    around = datetime.combine(today, time(0), tzinfo=ws.tz)
    lo = (span[0] if span else around) - timedelta(days=400)
    hi = (span[1] if span else around) + timedelta(days=400)
    return Facts(ws.count_entries(), ws.sources(), ws.departments(), ws.channels(), ws.statuses(), ws.people(),
                 workspace_blackout_days(ws, lo, hi), ws.undo_label(), ws.undo_label(redo=True))


def is_large(total: int) -> bool:
    return total > SYNC_LIMIT


class Refresher(QObject):
    """Runs :func:`read_facts` for the window and hands the result to ``apply`` on the GUI thread."""

    def __init__(self, workspace_getter: Callable[[], object], today: Callable[[], date],
                 apply: Callable[[Facts], None], failed: Callable[[BaseException], None], parent=None):
        super().__init__(parent)
        self._workspace = workspace_getter
        self._today = today
        self._apply = apply
        self._failed = failed
        self._job = None
        self._pending = False
        self.closed = False
        self.total = 0  # entries at the last read: decides where the next one runs

    @property
    def busy(self) -> bool:
        return self._job is not None

    def request(self) -> None:
        if self.closed:
            return
        if self._job is not None:
            self._pending = True
            return
        ws = self._workspace()
        today = self._today()
        # a workspace known to be large is not counted on the GUI thread (30-60 ms on 300,000 entries)
        if not is_large(self.total) and not is_large(ws.count_entries()):
            self._done(read_facts(ws, today))
            return
        self._job = run_job(None, lambda progress, cancelled: read_facts(ws, today),
                            on_success=self._done, on_failure=self._fail, name="refresh", bulk=True)

    def _done(self, facts: Facts) -> None:
        self._job = None
        if self.closed:
            return
        self.total = facts.total
        if self._pending:  # asked again meanwhile: what was read is already old
            self._pending = False
            self.request()
            return
        self._apply(facts)

    def _fail(self, exc: BaseException) -> None:
        self._job = None
        if self.closed:
            return
        if self._pending:
            self._pending = False
            self.request()
            return
        self._failed(exc)

    def close(self) -> None:
        self.closed = True
        self._pending = False
