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


def _hex(rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(8, 12)))
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


@pytest.mark.parametrize("seed", range(24))
def test_ids_periods_tools_and_seasons_are_no_department(seed):
    """What tools and habits add to a file's name: a hex id, a calendar's mail-like id, the period
    ("H2026", "KW42", "FY26", "Q4"), the tool and its view ("Trello", "Grid view"), the season."""
    rng = random.Random(3400 + seed)
    dept = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))).capitalize()
    if rng.random() < 0.3:
        dept = f"{dept} & {rng.choice(['Kultur', 'Unga', 'Comms', 'Events'])}"
    extras = [lambda: _hex(rng), lambda: f"H{rng.choice([1, 2])}{rng.choice([2025, 2026])}",
              lambda: f"KW{rng.randint(1, 53)}", lambda: f"FY{rng.randint(24, 28)}", lambda: "Grid view",
              lambda: rng.choice(["Trello", "Asana", "Airtable", "Notion", "Smartsheet"]),
              lambda: rng.choice(["autumn", "Herbst", "efterår", "najaar", "höst", "printemps"]),
              lambda: rng.choice(["publiceringsplan", "innholdsplan", "SoMe", "contentplanning"])]
    parts = [dept] + [rng.choice(extras)() for _ in range(rng.randint(1, 3))]
    rng.shuffle(parts)
    name = rng.choice(GLUE).join(parts)
    if rng.random() < 0.3:
        name += f"_c_{_hex(rng)}@group.calendar.google.com"
    assert guess_department(name) == dept, name


@pytest.mark.parametrize("hint, want", [
    ("P3 SoMe - Trello", "P3"), ("SalesTeam", "Sales"), ("ContentKalender_HR", "HR"),
])
def test_short_words_keep_their_case_and_are_not_split(hint, want):
    assert guess_department(hint) == want


CJK_DEPTS = ["人力资源部", "広報部", "マーケティング部", "홍보팀", "新媒体", "営業本部", "인사팀"]
CJK_SCHEDULE = ["投稿計画", "排期表", "社媒排期", "计划", "캘린더", "콘텐츠 캘린더", "SNS投稿計画", "日程表"]
CJK_PERIODS = ["2026下期", "2026年下期", "2026Q4", "4분기", "2026年度", ""]
OTHER = [("Vertrieb", ["Termine", "Terminplan"]), ("Pazarlama", ["Sosyal Medya Takvimi", "İçerik Takvimi"])]


@pytest.mark.parametrize("seed", range(16))
def test_schedule_words_in_other_scripts_are_no_department(seed):
    """Japanese, Chinese and Korean schedule words close a word whatever their length, and a name
    where two scripts meet without a space ("人事部SNS计划2026") is cut there; German and Turkish
    schedule words are left out as the others are."""
    rng = random.Random(3500 + seed)
    if rng.random() < 0.7:
        dept = rng.choice(CJK_DEPTS)
        glue = rng.choice(["_", " ", "", " - "])
        name = f"{dept}{glue}{rng.choice(CJK_SCHEDULE)}"
        period = rng.choice(CJK_PERIODS)
        name += f"_{period}" if period else ""
    else:
        dept, words = rng.choice(OTHER)
        name = rng.choice([f"EXPORT_{dept}_{rng.choice(words)}", f"{dept} {rng.choice(words)} Q4"]).replace(" ", rng.choice(["_", " "]))
    assert guess_department(name) == dept, name


NOISY = ["Content", "Social", "Media", "Planning", "Calendar", "Editorial"]


@pytest.mark.parametrize("seed", range(20))
def test_words_an_ampersand_joins_are_one_name(seed):
    """"Content Calendar 2026 - Brand & Content" is Brand & Content's: a word that alone would say what the
    file is ("Content") is part of the name when an ampersand joins it to another; a dangling "&" names nothing."""
    rng = random.Random(3300 + seed)
    left = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))).capitalize()
    right = rng.choice(NOISY) if rng.random() < 0.6 else \
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))).capitalize()
    dept = f"{left} & {right}" if rng.random() < 0.5 else f"{right} & {left}"
    name = rng.choice([f"{rng.choice(SCHEDULE)}{rng.choice(GLUE)}{dept}", f"{dept}{rng.choice(GLUE)}{rng.choice(SCHEDULE)}",
                       f"Content Calendar 2026 - {dept}"])
    assert guess_department(name) == dept, name
    assert guess_department(f"{left} &") == left and guess_department(f"& {left}") == left
