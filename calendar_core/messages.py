"""Messages the window shows in its language: the readers' catalogue and the core's own few.

Every reader warning and refusal is made from one of the English templates of
importers/messages.py; the core adds the doubts it raises about a spreadsheet's columns
(calendar_core/understood.py). :func:`parse_message` gives back the template and the values
from a text made from either, so the window (which never imports a reader) can translate it.
"""
from __future__ import annotations

from importers import messages as _readers
from importers.messages import NESTED, ROLES, QT_TRANSLATE_NOOP, say

LITTLE_CERTAINTY = QT_TRANSLATE_NOOP("Readers", "some columns were recognised with little certainty")
READ_AS_UNSURE = QT_TRANSLATE_NOOP("Readers", "'{column}' read as {role} ({percent} % sure)")
NO_COLUMN_FOR = QT_TRANSLATE_NOOP("Readers", "no column holds the {role}")

CORE = (LITTLE_CERTAINTY, READ_AS_UNSURE, NO_COLUMN_FOR)
CATALOGUE = _readers.CATALOGUE + CORE
_readers.extend(CORE)  # one parser for both


def parse_message(text: str) -> tuple[str, dict[str, str]] | None:
    return _readers.parse_message(text)


def match(text: str, templates) -> tuple[str, dict[str, str]] | None:
    """(template, values) of the one of TEMPLATES that makes TEXT (the most literal one), else None."""
    best = None
    for template in templates:
        m = _readers._pattern(template).fullmatch(text)
        if m is not None and (best is None or _readers._literal(template) > _readers._literal(best[0])):
            best = (template, m.groupdict())
    return best


__all__ = ["CATALOGUE", "NESTED", "ROLES", "match", "parse_message", "say"]
