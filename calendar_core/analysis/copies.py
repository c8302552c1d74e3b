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
from typing import Iterable, Sequence

from calendar_core.model import DuplicateGroup, Entry
from calendar_core.names import compact_key

from .keys import members_key
from .phrases import joined, phrase

KIND = "copy"
MERGED = "resolved"  # the decision that merges a copy group


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

    if len({e.source_id for e in entries}) < 2:
        return []  # copies are of different sources
    titles: dict[str, str] = {}  # title -> its key, computed once per distinct title

    def title_key(title: str) -> str:
        key = titles.get(title)
        if key is None:
            key = titles[title] = _title_key(title)
        return key

    why: dict[tuple[int, int], str] = {}
    touched: set[int] = set()
    for reason, keyfunc in (
        (phrase("same_reference"), lambda e: (e.source_ref, e.start, e.all_day) if e.source_ref else None),
        (phrase("same_title_start_channel"), lambda e: (key, e.start, e.all_day, e.channel)
         if (key := title_key(e.title)) else None),
    ):
        buckets: dict[tuple, list[int]] = defaultdict(list)
        for k, e in enumerate(entries):
            key = keyfunc(e)
            if key is not None:
                buckets[key].append(k)
        for members in buckets.values():
            if len(members) < 2 or len({entries[m].source_id for m in members}) < 2:
                continue
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


def shadowed(copies: Iterable[DuplicateGroup]) -> set[int]:
    """Entries that only repeat the first of their copy group."""
    return {i for g in copies for i in g.entry_ids[1:]}


def merged_away(copies: Iterable[DuplicateGroup]) -> set[int]:
    """Entries left out of the master exports: the later members of merged copy groups."""
    return {i for g in copies if g.decision == MERGED for i in g.entry_ids[1:]}
