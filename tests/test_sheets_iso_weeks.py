"""Week plans dated by ISO week and weekday, with no date in the sheet (importers/sheets/week_grids.py; the
tenth held-out company, tests/holdout10/, asked for them): a sheet per week named or titled by the week
("Uke 42", "KW 42", "Hafta 42", "innholdsplan uke 42 2026") with weekday columns and rows of networks, or one
sheet whose rows are the weeks under weekday columns. Plans drawn from pools written here (seeded), in ten
languages, over new year too."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.week_grids import week_in_text, weeks_as_dates
from tests.sheets_build import write_xlsx

SEEDS = range(1, 13)
ZONE = ZoneInfo("Europe/Oslo")
LANGS = {   # the week's word, Monday..Friday (as a header writes them), the word for "and", for "at"
    "nb": (["Uke", "uke", "UKE"], ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"], "og", "kl."),
    "sv": (["Vecka", "v.", "V"], ["måndag", "tisdag", "onsdag", "torsdag", "fredag"], "och", "kl."),
    "da": (["Uge", "uge"], ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"], "og", "kl."),
    "fi": (["Viikko", "vko", "vk"], ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai"], "ja", "klo"),
    "et": (["Nädal", "nädal"], ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede"], "ja", "kell"),
    "is": (["Vika", "vika"], ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur"], "og", "kl."),
    "nl": (["Week", "week", "wk"], ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"], "en", ""),
    "de": (["KW", "Kalenderwoche", "Woche"], ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"], "und", ""),
    "tr": (["Hafta", "HAFTA"], ["PAZARTESİ", "SALI", "ÇARŞAMBA", "PERŞEMBE", "CUMA"], "ve", ""),
    "en": (["Week", "W", "Wk"], ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "and", ""),
}
NETWORKS = ["LinkedIn", "Facebook", "Instagram", "X", "YouTube"]
TOPICS = ["Terminal open day", "Customer story", "Winter timetable", "Behind the scenes", "Port news", "New route",
          "Sustainability update", "Job opening", "Photo of the week", "Customs tips"]
PEOPLE = ["Ingrid Solberg", "Mikko Korhonen", "Ayşe Yıldız", "Joost de Boer", "Kadri Tamm", "Sigurður Ólafsson",
          "Karin Svensson", "Łukasz Nowak", "Mette Sørensen", "Élodie Lefèvre"]


def _clock(rng, at_word: str, t: time) -> str:
    sep = rng.choice([".", ":"])
    return f"{at_word} {t.hour:02d}{sep}{t.minute:02d}".strip()


def _plan(rng, first_week: tuple[int, int], weeks: int):
    """Posts on working days of consecutive ISO weeks: (date, time, network, title, people)."""
    monday = date.fromisocalendar(*first_week, 1)
    posts = []
    for w in range(weeks):
        for _ in range(rng.randrange(2, 6)):
            d = monday + timedelta(days=7 * w + rng.randrange(5))
            t = time(rng.randrange(7, 18), rng.choice([0, 15, 30, 45]))
            people = rng.sample(PEOPLE, rng.choice([1, 1, 2]))
            posts.append((d, t, rng.choice(NETWORKS), f"{rng.choice(TOPICS)} {len(posts) + 1}", people))
    return posts


def _first_week(rng) -> tuple[int, int]:
    year = rng.choice([2025, 2026, 2027])
    last = date(year, 12, 28).isocalendar()[1]   # 52 or 53
    return year, rng.choice([2, 10, 23, 41, last - 2, last - 1])   # the last ones run over new year


def _wanted(posts):
    return sorted((title, datetime.combine(d, t, ZONE), net) for d, t, net, title, _ in posts)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_sheet_per_week_is_dated_by_its_name_or_title(tmp_path, seed):
    rng = random.Random(seed)
    lang = rng.choice(list(LANGS))
    words, days, and_word, at_word = LANGS[lang]
    year, week = _first_week(rng)
    posts = _plan(rng, (year, week), rng.randrange(2, 5))
    sheets, monday0 = {}, date.fromisocalendar(year, week, 1)
    by_name = rng.random() < 0.6   # the week in the sheet's name; else only in its title
    for w in range(len({p[0].isocalendar()[:2] for p in posts}) + 1):
        monday = monday0 + timedelta(days=7 * w)
        iso_year, iso_week, _ = monday.isocalendar()
        word = rng.choice(words)
        name = f"{word} {iso_week}" if by_name else f"Plan {w + 1}"
        rows = [[f"Content plan – {word} {iso_week} {iso_year}"], [], ["", *days]]
        for net in NETWORKS:
            row = [net]
            for i in range(5):
                here = [p for p in posts if p[0] == monday + timedelta(days=i) and p[2] == net]
                row.append("\n".join(f"{_clock(rng, at_word, t)} {title} ({f' {and_word} '.join(people)})"
                                     for _d, t, _n, title, people in here) or None)
            rows.append(row)
        sheets[name] = rows
    sheets["Legend"] = [["Colour", "Meaning"], ["Green", "Approved"], ["Grey", "Cancelled"]]
    path = write_xlsx(tmp_path / f"weeks-{seed}.xlsx", sheets)
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = sorted((r.title, r.start, r.channel) for r in result.records)
    assert got == _wanted(posts)
    owners = {r.title: r.owner for r in result.records}
    for _d, _t, _n, title, people in posts:
        assert owners[title] == "; ".join(people)


@pytest.mark.parametrize("seed", SEEDS)
def test_rows_of_weeks_under_weekday_columns(tmp_path, seed):
    rng = random.Random(seed + 100)
    lang = rng.choice(list(LANGS))
    words, days, _and, at_word = LANGS[lang]
    year, week = _first_week(rng)
    posts = _plan(rng, (year, week), rng.randrange(3, 7))
    monday0 = date.fromisocalendar(year, week, 1)
    word = rng.choice(words)
    rows = [[f"Plan {year}"], [word.upper() if rng.random() < 0.3 else word, *days]]
    for w in range(len({p[0].isocalendar()[:2] for p in posts})):
        monday = monday0 + timedelta(days=7 * w)
        label = f"{word} {monday.isocalendar()[1]}" if rng.random() < 0.8 else monday.isocalendar()[1]
        row = [label]
        for i in range(5):
            here = [p for p in posts if p[0] == monday + timedelta(days=i)]
            row.append("\n".join(f"{_clock(rng, at_word, t)} {net}: {title}" for _d, t, net, title, _p in here) or None)
        rows.append(row)
    path = write_xlsx(tmp_path / f"week-rows-{seed}.xlsx", {"Plan": rows})
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert sorted((r.title, r.start, r.channel) for r in result.records) == _wanted(posts)


@pytest.mark.parametrize("text, week", [
    ("Uke 42", 42), ("innholdsplan uke 42 2026", 42), ("KW42", 42), ("v. 7", 7), ("Hafta 41", 41),
    ("Viikko 1", 1), ("Week 53", 53), ("Q4 2026", None), ("Top 10", None), ("Stand 4B", None), ("Week 54", None),
])
def test_week_in_text(text, week):
    assert week_in_text(text) == week


def test_weekday_columns_without_a_week_stay_as_they_were():
    rows = [["Kanal", "mandag", "tirsdag", "onsdag", "torsdag", "fredag"], ["LinkedIn", "kl. 9.00 Post", None, None, None, None]]
    assert weeks_as_dates(rows, "Plan", None) is None
    rows = [["Uke 42"], ["Kanal", "mandag", "tirsdag", "onsdag"], ["LinkedIn", "Post", None, None]]
    assert weeks_as_dates(rows, "Plan", None) is None   # three weekdays are no working week
