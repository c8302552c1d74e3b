"""Grouping scored pairs of entries into duplicate groups (A≈B and B≈C make one group)."""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from calendar_core.model import DuplicateGroup, Entry
from calendar_core.settings import Settings

from .keys import members_key
from .phrases import joined, phrase

TRIM_LIMIT = 12  # larger tangles of pairs are grouped greedily instead of trimmed
LINKAGE = 0.8  # average similarity across a merge, relative to the threshold


def allowed(a, b, settings: Settings) -> bool:
    """Whether two items may be duplicates: never one recurring series, one department only if allowed."""
    if a.series is not None and a.series == b.series:
        return False
    if not settings.duplicates_within_department and a.team == b.team:
        return False
    return True


def group(items: Sequence, edges, window: int, settings: Settings, pair_score, threshold: float,
          explain=None) -> list[DuplicateGroup]:
    """Merge scored pairs into groups (A≈B and B≈C make one group).

    A group is a connected set of pairs above the threshold, then trimmed until
    it holds: it spans at most the window (no chaining across weeks through
    small steps), has no two entries of one department or series, and every
    member is on average alike to the others (one loose pair does not glue two
    topics). Trimmed members are grouped again among themselves.

    ``edges``: (score, i, j, why); with ``explain``, ``why`` is what ``explain(i, j, why)`` turns
    into the reasons, asked only for the pairs of the groups found (most pairs are not shown).
    """
    by_node: dict[int, list[tuple[float, int, int, list[str]]]] = defaultdict(list)
    for edge in edges:
        by_node[edge[1]].append(edge)
        by_node[edge[2]].append(edge)
    pending = set(by_node)
    found: list[list[int]] = []
    for _ in range(len(pending) + 1):
        if not pending:
            break
        leftovers: set[int] = set()
        for component in _components(pending, by_node):
            if len(component) > TRIM_LIMIT:
                found.extend(_agglomerate(component, by_node, items, window, settings, pair_score, threshold))
                continue
            kept = _trim(component, items, window, settings, pair_score, threshold, by_node)
            if len(kept) >= 2:
                found.append(kept)
            leftovers |= set(component) - set(kept)
        if leftovers == pending:
            break
        pending = leftovers
    groups: list[DuplicateGroup] = []
    for members in found:
        inside = set(members)
        group_edges = {(e[1], e[2]): e for m in members for e in by_node[m] if e[1] in inside and e[2] in inside}
        ordered = sorted(members, key=lambda m: (items[m].entry.start, items[m].entry.id))
        entries = [items[m].entry for m in ordered]
        if not group_edges:
            continue
        best = max(e[0] for e in group_edges.values())
        reasons: list[str] = []
        for score, i, j, why in sorted(group_edges.values(), key=lambda e: -e[0]):
            said = joined(", ", explain(i, j, why) if explain is not None else why)
            reasons.append(phrase("pair", first=_who(items[i].entry), second=_who(items[j].entry), reasons=said)
                           if len(ordered) > 2 else said)
        groups.append(DuplicateGroup(
            entry_ids=[e.id for e in entries],
            score=round(best, 3),
            reasons=reasons,
            key=members_key("duplicate", entries),
        ))
    groups.sort(key=lambda g: (-g.score, g.entry_ids))
    return groups


def _components(nodes: set[int], by_node) -> list[list[int]]:
    seen: set[int] = set()
    out = []
    for start in sorted(nodes):
        if start in seen:
            continue
        stack, component = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            component.append(node)
            for _, i, j, _ in by_node[node]:
                other = j if i == node else i
                if other in nodes and other not in seen:
                    seen.add(other)
                    stack.append(other)
        out.append(sorted(component))
    return out


def _agglomerate(component: list[int], by_node, items, window: int, settings: Settings, pair_score,
                 threshold: float) -> list[list[int]]:
    """Large tangles: merge pairs strongest first under the same rules (average linkage)."""
    inside = set(component)
    edges = sorted({(e[0], e[1], e[2]) for m in component for e in by_node[m] if e[1] in inside and e[2] in inside},
                   key=lambda e: (-e[0], e[1], e[2]))
    group_of = {m: [m] for m in component}
    for _, i, j in edges:
        gi, gj = group_of[i], group_of[j]
        if gi is gj:
            continue
        merged = gi + gj
        days = [items[m].day for m in merged]
        if max(days) - min(days) > window:
            continue
        if _clash(gi, gj, items, settings):
            continue
        cross = [pair_score(x, y) for x in gi for y in gj]
        if sum(cross) / len(cross) < LINKAGE * threshold:
            continue
        for m in merged:
            group_of[m] = merged
    seen: set[int] = set()
    out = []
    for group in group_of.values():
        if len(group) >= 2 and id(group) not in seen:
            seen.add(id(group))
            out.append(sorted(group))
    return out


def _clash(gi: list[int], gj: list[int], items, settings: Settings) -> bool:
    """Whether some member of ``gi`` and some member of ``gj`` may not be duplicates (:func:`allowed`):
    one series in both, or one department in both where that is not allowed; by sets, not pair by pair."""
    series = {items[m].series for m in gi}
    series.discard(None)
    if series and not series.isdisjoint(items[m].series for m in gj):
        return True
    if not settings.duplicates_within_department:
        return not {items[m].team for m in gi}.isdisjoint(items[m].team for m in gj)
    return False


def _trim(component: list[int], items, window: int, settings: Settings, pair_score, threshold: float,
          by_node) -> list[int]:
    """Drop the least attached member until the group is valid (and still connected
    by pairs above the threshold)."""
    members = list(component)
    if len(members) == 2:  # one pair (most groups): the checks below, once each
        x, y = members
        days = items[x].day - items[y].day
        if -window <= days <= window and allowed(items[x], items[y], settings) and \
                pair_score(x, y) >= LINKAGE * threshold:
            return members
    while len(members) >= 2:
        parts = _components(set(members), by_node)
        if len(parts) > 1:
            members = max(parts, key=len)
            continue
        def attachment(m: int) -> float:
            return sum(pair_score(m, o) for o in members if o != m) / (len(members) - 1)

        days = [items[m].day for m in members]
        series = [items[m].series for m in members if items[m].series is not None]
        clash = len(set(series)) < len(series) or (not settings.duplicates_within_department and len(
            {items[m].team for m in members}) < len(members))  # two members one series, or one department
        attached = [attachment(m) for m in members]
        least = attached.index(min(attached))  # the first least attached, as min(members, key=...) finds it
        if max(days) - min(days) <= window and not clash and attached[least] >= LINKAGE * threshold:
            return members
        del members[least]
    return members


def _who(entry: Entry) -> str:
    return entry.department or entry.source_name or phrase("entry", id=entry.id)
