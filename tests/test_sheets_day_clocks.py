"""A "Time" column written as whole date-times of the row's day gives the clock, not an end date.

People type "06/10/2026 14:30" under "Time" beside the "Date" column, and Numbers keeps every time
cell as a date and a time. Before, such a column was taken for the period's end and the entries
came in all-day. A second date column on later days stays the end. Plans from pools of our own,
written as xlsx cells and as CSV text, several seeds."""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from tests.sheets_build import write_xlsx

BERLIN = ZoneInfo("Europe/Berlin")
TITLES = ["Mood board", "Hiring: designers", "Store opening recap", "Customer story", "Webinar reminder",
          "Team spotlight", "Holiday hours", "Podcast episode"]
TIME_HEADERS = ["Time", "Uhrzeit", "Hora", "Heure", "Publish time", "Posting time"]


def _posts(rng, n):
    first = datetime(2026, 10, 5)
    return sorted((first + timedelta(days=rng.randrange(40), hours=rng.randrange(8, 19), minutes=rng.choice([0, 15, 30, 45])),
                   rng.choice(TITLES)) for _ in range(n))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("written", ["xlsx", "csv"])
def test_a_time_column_of_the_rows_own_day_gives_the_clock(seed, written, tmp_path):
    rng = random.Random(seed)
    posts = _posts(rng, rng.randrange(4, 14))
    header = ["Date", rng.choice(TIME_HEADERS), "Post"]
    if written == "xlsx":
        rows = [[datetime(s.year, s.month, s.day), s, title] for s, title in posts]
        path = write_xlsx(tmp_path / "plan.xlsx", {"Plan": [header, *rows]})
    else:
        rows = [[f"{s:%d.%m.%Y}", f"{s:%d.%m.%Y %H:%M}", title] for s, title in posts]
        path = tmp_path / "plan.csv"
        path.write_text("\n".join(";".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.start, r.title) for r in result.records)
    assert got == [(s.replace(tzinfo=BERLIN), title) for s, title in posts]
    assert all(r.end is None for r in result.records)


@pytest.mark.parametrize("seed", range(4))
def test_a_second_date_column_on_later_days_stays_the_end(seed, tmp_path):
    rng = random.Random(30 + seed)
    posts = _posts(rng, rng.randrange(4, 10))
    rows = [[datetime(s.year, s.month, s.day), datetime(s.year, s.month, s.day) + timedelta(days=rng.randrange(1, 4)), title]
            for s, title in posts]
    path = write_xlsx(tmp_path / "plan.xlsx", {"Plan": [["Start date", "End date", "Campaign"], *rows]})
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.start, r.end, r.title) for r in result.records)
    assert got == sorted((row[0].date(), (row[1] + timedelta(days=1)).date(), row[2]) for row in rows)
