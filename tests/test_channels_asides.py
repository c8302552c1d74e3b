"""A network with an aside in brackets ("Newsletter (Mailchimp)", "Facebook (DE page)") is that
network, in a channel column and in a title's tag alike; brackets naming another network, or
around a word that is no network's, name none. Drawn from seeded pools."""
from __future__ import annotations

import random

import pytest

from importers.channels import channel_from_titles, known_channel

NETWORKS = {"Newsletter": ["Newsletter", "E-mail newsletter", "Nieuwsbrief"], "LinkedIn": ["LinkedIn", "LI"],
            "Facebook": ["Facebook", "FB"], "YouTube": ["YouTube", "YT"], "Instagram": ["Instagram", "IG"]}
ASIDES = ["Mailchimp", "Brevo", "DE page", "main account", "EN", "paid", "company page", "draft", "Benelux"]
TITLES = ["Photo series — green berths", "Q&A on tide tables", "Recap of the charity run", "Poll: quay lighting"]


@pytest.mark.parametrize("seed", range(3))
def test_a_network_with_an_aside_is_the_network(seed):
    rng = random.Random(9700 + seed)
    rows, want = [], []
    for _ in range(12):
        network = rng.choice(sorted(NETWORKS))
        spelled = f"{rng.choice(NETWORKS[network])} ({rng.choice(ASIDES)})"
        assert known_channel(spelled) == network, spelled
        title = rng.choice(TITLES)
        rows.append(f"{spelled}: {title}")
        want.append((network, title))
    channels, titles = channel_from_titles(rows)
    assert channels is not None
    assert [(known_channel(c), t) for c, t in zip(channels, titles)] == want


@pytest.mark.parametrize("written", ["Webinar (part two)", "Q3 (draft)", "LinkedIn (Facebook)", "Launch (2026)",
                                     "Interview (long read)"])
def test_brackets_that_name_no_one_network(written):
    assert known_channel(written) is None
