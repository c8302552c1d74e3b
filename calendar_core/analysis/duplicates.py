"""Duplicated efforts: entries of different departments about the same thing.

Pipeline:

1. every entry's title/description becomes :class:`~.text.TextFeatures` (stems, figures,
   dates, names); a series takes part once, by its first occurrence. :class:`Corpus` learns
   from all entries together which words are rare, which title labels are recurring formats
   ("We're hiring:") and which capitalised words are proper names; each distinct title gets
   a meaning vector (:mod:`.meaning`, a sentence model shipped in a package);
2. candidate pairs come from time blocks (entries within ±D days): the weighted word overlap
   (``rapidfuzz.process.cdist`` over token strings, each stem one character repeated by its
   rarity) where the meaning does not disagree, the closest title in meaning, and every pair
   sharing a link;
3. each candidate's evidence (:func:`gather`): the words (:func:`lexical_score`: rarity-weighted
   cosine raised by a shared link, campaign, number or date, lowered when numbers, versions,
   dates, months, phase or a recurring format differ), the meaning, the names both titles
   contain or not (:mod:`.evidence`), a shared figure or date and the distance in days, weighed
   by :func:`combine` (a logistic fit on generated companies, and the words alone where no name
   contradicts them and the meaning agrees);
4. pairs above the threshold are grouped (:mod:`.grouping`): A≈B≈C is one group, never
   chaining past the window, never two entries of one department or one recurring series;
   each group says why (:func:`explain_pair`).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Hamming
from threadpoolctl import threadpool_limits

from calendar_core.model import DuplicateGroup, Entry
from calendar_core.names import name_key
from calendar_core.settings import Settings
from importers.bulk import without_collector

from . import evidence, meaning, text
from .grouping import allowed as _allowed
from .grouping import group
from .phrases import day_month, decimal, first_part, joined, phrase
from .text import TextFeatures, features, fold, stem
from .timeutil import LocalClock

_YEARS = range(1900, 2101)


@dataclass(slots=True)
class Item:
    entry: Entry
    day: int  # local calendar day (ordinal)
    team: str
    series: tuple | None
    feats: TextFeatures
    stems: frozenset[str] = frozenset()  # content stems, set by Corpus
    weight: float = 0.0  # their total rarity weight, set by Corpus
    names: frozenset[str] = frozenset()  # stems that are proper names, set by Corpus
    campaign: str = ""
    vector: int = -1  # row of the corpus' meaning matrix, set by find_duplicates


@dataclass(slots=True)
class PairScore:
    score: float
    reasons: list[str]
    against: float = 1.0  # product of the counter-evidence factors (different dates, numbers, phase...)
    strong: bool = False  # a shared link, date or number


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

    def team_stems(self, item: Item) -> frozenset[str]:
        """The words of an entry's department name ("support" for Customer Support): no topic of its own."""
        found = self._team_stems.get(item.team)
        if found is None:
            found = self._team_stems[item.team] = frozenset(
                self.root.get(s, s) for s in features(item.entry.department).stems) if item.entry.department else frozenset()
        return found

    def word_weight(self, word: str) -> float:
        """0..1: 1 for a word in one entry, near 0 for one in every entry."""
        return math.log((self.n + 1) / self.word_df.get(word, 1)) / self.log_n

    def weight(self, stems) -> float:
        idf = self.idf
        return sum(idf.get(s, self.max_idf) for s in stems)


CANDIDATES_PER_ENTRY = 6  # at most this many later entries are scored against one entry
MEANING_CANDIDATE = 0.5  # titles this alike in meaning are scored even when they share no word
MEANING_PER_ENTRY = 1  # ... at most this many per entry
CANDIDATE_ROWS = 256  # items whose candidates are found at once (bounds the matrices)
CANDIDATE_DIMENSIONS = 128  # candidates are found on this prefix of the meaning vectors
DICE_ALONE = 40  # shared words alone make a candidate from this overlap (weighted %)
MEANING_WITH_WORDS = 0.3  # ... below it, the meaning must be at least this
CANDIDATE_DICE = 18  # weighted % overlap of stems for a pair to be scored at all
SAME_FORMAT_SIM = 0.8  # two posts of one recurring title format must say nearly the same
TIME_DECAY = 0.3  # a pair D days apart keeps 70 % of its text score
WEIGHT_POWER = 2.0
WEIGHT_FLOOR = 1.5


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


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and int(token) in _YEARS


