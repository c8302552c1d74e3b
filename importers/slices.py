"""Long C calls in slices, so other threads get the GIL between them.

``list(map(f, column))`` over 300,000 values is one C call: no thread switch
happens inside it, and the window's GUI thread waits for all of it (0.1-0.3 s
per call while a 300,000-row import is stored). The same work a slice at a
time gives the interpreter a switch point between slices; the results are
identical, in the same order.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain, islice
from typing import Callable, Iterable, Sequence, TypeVar

T = TypeVar("T")
SLICE = 10_000  # values per C call: a few milliseconds each


def sliced_map(fn: Callable, values: Sequence) -> list:
    """``list(map(fn, values))``, a slice at a time."""
    if len(values) <= SLICE:
        return list(map(fn, values))
    out: list = []
    for i in range(0, len(values), SLICE):
        out.extend(map(fn, values[i:i + SLICE]))
    return out


def sliced_set(values: Iterable[T]) -> set[T]:
    """``set(values)``, a slice at a time."""
    out: set = set()
    if isinstance(values, list):  # sliced directly: no chunk lists made
        for i in range(0, len(values), SLICE):
            out.update(values[i:i + SLICE])
        return out
    it = iter(values)
    while True:
        chunk = list(islice(it, SLICE))
        if not chunk:
            return out
        out.update(chunk)


def sliced_counter(values: list) -> Counter:
    """``Counter(values)``, a slice at a time; first appearances keep their order."""
    out: Counter = Counter()
    for i in range(0, len(values), SLICE):
        out.update(values[i:i + SLICE])
    return out


def sliced_types(values: list) -> set[type]:
    """``set(map(type, values))``, a slice at a time."""
    out: set = set()
    for i in range(0, len(values), SLICE):
        out.update(map(type, values[i:i + SLICE]))
    return out


def sliced_dict(keys: Sequence, values: Sequence) -> dict:
    """``dict(zip(keys, values))``, a slice at a time."""
    out: dict = {}
    for i in range(0, len(keys), SLICE):
        out.update(zip(keys[i:i + SLICE], values[i:i + SLICE]))
    return out


def sliced_transpose(rows: Sequence[Sequence], width: int) -> list[tuple]:
    """``list(islice(zip(*rows), width))`` (every row at least ``width`` long), a slice of rows at a time."""
    if len(rows) <= SLICE:
        return list(islice(zip(*rows), width))
    parts = [list(islice(zip(*rows[i:i + SLICE]), width)) for i in range(0, len(rows), SLICE)]
    return [tuple(chain.from_iterable(part[c] for part in parts)) for c in range(width)]


def sliced_clear(items: list) -> None:
    """Empty ``items`` from the end, a slice at a time: freeing 300,000 records at once is one
    C call too (their deallocation)."""
    while items:
        del items[-SLICE:]
