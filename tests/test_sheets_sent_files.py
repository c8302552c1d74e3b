"""Files departments really send: generated from seeded pools of languages, layouts and date habits.

Each pool draws headers in several languages, columns in random order and dates written in
random forms; each test names the habit it covers:

- a date column with one value on every row (the day the list was exported or retrieved) beside
  the columns that date the entries;
- start and end named by a word at the header's edge ("datum_von", "start_utc", "end local"), and
  an exact date-time with its UTC offset beside the same date and time split in two columns;
- a list of appearances by date, time and venue, with no column naming them, and a playout list
  naming only the file each slot plays;
- a date column per kind (a collection calendar): an entry per date, titled by its column;
- a programme of times with no date column: its day taken from a line above the table or the file
  name, or refused with a message saying what is missing (and when its times are not filled in yet).
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.errors import UnmappableSheet

BERLIN = ZoneInfo("Europe/Berlin")
SEEDS = range(12)

TITLE_WORDS = ("Lesung", "Workshop", "Festival", "Kurs", "Atelier", "Rencontre", "Taller", "Encuentro",
               "Seminario", "Mostra", "Concert", "Market", "Reading", "Panel", "Tour", "Expo", "Salon")
PLACES = ("Zürich", "Lyon", "Bilbao", "Torino", "Graz", "Leeds", "Gent", "Malmö", "Porto", "Kraków")
TITLE_HEADS = ("name", "titel", "titre", "título", "titolo", "title", "event")
# (date word, start word, end word) of one language: headers "<date>_<start>", "<date> <end>"
BOUNDS = (("datum", "von", "bis"), ("date", "start", "end"), ("date", "from", "to"), ("fecha", "inicio", "fin"),
          ("data", "inizio", "fine"), ("datum", "start", "ende"), ("date", "debut", "fin"))
# headers naming a date that holds the same day on every row
STAMPS = ("abrufdatum", "date", "exportdatum", "stichtag", "datum", "fecha", "data")


def _form(rng: random.Random):
    forms = [lambda d: d.isoformat(), lambda d: d.strftime("%d.%m.%Y"), lambda d: f"{d.day}.{d.month}.{d.year}"]
    return rng.choice(forms)


def _write(path: Path, header: list[str], rows: list[list[str]], sep: str) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=sep)
        w.writerow(header)
        w.writerows(rows)
    return path


def _entries(rng: random.Random, n: int) -> list[tuple[str, date, date]]:
    day = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    out = []
    for k in range(n):
        day += timedelta(days=rng.randint(1, 12))
        title = f"{rng.choice(TITLE_WORDS)} {rng.choice(PLACES)} {k + 1}"
        out.append((title, day, day + timedelta(days=rng.randint(0, 20))))
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_a_date_the_same_on_every_row_is_not_the_start(tmp_path, seed):
    """The export day, written first and named as a date, does not date the entries: the
    columns that vary do, the start before the end."""
    rng = random.Random(seed)
    dword, sword, eword = rng.choice(BOUNDS)
    sep = rng.choice("_ ")
    stamp_day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    entries = _entries(rng, rng.randint(6, 14))
    form = _form(rng)
    columns = {"title": rng.choice(TITLE_HEADS), "start": f"{dword}{sep}{sword}", "end": f"{dword}{sep}{eword}",
               "stamp": rng.choice(STAMPS), "where": rng.choice(("ort", "lieu", "lugar", "place"))}
    order = ["stamp"] + rng.sample(["title", "start", "end", "where"], 4)
    if rng.random() < 0.5:  # the stamp before the dates, or after them
        order = order[1:] + ["stamp"]
    rows = []
    for title, start, end in entries:
        cell = {"title": title, "start": form(start), "end": form(end), "stamp": form(stamp_day),
                "where": rng.choice(PLACES)}
        rows.append([cell[k] for k in order])
    path = _write(tmp_path / f"list-{seed}.csv", [columns[k] for k in order], rows, rng.choice(",;"))
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.title, r.start, r.end) for r in result.records)
    want = sorted((t, s, e + timedelta(days=1)) for t, s, e in entries)
    assert got == want, [c for c in result.settings["mapping"]]


# (date header, time header, instant header) habits of a fixtures export
SPLIT_HEADS = (("date", "time", "start_utc"), ("datum", "uhrzeit", "start_local"), ("fecha", "hora", "inicio utc"),
               ("date", "heure", "debut_local"), ("data", "ora", "start (UTC)"))
ZONES = (timezone(timedelta(hours=-4)), timezone(timedelta(hours=-5)), timezone(timedelta(hours=2)),
         timezone(timedelta(hours=9)), timezone.utc)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_column_named_as_a_start_is_never_the_end(tmp_path, seed):
    """A fixtures export gives the local date and time in two columns and the same instant with
    its UTC offset in a column named as a start: each entry is that instant, with no end."""
    rng = random.Random(100 + seed)
    dhead, thead, ihead = rng.choice(SPLIT_HEADS)
    zone = rng.choice(ZONES)
    us = rng.random() < 0.5
    day = datetime(2026, rng.randint(1, 11), rng.randint(1, 28), tzinfo=zone)
    games = []
    for _ in range(rng.randint(5, 10)):
        day += timedelta(days=rng.randint(1, 9))
        start = day.replace(hour=rng.randint(17, 22), minute=rng.choice((0, 15, 30, 45)))
        games.append((f"{rng.choice(PLACES)} vs {rng.choice(TITLE_WORDS)}", start))
    in_utc = "utc" in ihead.casefold()
    order = rng.sample(["title", "date", "time", "instant"], 4)
    heads = {"title": rng.choice(("game", "match", "event", "titel")), "date": dhead, "time": thead,
             "instant": ihead}
    rows = []
    for title, start in games:
        shown = start.astimezone(timezone.utc) if in_utc else start
        cell = {"title": title, "date": start.strftime("%m/%d/%Y") if us else start.strftime("%d.%m.%Y"),
                "time": start.strftime("%I:%M %p").lstrip("0") if us else start.strftime("%H:%M"),
                "instant": shown.isoformat()}
        rows.append([cell[k] for k in order])
    path = _write(tmp_path / f"fixtures-{seed}.csv", [heads[k] for k in order], rows, ",")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.title, r.start, r.end) for r in result.records)
    want = sorted((t, s, None) for t, s in games)  # the split wall clock is in no zone it says: the instant is
    assert [(t, s.astimezone(timezone.utc) if s else s, e) for t, s, e in got] == \
        [(t, s.astimezone(timezone.utc), e) for t, s, e in want], result.settings["mapping"]


@pytest.mark.parametrize("seed", SEEDS)
def test_start_and_end_named_by_their_edge_word(tmp_path, seed):
    """"start_utc" and "end_utc" (or "datum von", "datum bis"): the one named as the start is the
    start, whichever comes first in the file."""
    rng = random.Random(200 + seed)
    dword, sword, eword = rng.choice(BOUNDS + (("", "start", "end"), ("", "begin", "ende")))
    qual = rng.choice(("utc", "local", ""))
    def head(word):
        parts = [p for p in (dword, word, qual) if p]
        if len(parts) == 1:
            parts.append("utc")
        return rng.choice("_ ").join(parts)
    entries = []
    day = datetime(2026, rng.randint(1, 11), 1, tzinfo=timezone.utc)
    for k in range(rng.randint(5, 10)):
        day += timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 3))
        start = day.replace(hour=rng.randint(8, 15), minute=0)
        entries.append((f"{rng.choice(TITLE_WORDS)} {k}", start, start + timedelta(hours=rng.randint(1, 4))))
    order = ["end", "start", "title"] if rng.random() < 0.6 else rng.sample(["end", "start", "title"], 3)
    heads = {"title": rng.choice(TITLE_HEADS), "start": head(sword), "end": head(eword)}
    rows = [[{"title": t, "start": s.isoformat(), "end": e.isoformat()}[k] for k in order] for t, s, e in entries]
    path = _write(tmp_path / f"sessions-{seed}.csv", [heads[k] for k in order], rows, rng.choice(",;"))
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.title, r.start, r.end) for r in result.records)
    assert got == sorted(entries), (heads, result.settings["mapping"])


VENUE_HEADS = ("ort", "lieu", "venue", "lugar", "luogo", "plaats", "miejsce", "place", "location")
DATE_HEADS = (("datum", "uhrzeit"), ("date", "heure"), ("fecha", "hora"), ("data", "ora"), ("date", "time"),
              ("datum", "tijd"))
NOTE_HEADS = ("beschreibung", "description", "descripción", "descrizione", "omschrijving", "details")
VENUES = ("Reithalle Nord", "Gemeindesaal", "Sportplatz Ost", "Salle des fêtes", "Plaza Mayor", "Teatro Verdi",
          "Dorpshuis", "Stadtpark", "Marktplatz", "Kulturhaus", "Mühle am Bach", "Hafenbühne")


@pytest.mark.parametrize("seed", SEEDS)
def test_the_venue_names_entries_when_no_column_does(tmp_path, seed):
    """Appearances listed by date, time and venue, a remark on a few rows at most: each entry is
    named by its venue, not '(untitled)' nor by the odd remark."""
    rng = random.Random(300 + seed)
    dhead, thead = rng.choice(DATE_HEADS)
    with_note = rng.random() < 0.6
    heads = [dhead, thead, rng.choice(VENUE_HEADS)] + ([rng.choice(NOTE_HEADS)] if with_note else [])
    day = date(2026, rng.randint(1, 10), 1)
    rows, want = [], []
    for _ in range(rng.randint(6, 14)):
        day += timedelta(days=rng.randint(1, 8))
        venue = rng.choice(VENUES)
        hour = rng.randint(9, 19)
        note = rng.choice(("Tag 1 von 2", "Himmelfahrt", "mit Chor", "bei Regen drinnen")) \
            if with_note and rng.random() < 0.2 else ""
        rows.append([rng.choice((day.isoformat(), day.strftime("%d.%m.%Y"))), f"{hour}:00", venue]
                    + ([note] if with_note else []))
        want.append((venue, datetime.combine(day, time(hour), BERLIN)))
    path = _write(tmp_path / f"termine-{seed}.csv", heads, rows, rng.choice(",;"))
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert sorted((r.title, r.start) for r in result.records) == sorted(want), result.settings["mapping"]


KINDS = ("Gelbe Tonne", "Biotonne", "Altpapier", "Restabfall", "Glas", "Sperrmüll", "Recyclage", "Verre",
         "Ordures ménagères", "Papel", "Envases", "Orgánico", "Carta", "Plastica", "Umido", "GFT", "Papier",
         "Rest", "Garden waste", "Recycling", "Grovsopor", "Plast", "Bio")
STAYS = (("Anreise", "Abreise"), ("Arrivée", "Départ"), ("Llegada", "Salida"), ("Check-in", "Check-out"))


def _kind_days(rng: random.Random, first: date, steps=(7, 14, 28, 30)) -> list[date]:
    step = rng.choice(steps)
    day = first + timedelta(days=rng.randint(0, step - 1))
    out = []
    while day.year == first.year:
        out.append(day)
        day += timedelta(days=step)
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_a_date_column_per_kind_gives_an_entry_per_date(tmp_path, seed):
    """A collection calendar: one column per kind of waste, each listing its days (as many as
    the kind has): each date is one all-day entry titled by its column."""
    rng = random.Random(400 + seed)
    kinds = rng.sample(KINDS, rng.randint(2, 5))
    year = rng.choice((2017, 2025, 2026))
    form = _form(rng)
    # two kinds collected at one rhythm, the second always a few days after the first, would be
    # a start and an end to anyone: two kinds differ in rhythm here, more take any
    steps = rng.sample((7, 14, 28, 30), 2) if len(kinds) == 2 else [(7, 14, 28, 30)] * len(kinds)
    days = {k: _kind_days(rng, date(year, 1, 1), (s,) if isinstance(s, int) else s) for k, s in zip(kinds, steps)}
    length = max(len(v) for v in days.values())
    rows = [[form(days[k][i]) if i < len(days[k]) else "" for k in kinds] for i in range(length)]
    path = _write(tmp_path / f"abfuhr-{seed}.csv", kinds, rows, rng.choice(",;"))
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.title, r.start, r.end, r.all_day) for r in result.records)
    want = sorted((k, d, d + timedelta(days=1), True) for k, v in days.items() for d in v)
    assert got == want
    rows_of = {(r.title, r.start): r.extra.get("row") for r in result.records}
    k = kinds[-1]
    assert rows_of[(k, days[k][0])] == "2"  # each entry names the line it stands on


@pytest.mark.parametrize("seed", SEEDS)
def test_two_date_columns_of_a_stay_stay_one_entry(tmp_path, seed):
    """Arrival and departure, the second never before the first: one entry from one to the other."""
    rng = random.Random(500 + seed)
    arrive, leave = rng.choice(STAYS)
    form = _form(rng)
    day = date(2026, rng.randint(1, 10), 1)
    stays = []
    for _ in range(rng.randint(4, 9)):
        day += timedelta(days=rng.randint(3, 20))
        stays.append((day, day + timedelta(days=rng.randint(1, 10))))
    path = _write(tmp_path / f"stays-{seed}.csv", [arrive, leave], [[form(a), form(b)] for a, b in stays], ";")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert sorted((r.start, r.end) for r in result.records) == sorted((a, b + timedelta(days=1)) for a, b in stays)


# (from, to) headers of a programme, by language; None: one column holding the range ("18:00 – 19:00")
SLOT_HEADS = (("from", "to"), ("von", "bis"), ("début", "fin"), ("inicio", "fin"), ("start", "end"),
              ("start time", "end time"), ("Beginn", "Ende"), ("slot", None), ("Zeit", None), ("horario", None))
TALK_HEADS = (("title", "speaker"), ("Titel", "Referent"), ("titre", "intervenant"), ("título", "ponente"))
SPEAKERS = ("Ana Costa", "Lena Vogt", "Marek Nowak", "Chloé Martin", "Jonas Berg", "Giulia Rossi")
# how the day is said above the table, by language (a date of 2026)
DAY_LINES = (lambda d: f"Programm Samstag, {d.day}. {('Januar Februar März April Mai Juni Juli August September Oktober November Dezember').split()[d.month - 1]} {d.year}",
             lambda d: f"Programme – {d.day} {'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split()[d.month - 1]} {d.year}",
             lambda d: f"Schedule {d.isoformat()}",
             lambda d: f"Programa: {d.strftime('%d/%m/%Y')}")
DAY_NAMES = (lambda d: f"talks-{d.isoformat()}", lambda d: f"programm_{d.strftime('%d.%m.%Y')}",
             lambda d: f"{d.strftime('%Y%m%d')}-schedule")


def _programme(rng: random.Random, empty: bool = False):
    start_head, end_head = rng.choice(SLOT_HEADS)
    title_head, speaker_head = rng.choice(TALK_HEADS)
    heads = [start_head] + ([end_head] if end_head else []) + [title_head, speaker_head]
    clock = datetime(2026, 1, 1, rng.randint(8, 13), rng.choice((0, 30)))
    rows, talks = [], []
    for k in range(rng.randint(5, 12)):
        end = clock + timedelta(minutes=rng.choice((15, 20, 30, 45, 60)))
        a, b = clock.strftime("%H:%M"), end.strftime("%H:%M")
        slot = ["", ""] if empty and rng.random() < 0.9 else [a, b]
        cells = slot if end_head else [f"{slot[0]} – {slot[1]}" if slot[0] else ""]
        title = f"{rng.choice(TITLE_WORDS)} {k + 1}"
        rows.append(cells + [title, rng.choice(SPEAKERS)])
        talks.append((title, clock.time(), end.time()))
        clock = end + timedelta(minutes=rng.choice((0, 0, 5, 10)))
    if empty:  # at most one row keeps a time
        for row in rows[1:]:
            row[:len(heads) - 2] = [""] * (len(heads) - 2)
    return heads, rows, talks


@pytest.mark.parametrize("seed", SEEDS)
def test_a_programme_of_times_takes_its_day_from_above_or_the_file_name(tmp_path, seed):
    """Talks at times with no date column: the day written in a line above the table, or in the
    file's name, dates every talk."""
    rng = random.Random(600 + seed)
    heads, rows, talks = _programme(rng)
    day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    above = rng.random() < 0.5
    name = "programme" if above else rng.choice(DAY_NAMES)(day)
    path = tmp_path / f"{name}.csv"
    sep = rng.choice(",;")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=sep)
        if above:
            w.writerow([rng.choice(DAY_LINES)(day)])
        w.writerow(heads)
        w.writerows(rows)
    result = read_file(path, ImportOptions(timezone=BERLIN))
    got = sorted((r.title, r.start, r.end) for r in result.records)
    want = sorted((t, datetime.combine(day, a, BERLIN), datetime.combine(day, b, BERLIN)) for t, a, b in talks)
    assert got == want, (heads, result.warnings)
    assert any(day.isoformat() in w and "times only" in w for w in result.notes)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_programme_of_times_without_its_day_is_refused_saying_so(tmp_path, seed):
    """No day anywhere (the year alone in the name is no day): refused, the message naming the
    file, the time columns, what is missing and how to give it; a programme whose times are
    not filled in yet is refused as such."""
    rng = random.Random(700 + seed)
    empty = seed % 3 == 0
    heads, rows, _ = _programme(rng, empty)
    path = _write(tmp_path / f"conf{rng.choice(('2025', '2026', ''))}-talks.csv", heads, rows, rng.choice(",;"))
    with pytest.raises(UnmappableSheet) as err:
        read_file(path, ImportOptions(timezone=BERLIN))
    said = str(err.value)
    assert path.name in said and f"'{heads[0]}'" in said
    if empty:
        assert "empty on" in err.value.reason and "fill in" in err.value.reason
    else:
        assert "times of day only" in err.value.reason and "says which day" in err.value.reason
        assert "add a date column" in err.value.reason and "file name" in err.value.reason


