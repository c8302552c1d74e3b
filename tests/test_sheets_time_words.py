"""A clock time written with the language's word for "o'clock" or "at" around it.

"12.30 uur", "godz. 14:30", "kl. 14.30", "ore 9:15", "15u30": whatever the word, one short word
in lower case before or after a time with its minutes leaves the time. The words are drawn at
random from made-up ones, so no list in the code can hold them; capitalised words (a title's
"9.30 Quiz night") and codes in capitals ("12.30 USD") are not such words.
"""
from __future__ import annotations

import random
import string
from datetime import time

import pytest

from importers.sheets.times import BAD_TIME, parse_time_text


def _word(rng: random.Random) -> str:
    while True:
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 5)))
        if word not in ("a", "p", "am", "pm"):  # (those say morning or afternoon)
            return word + rng.choice(["", "."])


@pytest.mark.parametrize("seed", range(20))
def test_a_short_word_around_a_time_is_its_unit(seed):
    rng = random.Random(seed)
    t = time(rng.randint(0, 23), rng.choice([0, 5, 15, 30, 45, 59]))
    clock = f"{t.hour}{rng.choice([':', '.'])}{t.minute:02d}"
    text = f"{_word(rng)} {clock}" if rng.random() < 0.5 else f"{clock}{rng.choice(['', ' '])}{_word(rng)}"
    assert parse_time_text(text) == (t, None), text


@pytest.mark.parametrize("text, want", [
    ("12.30 uur", time(12, 30)), ("godz. 14:30", time(14, 30)), ("kl. 14.30", time(14, 30)),
    ("ore 9:15", time(9, 15)), ("15u30", time(15, 30)), ("14:30 Uhr", time(14, 30)),
])
def test_real_words(text, want):
    assert parse_time_text(text) == (want, None)


@pytest.mark.parametrize("text", ["9.30 Quiz", "Room 12.30", "USD 12.30", "9 uur", "Q3 12.30", "12.30 abcdef"])
def test_what_is_no_unit_word(text):
    assert parse_time_text(text) is BAD_TIME
