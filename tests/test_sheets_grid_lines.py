"""A week grid cell may hold several posts, one per line, each led by its network ("LI: …",
"FB: …"): each line is a post of that day and slot. A cell whose lines are one post's fields
("Topic: …" / "Owner: …") stays one post. Grids drawn with a seeded RNG."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from tests.sheets_build import write_xlsx

ZONE = ZoneInfo("Europe/Amsterdam")
TAGS = ["LI", "FB", "Insta", "X", "YT", "TikTok"]
WORDS = ["dealer", "lease", "story", "winter", "check", "cargo", "tour", "spotlight", "offer", "service"]
SLOTS = [time(9), time(12), time(16)]


def _grid(rng: random.Random, monday: date, cell):
    rows = [[f"Planning week {monday.isocalendar()[1]}"], [],
            ["Time"] + [f"{d:%a} {d.day}-{d.month}" for d in (monday + timedelta(days=k) for k in range(5))]]
    want = set()
    for slot in SLOTS:
        line = [f"{slot:%H:%M}"]
        for k in range(5):
            day = monday + timedelta(days=k)
            n = rng.choice([0, 1, 1, 2, 3])
            posts = [f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.randint(10, 99)}" for _ in range(n)]
            line.append(cell(rng, posts) if posts else None)
            want |= {(datetime.combine(day, slot, ZONE), p) for p in posts}
        rows.append(line)
    return rows, want


@pytest.mark.parametrize("seed", range(6))
def test_a_post_per_line_led_by_its_network(tmp_path, seed):
    rng = random.Random(5100 + seed)
    monday = date(2026, 10, 12) + timedelta(weeks=rng.randint(0, 8))

    def cell(rng, posts):
        return "\n".join(f"{rng.choice(TAGS)}: {p}" for p in posts)

    rows, want = _grid(rng, monday, cell)
    result = read_file(write_xlsx(tmp_path / "week.xlsx", {"Week": rows}), ImportOptions(timezone=ZONE))
    assert {(r.start, r.title) for r in result.records} == want
    assert all(r.channel for r in result.records)


def test_a_posts_fields_on_lines_stay_one_post(tmp_path):
    rng = random.Random(7)
    monday = date(2026, 10, 12)

    def cell(rng, posts):
        return f"Topic: {posts[0]}\nOwner: {rng.choice(['Ilse', 'Mark', 'Noor'])}"

    rows, want = _grid(rng, monday, cell)
    result = read_file(write_xlsx(tmp_path / "week.xlsx", {"Week": rows}), ImportOptions(timezone=ZONE))
    cells = sum(1 for row in rows[3:] for v in row[1:] if v)
    assert len(result.records) == cells
