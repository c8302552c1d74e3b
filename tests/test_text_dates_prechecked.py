"""Dates in titles: skipping a pattern whose literal it needs is missing gives what running every pattern gives."""
from __future__ import annotations

import random

import pytest

from calendar_core.analysis import date_words, text

POOL = ["Webinar", "on", "Tuesday", "Tue.", "3", "12", "31st", "2026", "2026-03-04", "12/3", "12.3.", "5.1",
        "12.3.2026", "March", "mar", "MAY", "Mayo", "märz", "Févr.", "août", "of", "de", "jan", "Sept", "—",
        "FleetTech", "Expo", "v2.1", "10:30", "#42", "Q3", "1er", "mars", "İstanbul", "ſept", "K", "/", "-", ",",
        "3rdmarch", "Dezember", "décembre", "4th", "Jun", "june"]


def _reference(s: str, day_first: bool):
    needs = date_words._DATE_NEEDS  # the module whose _extract_dates reads it
    try:
        date_words._DATE_NEEDS = tuple(lambda _t: True for _ in needs)
        return text._extract_dates(s, day_first)
    finally:
        date_words._DATE_NEEDS = needs


@pytest.mark.parametrize("seed", range(5))
def test_prechecked_date_extraction_matches_every_pattern(seed):
    rnd = random.Random(seed)
    for _ in range(2_000):
        words = [rnd.choice(POOL) for _ in range(rnd.randrange(1, 8))]
        title = rnd.choice([" ", "", " ", ", "]).join(words)
        day_first = rnd.random() < 0.5
        assert text._extract_dates(title, day_first) == _reference(title, day_first), title


def test_a_title_with_a_month_still_gives_its_date():
    assert text._extract_dates("Launch on 4 March", True)[1] == {(3, 4)}
    assert text._extract_dates("Launch 2026-03-04", True)[1] == {(3, 4)}
    assert text._extract_dates("Post number 17 about topic 4", True)[1] == set()
