"""How a record names several people in its one owner field: the one home of that spelling.

Every reader joins the people an entry books the same way ("Ana Costa; Ben Carter"): a sheet's
"Ana & Ben" or two owner columns, a calendar's organizer and attendees. The analysis splits the
field again (calendar_core.analysis.conflicts.people_of) and books each of them.
"""
from __future__ import annotations

import unicodedata
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


def _letters(text: str) -> str:
    """The letters of a name or an address, lower case, accents dropped ("Søndergaard" -> "sndergaard"
    on both sides alike)."""
    plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain if ch.isalpha())


def mail_of(address: str, name: str) -> bool:
    """True when an e-mail address is the named person's own ("ella.forsberg@…", "eforsberg@…" beside
    "Ella Forsberg"): a row naming one person by name and by address (Asana's "Assignee" and
    "Assignee Email") books one person, not two."""
    if "@" not in address or "@" in name or " " not in name.strip():
        return False
    local = _letters(address.split("@", 1)[0])
    words = [_letters(w) for w in name.split()]
    words = [w for w in words if w]
    if len(local) < 3 or len(words) < 2:
        return False
    return local in ("".join(words), words[0][0] + "".join(words[1:]), words[0] + words[-1][0])


def without_own_mail(names: list[str]) -> list[str]:
    """``names`` less the e-mail addresses of people also named in it."""
    return [n for n in names if not any(other is not n and mail_of(n, other) for other in names)]
