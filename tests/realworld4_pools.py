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


KINDS = ("plenary", "keynote", "Vortrag", "atelier", "lightning", "ponencia", "доклад", "session")
TALKS = ("Graph minors revisited", "Streaming lower bounds", "Über Zufallsgraphen", "Cache-oblivious sorting",
         "Fair division with chores", "Ordonnancement en ligne", "Sketching for regression", "Matroid parity",
         "Быстрые алгоритмы", "Learning-augmented caching", "Online bipartite matching", "Planar separators")
SPEAKERS = ("Ana Ruiz (UNAM)", "Kenji Sato", "Mette Holm (DTU)", "Oluwaseun Ade", "Priya Natarajan (IISc)",
            "Jean-Luc Morel", "Zofia Nowak (UW)", "Tomás Ferreira", "Hee-Kap Ahn (POSTECH)", "Lina Svensson")


def programme_with_untitled_talks(seed: int, folder: Path) -> tuple[Path, list[tuple[datetime, str, str]]]:
    """A workshop programme: date, time, the kind of slot (shared by many rows), the talk's title
    and its speaker; some talks have no title yet, and the breaks have no speaker."""
    rng = random.Random(seed)
    day = date(2026, rng.randrange(1, 13), rng.randrange(1, 28))
    kinds = rng.sample(KINDS, 2)
    header = ["date", "time", "type", "title", "speaker"]
    truth, rows = [], []
    at = datetime.combine(day, time(9, 0))
    for k in range(rng.randrange(6, 14)):
        at += timedelta(minutes=rng.choice((30, 50, 60)))
        if k % 4 == 3:
            rows.append([day.isoformat(), f"{at:%H:%M}", "break", "Coffee break", ""])
            truth.append((at, "Coffee break", ""))
            continue
        kind, speaker = rng.choice(kinds), rng.choice(SPEAKERS)
        title = rng.choice(TALKS) if rng.random() < 0.6 or k == 0 else ""
        rows.append([day.isoformat(), f"{at:%H:%M}", kind, title, speaker])
        truth.append((at, title or kind, "" if title else speaker))
    if all(t[2] == "" for t in truth):  # at least one talk without a title
        at = at + timedelta(hours=1)
        rows.append([day.isoformat(), f"{at:%H:%M}", kinds[0], "", SPEAKERS[seed % len(SPEAKERS)]])
        truth.append((at, kinds[0], SPEAKERS[seed % len(SPEAKERS)]))
    return write_rows(folder / f"programme-{seed}.csv", [header, *rows]), truth
