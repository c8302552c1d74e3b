"""A header "<field> name" ("Channel Name", "Owner_Name", "Campaign name") names that field, as plainly
as the field word alone; "Event name" and "Name" stay the title. Drawn at random: the field word, how
the two words are joined, the values of the named column (house names no network list holds) and a
decoy column whose short codes contain a network word ("TV-14", "Web-2")."""
from __future__ import annotations

import random
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.mapping import field_for

BERLIN = ZoneInfo("Europe/Berlin")
JOINS = [" ", "_", " "]
CASES = [str.title, str.lower, str.upper]
HOUSE_CHANNELS = ["Global News 24", "Radio Eins", "Kanal Nord", "City Beat FM", "Canal Sur", "Morning Desk"]
DECOY_CODES = ["TV-14", "TV-G", "TV-PG", "TV-MA", "Web-1", "Web-2"]
TITLES = ["Late edition", "Markets wrap", "Weekend preview", "Sports roundup", "Culture hour", "Tech talk",
          "Morning show", "Nightly recap"]


@pytest.mark.parametrize("word,field", [("channel", "channel"), ("network", "channel"), ("owner", "owner"),
                                         ("campaign", "campaign"), ("project", "campaign"), ("status", "status")])
def test_a_field_word_before_name_names_that_field(word, field):
    for join in JOINS:
        for case in CASES:
            assert field_for(case(f"{word}{join}name")) == field


@pytest.mark.parametrize("header", ["Name", "Event name", "Post Name", "event_name"])
def test_a_name_of_the_thing_itself_is_the_title(header):
    assert field_for(header) == "title"


@pytest.mark.parametrize("seed", range(12))
def test_a_channel_name_column_beats_codes_that_contain_a_network_word(tmp_path, seed):
    rng = random.Random(seed)
    head = rng.choice(CASES)(f"{rng.choice(['channel', 'network'])}{rng.choice(JOINS)}name")
    columns = ["Date", "Start", head, "Title", "Rating"]
    rng.shuffle(columns)
    lines = [",".join(columns)]
    chosen = []
    for k in range(rng.randint(8, 20)):
        channel = rng.choice(HOUSE_CHANNELS)
        chosen.append(channel)
        cell = {"Date": f"2026-09-{1 + k % 28:02d}", "Start": f"{rng.randint(6, 22):02d}:00", head: channel,
                "Title": f"{rng.choice(TITLES)} {k}", "Rating": rng.choice(DECOY_CODES)}
        lines.append(",".join(cell[c] for c in columns))
    path = tmp_path / "schedule.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert [r.channel for r in result.records] == chosen
