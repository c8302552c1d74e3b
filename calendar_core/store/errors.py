"""Database failures as one sentence for the user: which workspace, what happened, what to do.

The driver's text (with the SQL statement and its parameters) never reaches the
user; it stays on the exception chain for a log.
"""
from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from calendar_core.store.schema import WorkspaceError

# (words in the driver's message or SQLSTATE codes, what we say)
_KNOWN = (
    (("database or disk is full", "no space left", "disk full", "could not extend file", "53100"),
     "the disk is full; free some space and try again (nothing was changed)"),
    (("readonly database", "read-only", "read only", "25006"),
     "it can only be read here (a read-only file, folder or medium); copy it to a folder you can write to "
     "to change it"),
    (("database is locked", "database table is locked", "busy", "55p03", "lock timeout"),
     "another desk is writing to it; try again in a moment"),
    (("unable to open database file", "disk i/o error"),
     "the file cannot be reached (a removed drive or a lost network share?); check it is there and try again"),
    (("could not connect", "connection refused", "server closed the connection", "connection to server",
      "could not translate host name", "terminating connection"),
     "the database server cannot be reached; check the server and the network and try again"),
    (("password authentication failed", "permission denied", "42501"),
     "the database refused access; check the user name, password and rights in the workspace address"),
)


def shown_location(location: str) -> str:
    """A workspace address fit to show: a file path, or a URL without its password."""
    if "://" not in location:
        return location
    try:
        return make_url(location).render_as_string(hide_password=True)
    except ArgumentError:
        return location.split("@")[-1]


def _codes(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    parts = [str(orig).splitlines()[0] if str(orig) else type(orig).__name__]
    code = getattr(orig, "pgcode", None) or getattr(orig, "sqlite_errorname", None)
    if code:
        parts.append(str(code))
    return " ".join(parts).casefold()


def reason_of(exc: BaseException) -> str:
    """What to tell the user about a database failure (no statement, no parameters)."""
    found = _codes(exc)
    for words, said in _KNOWN:
        if any(w in found for w in words):
            return said
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        first = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
        return f"the database reported an error ({first[:200]}); try again, and if it persists restore a backup"
    return f"the database reported an error ({type(exc).__name__}); try again, and if it persists restore a backup"


def workspace_error(exc: SQLAlchemyError | OSError, location: str) -> WorkspaceError:
    if isinstance(exc, OSError):
        said = reason_of(exc) if "space" in str(exc).casefold() else (exc.strerror or str(exc))
    else:
        said = reason_of(exc)
    return WorkspaceError(f"workspace {shown_location(location)}: {said}")
