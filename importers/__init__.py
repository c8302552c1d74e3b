"""Importer registry: picks a reader for a file by its content and extension.

Each reader module exposes ``NAME``, ``EXTENSIONS``, ``accepts(path, head)``
and ``read(path, options) -> ImportResult``. Readers are pure: no Qt, no
database, no canonical names.
"""
from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from types import ModuleType

from importers.bulk import collector_paused
from importers.errors import (ImportCancelled, ImporterError, JudgedNotACalendar, NotACalendar, UnmappableSheet,
                              UnsupportedFormat)
from importers.records import ImportOptions, ImportResult, RawRecord

__all__ = [
    "ImportCancelled", "ImporterError", "JudgedNotACalendar", "NotACalendar", "UnmappableSheet", "UnsupportedFormat",
    "ImportOptions", "ImportResult", "RawRecord", "read_file", "supported_extensions", "reader_for",
]

# Reader modules in the order they are asked.
_READER_MODULES = ("importers.ics", "importers.sheets")
HEAD_BYTES = 4096
MAX_FILE_BYTES = 512 * 1024 * 1024


def _readers() -> list[ModuleType]:
    return [importlib.import_module(name) for name in _READER_MODULES]


def supported_extensions() -> list[str]:
    exts: list[str] = []
    for mod in _readers():
        exts.extend(mod.EXTENSIONS)
    return sorted(set(exts))


def reader_for(path: Path, head: bytes) -> ModuleType:
    ext = path.suffix.lower()
    readers = _readers()
    for mod in readers:  # content first: a calendar saved as .txt is still a calendar
        if mod.accepts(path, head):
            return mod
    known = supported_extensions()
    if ext in known:
        raise NotACalendar(path, f"the file does not look like a {ext} calendar or table")
    listed = ", ".join(known) or "none"
    raise UnsupportedFormat(path, f"unsupported file type '{ext or path.name}' (supported: {listed})")


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_file(path: str | Path, options: ImportOptions | None = None) -> ImportResult:
    """Read one file into an :class:`ImportResult` or raise :class:`ImporterError`."""
    path = Path(path)
    options = options or ImportOptions()
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except FileNotFoundError:
        raise ImporterError(path, "file not found") from None
    except IsADirectoryError:
        raise ImporterError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise ImporterError(path, f"cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise NotACalendar(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise ImporterError(path, f"the file is too large ({size // (1024 * 1024)} MB; limit {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    reader = reader_for(path, head)
    with collector_paused():
        result = reader.read(path, options)
    if not result.content_hash:
        result.content_hash = file_hash(path)
    return result
