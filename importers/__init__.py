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
from importers.errors import (
    ImportCancelled, ImporterError, InternalError, JudgedNotACalendar, NotACalendar, UnmappableSheet,
    UnsupportedFormat, printable, printable_path,
)
from importers import messages as msg
from importers.limits import drop_out_of_range
from importers.records import ImportOptions, ImportResult, RawRecord
from importers.statuses import mark_cancelled_titles

__all__ = [
    "ImportCancelled", "ImporterError", "InternalError", "JudgedNotACalendar", "NotACalendar", "UnmappableSheet",
    "UnsupportedFormat",
    "ImportOptions", "ImportResult", "RawRecord", "read_file", "supported_extensions", "reader_for",
]

# Reader modules in the order they are asked (a module whose READER names another is only asked:
# the ICS reader's modules are loaded for ICS files alone).
_READER_MODULES = ("importers.ics_probe", "importers.sheets")
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
    for name in _READER_MODULES:  # content first: a calendar saved as .txt is still a calendar
        mod = importlib.import_module(name)  # loaded when asked: an ICS file needs no sheet reader
        if mod.accepts(path, head):
            reader = getattr(mod, "READER", None)
            return importlib.import_module(reader) if reader else mod
    known = supported_extensions()
    if ext in known:
        raise NotACalendar(path, msg.say(msg.DOES_NOT_LOOK, kind=ext, what=_what_head(head)))
    listed = ", ".join(known) or "none"
    raise UnsupportedFormat(path, msg.say(msg.UNSUPPORTED, kind=ext or path.name, supported=listed))


_SIGNATURES = ((b"PK\x03\x04", "a zip archive"), (b"\xd0\xcf\x11\xe0", "an OLE compound file"),
               (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
               (b"GIF8", "a GIF image"))


def _what_head(head: bytes) -> str:
    """What the first bytes are, for a refusal: the kind of file, or the line where binary data starts."""
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            return f"it is {what}"
    bad = next((i for i, b in enumerate(head) if b < 9 or 13 < b < 32), None)
    if bad is not None:
        line = head[:bad].count(b"\n") + 1
        return f"binary data from line {line}"
    first = head.split(b"\n", 1)[0][:40].decode("utf-8", "replace")
    return f"line 1 reads '{printable(first)}'"


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_file(path: str | Path, options: ImportOptions | None = None) -> ImportResult:
    """Read one file into an :class:`ImportResult` or raise :class:`ImporterError`.

    Whatever the file holds, only an ImporterError (or ImportCancelled) leaves here: a file
    that vanishes or breaks while it is read, a reader that runs out of memory or into a bug,
    a native library that panics, each fails this file alone. Entries dated outside
    importers.limits' range are left out with a warning naming their row or line.
    """
    path = Path(path)
    options = options or ImportOptions()
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except FileNotFoundError:
        raise ImporterError(path, msg.FILE_NOT_FOUND) from None
    except IsADirectoryError:
        raise ImporterError(path, msg.IS_A_FOLDER) from None
    except OSError as exc:
        raise ImporterError(path, msg.say(msg.CANNOT_BE_READ, error=exc.strerror or exc)) from None
    if size == 0:
        raise NotACalendar(path, msg.FILE_EMPTY)
    if size > MAX_FILE_BYTES:
        raise ImporterError(path, msg.say(msg.TOO_LARGE, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)))
    reader = reader_for(path, head)
    try:
        with collector_paused():
            result = reader.read(path, options)
        if not result.content_hash:
            result.content_hash = file_hash(path)
    except (ImporterError, ImportCancelled):
        raise
    except FileNotFoundError:
        raise ImporterError(path, "the file disappeared while it was read (moved or deleted); "
                                  "nothing of it was imported") from None
    except OSError as exc:
        raise ImporterError(path, f"cannot be read ({exc.strerror or exc}); nothing of it was imported") from None
    except MemoryError:
        raise ImporterError(path, "the file needs more memory than is available to be read; "
                                  "nothing of it was imported") from None
    except RecursionError:
        raise ImporterError(path, "the file is nested too deeply to be read") from None
    except Exception as exc:  # noqa: BLE001 - one file's failure must never end the run
        raise InternalError(path, f"could not be read (internal error: {type(exc).__name__}: "
                                  f"{str(exc)[:200]})") from exc
    return _checked(result, path)


def _checked(result: ImportResult, path: Path) -> ImportResult:
    """Entries in the date range only, and a path and warnings any output can take."""
    name = printable(path.name)
    before = len(result.records)
    result.records = drop_out_of_range(result.records, lambda msg: result.warnings.append(f"{name}, {msg}"))
    result.skipped += before - len(result.records)
    if result.kind != "ics":  # the ICS reader reads the word itself, before and after a channel tag
        mark_cancelled_titles(result.records)  # "VERVALT: …", "Geannuleerd: …": cancelled
    shown = printable_path(path)
    if shown != path:  # a name that is not UTF-8: read under its real name, stored and shown printable
        result.path = shown
        result.warnings = [printable(w) for w in result.warnings]
        result.notes = [printable(n) for n in result.notes]
        result.department_hint = printable(result.department_hint or "")
        result.settings = _printable_values(result.settings)
    return result


def _printable_values(value):
    """Settings with every text printable (a sheet-less CSV keys its zone hint by the file name)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {_printable_values(k): _printable_values(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_printable_values(v) for v in value)
    return value
