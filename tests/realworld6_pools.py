"""Pools for the generated tables that prove the fixes made for the sixth set of real files.

Each generator draws a small table from pools written here (seeded): column names and order,
languages, delimiters, date forms, row counts and values vary, so a rule proved on them is not a
rule that fits one file. Each returns the file and what a person reads from it.
"""
from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path


def write_rows(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return path


AGENDA_HEADERS = {
    "en": ("Date", "Class", "Topic", "Readings", "Assignment", "Project"),
    "de": ("Datum", "Art", "Thema", "Lektüre", "Aufgabe", "Projekt"),
    "es": ("Fecha", "Clase", "Tema", "Lecturas", "Tarea", "Proyecto"),
    "fr": ("Date", "Séance", "Sujet", "Lectures", "Devoir", "Projet"),
}
KINDS = ("Lecture", "Lab", "Seminar", "Tutorial")
TOPICS = ("Introduction to the course", "Data wrangling", "Descriptive statistics", "Intro to spatial data",
          "Spatial autocorrelation", "Big data and open data", "Point pattern analysis", "Site suitability",
          "Opportunity mapping", "Geodemographics", "Participatory mapping", "Web mapping", "Regression basics",
          "Sampling and surveys", "Mixed methods", "Network analysis", "Text as data", "Visualisation")
READINGS = ("Handout", "Chapter 2", "OSU Ch. 3", "Wilson (2012)", "Optional: RDS Ch. 5", "Kitchin (2016)")
TASKS = ("HW 1", "HW 2", "HW 3", "Quiz", "Lab report")
STEPS = ("Finalize groups", "Proposal I", "Proposal II", "Meeting", "Presentations")
LAST_WORDS = ("Final paper", "Paper", "Poster session", "Final report due", "Portfolio", "Reflection essay")


def agenda_with_a_bare_last_day(seed: int, folder: Path) -> tuple[Path, list[tuple[date, str]]]:
    """A course agenda: a topic on most days, readings, homework and project steps on some; a few
    days have no topic and write one thing only, in one of the other columns (the project's paper,
    a reading, a homework). A person names those days by the one thing they write.
    Returns (path, [(day, title)])."""
    rng = random.Random(seed)
    lang = rng.choice(sorted(AGENDA_HEADERS))
    header = list(AGENDA_HEADERS[lang])
    day = date(2026, rng.randrange(1, 10), rng.randrange(1, 28))
    form = rng.choice(("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"))
    topics = rng.sample(TOPICS, rng.randrange(8, 15))
    bare = set(rng.sample(range(len(topics)), rng.randrange(1, 3)))
    truth, rows = [], []
    for k, topic in enumerate(topics):
        day += timedelta(days=rng.choice((1, 2, 2, 3, 5)))
        if k in bare:
            where = rng.choice((3, 4, 5))
            said = rng.choice(LAST_WORDS)
            cells = ["", "", "", "", "", ""]
            cells[where] = said
            truth.append((day, said))
        else:
            cells = ["", rng.choice(KINDS), topic, rng.choice(READINGS) if rng.random() < 0.6 else "",
                     rng.choice(TASKS) if rng.random() < 0.3 else "", rng.choice(STEPS) if rng.random() < 0.3 else ""]
            truth.append((day, topic))
        cells[0] = day.strftime(form)
        rows.append(cells)
    return write_rows(folder / f"agenda-{seed}.csv", [header, *rows], delimiter=rng.choice((",", ";"))), truth


ROUTE_HEADERS = (("DATA", "VOO", "ORIGEM", "DESTINO", "PARTIDA", "CHEGADA"),
                 ("Datum", "Zug", "Von", "Nach", "Ab", "An"),
                 ("date", "flight", "from", "to", "dep", "arr"),
                 ("Fecha", "Servicio", "Origen", "Destino", "Salida", "Llegada"),
                 ("Date", "Vol", "Départ de", "Arrivée à", "Heure départ", "Heure arrivée"))
PLACES = ("CGH", "GRU", "SDU", "BSB", "CNF", "VIX", "Hamburg Hbf", "Bremen", "Hannover", "Lyon", "Paris Gare de Lyon",
          "Marseille", "Madrid", "Zaragoza", "Barcelona", "LIS", "OPO", "FAO")
DUTIES = ("DO", "OFF", "SBY", "ASB", "TRAINING", "Frei", "Libre")


def legs_of_a_roster(seed: int, folder: Path) -> tuple[Path, list[tuple[date, str]]]:
    """A crew or driver's roster: days of legs (each leg begins where the last one ended, at the
    departure and arrival times), days with a duty code only (a day off, a standby) and no places.
    A person names each leg by its number and where it goes ('LA4704 CGH → BPS'), each other day by
    its code. Returns (path, [(day, title)])."""
    rng = random.Random(seed)
    header = list(rng.choice(ROUTE_HEADERS))
    day = date(2026, rng.randrange(1, 12), rng.randrange(1, 20))
    here = rng.choice(PLACES)
    prefix = rng.choice(("LA", "ICE ", "IB", "AF", "TP"))
    truth, rows = [], []
    for _ in range(rng.randrange(8, 16)):
        day += timedelta(days=1)
        if rng.random() < 0.35:
            code = rng.choice(DUTIES)
            rows.append([day.isoformat(), code, "", "", "", ""])
            truth.append((day, code))
            continue
        hour = rng.randrange(6, 10)
        for _ in range(rng.randrange(1, 4)):
            there = rng.choice([p for p in PLACES if p != here])
            number = f"{prefix}{rng.randrange(100, 9999)}"
            rows.append([day.isoformat(), number, here, there, f"{hour:02d}:{rng.randrange(0, 60):02d}",
                         f"{hour + 1:02d}:{rng.randrange(0, 60):02d}"])
            truth.append((day, f"{number} {here} → {there}"))
            here, hour = there, hour + 2
    return write_rows(folder / f"roster-{seed}.csv", [header, *rows], delimiter=rng.choice((",", ";"))), truth
