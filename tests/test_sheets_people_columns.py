"""Who did a post, as a team writes it, read by content alone (headers no synonym list holds).

- surnames with one or two particles ("M. van den Berg", "Marloes vd Berg", "Ana dos Santos");
- first names no list holds, known as people because the column lists two of them together
  ("Kees/Yasmin" beside "Kees" and "Yasmin"); such a cell is both people;
- a team that reuses its posts' titles: the repeated sentences are the titles, not a campaign.
Names and titles are made up from letters drawn with a seeded RNG."""
from __future__ import annotations

import random
import string
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from tests.sheets_build import write_xlsx

ZONE = ZoneInfo("Europe/Amsterdam")
PARTICLES = ["van", "van den", "vd", "de", "ter", "dos", "van der", "della"]
TOPICS = ["Tip of the week: tyre pressure", "How to report a warranty claim", "FAQ: the battery in winter",
          "Video: replacing the lamp", "App outage fixed – update", "Maintenance tip: oil the chain"]


def _word(rng: random.Random, low: int = 4, high: int = 8) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high))).capitalize()


def _table(rng: random.Random, people: list[str], cell, n: int = 24):
    header = [_word(rng) + "x" for _ in range(5)]  # made-up headers: the content decides
    rows, want = [header], []
    first = date(2026, 10, 5)
    for k in range(n):
        day = first + timedelta(days=k)
        t = time(rng.choice([9, 10, 13, 15]), rng.choice([0, 15, 30]))
        title = rng.choice(TOPICS)
        who = cell(rng, people)
        rows.append([datetime(day.year, day.month, day.day), t.strftime("%H:%M"), rng.choice(["LinkedIn", "Insta", "FB"]),
                     title, who])
        want.append((datetime.combine(day, t, ZONE), title, who))
    return rows, want


@pytest.mark.parametrize("seed", range(6))
def test_surnames_with_particles_are_people(tmp_path, seed):
    rng = random.Random(4300 + seed)
    people = [f"{rng.choice([_word(rng), rng.choice(string.ascii_uppercase) + '.'])} {rng.choice(PARTICLES)} {_word(rng)}"
              for _ in range(3)]

    def cell(rng, people):
        return rng.choice(people)

    rows, want = _table(rng, people, cell)
    result = read_file(write_xlsx(tmp_path / "pr.xlsx", {"Plan": rows}), ImportOptions(timezone=ZONE))
    assert [(r.start, r.title, r.owner) for r in result.records] == want


@pytest.mark.parametrize("seed", range(6))
def test_first_names_listed_together_are_people(tmp_path, seed):
    rng = random.Random(4400 + seed)
    people = [_word(rng, 3, 6) for _ in range(3)]
    joiner = rng.choice(["/", " + ", " & "])

    def cell(rng, people):
        return joiner.join(rng.sample(people, 2)) if rng.random() < 0.15 else rng.choice(people)

    rows, want = _table(rng, people, cell)
    rows[1][4] = joiner.join(people[:2])  # at least one cell lists two of them
    want[0] = want[0][:2] + (rows[1][4],)
    result = read_file(write_xlsx(tmp_path / "service.xlsx", {"Plan": rows}), ImportOptions(timezone=ZONE))
    got = [(r.start, r.title, r.owner) for r in result.records]
    assert [g[:2] for g in got] == [w[:2] for w in want]  # the repeated sentences are the titles
    for (_, _, owner), (_, _, who) in zip(got, want):
        assert owner.split("; ") == [p.strip() for p in who.replace("+", "/").replace("&", "/").split("/")]
