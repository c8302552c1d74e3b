"""A channel value that is a network followed by one word of its own ("YouTube Shorts",
"TikTok Live", "Pinterest Idea") is that network, so two departments writing the network
and one of its formats are on one channel (and clash there). In a title's tag the same
shape names no channel ("Webinar recap: part two"), and two networks stay apart."""
from __future__ import annotations

import random

import pytest

from calendar_core.names import Names
from importers.channels import channel_tag, known_channel

NETWORKS = ["YouTube", "TikTok", "Pinterest", "Facebook", "LinkedIn", "Instagram", "Xing", "Podcast"]
# words a team puts after a network to say which of its formats, none of them a network
FORMAT_WORDS = ["Shorts", "Live", "Idea", "Carousel", "Spotlight", "Premiere", "Gruppe", "Direct", "Events"]


@pytest.mark.parametrize("seed", range(5))
def test_network_and_one_format_word_is_the_network(seed):
    rng = random.Random(4400 + seed)
    names = Names.defaults()
    for _ in range(20):
        network, word = rng.choice(NETWORKS), rng.choice(FORMAT_WORDS)
        written = rng.choice([f"{network} {word}", f"{network.lower()} {word.lower()}", f"{network}-{word}"])
        assert names.channel(written) == network, written
        assert known_channel(written, formats=True) == network


@pytest.mark.parametrize("written", ["LinkedIn Newsletter", "Blog YouTube", "Instagram 2", "Nimbus launch",
                                     "X Spaces", "Meta ads", "FB Gruppe"])
def test_no_network_is_made_up(written):
    """Two networks, a number, no network first, a short or other name first: kept as written."""
    assert known_channel(written, formats=True) is None
    assert Names.defaults().channel(written) == written


def test_a_title_tag_needs_the_network_alone():
    assert channel_tag("Webinar recap: part two") is None
    assert known_channel("YouTube Shorts") is None
    assert channel_tag("Launch day | YouTube") == ("YouTube", "Launch day")
