"""Plans that date their rows the way people write them by hand: a week number beside a weekday
("W41", "ma"), or the date written once above the posts of that day. Drawn from seeded pools of
languages, spellings and layouts."""
from __future__ import annotations

import csv
import os
import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.errors import UnmappableSheet
from tests.sheets_build import write_xlsx

BERLIN = ZoneInfo("Europe/Berlin")
DAYS = {  # Monday .. Friday, short and long, as teams write them
    "nl": (["ma", "di", "wo", "do", "vr"], ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]),
    "de": (["Mo", "Di", "Mi", "Do", "Fr"], ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]),
    "en": (["Mon", "Tue", "Wed", "Thu", "Fri"], ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    "fr": (["lun.", "mar.", "mer.", "jeu.", "ven."], ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]),
    "it": (["lun", "mar", "mer", "gio", "ven"], ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"]),
    "es": (["lun", "mar", "mié", "jue", "vie"], ["lunes", "martes", "miércoles", "jueves", "viernes"]),
}
HEADS = {"nl": ("Week", "Dag", "Tijd", "Onderwerp"), "de": ("KW", "Tag", "Uhrzeit", "Thema"),
         "en": ("Wk", "Day", "Time", "Post"), "fr": ("Semaine", "Jour", "Heure", "Sujet"),
         "it": ("Settimana", "Giorno", "Ora", "Titolo"), "es": ("Semana", "Día", "Hora", "Tema")}
WEEK_STYLES = ["W{n}", "KW {n}", "{n}", "wk{n}", "S{n}", "Week {n}"]
TOPICS = ["harbour tour", "new crane", "staff choir", "quiz night", "safety day", "open house", "recap video"]


def _csv(path, rows, sep=";"):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=sep, lineterminator="\n").writerows(rows)
    return path


def _saved(path, day: date) -> None:
    stamp = datetime.combine(day, time(9), BERLIN).timestamp()
    os.utime(path, (stamp, stamp))


def _week_plan(rng: random.Random, lang: str, first: date):
    """Rows of a plan by week number and weekday, over four to eight weeks from ``first`` (a Monday)."""
    week_h, day_h, time_h, title_h = HEADS[lang]
    short, long = DAYS[lang]
    names = rng.choice([short, long])
    style = rng.choice(WEEK_STYLES)
    rows, want = [[week_h, day_h, time_h, title_h, "Kanaal"]], []
    for w in range(rng.randint(4, 8)):
        monday = first + timedelta(weeks=w)
        for wd in sorted(rng.sample(range(5), rng.randint(2, 4))):
            day = monday + timedelta(days=wd)
            at = time(rng.randint(8, 17), rng.choice([0, 15, 30, 45]))
            title = f"{rng.choice(TOPICS)} {rng.randint(1, 999)}"
            iso_week = day.isocalendar()[1]
            rows.append([style.format(n=iso_week), names[wd], at.strftime("%H:%M"), title, rng.choice(["LI", "Insta"])])
            want.append((datetime.combine(day, at, BERLIN), title))
    return rows, want


@pytest.mark.parametrize("seed", range(12))
def test_a_week_number_beside_a_weekday_dates_the_row(tmp_path, seed):
    rng = random.Random(seed)
    lang = rng.choice(sorted(DAYS))
    # some plans run over new year (week 52, then week 1): the year moves on with them
    first = rng.choice([date(2026, 9, 28), date(2026, 11, 2), date(2026, 12, 14), date(2027, 2, 1)])
    rows, want = _week_plan(rng, lang, first)
    path = _csv(tmp_path / f"plan_{lang}.csv", rows)
    _saved(path, first - timedelta(days=rng.randint(3, 20)))  # saved shortly before the plan starts
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.start, r.title) for r in result.records)
    assert got == sorted(want), (lang, rows[:4])
    assert any("week numbers in" in w for w in result.notes)


def test_the_year_is_the_one_nearest_the_day_the_file_was_saved(tmp_path):
    rows = [["Week", "Dag", "Tijd", "Onderwerp"], ["W2", "ma", "10:00", "Kick-off"], ["W2", "di", "11:00", "Recap"],
            ["W3", "ma", "10:00", "Poll"]]
    path = _csv(tmp_path / "plan.csv", rows)
    _saved(path, date(2026, 12, 10))  # saved in December: week 2 is next January's
    [first, *_] = sorted(r.start for r in read_file(path, ImportOptions(timezone=BERLIN)).records)
    assert first.date() == date(2027, 1, 11)
    _saved(path, date(2027, 1, 20))  # saved in week 3: week 2 is this year's, just past
    [first, *_] = sorted(r.start for r in read_file(path, ImportOptions(timezone=BERLIN)).records)
    assert first.date() == date(2027, 1, 11)


def test_running_numbers_beside_weekdays_are_no_weeks(tmp_path):
    """A row number rises on every row, so no two posts share a "week": the file still says the
    weekdays have no dates."""
    rows = [["Nr", "Dag", "Tijd", "Onderwerp"]] + [[str(k + 1), d, "10:00", f"post {k}"]
                                                   for k, d in enumerate(["ma", "di", "wo", "do", "vr", "ma", "di"])]
    path = _csv(tmp_path / "numbered.csv", rows)
    with pytest.raises(UnmappableSheet):
        read_file(path, ImportOptions(timezone=BERLIN))


@pytest.mark.parametrize("seed", range(8))
def test_a_date_written_once_above_the_posts_of_its_day(tmp_path, seed):
    """Days of one to four posts, the date on the first: the rows under it take it."""
    rng = random.Random(50 + seed)
    head = rng.choice([["Data", "Ora", "Canale", "Titolo"], ["Datum", "Zeit", "Kanal", "Titel"],
                       ["Date", "Time", "Channel", "Title"]])
    rows, want = [head], []
    day = date(2026, 10, 5)
    sizes = [rng.randint(1, 4) for _ in range(rng.randint(5, 9))]
    sizes[0] = max(sizes[0], 2)
    sizes[-1] = 1 if sizes[0] > 1 else 2  # days of different sizes
    for size in sizes:
        # two posts of a day may share a time (on two channels); the times never fall back
        clocks = sorted(time(rng.randint(8, 18), rng.choice([0, 30])) for _ in range(size))
        for k, at in enumerate(clocks):
            h = at.hour
            title = f"{rng.choice(TOPICS)} {rng.randint(1, 999)}"
            written = rng.choice([f"{h}.{at.minute:02d}", at.strftime("%H:%M")])
            rows.append([day.strftime("%d/%m/%Y") if k == 0 else "", written, "Instagram", title])
            want.append((datetime.combine(day, at, BERLIN), title))
        day += timedelta(days=rng.randint(1, 3))
    result = read_file(write_xlsx(tmp_path / "piano.xlsx", {"Piano": rows}), ImportOptions(timezone=BERLIN))
    assert sorted((r.start, r.title) for r in result.records) == sorted(want)
    assert result.skipped == 0
