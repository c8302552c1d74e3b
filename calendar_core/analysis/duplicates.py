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

Modules, one job each: :mod:`.items` (what is compared), :mod:`.corpus` (word statistics),
:mod:`.candidates` (which pairs are scored), :mod:`.lexical` and :mod:`.scoring` (a pair's
score and reasons), :mod:`.grouping` (pairs into groups); this module runs them in turn.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
from threadpoolctl import threadpool_limits

from calendar_core.model import DuplicateGroup
from calendar_core.settings import Settings
from importers.bulk import without_collector

from . import crosslang, evidence, languages, meaning, swaps, text
from . import lexical as _lexical
from .candidates import (CANDIDATE_DICE, CANDIDATE_DIMENSIONS, CANDIDATE_ROWS, CANDIDATES_PER_ENTRY,  # noqa: F401
                         DICE_ALONE, MEANING_CANDIDATE, MEANING_PER_ENTRY, MEANING_WITH_WORDS, candidate_pairs)
from .corpus import Corpus
from .grouping import group
from .items import _FEATURES, Item, _day_and_start, _once_per_series, make_items, several_teams, team_of  # noqa: F401
from .lexical import PairScore, lexical_score  # noqa: F401
from .scoring import (BOUND_MARGIN, WEIGHTS, WORDS_BOUND_MARGIN, Evidence, combine, cosines, explain_pair,  # noqa: F401
                      gather, score_pair, upper_bound, word_bounds)


@without_collector
def find_duplicates(items: Sequence[Item], settings: Settings) -> list[DuplicateGroup]:
    """Duplicate groups over ``items`` (already filtered, any order)."""
    # Many small matrix products (one per week): BLAS threads cost far more than they save there,
    # 50x on a busy two-core machine.
    with threadpool_limits(limits=1, user_api="blas"):
        return _find_duplicates(items, settings)


def _find_duplicates(items: Sequence[Item], settings: Settings) -> list[DuplicateGroup]:
    items = sorted(_once_per_series(items), key=_day_and_start)
    if len(items) < 2:
        return []
    if not settings.duplicates_within_department and len({it.team for it in items}) < 2:
        return []  # one department: no pair may be a duplicate
    window = max(int(settings.duplicate_window_days), 0)
    corpus = Corpus(items, window)
    _attach_meaning(items, corpus)
    threshold = float(settings.duplicate_threshold)
    edges: list[tuple[float, int, int, Evidence]] = []
    scores: dict[tuple[int, int], float] = {}
    later: dict[tuple[int, int], float] = {}  # pairs that cannot reach the threshold -> their meaning
    pairs, index = _allowed_pairs(items, list(candidate_pairs(items, corpus, window, settings)), settings)
    meanings = cosines(items, index, corpus.vectors)
    # Pairs that cannot reach the threshold whatever their words say are not read at all.
    readable = (word_bounds(items, index, meanings, corpus, window)
                >= threshold - BOUND_MARGIN - WORDS_BOUND_MARGIN).tolist()
    for (i, j), cosine, read in zip(pairs, meanings, readable):
        if not read:
            later[(i, j)] = cosine
            continue
        a, b = items[i], items[j]
        lexical = lexical_score(a, b, corpus, explain=False)
        if upper_bound(lexical, cosine, a, b, corpus, window) < threshold - BOUND_MARGIN:
            later[(i, j)] = cosine  # scored only if the grouping asks
            continue
        ev = gather(a, b, corpus, cosine=cosine, lexical=lexical)
        score = combine(ev, window)
        scores[(i, j)] = score
        if score >= threshold:  # explained only if a group shows it (see explain)
            edges.append((score, i, j, ev))

    def pair_score(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        found = scores.get(key)
        if found is None:
            cosine = later.pop(key, None)
            if cosine is None:
                return 0.0  # not a candidate
            found = scores[key] = combine(gather(items[key[0]], items[key[1]], corpus, cosine=cosine), window)
        return found

    _across_languages(items, window, threshold, edges, scores, pair_score)

    def explain(i: int, j: int, ev: Evidence) -> list[str]:
        a, b = items[i], items[j]
        if isinstance(ev, crosslang.CrossEvidence):
            return crosslang.explain(ev, a, b)
        ev.lexical = lexical_score(a, b, corpus, explain=True)
        return explain_pair(ev, a, b, corpus)

    return group(items, edges, window, settings, pair_score, threshold, explain)


def _across_languages(items: Sequence[Item], window: int, threshold: float, edges: list, scores: dict,
                      pair_score) -> None:
    """Raise the pairs of two departments writing two languages to what the names, cognates and figures
    every language writes alike say of them (:mod:`.crosslang`), where that says more than their words."""
    cross = crosslang.CrossLanguage(items, window)
    if not cross.active:
        return
    at = {(e[1], e[2]): k for k, e in enumerate(edges)}
    for i, j in sorted(cross.pairs()):
        ev = cross.judge(i, j)
        if ev is None or ev.score < threshold or ev.score <= pair_score(i, j):
            continue
        scores[(i, j)] = ev.score
        edge = (ev.score, i, j, ev)
        if (i, j) in at:
            edges[at[(i, j)]] = edge
        else:
            at[(i, j)] = len(edges)
            edges.append(edge)


def _allowed_pairs(items: Sequence[Item], pairs: list[tuple[int, int]],
                   settings: Settings) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The pairs that :func:`~.grouping.allowed` lets be duplicates, in their order: every pair at once;
    and the same pairs as an array (one row per pair), for the steps that take them all at once."""
    if not pairs:
        return pairs, np.zeros((0, 2), dtype=np.int64)
    index = np.array(pairs, dtype=np.int64)
    a, b = index[:, 0], index[:, 1]
    codes: dict = {}
    series = np.fromiter((codes.setdefault(it.series, len(codes)) if it.series is not None else -1 for it in items),
                         dtype=np.int64, count=len(items))
    ok = (series[a] < 0) | (series[a] != series[b])
    if not settings.duplicates_within_department:
        teams: dict[str, int] = {}
        team = np.fromiter((teams.setdefault(it.team, len(teams)) for it in items), dtype=np.int64, count=len(items))
        ok &= team[a] != team[b]
    if ok.all():
        return pairs, index
    kept = np.flatnonzero(ok)
    return [pairs[k] for k in kept.tolist()], index[kept]


def _attach_meaning(items: Sequence[Item], corpus: Corpus) -> None:
    """One meaning vector per distinct title (a series' title is embedded once)."""
    rows: dict[str, int] = {}
    for item in items:
        item.vector = rows.setdefault(item.entry.title, len(rows))
    corpus.vectors = meaning.vectors(list(rows))


def clear_caches() -> None:
    """Forget the text features, word forms and meanings kept between analyses (benchmarks start cold)."""
    _FEATURES.clear()
    text.clear_caches()
    evidence.clear_cache()
    swaps.clear_cache()
    crosslang.clear_cache()
    languages.clear_cache()
    _lexical.clear_cache()
    meaning.clear_cache()
