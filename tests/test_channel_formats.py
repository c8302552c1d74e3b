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


def test_a_form_that_cannot_reach_what_the_caller_needs_is_not_read_to_the_end():
    """``tag_form(texts, at_least)`` must decide as reading every form to the end does: the same form
    and networks when the best form names at least that many, no form when none does (seeded)."""
    import random

    from importers.channels import TAG_FORMS, channel_tag, tag_form

    def every_form(texts):
        best, named = "", []
        for form in TAG_FORMS:
            got = [t[0] for t in (channel_tag(x, form, strict=True) for x in texts if x) if t]
            if len(got) > len(named):
                best, named = form, got
        return best, named

    rng = random.Random(8)
    pool = ["LinkedIn: Launch post", "Launch post | Instagram", "Recap (YouTube)", "[IG] Recap", "Webinar: part two",
            "Q3: results", "Plain title", "", "X – teaser", "Blog | Newsletter", "Hiring"]
    for _ in range(600):
        texts = [rng.choice(pool) for _ in range(rng.randint(0, 30))]
        need = max(2, 0.5 * len(texts)) * rng.choice([0, 0.5, 1, 1, 1.5])
        form, named = every_form(texts)
        expected = (form, named) if form and len(named) >= need else ("", [])
        got = tag_form(texts, at_least=need)
        if need == 0:
            assert got == (form, named)
        else:
            assert got == expected, (texts, need)
