"""Word statistics over all items analysed together: stem roots, rarity, formats and proper names."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain, repeat
from operator import attrgetter
from typing import Sequence

import numpy as np
from rapidfuzz.distance import Hamming

from .items import Item
from .text import _NAME_WORD_RE, features, fold, stem

_NONE: frozenset = frozenset()
_FEATS, _STEMS, _LABEL, _UPPER, _LOWER, _LINKS, _WORDS, _PHRASES = map(attrgetter, (
    "feats", "stems", "label", "upper", "lower", "links", "words", "phrases"))
WEIGHT_POWER = 2.0
WEIGHT_FLOOR = 1.5


class Corpus:
    """Word statistics over all entries analysed together.

    * stems that are a long prefix of another ("promo"/"promot") are merged;
    * a label that starts many titles ("We're hiring:", "Feature focus –") is a
      series template, not content, and is left out of the comparison;
    * rarity (IDF) weighs each stem; proper names are learnt from capitals.
    """

    def __init__(self, items: Sequence[Item], window: int = 7):
        n = max(len(items), 1)
        self.n = n
        self.window = window
        feats = list(map(_FEATS, items))
        vocab: set[str] = set().union(*map(_STEMS, feats))
        labels = Counter(filter(None, map(_LABEL, feats)))
        # Only words the workspace writes in lower case somewhere meet their shorter or other spellings:
        # a name never written so ("Brightwood", "Moorfield") is no form of "Bright" or "Moonfield".
        lower: set[str] = set().union(*map(_LOWER, feats))
        self.root = _prefix_roots(vocab, lower)
        for word, other in _spelling_roots((vocab - set(self.root)) & lower).items():
            self.root[word] = self.root.get(other, other)
        template = max(3, int(0.01 * n))
        self.templates = _recurring(items, labels, template, window)
        root = self.root
        templates = self.templates
        merged = root.keys()
        for item in items:
            f = item.feats
            stems = f.stems
            if templates and f.label in templates:
                content = stems - f.label_stems
                stems = content or stems
            # a title's stems are kept as they are (the same set) when none of them has a root
            item.stems = stems if merged.isdisjoint(stems) else frozenset(map(root.get, stems, stems))
        _topics(items, root, window)
        df: dict[str, int] = Counter(chain.from_iterable(map(_STEMS, items)))  # counted in the items' order
        self.df = df
        self.idf = {s: _weight(n, c) for s, c in df.items()}
        self.max_idf = _weight(n, 1)
        upper: set[str] = set().union(*map(_UPPER, feats))
        upper = set(map(root.get, upper, upper))
        lower = set(map(root.get, lower, lower))
        self.lower = lower  # stems the workspace writes in lower case somewhere
        common = max(3, int(0.02 * n))
        self.names = frozenset(s for s in upper - lower if df.get(s, 0) <= common)
        names = self.names
        for item in items:
            item.weight = self.weight(item.stems)
            item.names = item.stems & names if names else _NONE
        # Descriptions get their own rarity: boilerplate such as "Status: Scheduled"
        # in every exported description counts for nothing.
        described = [f.desc_stems for f in feats if f.desc_stems]
        desc_df = Counter(chain.from_iterable(described))
        self.desc_idf = {s: _weight(max(len(described), 1), c) for s, c in desc_df.items()}
        # A link on many entries (a landing page, a booking form) is not one effort.
        link_df = Counter(chain.from_iterable(map(_LINKS, feats)))
        self.generic_links = frozenset(k for k, c in link_df.items() if c > max(6, 0.02 * n))
        # Rarity of the folded words, to weigh the names two titles share or do not share.
        self.word_df = Counter(chain.from_iterable(map(_WORDS, feats)))
        self.name_parts = _name_parts(feats)
        self.log_n = math.log(n + 1)
        self.vectors = np.zeros((0, 0), dtype=np.float32)  # title meaning, one row per item
        self._team_stems: dict[str, frozenset[str]] = {}
        self._word_weights: dict[str, float] = {}
        self._desc_weights: dict[frozenset[str], float] = {}
        self._anchor_weights: dict[frozenset[str], float] = {}

    def team_stems(self, item: Item) -> frozenset[str]:
        """The words of an entry's department name ("support" for Customer Support): no topic of its own."""
        found = self._team_stems.get(item.team)
        if found is None:
            found = self._team_stems[item.team] = frozenset(
                self.root.get(s, s) for s in features(item.entry.department).stems) if item.entry.department else frozenset()
        return found

    def rarity(self, word: str) -> float:
        """0..1: 1 for a folded word in one entry, near 0 for one in every entry."""
        return math.log((self.n + 1) / self.word_df.get(word, 1)) / self.log_n

    def word_weight(self, word: str) -> float:
        """0..1: 1 for a word in one entry, near 0 for one in every entry; a word that is part of several
        names ("Foods" of "Red Foods" and "North Foods") counts once for each of them (cached per word)."""
        found = self._word_weights.get(word)
        if found is None:
            found = self._word_weights[word] = self.rarity(word) / self.name_parts.get(word, 1)
        return found

    def anchor_weight(self, anchors: frozenset[str]) -> float:
        """The most a title's name-like words can weigh, summed (cached per distinct set): each word's
        rarity, since a word of a whole name two titles share is not lowered for its other names."""
        found = self._anchor_weights.get(anchors)
        if found is None:
            found = self._anchor_weights[anchors] = math.fsum(self.rarity(n) for n in anchors)
        return found

    def desc_weight(self, desc_stems: frozenset[str]) -> float:
        """The rarity weight of a description's stems (cached: a description takes part in many pairs)."""
        found = self._desc_weights.get(desc_stems)
        if found is None:
            didf = self.desc_idf
            found = self._desc_weights[desc_stems] = math.fsum(didf.get(t, 0.0) for t in desc_stems)
        return found

    def weight(self, stems) -> float:
        # fsum: exactly rounded, so a set's weight is the same whatever order the hash seed gives it
        return math.fsum(map(self.idf.get, stems, repeat(self.max_idf, len(stems))))


