"""A first name alone is the one person of the workspace with that first name ("Marloes" beside
"Marloes van den Berg"), and stays apart when two people share it. Made-up names, seeded."""
from __future__ import annotations

import random
import string

import pytest

from calendar_core.names import person_identities


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 8))).capitalize()


@pytest.mark.parametrize("seed", range(8))
def test_a_first_name_alone_is_the_one_person_it_fits(seed):
    rng = random.Random(7700 + seed)
    firsts = list(dict.fromkeys(_word(rng) for _ in range(6)))
    people = [(f, _word(rng)) for f in firsts]
    shared = firsts[0]
    people.append((shared, _word(rng)))  # two people share the first name
    keys = person_identities([f"{f} {last}" for f, last in people] + firsts)
    for first, last in people:
        if first == shared:
            assert keys[first] != keys[f"{first} {last}"]
        else:
            assert keys[first] == keys[f"{first} {last}"]


def test_a_word_in_lower_case_is_no_first_name():
    keys = person_identities(["marketing", "Marketing Lead", "Support"])
    assert keys["marketing"] != keys["Marketing Lead"]
