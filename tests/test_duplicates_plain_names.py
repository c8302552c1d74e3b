"""Two titles that share only a first name or a place are two things (calendar_core/analysis/plain_names.py);
a firm whose name starts with a weekday's or month's short name ("Sun Capital") is a name, not a date
(text.anchors_of). Not covered: titles whose meaning the model finds alike all the same ("Reel: a day in
the studio with Kofi" / "Partner of the month: Kofi's Hi-Fi", 0.54-0.58). Companies drawn from pools of their own, several seeds: a background of routine posts
by six departments, then the planted pairs.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from itertools import count

import pytest

from calendar_core.analysis import analyse
from calendar_core.model import Entry
from calendar_core.settings import Settings

SEEDS = range(1, 7)
DEPARTMENTS = ["Brand", "Studio", "Retail", "Partners", "Press", "People"]
FIRST_NAMES = ["Aisha", "Sofia", "Jordan", "Maya", "Kofi", "Ethan", "Lena", "Tariq", "Noor", "Ivo"]
CITIES = ["Jakarta", "Sydney", "Melbourne", "Lagos", "Lisbon", "Oslo", "Quito", "Hanoi", "Accra", "Perth"]
PRODUCTS = ["Studio Pro", "Arc Buds", "Loft 2 speaker", "Pulse Mini", "Halo Dock"]
ROUTINE = ["Tip of the week: {product} care", "Five things we learned this quarter", "Behind the design of the {product}",
           "Press coverage round-up", "Playlist of the month", "Store opening hours for the holidays",
           "Student offer: {product}", "Meet the repair team", "Unboxing the {product}", "Q&A with our sound engineers"]
# One person or place, each title about its own subject.
FIRST_NAME_PAIRS = [("Studio session with {x}", "Customer story: {x} in {city}"),
                    ("Reel: a day in the studio with {x}", "Customer story: {x} in {city}"),
                    ("Podcast guest: {x} on vinyl", "Customer story: {x} in {city}")]
CITY_PAIRS = [("Halcyon Live {x} 2026: tickets on sale", "Customer story: Ethan in {x}"),
              ("Pop-up store in {x} this weekend", "Meet our {x} repair partner"),
              ("Charity run in {x}", "Job opening: store manager in {x}")]
# Firms named after a weekday's or month's short name, against another firm of the same last word.
FIRMS = [("Sun", "Fox"), ("Wed", "Oak"), ("Mar", "Elm"), ("Sat", "Ash"), ("Jun", "Ivy")]
FIRM_WORDS = ["Capital", "Health", "Logistics", "Foods"]

_ids = count(1)
FIRST = datetime(2026, 10, 5, 9, 0, tzinfo=timezone.utc)


def _entry(title: str, department: str, day: int, hour: int = 9) -> Entry:
    n = next(_ids)
    return Entry(id=n, source_id=DEPARTMENTS.index(department) + 1, source_ref=f"row {n}", title=title,
                 start=FIRST + timedelta(days=day, hours=hour - 9), end=None, all_day=False, department=department,
                 channel="Instagram", owner="", source_name=f"{department}.xlsx")


def _company(rnd: random.Random) -> list[Entry]:
    out = []
    for dept in DEPARTMENTS:
        for _ in range(rnd.randint(12, 18)):
            out.append(_entry(rnd.choice(ROUTINE).format(product=rnd.choice(PRODUCTS)), dept, rnd.randrange(0, 42),
                              rnd.choice([9, 12, 15, 18])))
    return out


def _grouped(entries, a, b) -> bool:
    return any(a.id in g.entry_ids and b.id in g.entry_ids for g in analyse(entries, Settings()).duplicates)


def _plant(rnd, pairs, value, entries):
    first, second = rnd.choice(pairs)
    da, db = rnd.sample(DEPARTMENTS, 2)
    day = rnd.randrange(3, 36)
    city = rnd.choice(CITIES)
    a = _entry(first.format(x=value, city=city), da, day)
    b = _entry(second.format(x=value, city=city), db, day + rnd.randint(0, 2), 15)
    entries += [a, b]
    return a, b


def _none_grouped(entries, planted) -> list:
    groups = analyse(entries, Settings()).duplicates
    return [(a.title, b.title) for a, b in planted if any(a.id in g.entry_ids and b.id in g.entry_ids for g in groups)]


@pytest.mark.parametrize("seed", SEEDS)
def test_one_first_name_is_no_effort(seed):
    rnd = random.Random(seed)
    entries = _company(rnd)
    planted = [_plant(rnd, FIRST_NAME_PAIRS, name, entries) for name in rnd.sample(FIRST_NAMES, 4)]
    assert _none_grouped(entries, planted) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_one_city_is_no_effort(seed):
    rnd = random.Random(seed)
    entries = _company(rnd)
    planted = [_plant(rnd, CITY_PAIRS, city, entries) for city in rnd.sample(CITIES, 4)]
    assert _none_grouped(entries, planted) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_one_product_is_still_shared(seed):
    """A coined name ("Studio Pro", "Loft 2") stays evidence: two departments' spotlights of one product."""
    rnd = random.Random(seed)
    entries = _company(rnd)
    product = rnd.choice(PRODUCTS)
    da, db = rnd.sample(DEPARTMENTS, 2)
    day = rnd.randrange(3, 36)
    a = _entry(f"Product spotlight: {product}", da, day)
    b = _entry(f"Product spotlight: {product}", db, day + rnd.randint(0, 2), 15)
    assert _grouped(entries + [a, b], a, b)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_firm_named_like_a_weekday_is_another_firm(seed):
    rnd = random.Random(seed)
    entries = _company(rnd)
    (calendar_word, other), word = rnd.choice(FIRMS), rnd.choice(FIRM_WORDS)
    da, db = rnd.sample(DEPARTMENTS, 2)
    day = rnd.randrange(3, 36)
    a = _entry(f"{calendar_word} {word} case study is live", da, day)
    b = _entry(f"Customer story: {other} {word}", db, day + rnd.randint(0, 2), 15)
    same = _entry(f"Customer story: {calendar_word} {word}", db, day + 1, 17)
    entries += [a, b]
    assert not _grouped(entries, a, b), (a.title, b.title)
    assert _grouped(entries + [same], a, same), (a.title, same.title)
