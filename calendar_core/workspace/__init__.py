"""The workspace facade: the one object ui/ and the command line talk to.

It opens a store (a SQLite file or any SQLAlchemy URL), applies import results
as syncs, answers entry queries with filters, and runs the analysis with the
stored settings and decisions. It returns plain objects from model.py.
"""
from __future__ import annotations

import functools
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from calendar_core.store.errors import workspace_error
from calendar_core.store.schema import WorkspaceError
from importers import (  # re-exported: the UI reaches the readers only through this facade
    ImportCancelled, ImporterError, ImportResult, JudgedNotACalendar, UnmappableSheet,
    supported_extensions,
)
from importers.bulk import collector_paused, freeze_large_steps
from calendar_core.workspace.core import Core
from calendar_core.workspace.deciding import DECISION_NAMES, Deciding
from calendar_core.workspace.history import History
from calendar_core.workspace.importing import Importing
from calendar_core.workspace.naming import Naming
from calendar_core.workspace.proposing import Proposing
from calendar_core.workspace.queries import Queries
from calendar_core.workspace.sources import Sources

__all__ = [
    "Workspace", "WorkspaceError", "ImportCancelled", "ImporterError", "JudgedNotACalendar", "UnmappableSheet",
    "ImportResult",
    "supported_extensions", "collector_paused", "freeze_large_steps", "table_preview", "COLUMN_FIELDS", "TEMPORAL_FIELDS",
    "DECISION_NAMES", "default_workspace_path",
]


class Workspace(Core, Naming, Sources, History, Importing, Queries, Proposing, Deciding):
    """A merged calendar workspace. Use :meth:`open`; close with :meth:`close`.

    Every method that reaches the database turns its failures into a
    :class:`WorkspaceError` naming the workspace and what to do (``_guarded``).
    Several desks (processes) may share one workspace: writes take the write
    lock at their start, an import locks its source, and :meth:`changed_elsewhere`
    tells a window that another desk changed something.
    """


def _guarded(func):
    """Database failures of a facade method become one WorkspaceError sentence."""
    @functools.wraps(func)
    def run(self, *args, **kwargs):
        try:
            return func(self, *args, **kwargs)
        except SQLAlchemyError as exc:
            raise workspace_error(exc, self.location) from exc
        except OSError as exc:
            if getattr(exc, "filename", None) is not None:
                raise  # a file to import or export, not the workspace: the caller names it
            raise workspace_error(exc, self.location) from exc
    return run


def _guard_methods(cls):
    public = {}
    for part in reversed(cls.__mro__[:-1]):  # the parts first, the class itself last: what wins in lookup
        public.update((n, v) for n, v in vars(part).items() if not n.startswith("_"))
    for name, value in public.items():  # private steps run inside a public method, which translates
        if isinstance(value, property):
            setattr(cls, name, property(_guarded(value.fget), value.fset and _guarded(value.fset)))
        elif callable(value) and not isinstance(value, (staticmethod, classmethod)):
            setattr(cls, name, _guarded(value))
    return cls


_guard_methods(Workspace)


def default_workspace_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Masthead", "Masthead")) / "workspace.sqlite"


# The sheet reader is loaded when one of these is first asked for: reading calendars alone needs none of it.
_FROM_SHEETS = {"COLUMN_FIELDS": "FIELDS", "TEMPORAL_FIELDS": "TEMPORAL"}


def __getattr__(name: str):
    if name in _FROM_SHEETS:
        from importers.sheets import mapping

        return getattr(mapping, _FROM_SHEETS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def table_preview(path: str | Path, sheet: str | None = None, rows: int = 8) -> tuple[str, list[str], list[list[str]]]:
    """:func:`importers.preview.table_preview` (the sheet reader loaded on the first call)."""
    from importers.preview import table_preview as preview

    return preview(path, sheet, rows)
