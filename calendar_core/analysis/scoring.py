"""A pair's score: the evidence (words, meaning, names, shared facts, days apart) weighed by a
logistic fit, and the reasons shown for it."""
from __future__ import annotations

import math
from itertools import chain
from dataclasses import dataclass
from operator import attrgetter
from typing import Sequence

import numpy as np

from . import evidence, swaps
from .corpus import Corpus
from .name_figures import of_name
from .plain_names import only_a_plain_name
from .items import Item
from .lexical import (PairScore, _apart, _as_written, _fmt_date, _identifying, _same_role, lexical_score,
                      word_as_written)
from .phrases import decimal, first_part, joined, phrase
from .text import concept, fold, stem


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
PLAIN_NAME = 0.5  # what a pair sharing only a first name or a place keeps of its score

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
    plain_name: bool = False  # all they share is one first name or place (:mod:`.plain_names`)

    def values(self, window: int) -> dict[str, float]:
        return {
            "lexical": self.lexical.score, "meaning": self.meaning,
            "shared_names": min(self.names.shared_weight, 2.0), "differ_names": min(self.names.differ_weight, 2.0),
            "same_fact": 1.0 if self.same_fact else 0.0, "days": min(self.days, window) / max(window, 1),
            "lexical*meaning": self.lexical.score * self.meaning, "meaning>0.5": max(self.meaning - 0.5, 0.0),
            "shared_names*meaning": min(self.names.shared_weight, 2.0) * self.meaning,
        }


def gather(a: Item, b: Item, corpus: Corpus, explain: bool = False, cosine: float | None = None,
           lexical: PairScore | None = None) -> Evidence:
    """The evidence on one pair; ``cosine``, their meaning, and ``lexical``, what their words say
    (unexplained), when the caller has them (see :func:`cosines`, :func:`upper_bound`)."""
    if lexical is None or explain:
        lexical = lexical_score(a, b, corpus, explain)
    if cosine is None:
        vectors = corpus.vectors
        cosine = float(vectors[a.vector] @ vectors[b.vector]) if a.vector >= 0 and b.vector >= 0 else 0.0
    fa, fb = a.feats, b.feats
    shared = a.stems & b.stems
    found = evidence.names(fa, fb, corpus.word_weight, corpus.rarity, said_by_both(shared, corpus) if shared else None)
    if lexical.score > 0.0:
        slots = swaps.swapped(a.entry.title, b.entry.title, fa.anchors | fb.anchors)
        if slots is not None:  # one frame, each filling it with its own subject: another thing each
            found = evidence.with_differing(found, slots, corpus.word_weight)
    same_fact = bool(fa.dates and fb.dates and not fa.dates.isdisjoint(fb.dates)) or bool(
        fa.numbers and fb.numbers
        and {t for t in fa.numbers & fb.numbers
             if _identifying(t) and _same_role(t, fa, fb, corpus) and not of_name(t, a, b, corpus, found.shared)}
        and not (fa.numbers - fb.numbers and fb.numbers - fa.numbers))
    name_share = 0.0
    plain = False
    if found.shared or found.partial:  # (a word of a name one title names whole is no topic they share)
        name_stems = {stem(n) for n in chain(found.shared, found.partial)}
        names = {s for s in shared if fold(s) in name_stems}
        name_share = corpus.weight(names) / corpus.weight(shared) if names else 0.0
        if name_share and not lexical.strong and not found.partial:
            plain = only_a_plain_name(a, b, found.shared, shared, names, cosine)
    topical = len(shared - corpus.team_stems(a) - corpus.team_stems(b)) if shared else 0
    return Evidence(lexical, cosine, found, same_fact, abs(a.day - b.day), topical, corpus.n < SMALL_CORPUS, name_share,
                    plain)


def said_by_both(shared: frozenset[str], corpus: Corpus):
    """Whether a name word (folded) is, by its stem, one of the ``shared`` stems of two titles (the
    folded stems are made on the first question: most pairs never ask)."""
    folded: set[str] = set()
    root = corpus.root

    def said(name: str) -> bool:
        if not folded:
            folded.update(map(fold, shared))
        found = stem(concept(name))
        return found in folded or fold(root.get(found, found)) in folded
    return said