def _as_written(number: str, *titles: str) -> str:
    """A figure as a title writes it, with its currency and unit ("€40m"), when one does."""
    bare = number.rstrip("%")
    for title in titles:
        for found in re.finditer(r"[^\s()]*" + re.escape(bare) + r"[^\s(),!?:;]*", title or ""):
            token = found.group(0).strip(".,")
            if token != bare and not any(ch.isdigit() for ch in token.replace(bare, "", 1)):
                return token
    return number


def _identifying(number: str) -> bool:
    """A figure that names one thing: not a year, not a single digit ("#1", "in 1 minute")."""
    return not _is_year(number) and not (number.isdigit() and len(number) == 1)


_VERSION_RE = re.compile(r"v?\d{1,2}(?:\.\d{1,2}){1,2}")  # "4.2", "3.1.1"; not "10.000"


def _same_role(number: str, fa: TextFeatures, fb: TextFeatures, corpus: Corpus) -> bool:
    """A version ("4.2") names one thing only beside the same word ("Release 4.2" is not "help articles
    for 4.2"); other figures ("€40m", "23 %") stand for themselves, in any language."""
    if not _VERSION_RE.fullmatch(number):
        return True
    root = corpus.root
    near_a = {root.get(s, s) for s in fa.number_context.get(number, ())}
    near_b = {root.get(s, s) for s in fb.number_context.get(number, ())}
    return bool(near_a & near_b) or not near_a or not near_b


def _fmt_date(md: tuple[int, int]) -> str:
    return day_month(*md)


def _apart(days: int) -> str:
    return phrase("same_day") if days == 0 else phrase("one_day_apart") if days == 1 else phrase("days_apart", n=days)


