"""Undo and redo: change sets stored in the workspace, grouped per operation."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass


from calendar_core.store.schema import WorkspaceError
from calendar_core.store import undo as _undo


@dataclass
class _Group:
    """An operation of several writes undone as one (an import of several files)."""

    grp: int | None = None


class History:
    """The workspace's history methods; mixed into :class:`calendar_core.workspace.Workspace`."""

    def _record(self, conn, parts, label: str) -> None:
        group = getattr(self._group, "open", None)
        grp = _undo.record(conn, parts, label, group.grp if group else None)
        if group is not None:
            group.grp = grp

    @contextmanager
    def undo_group(self):
        """Writes inside are undone as one step; set ``.label`` on the yielded group, or
        call :meth:`discard_group` to put them all back (a cancelled import)."""
        group = _Group()
        self._group.open = group
        try:
            yield group
        finally:
            self._group.open = None
            if group.grp is not None and getattr(group, "label", None):
                with self._writing() as conn:
                    _undo.relabel(conn, group.grp, group.label)

    def discard_group(self, group: _Group) -> None:
        """Put back every change recorded in the group; the workspace is as before it."""
        if group.grp is not None:
            with self._writing() as conn:
                _undo.discard(conn, group.grp)
            group.grp = None

    def undo_label(self, redo: bool = False) -> str | None:
        """What Undo (or Redo) would act on next, e.g. 'mark Resolved'; None when nothing."""
        with self._engine.connect() as conn:
            found = _undo.next_step(conn, redo)
        return found[1] if found else None

    @property
    def can_undo(self) -> bool:
        return self.undo_label() is not None

    @property
    def can_redo(self) -> bool:
        return self.undo_label(redo=True) is not None

    def undo(self) -> str:
        """Undo the last operation (an import batch, a removal, a decision, a source edit); returns its label."""
        return self._step(redo=False)

    def redo(self) -> str:
        """Do again the last undone operation; returns its label."""
        return self._step(redo=True)

    def _step(self, redo: bool) -> str:
        with self._writing() as conn:
            label = _undo.step(conn, redo)
            if label is None:
                raise WorkspaceError(f"nothing to {'redo' if redo else 'undo'}")
        return label

    def undo_last(self) -> str:
        """Undo the last operation; returns its label (kept for callers of the first release)."""
        return self.undo()

    def undo_steps_stored(self) -> int:
        """How many change sets the workspace holds (undo and redo)."""
        with self._engine.connect() as conn:
            return _undo.count(conn)
