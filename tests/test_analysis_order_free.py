"""Scores do not depend on the order a set's words come in (the hash seed decides it): every
sum of word weights is exactly rounded. Before, two runs of the same four-department job with
different PYTHONHASHSEED wrote different duplicate reasons ("descriptions 100 % alike" or not)."""
from __future__ import annotations

import random

from calendar_core.analysis.corpus import Corpus


def _corpus(rng: random.Random) -> Corpus:
    c = Corpus.__new__(Corpus)  # only the weights are needed here
    c.idf = {f"w{i}": rng.random() * 5 for i in range(300)}
    c.max_idf = 5.0
    return c


def test_a_set_weighs_the_same_in_any_order():
    rng = random.Random(3)
    c = _corpus(rng)
    for _ in range(2000):
        words = rng.sample(sorted(c.idf), rng.randint(3, 14))
        shuffled = words[:]
        rng.shuffle(shuffled)
        assert c.weight(words) == c.weight(shuffled) == c.weight(sorted(words))

