"""Typed errors of the importers; each message is meant for the user."""
from __future__ import annotations

from pathlib import Path


class ImporterError(Exception):
    """A file could not be read. ``str(err)`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class UnsupportedFormat(ImporterError):
    """No importer accepts this file."""


class NotACalendar(ImporterError):
    """The file has a supported extension but is not a calendar or table."""


class JudgedNotACalendar(NotACalendar):
    """A table with dates was read but judged not to be a calendar (a date lookup
    table, prices by date). ``reason`` says why in one sentence; ``entries`` is
    how many entries it would give. Reading again with
    ``ImportOptions(accept_any_table=True)`` imports it anyway (the user's call)."""

    def __init__(self, path, reason: str, entries: int = 0):
        super().__init__(path, reason)
        self.entries = entries


class UnmappableSheet(ImporterError):
    """A table was found but no date column could be mapped.

    ``headers`` lists the headers found and ``preview`` the first rows, so the
    GUI can offer a mapping dialog.
    """

    def __init__(self, path, reason, headers=(), preview=(), sheet: str = ""):
        super().__init__(path, reason)
        self.headers = list(headers)
        self.preview = [list(r) for r in preview]
        self.sheet = sheet


class ImportCancelled(Exception):
    """The user cancelled the import; nothing is applied."""
