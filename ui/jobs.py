"""The one way to run work off the GUI thread (STYLE.md practice 7).

``run_job(parent, fn, on_success=..., on_failure=..., on_progress=...)`` runs
``fn(progress, cancelled)`` on a worker thread of a shared pool. ``progress`` is a
callable taking a fraction 0..1, ``cancelled`` a callable returning True once
:meth:`Job.cancel` was called. The result (or the exception) comes back through
queued signals, so the callbacks run on the GUI thread; the worker touches no
widget.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import os
import sys
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from calendar_core.workspace import collector_paused

_POOL: QThreadPool | None = None
_ACTIVE: set["Job"] = set()


def pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until every worker finished (tests and shutdown)."""
    return pool().waitForDone(msecs)


def active_jobs() -> int:
    return len(_ACTIVE)


_LIBC = None


def give_back_memory() -> bool:
    """Hand freed heap pages back to the system (glibc's ``malloc_trim``); False where there is none.

    After a large undo or analysis Python frees its objects, but glibc keeps the
    pages: measured on a 300,000-entry undo, this returns about 370 MB of 870 MB.
    Called on a worker (ctypes releases the GIL meanwhile)."""
    global _LIBC
    if not sys.platform.startswith("linux"):
        return False
    try:
        if _LIBC is None:
            _LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(_LIBC.malloc_trim(0))
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return False


SHRUNK = 50_000  # entries: a step that takes away this many (and half the workspace) empties the text caches


def forget_texts_if_shrunk(before: int, after: int) -> bool:
    """After an undo or a removal that took away most of a large workspace, forget the analysis's
    text features of the entries that are gone (kept between analyses, they held about 1.2 GB after
    undoing a 300,000-row import); a smaller step keeps them, so re-analysing stays quick."""
    if before - after < SHRUNK or after > before / 2:
        return False
    from calendar_core.analysis.duplicates import clear_caches

    clear_caches()
    return True


RELEASE_CHUNK = 5_000


def release(items) -> None:
    """Empty a large list or dict a slice at a time.

    Dropping 300,000 objects at once is one long C call that holds the GIL (the
    GUI thread froze for 0.4-1.9 s at the end of an analysis or an undo); slices
    of a few thousand let it in between."""
    if isinstance(items, dict):
        while items:
            for key in list(itertools.islice(iter(items), RELEASE_CHUNK)):
                del items[key]
        items.clear()  # deleting keeps the emptied table (10 MB for 300,000 keys) while the dict lives: this frees it
    else:
        while items:
            del items[-RELEASE_CHUNK:]


def dispose_later(*containers) -> None:
    """Empty ``containers`` on a worker with :func:`release`, then :func:`give_back_memory`: for a
    large result the GUI thread no longer shows (nothing may use the containers afterwards)."""
    def work(progress, cancelled):
        for c in containers:
            release(c)
        give_back_memory()

    run_job(None, work, name="dispose", bulk=True)


class Job(QObject):
    """A handle on one piece of background work; lives on the GUI thread."""

    progress = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None, name: str = ""):
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self._last_progress = -1.0
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # called from the worker thread: only signals, no widgets
    def _report(self, fraction: float) -> None:
        fraction = max(0.0, min(1.0, float(fraction)))
        if fraction - self._last_progress >= 0.01 or fraction >= 1.0 > self._last_progress:
            self._last_progress = fraction
            self.progress.emit(fraction)


WORKER_NICE = 5  # the pool's threads run this much nicer than the GUI thread (Linux): see _lower_priority
_NICED: set[int] = set()


def _lower_priority() -> None:
    """Give the worker thread running this a lower CPU priority than the GUI thread, once per thread.

    On 2 cores an import's, an analysis's and a paint's workers (and other programs) leave the GUI
    thread waiting for a core; at nice 5 the scheduler gives it three times their share. Linux only
    (there ``setpriority`` takes a thread id); elsewhere nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    tid = threading.get_native_id()
    if tid in _NICED:
        return
    _NICED.add(tid)
    try:
        os.setpriority(os.PRIO_PROCESS, tid, min(os.getpriority(os.PRIO_PROCESS, tid) + WORKER_NICE, 19))
    except OSError:  # not allowed here: the thread keeps its priority
        pass


class _Runner(QRunnable):
    def __init__(self, job: Job, fn: Callable):
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._fn = fn

    def run(self) -> None:  # worker thread
        _lower_priority()
        job = self._job
        try:
            result = self._fn(job._report, job.is_cancelled)
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            job.failed.emit(exc)
        else:
            job.succeeded.emit(result)
        job.finished.emit()


def run_job(parent: QObject | None, fn: Callable[[Callable[[float], None], Callable[[], bool]], Any], *,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[float], None] | None = None,
            name: str = "", bulk: bool = False, trim: bool = False) -> Job:
    """Start ``fn(progress, cancelled)`` on a worker; callbacks run on the GUI thread.

    ``bulk``: the work creates many objects (a 50k-row query, an analysis); the
    cyclic collector is held off meanwhile so its pauses do not stall the GUI.
    ``trim``: afterwards freed heap pages go back to the system (:func:`give_back_memory`).
    """
    job = Job(None, name)
    if trim:  # a large write: what it freed goes back to the system before the result is shown
        body = fn

        def fn(progress, cancelled):
            try:
                return body(progress, cancelled)
            finally:
                give_back_memory()
    if bulk:
        inner = fn

        def fn(progress, cancelled):
            with collector_paused():  # its full passes would stall the GUI thread too
                return inner(progress, cancelled)
  # no Qt parent: a closing window must not delete a running job

    def succeeded(result):
        job.result = result
        try:
            if on_success is not None:
                on_success(result)
        finally:  # handed on: a job (held by whoever started it, or by its own connections) must not keep
            job.result = None  # a large result alive, e.g. the last week read before an undo emptied it

    def failed(exc):
        job.error = exc
        if on_failure is not None:
            on_failure(exc)

    def finished():
        job.done = True
        _ACTIVE.discard(job)

    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    if on_progress is not None:
        job.progress.connect(on_progress)
    job.finished.connect(finished)
    _ACTIVE.add(job)
    pool().start(_Runner(job, fn))
    return job