@pytest.mark.parametrize("seed", SEEDS[:4])
def test_times_taken_are_no_programme(tmp_path, seed):
    """Race results ("Finish time" 00:25:33): times taken, not times of day; refused as a table
    that is no calendar, not asked for its day."""
    rng = random.Random(800 + seed)
    heads = ["Position", "Name", "Club", rng.choice(("Finish time", "Zielzeit", "Temps", "Tiempo"))]
    clock = timedelta(minutes=rng.randint(20, 40))
    rows = []
    for k in range(rng.randint(6, 15)):
        clock += timedelta(seconds=rng.randint(3, 90))
        rows.append([str(k + 1), rng.choice(SPEAKERS), rng.choice(PLACES), f"0{clock}"])
    path = _write(tmp_path / f"results-{seed}.csv", heads, rows, ",")
    with pytest.raises(UnmappableSheet) as err:
        read_file(path, ImportOptions(timezone=BERLIN))
    assert "not a calendar" in err.value.reason and "which day" not in err.value.reason


@pytest.mark.parametrize("seed", SEEDS[:6])
def test_a_day_programme_keeps_its_one_date(tmp_path, seed):
    """One day's programme: the date the same on every row, times beside it, and a column of
    dates each talk was last edited: the programme's date dates the talks."""
    rng = random.Random(900 + seed)
    day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    form = _form(rng)
    heads = [rng.choice(("Datum", "date", "fecha")), rng.choice(("Uhrzeit", "time", "hora")),
             rng.choice(TITLE_HEADS), rng.choice(("geändert", "modified", "updated", "modifié"))]
    rows, want = [], []
    for k in range(rng.randint(6, 12)):
        hour = 8 + k
        edited = day - timedelta(days=rng.randint(1, 60))
        title = f"{rng.choice(TITLE_WORDS)} {k}"
        rows.append([form(day), f"{hour}:00", title, form(edited)])
        want.append((title, datetime.combine(day, time(hour), BERLIN)))
    path = _write(tmp_path / f"tag-{seed}.csv", heads, rows, rng.choice(",;"))
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert sorted((r.title, r.start) for r in result.records) == sorted(want)


