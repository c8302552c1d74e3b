"""Copies: one entry handed over twice.

The same file imported under two names, or one event that two departments' files both
carry, is neither a double booking of its owner nor duplicated effort: it is a *copy*.
Two entries of different sources are copies when they

* have the same reference in their files (an ICS UID, a sheet's content-derived row key)
  and start at the same moment, or
* have the same title, start and channel.

Copies are shown as their own group; conflicts and duplicates are found once, on the first
of each group (so a copy never clashes with itself). Merging a group (the decision
``resolved`` on its key) keeps one entry in the master exports; both sources keep theirs.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Iterable, Iterator, Sequence

import numpy as np

from calendar_core.model import DuplicateGroup, Entry
from calendar_core.names import compact_key
from importers.slices import sliced_columns

from .keys import members_key
from .phrases import joined, phrase

KIND = "copy"
MERGED = "resolved"  # the decision that merges a copy group


_TITLE_KEYS: dict[str, str] = {}  # title -> its key, kept between calls (the analysis and the master exports)
_TITLE_KEYS_MAX = 250_000
_FIELDS = attrgetter("source_id", "source_ref", "title", "channel")


def _title_key(title: str) -> str:
    return compact_key(title or "")


def find_copies(entries: Sequence[Entry]) -> list[DuplicateGroup]:
    """Copy groups among ``entries``: the first member (earliest source) is the one kept."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.get(i, i) != i:
            parent[i] = parent.get(parent[i], parent[i])
            i = parent[i]
        return i

    # the fields read in one pass over the entries (each visited once, not once per field)
    sources, refs, entry_titles, channels = sliced_columns(_FIELDS, entries, 4)
    if len(set(sources)) < 2:
        return []  # copies are of different sources
    titles = _TITLE_KEYS
    if len(titles) > _TITLE_KEYS_MAX:
        titles.clear()

    def title_key(title: str) -> str:
        key = titles.get(title)
        if key is None:
            key = titles[title] = _title_key(title)
        return key

    why: dict[tuple[int, int], str] = {}
    touched: set[int] = set()
    # Entries are bucketed by their strings first (cheap to hash); only a bucket holding two
    # sources is split by start (an aware datetime is slow to hash): the same buckets, in the
    # same order, as keying on all the fields at once.
    for t in set(entry_titles):
        title_key(t)
    keyed = list(zip(map(titles.__getitem__, entry_titles), channels))
    numbered = _source_numbers(sources)
    by_ref = _shared(refs, numbered, lambda r: bool(r))
    by_title = _shared(keyed, numbered, lambda kc: bool(kc[0]))
    for reason, coarse in ((phrase("same_reference"), by_ref), (phrase("same_title_start_channel"), by_title)):
        for members in _by_start(entries, coarse.values()):
            first = members[0]
            for other in members[1:]:
                if entries[other].source_id == entries[first].source_id:
                    continue
                a, b = root(first), root(other)
                if a != b:
                    parent[b] = a
                touched.update((first, other))
                why.setdefault((first, other), reason)
    groups: dict[int, list[int]] = defaultdict(list)
    for k in sorted(touched):
        groups[root(k)].append(k)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        ordered = sorted((entries[m] for m in members), key=lambda e: (e.source_name, e.source_id, e.id))
        files = sorted({e.source_name or f"source {e.source_id}" for e in ordered})
        reasons = sorted({r for (x, y), r in why.items() if x in members and y in members}) or [phrase("same_entry")]
        out.append(DuplicateGroup(
            entry_ids=[e.id for e in ordered],
            score=1.0,
            reasons=[phrase("copy", files=", ".join(files), reasons=joined("; ", reasons))],
            key=members_key(KIND, ordered),
        ))
    out.sort(key=lambda g: g.entry_ids)
    return out


def _shared(keys: list, sources: np.ndarray, usable) -> dict:
    """Positions by key, for the usable keys that two sources or more hold (in the entries' order);
    ``sources``: a small number per entry for its source (:func:`_source_numbers`).

    Each source's keys become one set (in C); a key in two of those sets is held by two sources.
    Only the positions of those keys are visited one by one."""
    out: dict = defaultdict(list)
    if not keys:
        return out
    seen: set = set()
    several: set = set()
    for number in range(int(sources.max()) + 1):
        held = np.flatnonzero(sources == number).tolist()
        if not held:
            continue
        mine = set(itemgetter(*held)(keys)) if len(held) > 1 else {keys[held[0]]}
        several |= mine & seen
        seen |= mine
    several = {k for k in several if usable(k)}
    if not several:
        return out
    for k in compress(range(len(keys)), map(several.__contains__, keys)):
        out[keys[k]].append(k)
    return out


def _source_numbers(sources: list[int]) -> np.ndarray:
    """0, 1, 2… per entry, one per distinct source id."""
    return np.unique(np.fromiter(sources, dtype=np.int64, count=len(sources)), return_inverse=True)[1].ravel()


def _by_start(entries: Sequence[Entry], buckets: Iterable[list[int]]) -> Iterator[list[int]]:
    """The buckets of two sources or more, each split by start (and all-day): those of two sources."""
    for members in buckets:
        if len(members) < 2 or len({entries[m].source_id for m in members}) < 2:
            continue
        fine: dict[tuple, list[int]] = defaultdict(list)
        for m in members:
            e = entries[m]
            fine[(e.start, e.all_day)].append(m)
        for part in fine.values():
            if len(part) >= 2 and len({entries[m].source_id for m in part}) >= 2:
                yield part


def shadowed(copies: Iterable[DuplicateGroup]) -> set[int]:
    """Entries that only repeat the first of their copy group."""
    return {i for g in copies for i in g.entry_ids[1:]}


def merged_away(copies: Iterable[DuplicateGroup]) -> set[int]:
    """Entries left out of the master exports: the later members of merged copy groups."""
    return {i for g in copies if g.decision == MERGED for i in g.entry_ids[1:]}
