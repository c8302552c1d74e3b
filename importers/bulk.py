"""Building many objects at once without paying for the cycle collector.

Reading a 50,000-row sheet, or analysing 100,000 entries, allocates hundreds
of thousands of records, dicts, tuples and pairs, none of them garbage. Each
allocation burst sets off the cycle collector, and its full passes walk every
object alive in the process (in the app: the open workspace's entries, the
views' models). Pausing it for one bulk step saves a tenth of an import and
about half of an analysis; reference counting still frees everything as
usual, and whatever cyclic garbage the step leaves is collected by the collector's
next full pass: what the step made is aged into the oldest generation at once when
the collector comes back, instead of being walked by its next young passes. The
store, the analysis and the GUI's bulk jobs use this too.
"""
from __future__ import annotations

import functools
import gc
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

F = TypeVar("F", bound=Callable)


_LOCK = threading.Lock()
_holds = 0  # blocks running with the collector paused, in any thread
_was_enabled = False  # the collector's state before the first of them
_freeze_above: int | None = None  # see freeze_large_steps: off unless a process asks
_froze = False  # a large step was frozen here: the collector's permanent generation is not empty


def freeze_large_steps(objects: int | None) -> None:
    """Where pauses matter (the window): when the last paused block ends with more than ``objects``
    new tracked objects alive, move them out of the collector's passes (``gc.freeze``) instead of
    leaving them to its next pass. That pass would walk every one of them in a single C call that
    holds the GIL: after a 300,000-row import or analysis the GUI thread froze for 0.3-2.6 s.
    Reference counting still frees them as usual; only cyclic garbage made by the step is kept.
    None (the default, and the command line's) turns it off."""
    global _freeze_above
    _freeze_above = objects


def _young() -> int:
    """Tracked objects made (and not freed) since the collector's last pass."""
    return gc.get_count()[0]


LONG_STEP = 0.5  # seconds: a paused span this long is a large step, whatever gc.get_count() says
_paused_at = 0.0  # when the first of the running blocks began


def _large_step() -> bool:
    """Whether the paused span that just ended left many young objects: ``gc.get_count()`` subtracts
    every object freed meanwhile (a step that makes 300,000 entries while it frees as many older ones
    counts about zero, and the young pass that follows walks all it made in one C call holding the
    GIL: 0.04-0.12 s in the window), and counting them (``gc.get_objects(0)``) is such a walk too;
    so a span of LONG_STEP or more counts as large as well."""
    return _young() > _freeze_above or time.monotonic() - _paused_at >= LONG_STEP


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector inside the block.

    Blocks nest and overlap across threads (an import and an analysis job at
    once): the collector comes back only when the last of them ends, and only
    if it was on before the first began."""
    global _holds, _was_enabled, _froze, _paused_at
    with _LOCK:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            _paused_at = time.monotonic()
            gc.disable()
        _holds += 1
    try:
        yield
    finally:
        with _LOCK:
            _holds -= 1
            if _holds == 0:
                if _freeze_above is not None and _large_step():
                    gc.freeze()
                    _froze = True
                elif _was_enabled:
                    _promote_young()
                if _was_enabled:
                    gc.enable()


def _promote_young() -> None:
    """Put every object the collector tracks into its oldest generation, without a pass over them.

    Once back, the collector's next young pass would walk everything a bulk step made only to
    age it (about 15 ms of a 50,000-row sheet's read); freezing and unfreezing moves them all at
    once. Cyclic garbage among them is found by the next full pass.
    Objects someone froze on purpose stay frozen (nothing is done then). Once a large step was
    frozen here that is known without asking: ``gc.get_freeze_count`` walks the whole frozen set,
    a linked list of every object alive at that freeze, in one C call holding the GIL (90 ms on the
    GUI thread while a 20,000-row sheet imported beside a 50,000-entry workspace)."""
    if _froze:
        return
    if gc.get_freeze_count() == 0:  # nothing frozen through this module: only others' freezes are walked
        gc.freeze()
        gc.unfreeze()


def without_collector(func: F) -> F:
    """Decorator: the whole call runs with the collector paused."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with collector_paused():
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
