"""One person by the first given name and one surname, beside the whole name: "María López" and "María
Fernanda López García", "João Silva" and "João Pedro Silva Santos", "Vale Rodríguez" and "Valentina Rodríguez
Castro". Spanish and Portuguese names carry two given names and two surnames; colleagues in other offices
write the first of each (or, in Portuguese, the last surname), and English ones drop a middle name the same way.

A name of two words is a longer one of the workspace (three words or more) when their first words agree (or
the short one's is a short form of it: nicknames.is_short_for) and its second word is one of the longer name's
later words; it counts only when exactly one longer name fits (person_identities decides)."""
from __future__ import annotations

from collections.abc import Iterable

from calendar_core.nicknames import is_short_for


def longer_name(first: str, last: str, longs: Iterable[tuple[tuple[str, str], list[str]]]) -> tuple[str, str] | None:
    """The one longer name that the two-word name (first, last) writes shortly, else None. ``longs``: each
    longer name's key (first, last) with its words (folded), given names first."""
    fits = {key for key, words in longs
            if len(words) >= 3 and last in words[1:]
            and (words[0] == first or is_short_for(first, words[0]))}
    return fits.pop() if len(fits) == 1 else None
