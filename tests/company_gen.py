"""A random company: one editorial calendar per department, as files nobody here wrote.

Each department gets a spreadsheet (xlsx or csv) whose headers are plain words that
no synonym list holds, in a random column order, with a date format, a time format,
channel spellings, people written as names, initials or e-mail addresses, statuses,
links, titles and descriptions drawn from pools. ``make_company(seed, folder)``
writes the files and returns what each one should give, entry by entry.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Berlin")

# Header words: ordinary words, none of them a header any synonym list knows (the test checks).
HEADER_WORDS = (
    "Where", "Who", "Slot", "Piece", "Bucket", "Lane", "Thing", "Spot", "Crew", "Folks", "Handle", "Pipe",
    "Kiwi", "Mango", "Orbit", "Pebble", "Quartz", "Ripple", "Saffron", "Tundra", "Umber", "Velvet", "Walnut",
    "Yonder", "Zephyr", "Anchor", "Beacon", "Cobalt", "Dune", "Ember", "Fjord", "Garnet", "Harbor", "Indigo",
    "Juniper", "Kestrel", "Lumen", "Meadow", "Nimbus", "Onyx", "Prairie", "Quill", "Raven", "Sierra", "Thistle",
    "Wer?", "Wo?", "Qui ?", "Quoi", "Cosa", "Wat", "Hvad", "Mikä", "Co", "Gdzie", "Onde", "Dove",
    "Col 1", "x", "??", "Misc", "Bits", "Stuff", "Box", "Row thing", "Which", "Whom", "Whither",
)
DEPARTMENTS = ("Marketing", "PR", "HR", "Support", "Sales", "Product", "Events", "Regional North",
               "Regional South", "Investor Relations", "Community", "Engineering Blog")
CHANNEL_SPELLINGS = (
    ("LinkedIn", "linkedin", "Linked In", "LI", "LinkedIn (company)"),
    ("Twitter", "X", "X (Twitter)", "twitter", "Tweet"),
    ("Facebook", "FB", "fb page", "Facebook Page"),
    ("Instagram", "IG", "Insta", "instagram stories", "IG Reels"),
    ("YouTube", "YT", "youtube"),
    ("TikTok", "tiktok"),
    ("Blog", "blog", "Company blog"),
    ("Newsletter", "newsletter", "E-mail newsletter"),
    ("Pinterest",), ("Threads",), ("Xing",), ("Podcast",),
)
FIRST = ("Ana", "Ben", "Clara", "David", "Elif", "Greta", "Hugo", "Ines", "Jonas", "Kai", "Lena", "Marta",
         "Nils", "Olga", "Piotr", "Rosa", "Sven", "Tomás", "Ulla", "Vera", "Wim", "Yara", "Zoe")
RARE_FIRST = ("Femi", "Ayla", "Bodil", "Cosmin", "Dagny", "Eero", "Farah", "Gaspard", "Hamid", "Ilse", "Jurgis",
              "Kalle", "Malin", "Nuno", "Pavlina", "Quentin", "Siri", "Teodor", "Vilja", "Wiebke")
LAST = ("Costa", "Carter", "Vogt", "Becker", "Novak", "Lindqvist", "Moreau", "Rossi", "de Vries", "Kowalski",
        "Nieminen", "Jensen", "Silva", "García", "Okafor", "Hansen", "Dubois", "Schmidt")
STATUSES = (
    ("Draft", "Scheduled", "Published", "In review", "Idea"),
    ("Entwurf", "Geplant", "Veröffentlicht", "Freigegeben"),
    ("brouillon", "planifié", "publié"),
    ("Borrador", "Programado", "Publicado"),
    ("rascunho", "agendado", "publicado"),
    ("bozza", "pianificato", "pubblicato"),
    ("concept", "gepland", "gepubliceerd"),
    ("utkast", "planerad", "publicerad"),
    ("szkic", "zaplanowany", "opublikowany"),
    ("todo", "wip", "done"),
)
TOPIC = ("product update", "customer story", "hiring drive", "team portrait", "webinar", "launch recap",
         "security tips", "pricing change", "event teaser", "behind the scenes", "holiday hours", "case study",
         "annual report", "partner news", "how-to guide", "release notes", "community spotlight", "job fair")
ANGLE = ("why it matters", "in five minutes", "what we learned", "the numbers", "ask us anything",
         "a first look", "part two", "for beginners", "from the field", "questions answered", "our take",
         "the checklist", "three myths", "next steps")
CAMPAIGNS = ("Back to school 2026", "Q3 hiring push", "#SummerOfCode", "#OpenHouse", "Autumn launch 26",
             "employer brand wave 2", "#CustomerWeek", "Year-end review 2026", "spring sale 26")
FILLER = ("We share", "This post explains", "A short note on", "Our team walks through", "Read how",
          "Find out", "Everything about", "A closer look at")
NOISE = ("extra:format", "extra:weekday", "extra:week", "extra:notes", "extra:priority")
DATE_FORMATS = ("iso", "dmy_dot", "dmy_slash", "mdy_slash", "d_mon_y", "mon_d_y", "wd_d_mon_y", "de_long",
                "fr_long", "es_long", "cell", "datetime_cell", "datetime_iso")
TIME_FORMATS = ("hh:mm", "h:mm am", "h.mm", "14h30", "h am", "cell", "range", "range_ampm")
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass
class Expected:
    start: datetime
    channel: str
    owner: str
    title: str
    end: datetime | None = None


@dataclass
class Department:
    name: str
    path: Path
    headers: list[str]
    roles: dict[str, str]  # header -> what the column really holds
    entries: list[Expected] = field(default_factory=list)


def _person(rng: random.Random, style: str, first: str, last: str) -> str:
    if style == "initials":
        return (first[0] + last.split()[-1][0]).upper()
    if style == "first":
        return first
    if style == "abbreviated":
        return f"{first} {last.split()[-1][0]}."
    if style == "email":
        return f"{first.lower()}.{last.split()[-1].lower()}@acme.example".replace("á", "a")
    return f"{first} {last}"


def _date_text(rng: random.Random, fmt: str, d: date, t: time | None):
    if fmt == "iso":
        return d.isoformat()
    if fmt == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if fmt == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if fmt == "mdy_slash":
        return f"{d.month}/{d.day}/{d.year}"
    if fmt == "d_mon_y":
        return f"{d.day} {_MONTHS['en'][d.month - 1][:3]} {d.year}"
    if fmt == "mon_d_y":
        return f"{_MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year}"
    if fmt == "wd_d_mon_y":
        return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS['en'][d.month - 1]} {d.year}"
    if fmt == "de_long":
        return f"{d.day}. {_MONTHS['de'][d.month - 1]} {d.year}"
    if fmt == "fr_long":
        return f"{d.day} {_MONTHS['fr'][d.month - 1]} {d.year}"
    if fmt == "es_long":
        return f"{d.day} de {_MONTHS['es'][d.month - 1]} de {d.year}"
    if fmt == "cell":
        return d
    if fmt == "datetime_cell":
        return datetime.combine(d, t or time(0))
    if fmt == "datetime_iso":
        return f"{d.isoformat()} {t:%H:%M}"
    raise ValueError(fmt)


def _time_text(fmt: str, t: time, end: time):
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    if fmt == "hh:mm":
        return f"{t:%H:%M}"
    if fmt == "h:mm am":
        return f"{h12}:{t.minute:02d} {ampm}"
    if fmt == "h.mm":
        return f"{t.hour}.{t.minute:02d}"
    if fmt == "14h30":
        return f"{t.hour}h{t.minute:02d}"
    if fmt == "h am":
        return f"{h12}{ampm.lower()}" if not t.minute else f"{h12}:{t.minute:02d}{ampm.lower()}"
    if fmt == "cell":
        return t
    if fmt == "range":
        return f"{t:%H:%M}-{end:%H:%M}"
    if fmt == "range_ampm":
        e12 = end.hour % 12 or 12
        return f"{h12}:{t.minute:02d} {ampm} - {e12}:{end.minute:02d} {'AM' if end.hour < 12 else 'PM'}"
    raise ValueError(fmt)


def _title(rng: random.Random, used: set[str]) -> str:
    while True:
        text = f"{rng.choice(TOPIC).capitalize()}: {rng.choice(ANGLE)}"
        if rng.random() < 0.4:
            text += f" ({rng.randint(2, 9)})"
        if text not in used:
            used.add(text)
            return text


def make_department(rng: random.Random, name: str, folder: Path, index: int) -> Department:
    words = rng.sample(HEADER_WORDS, 12)
    date_fmt = rng.choice(DATE_FORMATS)
    combined = date_fmt in ("datetime_cell", "datetime_iso")
    time_fmt = None if combined else rng.choice(TIME_FORMATS)
    ext = "xlsx" if rng.random() < 0.5 else "csv"
    if ext == "csv" and date_fmt in ("cell", "datetime_cell"):
        date_fmt = "iso" if date_fmt == "cell" else "datetime_iso"
    if ext == "csv" and time_fmt == "cell":
        time_fmt = "hh:mm"
    kinds = ["date", "channel", "owner", "title"]
    if time_fmt:
        kinds.append("time")
    if time_fmt and time_fmt not in ("range", "range_ampm") and rng.random() < 0.4:
        kinds.append("end_time")
    for optional in ("status", "link", "description", "campaign"):
        if rng.random() < 0.6:
            kinds.append(optional)
    kinds += rng.sample(NOISE, rng.randint(0, 2))  # columns a real plan carries beside the roles
    rng.shuffle(kinds)
    headers = words[:len(kinds)]
    roles = dict(zip(headers, kinds))
    channels = [rng.choice(spellings) for spellings in rng.sample(CHANNEL_SPELLINGS, rng.randint(3, 5))]
    style = rng.choice(("name", "name", "first", "abbreviated", "initials", "email"))
    common = rng.sample(FIRST, 2)
    others = [common[1]] + rng.sample(RARE_FIRST, 2)
    rng.shuffle(others)
    firsts = [common[0]] + others  # a team has a common first name or two, and rarer ones
    people = [_person(rng, style, f, la) for f, la in zip(firsts, rng.sample(LAST, 4))]
    people = list(dict.fromkeys(people))[: rng.randint(2, 4)]
    statuses = rng.choice(STATUSES)
    base = date(2026, 9, 1) + timedelta(days=rng.randint(0, 60))
    dept = Department(name, folder / f"{index:02d}_{name.replace(' ', '_').lower()}.{ext}", headers, roles)
    rows = []
    used: set[str] = set()
    n = rng.randint(14, 36)
    for i in range(n):
        d = base + timedelta(days=rng.randint(0, 40))
        if i == 0:
            d = d.replace(day=rng.randint(13, 28))  # one day above 12: the order is decidable
        t = time(rng.randint(7, 19), rng.choice((0, 0, 15, 30, 45)))
        length = rng.choice((30, 45, 60, 90))
        end_t = (datetime.combine(d, t) + timedelta(minutes=length)).time()
        channel = rng.choice(channels)
        owner = rng.choice(people)
        title = _title(rng, used)
        owner_cell = owner
        expected_owner = owner
        if style == "name" and rng.random() < 0.12:  # two people on one post
            other = rng.choice([p for p in people if p != owner] or [owner])
            if other != owner:
                owner_cell = f"{owner} & {other}"
                expected_owner = f"{owner}; {other}"
        cells = {}
        has_end = False
        for kind in kinds:
            if kind == "date":
                cells[kind] = _date_text(rng, date_fmt, d, t)
            elif kind == "time":
                cells[kind] = _time_text(time_fmt, t, end_t)
                has_end = has_end or time_fmt in ("range", "range_ampm")
            elif kind == "end_time":
                cells[kind] = _time_text(time_fmt, end_t, end_t)
                has_end = True
            elif kind == "channel":
                cells[kind] = channel
            elif kind == "owner":
                cells[kind] = owner_cell
            elif kind == "title":
                cells[kind] = title
            elif kind == "status":
                cells[kind] = rng.choice(statuses)
            elif kind == "link":
                cells[kind] = f"https://acme.example/{name.split()[0].lower()}/{i}-{rng.randint(100, 999)}"
            elif kind == "description":
                cells[kind] = (f"{rng.choice(FILLER)} {title.lower()} for our {name} readers, with links, "
                               f"pictures and a short summary of what changes on {d:%d %B}.")
            elif kind == "campaign":
                cells[kind] = rng.choice(CAMPAIGNS[:4]) if i % 2 else rng.choice(CAMPAIGNS[4:])
            elif kind == "extra:format":
                cells[kind] = rng.choice(("Video", "Carousel", "Image", "Text only", "Reel"))
            elif kind == "extra:weekday":
                cells[kind] = _WEEKDAYS[d.weekday()]
            elif kind == "extra:week":
                cells[kind] = d.isocalendar()[1] if ext == "xlsx" else str(d.isocalendar()[1])
            elif kind == "extra:notes":
                cells[kind] = rng.choice(("", "", "", "check with legal", "needs a picture", "tbc"))
            elif kind == "extra:priority":
                cells[kind] = rng.choice(("High", "Medium", "Low"))
        rows.append([cells[k] for k in kinds])
        start = datetime.combine(d, t, ZONE)
        end = datetime.combine(d, end_t, ZONE) if has_end else None
        dept.entries.append(Expected(start, channel, expected_owner, title, end))
    if ext == "xlsx":
        _write_xlsx(dept.path, headers, rows)
    else:
        delimiter = rng.choice((",", ";", "\t"))
        with open(dept.path, "w", encoding=rng.choice(("utf-8", "utf-8-sig")), newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            writer.writerow(headers)
            writer.writerows(rows)
    return dept


def _write_xlsx(path: Path, headers: list[str], rows: list[list], above: list[list] = ()) -> None:
    """One "Plan" sheet: the lines ``above`` (a title block), the header row, the rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    for line in above:
        ws.append(line)
    ws.append(headers)
    for row in rows:
        ws.append(row)
    format_cells(ws, len(above) + 2)
    wb.save(path)


def format_cells(ws, first_row: int) -> None:
    """Real date, date-and-time and time cells shown as a person would format them."""
    for column in ws.iter_cols(min_row=first_row):
        for cell in column:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "dd.mm.yyyy"
            elif isinstance(cell.value, time):
                cell.number_format = "hh:mm"


def make_company(seed: int, folder: Path, departments: int = 10) -> list[Department]:
    rng = random.Random(seed)
    names = rng.sample(DEPARTMENTS, departments)
    return [make_department(rng, name, folder, i) for i, name in enumerate(names)]