def lexical_score(a: Item, b: Item, corpus: Corpus, explain: bool = True) -> PairScore:
    """What the words say (0..1): shared rare stems, raised by shared facts, lowered by differing ones."""
    fa, fb = a.feats, b.feats
    reasons: list[str] = []
    stems_a, stems_b, wa, wb = a.stems, b.stems, a.weight, b.weight
    if fa.label and fa.label == fb.label and fa.label not in corpus.templates:
        # One label ("Meetup recap: …") is a shared format: compare what follows it.
        label = {corpus.root.get(s, s) for s in fa.label_stems}
        rest_a, rest_b = stems_a - label, stems_b - label
        if rest_a or rest_b:
            stems_a, stems_b = rest_a, rest_b
            wa, wb = corpus.weight(stems_a), corpus.weight(stems_b)
    shared = stems_a & stems_b
    sim = corpus.weight(shared) / math.sqrt(wa * wb) if shared and wa > 0 and wb > 0 else 0.0
    if fa.desc_stems and fb.desc_stems:
        didf = corpus.desc_idf
        da = sum(didf.get(t, 0.0) for t in fa.desc_stems)
        db = sum(didf.get(t, 0.0) for t in fb.desc_stems)
        dshared = sum(didf.get(t, 0.0) for t in fa.desc_stems & fb.desc_stems)
        dsim = dshared / math.sqrt(da * db) if dshared and da > 0 and db > 0 else 0.0
        if explain and dsim > sim:
            reasons.append(phrase("descriptions_alike", percent=round(dsim * 100)))
        sim = max(sim, 0.5 * sim + 0.5 * dsim)
    days = abs(a.day - b.day)
    window = max(corpus.window, 1)
    score = sim * (1.0 - TIME_DECAY * min(days, window) / window)
    if explain:
        reasons.insert(0, joined(", ", (phrase("titles_alike", percent=round(sim * 100)), _apart(days))))

    # What raises a pair: a shared link, campaign, date, number or name.
    strong = False
    if fa.links and fb.links:
        if (fa.links & fb.links) - corpus.generic_links:
            score = max(score, 0.95)
            strong = True
            if explain:
                reasons.insert(0, phrase("same_link"))
        else:
            score *= 0.8  # each links somewhere else
    if a.campaign and a.campaign == b.campaign and sim >= 0.4:
        score += 0.05
        if explain:
            reasons.append(phrase("same_campaign", campaign=a.entry.campaign.strip()))
    common_dates = fa.dates & fb.dates
    if common_dates:
        score += 0.15
        strong = True
        if explain:
            reasons.append(phrase("both_name", what=_fmt_date(min(common_dates))))
    only_a = only_b = ()
    if fa.numbers or fb.numbers:
        only_a = sorted(fa.numbers - fb.numbers)
        only_b = sorted(fb.numbers - fa.numbers)
        same = sorted(t for t in fa.numbers & fb.numbers if not _is_year(t) and _same_role(t, fa, fb, corpus))
        if same and not (only_a and only_b):
            score += 0.1
            strong = True
            if explain:
                reasons.append(phrase("both_name", what=same[0]))
    phrases = fa.phrases & fb.phrases
    if phrases:
        score += 0.1
        if explain:
            reasons.append(phrase("both_name", what=max(phrases, key=len)))

    before = score
    # What changes the effort: a different date, number, month, phase or name.
    if fa.dates and fb.dates and not common_dates:
        score *= 0.2
        if explain:
            reasons.append(phrase("different_dates"))
    if only_a and only_b:
        root = corpus.root
        same_role = [(x, y) for x in only_a for y in only_b
                     if {root.get(s, s) for s in fa.number_context.get(x, ())}
                     & {root.get(s, s) for s in fb.number_context.get(y, ())}]
        x, y = same_role[0] if same_role else (only_a[0], only_b[0])
        score *= 0.2 if same_role else 0.75
        if explain:
            reasons.append(phrase("differ_in", first=x, second=y))
    if fa.weekdays and fb.weekdays and not (fa.weekdays & fb.weekdays) and not common_dates:
        score *= 0.3
        if explain:
            reasons.append(phrase("different_weekdays"))
    if fa.months and fb.months and not (fa.months & fb.months):
        score *= 0.25
        if explain:
            reasons.append(phrase("different_months"))
    if fa.phase and fb.phase and not (fa.phase & fb.phase):
        score *= 0.25
        if explain:
            reasons.append(phrase("before_after"))
    if fa.label and fa.label == fb.label and fa.label in corpus.templates and sim < SAME_FORMAT_SIM and not strong:
        score *= 0.4  # two instances of one recurring format ("We're hiring: …") are different items
        if explain:
            reasons.append(phrase("one_format", label=fa.label))
    if not strong and a.names and b.names and (a.names - b.stems) and (b.names - a.stems):
        score *= 0.25
        if explain:
            reasons.append(phrase("different_things"))
    against = score / before if before > 0 else 1.0
    return PairScore(min(score, 1.0), reasons, against, strong)


# The combination, fitted by logistic regression on generated companies (tests/dup_companies.py, seeds
# 3-6 of four vocabularies, English with German, French or Spanish; the tests measure seeds 1-2; never
# Northwind), then scaled by the counter-evidence of the words (different dates, numbers, phase) and shifted
# so that a pair at even odds scores the default threshold of the settings (0.28).
WEIGHTS = {
    "bias": -2.47, "lexical": 4.99, "meaning": -1.92, "shared_names": 1.73, "differ_names": -5.57,
    "same_fact": 2.17, "days": -3.62, "lexical*meaning": 3.16, "meaning>0.5": -2.08, "shared_names*meaning": 1.72,
}
DIFFER_PENALTY = 3.0
SMALL_CORPUS = 100
SMALL_MEANING = 0.5  # ... unless the titles clearly say the same

