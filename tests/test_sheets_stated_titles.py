"""A title cell that only says where the plan stands ("tbd", "offen") gives way to the row's next text.

A plan leaves "tbc" in the title and the description says the post (and a programme of two slots a
row writes "tbd" where a talk is not known yet: tests/fixtures/realworld3, pyhamburg). The entry is
named by that text; with nothing else on the row it keeps the word. Pools of our own."""
from __future__ import annotations

import random
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file

BERLIN = ZoneInfo("Europe/Berlin")
STATES = ["tbd", "TBD", "tbc", "TBC", "offen", "Offen", "pendiente", "tentative", "TBD.", "tbd?"]
TALKS = ["Building fast web services", "Peeking under the hood of classes", "Profiling without tears",
         "Type hints at scale", "Testing GUIs offscreen", "Packaging a desktop app", "Async in practice",
         "Data pipelines that last", "Writing readable regexes", "Time zones done right"]


NOTES = ["Announce the autumn collection with the studio photos", "Share the hiring post with the careers link",
         "Recap of the store opening with three customer quotes", "Story of a customer who switched to us",
         "Reminder for Thursday's webinar with the sign-up link", "Opening hours over the holidays, with a map",
         "A day in the design studio, short video", "Spotlight on the support team in Lisbon"]


@pytest.mark.parametrize("seed", range(8))
def test_a_state_in_the_title_gives_way_to_the_description(seed, tmp_path):
    rng = random.Random(seed)
    n = rng.randrange(5, 12)
    rows, want = [], []
    for k in range(n):
        day = f"{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.2026"
        title, note = rng.choice(TALKS), rng.choice(NOTES)
        if rng.random() < 0.3 or k == 0:
            title = rng.choice(STATES)
            want.append(note)
        else:
            want.append(title)
        rows.append([day, title, rng.choice(["LinkedIn", "Instagram", "Blog"]), note])
    path = tmp_path / "plan.csv"
    head = rng.choice([["Date", "Title", "Channel", "Description"], ["Datum", "Thema", "Kanal", "Beschreibung"]])
    path.write_text("\n".join(";".join(r) for r in [head, *rows]) + "\n", encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert sorted(r.title for r in result.records) == sorted(want)


def test_with_nothing_else_on_the_row_the_state_stays_the_title(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("Date,Post\n05.10.2026,Launch teaser\n06.10.2026,tbd\n07.10.2026,Customer story\n", encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert sorted(r.title for r in result.records) == ["Customer story", "Launch teaser", "tbd"]
