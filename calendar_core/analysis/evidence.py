"""Names as evidence: what two titles' places, products and people say about a pair.

A name one title writes and the other also contains ("Lisbon" in "Ribbon-cutting in Lisbon
today") is strong evidence that both are about one thing; each naming something the other
does not ("Our Bozen office" / "a new office in Linz", two people's spotlights) is strong
counter-evidence. Names meet across languages when folded ("Zürich"/"Zurich") or spelt
nearly alike ("Lisboa"/"Lisbon"). Each name is weighed by its rarity in the workspace, so
a capitalised common noun of a German title counts for little when it is everywhere.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

NEAR = 0.9  # Jaro-Winkler similarity for two spellings of one name


@dataclass(slots=True)
class NameEvidence:
    shared: list[str]  # names both titles contain, rarest first
    only_a: list[str]  # names of the first title the second lacks
    only_b: list[str]
    shared_weight: float  # rarity-weighted (0..1 per name)
    differ_weight: float  # the smaller side's weight of unmatched names


def _found(name: str, words: frozenset[str]) -> bool:
    if name in words:
        return True
    if len(name) < 5:
        return False
    near = _long_words(words).get(name[0])
    if not near:
        return False
    return process.extractOne(name, near, scorer=JaroWinkler.similarity, score_cutoff=NEAR) is not None


def _alike(name: str, word: str) -> bool:
    """``_found(name, {word})``, without caching a one-word set."""
    return name == word or (len(name) >= 5 and len(word) >= 5 and word[0] == name[0]
                            and JaroWinkler.similarity(name, word) >= NEAR)


_LONG: dict[frozenset[str], dict[str, list[str]]] = {}


def _long_words(words: frozenset[str]) -> dict[str, list[str]]:
    """A title's words of five letters or more, by first letter: the ones a name may be spelt
    nearly alike to (cached per distinct set of words; a title takes part in many pairs)."""
    found = _LONG.get(words)
    if found is None:
        if len(_LONG) > 100_000:
            _LONG.clear()
        found = {}
        for w in words:
            if len(w) >= 5:
                found.setdefault(w[0], []).append(w)
        _LONG[words] = found
    return found


def clear_cache() -> None:
    _LONG.clear()


def names(fa, fb, weight) -> NameEvidence:
    """Compare the name-like words (``anchors``) of two titles' features."""
    shared: dict[str, float] = {}
    only_a: list[str] = []
    only_b: list[str] = []
    if not fa.anchors and not fb.anchors:
        return NameEvidence([], [], [], 0, 0)
    words_a, words_b = fa.words, fb.words
    for name in fa.anchors:
        if name in words_b or _found(name, words_b):
            shared[name] = weight(name)
        else:
            only_a.append(name)
    for name in fb.anchors:
        if name in shared:
            continue
        if name in words_a or _found(name, words_a):
            if not any(_alike(name, s) for s in shared):
                shared[name] = weight(name)
        else:
            only_b.append(name)
    wa = math.fsum(map(weight, only_a))  # fsum: the same whatever order the hash seed gives
    wb = math.fsum(map(weight, only_b))
    ordered = sorted(shared, key=lambda n: (-shared[n], n))
    return NameEvidence(ordered, sorted(only_a), sorted(only_b), math.fsum(shared.values()), min(wa, wb))
