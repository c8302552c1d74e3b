"""Names as evidence: what two titles' places, products and people say about a pair.

A name one title writes and the other also contains ("Lisbon" in "Ribbon-cutting in Lisbon
today") is strong evidence that both are about one thing; each naming something the other
does not ("Our Bozen office" / "a new office in Linz", two people's spotlights) is strong
counter-evidence. Names meet across languages when folded ("Zürich"/"Zurich") or spelt
nearly alike, parting only at the end ("Lisboa"/"Lisbon"). Each name is weighed by its rarity in the workspace, so
a capitalised common noun of a German title counts for little when it is everywhere.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from .text import fold

NEAR = 0.9  # Jaro-Winkler similarity for two spellings of one name


@dataclass(slots=True)
class NameEvidence:
    shared: list[str]  # names both titles contain, rarest first
    only_a: list[str]  # names of the first title the second lacks
    only_b: list[str]
    shared_weight: float  # rarity-weighted (0..1 per name)
    differ_weight: float  # the smaller side's weight of unmatched names
    partial: tuple[str, ...] = ()  # words both titles hold of a name only one of them names whole ("bear")


def _found(name: str, words: frozenset[str]) -> bool:
    if name in words:
        return True
    if len(name) < 5:
        return False
    near = _long_words(words).get(name[0])
    if not near:
        return False
    return any(_alike(name, w) for w in near)


def _alike(name: str, word: str) -> bool:
    """Two spellings of one name: the same, or of five letters or more, nearly alike (Jaro-Winkler) and
    parting only in their last three letters ("Lisbon"/"Lisboa"; not "Moorfield"/"Moonfield", nor
    "Bright"/"Brightline", a word inside a longer name)."""
    if name == word:
        return True
    if len(name) < 5 or len(word) < 5 or word[0] != name[0]:
        return False
    longest = max(len(name), len(word))
    common = 0
    for x, y in zip(name, word):
        if x != y:
            break
        common += 1
    return common >= longest - _TAIL and JaroWinkler.similarity(name, word) >= NEAR


_TAIL = 3  # letters a name's spellings in two languages may differ in, at its end


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
    _UNITS.clear()


def names(fa, fb, weight, rarity=None, said=None) -> NameEvidence:
    """Compare the names (``anchors``) of two titles' features.

    A name of several words ("Bear Foods", ``runs``) is one name: the other title names it when it
    holds every word of it; "Bear Labs" is another name, and "Bear" alone is nothing they share.
    A shared name word weighs ``weight``, a word of a shared name of several words its ``rarity``
    ("Expo" of "FleetTech Expo" counts whole, though "Smart City Expo" holds it too); an unmatched
    name what its rarest word weighs by ``rarity`` (``weight`` when not given). A title's first word
    taken for a name only because a name follows it (``lead``) may be a common word: when a name of
    two words or more follows it, that name is what the other title must hold ("Targi VELO Utrecht" /
    "VELO Utrecht: stand 4B"); "Red Foods" stays apart from "Blue Foods".

    ``said(name)``, when given, tells whether the other title says the word anyway, by a stem both
    titles share: a name whose only missing words are such ("Wartung", a German noun written with a
    capital, of "Webinar: vorausschauende Wartung" against "... predictive maintenance") names nothing
    the other lacks, and is neither shared nor differing."""
    shared: dict[str, float] = {}
    only_a: list[str] = []
    only_b: list[str] = []
    if not fa.anchors and not fb.anchors:
        return NameEvidence([], [], [], 0, 0)
    rarity = rarity or weight
    words_a, words_b = fa.words, fb.words
    wa = wb = 0.0
    partial: set[str] = set()
    for unit in _units(fa):
        found = [name in words_b or _found(name, words_b) for name in unit]
        if not found[0] and len(unit) > 2 and unit[0] == fa.lead and all(found[1:]):
            unit, found = unit[1:], found[1:]  # "Targi VELO Utrecht" names "VELO Utrecht"
        if all(found):
            whole = rarity if len(unit) > 1 else weight  # a whole name matched: its parts' other names do not matter
            for name in unit:
                shared[name] = whole(name)
        elif said is not None and all(f or said(n) for n, f in zip(unit, found)):
            continue
        else:
            only_a.append(" ".join(unit))
            wa += max(map(rarity, unit))
            partial.update(n for n, f in zip(unit, found) if f)
    for unit in _units(fb):
        found = [name in shared or name in words_a or _found(name, words_a) for name in unit]
        if not found[0] and len(unit) > 2 and unit[0] == fb.lead and all(found[1:]):
            unit, found = unit[1:], found[1:]
        if all(found):
            whole = rarity if len(unit) > 1 else weight
            for name in unit:
                if name not in shared and not any(_alike(name, s) for s in shared):
                    shared[name] = whole(name)
        elif said is not None and all(f or said(n) for n, f in zip(unit, found)):
            continue
        else:
            only_b.append(" ".join(unit))
            wb += max(map(rarity, unit))
            partial.update(n for n, f in zip(unit, found) if f)
    ordered = sorted(shared, key=lambda n: (-shared[n], n))
    return NameEvidence(ordered, sorted(only_a), sorted(only_b), math.fsum(shared.values()), min(wa, wb),
                        tuple(sorted(partial - shared.keys())))


def with_differing(found: NameEvidence, slots: tuple[str, str], weight) -> NameEvidence:
    """``found`` with two more names each title names and the other does not (``slots``, as written:
    what each title's frame holds, see :mod:`.swaps`), each weighed by its rarest word."""
    sides = []
    for slot in slots:
        words = [fold(w) for w in slot.split()]
        sides.append(max((weight(w) for w in words if w), default=0.0))
    only_a = sorted({*found.only_a, slots[0]})
    only_b = sorted({*found.only_b, slots[1]})
    return NameEvidence(found.shared, only_a, only_b, found.shared_weight, max(found.differ_weight, min(sides)),
                        found.partial)


def _units(f) -> list[tuple[str, ...]]:
    """A title's names: its names of several words, then each other name word alone (sorted: the sums
    come out the same whatever order the hash seed gives the sets)."""
    key = (f.anchors, f.runs)
    found = _UNITS.get(key)
    if found is None:
        if len(_UNITS) > 100_000:
            _UNITS.clear()
        if not f.runs:
            found = [(n,) for n in sorted(f.anchors)]
        else:
            inside = set().union(*f.runs)
            found = sorted(f.runs) + [(n,) for n in sorted(f.anchors - inside)]
        _UNITS[key] = found
    return found


_UNITS: dict[tuple[frozenset, frozenset], list[tuple[str, ...]]] = {}  # (never changed by the callers)
