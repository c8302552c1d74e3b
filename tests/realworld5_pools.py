"""Pools for the generated tables that prove the fixes made for the fifth set of real files.

Each generator draws a small table from pools written here (seeded): column names and order,
languages, delimiters, row counts and values vary, so a rule proved on them is not a rule that
fits one file. Each returns the file and what a person reads from it.
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo


def write_rows(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return path


DATE_HEADERS = ("date", "Date", "publish_date", "Post date", "fecha", "Datum", "data", "Publish Date")
CHANNEL_HEADERS = ("platform", "Platform", "channel", "Kanal", "red social", "réseau", "network")
CHANNELS = ("LinkedIn", "Instagram", "Facebook", "TikTok", "Twitter", "YouTube")
POST_HEADERS = ("content", "caption", "copy", "post copy", "Caption", "texto", "légende", "Inhalt", "text")
ALT_HEADERS = ("alt_text", "alt text", "image description", "Bildbeschreibung", "image text")
TAG_HEADERS = ("hashtags", "tags_line", "Hashtags", "etiquetas_ig", "Hashtag-Liste")
KIND_HEADERS = ("format", "Format", "type", "Type", "content type", "Formato", "tipo", "Typ")
KINDS = ("Reel", "Carousel (5)", "portrait-4x5 (8)", "Story", "video 30 s", "Single image", "Live")
OPENINGS = ("How we cut onboarding time in half", "Five questions to ask before you hire an agency",
            "Meet the team behind our new app", "Why our spring collection took two years",
            "Behind the scenes at the Lisbon studio", "What 300 customers told us about delivery",
            "Our first sustainability report is out", "Three mistakes we made with pricing",
            "Cómo preparar tu tienda para el verano", "Notre atelier ouvre ses portes samedi",
            "Warum wir auf Mehrweg umsteigen", "A day with the night shift in Rotterdam",
            "The recipe our chef keeps coming back to", "Ten years of open-source at our company")
TAILS = ("Read the full story on our blog, link in bio.", "Tell us what you think in the comments below.",
         "Save this post for later and share it with a friend who needs it.",
         "We'll be answering questions live on Thursday, bring yours!")
ALTS = ("Photo of a smiling team in an office", "Chart of delivery times by month", "Close-up of a shoe sole",
        "Illustration of a calendar with ticks", "Screenshot of the app's home screen", "A chef plating a dish")
TAGS = ("#marketing", "#growth", "#team", "#design", "#sustainability", "#food", "#startup", "#tips", "#behindthescenes")


def _post(rng: random.Random, opening: str) -> str:
    body = " ".join(rng.sample(TAILS, rng.randrange(1, 3)))
    return f"{opening}\n\n{body}" if rng.random() < 0.6 else f"{opening}. {body}"


def social_calendar_without_title(seed: int, folder: Path) -> tuple[Path, list[tuple[date, str, str]]]:
    """A social-media calendar with no title column: the date, the network, the post's text (named
    as its text: "caption", "content", "copy"...) and, beside it, text columns that are about the post
    without naming it: its hashtags, the image's alt text, the kind of post. A person titles each
    post by the first line of its text. Returns (path, [(day, title, channel)])."""
    rng = random.Random(seed)
    asides = rng.sample(("tags", "alt", "kind"), rng.randrange(1, 4))
    columns = ["date", "channel", "post", *asides, *(["link"] if rng.random() < 0.5 else [])]
    rng.shuffle(columns)
    if columns[0] != "date" and rng.random() < 0.6:  # the date first, as most calendars have it
        columns.remove("date")
        columns.insert(0, "date")
    names = {"date": rng.choice(DATE_HEADERS), "channel": rng.choice(CHANNEL_HEADERS),
             "post": rng.choice(POST_HEADERS), "tags": rng.choice(TAG_HEADERS), "alt": rng.choice(ALT_HEADERS),
             "kind": rng.choice(KIND_HEADERS), "link": "utm_link"}
    day = date(2026, rng.randrange(1, 12), rng.randrange(1, 28))
    openings = rng.sample(OPENINGS, rng.randrange(5, 11))
    iso = rng.random() < 0.5
    truth, rows = [], []
    for opening in openings:
        day += timedelta(days=rng.choice((1, 1, 2, 3)))
        channel = rng.choice(CHANNELS)
        cells = {"date": day.isoformat() if iso else day.strftime("%d.%m.%Y"), "channel": channel,
                 "post": _post(rng, opening), "tags": " ".join(rng.sample(TAGS, rng.randrange(2, 5))),
                 "alt": rng.choice(ALTS), "kind": rng.choice(KINDS),
                 "link": f"https://example.org/blog/{seed}-{len(rows)}?utm_source={channel.lower()}"}
        rows.append([cells[c] for c in columns])
        truth.append((day, cells["post"].split("\n", 1)[0].rstrip("."), channel))  # its first line
    path = write_rows(folder / f"social-{seed}.csv", [[names[c] for c in columns], *rows],
                      delimiter=rng.choice((",", ";")))
    return path, truth


CAMPAIGN_HEADERS = ("campaign", "campagne", "Kampagne", "campaña", "Campaign")
CAMPAIGNS = ("spring-collection-launch-2026", "provinciales-2026-geographie", "open-house-saturday-atelier",
             "sustainability report 2026", "customer-stories-logistics", "hiring-night-shift-rotterdam",
             "app-release-version-four", "black-friday-early-access")


def posts_by_campaign(seed: int, folder: Path) -> tuple[Path, list[tuple[datetime, str, str]]]:
    """A scheduling tool's export: when (date and time in one cell), the network, the campaign each
    post promotes (several posts, on several networks, per campaign), the post's format and an id.
    No column names the post: the campaign does, not its format. Returns (path, [(start, title, channel)])."""
    rng = random.Random(seed)
    header = ["when", rng.choice(CHANNEL_HEADERS), rng.choice(CAMPAIGN_HEADERS), rng.choice(KIND_HEADERS), "id"]
    at = datetime(2026, rng.randrange(1, 12), rng.randrange(1, 28), 9)
    truth, rows = [], []
    for campaign in rng.sample(CAMPAIGNS, rng.randrange(3, 6)):
        for channel in rng.sample(CHANNELS, rng.randrange(2, 4)):
            at += timedelta(days=rng.choice((0, 1, 1, 2)), hours=rng.choice((0, 1, 3)))
            at = at.replace(hour=rng.choice((9, 12, 17, 19)))
            rows.append([f"{at:%Y-%m-%d %H:%M}", channel.lower(), campaign, rng.choice(KINDS),
                         f"{rng.getrandbits(48):012x}"])
            truth.append((at, campaign, channel.lower()))
    return write_rows(folder / f"campaigns-{seed}.csv", [header, *rows]), truth


CITIES = (("noumea", "Pacific/Noumea"), ("Tokyo", "Asia/Tokyo"), ("lima", "America/Lima"),
          ("Wien", "Europe/Vienna"), ("Auckland", "Pacific/Auckland"), ("Denver", "America/Denver"),
          ("Kolkata", "Asia/Kolkata"), ("Nairobi", "Africa/Nairobi"), ("Lisboa", "Europe/Lisbon"),
          ("Sydney", "Australia/Sydney"), ("New York", "America/New_York"), ("Sao Paulo", "America/Sao_Paulo"))
WHEN_WORDS = (("date", "time"), ("Datum", "Uhrzeit"), ("fecha", "hora"), ("data", "ora"), ("Date", "Heure"))


def times_in_a_named_city(seed: int, folder: Path) -> tuple[Path, str, list[tuple[datetime, str]]]:
    """A schedule whose date (or time) header names the city whose clock it keeps ("date_noumea",
    "Uhrzeit Wien"): the date-time in one column, or a date and a time column with the city on one
    of them. Returns (path, zone, [(aware start, title)])."""
    rng = random.Random(seed)
    city, zone = rng.choice(CITIES)
    date_word, time_word = rng.choice(WHEN_WORDS)
    joint = rng.choice(("_", " "))
    one_cell = rng.random() < 0.5
    on_time = not one_cell and rng.random() < 0.5
    named_date = date_word if on_time else f"{date_word}{joint}{city}"
    header = [named_date, "title"] if one_cell else [named_date, f"{time_word}{joint}{city}" if on_time else time_word,
                                                     "title"]
    at = datetime(2026, rng.randrange(1, 13), rng.randrange(1, 28), 8)
    truth, rows = [], []
    for k in range(rng.randrange(4, 10)):
        at += timedelta(days=rng.choice((0, 1, 2)), hours=rng.choice((1, 2, 3)))
        if at.hour >= 21:
            at = at.replace(hour=9) + timedelta(days=1)
        title = f"{rng.choice(OPENINGS)} ({k + 1})"
        when = [f"{at:%Y-%m-%d %H:%M}"] if one_cell else [at.date().isoformat(), f"{at:%H:%M}"]
        rows.append([*when, title])
        truth.append((at.replace(tzinfo=ZoneInfo(zone)), title))
    return write_rows(folder / f"zoned-{seed}.csv", [header, *rows]), zone, truth



LABELS = ("Week", "Semana", "Sprint", "Bloc", "Woche", "Settimana")
TITLE_HEADERS = ("Blog title", "Title", "Post title", "Titel", "Título", "Headline")
PUBLISHED_HEADERS = ("Published date", "Published on", "Publish date", "Date published", "Publication date")
STEP_HEADERS = ("Date- Sent for Approval", "Date Approved", "Edited On", "Draft due", "Review date")
ARTICLES = ("Choosing the best cheese blend", "Five lunches for a busy week", "What our bakers eat at night",
            "A guide to gluten-free flours", "How to freeze bread the right way", "Our new oven, explained",
            "Ten picnic ideas for the park", "The history of the tortilla", "Snacks for a long drive",
            "Meal prep without the boredom", "Seasonal fruit, month by month", "Breakfast in ten minutes",
            "The case for slow dough", "Cooking with kids at the weekend", "Leftovers that taste new")


def _ordinal(day: date) -> str:
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day.day}{suffix} {day:%b}"


def calendar_in_blocks(seed: int, folder: Path) -> tuple[Path, list[tuple[date, str]], int]:
    """An editorial calendar kept in blocks ("Week 1", "Week 2"…): the label on the block's first row,
    the header repeated (its first cells only) over some blocks, a block without posts yet given its
    label alone, blank rows between blocks, workflow dates ("24th Sept") beside the publish date, and
    planned posts without a publish date. Returns (path, [(published day, title)], posts without a date)."""
    rng = random.Random(seed)
    label = rng.choice(LABELS)
    header = [label, "Type", rng.choice(TITLE_HEADERS), "Keyword", "Writer", rng.choice(STEP_HEADERS), "Status",
              rng.choice(PUBLISHED_HEADERS)]
    form = rng.choice(("dmy_short", "%d.%m.%Y", "%Y-%m-%d"))
    day = date(rng.randrange(2024, 2027), rng.randrange(1, 12), rng.randrange(1, 28))
    articles = rng.sample(ARTICLES, len(ARTICLES))
    rows: list[list[str]] = [["Content plan - guidelines", "Drive - images", *[""] * 6], header]
    truth, undated = [], 0
    for block in range(1, rng.randrange(4, 8)):
        if block > 1 and rng.random() < 0.4:
            rows.append(header[:rng.randrange(3, 6)] + [""] * (8 - 3))
            rows[-1] = rows[-1][:8]
        posts = 0 if rng.random() < 0.2 else rng.randrange(1, 4)
        if posts == 0:
            rows.append([f"{label} {block}", *[""] * 7])
        for k in range(posts):
            title = articles.pop()
            day += timedelta(days=rng.randrange(2, 6))
            dated = rng.random() < 0.75
            written = "" if not dated else (f"{day.day}/{day.month}/{day:%y}" if form == "dmy_short" else day.strftime(form))
            rows.append([f"{label} {block}" if k == 0 else "", rng.choice(("Informational", "Commercial")), title,
                         title.split()[-1].lower(), rng.choice(("Shalini", "Tanu", "Jasmin")),
                         _ordinal(day - timedelta(days=2)) if rng.random() < 0.6 else "",
                         "published" if dated else rng.choice(("rejected", "draft")), written])
            if dated:
                truth.append((day, title))
            else:
                undated += 1
        rows.append([""] * 8)
    return write_rows(folder / f"blocks-{seed}.csv", rows), truth, undated


WEEKDAY_NAMES = {
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
DIARY_HEADERS = {
    "pt": ("Data", "Dia", "Conteúdo", "Disciplinas", "Lugar"), "de": ("Datum", "Tag", "Inhalt", "Fächer", "Raum"),
    "fr": ("Date", "Jour", "Contenu", "Matières", "Salle"), "es": ("Fecha", "Día", "Tema", "Asignaturas", "Aula"),
    "en": ("Date", "Day", "Topic", "Courses", "Room"),
}
COURSES = ("IP e CAD", "SD e MD", "Maths", "Bio, Chem", "Deutsch", "Histoire", "Physik", "CAD", "Álgebra")
ROOMS = ("E232", "Grad05 e E131", "B 1.04", "Salle 12", "Aula 3", "Lab 2", "Hörsaal A")
CONTENTS = ("Lançamento da Lista 02", "Prova de IP", "FERIADO: Tiradentes", "Entrega Projeto 2",
            "Klassenarbeit Mathe", "Exkursion ins Museum", "Contrôle de physique", "Sortie au théâtre",
            "Examen parcial", "Entrega del trabajo final", "Guest lecture on ethics", "Project presentations",
            "Feiertag: Tag der Arbeit", "Journée portes ouvertes", "Mid-term exam", "Lab report due")


def calendar_of_every_day(seed: int, folder: Path) -> tuple[Path, list[tuple[date, str]]]:
    """A course calendar with a row for every day of some weeks: the date, its weekday written out,
    the day's content (empty on most days), and the week's regular cells (the courses and rooms of
    each weekday, the same every week; nothing at weekends); perhaps a month heading row where a
    month begins; a course has something planned most weeks. Returns (path, [(day, content)]): the days
    with a content are the entries."""
    rng = random.Random(seed)
    lang = rng.choice(sorted(WEEKDAY_NAMES))
    names, header = WEEKDAY_NAMES[lang], list(DIARY_HEADERS[lang])
    week = {wd: (rng.choice(COURSES), rng.choice(ROOMS)) for wd in range(5)}
    day = date(2026, rng.randrange(1, 12), rng.randrange(1, 28))
    form = rng.choice(("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"))
    headings = rng.random() < 0.5
    contents = list(CONTENTS)
    rng.shuffle(contents)
    truth, rows = [], []
    for _ in range(rng.randrange(21, 50)):
        if headings and day.day == 1:
            rows.append([day.strftime("%B").upper(), "", "", "", ""])
        wd = day.weekday()
        due = wd == 4 and not any(c for _, _, c, _, _ in rows[-4:] if c)  # something planned most weeks
        content = contents.pop() if contents and wd < 5 and (rng.random() < 0.35 or due) else ""
        courses, room = week[wd] if wd < 5 and not content.upper().startswith(("FERIADO", "FEIERTAG")) else ("", "")
        rows.append([day.strftime(form), names[wd], content, courses, room])
        if content:
            truth.append((day, content))
        day += timedelta(days=1)
    if not truth:  # at least one entry
        rows[0][2] = contents.pop()
        truth.append((date.fromisoformat(rows[0][0]) if form == "%Y-%m-%d" else
                      datetime.strptime(rows[0][0], form).date(), rows[0][2]))
    return write_rows(folder / f"diary-{seed}.csv", [header, *rows], delimiter=rng.choice((",", ";"))), truth


PERIOD_HEADERS = ("Período", "Zeitraum", "Période", "Period", "Periodo", "Week")
TOPIC_HEADERS = ("Tema", "Thema", "Sujet", "Topic", "Módulos")
TOPICS = ("Módulos 1 e 2", "Grundlagen", "Révision générale", "Mock exam week", "Kapitel 3 und 4", "Proyecto final",
          "Statistics refresher", "Lecture et synthèse", "Wiederholung", "Prova")


def weeks_written_as_spans(seed: int, folder: Path) -> tuple[Path, list[tuple[date, date, str]]]:
    """A study or project plan with a row per week: its first and last day in one cell ("19/04–25/04",
    "19.04.–25.04.", with or without the year) and a topic; the plan may end with single days (the exam).
    Returns (path, [(first day, last day, topic)]); the year, where not written, is 2026 (the file is
    stamped with a day before the plan)."""
    rng = random.Random(seed)
    dash = rng.choice(("–", "-", " – ", " - "))
    dotted = rng.random() < 0.5
    with_year = rng.random() < 0.4
    start = date(2026, rng.randrange(3, 10), rng.randrange(1, 28))

    def written(d: date) -> str:
        if dotted:
            return f"{d:%d.%m.}{d.year if with_year else ''}"
        return f"{d:%d/%m}" + (f"/{d.year}" if with_year else "")

    header = ["Semana", rng.choice(PERIOD_HEADERS), rng.choice(TOPIC_HEADERS), "Horas/dia"]
    truth, rows = [], []
    topics = rng.sample(TOPICS, len(TOPICS))
    for k in range(rng.randrange(4, 9)):
        first, last = start + timedelta(days=7 * k), start + timedelta(days=7 * k + 6)
        topic = topics[k % len(topics)]
        rows.append([str(k + 1), f"{written(first)}{dash}{written(last)}", topic, "4h"])
        truth.append((first, last, topic))
    if rng.random() < 0.6:
        exam = start + timedelta(days=7 * len(rows) + 1)
        rows.append(["Prova", written(exam), "Exam day", "—"])
        truth.append((exam, exam, "Exam day"))
    path = write_rows(folder / f"weeks-{seed}.csv", [header, *rows], delimiter=rng.choice((",", ";")))
    stamp = datetime.combine(start - timedelta(days=20), datetime.min.time()).timestamp()
    import os
    os.utime(path, (stamp, stamp))
    return path, truth


BODY_LINES = ("Read more on our site", "Comment below with your answer", "Share with a friend",
              "★★★★☆ work ★★★☆☆ money", "1. Follow us 2. Like 3. Tag a friend", "Tomorrow 7am: the next one!")


def posts_with_escaped_breaks(seed: int, folder: Path) -> tuple[Path, list[tuple[datetime, str]]]:
    """A posting schedule written by a program: each post's lines joined by the two characters "\\n"
    (no line break in the file), the first line its headline. Returns (path, [(start, headline)])."""
    rng = random.Random(seed)
    header = ["date", "time", "content_type", rng.choice(("text", "caption", "content", "copy")), "hashtags"]
    at = datetime(2026, rng.randrange(1, 12), rng.randrange(1, 28), 7)
    truth, rows = [], []
    for headline in rng.sample(OPENINGS, rng.randrange(4, 9)):
        at += timedelta(hours=rng.choice((6, 12, 24)))
        body = "\\n".join(rng.sample(BODY_LINES, rng.randrange(2, 5)))
        glue = rng.choice(("\\n", "\\n\\n"))
        rows.append([at.date().isoformat(), f"{at:%H:%M}", rng.choice(("tip", "quiz", "event")),
                     f"{headline}{glue}{body}", " ".join(rng.sample(TAGS, 3))])
        truth.append((at, headline))
    return write_rows(folder / f"escaped-{seed}.csv", [header, *rows]), truth
