"""The newsletter in the languages whose sheets Masthead reads, alone, in a label list or with
a provider's name after it, drawn from a seeded pool; a word that only contains one is not it."""
from __future__ import annotations

import random

import pytest

from calendar_core.names import Names
from importers.channels import known_channel

WORDS = ["Nieuwsbrief", "nyhetsbrev", "Nyhedsbrev", "Uutiskirje", "Boletín", "Lettre d'information", "Newsletter",
         "E-mail newsletter"]
LABELS = ["Blue Category", "Q4", "Campagne", "Intern", "Red Category"]


@pytest.mark.parametrize("seed", range(3))
def test_the_newsletter_in_its_languages(seed):
    rng = random.Random(9600 + seed)
    names = Names.defaults()
    for _ in range(20):
        word = rng.choice(WORDS)
        word = rng.choice([word, word.lower(), word.upper()])
        assert known_channel(word) == "Newsletter", word
        written = rng.choice([";", ", "]).join(rng.sample([word, *rng.sample(LABELS, 1)], 2))
        assert names.channel(written) == "Newsletter", written


@pytest.mark.parametrize("written", ["Nieuwsbriefarchief opschonen", "Boletines anteriores", "uutiskirjeet 2025"])
def test_a_longer_word_is_not_the_newsletter(written):
    assert known_channel(written) is None
