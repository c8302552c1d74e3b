"""Stable keys for conflicts and duplicate groups, and attaching decisions.

A key is built only from the item's kind and the identities of its entries
(source file name + source reference), which survive re-imports; an overload is
keyed by its channel and day, so it keeps its decision when posts are added.
"""
from __future__ import annotations

import hashlib
from datetime import date
from typing import Iterable, Mapping

from calendar_core.model import Decision, Entry
from calendar_core.names import compact_key


def identities_key(kind: str, identities: Iterable[str]) -> str:
    joined = "\n".join(sorted(set(identities)))
    return f"{kind}:{hashlib.sha1(joined.encode('utf-8')).hexdigest()}"


def item_key(kind: str, entries: Iterable[Entry]) -> str:
    return identities_key(kind, (e.identity for e in entries))


MEMBER_HASH = 12  # hex digits per member in a group key


def members_key(kind: str, entries: Iterable[Entry]) -> str:
    """"<kind>:<h1>+<h2>+…": one short hash per member identity, sorted. A group's members can be
    read back from its key, so a decision taken on a group carries to a larger group later."""
    hashes = sorted({hashlib.sha1(e.identity.encode("utf-8")).hexdigest()[:MEMBER_HASH] for e in entries})
    return f"{kind}:{'+'.join(hashes)}"


def members_of(key: str) -> frozenset[str]:
    _, _, rest = key.partition(":")
    parts = rest.split("+")
    if len(parts) < 2 or any(len(p) != MEMBER_HASH for p in parts):
        return frozenset()
    return frozenset(parts)


def overload_key(channel: str, day: date, *, normalised: bool = False) -> str:
    """"overload:<channel key>:<ISO day>"; ``normalised`` when ``channel`` is already a compact key."""
    return f"overload:{channel if normalised else compact_key(channel)}:{day.isoformat()}"


GROUP_KINDS = ("slot_clash", "double_booking")  # overlap groups, which can gain members
_LEGACY_PAIRS_UP_TO = 12  # groups this small also look up decisions made on one of their pairs


def attach_decisions(result, decisions: Mapping[str, Decision]) -> None:
    """Set ``decision``/``note`` on every conflict and group whose key was decided.

    An overlap group (slot clash, double booking) that grew since it was decided
    keeps the decision: a decision whose remembered members all belong to the
    group carries over (the latest such one). Decisions stored before members were
    remembered were made on pairs; a small group finds them by its pairs' keys.
    Items without a decision get ``None`` and an empty note, so re-attaching after
    a decision is withdrawn clears it.
    """
    carry = _Carry(decisions)  # overlap groups (slot clashes, double bookings) that gained entries
    grown = _grown_groups(decisions)  # groups whose keys name their members (duplicates, copies)
    legacy = getattr(result, "legacy_keys", None) or {}
    for item in list(result.conflicts) + list(result.duplicates) + list(getattr(result, "copies", ())):
        decision = decisions.get(item.key)
        if decision is None and legacy:  # decided before group keys named their members
            decision = decisions.get(legacy.get(item.key, ""))
        if decision is None and getattr(item, "kind", None) in GROUP_KINDS and carry:
            decision = carry.find(item)
        if decision is None and grown:
            decision = _carried(item.key, grown)
        item.decision = decision.status if decision is not None else None
        item.note = (decision.note or "") if decision is not None else ""


class _Carry:
    """Decisions of overlap groups, indexed by one member identity each."""

    def __init__(self, decisions: Mapping[str, Decision]):
        self.by_member: dict[str, list[Decision]] = {}
        self.legacy: dict[str, Decision] = {}
        for key, d in decisions.items():
            kind = key.split(":", 1)[0]
            if kind not in GROUP_KINDS:
                continue
            if d.members:
                self.by_member.setdefault(min(d.members), []).append(d)
            else:
                self.legacy[key] = d

    def __bool__(self) -> bool:
        return bool(self.by_member or self.legacy)

    def find(self, item) -> Decision | None:
        identities = item.identities() if hasattr(item, "identities") else []
        if not identities:
            return None
        kind = item.kind
        members = set(identities)
        found = [d for i in members for d in self.by_member.get(i, ())
                 if d.item_key.startswith(kind + ":") and members.issuperset(d.members)]
        if not found and self.legacy and len(members) <= _LEGACY_PAIRS_UP_TO:
            ordered = sorted(members)
            found = [d for k, a in enumerate(ordered) for b in ordered[k + 1:]
                     if (d := self.legacy.get(identities_key(kind, (a, b)))) is not None]
        if not found:
            return None
        return max(found, key=lambda d: (d.decided_at is not None, d.decided_at or 0, d.item_key))


def _grown_groups(decisions: Mapping[str, Decision]) -> dict[str, list[tuple[frozenset[str], Decision]]]:
    """Decided group keys by kind, with the members each names."""
    out: dict[str, list[tuple[frozenset[str], Decision]]] = {}
    for key, decision in decisions.items():
        members = members_of(key)
        if members:
            out.setdefault(key.partition(":")[0], []).append((members, decision))
    return out


def _carried(key: str, grown) -> Decision | None:
    """The decision of the largest decided group that this group contains (it gained members)."""
    members = members_of(key)
    if not members:
        return None
    best = None
    for decided, decision in grown.get(key.partition(":")[0], ()):
        if decided <= members and (best is None or len(decided) > len(best[0])):
            best = (decided, decision)
    return best[1] if best else None
