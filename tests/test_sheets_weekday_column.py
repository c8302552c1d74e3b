"""A column that names each row's weekday, in a language no list holds, is the weekday.

Each weekday is written with a made-up word ("środa" for any language): the column's words
follow the weekday of the row's date one to one, so it never joins the titles, even when the
titles repeat (a content calendar repeats its formats), nor is it a campaign. A column of a few words that do not
follow the weekday (the channels) keeps its role. Tables drawn with a seeded RNG."""
from __future__ import annotations

import random
import string
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.date_decoys import weekday_columns as _weekday_columns
from importers.sheets.roles import profile
from tests.sheets_build import write_xlsx

ZONE = ZoneInfo("Europe/Warsaw")
TITLES = ["Meet the assembly team", "Bike of the month", "Job: CNC operator", "Safety training recap",
          "Open day at the plant"]
CHANNELS = ["FB", "LinkedIn", "Instagram"]


def _made_up(rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < 7:
        words.add("".join(rng.choice(string.ascii_lowercase + "ąęśźż") for _ in range(rng.randint(5, 12))))
    return sorted(words)


@pytest.mark.parametrize("seed", range(6))
def test_a_weekday_column_in_any_language_is_no_part_of_the_title(tmp_path, seed):
    rng = random.Random(6200 + seed)
    names = _made_up(rng)
    first = date(2026, 10, 1) + timedelta(days=rng.randint(0, 30))
    rows, want = [["Data publikacji", rng.choice(["Dzień", "Dag", "Giorno", "Päivä"]), "Godzina", "Kanał", "Temat"]], set()
    for k in range(24):
        day = first + timedelta(days=rng.randint(0, 40))
        t = time(rng.choice([8, 9, 11, 14]), rng.choice([0, 30]))
        title = rng.choice(TITLES)
        rows.append([datetime(day.year, day.month, day.day), names[day.weekday()], t.strftime("%H:%M"),
                     rng.choice(CHANNELS), title])
        want.add((datetime.combine(day, t, ZONE), title))
    result = read_file(write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows}), ImportOptions(timezone=ZONE))
    assert {(r.start, r.title) for r in result.records} == want
    assert not any(r.campaign for r in result.records)  # (a word per weekday is no campaign either)
    assert [c["role"] for c in result.settings["mapping"]][1] == "extra"


def test_a_few_words_that_do_not_follow_the_weekday_are_no_weekday():
    rng = random.Random(3)
    days = [date(2026, 10, 1) + timedelta(days=k) for k in range(30)]
    rows = [[d, rng.choice(CHANNELS), rng.choice(TITLES)] for d in days]
    profiles = [profile([r[c] for r in rows]) for c in range(3)]
    assert _weekday_columns(rows, profiles, None) == []
    names = _made_up(rng)
    rows = [[d, names[d.weekday()], rng.choice(TITLES)] for d in days]
    profiles = [profile([r[c] for r in rows]) for c in range(3)]
    assert _weekday_columns(rows, profiles, None) == [1]