def _recurring(items: Sequence[Item], labels: Counter, least: int, window: int) -> frozenset[str]:
    """The labels that are a recurring format: written on at least ``least`` titles, and over more
    than the window ("We're hiring:" week after week). A label only written within one window
    ("Acme x Partner: the capsule collection" by four offices in one week) is one effort, said
    several times: what follows it is not the format's next instance."""
    frequent = {label for label, count in labels.items() if count >= least}
    if not frequent:
        return frozenset()
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for item in items:
        label = item.feats.label
        if label in frequent:
            day = item.day
            if first.setdefault(label, day) > day:
                first[label] = day
            if last.setdefault(label, day) < day:
                last[label] = day
    return frozenset(label for label in frequent if last[label] - first[label] > window)


def _weight(n: int, df: int) -> float:
    """Rarity weight: words in more than ~1 in 5 entries count for almost nothing."""
    return max(math.log(n / df) - WEIGHT_FLOOR, 0.05) ** WEIGHT_POWER


def _topics(items: Sequence[Item], root: dict[str, str], window: int) -> None:
    """Each item's recurring two-word topics, as sorted pairs of stems ("chess", "club"): words written
    next to each other (a label's words left out) by entries further apart than the window. A topic
    comes back over the weeks; one story told by three departments in a few days is one effort,
    not a recurring topic."""
    written: list[frozenset] = []
    first: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], int] = {}
    for item in items:
        f = item.feats
        found = f.neighbours
        if found and (f.label_stems or root):
            label = f.label_stems
            found = frozenset(_sorted_pair(root.get(x, x), root.get(y, y)) for x, y in found
                              if x not in label and y not in label) - {None}
        written.append(found)
        day = item.day
        for pair in found:
            if first.setdefault(pair, day) > day:
                first[pair] = day
            if last.setdefault(pair, day) < day:
                last[pair] = day
    recurring = {p for p, d in first.items() if last[p] - d > window}
    if recurring:
        for item, found in zip(items, written):
            if found:
                item.topics = frozenset(recurring.intersection(found)) or None


