"""Work the analysis leaves out where it cannot change the result, and shortcuts that must
give what the plain computation gives."""
from __future__ import annotations

import math
import random

import pytest

from analysis_factory import entry
from calendar_core import analysis
from calendar_core.analysis import analyse, duplicates, evidence, scoring
from calendar_core.analysis.lexical import PairScore
from calendar_core.settings import Settings

SETTINGS = Settings(timezone="Europe/Berlin")


def _pair(department_b: str):
    a = entry("Our Lisbon office is open", "2026-08-03 10:00", department="Marketing", source_id=1)
    b = entry("We have opened a new office in Lisbon", "2026-08-04 10:00", department=department_b, source_id=1)
    filler = [entry(t, f"2026-08-{5 + k:02d} 10:00", department="Marketing", source_id=1)
              for k, t in enumerate(["Feature focus: dark mode", "Video: setting up depots",
                                     "Stat of the week: night deliveries", "Tip Tuesday: route templates"])]
    return [a, b, *filler]


def test_one_department_has_no_duplicates_and_its_texts_are_not_read(monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("texts read for a one-department workspace")

    monkeypatch.setattr(duplicates, "make_items", refuse)  # imported by the analysis when it is needed
    assert analyse(_pair("Marketing"), SETTINGS).duplicates == []


def test_two_departments_or_within_department_still_compare():
    assert [len(g.entry_ids) for g in analyse(_pair("Events"), SETTINGS).duplicates] == [2]
    within = Settings(timezone="Europe/Berlin", duplicates_within_department=True)
    assert [len(g.entry_ids) for g in analyse(_pair("Marketing"), within).duplicates] == [2]


def test_entries_without_department_are_their_sources_teams():
    a, b, *rest = _pair("")
    a.department = ""
    b.source_id = 2
    assert duplicates.several_teams([a, b])
    assert not duplicates.several_teams([a, *rest[:0]])


def _reference_combine(ev, window: int) -> float:
    """The combination as the dict of terms says it (Evidence.values), summed in its order."""
    z = scoring.WEIGHTS["bias"] + scoring._AT_EVEN_ODDS
    for name, value in ev.values(window).items():
        z += scoring.WEIGHTS[name] * value
    fitted = 1.0 / (1.0 + math.exp(-z)) * ev.lexical.against
    words = ev.lexical.score * math.exp(-scoring.DIFFER_PENALTY * ev.names.differ_weight) * (1.0 - ev.name_share)
    if not ev.lexical.strong:
        words *= min(max((ev.meaning - scoring.MEANING_FLOOR) / scoring.MEANING_SPAN, 0.0), 1.0)
    score = max(fitted, words)
    if ev.small and ev.shared_stems < 2 and not ev.lexical.strong and ev.meaning < scoring.SMALL_MEANING:
        score *= 0.5
    return score


@pytest.mark.parametrize("seed", range(5))
def test_combine_is_the_sum_of_the_evidence_terms(seed):
    rnd = random.Random(seed)
    for _ in range(200):
        names = evidence.NameEvidence([], [], [], rnd.choice([0.0, rnd.uniform(0, 3)]), rnd.choice([0.0, rnd.uniform(0, 3)]))
        lexical = PairScore(rnd.random(), [], rnd.uniform(0.01, 1.0), rnd.random() < 0.3)
        ev = scoring.Evidence(lexical, rnd.uniform(-0.2, 1.0), names, rnd.random() < 0.3, rnd.randrange(9),
                              rnd.randrange(4), rnd.random() < 0.3, rnd.random() * 0.5)
        window = rnd.choice([0, 3, 7])
        assert scoring.combine(ev, window) == _reference_combine(ev, window)


def _slow_found(name: str, words: frozenset[str]) -> bool:
    """Equal, or of five letters or more, nearly alike and parting only in the last letters."""
    def parts_at_end(w: str) -> bool:
        head = next((i for i, (x, y) in enumerate(zip(name, w)) if x != y), min(len(name), len(w)))
        return head >= max(len(name), len(w)) - evidence._TAIL

    return name in words or (len(name) >= 5 and any(
        len(w) >= 5 and w[0] == name[0] and parts_at_end(w) and evidence.JaroWinkler.similarity(name, w) >= evidence.NEAR
        for w in words))


@pytest.mark.parametrize("seed", range(3))
def test_near_spellings_of_names_are_found_as_by_the_plain_loop(seed):
    rnd = random.Random(seed)
    pool = ["lisbon", "lisboa", "zurich", "zürich", "hamburg", "munich", "office", "ribbon", "rotterdam",
            "fleettech", "tracksense", "linz", "bozen", "siemens", "gamesa", "oslo", "riga", "vienna"]

    def mutate(word: str) -> str:
        k = rnd.randrange(len(word))
        return word[:k] + rnd.choice("aeioursx") + word[k + 1:] if rnd.random() < 0.6 else word

    found = 0
    for _ in range(400):
        words = frozenset(mutate(rnd.choice(pool)) for _ in range(rnd.randint(1, 6)))
        name = mutate(rnd.choice(pool))
        assert evidence._found(name, words) == _slow_found(name, words), (name, words)
        found += evidence._found(name, words)
    assert 20 < found < 380  # both answers occur


def test_a_series_is_compared_by_its_earliest_occurrence_in_any_input_order():
    from bench.bench_analysis import _calendar_with_series

    entries = _calendar_with_series(events=600, seed=9)
    shuffled = list(entries)
    random.Random(4).shuffle(shuffled)

    def found(given):  # (which of two entries at one instant is named first in a reason follows the input)
        return sorted((tuple(g.entry_ids), g.score) for g in analyse(given, SETTINGS).duplicates)

    reference = found(sorted(entries, key=lambda e: e.start))
    assert reference and found(shuffled) == reference
    firsts = duplicates.make_items(shuffled, analysis.LocalClock("Europe/Berlin"))
    heads = {it.entry.series_key: it.entry.start for it in firsts if it.entry.series_key}
    earliest: dict = {}
    for e in entries:
        if e.series_key:
            earliest[e.series_key] = min(earliest.get(e.series_key, e.start), e.start)
    assert heads == earliest


@pytest.mark.parametrize("source", ["kestrel", "lumiere", "bench"])
def test_the_bound_is_never_below_the_score(source):
    """Pairs whose bound is under the threshold are left unscored: the bound must hold for every pair."""
    from bench.bench_analysis import _entries
    from dup_companies import company

    entries = _entries(1500, days=60, seed=11) if source == "bench" else company(source, 4).entries
    items = duplicates.make_items(entries, analysis.LocalClock("Europe/Berlin"))
    items = sorted(duplicates._once_per_series(items), key=duplicates._day_and_start)
    corpus = duplicates.Corpus(items, 7)
    duplicates._attach_meaning(items, corpus)
    pairs = sorted(duplicates.candidate_pairs(items, corpus, 7, SETTINGS))
    below = unread = 0
    meanings = duplicates.cosines(items, pairs, corpus.vectors)
    before_words = scoring.word_bounds(items, pairs, meanings, corpus, 7)
    for (i, j), cosine, first in zip(pairs, meanings, before_words):
        a, b = items[i], items[j]
        score = scoring.combine(scoring.gather(a, b, corpus, cosine=cosine), 7)
        bound = scoring.upper_bound(duplicates.lexical_score(a, b, corpus, False), cosine, a, b, corpus, 7)
        assert score <= bound + 1e-12, (a.entry.title, b.entry.title)
        assert bound <= first + 1e-12, (a.entry.title, b.entry.title)  # the bound before the words is above
        below += bound < SETTINGS.duplicate_threshold
        unread += first < SETTINGS.duplicate_threshold
    assert pairs and below  # the bound does leave pairs out
    assert source != "bench" or unread  # ... and so does the one before the words, on bench-like titles


def test_an_entrys_features_are_its_titles_with_its_links_and_description():
    """The shortcut for ``dataclasses.replace`` keeps every field (a field added later must be passed on)."""
    import dataclasses

    from calendar_core.analysis import text

    base = text.features("Webinar: FleetTech Expo 2026 on 12 May, €40m for 3 depots (v4.2)", day_first=True)
    links, desc = frozenset({"example.com/a"}), frozenset({"depot", "route"})
    assert text._described(base, links, desc) == dataclasses.replace(base, links=links, desc_stems=desc)
    kept = [f.name for f in dataclasses.fields(base) if f.name not in ("links", "desc_stems")]
    assert [getattr(text._described(base, links, desc), name) is getattr(base, name) for name in kept] == [True] * len(kept)


def test_figures_as_written_are_found_as_by_the_regular_expression():
    """The figure scan without a regular expression matches what the pattern's ``finditer`` matches."""
    from calendar_core.analysis.lexical import _figure_pattern, _figure_tokens

    rnd = random.Random(7)
    alphabet = list("0123456789") * 3 + list("ab€$%.,:;!?() \t\u00a0\u2009-/km#")
    figures = ["4", "40", "4.2", "10,000", "74 ", "1", "00"]
    for k in range(20_000):
        title = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 25)))
        bare = rnd.choice(figures) if k % 3 == 0 else "".join(rnd.choice("0123456789.,% ") for _ in range(rnd.randint(1, 4)))
        if not bare.strip():
            bare = "7"
        assert list(_figure_tokens(title, bare)) == [m.group(0) for m in _figure_pattern(bare).finditer(title)], \
            (title, bare)
