"""Being told of other desks' changes on PostgreSQL: ``LISTEN masthead_changes``.

Every write transaction sends ``NOTIFY masthead_changes`` when it commits (see
``Workspace._bump``). A :class:`ChangeListener` holds one connection of its own
that listens; its socket becomes readable when a notification arrives, so a
window can watch :meth:`fileno` (a ``QSocketNotifier``) instead of asking the
database every few seconds. SQLite has no such channel: there the window polls
the change counter.
"""
from __future__ import annotations

import select

CHANNEL = "masthead_changes"


class ChangeListener:
    """A listening connection; :meth:`drain` says whether any notification arrived."""

    def __init__(self, engine):
        self._raw = engine.raw_connection()
        self._dbapi = self._raw.driver_connection
        self._dbapi.autocommit = True
        with self._dbapi.cursor() as cur:
            cur.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self._dbapi.fileno()

    def drain(self) -> bool:
        """Read what the server sent; True if a change was notified since the last call."""
        self._dbapi.poll()
        notified = bool(self._dbapi.notifies)
        self._dbapi.notifies.clear()
        return notified

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds for a notification (for scripts and tests)."""
        if self.drain():
            return True
        ready, _, _ = select.select([self._dbapi], [], [], timeout)
        return bool(ready) and self.drain()

    def close(self) -> None:
        try:
            self._raw.invalidate()  # do not hand a listening connection back to the pool
        finally:
            self._raw = self._dbapi = None
