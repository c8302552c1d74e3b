"""Pools for the generated tables that prove the fixes made for the second set of real files.

Each generator draws a small CSV table from pools written here (seeded), so a rule proved on
them is not a rule that fits one file: identifiers of many shapes beside the words that name
the entries, times written with words after them, day and month in columns of their own.
"""
from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

from tests.company_gen import HEADER_WORDS

# What a row is about, in a few words; repeated, like shifts, fixtures or course topics.
PHRASES = (
    "Working (Early)", "Working (Nights)", "Holiday", "On call", "Team meeting", "Training day",
    "Spring Break", "Intro to statistics", "Data import", "Final presentations", "Home match",
    "Away match", "Editorial review", "Quarterly review", "Product demo", "Budget meeting",
    "Réunion d'équipe", "Schulung", "Repas cafétéria", "Sesión informativa", "Lesung im Literaturhaus",
    "Спартак", "Ростов", "Open day", "Board meeting", "Town hall", "Launch party",
)
SLUG_WORDS = ("spartak", "rostov", "early", "nights", "holiday", "meeting", "final", "alpha", "north", "kiwi")


def identifier(rng: random.Random, k: int, day: date, phrase: str) -> str:
    """One id of a random shape, different for every row k."""
    shape = rng.randrange(6)
    if shape == 0:  # a contract or booking number
        return f"{rng.choice(['PX', 'INV', 'BK', 'A'])}{day:%y%m}{k:04d}"
    if shape == 1:  # a slug with the date and a name
        return f"{rng.choice(['JF', 'HK', 'MF'])}_{day:%Y%m%d}_{rng.choice(SLUG_WORDS).title()}{k}"
    if shape == 2:  # a UID of an ICS-minded exporter
        return f"jen-{day.isoformat()}-{rng.choice(SLUG_WORDS)}-{k}@rota"
    if shape == 3:  # a hexadecimal key
        return f"{rng.getrandbits(32):08x}-{k:04x}"
    if shape == 4:  # a week/day code
        return f"W{k // 2} {'MW'[k % 2]}{k}:"
    return f"{rng.choice(['EV', 'SES'])}-{k:03d}-{rng.randrange(10, 99)}"


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows([header, *rows])
    return path


def table_with_ids(seed: int, folder: Path) -> tuple[Path, list[tuple[date, str]]]:
    """A table of dated rows named by a phrase (some repeated), with an identifier column beside it
    (one shape for the whole column); header words say nothing; columns shuffled."""
    rng = random.Random(seed)
    n = rng.randrange(12, 40)
    start = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    phrases = rng.sample(PHRASES, rng.randrange(6, 14))
    shape_rng = random.Random(rng.random())
    fixed_shape = shape_rng.getstate()
    truth, rows = [], []
    for k in range(n):
        day = start + timedelta(days=k // rng.choice((1, 2)) + rng.randrange(2))
        phrase = rng.choice(phrases)
        if (day, phrase) in truth:  # rows alike but for their id are one entry told twice: not this test
            continue
        shape_rng.setstate(fixed_shape)  # every row of the column has the same shape
        rows.append([day.isoformat(), phrase, identifier(shape_rng, k, day, phrase)])
        truth.append((day, phrase))
    order = list(range(3))
    rng.shuffle(order)
    header = rng.sample(HEADER_WORDS, 3)
    path = write_csv(folder / f"ids-{seed}.csv", [header[i] for i in order],
                     [[r[i] for i in order] for r in rows])
    return path, truth
