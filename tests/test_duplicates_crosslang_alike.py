"""Across languages (calendar_core/analysis/crosslang.py): cognates whose first letters are one vowel
apart ("tullregler" / "tollregler", "Danmark" / "Denmark"), and a name with a year that weighs no more
than the name alone ("Sportrevyen 2026" of a show written all quarter long).

Words are invented from syllable pools (several lengths, every vowel position of the first letters);
the departments write Polish and English, whose titles the language reader tells apart.
"""
from __future__ import annotations

import random

import pytest

from calendar_core.analysis.crosslang import CrossLanguage, _alike, _skeleton
from calendar_core.analysis.items import make_items
from calendar_core.analysis.timeutil import LocalClock
from test_duplicates_crosslang import _background, _entry

SEEDS = range(1, 7)
VOWELS = "aeiou"
CONSONANTS = "bdfglmnprstv"
# Word pairs of neighbouring languages one vowel apart among their first letters (Nordic, Dutch/German).
KNOWN = [("tullregler", "tollregler"), ("danmark", "denmark"), ("fiskemarked", "fiskemerked"),
         ("sommerfest", "sammerfest"), ("kalender", "kolender")]


def _word(rnd: random.Random, syllables: int) -> str:
    return "".join(rnd.choice(CONSONANTS) + rnd.choice(VOWELS) for _ in range(syllables))


def _vowel_apart(rnd: random.Random, word: str) -> str:
    """The word with one vowel among its first four letters written as another vowel."""
    at = rnd.choice([k for k, ch in enumerate(word[:4]) if ch in VOWELS])
    return word[:at] + rnd.choice([v for v in VOWELS if v != word[at]]) + word[at + 1:]


def _skeletons(x: str, y: str) -> tuple[str, str]:
    return _skeleton(x), _skeleton(y)


@pytest.mark.parametrize("seed", SEEDS)
def test_words_one_vowel_apart_are_one_word(seed):
    rnd = random.Random(seed)
    for _ in range(20):
        word = _word(rnd, rnd.randint(3, 6))  # six letters and more
        assert _alike(*_skeletons(word, _vowel_apart(rnd, word))), word
    for x, y in KNOWN:
        assert _alike(*_skeletons(x, y)), (x, y)


@pytest.mark.parametrize("seed", SEEDS)
def test_words_a_consonant_or_two_vowels_apart_or_short_are_not(seed):
    rnd = random.Random(seed)
    for _ in range(20):
        word = _word(rnd, rnd.randint(3, 6))
        # a consonant of the first letters written as another consonant: another word
        at = rnd.choice([k for k, ch in enumerate(word[:4]) if ch not in VOWELS])
        other = word[:at] + rnd.choice([c for c in CONSONANTS if c != word[at]]) + word[at + 1:]
        if _skeleton(other)[:4] != _skeleton(word)[:4]:  # (the skeleton may write both alike: "v"/"w")
            assert not _alike(*_skeletons(word, other)), (word, other)
        # two vowels apart among the first letters
        twice = word[:1] + rnd.choice([v for v in VOWELS if v != word[1]]) + word[2]
        twice += rnd.choice([v for v in VOWELS if v != word[3]]) + word[4:]
        assert not _alike(*_skeletons(word, twice)), (word, twice)
        # a short word: one vowel makes it another ("mand" / "mend")
        short = _word(rnd, 2)
        assert not _alike(*_skeletons(short, _vowel_apart(rnd, short))), short


def _items(entries):
    items = make_items(entries, LocalClock("UTC"))
    items.sort(key=lambda it: (it.day, it.ts))
    return items


def _index(items, entry) -> int:
    return next(k for k, it in enumerate(items) if it.entry.id == entry.id)


@pytest.mark.parametrize("seed", SEEDS)
def test_cognates_one_vowel_apart_are_evidence_across_languages(seed):
    rnd = random.Random(seed)
    entries = _background(rnd, ["pl", "en"])
    words = [_word(rnd, rnd.randint(3, 5)) for _ in range(2)]
    day = rnd.randrange(3, 30)
    a = _entry(f"Webinar: {words[0]} i {words[1]} dla klientów", "pl", day)
    b = _entry(f"Webinar: the {_vowel_apart(rnd, words[0])} and {_vowel_apart(rnd, words[1])} for our customers",
               "en", day + rnd.randint(0, 2), 14)
    items = _items(entries + [a, b])
    cross = CrossLanguage(items, 7)
    i, j = sorted((_index(items, a), _index(items, b)))
    found = cross.judge(i, j)
    assert found is not None and len(found.cognates) >= 2, (a.title, b.title, found)