MEANING_FLOOR, MEANING_SPAN = 0.05, 0.25
_AT_EVEN_ODDS = math.log(0.28 / 0.72)


@dataclass(slots=True)
class Evidence:
    lexical: PairScore
    meaning: float
    names: evidence.NameEvidence
    same_fact: bool
    days: int
    shared_stems: int = 0
    small: bool = False  # a workspace too small for word rarity to mean much
    name_share: float = 0.0  # how much of the shared words' weight is proper names (a place alone is no topic)

    def values(self, window: int) -> dict[str, float]:
        return {
            "lexical": self.lexical.score, "meaning": self.meaning,
            "shared_names": min(self.names.shared_weight, 2.0), "differ_names": min(self.names.differ_weight, 2.0),
            "same_fact": 1.0 if self.same_fact else 0.0, "days": min(self.days, window) / max(window, 1),
            "lexical*meaning": self.lexical.score * self.meaning, "meaning>0.5": max(self.meaning - 0.5, 0.0),
            "shared_names*meaning": min(self.names.shared_weight, 2.0) * self.meaning,
        }


def gather(a: Item, b: Item, corpus: Corpus, explain: bool = False) -> Evidence:
    lexical = lexical_score(a, b, corpus, explain)
    vectors = corpus.vectors
    cosine = float(vectors[a.vector] @ vectors[b.vector]) if a.vector >= 0 and b.vector >= 0 else 0.0
    fa, fb = a.feats, b.feats
    same_fact = bool(fa.dates & fb.dates) or bool(
        {t for t in fa.numbers & fb.numbers if _identifying(t) and _same_role(t, fa, fb, corpus)}
        and not (fa.numbers - fb.numbers and fb.numbers - fa.numbers))
    shared = a.stems & b.stems
    found = evidence.names(fa, fb, corpus.word_weight)
    name_stems = {stem(n) for n in found.shared}
    names = {s for s in shared if fold(s) in name_stems}
    name_share = corpus.weight(names) / corpus.weight(shared) if names else 0.0
    return Evidence(lexical, cosine, found, same_fact, abs(a.day - b.day),
                    len(shared - corpus.team_stems(a) - corpus.team_stems(b)), corpus.n < SMALL_CORPUS, name_share)


def combine(ev: Evidence, window: int) -> float:
    z = WEIGHTS["bias"] + _AT_EVEN_ODDS
    for name, value in ev.values(window).items():
        z += WEIGHTS[name] * value
    fitted = 1.0 / (1.0 + math.exp(-z)) * ev.lexical.against
    # The words alone still decide when no name contradicts them.
    words = ev.lexical.score * math.exp(-DIFFER_PENALTY * ev.names.differ_weight) * (1.0 - ev.name_share)
    if not ev.lexical.strong:  # ... and the meaning agrees, unless a link, date or number is shared
        words *= min(max((ev.meaning - MEANING_FLOOR) / MEANING_SPAN, 0.0), 1.0)
    score = max(fitted, words)
    if ev.small and ev.shared_stems < 2 and not ev.lexical.strong and ev.meaning < SMALL_MEANING:
        score *= 0.5  # in a small workspace rarity says little: one shared word is not a topic
    return score


def score_pair(a: Item, b: Item, corpus: Corpus, explain: bool = True) -> PairScore:
    """How likely two entries are the same effort (0..1); with ``explain``, readable reasons."""
    ev = gather(a, b, corpus, explain)
    score = combine(ev, corpus.window)
    return PairScore(score, explain_pair(ev, a, b, corpus) if explain else [])


