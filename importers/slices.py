"""Long C calls in slices, so other threads get the GIL between them.

``list(map(f, column))`` over 300,000 values is one C call: no thread switch
happens inside it, and the window's GUI thread waits for all of it (0.1-0.3 s
per call while a 300,000-row import is stored). The same work a slice at a
time gives the interpreter a switch point between slices; the results are
identical, in the same order.
"""
from __future__ import annotations

import codecs
import sys
from collections import Counter
from heapq import merge
from io import StringIO
from itertools import chain, islice
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")
SLICE = 4_000  # values per C call: about a millisecond each (10,000 held the GIL 20 ms on a loaded machine)


def sliced_map(fn: Callable, values: Sequence, *more: Sequence) -> list:
    """``list(map(fn, values, *more))``, a slice at a time (every sequence as long as ``values``)."""
    if len(values) <= SLICE:
        return list(map(fn, values, *more))
    out: list = []
    for i in range(0, len(values), SLICE):
        out.extend(map(fn, values[i:i + SLICE], *(m[i:i + SLICE] for m in more)))
    return out


def sliced_longest(values: Sequence) -> int:
    """``max(map(len, values))`` (0 for none), a slice at a time, with no list of the lengths made."""
    return max([max(map(len, values[i:i + SLICE])) for i in range(0, len(values), SLICE)], default=0)


def sliced_columns(getter: Callable, values: Sequence, width: int) -> list[list]:
    """The ``width`` columns of ``list(map(getter, values))`` (``getter`` gives a tuple of ``width`` for
    each value, an ``attrgetter`` of several names), a slice at a time: each value is visited once for
    all its fields, not once per field."""
    columns: list[list] = [[] for _ in range(width)]
    for i in range(0, len(values), SLICE):
        for column, part in zip(columns, zip(*map(getter, values[i:i + SLICE]))):
            column.extend(part)
    return columns


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


def sliced_array(fn: Callable, values: Sequence, dtype):
    """``numpy.fromiter(map(fn, values), dtype, count=len(values))``, a slice at a time."""
    import numpy as np

    n = len(values)
    if n <= SLICE:
        return np.fromiter(map(fn, values), dtype=dtype, count=n)
    out = np.empty(n, dtype=dtype)
    for i in range(0, n, SLICE):
        chunk = values[i:i + SLICE]
        out[i:i + len(chunk)] = np.fromiter(map(fn, chunk), dtype=dtype, count=len(chunk))
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
    return [tuple(chain.from_iterable(_taken(parts, c))) for c in range(width)]


def _taken(parts: list[list[tuple]], c: int) -> Iterator[tuple]:
    """Column ``c`` of each slice, each let go of once used: freeing the slices' millions of
    references at once, on return, held the GIL 40 ms (each a cache miss)."""
    for part in parts:
        col, part[c] = part[c], None
        yield col


def sliced_sort(items: list, key: Callable) -> None:
    """``items.sort(key=key)``, a slice at a time: each slice sorted (one C call each), then the
    slices merged by a generator, which lets other threads in between (one sort of 300,000
    entries by start held the GIL 75 ms). Stable, as ``list.sort``: on equal keys the earlier
    slice goes first. Slices already in order one after another (a table read in date order)
    are joined without a merge."""
    if len(items) <= SLICE:
        items.sort(key=key)
        return
    runs = [sorted(items[i:i + SLICE], key=key) for i in range(0, len(items), SLICE)]
    if all(not key(b[0]) < key(a[-1]) for a, b in zip(runs, runs[1:])):
        merged = list(chain.from_iterable(runs))
    else:
        merged = list(merge(*runs, key=key))
    items[:] = merged  # in place, as list.sort


def release_unshared(items: list) -> list:
    """Empty ``items`` with :func:`sliced_clear` when nothing else holds the list (the caller's
    reference aside, a list passed in as ``x = release_unshared(x)``); else leave it be. Returns
    an empty list to put in its place."""
    if sys.getrefcount(items) <= 3:  # the caller's variable or attribute, this argument, getrefcount's
        sliced_clear(items)
    return []


def release_lists(lists: list) -> None:
    """Take every list out of ``lists`` and empty each one nothing else holds, a slice at a time
    (the columns of 300,000 rows, dropped at once, held the GIL 50-90 ms); ``lists`` ends empty."""
    while lists:
        col = lists.pop()
        if col.__class__ is list:
            col = release_unshared(col)


def sliced_dict_clear(items: dict) -> None:
    """Empty a dict a slice of keys at a time, then ``clear()`` it (deleting keeps the emptied table,
    10 MB for 300,000 keys, while the dict lives: clear frees it)."""
    while items:
        for key in list(islice(iter(items), SLICE)):
            del items[key]
    items.clear()


def sliced_clear(items: list) -> None:
    """Empty ``items`` from the end, a slice at a time: freeing 300,000 records at once is one
    C call too (their deallocation)."""
    while items:
        del items[-SLICE:]


TEXT_PIECE = 1 << 20  # characters of a text made into lines at once, bytes of a file decoded at once


def sliced_decode(data: bytes, encoding: str) -> str:
    """``data.decode(encoding)`` (strict), a piece at a time: a 20 MB file decoded at once is one
    C call holding the GIL. Raises UnicodeDecodeError as the single call does (at another offset)."""
    if len(data) <= TEXT_PIECE:
        return data.decode(encoding)
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    parts = [decoder.decode(view[i:i + TEXT_PIECE]) for i in range(0, len(data), TEXT_PIECE)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def sliced_lines(text: str) -> Iterator[str]:
    """The lines of ``io.StringIO(text, newline="")`` (each with its line end, as ``csv.reader``
    wants them), made a piece of about a megabyte at a time: a StringIO of a whole 20 MB file is
    one C call (30 ms). Pieces are cut just after a "\\n", so a "\\r\\n" is never split and every
    line is the one the whole text gives."""
    if len(text) <= TEXT_PIECE:
        yield from StringIO(text, newline="")
        return
    lo = 0
    while lo < len(text):
        cut = text.find("\n", lo + TEXT_PIECE)
        hi = len(text) if cut < 0 else cut + 1
        yield from StringIO(text[lo:hi], newline="")
        lo = hi
