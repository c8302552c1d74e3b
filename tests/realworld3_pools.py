"""Pools for the generated tables that prove the fixes made for the third set of real files.

Each generator draws a small CSV table from pools written here (seeded), so a rule proved on
them is not a rule that fits one file.
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

# Titles that say a word a header says too ("event", "date", "time", "venue"), and plain ones.
WORDY_TITLES = (
    "next event", "Team meeting", "Title fight", "Subject review", "Venue walk-through", "Time trial",
    "Date night", "Owner briefing", "Channel launch", "Location scouting", "Start of term", "End of season party",
    "Kick-off event", "Status update", "Notes review", "Description workshop", "Room swap", "Category finals",
)
PLAIN_TITLES = (
    "june", "Quiz night", "Open mic", "Choir rehearsal", "Board games", "Book club", "Yoga", "Repair café",
    "Lesung", "Atelier couture", "Karaoke", "Jam session", "Tango", "Chess club", "Film club",
)
DATE_FORMS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")


def write_rows(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return path


def _clock(rng: random.Random) -> time:
    return time(rng.randrange(7, 23), rng.choice((0, 1, 15, 22, 30, 45, 50, 51)))


def headerless_wordy(seed: int, folder: Path) -> tuple[Path, list[tuple[datetime, str]]]:
    """A table without a header row: date, time, title, and on some rows links or notes after them
    (rows of unequal length); the first row's title says a header word."""
    rng = random.Random(seed)
    n = rng.randrange(4, 16)
    form = rng.choice(DATE_FORMS)
    day0 = date(2024, 1, 8) + timedelta(days=rng.randrange(600))
    truth, rows = [], []
    for k in range(n):
        day = day0 + timedelta(days=rng.randrange(0, 120))
        at = _clock(rng)
        title = rng.choice(WORDY_TITLES) if k == 0 else rng.choice(WORDY_TITLES + PLAIN_TITLES)
        row = [day.strftime(form), f"{at:%H:%M}", title]
        row += [f"https://example.org/img{rng.randrange(99)}.png", "foo", "bar"][:rng.randrange(0, 4)]
        rows.append(row)
        truth.append((datetime.combine(day, at), title))
    return write_rows(folder / f"planning-{seed}.csv", rows), truth
