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


# Ways of writing a clock, and words people put after one in a time cell.
CLOCKS = (
    lambda h, m: f"{h:02d}:{m:02d}", lambda h, m: f"{h}:{m:02d}", lambda h, m: f"{h}h{m:02d}",
    lambda h, m: f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}",
    lambda h, m: f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
)
AFTER_WORDS = ("start", "doors", "sharp", "approx", "onwards", "kick-off", "Einlass", "début", "aprox")
SLIPS = (";", ",")


def table_with_loose_times(seed: int, folder: Path):
    """Dated rows with a start and an end column in one clock style; a few starts carry words after
    the clock ("6pm start"), a few ends slip their separator ("21;00"). -> (path, truth) with truth
    the (day, start, end) a person reads, as naive (date, (h, m), (h, m))."""
    rng = random.Random(seed)
    clock = rng.choice(CLOCKS)
    header = rng.sample(HEADER_WORDS, 4)
    rows, truth = [], []
    day = date(2026, 3, 2) + timedelta(days=rng.randrange(200))
    titles = rng.sample(PHRASES, 8)
    n = rng.randrange(10, 30)
    loose = rng.sample(range(n), 2 * rng.randrange(0, n // 6 + 1))  # as many odd starts as odd ends
    for k in range(n):
        day += timedelta(days=rng.randrange(1, 4))
        h, m = rng.randrange(7, 20), rng.choice((0, 15, 30, 45))
        eh = h + rng.randrange(1, 4)
        start, end = clock(h, m), clock(eh, m)
        if k in loose[::2]:
            start = f"{start} {rng.choice(AFTER_WORDS)}"
        elif k in loose[1::2]:
            end = f"{eh}{rng.choice(SLIPS)}{m:02d}"
        rows.append([day.isoformat(), start, end, f"{rng.choice(titles)} {k}"])
        truth.append((day, (h, m), (eh, m)))
    return write_csv(folder / f"times-{seed}.csv", header, rows), truth


def table_with_versions(seed: int, folder: Path):
    """A release train: a version number per row ("26.6", "26.11": no clock time), its cut-off date,
    its manager as a chat mention ("@Ana Costa"), a line about it. -> (path, [(day, version, manager)])."""
    rng = random.Random(seed)
    year = rng.randrange(24, 30)
    people = rng.sample(("Ana Costa", "Ben Carter", "Liam Crocket", "Jessica Last", "Suresh Durai",
                         "Amber Wareham", "Felipe Masseo", "Max Van Den Driesschen"), 4)
    day = date(2000 + year, 1, 7) + timedelta(days=rng.randrange(20))
    fmt = rng.choice(("{d.month}/{d.day}/{d.year}", "{d.isoformat()}", "{d.day:02d}.{d.month:02d}.{d.year}"))
    header = rng.sample(HEADER_WORDS, 4)
    rows, truth = [], []
    for k in range(1, rng.randrange(12, 30)):
        version = f"{year}.{k}"
        who = people[k % len(people)]
        rows.append([version, eval(f"f{fmt!r}", {"d": day}), f"@{who}", f"Release {version} code cut-off"])
        truth.append((day, version, who))
        day += timedelta(days=7)
    return write_csv(folder / f"versions-{seed}.csv", header, rows), truth


MONTH_FORMS = (
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre"),
    ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
     "November", "Dezember"),
    ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
     "novembro", "dezembro"),
    ("Yanvar", "Fevral", "Mart", "Aprel", "May", "Iyun", "Iyul", "Avgust", "Sentabr", "Oktabr", "Noyabr",
     "Dekabr"),
    ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
     "Aralık"),
    ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
     "lokakuu", "marraskuu", "joulukuu"),
)
DAY_MONTH_TEXT = ("{d}-{m}", "{d} {m}", "{d}. {m}", "{d} de {m}")


