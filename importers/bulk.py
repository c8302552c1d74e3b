"""Building many objects at once without paying for the cycle collector.

Reading a 50,000-row sheet, or analysing 100,000 entries, allocates hundreds
of thousands of records, dicts, tuples and pairs, none of them garbage. Each
allocation burst sets off the cycle collector, and its full passes walk every
object alive in the process (in the app: the open workspace's entries, the
views' models). Pausing it for one bulk step saves a tenth of an import and
about half of an analysis; reference counting still frees everything as
usual. The store, the analysis and the GUI's bulk jobs use this too.

When the collector comes back, what the step built is moved straight into the
oldest generation (``gc.freeze`` then ``gc.unfreeze``: two list splices, no
walk) instead of being walked by a young-generation pass at the next
allocation and again by the middle one: on a 50,000-row sheet that walk is a
twentieth of the whole read. Cyclic garbage the step left is found by the next
full collection. Where something else froze objects (``gc.get_freeze_count``),
nothing is moved: unfreezing would hand its objects back to the collector.
"""
from __future__ import annotations

import functools
import gc
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

F = TypeVar("F", bound=Callable)


_LOCK = threading.Lock()
_holds = 0  # blocks running with the collector paused, in any thread
_was_enabled = False  # the collector's state before the first of them


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector inside the block.

    Blocks nest and overlap across threads (an import and an analysis job at
    once): the collector comes back only when the last of them ends, and only
    if it was on before the first began."""
    global _holds, _was_enabled
    with _LOCK:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1
    try:
        yield
    finally:
        with _LOCK:
            _holds -= 1
            if _holds == 0 and _was_enabled:
                _age_survivors()
                gc.enable()


def _age_survivors() -> None:
    """Everything the collector tracks, into the oldest generation without a walk (see the module's note)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def without_collector(func: F) -> F:
    """Decorator: the whole call runs with the collector paused."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with collector_paused():
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