def explain_pair(ev: Evidence, a: Item | None = None, b: Item | None = None, corpus: Corpus | None = None) -> list[str]:
    """Why a pair is one effort, strongest evidence first:
    "same link", "same figure 40 and 'contract'", "meaning 0.82", "1 day apart"; then what speaks against."""
    same: list[str] = []
    if a is not None and b is not None:
        fa, fb = a.feats, b.feats
        figures = sorted(t for t in fa.numbers & fb.numbers if _identifying(t))
        if figures:
            same.append(phrase("figure", value=_as_written(figures[0], a.entry.title, b.entry.title)))
        if fa.dates & fb.dates:
            same.append(phrase("date", day=_fmt_date(min(fa.dates & fb.dates))))
    phrases = sorted(a.feats.phrases & b.feats.phrases, key=len, reverse=True) if a is not None and b is not None else []
    if phrases:  # a name as written ("FleetTech Expo") says more than its folded words
        same.append(f"'{phrases[0]}'")
    inside = fold(phrases[0]) if phrases else ""
    same += [f"'{n}'" for n in ev.names.shared[:2] if n not in inside]
    if not ev.names.shared and a is not None and b is not None and corpus is not None:
        words = sorted((s for s in a.stems & b.stems if not any(ch.isdigit() for ch in s)),
                       key=lambda s: (-corpus.idf.get(s, 0.0), s))
        same += [f"'{w}'" for w in words[:1]]
    parts = []
    if any(r == "same link" for r in ev.lexical.reasons):
        parts.append(phrase("same_link"))
    if same:
        parts.append(phrase("same_things", things=joined("@also", same)))
    parts.append(phrase("meaning", value=decimal(ev.meaning)))
    parts.append(_apart(ev.days))
    reasons = [joined(", ", parts)]
    for r in ev.lexical.reasons:
        if r.startswith("titles "):
            reasons.append(first_part(r))
        elif r != "same link" and not r.startswith("both name"):
            reasons.append(r)
    if ev.names.only_a and ev.names.only_b:
        reasons.append(phrase("but_vs", first=ev.names.only_a[0], second=ev.names.only_b[0]))
    return reasons


def _encode(tokens, codes: dict[str, str]) -> str:
    """Each token one character, repeated by its weight; sorted, so fuzz.ratio is a weighted Dice."""
    out = []
    for token, copies in tokens:
        c = codes.get(token)
        if c is None:
            n = len(codes) + 0x100
            if n >= 0xD800:
                n += 0x800  # skip surrogates
            c = codes[token] = chr(n)
        out.append(c * copies)
    return "".join(sorted("".join(out)))


def _weighted_tokens(item: Item, corpus: Corpus) -> list[tuple[str, int]]:
    """Stems with 0-4 copies by rarity (common words drop out), plus the dates a title names."""
    top = corpus.max_idf or 1.0
    idf = corpus.idf
    tokens = []
    df, few = corpus.df, (0.15 * corpus.n if corpus.n < 100 else 0)  # small workspaces: rarity is unreliable
    for s in item.stems:
        copies = min(4, round(4 * idf.get(s, top) / top)) or (1 if df.get(s, 0) <= few else 0)
        if copies:
            tokens.append((s, copies))
    for month, day in item.feats.dates:
        tokens.append((f"@{month}-{day}", 3))
    return tokens


def _leading(vectors: np.ndarray, dimensions: int) -> np.ndarray:
    """The first ``dimensions`` of each vector, normalised again: the model is trained so that a
    prefix keeps most of the meaning (Matryoshka), at a fraction of the cost for finding candidates."""
    if not vectors.size or vectors.shape[1] <= dimensions:
        return vectors
    head = np.ascontiguousarray(vectors[:, :dimensions])
    return head / np.maximum(np.linalg.norm(head, axis=1, keepdims=True), 1e-9)


