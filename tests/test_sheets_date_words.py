"""Dates written with month names, as Spanish, French and German sheets write them.

A weekday abbreviation that also spells a month ("mar": martes / marzo, mardi / mars)
before a date with its own month name is the weekday: "mar 22 dic 2026" is Tuesday
22 December, read from the whole text rather than from a list of such words. A time after
such a date keeps its "h" or "Uhr" ("21 de diciembre de 2026 11:00 h")."""
from __future__ import annotations

import random
from datetime import date, time, timedelta

import pytest

from importers.sheets.dates import parse_date_column

# (weekday abbreviations, month abbreviations) as Spanish and French sheets write them
FORMS = {
    "es": (["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
           ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]),
    "fr": (["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
           ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]),
}


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_weekday_named_like_a_month_is_the_weekday(lang):
    rng = random.Random(f"homonym-{lang}")
    weekdays, months = FORMS[lang]
    days = [date(2026, 1, 1) + timedelta(days=rng.randrange(730)) for _ in range(40)]
    days += [d + timedelta(days=(1 - d.weekday()) % 7) for d in days[:10]]  # Tuesdays, the homonym day
    texts = [f"{weekdays[d.weekday()]} {d.day} {months[d.month - 1]} {d.year}" for d in days]
    parsed, _ = parse_date_column(texts, None)
    assert [p[0] if p.__class__ is tuple else p for p in parsed] == days


def test_a_lone_month_name_is_still_the_month():
    parsed, _ = parse_date_column(["3 mar 2026", "mar 3 2026", "22 dic 2026"], None)
    assert [p[0] for p in parsed] == [date(2026, 3, 3), date(2026, 3, 3), date(2026, 12, 22)]


LONG = {
    "es": (lambda d: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}", ["{h:02d}:{m:02d} h", "{h:02d}:{m:02d}"]),
    "de": (lambda d: f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}", ["{h}:{m:02d} Uhr", "{h:02d}:{m:02d}"]),
}
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


@pytest.mark.parametrize("lang", sorted(LONG))
def test_long_date_with_a_marked_time(lang):
    rng = random.Random(f"long-{lang}")
    write, clocks = LONG[lang]
    want = [(date(2026, 1, 1) + timedelta(days=rng.randrange(730)), time(rng.randint(7, 20), rng.choice([0, 15, 45])))
            for _ in range(30)]
    texts = [f"{write(d)} {rng.choice(clocks).format(h=t.hour, m=t.minute)}" for d, t in want]
    parsed, _ = parse_date_column(texts, None)
    assert parsed == want
