"""A figure that is part of a name ("Falke 300", "Milan 40", "Sperber 12"): both titles writing it says the
name again, not a fact of its own (a price, a share, a count), so it is no shared fact of the pair's evidence
(:func:`~.scoring.gather`); the words' score still counts it as the words both titles write."""
from __future__ import annotations

import functools
import re

from .text import fold, stem


def of_name(number: str, a, b, corpus, names=()) -> bool:
    """Whether a figure both titles write is part of a name they share ("Falke 300", "Milan 40"): each
    writes it right after (one space or a hyphen between) one of the names both titles hold, or
    after one capitalised word the workspace never writes in lower case ("Sperber 12: ..." opening
    both), so it is the name said again, no fact of its own ("Survey on Fahrgastinformation: 49%"
    says a figure of its own). A version ("Talon API 3.2") is one release of the product: a fact."""
    if _VERSION.fullmatch(number):
        return False  # "Kestrel Insight 5.2": one release of the product, a fact of its own
    near_a, near_b = _beside(number, a.entry.title), _beside(number, b.entry.title)
    if not near_a or not near_b:
        return False
    wanted = {stem(n) for n in names}
    lower, root = corpus.lower, corpus.root
    if any(stem(fold(w)) in wanted for w in near_a) and any(stem(fold(w)) in wanted for w in near_b):
        return True
    for word in near_a & near_b:
        written = stem(word.casefold())
        if word[0].isupper() and root.get(written, written) not in lower:
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _beside(number: str, title: str) -> frozenset[str]:
    """The words a title writes right before a figure (one space or a hyphen between; the figure in any
    case: "C1" of "Cargo C1" is the figure "c1"). A model's number follows its name ("Falke 300",
    "KR-7"); a count comes before what it counts ("4.500 Kunden", "40 drivers"), and is a fact.
    (Cached per figure and title: one title meets many others.)"""
    bare = number.rstrip("%")
    lowered = title.lower() if len(title.lower()) == len(title) else title  # (positions kept)
    found: set[str] = set()
    at = lowered.find(bare)
    while at >= 2:
        if title[at - 1] in " -" and title[at - 2].isalpha():
            start = at - 2
            while start > 0 and title[start - 1].isalpha():
                start -= 1
            found.add(title[start:at - 1])
        at = lowered.find(bare, at + 1)
    return frozenset(found)


_VERSION = re.compile(r"v?\d{1,2}(?:\.\d{1,2}){1,2}")  # "4.2", "3.1.1" (as lexical's versions)