def candidate_pairs(items: Sequence[Item], corpus: Corpus, window: int, settings: Settings) -> set[tuple[int, int]]:
    """Index pairs (i < j, items sorted by day) worth scoring: share a rare stem or a link."""
    n = len(items)
    if n < 2:
        return set()
    codes: dict[str, str] = {}
    strings = [_encode(_weighted_tokens(it, corpus), codes) for it in items]
    days = np.fromiter((it.day for it in items), dtype=np.int64, count=n)
    team_ids: dict[str, int] = {}
    teams = np.fromiter((team_ids.setdefault(it.team, len(team_ids)) for it in items), dtype=np.int64, count=n)
    pairs: set[tuple[int, int]] = set()
    vectors = _leading(corpus.vectors, CANDIDATE_DIMENSIONS)
    rows_of = np.fromiter((it.vector for it in items), dtype=np.int64, count=n)
    width = window + 1
    first = int(days[0])
    block_of = (days - first) // width
    bounds = np.searchsorted(block_of, np.arange(int(block_of[-1]) + 2))
    for b in range(len(bounds) - 1):
        lo, mid = int(bounds[b]), int(bounds[b + 1])
        hi = int(bounds[b + 2]) if b + 2 < len(bounds) else mid
        # Every step below is row by row: rows go in slices, so a crowded block (every series
        # starts in the first week) never holds its whole matrices at once.
        for top in range(lo, mid, CANDIDATE_ROWS):
            _block_pairs(pairs, strings, days, teams, vectors, rows_of, top, min(top + CANDIDATE_ROWS, mid), lo, hi,
                         window, settings)
    by_link: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        for link in item.feats.links:
            by_link[link].append(index)
    for link, members in by_link.items():
        if link in corpus.generic_links:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if abs(items[i].day - items[j].day) <= window:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _block_pairs(pairs: set, strings: list[str], days: np.ndarray, teams: np.ndarray, vectors: np.ndarray,
                 rows_of: np.ndarray, top: int, bottom: int, lo: int, hi: int, window: int, settings: Settings) -> None:
    """Candidate pairs of the items ``top:bottom`` against the items ``lo:hi`` (a block and the next)."""
    rows = strings[top:bottom]
    cols = strings[lo:hi]
    matrix = process.cdist(rows, cols, scorer=fuzz.ratio, dtype=np.uint8, score_cutoff=CANDIDATE_DICE, workers=1)
    row_ids = np.arange(top, bottom)
    col_ids = np.arange(lo, hi)
    allowed = (col_ids[None, :] > row_ids[:, None]) & (
        np.abs(days[col_ids][None, :] - days[row_ids][:, None]) <= window)
    if not settings.duplicates_within_department:
        allowed &= teams[col_ids][None, :] != teams[row_ids][:, None]
    matrix[~allowed] = 0
    if matrix.shape[1] > CANDIDATES_PER_ENTRY:
        # Dense weeks: keep each entry's best candidates only (ties broken by position).
        best = np.argpartition(matrix, -CANDIDATES_PER_ENTRY, axis=1)[:, -CANDIDATES_PER_ENTRY:]
        kept = np.zeros_like(matrix)
        np.put_along_axis(kept, best, np.take_along_axis(matrix, best, axis=1), axis=1)
        matrix = kept
    if vectors.size:
        close = vectors[rows_of[top:bottom]] @ vectors[rows_of[lo:hi]].T
        close[~allowed] = 0.0
        # Shared words count when the meaning does not disagree (or the words are many).
        matrix[(matrix < DICE_ALONE) & (close < MEANING_WITH_WORDS)] = 0
        if close.shape[1] > MEANING_PER_ENTRY:
            cut = np.partition(close, -MEANING_PER_ENTRY, axis=1)[:, -MEANING_PER_ENTRY][:, None]
            close[close < cut] = 0.0
        matrix[close >= MEANING_CANDIDATE] = 1
    r, c = np.nonzero(matrix)
    pairs.update(zip((r + top).tolist(), (c + lo).tolist()))


@without_collector
def find_duplicates(items: Sequence[Item], settings: Settings) -> list[DuplicateGroup]:
    """Duplicate groups over ``items`` (already filtered, any order)."""
    # Many small matrix products (one per week): BLAS threads cost far more than they save there,
    # 50x on a busy two-core machine.
    with threadpool_limits(limits=1, user_api="blas"):
        return _find_duplicates(items, settings)