def _sorted_pair(x: str, y: str) -> tuple[str, str] | None:
    return None if x == y else (x, y) if x < y else (y, x)


def other_topics(a: Item, b: Item, shared: frozenset[str], stems_a, stems_b) -> frozenset[str]:
    """When two titles each name recurring topics and neither names one of the other's ("the chess club"
    / "the book club"; "Tips for the graduate tour" / "Tips for the alumni league"), the words they
    share are no subject of theirs: those shared words (empty when the topics meet). A topic meets
    the other title when it writes both its words, in any order and spelling ("webinaire nutrition");
    a shared name ("Fivetran") is the subject itself, whatever stands beside it."""
    ta, tb = a.topics, b.topics
    if not (ta and tb and shared):
        return _NONE
    if any(_named(x, stems_b) and _named(y, stems_b) for x, y in ta) or any(
            _named(x, stems_a) and _named(y, stems_a) for x, y in tb):
        return _NONE
    fa, fb = a.feats, b.feats
    if (fa.numbers and not fa.numbers.isdisjoint(fb.numbers)) or (fa.dates and not fa.dates.isdisjoint(fb.dates)) or (
            fa.links and not fa.links.isdisjoint(fb.links)):
        return _NONE  # a shared figure, date or link names one thing
    names = a.names | b.names
    if not names.isdisjoint(shared) or not {stem(w) for w in a.feats.anchors | b.feats.anchors}.isdisjoint(shared):
        return _NONE
    return shared


def _named(word: str, stems) -> bool:
    """Whether a title writes a word, or one that begins as it does ("webinair" for "webinar": the
    length :func:`_prefix_roots` asks of a form of a word)."""
    if word in stems:
        return True
    for s in stems:
        k = max(4, math.ceil(0.6 * min(len(word), len(s))))
        if len(word) >= k and len(s) >= k and word[:k] == s[:k]:
            return True
    return False


def _name_parts(feats) -> dict[str, int]:
    """For each folded word of the workspace's names of two words or more (runs of capitalised words:
    "Red Foods", "Ines Carvalho"), how many different names it is part of, where more than one."""
    parts: Counter = Counter()
    for name in {" ".join(map(fold, _NAME_WORD_RE.findall(p))) for p in set().union(*map(_PHRASES, feats))}:
        parts.update(set(name.split()))
    return {w: c for w, c in parts.items() if c > 1}


def _prefix_roots(vocab: set[str], lower: set[str]) -> dict[str, str]:
    """Map a stem to a shorter stem of the corpus that covers most of it ("promot" -> "promo"); only
    stems written in lower case somewhere (``lower``) are forms of another word."""
    roots: dict[str, str] = {}
    for s in sorted(vocab, key=len):
        if s not in lower or any(ch.isdigit() for ch in s):
            continue
        lowest = max(4, math.ceil(0.6 * len(s)))
        for k in range(lowest, len(s)):
            prefix = s[:k]
            if prefix in vocab:
                roots[s] = roots.get(prefix, prefix)
                break
    return roots


def _spelling_roots(vocab: set[str]) -> dict[str, str]:
    """Spellings one letter apart ("optimisation"/"optimization", a typo) meet: words of
    six letters or more, same length, same first three letters, Hamming distance 1."""
    buckets: dict[tuple[int, str], list[str]] = defaultdict(list)
    for s in vocab:
        if len(s) >= 6 and s.isalpha():
            buckets[(len(s), s[:3])].append(s)
    roots: dict[str, str] = {}
    for words in buckets.values():
        if len(words) < 2:
            continue
        words.sort()
        for k, word in enumerate(words):
            for other in words[:k]:
                if Hamming.distance(word, other, score_cutoff=1) <= 1:
                    roots[word] = roots.get(other, other)
                    break
    return roots
