"""Two rules of the duplicate evidence, on companies drawn with a seeded RNG from pools of their own:

* a label ("Brand x Partner: …") is a recurring format only when it recurs over more than the
  window; one collaboration announced by several offices in one week, each in its own words, is one
  effort, not instances of a format ("We're hiring: …" week after week stays a format);
* a name one title writes that the other says by a word both titles share (a German noun written
  with a capital, "Wartung", against "maintenance") is no differing name.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from analysis_factory import entry
from calendar_core.analysis import analyse
from calendar_core.analysis.corpus import Corpus
from calendar_core.analysis.items import make_items
from calendar_core.analysis.scoring import gather
from calendar_core.analysis.timeutil import LocalClock
from calendar_core.settings import Settings

BRANDS = ("Casa Verano", "Maison Brise", "Haus Kiefer", "Villa Onda", "Studio Nube")
PARTNERS = ("Atelier Solstice", "Forge Linden", "Taller Marea", "Oficina Trigo", "Werkstatt Rabe")
# What follows the label, in the offices' own words: one word of the thing in common, the rest their own.
THINGS = ("capsula", "vitrina", "lampara", "tapiz", "ceramica")
OWN_WORDS = ("la", "nostra", "unsere", "neue", "nuova", "colecao", "kollektion", "coleccion", "serie", "edition",
             "linea", "reihe", "limitada", "limitee", "begrenzt")
DEPARTMENTS = ("Madrid", "Lisboa", "Milano", "Paris", "Wien")
BACKGROUND = ("Tips for spring cleaning", "Store hours over the holidays", "Meet our new store manager",
              "Recipe: summer salad", "Behind the scenes at the warehouse", "Customer story: a kitchen makeover",
              "Quiz: which colour are you", "Gift ideas under 30 euros", "How we pack your parcels",
              "Care guide for wooden tables", "Press review of the month", "Live chat with our designers")
START = date(2026, 10, 5)


def _day(offset: int) -> str:
    return (START + timedelta(days=offset)).isoformat() + " 10:00"


def _background(rng: random.Random) -> list:
    return [entry(t, _day(rng.randrange(60)), department=rng.choice(DEPARTMENTS) + " desk", channel="Blog")
            for t in BACKGROUND for _ in range(2)]


def _collaboration(rng: random.Random, brand: str, partner: str, thing: str, day: int) -> list:
    offices = rng.sample(DEPARTMENTS, rng.randint(3, 4))
    posts = []
    for k, office in enumerate(offices):
        own = " ".join(rng.sample(OWN_WORDS, 2))
        posts.append(entry(f"{brand} x {partner}: {own} {thing}", _day(day + rng.randint(0, 2)),
                           department=office, channel=rng.choice(("Instagram", "LinkedIn", "Newsletter"))))
    return posts


def _pairs(result) -> set[frozenset[int]]:
    out = set()
    for g in result.duplicates:
        ids = g.entry_ids
        out |= {frozenset((x, y)) for i, x in enumerate(ids) for y in ids[i + 1:]}
    return out


@pytest.mark.parametrize("seed", range(1, 6))
def test_one_collaboration_told_by_several_offices_in_a_week_is_one_effort(seed):
    rng = random.Random(seed)
    brand = rng.choice(BRANDS)
    partner, another = rng.sample(PARTNERS, 2)
    first, second = rng.sample(THINGS, 2)
    launch = _collaboration(rng, brand, partner, first, 3)
    later = _collaboration(rng, brand, another, second, 30)  # another collaboration, a month later
    result = analyse(launch + later + _background(rng), Settings(timezone="Europe/Berlin"))
    found = _pairs(result)
    want = {frozenset((a.id, b.id)) for posts in (launch, later) for i, a in enumerate(posts) for b in posts[i + 1:]}
    assert want <= found, f"missed {len(want - found)} of {len(want)}"
    assert not any(a.id in p and b.id in p and len(p) == 2 for p in found for a in launch for b in later)


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_label_is_a_format_only_when_it_recurs_over_more_than_the_window(seed):
    rng = random.Random(seed)
    brand, partner = rng.choice(BRANDS), rng.choice(PARTNERS)
    label = f"{brand} x {partner}"
    week = _collaboration(rng, brand, partner, rng.choice(THINGS), 3)
    weekly = [entry(f"{label}: {' '.join(rng.sample(OWN_WORDS, 2))} {thing}", _day(7 * k),
                    department=rng.choice(DEPARTMENTS)) for k, thing in enumerate(THINGS)]
    settings = Settings(timezone="Europe/Berlin")
    folded = label.lower()
    for posts, recurring in ((week, False), (weekly, True)):
        items = make_items(posts + _background(rng), LocalClock(settings.timezone))
        corpus = Corpus(items, settings.duplicate_window_days)
        assert any(folded in t for t in corpus.templates) is recurring, (posts[0].title, corpus.templates)


NOUNS = {  # a German noun written with a capital, the English word the analysis knows it as
    "Wartung": "maintenance",
}
PRODUCTS = ("Falke 300", "Sperber 12", "Milan 40", "Habicht 7")
OPENERS_DE = ("Webinar {p}: vorausschauende {n}", "Live-Webinar zu {p}: {n} planen", "{p} im Webinar: smarte {n}")
OPENERS_EN = ("Webinar: predictive {e} with {p}", "Live webinar: {p} and smart {e}", "Join the {p} webinar on {e}")


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_capitalised_noun_the_other_title_says_is_no_differing_name(seed):
    rng = random.Random(seed)
    noun, english = rng.choice(sorted(NOUNS.items()))
    product = rng.choice(PRODUCTS)
    de = entry(rng.choice(OPENERS_DE).format(p=product, n=noun), _day(10), department="Konzern")
    en = entry(rng.choice(OPENERS_EN).format(p=product, e=english.capitalize() if rng.random() < 0.5 else english),
               _day(10 + rng.randint(0, 3)), department="Vertrieb")
    other = entry(f"{product}: neue Hotline für den Kundendienst", _day(11), department="Service")
    result = analyse([de, en, other] + _background(rng), Settings(timezone="Europe/Berlin"))
    found = _pairs(result)
    assert frozenset((de.id, en.id)) in found
    assert frozenset((de.id, other.id)) not in found and frozenset((en.id, other.id)) not in found


# --- one frame, another name; a figure that is part of a name ----------------------------------------
PLACES = ("Tarvik", "Olmena", "Brask", "Quillon", "Vedra", "Sorbeck", "Ithmar", "Calvor")
FRAMES = ("{x} hackathon: save the date", "{x} open house – book your visit", "Webinar: {x} – register now",
          "Meetup in {x}: doors open at six", "{x} der Woche")


@pytest.mark.parametrize("seed", range(1, 8))
def test_one_frame_holding_another_name_is_another_thing(seed):
    rng = random.Random(seed)
    frame = rng.choice(FRAMES)
    x, y = rng.sample(PLACES, 2)
    a = entry(frame.format(x=x), _day(5), department="Events")
    b = entry(frame.format(x=y), _day(5 + rng.randint(0, 2)), department="Sales")
    same = entry(frame.format(x=x), _day(6), department="People")  # the same event told by another team
    result = analyse([a, b, same] + _background(rng), Settings(timezone="Europe/Berlin"))
    found = _pairs(result)
    assert frozenset((a.id, same.id)) in found
    assert frozenset((a.id, b.id)) not in found and frozenset((b.id, same.id)) not in found
    [group] = [g for g in result.duplicates if a.id in g.entry_ids]
    assert b.id not in group.entry_ids


def test_the_frame_rule_leaves_words_and_spellings_alone():
    from calendar_core.analysis.swaps import swapped

    assert swapped("Tarvik hackathon: save the date", "Olmena hackathon: save the date") == ("Tarvik", "Olmena")
    assert swapped("We won the Brask Prize!", "Proud winners of the Brask Prize") is None  # words, not a name
    assert swapped("Open day at Genova", "Open day at Genua") is None  # one place, two spellings
    assert swapped("Report 2026 is out", "Report 2026 published") is None
    assert swapped("Spotlight: Ana Ruiz, data engineer", "Perfil: Ana Ruiz, data engineer") is None  # labels
    # the frame is the subject itself (a product and its number): the slots are what is said of it
    assert swapped("Produktstart: Brask 3", "Introducing Brask 3", frozenset({"brask"})) is None


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_figure_of_a_shared_name_is_no_shared_fact(seed):
    rng = random.Random(seed)
    product = rng.choice(PRODUCTS)
    topics = rng.sample(("new service hotline", "customer case study", "spare parts prices", "recall of one batch"), 2)
    a = entry(f"{product}: {topics[0]}", _day(8), department="Service")
    b = entry(f"{rng.choice(('Webinar', 'Live'))} {product}: {topics[1]}", _day(9), department="Marketing")
    share = rng.randint(12, 95)
    figure = entry(f"{share}% of you use the {product.split()[0]} app", _day(8), department="Digital")
    again = entry(f"Survey: {share}% use our {product.split()[0]} app", _day(9), department="Sales")
    entries = [a, b, figure, again] + _background(rng)
    settings = Settings(timezone="Europe/Berlin")
    items = {it.entry.id: it for it in make_items(entries, LocalClock(settings.timezone))}
    corpus = Corpus(list(items.values()), settings.duplicate_window_days)
    # "Falke 300" said twice is one name, not a fact as well; a share of its own still is one
    assert not gather(items[a.id], items[b.id], corpus, cosine=0.5).same_fact
    assert gather(items[figure.id], items[again.id], corpus, cosine=0.5).same_fact
    assert frozenset((figure.id, again.id)) in _pairs(analyse(entries, settings))
