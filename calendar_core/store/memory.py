"""Giving memory back after a bulk step.

A 122,000-entry import frees most of what it built (records, rows, row tuples) once it is
stored, but the process keeps it: SQLite keeps its page cache (64 MB per connection), and
the C heap keeps freed pages for later. The analysis that follows then grows on top of
that. :func:`bulk_cache` keeps SQLite's cache small while a bulk write runs;
:func:`trim_heap` hands the C heap's free pages back to the system (glibc's
``malloc_trim``; elsewhere nothing happens). :func:`checkpoint_aside` copies a bulk write's
write-ahead log into the database file on a thread of its own.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sqlite3
import sys
import threading
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

# SQLite's page cache while a bulk write runs: appending rows gains nothing from more (measured:
# the same time with 4, 16 and 64 MB), and a 122,000-entry import would fill 64 MB of it.
BULK_CACHE_KB = 16_384


@contextmanager
def bulk_cache(conn) -> Iterator[None]:
    """A smaller SQLite page cache on ``conn`` inside the block (its own size again after it)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


@lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:  # glibc's own name first: find_library runs `ldconfig -p` in a child process to look it up
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        except OSError:
            return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is None:  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def trim_heap() -> bool:
    """Return the C heap's free pages to the system; whether that could be asked."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def checkpoint_aside(database: str) -> threading.Thread | None:
    """Hold a connection of its own to the SQLite ``database`` and copy the write-ahead log into the
    database file on a thread, which is returned (join it before the workspace closes).

    The last connection to close copies the log itself, and waits for the disk: 50 ms for a 50,000-row
    import, 12 MB of log. With this connection open, the pooled ones close at once (they are not the
    last), their caches freed as before, and the copy runs beside what comes next: SQLite does it
    without the interpreter's lock. A passive checkpoint never waits for readers nor writers; what it
    leaves, the last close copies as before. None when no connection could be opened (nothing lost:
    the last close copies everything)."""
    try:
        conn = sqlite3.connect(database, timeout=0, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA schema_version").fetchall()  # a first read: the log is open, this connection counts
    except sqlite3.Error:
        return None
    thread = threading.Thread(target=_checkpoint, args=(conn,), name="checkpoint", daemon=True)
    thread.start()
    return thread


def _checkpoint(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error:  # busy or gone: the last connection to close copies the log
        pass
    finally:
        conn.close()
