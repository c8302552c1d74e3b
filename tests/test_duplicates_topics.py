"""Two-word topics: "the chess club" and "the book club" share a word, not a subject.

A company's departments each post about their recurring two-word topics (a modifier and a head
word drawn from pools, several topics sharing one head). Pairs that share only the head of two
different topics are no duplicated effort; the same topic posted by two departments, in other
formats and word orders, still is. Drawn with a seeded RNG, words no list in the code holds.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from itertools import count

import pytest

from calendar_core.analysis import analyse
from calendar_core.analysis.corpus import Corpus, other_topics
from calendar_core.analysis.items import make_items
from calendar_core.analysis.timeutil import LocalClock
from calendar_core.model import Entry
from calendar_core.settings import Settings

HEADS = ("club", "fair", "tour", "survey", "garden", "choir", "archive", "contest", "league", "workshop")
MODIFIERS = ("chess", "book", "graduate", "warehouse", "harbour", "rooftop", "photo", "cycling", "pottery",
             "alumni", "robotics", "quilting", "kayak", "orchard", "lantern", "vinyl")
FORMATS = ("Photo series: the {t}", "Interview about the {t}", "Recap of the {t}", "Poll: the {t}",
           "Behind the scenes: the {t}", "Tips for the {t}", "Q&A on the {t}", "Short video: the {t}")
REORDERED = ("{h} of the {m} team: a recap", "Our {h} for {m} fans")
DEPARTMENTS = ("Brand", "People", "Sales", "Support", "Events", "Partners")
START = datetime(2026, 10, 5, 9, 0, tzinfo=timezone.utc)


def _company(seed: int):
    rng = random.Random(seed)
    heads = rng.sample(HEADS, 3)
    topics = [(m, h) for h, ms in zip(heads, (rng.sample(MODIFIERS, 3) for _ in heads)) for m in ms]
    ids = count(1)
    entries: list[Entry] = []
    topic_of: dict[int, tuple[str, str]] = {}

    def post(dept: str, title: str, day: int, topic: tuple[str, str]) -> None:
        n = next(ids)
        e = Entry(id=n, source_id=DEPARTMENTS.index(dept) + 1, source_ref=f"r{n}", title=title,
                  start=START + timedelta(days=day, hours=rng.randint(0, 7)), end=None, department=dept)
        entries.append(e)
        topic_of[e.id] = topic

    for topic in topics:  # each topic recurs through the quarter, in several departments
        for _ in range(rng.randint(3, 5)):
            fmt = rng.choice(FORMATS)
            post(rng.choice(DEPARTMENTS), fmt.format(t=f"{topic[0]} {topic[1]}"), rng.randint(0, 80), topic)
    return entries, topic_of


def _pairs(result) -> set[frozenset[int]]:
    out = set()
    for g in result.duplicates:
        ids = g.entry_ids
        out |= {frozenset((ids[i], ids[j])) for i in range(len(ids)) for j in range(i + 1, len(ids))}
    return out


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_shared_head_word_is_no_shared_topic(seed):
    entries, topic_of = _company(seed)
    found = _pairs(analyse(entries, Settings(timezone="UTC")))
    wrong = [sorted(p) for p in found if len({topic_of[i] for i in p}) > 1]
    assert not wrong, [[next(e.title for e in entries if e.id == i) for i in p] for p in wrong[:5]]


def _items(titles: list[tuple[str, str]]):
    """Items of the titles, ten days apart (topics recur over the weeks)."""
    entries = [Entry(id=k + 1, source_id=k + 1, source_ref=f"r{k}", title=t, start=START + timedelta(days=10 * k), end=None,
                     department=d) for k, (d, t) in enumerate(titles)]
    items = make_items(entries, LocalClock("UTC"))
    return items, Corpus(items, 7)


def test_one_story_told_in_a_few_days_is_no_recurring_topic():
    titles = [("Brand", "Survey: forecasting matters more"), ("Sales", "Survey: forecasting matters more"),
              ("People", "Our forecasting report is out"), ("Support", "Our forecasting report is out")]
    entries = [Entry(id=k + 1, source_id=k + 1, source_ref=f"r{k}", title=t, start=START + timedelta(days=k),
                     end=None, department=d) for k, (d, t) in enumerate(titles)]
    items = make_items(entries, LocalClock("UTC"))
    Corpus(items, 7)
    assert all(item.topics is None for item in items)


@pytest.mark.parametrize("seed", range(1, 6))
def test_one_topic_in_other_words_stays_shared(seed):
    rng = random.Random(seed)
    m, h = rng.choice(MODIFIERS), rng.choice(HEADS)
    other = rng.choice([x for x in MODIFIERS if x != m])
    titles = [("Brand", rng.choice(FORMATS).format(t=f"{m} {h}")),
              ("Sales", rng.choice(REORDERED).format(m=m, h=h)),
              ("People", rng.choice(FORMATS).format(t=f"{m} {h}")),
              ("Events", rng.choice(FORMATS).format(t=f"{other} {h}")),
              ("Support", rng.choice(FORMATS).format(t=f"{other} {h}"))]
    items, corpus = _items(titles)
    a, b, c, d = items[0], items[1], items[2], items[3]
    assert not other_topics(a, c, a.stems & c.stems, a.stems, c.stems)  # the same topic
    assert not other_topics(a, b, a.stems & b.stems, a.stems, b.stems)  # ... in another word order
    assert other_topics(a, d, a.stems & d.stems, a.stems, d.stems)  # the head of another topic


def test_a_name_is_the_topic_whatever_stands_beside_it():
    titles = [("Brand", "Kestrel and Fivetran join forces"), ("Sales", "New partnership with Fivetran"),
              ("People", "Kestrel and Fivetran join forces"), ("Support", "New partnership with Fivetran")]
    items, corpus = _items(titles)
    a, b = items[0], items[1]
    assert not other_topics(a, b, a.stems & b.stems, a.stems, b.stems)


def test_a_partner_spelt_another_way_is_the_same_topic():
    titles = [("Brand", "Save your seat: nutrition webinar"), ("Ventes", "Webinaire nutrition en ligne"),
              ("People", "Nutrition webinar recap"), ("Boutiques", "Webinaire nutrition : inscriptions")]
    items, corpus = _items(titles)
    a, b = items[0], items[1]
    assert not other_topics(a, b, a.stems & b.stems, a.stems, b.stems)


@pytest.mark.parametrize("seed", range(6))
def test_a_first_word_before_a_name_may_be_a_common_word(seed):
    """"Targi VELO Utrecht" (the Polish "fair" opening the title) names "VELO Utrecht"; "Red Foods"
    and "Blue Foods" stay two names. Made-up words, seeded."""
    from calendar_core.analysis import evidence
    from calendar_core.analysis.text import features

    rng = random.Random(7300 + seed)

    def word(n):
        return "".join(rng.choice("abcdefghijklmnoprstuvwz") for _ in range(n))

    fair, event, city = word(5).capitalize(), word(4).upper(), word(7).capitalize()
    a = features(f"{fair} {event} {city} – {word(6)} 4B")
    b = features(f"Our team at {event} {city}: {word(5)} 4B")
    found = evidence.names(a, b, lambda w: 1.0)
    assert found.differ_weight == 0 and {event.casefold(), city.casefold()} <= set(found.shared)
    red, blue, foods = word(4).capitalize(), word(5).capitalize(), word(6).capitalize()
    c, d = features(f"{red} {foods} case study is live"), features(f"{blue} {foods} case study is live")
    assert evidence.names(c, d, lambda w: 1.0).differ_weight > 0
