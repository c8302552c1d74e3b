"""Pools for the generated tables that prove the fixes made for the third set of real files.

Each generator draws a small CSV table from pools written here (seeded), so a rule proved on
them is not a rule that fits one file.
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

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


RELEASE_TITLES = (
    "FLAME VEIN", "天体観測", "ユグドラシル", "orbital period", "COSMONAUT", "Butterflies", "aurora arc",
    "Live at Studio Coast", "Spring single", "Winter EP", "Греческий альбом", "Ça ira", "Año nuevo", "Best of 1999-2004",
    "Tour 2019 DVD", "Remix 2.0", "Vol. 3", "Sommer-Single", "Acoustic (Live)", "Greatest hits II",
)
YMD_HEADERS = (("year", "month", "day"), ("Jahr", "Monat", "Tag"), ("Année", "Mois", "Jour"), ("Y", "M", "D"),
               ("yyyy", "mm", "dd"), ("年", "月", "日"))


def date_in_numbers(seed: int, folder: Path) -> tuple[Path, list[tuple[date, str]]]:
    """Release dates written as year, month and day numbers in three columns (year first, day first or
    month first), in no order, with a title and sometimes a track count (a small number) beside them."""
    rng = random.Random(seed)
    n = rng.randrange(8, len(RELEASE_TITLES))
    titles = rng.sample(RELEASE_TITLES, n)  # each once: repeated titles are told apart by another column
    order = rng.choice(("ymd", "dmy", "mdy"))
    names = dict(zip("ymd", rng.choice(YMD_HEADERS)))
    counted = rng.random() < 0.5
    header = [names[c] for c in order] + ["title"] + (["tracks"] if counted else [])
    if rng.random() < 0.5:
        header = ["title"] + [h for h in header if h != "title"]
    truth, rows = [], []
    for title in titles:
        day = date(rng.randrange(1985, 2026), rng.randrange(1, 13), 1) + timedelta(days=rng.randrange(28))
        if order == "mdy" and not any(d.day > 12 for d, _ in truth) and len(truth) == n - 1:
            day = day.replace(day=rng.randrange(13, 29))  # a month-first file shows a day past 12 somewhere
        parts = {"y": str(day.year), "m": str(day.month), "d": str(day.day)}
        cells = {names[c]: parts[c] for c in "ymd"} | {"title": title, "tracks": str(rng.randrange(1, 13))}
        rows.append([cells[h] for h in header])
        truth.append((day, title))
    return write_rows(folder / f"releases-{seed}.csv", [header, *rows]), truth


def numbers_beside_a_date(seed: int, folder: Path) -> tuple[Path, list[tuple[date, str]]]:
    """A fixture list with its date column and, beside it, a season, a round and a match number
    (numbers that could pass for a year, a month and a day): the date column gives the dates."""
    rng = random.Random(seed)
    n = rng.randrange(8, 30)
    season = rng.randrange(2015, 2026)
    day = date(season, 8, 1) + timedelta(days=rng.randrange(30))
    teams = ("Rovers", "United", "Athletic", "Wanderers", "City", "Albion", "Town", "Rangers")
    header = ["season", "round", "match", "date", "home", "away"]
    truth, rows = [], []
    for k in range(n):
        day += timedelta(days=rng.choice((3, 4, 7)))
        home, away = rng.sample(teams, 2)
        rows.append([str(season), str(k // 3 + 1), str(k % 3 + 1 + rng.randrange(0, 20)), day.isoformat(), home, away])
        truth.append((day, f"{home} vs {away}"))
    return write_rows(folder / f"fixtures-{seed}.csv", [header, *rows]), truth


CLUBS = ("SVV Weimar e.V. I", "Erfurter VC I", "1. VSV Jena III", "Geraer VC I", "VC Altenburg I", "SVC Nordhausen",
         "Sportverein TU - Ilmenau", "Volleyball Club Gotha III", "FC Olpe", "TuS Belmicke", "Lions Zürich",
         "Stade Rennais B", "ASD Virtus", "КС Спартак", "Real Oviedo C")
ROUND_WORDS = ("Spieltag", "Round", "Journée", "Giornata", "Jornada", "Тур", "Week", "Matchday")
SIDE_HEADERS = (("Mannschaft 1", "Mannschaft 2"), ("Team A", "Team B"), ("Équipe 1", "Équipe 2"),
                ("Squadra 1", "Squadra 2"), ("Side 1", "Side 2"), ("Heim", "Gast"))


def fixtures_with_rounds(seed: int, folder: Path) -> tuple[Path, list[tuple[datetime, str]]]:
    """A club's fixtures: a round label counted on ("Spieltag 6") beside two columns of opponents
    and a column of the team that referees (the same club names); on tournament days two matches
    of the club start at the one time the day starts."""
    rng = random.Random(seed)
    word = rng.choice(ROUND_WORDS)
    side1, side2 = rng.choice(SIDE_HEADERS)
    us = rng.choice(CLUBS)
    others = [c for c in CLUBS if c != us]
    day = date(2025, 9, 6) + timedelta(days=7 * rng.randrange(4))
    header = ["Datum", "Uhrzeit", "ST", side1, side2, "Schiedsgericht", "Halle"]
    truth, rows = [], []
    for rnd in range(1, rng.randrange(9, 16)):
        at = time(rng.choice((11, 14, 15)), 0)
        for _ in range(rng.choice((1, 1, 2))):  # a tournament day: two matches at the day's start time
            a, b, ref = rng.sample(others, 3)
            home, away = rng.choice(((us, a), (a, us)))
            rows.append([day.strftime("%d.%m.%Y"), f"{at:%H:%M}:00", f"{word} {rnd}", home, away, ref,
                         f"Halle {rng.randrange(1, 9)}"])
            truth.append((datetime.combine(day, at), f"{home} vs {away}"))
        day += timedelta(days=7 * rng.randrange(1, 4))
    return write_rows(folder / f"spielplan-{seed}.csv", [header, *rows], delimiter=";"), truth


RACES = ("Tour Down Under", "Strade Bianche", "Paris-Nice", "Giro d'Italia", "Tour de France", "La Vuelta", "Il Lombardia",
         "Ronde van Vlaanderen", "Tour de Suisse", "Volta a Catalunya", "Critérium du Dauphiné", "Tour of Oman 🇴🇲",
         "Santos Festival", "Winter Cup", "Silvesterlauf", "Neujahrsturnier", "Hallen-Masters", "Dreikönigsrennen")
CATEGORIES = ("2.UWT FRA", "1.Pro BEL", "2.Pro ESP", "CN ITA", "CM RWA", "1.UWT GER", "Open", "Masters")


def races_with_range_text(seed: int, folder: Path) -> tuple[Path, list[tuple[date, date, str]]]:
    """A race calendar: the first day in a date column, and a text that begins with the first and
    last day without the year ("05/07 27/07 2.UWT FRA"); a race may run into the new year. When
    ``seed`` is odd the text says another period (entries open), which is no end of the race."""
    rng = random.Random(seed)
    form = rng.choice(DATE_FORMS)
    sep = rng.choice(("/", "."))
    dash = rng.choice((" ", " - ", "–"))
    other = seed % 2 == 1
    day = date(2025, 1, 5) + timedelta(days=rng.randrange(40))
    truth, rows = [], []
    for name in rng.sample(RACES, rng.randrange(6, len(RACES))):
        day += timedelta(days=rng.randrange(3, 30))
        last = day + timedelta(days=rng.choice((0, 0, 0, 2, 4, 6, 21)))
        said_first, said_last = (day - timedelta(days=60), day - timedelta(days=10)) if other else (day, last)
        text = f"{said_first:%d}{sep}{said_first:%m}{dash}{said_last:%d}{sep}{said_last:%m} {rng.choice(CATEGORIES)}"
        rows.append([day.strftime(form), name, text])
        truth.append((day, day if other else last, name))
    return write_rows(folder / f"races-{seed}.csv", [["Date From", "Name", "descrizione"], *rows]), truth


ACTS = ("The Elvis Tribute Artist World Tour", "Guns 2 Roses", "Will Taylor", "Mel Hayes", "Ragati String Band",
        "Mike and the Mechanics Refueled!", "Willowisp", "The Kavemen", "Joanna Rose Barton", "Tin Whiskey",
        "Stereo Kings", "The Pat Butchers", "Sommerkonzert", "Les Frangines", "Banda Municipal", "Quartetto Eos")
VENUES = ("Congress Theatre", "Bandstand", "Belgian Cafe", "Crown & Anchor", "The Lamb Inn, Old Town",
          "Printers Playhouse", "Garden Bar", "Royal Hippodrome", "Alte Mühle", "Salle des fêtes")


def gig_guide(seed: int, folder: Path) -> tuple[Path, list[tuple[datetime | date, datetime | None, str]]]:
    """A scraped gig guide: act, venue, the venue's @handle, the day as a UTC midnight date-time
    ("2023-05-11T00:00:00+00:00"), the start (and on some rows the end) as a date-time on one dummy
    day for every row ("2023-05-12 19:30:00 +0100" or a spreadsheet's "1899-12-30 19:30:00"); some
    rows give no time (all day). With or without a header row. Truth: aware datetimes, or dates."""
    rng = random.Random(seed)
    from datetime import timezone
    offset = rng.choice((timezone(timedelta(hours=1)), timezone.utc, None))
    dummy = rng.choice((date(2023, 5, 12), date(1899, 12, 30)))
    headed = rng.random() < 0.5
    midnight = rng.choice(("T00:00:00+00:00", "T00:00:00Z", " 00:00:00"))
    day0 = date(2023, 3, 1) + timedelta(days=rng.randrange(200))
    rows, truth = [], []

    def stamp(at: time) -> str:
        base = f"{dummy.isoformat()} {at:%H:%M:%S}"
        return base + (f" {datetime.now(offset).strftime('%z')}" if offset else "")

    for act in rng.sample(ACTS, rng.randrange(8, len(ACTS))):  # each act once: repeats are told apart by venue
        day = day0 + timedelta(days=rng.randrange(40))
        venue = rng.choice(VENUES)
        handle = rng.choice(("", f"@{venue.split()[-1].lower()}{rng.choice(('eb', '_live', '1790', ''))}"))
        at = time(rng.randrange(12, 23), rng.choice((0, 30, 45))) if rng.random() < 0.85 else None
        until = time(at.hour + 1, at.minute) if at and at.hour < 22 and rng.random() < 0.3 else None
        rows.append([act, venue, handle, day.isoformat() + midnight, stamp(at) if at else "",
                     stamp(until) if until else ""])
        if at is None:
            truth.append((day, None, act))
        else:
            zone = offset or ZoneInfo("Europe/Berlin")
            truth.append((datetime.combine(day, at, zone), datetime.combine(day, until, zone) if until else None, act))
    if not any(t[1] for t in truth):  # one row with an end at least, like the real guide
        day, act = truth[0][0], truth[0][2]
        if isinstance(day, datetime):
            rows[0][5] = stamp((day + timedelta(hours=1)).time())
            truth[0] = (day, day + timedelta(hours=1), act)
    header = [["Act", "Venue", "Handle", "Day", "Start", "Finish"]] if headed else []
    return write_rows(folder / f"gigs-{seed}.csv", header + rows), truth


TOPICS = ("acessibilidade", "IA na escola", "dados abertos", "gamificação", "egressos", "otimização", "robótica",
          "ensino de matemática", "educação ambiental", "inclusão digital", "LLMs", "cultura maker")
DAY_LABELS = ("{n} dia", "Dia {n}", "Day {n}", "Tag {n}", "Jour {n}", "{n}º día")
SESSIONS = ("Abertura oficial", "Palestra inicial", "Sessão de Banners", "intervalo", "Mesa redonda", "Keynote",
            "Workshop: prototipação com LLMs", "Minicurso de Python", "Premiação", "Apresentação cultural",
            "Oficina de robótica", "Encerramento", "Coffee break", "Painel: educação e tecnologia")


def programme_with_day_labels(seed: int, folder: Path, continued: bool = False
                              ) -> tuple[Path, list[tuple[datetime, datetime, str]]]:
    """A week's programme under a title line: the day stands in the first column on the first row of
    each day only, as a label over the date in one cell ("2 dia\\n17/09/2026"); each day has two parts
    (talks, then courses) parted by a blank line, the second starting earlier again. ``continued``:
    under some entries a line with only a description (a second talk of that slot)."""
    rng = random.Random(seed)
    label = rng.choice(DAY_LABELS)
    sep = rng.choice(("\n", "\n\n"))
    day = date(2026, 3, 2) + timedelta(days=rng.randrange(200))
    width = 6
    rows = [[rng.choice(("Semana Acadêmica", "Programação", "Academic week 2026"))] + [""] * (width - 1),
            [""] * width, ["", "", "Atividade", "HORÁRIO", "Descrição", "Local"]]
    truth = []
    for n in range(1, rng.randrange(3, 6)):
        first = True
        for part in range(2):
            at = datetime.combine(day, time(rng.choice((8, 9, 13, 19)) - 2 * part, rng.choice((0, 15, 30))))
            for _ in range(rng.randrange(2, 5)):
                until = at + timedelta(minutes=rng.choice((15, 30, 45, 90)))
                title = f"{rng.choice(SESSIONS)}: {rng.choice(TOPICS)}"
                cell = f"{label.format(n=n)}{sep}{day:%d/%m/%Y}" if first else ""
                rows.append([cell, "", title, f"{at:%H:%M} - {until:%H:%M}", "", rng.choice(("Anfiteatro 2", "Sala Verde", ""))])
                truth.append((at, until, title))
                if continued and rng.random() < 0.3:  # a second talk of the slot: no time, no title of its own
                    rows.append(["", "", "", "", f"Mesa de conversa: {rng.choice(TOPICS)}", ""])
                first, at = False, until
            rows.append([""] * width)
        day += timedelta(days=1)
    return write_rows(folder / f"programacao-{seed}.csv", rows), truth


CLOCK_FORMS = ("{:%H:%M} Uhr", "{:%H:%M}", "{:%H.%M} Uhr", "{:%H:%M} h")
GERMAN_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def two_line_fixtures(seed: int, folder: Path) -> tuple[Path, list[tuple[datetime, str]]]:
    """Fixtures written over two lines: "Samstag, 21.10.2023;1;Home (H);Away;Infos zum Spiel;" and under
    it "14:00 Uhr;;;;;"; with or without a header; semicolon or comma."""
    rng = random.Random(seed)
    form = rng.choice(CLOCK_FORMS)
    teams = rng.sample(CLUBS, 6)
    day = date(2023, 9, 2) + timedelta(days=rng.randrange(60))
    rows = [["Datum", "Nr", "Heim", "Gast", "Info", ""]] if rng.random() < 0.5 else []
    truth = []
    k = 0
    for _ in range(rng.randrange(6, 14)):  # a match day: the host meets both guests, then the guests meet
        day += timedelta(days=7 * rng.randrange(1, 3))
        at = time(rng.choice((11, 12, 14, 15)), rng.choice((0, 30)))
        host, g1, g2 = rng.sample(teams, 3)
        for home, away in ((f"{host} (H)", g1), (f"{host} (H)", g2), (g1, g2)):
            k += 1
            rows.append([f"{GERMAN_DAYS[day.weekday()]}, {day:%d.%m.%Y}", str(k), home, away, "Infos zum Spiel", ""])
            rows.append([form.format(at), "", "", "", "", ""])
            truth.append((datetime.combine(day, at), f"{home} vs {away}"))
    return write_rows(folder / f"spiele-{seed}.csv", rows, delimiter=rng.choice((";", ","))), truth
