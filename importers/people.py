"""How a record names several people in its one owner field: the one home of that spelling.

Every reader joins the people an entry books the same way ("Ana Costa; Ben Carter"): a sheet's
"Ana & Ben" or two owner columns, a calendar's organizer and attendees. The analysis splits the
field again (calendar_core.analysis.conflicts.people_of) and books each of them.
"""
from __future__ import annotations

from collections.abc import Iterable

PEOPLE_SEPARATOR = "; "


def join_people(names: Iterable[str]) -> str:
    """``names`` as one owner field: each once (case and spacing aside), in order, "; " between."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        name = " ".join((name or "").split())
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return PEOPLE_SEPARATOR.join(out)