@pytest.mark.parametrize("seed", SEEDS[:6])
def test_the_file_played_names_entries_when_nothing_else_does(tmp_path, seed):
    """A playout list: date, time and the file each slot plays; the file's name (no folders, no
    type) names the entry, the path stays with it."""
    rng = random.Random(1000 + seed)
    day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    folder = rng.choice(("/radio/mixes/", "media/shows/", "C:\\Sendung\\", "./audio/"))
    kind = rng.choice(("mp3", "wav", "mp4", "ogg"))
    heads = [rng.choice(("date", "datum", "fecha")), rng.choice(("time", "uhrzeit", "heure")),
             rng.choice(("file", "datei", "fichier", "path"))]
    rows, want = [], []
    for k in range(rng.randint(3, 8)):
        name = f"{rng.choice(('show', 'mix', 'sendung', 'set'))}-{rng.choice(PLACES).lower()}{k}"
        hour = 10 + k
        rows.append([day.isoformat(), f"{hour}:00:00", f"{folder}{name}.{kind}"])
        want.append((name, datetime.combine(day, time(hour), BERLIN)))
    path = _write(tmp_path / f"playout-{seed}.csv", heads, rows, ",")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert sorted((r.title, r.start) for r in result.records) == sorted(want)
    assert all(folder in " ".join(map(str, r.extra.values())) for r in result.records)
