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


def overload_key(channel: str, day: date, *, normalised: bool = False) -> str:
    """"overload:<channel key>:<ISO day>"; ``normalised`` when ``channel`` is already a compact key."""
    return f"overload:{channel if normalised else compact_key(channel)}:{day.isoformat()}"


def attach_decisions(result, decisions: Mapping[str, Decision]) -> None:
    """Set ``decision``/``note`` on every conflict and group whose key was decided.

    Items without a decision get ``None`` and an empty note, so re-attaching after
    a decision is withdrawn clears it.
    """
    for item in list(result.conflicts) + list(result.duplicates):
        decision = decisions.get(item.key)
        item.decision = decision.status if decision is not None else None
        item.note = (decision.note or "") if decision is not None else ""