SHOW_ALONE = {"pl": ["Za kulisami programu {show}", "Nowy odcinek: {show}", "Goście w {show} tego tygodnia"],
              "en": ["Behind the scenes of {show}", "New episode of {show} on Play", "This week's guests on {show}"]}
SHOW_YEAR = {"pl": "{show} {year}: najlepsze momenty roku", "en": "{show} {year} is looking for a producer"}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_with_a_year_weighs_no_more_than_the_name_alone(seed):
    rnd = random.Random(seed)
    show = _word(rnd, 3).capitalize() + rnd.choice(["en", "et", "ia"])
    year = rnd.choice([2025, 2026, 2027])
    day = rnd.randrange(10, 30)
    a = _entry(SHOW_YEAR["pl"].format(show=show, year=year), "pl", day)
    b = _entry(SHOW_YEAR["en"].format(show=show, year=year), "en", day + rnd.randint(0, 2), 14)
    base = _background(rnd, ["pl", "en"])
    key = f"{show.lower()}{year}"

    # the show named nowhere else: the name with its year is as rare as two titles make it
    items = _items(base + [a, b])
    alone = CrossLanguage(items, 7)
    i, j = sorted((_index(items, a), _index(items, b)))
    lone = alone.judge(i, j)

    # the show written all quarter long, by both departments: its year says no more than its name
    spread = [_entry(rnd.choice(SHOW_ALONE[lang]).format(show=show), lang, rnd.randrange(0, 42), rnd.choice([9, 11]))
              for lang in ("pl", "en") for _ in range(rnd.randint(4, 7))]
    items = _items(base + spread + [a, b])
    cross = CrossLanguage(items, 7)
    i, j = sorted((_index(items, a), _index(items, b)))
    bases = cross.written[i].bases | cross.written[j].bases
    assert bases.get(key) == show.lower()
    assert cross.name_weight(key, bases) < cross.rarity(key)
    assert cross.name_weight(key, bases) <= alone.name_weight(key, bases)
    found = cross.judge(i, j)
    assert lone is not None and (found is None or found.score < lone.score), (a.title, b.title, lone, found)



COMPOUNDS = [("roboterarm", "robot"), ("webinarium", "webinar"), ("kundenmagazin", "kunden"), ("nachhaltigkeitsbericht", "nachhaltigkeit")]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_compound_beginning_with_the_word_is_the_word(seed):
    rnd = random.Random(seed)
    for _ in range(20):
        word = _word(rnd, 3) + rnd.choice(CONSONANTS)  # seven letters: long enough to be a compound's first word
        compound = word + _word(rnd, rnd.randint(2, 4))
        assert _alike(*_skeletons(compound, word)), (compound, word)
        assert _alike(*_skeletons(word, compound)), (word, compound)
        # four letters begin many words: a compound beginning with them is not theirs
        short = word[:4]
        if len(_skeleton(short)) < 5:
            long_one = short + _word(rnd, 4)
            assert not _alike(*_skeletons(long_one, short)), (long_one, short)
    for compound, word in COMPOUNDS:
        assert _alike(*_skeletons(compound, word)), (compound, word)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_coined_name_and_a_compound_of_its_word_are_one_effort_across_languages(seed):
    """"Marktstart KR-7: der neue Roboterarm" / "Yeni KR-7 robot kolu satışta": the code and the word."""
    rnd = random.Random(seed)
    entries = _background(rnd, ["pl", "en"])
    word = _word(rnd, 3) + rnd.choice(CONSONANTS)
    code = f"{rnd.choice('KLMPRSTV')}{rnd.choice('ABDEFGHX')}-{rnd.randint(2, 99)}"
    day = rnd.randrange(3, 30)
    a = _entry(f"Premiera {code}: nowy {word}{_word(rnd, 2)}", "pl", day)
    b = _entry(f"Launching the {code} {word} for our customers", "en", day + rnd.randint(0, 2), 14)
    items = _items(entries + [a, b])
    cross = CrossLanguage(items, 7)
    i, j = sorted((_index(items, a), _index(items, b)))
    found = cross.judge(i, j)
    assert found is not None and found.cognates and found.score >= 0.28, (a.title, b.title, found)
