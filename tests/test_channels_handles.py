"""A channel written with the account ("IG @vandijk.careers", "@brand on Instagram", "LinkedIn @acme-careers",
"Insta (@brand)", "Facebook facebook.com/acme") is the network; a handle alone names none. Drawn from
seeded pools of handles, networks and ways of writing them."""
from __future__ import annotations

import random

import pytest

from calendar_core.names import Names
from importers.channels import known_channel

NETWORKS = {"Instagram": ["Instagram", "IG", "Insta"], "LinkedIn": ["LinkedIn", "LI", "Linked In"],
            "Facebook": ["Facebook", "FB"], "X": ["X", "Twitter"], "TikTok": ["TikTok"], "YouTube": ["YouTube", "YT"]}
SITES = {"Instagram": "instagram.com", "LinkedIn": "linkedin.com/company", "Facebook": "facebook.com",
         "X": "x.com", "TikTok": "tiktok.com", "YouTube": "youtube.com"}
_SYLLABLES = ["van", "dijk", "acme", "careers", "nord", "wind", "brand", "team", "jobs", "hq", "nl", "de", "shop"]


def _handle(rng: random.Random) -> str:
    joiner = rng.choice([".", "_", "-", ""])
    return joiner.join(rng.sample(_SYLLABLES, rng.randint(1, 3)))


def _written(rng: random.Random, network: str) -> str:
    name, handle = rng.choice(NETWORKS[network]), _handle(rng)
    return rng.choice([
        f"{name} @{handle}", f"@{handle} on {name}", f"{name} (@{handle})", f"@{handle} op {name}",
        f"{name}: @{handle}", f"{name} – @{handle}", f"{name} {SITES[network]}/{handle}",
        f"{name} (https://www.{SITES[network]}/{handle}/)", f"https://{SITES[network]}/{handle}",
    ])


@pytest.mark.parametrize("seed", range(6))
def test_a_network_written_with_its_account_is_the_network(seed):
    rng = random.Random(4100 + seed)
    names = Names.defaults()
    for _ in range(40):
        network = rng.choice(sorted(NETWORKS))
        written = _written(rng, network)
        assert known_channel(written) == network, written
        assert names.channel(written) == network, written  # what the master calendar shows


@pytest.mark.parametrize("seed", range(3))
def test_a_handle_or_an_address_alone_names_no_network(seed):
    rng = random.Random(4200 + seed)
    for _ in range(20):
        handle = _handle(rng)
        for written in (f"@{handle}", f"{handle}@example.com", f"www.{handle}.example", f"@{handle} (main)"):
            assert known_channel(written) is None, written


def test_two_networks_name_no_one_channel():
    assert known_channel("Facebook instagram.com/acme") is None
    assert known_channel("IG @acme / FB @acme") is None


def test_an_address_beside_a_channel_that_is_no_site():
    assert known_channel("Newsletter (news@acme.example)") == "Newsletter"
    assert known_channel("Blog www.acme.example/blog") == "Blog"