def _find_duplicates(items: Sequence[Item], settings: Settings) -> list[DuplicateGroup]:
    items = sorted(_once_per_series(items), key=lambda it: (it.day, it.entry.start))
    if len(items) < 2:
        return []
    window = max(int(settings.duplicate_window_days), 0)
    corpus = Corpus(items, window)
    _attach_meaning(items, corpus)
    threshold = float(settings.duplicate_threshold)
    edges: list[tuple[float, int, int, list[str]]] = []
    scores: dict[tuple[int, int], float] = {}
    for i, j in candidate_pairs(items, corpus, window, settings):
        a, b = items[i], items[j]
        if not _allowed(a, b, settings):
            continue
        ev = gather(a, b, corpus)
        score = combine(ev, window)
        scores[(i, j)] = score
        if score >= threshold:  # only pairs that are shown are explained
            ev.lexical = lexical_score(a, b, corpus, explain=True)
            edges.append((score, i, j, explain_pair(ev, a, b, corpus)))

    def pair_score(i: int, j: int) -> float:
        return scores.get((min(i, j), max(i, j)), 0.0)

    return group(items, edges, window, settings, pair_score, threshold)


def _once_per_series(items: Sequence[Item]) -> list[Item]:
    """A series is compared once, by its first occurrence in the range: its occurrences are
    never duplicates of each other, and each would only repeat the same comparisons."""
    seen: set[tuple] = set()
    out = []
    for item in sorted(items, key=lambda it: it.entry.start):
        if item.series is not None:
            key = (item.series, item.entry.title)
            if key in seen:
                continue
            seen.add(key)
        out.append(item)
    return out


def _attach_meaning(items: Sequence[Item], corpus: Corpus) -> None:
    """One meaning vector per distinct title (a series' title is embedded once)."""
    rows: dict[str, int] = {}
    for item in items:
        item.vector = rows.setdefault(item.entry.title, len(rows))
    corpus.vectors = meaning.vectors(list(rows))


_FEATURES: dict[tuple[str, str, str, bool], TextFeatures] = {}
_FEATURES_MAX = 250_000


def clear_caches() -> None:
    """Forget the text features kept between analyses (benchmarks start cold)."""
    _FEATURES.clear()
    text._desc_stems.cache_clear()
    meaning.clear_cache()


@without_collector
def make_items(entries: Sequence[Entry], clock: LocalClock, day_first: bool | None = None) -> list[Item]:
    """Items for the entries with any text; text features are kept between analyses
    (a re-analysis after a filter change only reads new titles)."""
    cache = _FEATURES
    campaigns: dict[str, str] = {}
    items = []
    first = True if day_first is None else day_first
    series_seen: set[tuple] = set()
    for entry in sorted(entries, key=lambda e: e.start) if any(e.series_key for e in entries) else entries:
        if entry.series_key:  # a series is compared once, by its first occurrence
            once = (entry.source_id, entry.series_key, entry.title)
            if once in series_seen:
                continue
            series_seen.add(once)
        key = (entry.title, entry.description, entry.link, first)
        feats = cache.get(key)
        if feats is None:
            if len(cache) >= _FEATURES_MAX:
                cache.clear()
            feats = cache[key] = features(entry.title, entry.description, entry.link, first)
        if not feats.stems and not feats.links:
            continue
        day = entry.start.date().toordinal() if entry.all_day else clock.day(entry.start)
        if entry.campaign and entry.campaign not in campaigns:
            campaigns[entry.campaign] = name_key(entry.campaign)
        items.append(Item(
            entry=entry,
            day=day,
            team=team_of(entry),
            series=(entry.source_id, entry.series_key) if entry.series_key else None,
            feats=feats,
            campaign=campaigns[entry.campaign] if entry.campaign else "",
        ))
    return items


def team_of(entry: Entry) -> str:
    """Department key; entries without one count as their source's own team."""
    return name_key(entry.department) or f"source:{entry.source_id}"
