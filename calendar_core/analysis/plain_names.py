"""A pair that shares nothing but one plain name: a first name or a place, no subject.

"Studio session with Aisha" / "Customer story: Aisha in Jakarta", "Halcyon Live Sydney: tickets" /
"Customer story: Ethan in Sydney": each title says its own subject and both happen to name one
person or city. A plain name is one word written as names of people and places are (a capital,
then small letters; no figure after it): many posts of many kinds name it. A coined name
("SkyTrack", "KR-7", "Falke 300") or a name of several words ("Bear Foods") is a product's, an
event's, a partner's: sharing it stays evidence. Two titles in two languages are left as they are
(their other words cannot meet: :mod:`.crosslang`). Where the meaning agrees ("Our Lisbon office is
open" / "Ribbon-cutting in Lisbon today") the pair stays what the evidence says.
"""
from __future__ import annotations

import re

from .items import Item
from .languages import title_language
from .text import fold

PLAIN_MEANING = 0.55  # titles at least this alike in meaning say one thing, whatever they share
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_FIGURE_AFTER_RE = re.compile(r"[ +\-]?\d")


def only_a_plain_name(a: Item, b: Item, shared_names: list[str], shared_stems: frozenset[str],
                      name_stems: set[str], meaning: float) -> bool:
    """Whether the pair's shared words are one plain name (``shared_names``: the names both titles
    contain, folded; ``name_stems``: the shared stems that are those names) and each title says
    something else besides."""
    if len(shared_names) != 1 or meaning >= PLAIN_MEANING or not shared_stems <= name_stems:
        return False
    la, lb = title_language(a.entry.title), title_language(b.entry.title)
    if la and lb and la != lb:
        return False  # two languages: the other words cannot meet, whatever they say ("Unser Büro in Bozen")
    name = shared_names[0]
    for item in (a, b):
        if not _plain(item.entry.title, name):
            return False
        if not (item.stems - shared_stems):
            return False  # a title that says nothing but the name: the name is its subject
    return True


def _plain(title: str, name: str) -> bool:
    """Whether a title writes the (folded) name as one plain word: a capital, then small letters, no
    figure after it."""
    for match in _WORD_RE.finditer(title):
        word = match.group(0)
        if fold(word) != name:
            continue
        if not (word[0].isupper() and word[1:].islower()):
            return False
        if _FIGURE_AFTER_RE.match(title, match.end()):
            return False
        return True
    return False