def table_with_month_words(seed: int, folder: Path):
    """A daily editorial plan whose dates are a day and a month name in one cell ("1-Yanvar",
    "5 de março"), no year; a publish time column. -> (path, year, [(month, day, (h, m), title)])."""
    rng = random.Random(seed)
    months, form = rng.choice(MONTH_FORMS), rng.choice(DAY_MONTH_TEXT)
    year = rng.randrange(2024, 2028)
    day = date(year, rng.randrange(1, 10), rng.randrange(1, 28))
    header = rng.sample(HEADER_WORDS, 3)
    rows, truth = [], []
    for k in range(rng.randrange(8, 40)):
        day += timedelta(days=rng.choice((1, 1, 2)))
        if day.year != year:
            break
        h, mi = rng.choice((7, 8, 9, 12, 18)), rng.choice((0, 30))
        title = f"{rng.choice(PHRASES)} {k}"
        rows.append([form.format(d=day.day, m=months[day.month - 1]), f"{h:02d}:{mi:02d}", title])
        truth.append((day.month, day.day, (h, mi), title))
    return write_csv(folder / f"words-{seed}.csv", header, rows), year, truth


def table_with_day_month(seed: int, folder: Path):
    """Sessions whose date is a day number and a month name in two columns, no year anywhere; other
    columns around them (a session number, a text named like a due date, minutes). -> (path, year the
    file is for, [(month, day, title)]); the file's modification day tells the year."""
    rng = random.Random(seed)
    months = rng.choice(MONTH_FORMS)
    year = rng.randrange(2024, 2028)
    day = date(year, rng.randrange(1, 6), 1) + timedelta(days=rng.randrange(20))
    titles = rng.sample(PHRASES, 10)
    header = rng.sample(HEADER_WORDS, 3)
    columns = [header[0], "Day", "Month", header[1], "Assignment due", "duration"]
    if rng.random() < 0.5:
        columns[1], columns[2] = rng.sample(HEADER_WORDS, 2)
    day_first = rng.random() < 0.5
    rows, truth = [], []
    for k in range(rng.randrange(8, 30)):
        day += timedelta(days=rng.choice((2, 5, 7)))
        title = f"{rng.choice(titles)} {k + 1}"
        d, m = str(day.day), months[day.month - 1]
        rows.append([str(k + 1), *((d, m) if day_first else (m, d)), title,
                     rng.choice(("", "", "Essay assigned", "Project due")), str(rng.choice((50, 75, 90)))])
        truth.append((day.month, day.day, title))
    if not day_first:
        columns[1], columns[2] = columns[2], columns[1]
    return write_csv(folder / f"daymonth-{seed}.csv", columns, rows), year, truth


CATEGORIES = ("hotels", "taxi", "health", "flights", "supplies", "groceries", "rent", "Miete", "Lebensmittel",
              "transport", "gifts", "software")
ACCOUNTS = ("n26", "bspb", "Giro", "Visa", "cash")


def ledger(seed: int, folder: Path, described: bool = False):
    """A household ledger: date, account, signed amount, category; many rows on the same few days with
    the same category (which a calendar reader would join as details of one entry). With ``described``,
    each row also says what it was for in words of its own (then it may well be a plan)."""
    rng = random.Random(seed)
    day0 = date(2018, 1, 1) + timedelta(days=rng.randrange(1500))
    days = [day0 + timedelta(days=rng.randrange(60)) for _ in range(rng.randrange(2, 5))]
    fmt = rng.choice(("%d.%m.%Y", "%Y-%m-%d"))
    cats, accts = rng.sample(CATEGORIES, rng.randrange(3, 6)), rng.sample(ACCOUNTS, 2)
    amounts = [f"{rng.choice((-1, 1)) * rng.randrange(5, 4000)}.{rng.choice(('0', '00', '50', '99'))}"
               for _ in range(rng.randrange(3, 7))]  # standing orders and the same fare: amounts repeat
    rows = []
    for k in range(rng.randrange(30, 60)):
        amount = rng.choice(amounts)
        row = [rng.choice(days).strftime(fmt), rng.choice(accts), amount, rng.choice(cats)]
        if described:
            row.append(f"{rng.choice(PHRASES)} {k}")
        rows.append(row)
    path = folder / f"ledger-{seed}.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=rng.choice(("\t", ";", ","))).writerows(rows)  # no header, as the real one
    return path, len(rows)


