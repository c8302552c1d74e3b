"""A channel cell naming the profile and, in brackets, the network it posts on ("Aurora Brasil (Instagram)",
"Acme Careers (LinkedIn)"), as Hootsuite-style exports write their social profiles, is that network (the ninth
held-out company, tests/holdout9/, asked for it); a network with an aside of its own ("Newsletter (Mailchimp)")
stays the network. Values drawn from pools written here (seeded)."""
from __future__ import annotations

import random

import pytest

from importers.channels import known_channel

SEEDS = range(1, 21)
PROFILES = ["Aurora Brasil", "Acme Careers", "Café del Sur", "Nordlys Radio", "Kranich Werke AG", "Halcyon ANZ",
            "Van Dijk Fietsen", "Sokół Group", "Maison Soleil", "Bäckerei Huber", "Grupo Andino"]
NETWORKS = {"Instagram": ["Instagram", "Instagram Business"], "Facebook": ["Facebook", "Facebook Page"],
            "LinkedIn": ["LinkedIn", "LinkedIn Company"], "X": ["Twitter", "X"], "TikTok": ["TikTok"],
            "YouTube": ["YouTube"], "WhatsApp": ["WhatsApp"], "Pinterest": ["Pinterest"]}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_profile_with_its_network_in_brackets_is_the_network(seed):
    rng = random.Random(seed)
    for _ in range(10):
        canon = rng.choice(sorted(NETWORKS))
        value = f"{rng.choice(PROFILES)} ({rng.choice(NETWORKS[canon])})"
        assert known_channel(value, formats=True) == canon, value


def test_asides_of_a_network_and_brackets_without_one_are_as_before():
    assert known_channel("Newsletter (Mailchimp)", formats=True) == "Newsletter"
    assert known_channel("Facebook (DE page)", formats=True) == "Facebook"
    assert known_channel("Aurora Brasil (purple)", formats=True) is None
    assert known_channel("Aurora Brasil (Instagram)") is None   # in a title's tag a profile is no channel
