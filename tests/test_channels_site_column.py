"""A column whose values are networks, many of them written as the network's web address
("linkedin.com/company/acme", "x.com/acme") beside "Insta" or "Twitter (X)", is the channel
column, whatever its header ("Location" in a Google Calendar CSV). Drawn from seeded pools."""
from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from calendar_core.names import Names
from importers import ImportOptions, read_file

SPELLINGS = {"LinkedIn": ["linkedin.com/company/{h}", "Linked-In page", "LinkedIn"],
             "X": ["x.com/{h}", "Twitter (X)", "twitter.com/{h}"],
             "Instagram": ["instagram.com/{h}", "Insta", "Instagram feed"],
             "Facebook": ["facebook.com/{h}", "FB page"], "YouTube": ["youtube.com/@{h}", "Youtube channel"]}
HANDLES = ["acme", "harbour-vine", "nimbus_labs", "ortsbank"]
WORDS = ["harvest", "report", "portrait", "quiz", "recipe", "launch", "survey", "tour", "gallery", "update"]


@pytest.mark.parametrize("seed", range(4))
def test_a_column_of_network_addresses_is_the_channel(tmp_path, seed):
    rng = random.Random(9800 + seed)
    handle = rng.choice(HANDLES)
    spelled = {n: rng.choice(v[:1] if rng.random() < 0.6 else v).format(h=handle) for n, v in SPELLINGS.items()}
    path = tmp_path / "social.csv"
    want = []
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Subject", "Start Date", "Start Time", "End Date", "End Time", "All Day Event", "Description",
                    "Location", "Private"])
        day = date(2026, 10, 5)
        for k in range(30):
            network = rng.choice(sorted(spelled))
            title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {k}"
            d = day + timedelta(days=rng.randrange(28))
            w.writerow([title, f"{d:%m/%d/%Y}", "10:00 AM", f"{d:%m/%d/%Y}", "10:30 AM", "False", "", spelled[network],
                        "False"])
            want.append((title, network))
    result = read_file(path, ImportOptions(timezone=ZoneInfo("Europe/Amsterdam")))
    names = Names.defaults()  # the raw value is kept; the timeline names its network
    got = {(r.title, names.channel(r.channel)) for r in result.records}
    assert got == set(want), spelled
