"""What the second held-out company showed about channels and people, as rules drawn from pools:
a network's web address names it, a list of labels names its one network, an address spells a
name the way addresses must ("sanne.devries@" is Sanne de Vries, "juergen.mueller@" Jürgen
Müller), and "L. Vogt" is Lena Vogt when she is the only one it fits."""
from __future__ import annotations

import random

import pytest

from calendar_core.names import Names, person_identities
from importers.channels import channel_in_list, known_channel

SITES = {"LinkedIn": ["linkedin.com/company/{h}", "https://www.linkedin.com/company/{h}/", "de.linkedin.com/in/{h}"],
         "X": ["x.com/{h}", "https://twitter.com/{h}", "twitter.com/@{h}"],
         "Instagram": ["instagram.com/{h}", "https://www.instagram.com/{h}/?hl=en"],
         "Facebook": ["facebook.com/{h}", "https://m.facebook.com/{h}", "fb.com/{h}", "facebook.co.uk/{h}"],
         "YouTube": ["youtube.com/@{h}", "https://www.youtube.com/c/{h}"],
         "TikTok": ["tiktok.com/@{h}"], "Mastodon": ["mastodon.social/@{h}"], "Bluesky": ["bsky.app/profile/{h}"]}
HANDLES = ["acme", "harbour-vine", "nimbus_labs", "ortsbank", "x9"]
NOT_NETWORKS = ["acme.example/blog", "https://teams.microsoft.com/l/meetup-join/19", "zoom.us/j/123", "Room 4.12",
                "v2.0", "medium.com/@acme", "www.nimbus.de", "10.30", "Building B.2"]


@pytest.mark.parametrize("seed", range(4))
def test_a_web_address_names_its_network(seed):
    rng = random.Random(9100 + seed)
    names = Names.defaults()
    for _ in range(25):
        network = rng.choice(list(SITES))
        written = rng.choice(SITES[network]).format(h=rng.choice(HANDLES))
        assert known_channel(written) == network, written
        assert names.channel(written) == network, written


@pytest.mark.parametrize("written", NOT_NETWORKS)
def test_other_addresses_name_no_network(written):
    assert known_channel(written) is None
    assert Names.defaults().channel(written) == written


@pytest.mark.parametrize("seed", range(3))
def test_a_label_list_names_its_one_network(seed):
    rng = random.Random(9200 + seed)
    labels = ["Blue Category", "Red category", "Important", "Social Media", "Q4", "Campaign Nimbus"]
    names = Names.defaults()
    for _ in range(20):
        network = rng.choice(["LinkedIn", "X", "Instagram", "Newsletter", "YouTube"])
        spelled = rng.choice({"LinkedIn": ["LI", "Linked-In page"], "X": ["Twitter", "X"],
                              "Instagram": ["IG", "Insta"], "Newsletter": ["E-mail newsletter", "Nieuwsbrief"],
                              "YouTube": ["YT", "youtube.com/@acme"]}[network])
        parts = [spelled, *rng.sample(labels, rng.randint(1, 2))]
        rng.shuffle(parts)
        written = rng.choice([";", ", ", ","]).join(parts)
        assert names.channel(written) == network, written
    assert channel_in_list("LinkedIn;Instagram") is None  # two networks: none chosen
    assert names.channel("Blue Category;Important") == "Blue Category;Important"


FIRST = ["Lena", "Jürgen", "Sanne", "Björn", "Zoë", "Pieter", "Søren", "Ana", "Maik"]
LAST = ["Vogt", "Müller", "de Vries", "Größer", "van der Berg", "Øster", "Costa", "Schäfer", "ter Horst"]
SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "ë": "e"})


def _address(first: str, last: str, rng: random.Random) -> str:
    local_first = first.lower().translate(SPELLED)
    words = last.lower().translate(SPELLED).split()
    local_last = "".join(words) if rng.random() < 0.6 else ".".join(words)
    return f"{local_first}.{local_last}@firm.example"


@pytest.mark.parametrize("seed", range(5))
def test_an_address_is_the_person_it_spells(seed):
    rng = random.Random(9300 + seed)
    people = list({(rng.choice(FIRST), rng.choice(LAST)) for _ in range(5)})
    spellings = {}
    for first, last in people:
        written = rng.choice([f"{first} {last}", f"{last}, {first}"])
        spellings[(first, last)] = [written, _address(first, last, rng), f"{first[0]}. {last}"]
    ids = person_identities([s for group in spellings.values() for s in group])
    for person, group in spellings.items():
        keys = {ids[s] for s in group}
        firsts = [p for p in people if p[0][0] == person[0][0] and p[1] == person[1]]
        if len(firsts) == 1:  # the initialled form fits only when no other person shares initial and surname
            assert len(keys) == 1, (group, keys)
        else:
            assert len({ids[s] for s in group[:2]}) == 1, group


def test_namesakes_stay_apart():
    ids = person_identities(["Lena Becker", "Tom Becker", "L. Becker", "T. Becker", "Anna Schmidt",
                             "Anna Goldschmidt", "anna.goldschmidt@firm.example", "Lena Vogt", "Lena Vogel",
                             "L. Vo", "Jan Hoffmann", "Jana Hoffmann", "J. Hoffmann"])
    assert ids["L. Becker"] == ids["Lena Becker"] != ids["Tom Becker"] == ids["T. Becker"]
    assert ids["Anna Schmidt"] != ids["Anna Goldschmidt"] == ids["anna.goldschmidt@firm.example"]
    assert ids["J. Hoffmann"] not in (ids["Jan Hoffmann"], ids["Jana Hoffmann"])  # fits both: neither
    assert ids["Lena Vogt"] != ids["Lena Vogel"]