def table_with_date_series(seed: int, folder: Path, as_span: bool = False):
    """Things each on several dates, one column per occurrence named alike but for a number ("2014_date",
    "2015_date"; "Termin 1", "Termin 2"; "2025", "2026"). With ``as_span`` two such columns are a start
    and its end a few days later instead. -> (path, [(title, [dates])])."""
    rng = random.Random(seed)
    year = rng.randrange(2014, 2027)
    count = 2 if as_span else rng.randrange(2, 5)
    style = rng.randrange(3)
    word = rng.choice(("Termin", "Date", "Fecha", "Sesión", "_date"))
    names = ([f"{year + k}{word if word[0] == '_' else '_date'}" for k in range(count)] if style == 0 else
             [f"{word.strip('_').title()} {k + 1}" for k in range(count)] if style == 1 else
             [str(year + k) for k in range(count)])
    fmt = rng.choice(("%m/%d/%Y", "%Y-%m-%d", "%d.%m.%Y"))
    titles = rng.sample(PHRASES, rng.randrange(5, 12))
    rows, truth = [], []
    for title in titles:
        first = date(year, 1, 1) + timedelta(days=rng.randrange(330))
        if as_span:
            days = [first, first + timedelta(days=rng.randrange(1, 5))]
        elif style == 1:  # occurrences some weeks or months apart
            days = [first + timedelta(days=150 * k + rng.randrange(30)) for k in range(count)]
        else:  # the same thing in the next years
            days = [first.replace(year=year + k) if not (first.month == 2 and first.day == 29) else
                    date(year + k, 2, 28) for k in range(count)]
        rows.append([title, *(d.strftime(fmt) for d in days), rng.choice(("", "federal", "observed"))])
        truth.append((title, days))
    header = [rng.choice(HEADER_WORDS), *names, rng.choice(HEADER_WORDS)]
    return write_csv(folder / f"series-{seed}.csv", header, rows), truth


def programme_with_empty_slots(seed: int, folder: Path):
    """A tournament or conference programme: a day label, the date, a venue, a slot time range and
    what happens; some slots are left empty (only day, date, venue, time) and some rows say in another
    column why nothing is on ("Break" where the match number stands). -> (path, entries, empty rows)."""
    rng = random.Random(seed)
    venues = rng.sample(("WOODRIDGE", "Hall A", "Salle 2", "Sportplatz Nord", "Room 101", "Aula"), 2)
    day0 = date(2026, rng.randrange(1, 12), rng.randrange(1, 25))
    header = ["day", "date", rng.choice(("venue", "room", "lieu")), "no", "time", rng.choice(HEADER_WORDS)]
    rows, entries, empty = [], [], []
    slots = [(day0 + timedelta(days=d), d, venue, h) for d in range(3) for venue in venues for h in range(8, 16)]
    blank = set(rng.sample(range(len(slots)), rng.randrange(1, len(slots) // 10 + 1)))  # a tenth at most
    rest = [x for x in range(len(slots)) if x not in blank]
    breaks = set(rng.sample(rest, rng.randrange(0, len(slots) // 20 + 1)))
    k = 0
    for x, (day, d, venue, h) in enumerate(slots):
        slot = f"{h:02d}h00 – {h:02d}h55" if rng.random() < 0.5 else f"{h:02d}:00-{h:02d}:55"
        label = f"Day {d + 1}"
        if x in blank:
            rows.append([label, day.isoformat(), venue, "", slot, ""])
            empty.append(len(rows) + 1)
        elif x in breaks:
            rows.append([label, day.isoformat(), venue, "Break", slot, ""])
            entries.append((day, h))
        else:
            k += 1
            rows.append([label, day.isoformat(), venue, str(k), slot, f"{rng.choice(PHRASES)} {k}"])
            entries.append((day, h))
    return write_csv(folder / f"programme-{seed}.csv", header, rows), entries, empty
