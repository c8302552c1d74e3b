"""Generated tables for the rules the fifth held-out company (tests/holdout5/, Maison Soleil) asked
for. Each table is drawn from pools written here (seeded), never from that company's strings."""
from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.roles import is_code
from tests.company_gen import HEADER_WORDS
from tests.realworld2_pools import PHRASES, write_csv

ZONE = ZoneInfo("Europe/Berlin")
SEEDS = range(1, 21)


def digit_id(rng: random.Random) -> str:
    """A post or object id of digits only, joined (Meta's page_post ids, order numbers, ledger keys)."""
    shape = rng.randrange(4)
    if shape == 0:
        return f"{rng.randrange(10**14, 10**15)}_{rng.randrange(10**15, 10**16)}"
    if shape == 1:
        return f"{rng.randrange(1000, 9999)}-{rng.randrange(10**5, 10**6)}-{rng.randrange(10**5, 10**6)}"
    if shape == 2:
        return f"{rng.randrange(10**9, 10**10)}/{rng.randrange(100, 999)}"
    return f"{rng.randrange(10**5, 10**6)}.{rng.randrange(10**5, 10**6)}.{rng.randrange(10**5, 10**6)}"


@pytest.mark.parametrize("seed", SEEDS)
def test_digits_joined_are_an_identifier_not_the_title(tmp_path, seed):
    rng = random.Random(seed)
    start = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    phrases = rng.sample(PHRASES, rng.randrange(5, 10))
    rows, truth = [], []
    for k in range(rng.randrange(12, 30)):
        day, phrase = start + timedelta(days=k), rng.choice(phrases)
        rows.append([day.isoformat(), phrase, digit_id(rng)])
        truth.append((day, phrase))
    order = list(range(3))
    rng.shuffle(order)
    header = rng.sample(HEADER_WORDS, 3)
    path = write_csv(tmp_path / f"ids-{seed}.csv", [header[i] for i in order], [[r[i] for i in order] for r in rows])
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = Counter((r.start if isinstance(r.start, date) else r.start.date(), r.title) for r in result.records)
    assert got == Counter(truth)


def test_digit_identifiers_and_what_is_not_one():
    rng = random.Random(7)
    assert all(is_code(digit_id(rng)) for _ in range(40))
    assert not any(is_code(t) for t in ("12:30", "2026", "1.250,50", "+33 4 78 12 34 56", "26.6", "120,50", "-30 %"))
