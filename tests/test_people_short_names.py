"""One person written as colleagues call them ("Jen Park") or by the company's address ("jpark@…") beside
their full name, for the double-booking search (the eighth held-out company, tests/holdout8/, asked for
it). People drawn from pools written here (seeded)."""
from __future__ import annotations

import random

import pytest

from calendar_core.names import person_identities
from calendar_core.nicknames import is_short_for

SEEDS = range(1, 31)
GIVEN = [("Margaret", "Maggie"), ("Jonathan", "Jon"), ("Theodore", "Ted"), ("Victoria", "Tori"), ("Gregory", "Greg"),
         ("Patricia", "Trish"), ("Frederick", "Fred"), ("Benedict", "Ben"), ("Samuel", "Sam"), ("Abigail", "Abby"),
         ("Nathaniel", "Nate"), ("Zachary", "Zach"), ("Stephen", "Steve"), ("Cassandra", "Cass"), ("Dominic", "Dom")]
SURNAMES = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Achebe", "Quinn", "Sato", "Varga", "de la Cruz", "Ferreira",
            "MacLeod", "Osei", "van Dijk", "Novak", "Whitfield", "Abernathy"]
DOMAINS = ["example.org", "corp.example", "mail.example.net"]


def _mail(given: str, surname: str, domain: str) -> str:
    return f"{given[0].lower()}{surname.replace(' ', '').lower()}@{domain}"


@pytest.mark.parametrize("seed", SEEDS)
def test_short_forms_and_addresses_are_the_one_full_name(seed):
    rng = random.Random(seed)
    people = [(g, s, short) for (g, short), s in zip(rng.sample(GIVEN, 6), rng.sample(SURNAMES, 6))]
    domain = rng.choice(DOMAINS)
    spellings, want = [], {}
    for given, surname, short in people:
        for written in (f"{given} {surname}", f"{short} {surname}", _mail(given, surname, domain)):
            spellings.append(written)
            want[written] = f"{given} {surname}"
    rng.shuffle(spellings)
    keys = person_identities(spellings)
    for a in spellings:
        for b in spellings:
            assert (keys[a] == keys[b]) == (want[a] == want[b]), (a, b, keys[a], keys[b])


@pytest.mark.parametrize("seed", SEEDS)
def test_two_people_a_short_form_could_be_stay_apart(seed):
    """"Sam Osei" beside Samuel and Samantha Osei names neither; "sosei@" neither; "Jan" is no "Jana"."""
    rng = random.Random(seed)
    surname = rng.choice(SURNAMES)
    a, b = rng.choice([("Samuel", "Samantha"), ("Christopher", "Christina"), ("Alexander", "Alexandra"),
                       ("Frederick", "Frederica"), ("Patrick", "Patricia")])
    short = {"Samuel": "Sam", "Christopher": "Chris", "Alexander": "Alex", "Frederick": "Fred", "Patrick": "Pat"}[a]
    spellings = [f"{a} {surname}", f"{b} {surname}", f"{short} {surname}", _mail(a, surname, rng.choice(DOMAINS))]
    rng.shuffle(spellings)
    keys = person_identities(spellings)
    assert len({keys[s] for s in spellings}) == 4, keys
    keys = person_identities(["Jan Novak", "Jana Novak"])
    assert keys["Jan Novak"] != keys["Jana Novak"]


@pytest.mark.parametrize("short,given,yes", [("liz", "elizabeth", True), ("chris", "christopher", True),
                                             ("jan", "jana", False), ("ann", "anna", False), ("tom", "thomas", True),
                                             ("max", "maxim", False), ("bob", "roberta", False)])
def test_short_for(short, given, yes):
    assert is_short_for(short, given) is yes
