"""A department's name from its file's name: the words that say what the file is (calendar, plan,
schedule, content, week… in the languages read) are left out, also when glued to the end of a word
("Contentkalender", "Weekplanning", "Salesplanning"). Department names are made up, seeded."""
from __future__ import annotations

import random
import string

import pytest

from calendar_core.departments import guess_department

SCHEDULE = ["calendar", "kalender", "planning", "plan", "schedule", "harmonogram", "calendrier", "agenda"]
GLUE = ["_", " ", "-", " – "]


@pytest.mark.parametrize("seed", range(20))
def test_schedule_words_are_no_department(seed):
    rng = random.Random(3100 + seed)
    dept = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))).capitalize()
    word = rng.choice(SCHEDULE)
    glued = rng.random() < 0.5 and len(word) >= 5  # (short ones glued stay: "Japlan" may be a name)
    name = f"{dept}{word}" if glued else rng.choice([f"{word}{rng.choice(GLUE)}{dept}", f"{dept}{rng.choice(GLUE)}{word}"])
    name += rng.choice(["", " 2026", "_Q4", " - social"])
    assert guess_department(name) == dept, name


@pytest.mark.parametrize("hint, want", [
    ("Contentkalender_Marketing_Q4", "Marketing"), ("Weekplanning Sales Benelux", "Sales Benelux"),
    ("PR-planning", "PR"), ("People & Culture Calendar", "People & Culture"), ("Events", "Events"),
    ("Planningsdienst", "Planningsdienst"),  # a schedule word opening a word is left as it is
])
def test_real_names(hint, want):
    assert guess_department(hint) == want
