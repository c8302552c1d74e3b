"""What a title carries when no column says it: the people in closing brackets and a status in
square ones ("Dealer spotlight (Ilse) [concept]"), and in a week grid a second line naming the
network and the people ("Title⏎LI – Mark", two such posts in one cell). Names are made up, so
they are known as people because a post lists two of them together; the brackets of
"Recap (Video)" or "Webinar (part two)" stay in the title."""
from __future__ import annotations

import random
import string
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from calendar_core.understood import doubts
from importers import ImportOptions, read_file
from importers.sheets.asides import people_from_titles, status_from_titles
from tests.sheets_build import write_xlsx

ZONE = ZoneInfo("Europe/Amsterdam")
TOPICS = ["Dealer spotlight", "Lease plan for small firms", "Customer story: riding to work", "Test ride at the office",
          "New dealer in town", "Winter check for your bike"]
TAGS = {"LI": "LinkedIn", "FB": "Facebook", "Insta": "Instagram"}
SLOTS = [time(9), time(12), time(16)]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 7))).capitalize()


def _people(rng: random.Random, team: list[str]) -> list[str]:
    return rng.sample(team, 2) if rng.random() < 0.25 else [rng.choice(team)]


@pytest.mark.parametrize("seed", range(6))
def test_people_and_status_after_titles(tmp_path, seed):
    rng = random.Random(8100 + seed)
    team = [_name(rng) for _ in range(3)]
    rows, want = [["Datum", "Tijd", "Post"]], []
    for k in range(20):
        day = date(2026, 10, 5) + timedelta(days=k)
        t = rng.choice(SLOTS)
        title, who = f"{rng.choice(TOPICS)} {k}", _people(rng, team)
        draft = rng.random() < 0.3
        rows.append([datetime(day.year, day.month, day.day), t.strftime("%H:%M"),
                     f"{title} ({' & '.join(who)})" + (" [draft]" if draft else "")])
        want.append((datetime.combine(day, t, ZONE), title, "; ".join(who)))
    result = read_file(write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows}), ImportOptions(timezone=ZONE))
    assert [(r.start, r.title, r.owner) for r in result.records] == want
    assert {bool(r.status) for r in result.records} <= {True, False}
    assert sum(bool(r.status) for r in result.records) == sum(str(row[2]).endswith("[draft]") for row in rows[1:])
    # the confirm dialog does not say that no column holds the owner: the titles hold them
    assert result.settings.get("people_in_titles")
    assert not any("owner" in d for d in doubts(result.settings, "xlsx"))


def test_words_in_brackets_stay_in_the_title():
    titles = ["Recap (Video)", "Launch (Video)", "Tips (Photo)", "Webinar (part two)", "Story (Video)"]
    assert people_from_titles(titles) == (None, titles)
    assert status_from_titles(["Recap [v2]", "Launch [beta test]", "Tips"])[0] is None


@pytest.mark.parametrize("seed", range(6))
def test_a_grid_posts_second_line_names_its_network_and_people(tmp_path, seed):
    rng = random.Random(8200 + seed)
    team = [_name(rng) for _ in range(3)]
    monday = date(2026, 10, 12) + timedelta(weeks=rng.randint(0, 6))
    rows = [[f"Planning week {monday.isocalendar()[1]}"], [],
            ["Tijd"] + [datetime(d.year, d.month, d.day) for d in (monday + timedelta(days=k) for k in range(5))]]
    want = set()
    n = 0
    for slot in SLOTS:
        line = [f"{slot:%H:%M}"]
        for k in range(5):
            day = monday + timedelta(days=k)
            posts = []
            for _ in range(rng.choice([0, 1, 1, 2])):
                n += 1
                tag, who = rng.choice(sorted(TAGS)), (_people(rng, team) if n > 1 else team[:2])
                title = f"{rng.choice(TOPICS)} {n}"
                posts.append(f"{title}\n{tag} – {' & '.join(who)}")
                want.add((datetime.combine(day, slot, ZONE), title, TAGS[tag], "; ".join(who)))
            line.append("\n".join(posts) or None)
        rows.append(line)
    result = read_file(write_xlsx(tmp_path / "week.xlsx", {"Week": rows}), ImportOptions(timezone=ZONE))
    got = {(r.start, r.title, r.channel, r.owner) for r in result.records}
    assert {g[:2] for g in got} == {w[:2] for w in want}
    assert {(g[0], g[1], g[3]) for g in got} == {(w[0], w[1], w[3]) for w in want}
    assert all(r.channel for r in result.records)


def test_a_small_sheet_takes_what_the_file_showed_of_its_brackets(tmp_path):
    """A sheet per week: the first week shows its brackets name people (a post names two of them);
    a later week of one post keeps its "(Ilse)" as people, not as words of the title."""
    rng = random.Random(8300)
    team = [_name(rng) for _ in range(3)]
    first = [["Datum", "Tijd", "Post"]] + [
        [datetime(2026, 10, 5 + k), "09:00", f"{TOPICS[k]} ({' & '.join(team[:2]) if k == 0 else team[k % 3]})"]
        for k in range(5)]
    later = [["Datum", "Tijd", "Post"], [datetime(2026, 10, 14), "12:00", f"{TOPICS[5]} ({team[2]})"]]
    result = read_file(write_xlsx(tmp_path / "weeks.xlsx", {"Week 41": first, "Week 42": later}),
                       ImportOptions(timezone=ZONE))
    last = [r for r in result.records if r.start.day == 14]
    assert [(r.title, r.owner) for r in last] == [(TOPICS[5], team[2])]
