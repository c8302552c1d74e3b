"""Set overlaps of many pairs at once: each item's set as sorted integer ids (one flat array with
offsets, like a sparse matrix's rows), the weight of what two sets share computed for every pair
in a few array operations instead of one Python set intersection per pair."""
from __future__ import annotations

from itertools import chain
from typing import Callable, Iterable, Sequence

import numpy as np


class Sets:
    """One set of ids per item, flattened: ``ids[start[k]:start[k + 1]]`` is item k's."""

    def __init__(self, sets: Sequence[Iterable], weight: Callable[[object], float] | None = None):
        sets = list(sets)
        flat = list(chain.from_iterable(sets))  # (every loop here runs in C: thousands of items' sets)
        members = list(dict.fromkeys(flat))
        codes = dict(zip(members, range(len(members))))
        lengths = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
        self.start = np.zeros(len(sets) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.start[1:])
        self.ids = np.fromiter(map(codes.__getitem__, flat), dtype=np.int64, count=len(flat))
        self.size = max(len(codes), 1)
        self.weights = np.fromiter(map(weight, members), dtype=np.float64, count=len(members)) \
            if weight is not None else np.ones(len(members), dtype=np.float64)

    def lengths(self) -> np.ndarray:
        return np.diff(self.start)

    def shared(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """For each pair (a[p], b[p]) the summed weight of the ids both sets hold."""
        out = np.zeros(len(a), dtype=np.float64)
        if not len(a) or not len(self.ids):
            return out
        keys_a = self._keys(a)
        keys_b = self._keys(b)
        common = np.intersect1d(keys_a, keys_b, assume_unique=True)
        if len(common):
            pair, member = np.divmod(common, self.size)
            out += np.bincount(pair, weights=self.weights[member], minlength=len(a))
        return out

    def _keys(self, rows: np.ndarray) -> np.ndarray:
        """pair * size + id for every id of every pair's row (unique: a set holds an id once)."""
        lo, hi = self.start[rows], self.start[rows + 1]
        counts = hi - lo
        total = int(counts.sum())
        if not total:
            return np.zeros(0, dtype=np.int64)
        pair = np.repeat(np.arange(len(rows), dtype=np.int64), counts)
        offsets = np.cumsum(counts) - counts
        at = np.arange(total, dtype=np.int64) - np.repeat(offsets, counts) + np.repeat(lo, counts)
        return pair * self.size + self.ids[at]
