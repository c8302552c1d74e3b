"""Word statistics over all items analysed together: stem roots, rarity, formats and proper names."""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Sequence

import numpy as np
from rapidfuzz.distance import Hamming

from .items import Item
from .text import features

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
        vocab: set[str] = set()
        labels: dict[str, int] = defaultdict(int)
        for item in items:
            vocab |= item.feats.stems
            if item.feats.label:
                labels[item.feats.label] += 1
        self.root = _prefix_roots(vocab)
        for word, other in _spelling_roots(vocab - set(self.root)).items():
            self.root[word] = self.root.get(other, other)
        template = max(3, int(0.01 * n))
        self.templates = frozenset(label for label, count in labels.items() if count >= template)
        df: dict[str, int] = defaultdict(int)
        root = self.root
        for item in items:
            stems = item.feats.stems
            if item.feats.label in self.templates:
                content = stems - item.feats.label_stems
                stems = content or stems
            item.stems = frozenset(root.get(s, s) for s in stems)
            for s in item.stems:
                df[s] += 1
        self.df = df
        self.idf = {s: _weight(n, c) for s, c in df.items()}
        self.max_idf = _weight(n, 1)
        upper: set[str] = set()
        lower: set[str] = set()
        for item in items:
            upper |= item.feats.upper
            lower |= item.feats.lower
        upper = {root.get(s, s) for s in upper}
        lower = {root.get(s, s) for s in lower}
        common = max(3, int(0.02 * n))
        self.names = frozenset(s for s in upper - lower if df.get(s, 0) <= common)
        for item in items:
            item.weight = self.weight(item.stems)
            item.names = item.stems & self.names
        # Descriptions get their own rarity: boilerplate such as "Status: Scheduled"
        # in every exported description counts for nothing.
        described = [item for item in items if item.feats.desc_stems]
        desc_df: dict[str, int] = defaultdict(int)
        for item in described:
            for s in item.feats.desc_stems:
                desc_df[s] += 1
        self.desc_idf = {s: _weight(max(len(described), 1), c) for s, c in desc_df.items()}
        # A link on many entries (a landing page, a booking form) is not one effort.
        link_df: dict[str, int] = defaultdict(int)
        for item in items:
            for link in item.feats.links:
                link_df[link] += 1
        self.generic_links = frozenset(k for k, c in link_df.items() if c > max(6, 0.02 * n))
        # Rarity of the folded words, to weigh the names two titles share or do not share.
        word_df: dict[str, int] = defaultdict(int)
        for item in items:
            for w in item.feats.words:
                word_df[w] += 1
        self.word_df = word_df
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

    def word_weight(self, word: str) -> float:
        """0..1: 1 for a word in one entry, near 0 for one in every entry (cached per word)."""
        found = self._word_weights.get(word)
        if found is None:
            found = self._word_weights[word] = math.log((self.n + 1) / self.word_df.get(word, 1)) / self.log_n
        return found

    def anchor_weight(self, anchors: frozenset[str]) -> float:
        """The word weights of a title's name-like words, summed (cached per distinct set)."""
        found = self._anchor_weights.get(anchors)
        if found is None:
            found = self._anchor_weights[anchors] = math.fsum(self.word_weight(n) for n in anchors)
        return found

    def desc_weight(self, desc_stems: frozenset[str]) -> float:
        """The rarity weight of a description's stems (cached: a description takes part in many pairs)."""
        found = self._desc_weights.get(desc_stems)
        if found is None:
            didf = self.desc_idf
            found = self._desc_weights[desc_stems] = math.fsum(didf.get(t, 0.0) for t in desc_stems)
        return found

    def weight(self, stems) -> float:
        idf, top = self.idf, self.max_idf
        # fsum: exactly rounded, so a set's weight is the same whatever order the hash seed gives it
        return math.fsum([idf.get(s, top) for s in stems])


def _weight(n: int, df: int) -> float:
    """Rarity weight: words in more than ~1 in 5 entries count for almost nothing."""
    return max(math.log(n / df) - WEIGHT_FLOOR, 0.05) ** WEIGHT_POWER


def _prefix_roots(vocab: set[str]) -> dict[str, str]:
    """Map a stem to a shorter stem of the corpus that covers most of it ("promot" -> "promo")."""
    roots: dict[str, str] = {}
    for s in sorted(vocab, key=len):
        if any(ch.isdigit() for ch in s):
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
