"""A column of decimals is no time column because some of its numbers look like "H.MM".

A score, a share or a price written "0.26", "0.75", "1.5" holds numbers that a dotted clock
("9.30" = 09:30) and a spreadsheet's day fraction ("0.75" = 18:00) would also read: taken
together they once made the column the plan's times. A column of dotted clocks writes every
cell "H.MM" (two digits of minutes, under 60); day fractions are times only beside clocks no
decimal could be ("13:00:00", "9am").

The plans and their number columns are drawn from pools of our own, several seeds each."""
from __future__ import annotations

import random
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file

BERLIN = ZoneInfo("Europe/Berlin")
TITLES = ["Launch teaser", "Customer story", "Webinar reminder", "Job fair recap", "Product tips",
          "Behind the scenes", "Holiday hours", "Team spotlight", "Quarterly results", "Podcast episode"]
CHANNELS = ["LinkedIn", "Instagram", "Blog", "Newsletter", "Facebook", "X"]
NUMBER_HEADERS = ["Score", "Priority weight", "Share", "Budget (k€)", "Engagement", "CTR", "Reach (M)", "Effort"]


def _decimal(rng: random.Random) -> str:
    """A score, a share or a price as people type them: one to three decimals, some below one."""
    whole = rng.choice([0, 0, 0, 0, 1, 2, 3, 12])
    if rng.random() < 0.4:  # a round share: also a day fraction on a whole minute (0.75 = 18:00, 0.4 = 09:36)
        return f"{whole + rng.choice([0.25, 0.5, 0.75, 0.4, 0.2, 0.1, 0.05, 0.3]):.{rng.choice([1, 2])}f}".rstrip("0")
    places = rng.choice([1, 2, 2, 2, 3])
    return f"{whole + rng.random():.{places}f}"


def _write(path, header, rows, sep=",") -> None:
    path.write_text("\n".join(sep.join(r) for r in [header, *rows]) + "\n", encoding="utf-8")


def _days(rng, n):
    first = date(2026, 10, 1)
    return [date.fromordinal(first.toordinal() + rng.randrange(60)) for _ in range(n)]


@pytest.mark.parametrize("seed", range(12))
def test_a_column_of_decimals_gives_no_times(seed, tmp_path):
    rng = random.Random(seed)
    n = rng.randrange(6, 25)
    rows = []
    while True:
        numbers = [_decimal(rng) for _ in range(n)]
        # the trap: at least one number reads as a dotted clock, at least one as a day fraction
        if any(len(x.split(".")[1]) == 2 and int(x.split(".")[1]) < 60 and float(x) < 24 for x in numbers):
            break
    for day, number in zip(_days(rng, n), numbers):
        rows.append([day.isoformat(), rng.choice(TITLES), rng.choice(CHANNELS), number])
    header = ["Date", "Title", "Channel", rng.choice(NUMBER_HEADERS)]
    path = tmp_path / "plan.csv"
    _write(path, header, rows)
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert len(result.records) == n
    assert all(r.all_day for r in result.records), [(r.start, r.title) for r in result.records if not r.all_day]
    assert not any("not understood" in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("seed", range(8))
def test_a_column_of_dotted_clocks_is_still_the_times(seed, tmp_path):
    rng = random.Random(100 + seed)
    n = rng.randrange(5, 20)
    clocks = [time(rng.randrange(0, 24), rng.choice([0, 5, 10, 15, 26, 30, 45, 50])) for _ in range(n)]
    rows = [[day.isoformat(), f"{c.hour}.{c.minute:02d}", rng.choice(TITLES), rng.choice(CHANNELS)]
            for day, c in zip(_days(rng, n), clocks)]
    path = tmp_path / "plan.csv"
    _write(path, [rng.choice(["Date", "Datum"]), rng.choice(["Time", "Uhrzeit", "Kl."]), "Title", "Channel"], rows, ";")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.start.date(), r.start.time()) for r in result.records if isinstance(r.start, datetime))
    want = sorted((date.fromisoformat(row[0]), c) for row, c in zip(rows, clocks))
    assert got == want


@pytest.mark.parametrize("seed", range(6))
def test_day_fractions_beside_colon_clocks_are_still_times(seed, tmp_path):
    """A CSV saved from a spreadsheet: some times as "13:00:00", others as the day fraction it stores."""
    rng = random.Random(200 + seed)
    n = rng.randrange(6, 16)
    clocks = [time(rng.randrange(7, 21), rng.choice([0, 15, 30, 45])) for _ in range(n)]
    cells = [f"{c.hour:02d}:{c.minute:02d}:00" if k % 2 == 0 else f"{(c.hour * 60 + c.minute) / 1440:.9f}"
             for k, c in enumerate(clocks)]
    rows = [[day.isoformat(), cell, rng.choice(TITLES)] for day, cell in zip(_days(rng, n), cells)]
    path = tmp_path / "plan.csv"
    _write(path, ["Date", "Time", "Event"], rows)
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.start.date(), r.start.time()) for r in result.records)
    assert got == sorted((date.fromisoformat(row[0]), c) for row, c in zip(rows, clocks))
