"""Pools for the generated tables that prove the fixes made for the fourth set of real files.

Each generator draws a small table from pools written here (seeded), so a rule proved on them
is not a rule that fits one file.
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

TEAMS = ("Rovers", "United", "Athletic", "Wanderers", "City", "Albion", "Town", "Rangers", "Spartak", "Olimpia",
         "Deportivo", "Sporting", "Dynamo", "Union", "Lokomotiv", "Vitória")
DATE_HEADERS = ("date", "fecha", "Datum", "data", "day")
TIME_HEADERS = ("time", "hora", "Zeit", "kickoff", "start")
DATE_FORMS = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y")
TIME_FORMS = ("%H:%M:%S", "%H:%M")
EXCEL_EPOCH = date(1899, 12, 30)


def write_rows(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return path


def day_fraction(at: time, places: int) -> str:
    """The day fraction a spreadsheet prints for a clock time, rounded to ``places`` decimals."""
    text = f"{(at.hour * 3600 + at.minute * 60) / 86400:.{places}f}".rstrip("0")
    return text if text != "0." else "0"


def fixtures_with_day_fractions(seed: int, folder: Path) -> tuple[Path, list[tuple[datetime, str]]]:
    """Fixtures saved from a spreadsheet: the first rows keep their text date and time, the later
    ones are written as the numbers the spreadsheet stored (a serial day and a day fraction), in the
    same columns; the score columns beside them are small numbers."""
    rng = random.Random(seed)
    n = rng.randrange(8, 30)
    switch = rng.randrange(2, n - 1)  # the first row written as numbers
    form, clock_form = rng.choice(DATE_FORMS), rng.choice(TIME_FORMS)
    places = rng.choice((9, 10, 15))
    header = ["home", "away", rng.choice(DATE_HEADERS), rng.choice(TIME_HEADERS), "goals_home", "goals_away"]
    day = date(rng.randrange(2019, 2027), rng.randrange(1, 13), 1) + timedelta(days=rng.randrange(28))
    truth, rows = [], []
    for k in range(n):
        day += timedelta(days=rng.choice((0, 1, 1, 2, 7)))
        at = time(rng.randrange(9, 23), rng.choice((0, 0, 15, 30, 45)))
        home, away = rng.sample(TEAMS, 2)
        if k < switch:
            cells = [day.strftime(form), at.strftime(clock_form)]
        else:
            cells = [str((day - EXCEL_EPOCH).days), day_fraction(at, places)]
        rows.append([home, away, *cells, str(rng.randrange(5)), str(rng.randrange(5))])
        truth.append((datetime.combine(day, at), f"{home} vs {away}"))
    return write_rows(folder / f"fixtures-{seed}.csv", [header, *rows]), truth
