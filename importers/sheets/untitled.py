"""A row whose title cell is empty, named by what the row says instead.

The title then falls back to another column. When that column holds a kind that many rows share
("plenary", "keynote", "break") and the row names its person (the speaker, the one on duty), the
kind alone would name several entries alike: the person tells this one apart ("plenary: William
Umboh"), as a programme reader says "the plenary by William Umboh".
"""
from __future__ import annotations


def with_person(fallback: str, column: list, owner: str) -> str:
    """The fallback title, followed by the row's person when the fallback is a kind other rows share."""
    owner = owner.strip() if owner else ""
    if not owner or not fallback or owner.casefold() in fallback.casefold():
        return fallback
    shared = sum(1 for v in column if v and v.strip() == fallback.strip())
    return f"{fallback}: {owner}" if shared > 1 else fallback
