"""Dates as Dutch and Italian offices write them, with the weekday in front, long or short
("ma 5 oktober 2026", "lunedì 5 ottobre 2026", "gio 8 ott 2026"), each read as its day."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from importers.sheets.dates import parse_date_column

FORMS = {
    "nl": (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           ["ma", "di", "wo", "do", "vr", "za", "zo"],
           ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"],
           ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]),
    "it": (["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
           ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
           ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre"],
           ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]),
}


@pytest.mark.parametrize("lang", sorted(FORMS))
@pytest.mark.parametrize("short", [False, True])
def test_weekday_day_month_year(lang, short):
    rng = random.Random(f"{lang}-{short}")
    long_days, short_days, long_months, short_months = FORMS[lang]
    days, months = (short_days, short_months) if short else (long_days, long_months)
    want = [date(2026, 1, 1) + timedelta(days=rng.randrange(730)) for _ in range(40)]
    texts = [f"{days[d.weekday()]} {d.day} {months[d.month - 1]} {d.year}" for d in want]
    parsed, _ = parse_date_column(texts, None)
    assert [p[0] if p.__class__ is tuple else p for p in parsed] == want


@pytest.mark.parametrize("lang", sorted(FORMS))
@pytest.mark.parametrize("seed", range(3))
def test_dates_without_weekday_or_year_and_with_dashes(lang, seed):
    """The other ways the same offices write a day: "5 ottobre 2026", "5-okt-2026", and within
    a year the file names elsewhere "gio 8 ott" (the year comes from the hint)."""
    rng = random.Random(f"{lang}-{seed}-forms")
    long_days, short_days, long_months, short_months = FORMS[lang]
    year = rng.choice((2025, 2026, 2027))
    want = [date(year, 1, 1) + timedelta(days=rng.randrange(365)) for _ in range(30)]
    form = seed
    if form == 0:
        texts = [f"{d.day} {long_months[d.month - 1]} {d.year}" for d in want]
        hint = None
    elif form == 1:
        texts = [f"{d.day}-{short_months[d.month - 1]}-{d.year}" for d in want]
        hint = None
    else:
        texts = [f"{short_days[d.weekday()]} {d.day} {short_months[d.month - 1]}" for d in want]
        hint = year
    parsed, _ = parse_date_column(texts, None, year_hint=hint)
    assert [p[0] if p.__class__ is tuple else p for p in parsed] == want, texts


@pytest.mark.parametrize("seed", range(4))
def test_a_weekday_before_a_numeric_date_pins_its_year(seed):
    """"Mon 5/10", "Di, 03.08.", "gio 8/10": the weekday fits one year near the file's date."""
    from importers.sheets.dates import YearHint

    rng = random.Random(f"numeric-weekday-{seed}")
    words = rng.choice([["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                        ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], FORMS["nl"][1], FORMS["it"][1]])
    saved = date(2026, 9, 28)
    first = saved + timedelta(days=rng.randrange(-500, 700))
    want = [first + timedelta(days=k) for k in range(5)]
    sep = rng.choice(["/", "."])
    texts = [f"{words[d.weekday()]}{rng.choice(['', ','])} {d.day:02d}{sep}{d.month:02d}{'.' if sep == '.' else ''}"
             for d in want]
    parsed, info = parse_date_column(texts, True, year_hint=YearHint(after=saved))
    assert [p[0] for p in parsed] == want, texts
    assert info.year_from == "weekday"