def combine(ev: Evidence, window: int) -> float:
    # The terms of Evidence.values, written out in the same order (the same sum, without the dict).
    w = WEIGHTS
    lexical, cosine = ev.lexical.score, ev.meaning
    shared = min(ev.names.shared_weight, 2.0)
    z = w["bias"] + _AT_EVEN_ODDS
    z += w["lexical"] * lexical
    z += w["meaning"] * cosine
    z += w["shared_names"] * shared
    z += w["differ_names"] * min(ev.names.differ_weight, 2.0)
    z += w["same_fact"] * (1.0 if ev.same_fact else 0.0)
    z += w["days"] * (min(ev.days, window) / max(window, 1))
    z += w["lexical*meaning"] * (lexical * cosine)
    z += w["meaning>0.5"] * max(cosine - 0.5, 0.0)
    z += w["shared_names*meaning"] * (shared * cosine)
    fitted = 1.0 / (1.0 + math.exp(-z)) * ev.lexical.against
    # The words alone still decide when no name contradicts them.
    words = ev.lexical.score * math.exp(-DIFFER_PENALTY * ev.names.differ_weight) * (1.0 - ev.name_share)
    if not ev.lexical.strong:  # ... and the meaning agrees, unless a link, date or number is shared
        words *= min(max((ev.meaning - MEANING_FLOOR) / MEANING_SPAN, 0.0), 1.0)
    score = max(fitted, words)
    if ev.small and ev.shared_stems < 2 and not ev.lexical.strong and ev.meaning < SMALL_MEANING:
        score *= 0.5  # in a small workspace rarity says little: one shared word is not a topic
    if ev.plain_name:
        score *= PLAIN_NAME  # one first name or place, each title about its own subject
    return score


_BOUND_WEIGHTS = (WEIGHTS["bias"] + _AT_EVEN_ODDS, WEIGHTS["lexical"], WEIGHTS["meaning"], WEIGHTS["shared_names"],
                  WEIGHTS["same_fact"], WEIGHTS["days"], WEIGHTS["lexical*meaning"], WEIGHTS["meaning>0.5"],
                  WEIGHTS["shared_names*meaning"])
BOUND_MARGIN = 1e-6  # far above the rounding of the bound's sum, far below any score that matters


def upper_bound(lexical: PairScore, cosine: float, a: Item, b: Item, corpus: Corpus, window: int) -> float:
    """At least what :func:`combine` gives the pair, from its words and meaning alone.

    The names' evidence is what costs: it is taken at its best here (every name of both titles
    shared, none differing, a fact shared where both name dates or figures), and every other
    term as it is. A pair whose bound is below the threshold is not shown, so its evidence is
    only gathered if the grouping asks for its score."""
    fa, fb = a.feats, b.feats
    bias, w_lex, w_meaning, w_names, w_fact, w_days, w_lex_meaning, w_high, w_names_meaning = _BOUND_WEIGHTS
    shared = min(corpus.anchor_weight(fa.anchors) + corpus.anchor_weight(fb.anchors), 2.0)
    fact = 1.0 if (fa.dates and fb.dates) or (fa.numbers and fb.numbers) else 0.0
    score = lexical.score
    days = a.day - b.day if a.day >= b.day else b.day - a.day
    z = (bias + w_lex * score + w_meaning * cosine + w_names * shared + w_fact * fact
         + w_days * ((days if days < window else window) / (window if window > 1 else 1))
         + w_lex_meaning * (score * cosine) + w_high * (cosine - 0.5 if cosine > 0.5 else 0.0)
         + w_names_meaning * (shared * cosine))
    fitted = 1.0 / (1.0 + math.exp(-z)) * lexical.against
    words = score if lexical.strong else score * min(max((cosine - MEANING_FLOOR) / MEANING_SPAN, 0.0), 1.0)
    return max(fitted, words)


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
    phrases = sorted(a.feats.phrases & b.feats.phrases, key=lambda p: (-len(p), p)) if a is not None and b is not None else []
    if phrases:  # a name as written ("FleetTech Expo") says more than its folded words
        same.append(f"'{phrases[0]}'")
    inside = fold(phrases[0]) if phrases else ""
    same += [f"'{n}'" for n in ev.names.shared[:2] if n not in inside]
    if not ev.names.shared and a is not None and b is not None and corpus is not None:
        rarest = min((s for s in a.stems & b.stems if s.isalpha() or not any(ch.isdigit() for ch in s)),
                     key=lambda s: (-corpus.idf.get(s, 0.0), s), default=None)
        if rarest is not None:
            same.append(f"'{word_as_written(rarest, a.entry.title, b.entry.title)}'")
    parts = []
    if "same link" in ev.lexical.reasons:
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


def cosines(items: Sequence[Item], pairs: Sequence[tuple[int, int]] | np.ndarray, vectors: np.ndarray) -> list[float]:
    """The meaning of every pair at once (rows of unit vectors; 0 where an item has none);
    ``pairs`` as a list of index pairs or an array with one row per pair."""
    if not len(pairs) or not vectors.size:
        return [0.0] * len(pairs)
    rows = np.fromiter((it.vector for it in items), dtype=np.int64, count=len(items))
    index = np.asarray(pairs, dtype=np.int64)
    ra, rb = rows[index[:, 0]], rows[index[:, 1]]
    out = np.zeros(len(pairs), dtype=np.float32)
    for lo in range(0, len(pairs), 8192):  # slices bound the gathered rows
        a, b = ra[lo:lo + 8192], rb[lo:lo + 8192]
        out[lo:lo + 8192] = np.einsum("ij,ij->i", vectors[a], vectors[b])
    out[(ra < 0) | (rb < 0)] = 0.0
    return out.tolist()


