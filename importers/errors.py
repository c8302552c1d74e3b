"""Typed errors of the importers; each message is meant for the user."""
from __future__ import annotations

import os
from pathlib import Path


def printable(text: str) -> str:
    """``text`` with bytes that were not UTF-8 (surrogate escapes from the OS) shown as ``\\xff``.

    A file name is whatever bytes the file system holds; Python hands undecodable bytes over as lone
    surrogates, which no UTF-8 output (terminal, JSON, the workspace) can take.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace") if _fs_ok(text) else \
            text.encode("utf-8", "backslashreplace").decode("utf-8")


def _fs_ok(text: str) -> bool:
    try:
        os.fsencode(text)
        return True
    except UnicodeEncodeError:
        return False


def printable_name(path: Path | str) -> str:
    """The file's name as it can be shown and stored."""
    return printable(Path(path).name)


def printable_path(path: Path | str) -> Path:
    return Path(printable(str(path)))


class ImporterError(Exception):
    """A file could not be read. ``str(err)`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = printable(reason)
        super().__init__(f"{printable_name(self.path)}: {self.reason}")


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


class InternalError(ImporterError):
    """A reader failed in a way it does not know: a bug in Masthead, reported without a traceback.

    The fuzz tests count these as failures; every other refusal is an expected one.
    """


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
