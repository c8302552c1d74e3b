"""Nordlys Radio & TV (a Nordic public broadcaster, Stockholm / Copenhagen / Oslo / Helsinki): the
fourth held-out company, written without reading the product. Eight departments, each with its own
people, channels, language (sv / da / no / en) and export habits; this module plans the posts (the
truth), files.py writes them the way each department does.

A post's truth is what a person reading the department's file expects: the start to the minute (the
day of an all-day entry), the channel as the network it is, the people by full name, the title as
the department wrote it. The records reuse holdout3's Post / Series / Company shapes."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Company, Post, Series

COORDINATOR_ZONE = "Europe/Stockholm"
STO = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # Monday; summer time ends on Sunday 25 October
WEEKS = 6

TEAMS = {
    "nyheter": ["Anna Lindqvist", "Erik Berg", "Maja Sundström", "Oskar Nyberg"],
    "sport": ["Mikkel Søndergaard", "Line Kjær", "Rasmus Holm"],
    "kultur": ["Ingrid Haugen", "Sindre Bakke", "Kari Solberg"],
    "barn": ["Sara Holm", "Johan Ek", "Aino Virtanen"],
    "press": ["Karin Åberg", "Henrik Dahl"],
    "hr": ["Priya Nair", "Lukas Andersson", "Ella Forsberg"],
    "play": ["Mette Juul", "Jonas Wikström", "Ahmed Hassan"],
    "radio": ["Thea Nilsen", "Magnus Eriksen", "Sofie Lie"],
}
DEPT_NAMES = {"nyheter": "Nyheter", "sport": "Sporten (DK)", "kultur": "Kultur Oslo", "barn": "Barn & Unga",
              "press": "Press & Kommunikation", "hr": "HR / Talent", "play": "Nordlys Play",
              "radio": "Radio P3 Oslo"}
LANG = {"nyheter": "sv", "sport": "da", "kultur": "no", "barn": "sv", "press": "sv", "hr": "en", "play": "en", "radio": "no"}
ZONE = {"nyheter": "Europe/Stockholm", "sport": "Europe/Copenhagen", "kultur": "Europe/Oslo",
        "barn": "Europe/Helsinki", "press": "Europe/Stockholm", "hr": "Europe/Stockholm", "play": "Europe/Stockholm",
        "radio": "Europe/Oslo"}
ALL_DAY_ONLY = ("hr",)   # Asana: due dates without a time

CHANNELS = {
    "nyheter": ["Facebook", "Instagram", "X", "TikTok", "Newsletter"],
    "sport": ["Facebook", "Instagram", "X", "YouTube"],
    "kultur": ["Instagram", "Facebook", "Blog", "YouTube"],
    "barn": ["YouTube", "TikTok", "Instagram"],
    "press": ["LinkedIn", "X", "Newsletter", "Blog"],
    "hr": ["LinkedIn", "Instagram"],
    "play": ["Instagram", "TikTok", "YouTube", "Facebook"],
    "radio": ["Instagram", "TikTok", "Facebook", "X"],
}
TIMES = {
    "nyheter": [(6, 30), (7, 0), (8, 15), (12, 0), (17, 30), (19, 30), (21, 0)],
    "sport": [(9, 0), (12, 30), (18, 0), (20, 45), (22, 15)],
    "kultur": [(8, 0), (10, 0), (14, 0), (19, 0)],
    "barn": [(7, 30), (15, 0), (16, 30), (18, 30)],   # Helsinki wall clock
    "press": [(8, 30), (10, 0), (13, 15), (15, 0)],
    "hr": [(9, 0)],
    "play": [(9, 0), (11, 30), (16, 0), (20, 0), (21, 30)],
    "radio": [(7, 15), (10, 0), (15, 30), (18, 0)],
}

CITIES = ["Malmö", "Göteborg", "Aarhus", "Bergen", "Tromsø", "Uppsala"]
SHOWS = ["Kvällsöppet", "Morgonstudion", "Sportrevyen", "Kulturkvarteret", "Barnkanalen"]
FILLER = {
    "nyheter": ["Direkt: presskonferens om budgeten", "Så påverkas {city} av stormen", "Kvällens viktigaste nyheter",
                "Granskning: vården i {city}", "Väder: första snön i {city}", "Morgonens nyhetsbrev",
                "Explainer: vad betyder räntebeskedet?", "Reportage från {city} station"],
    "sport": ["Målene fra Superligaen i aften", "Live: håndbold fra {city}", "Ugens kamp: optakt",
              "Interview med landstræneren", "Highlights: cykling i {city}", "Quiz: kender du din klub?",
              "Bag kulisserne på stadion i {city}"],
    "kultur": ["Ukens bok: ny roman fra {city}", "Konsert direkte fra Operaen", "Anmeldelse: ny norsk film",
               "Kulturkvarteret: gjester denne uken", "Festivalsommer i {city} – tilbakeblikk",
               "Kunstner i studio: {name}", "Podkast: musikk fra {city}"],
    "barn": ["Nytt avsnitt: Monsterskolan", "Pyssel: gör en lykta", "Fråga Kompisen: {name} undrar",
             "Barnkanalens morgon-quiz", "Sagostund med {name}", "Dansa med oss!", "Veckans teckning från {city}"],
    "press": ["Pressmeddelande: ny kanalchef", "Nordlys i siffror: tittartal september",
              "Programtablå vecka {n}", "Debattartikel om public service-avgiften",
              "Pressvisning: ny dramaserie", "Nordlys öppnar redaktion i {city}"],
    "hr": ["Meet the team: {name} at the news desk", "We're hiring: video editor ({city})",
           "Trainee programme 2027 opens", "A day with our weather team", "Why we work four-day weeks in {city}",
           "Job alert: sound engineer"],
    "play": ["New on Play: {show} season {n}", "Binge tip of the week", "Trailer: Nordic noir drama",
             "Behind the scenes of {show}", "Top 10 this week on Play", "Play app update {n}.0",
             "Viewer question: where is {show}?"],
    "radio": ["Ukens låt: {name} velger", "Live fra P3-studio: {name}", "Konkurranse: vinn billetter i {city}",
              "Morgensending fra {city}", "Ukens podkast-tips", "Bak mikrofonen: nattsendingen"],
}

CAMPAIGNS = [
    {"sv": ["Julkalendern 2026: första avsnittet", "Premiär för Julkalendern 2026"],
     "da": ["Julekalenderen 2026: første afsnit", "Premiere på Julekalenderen 2026"],
     "no": ["Julekalenderen 2026: første episode", "Premiere: Julekalenderen 2026"],
     "en": ["Christmas calendar 2026: episode one", "Christmas calendar 2026 premiere"]},
    {"sv": ["Nobelpriset 2026 – se tillkännagivandet direkt", "Direkt: Nobelpriset 2026"],
     "da": ["Nobelprisen 2026 – se offentliggørelsen direkte", "Direkte: Nobelprisen 2026"],
     "no": ["Nobelprisen 2026 – se kunngjøringen direkte", "Direkte: Nobelprisen 2026"],
     "en": ["Nobel Prize 2026 – watch the announcement live", "Live: Nobel Prize 2026"]},
    {"sv": ["Insamlingsgalan Nordlys Hjälper 2026", "Nordlys Hjälper 2026: galan ikväll"],
     "da": ["Indsamlingsshowet Nordlys Hjælper 2026", "Nordlys Hjælper 2026: showet i aften"],
     "no": ["Innsamlingsaksjonen Nordlys Hjelper 2026", "Nordlys Hjelper 2026: sending i kveld"],
     "en": ["Nordlys Helps 2026 fundraising gala", "Tonight: the Nordlys Helps 2026 gala"]},
    {"sv": ["Handbolls-EM 2026: Sverige–Danmark", "EM i handboll 2026: Sverige möter Danmark"],
     "da": ["Håndbold-EM 2026: Danmark–Sverige", "EM i håndbold 2026: Danmark møder Sverige"],
     "no": ["Håndball-EM 2026: Sverige–Danmark", "EM i håndball 2026: Sverige mot Danmark"],
     "en": ["Handball EURO 2026: Sweden v Denmark", "EURO 2026 handball: Sweden meet Denmark"]},
    {"sv": ["Nordlys 100 år: jubileumsdokumentären", "Jubileumsdokumentär: Nordlys 100 år"],
     "da": ["Nordlys 100 år: jubilæumsdokumentaren", "Jubilæumsdokumentar: Nordlys 100 år"],
     "no": ["Nordlys 100 år: jubileumsdokumentaren", "Jubileumsdokumentar om Nordlys 100 år"],
     "en": ["Nordlys at 100: the anniversary documentary", "Anniversary documentary: Nordlys 100 years"]},
    {"sv": ["Nya podden 'Kalla spår' säsong 3", "Kalla spår säsong 3 – nu som podd"],
     "da": ["Ny podcast: 'Kalla spår' sæson 3", "Kalla spår sæson 3 – nu som podcast"],
     "no": ["Ny podkast: 'Kalla spår' sesong 3", "Kalla spår sesong 3 – nå som podkast"],
     "en": ["New podcast: 'Kalla spår' season 3", "Kalla spår season 3 is out as a podcast"]},
]
DECOYS = [
    (("sv", "Öppet hus i Malmö-studion"), ("da", "Åbent hus i DR-byen for skoler")),
    (("en", "Webinar: accessibility in our apps"), ("sv", "Webbinarium: så söker du praktik")),
    (("no", "Kulturkvarteret: julekonsert fra Bergen"), ("sv", "Kulturkvarteret flyttar till ny studio")),
    (("en", "Q3 audience figures explained"), ("sv", "Q3: personalenkätens resultat")),
    (("da", "Sportrevyen 2026: årets bedste mål"), ("en", "Sportrevyen 2026 is hiring a producer")),
]


class _Title(str):
    family: str | None = None
    slots: tuple = ()


def _days() -> list[date]:
    return [FIRST_DAY + timedelta(days=i) for i in range(WEEKS * 7) if (FIRST_DAY + timedelta(days=i)).weekday() < 5]


class _Planner:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed * 104729 + 11)
        self.posts: list[Post] = []
        self.series: list[Series] = []
        self.dups: dict[int, list[int]] = {}
        self.decoys: list[tuple[int, int]] = []

    def add(self, dept, title, channel, people, *, local=None, minutes=None, day=None, last_day=None,
            status="planned", **kw) -> Post:
        zone = ZoneInfo(ZONE[dept])
        start = end = None
        if dept in ALL_DAY_ONLY and local is not None:
            day, local = (local.astimezone(zone) if local.tzinfo else local).date(), None
        if local is not None and minutes is None and dept in ("nyheter", "press"):
            minutes = 30   # a calendar event always has an end
        if local is not None:
            start = local.replace(tzinfo=zone) if local.tzinfo is None else local.astimezone(zone)
            if minutes:
                end = start + timedelta(minutes=minutes)
        kw.setdefault("family", getattr(title, "family", None))
        kw.setdefault("slots", getattr(title, "slots", ()))
        post = Post(len(self.posts) + 1, dept, str(title), channel, list(people), start, end, day, last_day,
                    status, optional=status == "cancelled", **kw)
        self.posts.append(post)
        return post

    def duration(self, dept) -> int | None:
        if dept in ("nyheter", "press"):
            return self.rnd.choice([30, 45, 60])
        if dept in ("kultur", "play"):
            return self.rnd.choice([None, 15, 45, 60, 90])
        return None

    def owner(self, dept):
        team = TEAMS[dept]
        people = [self.rnd.choice(team)]
        if dept not in ALL_DAY_ONLY and self.rnd.random() < 0.2:   # Asana has one assignee
            other = self.rnd.choice(team)
            if other not in people:
                people.append(other)
        return people

    def filler_title(self, dept):
        template = self.rnd.choice(FILLER[dept])
        fills = {"name": self.rnd.choice(["Linnea", "Freja", "Olav", "Nils", "Astrid"]), "city": self.rnd.choice(CITIES),
                 "show": self.rnd.choice(SHOWS), "n": self.rnd.randint(2, 9)}
        t = template.format(**fills)
        if dept in ("barn", "play") and self.rnd.random() < 0.2:
            t = self.rnd.choice(["🎬 ", "📺 ", "⭐ "]) + t
        title = _Title(t)
        title.family = template
        title.slots = tuple(str(v) for k, v in fills.items() if "{" + k + "}" in template and k != "n")
        return title

    def at(self, dept, d, hm=None):
        h, m = hm or self.rnd.choice(TIMES[dept])
        return datetime(d.year, d.month, d.day, h, m)


def make_company(seed: int) -> Company:
    pl = _Planner(seed)
    rnd = pl.rnd
    days = _days()
    depts = list(TEAMS)
    timed = [d for d in depts if d not in ALL_DAY_ONLY]

    for _ in range(3):   # slot clashes: one network, 0-45 minutes apart, each in its own zone
        chan = rnd.choice(["Instagram", "Facebook", "X", "YouTube", "TikTok"])
        able = [d for d in timed if chan in CHANNELS[d]]
        if len(able) < 2:
            continue
        a, b = rnd.sample(able, 2)
        t0 = pl.at(a, rnd.choice(days)).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 75-150 minutes apart
        chan = rnd.choice(["Instagram", "Facebook"])
        a, b = rnd.sample([d for d in timed if chan in CHANNELS[d]], 2)
        d = rnd.choice(days)
        t0 = datetime(d.year, d.month, d.day, 10, 0, tzinfo=STO)
        t1 = t0 + timedelta(minutes=rnd.choice([75, 90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, planted="decoy-slot")
    for _ in range(2):   # double bookings: a person of A also named on B's entry
        a, b = rnd.sample(timed, 2)
        person = rnd.choice(TEAMS[a])
        t0 = pl.at(a, rnd.choice(days)).replace(tzinfo=ZoneInfo(ZONE[a]))
        ca = rnd.choice(CHANNELS[a])
        cb = rnd.choice([c for c in CHANNELS[b] if c != ca] or CHANNELS[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        t1 = t0 + timedelta(minutes=rnd.choice([0, 10, 20]))
        pl.add(b, pl.filler_title(b), cb, [person, rnd.choice(TEAMS[b])], local=t1, minutes=pl.duration(b),
               planted="booking")
    a, b = rnd.sample(timed, 2)
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(days)
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 9, 0, tzinfo=STO),
           planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person], local=datetime(d.year, d.month, d.day, 12, 0, tzinfo=STO),
           planted="decoy-booking")

    chan = rnd.choice(["Instagram", "Facebook"])   # an overloaded day: four posts 2+ hours apart
    able = [d for d in timed if chan in CHANNELS[d]]
    d = rnd.choice(days)
    for i, hm in enumerate([(8, 0), (11, 0), (14, 0), (17, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=STO), planted="overload")

    for gid, camp in enumerate(rnd.sample(CAMPAIGNS, 3), start=1):   # duplicated efforts
        ds = rnd.sample(depts, rnd.choice([2, 2, 3]))
        base = rnd.randrange(3, len(days) - 4)
        used: dict[str, int] = {}
        pids = []
        for dept in ds:
            variants = camp[LANG[dept]]
            title = variants[used.get(LANG[dept], rnd.randrange(2)) % 2]
            used[LANG[dept]] = variants.index(title) + 1
            day = days[min(len(days) - 1, base + rnd.randint(0, 3))]
            p = pl.add(dept, title, rnd.choice(CHANNELS[dept]), pl.owner(dept), local=pl.at(dept, day),
                       minutes=pl.duration(dept), dup=gid)
            pids.append(p.pid)
        pl.dups[gid] = pids
    for did, ((la, ta), (lb, tb)) in enumerate(rnd.sample(DECOYS, 2), start=1):
        da = rnd.choice([d for d in depts if LANG[d] == la])
        db = rnd.choice([d for d in depts if LANG[d] == lb and d != da])
        i = rnd.randrange(0, len(days) - 2)
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da), local=pl.at(da, days[i]), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db), local=pl.at(db, days[i + rnd.randint(0, 2)]), decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # series: Press's weekly press digest in Google Calendar (RRULE, EXDATE, a moved occurrence);
    # Nyheter's Outlook export writes its weekly newsletter as one row per occurrence
    _series(pl, "press", "Veckans pressbrev", "Newsletter", ["Henrik Dahl"], weekday=1, hm=(9, 0))
    for w in range(WEEKS):
        d = FIRST_DAY + timedelta(days=7 * w + 4)
        pl.add("nyheter", "Fredagsbrevet", "Newsletter", ["Maja Sundström"], local=datetime(d.year, d.month, d.day, 7, 0),
               minutes=30, series="nyheter-weekly")

    d = rnd.choice(days[5:-5])   # all-day entries
    pl.add("sport", "VM-kval: Danmark på udebane (rejsedage)", None, ["Rasmus Holm"], day=d, last_day=d + timedelta(days=2))
    d = rnd.choice(days)
    pl.add("press", "Embargo: tittarsiffror", None, ["Karin Åberg"], day=d)

    for dept in depts:   # filler
        for _ in range(rnd.randint(12, 20)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.78, 0.14, 0.08])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept),
                   local=pl.at(dept, rnd.choice(days)), minutes=pl.duration(dept), status=status)

    habits = {dept: _habits(rnd, dept) for dept in depts}
    return Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)


def _series(pl: _Planner, dept, title, channel, people, *, weekday, hm):
    rnd = pl.rnd
    zone = ZoneInfo(ZONE[dept])
    first_day = FIRST_DAY + timedelta(days=weekday)
    first = datetime(first_day.year, first_day.month, first_day.day, *hm, tzinfo=zone)
    occ = [(first + timedelta(days=7 * i)).replace(tzinfo=None).replace(tzinfo=zone) for i in range(WEEKS)]
    ex = rnd.sample(occ[1:], 1)
    moved_from = rnd.choice([o for o in occ[1:] if o not in ex])
    moved_to = (moved_from + timedelta(days=1)).replace(hour=hm[0] + 2)
    s = Series(f"{dept}-weekly", dept, title, channel, people, first, WEEKS, 30, ex, {moved_from: moved_to})
    pl.series.append(s)
    for o in occ:
        if o not in ex:
            pl.add(dept, title, channel, people, local=s.moved.get(o, o), minutes=30, series=s.sid)


def _habits(rnd: random.Random, dept: str) -> dict:
    """The writer's choices for this seed (read by files.py)."""
    return {
        "nyheter": lambda: {"locale": rnd.choice(["sv", "en-us", "en-gb"]), "cats": rnd.choice(["channel", "channel+desk"])},
        "sport": lambda: {"date": rnd.choice(["weekday-dm", "cell", "d-mon"]), "time": rnd.choice(["kl", "dot", "cell"]),
                          "merge_days": rnd.random() < 0.5},
        "kultur": lambda: {"date": rnd.choice(["dm-dot", "cell", "dm-dot-weekday"]), "time": rnd.choice(["kl", "colon"]),
                           "duration": rnd.choice(["min", "hm"])},
        "barn": lambda: {"tool": rnd.choice(["notion", "notion-range"])},
        "press": lambda: {"channel_in": rnd.choice(["description", "location"])},
        "hr": lambda: {"tags": rnd.choice(["tags", "section"])},
        "play": lambda: {"when": rnd.choice(["us12", "iso-seconds", "eu24"]), "length": rnd.choice(["hmm", "min"])},
        "radio": lambda: {"labels": rnd.choice(["colour", "plain"]), "members": rnd.choice(["full", "username"])},
    }[dept]()