_FEATS, _STEMS, _WEIGHT, _DAY = (attrgetter(f) for f in ("feats", "stems", "weight", "day"))
_DESC, _ANCHORS = attrgetter("desc_stems"), attrgetter("anchors")
WORDS_BOUND_MARGIN = 1e-9  # above the rounding of the arrays' sums (summed in another order than the sets')


def word_bounds(items: Sequence[Item], pairs: Sequence[tuple[int, int]] | np.ndarray, cosines: Sequence[float],
                corpus: Corpus, window: int) -> np.ndarray:
    """For every pair at once, at least what :func:`upper_bound` gives it, without its words' score.

    The words are taken at their best: the shared stems' and descriptions' overlap as
    :func:`~.lexical.lexical_score` weighs them (a shared format label counts as titles alike),
    every raise whose facts both titles have (a link, campaign, date, shared figure, name phrase)
    and no counter-evidence. Both scores only grow with the words' score, so a pair under the
    threshold here is under it in :func:`upper_bound` too, and its words need not be read."""
    n = len(pairs)
    if not n:
        return np.zeros(0, dtype=np.float64)
    from .lexical import TIME_DECAY
    from .overlap import Sets

    idf, top, didf = corpus.idf, corpus.max_idf, corpus.desc_idf
    feats = list(map(_FEATS, items))
    index = np.asarray(pairs, dtype=np.int64)
    a, b = index[:, 0], index[:, 1]

    stems = Sets(map(_STEMS, items), lambda s: idf.get(s, top))
    weight = np.fromiter(map(_WEIGHT, items), dtype=np.float64, count=len(items))
    shared = stems.shared(a, b)
    wa, wb = weight[a], weight[b]
    ok = (shared > 0) & (wa > 0) & (wb > 0)
    sim = np.zeros(n)
    sim[ok] = shared[ok] / np.sqrt(wa[ok] * wb[ok])
    labels: dict[str, int] = {}
    label = np.fromiter((labels.setdefault(f.label, len(labels) + 1) if f.label and f.label not in corpus.templates
                         else 0 for f in feats), dtype=np.int64, count=len(items))
    sim[(label[a] == label[b]) & (label[a] > 0)] = 1.0  # what follows a shared label is compared: at best alike

    desc = Sets(map(_DESC, feats), lambda t: didf.get(t, 0.0))
    dweight = np.fromiter(map(corpus.desc_weight, map(_DESC, feats)), dtype=np.float64, count=len(items))
    described = (desc.lengths() > 0)
    both = described[a] & described[b]
    if both.any():
        dshared = desc.shared(a, b)
        da, db = dweight[a], dweight[b]
        dok = both & (dshared > 0) & (da > 0) & (db > 0)
        dsim = np.zeros(n)
        dsim[dok] = dshared[dok] / np.sqrt(da[dok] * db[dok])
        sim = np.where(both, np.maximum(sim, 0.5 * sim + 0.5 * dsim), sim)

    days_of = np.fromiter(map(_DAY, items), dtype=np.int64, count=len(items))
    days = np.abs(days_of[a] - days_of[b])
    span = max(corpus.window, 1)
    score = sim * (1.0 - TIME_DECAY * np.minimum(days, span) / span)

    links, dates, numbers, phrases = (np.fromiter(map(bool, map(attrgetter(name), feats)), dtype=bool, count=len(items))
                                      for name in ("links", "dates", "numbers", "phrases"))
    score = np.where(links[a] & links[b], np.maximum(score, 0.95), score)
    campaigns: dict[str, int] = {}
    campaign = np.fromiter((campaigns.setdefault(it.campaign, len(campaigns) + 1) if it.campaign else 0
                            for it in items), dtype=np.int64, count=len(items))
    score = score + 0.05 * ((campaign[a] == campaign[b]) & (campaign[a] > 0))
    score = score + 0.15 * (dates[a] & dates[b])
    if (numbers[a] & numbers[b]).any():
        score = score + 0.1 * (Sets(map(attrgetter("numbers"), feats)).shared(a, b) > 0)
    score = score + 0.1 * (phrases[a] & phrases[b])
    score = np.minimum(score, 1.0)

    bias, w_lex, w_meaning, w_names, w_fact, w_days, w_lex_meaning, w_high, w_names_meaning = _BOUND_WEIGHTS
    anchors = np.fromiter(map(corpus.anchor_weight, map(_ANCHORS, feats)), dtype=np.float64, count=len(items))
    names = np.minimum(anchors[a] + anchors[b], 2.0)
    fact = ((dates[a] & dates[b]) | (numbers[a] & numbers[b])).astype(np.float64)
    cosine = np.asarray(cosines, dtype=np.float64)
    z = (bias + w_lex * score + w_meaning * cosine + w_names * names + w_fact * fact
         + w_days * (np.minimum(days, window) / (window if window > 1 else 1))
         + w_lex_meaning * (score * cosine) + w_high * np.where(cosine > 0.5, cosine - 0.5, 0.0)
         + w_names_meaning * (names * cosine))
    return np.maximum(1.0 / (1.0 + np.exp(-z)), score)
