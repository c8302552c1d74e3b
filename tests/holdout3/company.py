"""Van Dijk Fietsen B.V. (Utrecht, e-bikes): the third held-out company, written without reading
the product. Eight departments, each with its own people, channels, language and habits; this
module plans the posts (the truth), files.py writes them the way each department does.

A post's truth is what a person reading the department's file expects: the start to the minute
in the department's zone (or the day of an all-day entry), the channel as the network it is,
the people by full name, the title as the department wrote it (without a channel tag)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

COORDINATOR_ZONE = "Europe/Amsterdam"
AMS = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # Monday; summer time ends on Sunday 25 October
WEEKS = 6

# --- people -----------------------------------------------------------------------------
TEAMS = {
    "marketing": ["Sanne de Vries", "Joris Bakker", "Fleur Jansen", "Daan Visser"],
    "pr": ["Marloes van den Berg", "Pieter Smit"],
    "hr": ["Emma Mulder", "Bas de Graaf", "Noor Hendriks"],
    "events": ["Thijs Kramer", "Lotte Bos"],
    "product": ["Ruben Meijer", "Priya Raman", "Tom Wouters"],
    "polska": ["Katarzyna Nowak", "Piotr Wiśniewski", "Agnieszka Wójcik"],
    "uk": ["Oliver Hughes", "Charlotte Evans", "Tom Fletcher"],
    "service": ["Yasmin el Amrani", "Kees Dekker"],
    "sales": ["Mark Peters", "Ilse Verhoeven"],
}
DEPT_NAMES = {
    "marketing": "Marketing", "pr": "Communicatie & PR", "hr": "HR / Employer Branding",
    "events": "Events", "product": "Product", "polska": "Van Dijk Polska",
    "uk": "UK Sales", "service": "Klantenservice", "sales": "Sales Benelux",
}
LANG = {"marketing": "nl", "pr": "nl", "hr": "en", "events": "nl", "product": "en",
        "polska": "pl", "uk": "en", "service": "nl", "sales": "nl"}
ZONE = {d: COORDINATOR_ZONE for d in TEAMS} | {"uk": "Europe/London", "polska": "Europe/Warsaw"}

# which networks each department posts on (canonical name -> nothing; spellings in files.py)
CHANNELS = {
    "marketing": ["Instagram", "LinkedIn", "Facebook", "TikTok", "Newsletter", "YouTube"],
    "pr": ["LinkedIn", "X", "Newsletter", "Blog"],
    "hr": ["LinkedIn", "Instagram", "TikTok"],
    "events": ["LinkedIn", "Instagram", "Facebook"],
    "product": ["YouTube", "LinkedIn", "Instagram", "Blog"],
    "polska": ["LinkedIn", "Facebook", "Instagram", "YouTube"],
    "uk": ["LinkedIn", "X", "Instagram"],
    "service": ["Facebook", "Instagram", "WhatsApp", "Newsletter"],
    "sales": ["LinkedIn", "Facebook", "Instagram"],
}
TIMES = {  # the slots each department likes
    "marketing": [(9, 0), (9, 30), (11, 0), (12, 30), (15, 0), (17, 0), (19, 30)],
    "pr": [(8, 30), (10, 0), (11, 30), (14, 0), (16, 0)],
    "hr": [(8, 0), (9, 15), (12, 0), (13, 0), (17, 30)],
    "events": [(10, 0), (13, 0), (15, 30), (16, 45)],
    "product": [(10, 30), (12, 0), (14, 30), (16, 0)],
    "polska": [(8, 0), (9, 0), (11, 0), (14, 0), (18, 0)],
    "uk": [(8, 30), (9, 0), (12, 15), (15, 0)],   # London wall clock
    "service": [(8, 45), (10, 15), (13, 30), (19, 0), (20, 0)],
    "sales": [(9, 0), (12, 0), (16, 0)],
}

# --- filler titles, per department, in its language ---------------------------------------
MODELS = ["Stadsfiets S2", "Cargo C1", "Trekking T7", "Kinderfiets K3", "Vouwfiets V1"]
CITIES = ["Utrecht", "Amersfoort", "Zwolle", "Leiden", "Haarlem", "Nijmegen"]
FILLER = {
    "marketing": ["Klantverhaal: {name} fietst elke dag naar {city}", "Reel: 5 fietsroutes rond {city}",
                  "Carrousel: zo kies je de juiste framemaat", "Poll: welke kleur wordt het?",
                  "Achter de schermen bij de fotoshoot", "Herfstcollectie helmen in de spotlight",
                  "UGC repost: #mijnvandijk van de week", "Fietsweetje: waarom remmen piepen",
                  "Dealer in beeld: Fietsplaats {city}", "Meme maandag: regen in {city}"],
    "pr": ["Persbericht: nieuwe distributeur in België", "Interview met de CEO in het FD", "Column over fietsveiligheid",
           "Reactie op het nieuwe fietsbeleid van {city}", "Mediamoment: opening distributiecentrum",
           "Achtergrond: hoe wij kobalt inkopen", "Podcastgesprek over mobiliteit in {city}",
           "Opiniestuk: de fiets als woon-werkvervoer"],
    "hr": ["Meet the team: {name} from assembly", "We're hiring: frame welder ({city})",
           "A day in the life of our test riders", "Intern spotlight: design team",
           "Why we offer a lease bike to every employee", "Employee story: 25 years at the factory",
           "Job alert: warehouse lead, night shift", "Throwback Thursday: our 1998 team photo"],
    "events": ["Testrit-dag bij dealer in {city}", "Terugblik: familiedag op de fabriek",
               "Aankondiging: fietsclinic voor senioren in {city}", "Livestream: sleutelavond",
               "Foto-album: ladies ride {city}", "Save the date: dealerdag voorjaar"],
    "product": ["How it works: the torque sensor", "Firmware 4.{n} release notes", "Unboxing the {model}",
                "Design sketch reveal: handlebar bag", "Q&A with our lead engineer", "Spare parts: how to order",
                "Range test in the cold: {n}0 km", "Frame warranty explained"],
    "polska": ["Poznaj zespół montażu z Wrocławia", "Fabryka od kuchni: lakiernia",
               "Szkolenie BHP – relacja", "Dzień z życia magazyniera", "Wolontariat pracowników we Wrocławiu",
               "Rower miesiąca: {model}", "Praca u nas: operator CNC", "Nowa linia montażowa – zdjęcia"],
    "uk": ["Dealer of the month: Bristol", "Cycle to Work scheme explained", "Customer review roundup",
           "Test ride weekend in Manchester", "Why e-cargo bikes suit London", "Meet our Leeds dealer",
           "Commuter tips for darker evenings", "UK price list update"],
    "service": ["Tip van de week: bandenspanning", "Onderhoudstip: ketting smeren", "Zo meld je een garantieclaim",
                "Storing app opgelost – update", "Veelgestelde vraag: accu in de winter",
                "Openingstijden rond de feestdagen", "Video: lamp vervangen", "Tip van de week: slot onderhoud"],
    "sales": ["Dealer spotlight: Fietsplaats {city}", "Leaseactie voor bedrijven in {city}", "Nieuwe dealer in {city}",
              "Zakelijk rijden met de {model}", "Klantcase: {name} rijdt lease", "Proefrit op locatie bij kantoren in {city}",
              "Fietsplan voor MKB: zo werkt het"],
}

# --- planted duplicated efforts: the same campaign in each language, two ways of saying it -----
CAMPAIGNS = [
    {"nl": ["Lancering Stadsfiets S2: teaser video", "Teaser: de nieuwe Stadsfiets S2 komt eraan"],
     "en": ["City bike S2 launch teaser", "Sneak peek: the new S2 city bike"],
     "pl": ["Premiera roweru miejskiego S2 – zapowiedź", "Zwiastun: nowy rower S2"]},
    {"nl": ["Black Friday: 20% korting op accessoires", "Black Friday deals – alle accessoires -20%"],
     "en": ["Black Friday – 20% off all accessories", "Black Friday accessory sale (20% off)"],
     "pl": ["Black Friday: -20% na akcesoria", "Black Friday – akcesoria taniej o 20%"]},
    {"nl": ["We hebben de Fietsersbond Award 2026 gewonnen", "Winnaar Fietsersbond Award 2026!"],
     "en": ["We won the Fietsersbond Award 2026", "Fietsersbond Award 2026: Van Dijk wins"],
     "pl": ["Van Dijk zdobywa nagrodę Fietsersbond 2026", "Nagroda Fietsersbond 2026 dla Van Dijk"]},
    {"nl": ["50 jaar Van Dijk: de jubileumfilm", "Jubileumfilm 50 jaar Van Dijk Fietsen"],
     "en": ["50 years of Van Dijk – the anniversary film", "Anniversary film: half a century of Van Dijk"],
     "pl": ["50-lecie Van Dijk – film jubileuszowy", "Film na 50 lat firmy Van Dijk"]},
    {"nl": ["Nieuw: ons inzamelprogramma voor oude accu's", "Lever je oude accu in: start inzamelprogramma"],
     "en": ["Launching our battery take-back scheme", "Old e-bike battery? Our new take-back scheme"],
     "pl": ["Nowy program zbiórki zużytych baterii", "Startuje zbiórka starych baterii rowerowych"]},
    {"nl": ["Winterklaar: gratis onderhoudscheck in november", "Gratis wintercheck voor je e-bike"],
     "en": ["Get winter-ready: free e-bike check in November", "Free winter check for your e-bike"],
     "pl": ["Przygotuj rower na zimę – darmowy przegląd", "Darmowy zimowy przegląd e-roweru"]},
    {"nl": ["Kom langs op de VELO beurs in Jaarbeurs Utrecht", "Van Dijk op VELO Utrecht: stand 4B"],
     "en": ["Meet us at VELO Utrecht (stand 4B)", "See you at the VELO trade fair in Utrecht"],
     "pl": ["Spotkajmy się na targach VELO w Utrechcie", "Targi VELO Utrecht – stoisko 4B"]},
    {"nl": ["Nieuwe app-versie: routeplanner met laadpunten", "Update van de Van Dijk app: plan je route langs laadpunten"],
     "en": ["App update: route planner with charging points", "New in the app: plan rides past charging points"],
     "pl": ["Nowa wersja aplikacji: planer tras z ładowarkami", "Aktualizacja aplikacji – trasy z punktami ładowania"]},
    {"nl": ["Duurzaamheidsverslag 2026 is uit", "Ons duurzaamheidsverslag 2026 gepubliceerd"],
     "en": ["Our 2026 sustainability report is out", "Read the Van Dijk sustainability report 2026"],
     "pl": ["Raport zrównoważonego rozwoju 2026 już dostępny", "Publikujemy raport ESG 2026"]},
]
# same words, different thing: each pair goes to two departments a day or two apart
DECOYS = [
    (("nl", "Open dag showroom Utrecht"), ("pl", "Dzień otwarty fabryki we Wrocławiu")),
    (("nl", "Webinar: je accu langer laten meegaan"), ("en", "Webinar: e-bike insurance explained")),
    (("en", "Cargo C1 recall notice: brake cable check"), ("nl", "Cargo C1 klantverhaal: bakfiets vol boodschappen")),
    (("en", "Winter check results: what our mechanics found in 2025"), ("nl", "Wintersportvakantie: fiets mee op de auto")),
    (("nl", "Kwartaalcijfers Q3 toelichting"), ("en", "Q3 employee survey results")),
]


class _Title(str):
    """A filler title that remembers what it is about."""
    family: str | None = None
    slots: tuple = ()


# two departments' ways of writing the same kind of post: the same dealer spotlighted twice in a
# week is duplicated effort, whoever writes it
FAMILY = {"Dealer in beeld: Fietsplaats {city}": "dealer spotlight", "Dealer spotlight: Fietsplaats {city}": "dealer spotlight"}


@dataclass
class Post:
    pid: int
    dept: str
    title: str
    channel: str | None
    people: list[str]
    start: datetime | None = None      # aware, in the department's zone
    end: datetime | None = None
    day: date | None = None            # all-day entries
    last_day: date | None = None       # inclusive, multi-day all-day entries
    status: str = "planned"            # planned / draft / cancelled
    note: str = ""
    series: str | None = None
    dup: int | None = None
    decoy: int | None = None
    planted: str = ""                  # slot / booking / overload / decoy-slot / decoy-booking
    optional: bool = False             # a cancelled row: neither missing nor extra
    written: dict = field(default_factory=dict)   # what the file says, filled by files.py
    family: str | None = None          # a filler post's kind of content ("dealer spotlight")
    slots: tuple = ()                  # what it is about (a city, a model, a customer's name)

    @property
    def all_day(self) -> bool:
        return self.start is None

    @property
    def lang(self) -> str:
        return LANG[self.dept]


@dataclass
class Series:
    sid: str
    dept: str
    title: str
    channel: str
    people: list[str]
    first: datetime
    count: int
    minutes: int
    exdates: list[datetime] = field(default_factory=list)
    moved: dict = field(default_factory=dict)   # original start -> new start


@dataclass
class Company:
    seed: int
    posts: list[Post]
    series: list[Series]
    habits: dict                       # per department: its writer's choices
    dup_groups: dict                   # group id -> [pid]
    decoy_pairs: list[tuple[int, int]]

    def of(self, dept: str) -> list[Post]:
        return [p for p in self.posts if p.dept == dept]


def _days() -> list[date]:
    return [FIRST_DAY + timedelta(days=i) for i in range(WEEKS * 7) if (FIRST_DAY + timedelta(days=i)).weekday() < 5]


class _Planner:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed * 7919 + 3)
        self.posts: list[Post] = []
        self.series: list[Series] = []
        self.dups: dict[int, list[int]] = {}
        self.decoys: list[tuple[int, int]] = []

    def add(self, dept, title, channel, people, *, local=None, minutes=None, day=None, last_day=None,
            status="planned", **kw) -> Post:
        zone = ZoneInfo(ZONE[dept])
        start = end = None
        if local is not None and minutes is None and dept in ("events", "product", "uk"):
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
        """Only departments whose files carry ends get one."""
        if dept in ("events", "product", "uk"):
            return self.rnd.choice([30, 45, 60])
        if dept == "pr":
            return self.rnd.choice([None, 30, 60, 90])
        if dept == "polska":
            return self.rnd.choice([None, None, 60])
        return None

    def owner(self, dept):
        team = TEAMS[dept]
        if dept == "uk" and self.rnd.random() < 0.5:
            return []   # Oliver's own calendar: most events name nobody
        people = [self.rnd.choice(team)]
        if self.rnd.random() < 0.15:
            other = self.rnd.choice(team)
            if other not in people:
                people.append(other)
        return people

    def filler_title(self, dept):
        template = self.rnd.choice(FILLER[dept])
        fills = {"name": self.rnd.choice(["Anouk", "Mehmet", "Willem", "Lisa", "Jan-Willem"]),
                 "city": self.rnd.choice(CITIES), "model": self.rnd.choice(MODELS), "n": self.rnd.randint(2, 9)}
        t = template
        if dept in ("marketing", "hr") and self.rnd.random() < 0.2:
            t = self.rnd.choice(["🚲 ", "📣 ", "✨ "]) + t   # social teams decorate their titles
        title = _Title(t.format(**fills))
        title.family = FAMILY.get(template, template)
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

    # planted slot clashes: two departments, one network, 0-45 minutes apart (one moment, each its zone)
    for _ in range(3):
        chan = rnd.choice(["LinkedIn", "Instagram", "Facebook", "X", "YouTube"])
        able = [d for d in depts if chan in CHANNELS[d]]
        if len(able) < 2:
            continue
        a, b = rnd.sample(able, 2)
        d = rnd.choice(days)
        t0 = pl.at(a, d).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1.astimezone(ZoneInfo(ZONE[b])),
               minutes=pl.duration(b), planted="slot")
    # decoys: same network 75-150 minutes apart
    for _ in range(2):
        chan = rnd.choice(["LinkedIn", "Instagram"])
        a, b = rnd.sample([d for d in depts if chan in CHANNELS[d]], 2)
        d = rnd.choice(days)
        t0 = datetime(d.year, d.month, d.day, 9, 0, tzinfo=AMS)
        t1 = t0 + timedelta(minutes=rnd.choice([75, 90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, planted="decoy-slot")

    # planted double bookings: a person of department A also named on department B's entry
    for _ in range(2):
        a, b = rnd.sample([d for d in depts if d != "uk"], 2)
        person = rnd.choice(TEAMS[a])
        d = rnd.choice(days)
        t0 = pl.at(a, d).replace(tzinfo=ZoneInfo(ZONE[a]))
        chans_a, chans_b = CHANNELS[a], CHANNELS[b]
        ca = rnd.choice(chans_a)
        cb = rnd.choice([c for c in chans_b if c != ca] or chans_b)
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        t1 = t0 + timedelta(minutes=rnd.choice([0, 10, 20]))
        pl.add(b, pl.filler_title(b), cb, [person] + [rnd.choice(TEAMS[b])], local=t1.astimezone(ZoneInfo(ZONE[b])),
               minutes=pl.duration(b), planted="booking")
    # decoy: the same person 2-3 hours later elsewhere
    a, b = rnd.sample([d for d in depts if d != "uk"], 2)
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(days)
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 9, 0), planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person],
           local=datetime(d.year, d.month, d.day, 11, 30, tzinfo=AMS), planted="decoy-booking")

    # a planted overload: four posts on one network on one day, 2+ hours apart, from three departments
    chan = rnd.choice(["Instagram", "LinkedIn"])
    able = [d for d in depts if chan in CHANNELS[d]]
    d = rnd.choice(days)
    for i, hm in enumerate([(8, 0), (10, 30), (13, 0), (16, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=AMS), planted="overload")

    # duplicated efforts: 3 campaigns, each prepared by 2-3 departments a few days apart
    for gid, camp in enumerate(rnd.sample(CAMPAIGNS, 3), start=1):
        k = rnd.choice([2, 2, 3])
        ds = rnd.sample(depts, k)
        base = rnd.randrange(3, len(days) - 4)
        used: dict[str, int] = {}
        pids = []
        for dept in ds:
            lang = LANG[dept]
            variants = camp[lang]
            title = variants[used.get(lang, rnd.randrange(2)) % 2]
            used[lang] = variants.index(title) + 1
            day = days[min(len(days) - 1, base + rnd.randint(0, 3))]
            chan = rnd.choice(CHANNELS[dept])
            p = pl.add(dept, title, chan, pl.owner(dept), local=pl.at(dept, day), minutes=pl.duration(dept), dup=gid,
                       slots=("VELO",) if "VELO" in title else ())
            pids.append(p.pid)
        pl.dups[gid] = pids
    for did, ((la, ta), (lb, tb)) in enumerate(rnd.sample(DECOYS, 2), start=1):
        da = rnd.choice([d for d in depts if LANG[d] == la])
        db = rnd.choice([d for d in depts if LANG[d] == lb and d != da])
        i = rnd.randrange(0, len(days) - 2)
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da), local=pl.at(da, days[i]), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db), local=pl.at(db, days[i + rnd.randint(0, 2)]), decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # recurring series: Product's weekly tip (Google: RRULE, EXDATE, a moved occurrence);
    # Events' weekly dealer update (Outlook); HR's weekly vacancy post is a row per week in its sheet
    _series(pl, "product", "Weekly product tip", "Instagram", ["Priya Raman"], days, weekday=3, hm=(12, 0))
    _series(pl, "events", "Wekelijkse dealerupdate", "LinkedIn", ["Lotte Bos"], days, weekday=2, hm=(16, 0))
    for w in range(WEEKS):
        d = FIRST_DAY + timedelta(days=7 * w + 1)
        pl.add("hr", "Vacancy of the week", "LinkedIn", ["Noor Hendriks"], local=datetime(d.year, d.month, d.day, 8, 0))

    # all-day entries: the trade fair (multi-day), a newsletter deadline
    d = rnd.choice(days[5:-5])
    pl.add("events", "VELO beurs Jaarbeurs Utrecht (standbouw + beurs)", None, ["Thijs Kramer"], day=d,
           last_day=d + timedelta(days=2), slots=("VELO",))
    d = rnd.choice(days)
    pl.add("marketing", "Deadline input nieuwsbrief", "Newsletter", ["Fleur Jansen"], day=d)
    d = rnd.choice(days)
    pl.add("uk", "No posting – company away day", None, [], day=d)

    # filler
    for dept in depts:
        for _ in range(rnd.randint(12, 20)):
            d = rnd.choice(days)
            status = rnd.choices(["planned", "draft", "cancelled"], [0.78, 0.14, 0.08])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept),
                   local=pl.at(dept, d), minutes=pl.duration(dept), status=status)

    habits = {dept: _habits(rnd, dept) for dept in depts}
    return Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)


def _series(pl: _Planner, dept, title, channel, people, days, *, weekday, hm):
    rnd = pl.rnd
    zone = ZoneInfo(ZONE[dept])
    first_day = FIRST_DAY + timedelta(days=weekday)
    first = datetime(first_day.year, first_day.month, first_day.day, *hm, tzinfo=zone)
    count = WEEKS
    occ = [first + timedelta(days=7 * i) for i in range(count)]   # wall-clock weekly (the zone's rules)
    occ = [o.replace(tzinfo=None).replace(tzinfo=zone) for o in occ]
    ex = rnd.sample(occ[1:], 1)
    moved_from = rnd.choice([o for o in occ[1:] if o not in ex])
    moved_to = (moved_from + timedelta(days=1)).replace(hour=hm[0] + 1)
    sid = f"{dept}-weekly"
    s = Series(sid, dept, title, channel, people, first, count, 30, ex, {moved_from: moved_to})
    pl.series.append(s)
    for o in occ:
        if o in ex:
            continue
        start = s.moved.get(o, o)
        pl.add(dept, title, channel, people, local=start, minutes=30, series=sid)


def _habits(rnd: random.Random, dept: str) -> dict:
    """The writer's choices for this seed (read by files.py)."""
    return {
        "marketing": lambda: {"sheet_names": rnd.choice([("Oktober", "November"), ("okt 2026", "nov 2026"), ("10-2026", "11-2026")]),
                              "time": rnd.choice(["dot", "cell", "uur"]),
                              "date_format": rnd.choice(["dd-mm-yyyy", "d mmm yyyy", "ddd d-m"]),
                              "between_weeks": rnd.choice(["blank", "section", "none"]),
                              "merge_dates": rnd.random() < 0.5},
        "pr": lambda: {"date": rnd.choice(["%d-%m-%Y", "%d-%m-%y", "%-d-%-m-%Y"]), "time": rnd.choice(["colon", "dot"]),
                       "people": rnd.choice(["initial", "short"])},
        "hr": lambda: {"date": rnd.choice(["%m/%d/%Y", "%d/%m/%Y", "%d %b %Y", "%a, %b %d"]),
                       "time": rnd.choice(["ampm", "24h"]), "time_header": rnd.choice(["Time (CET)", "Time", "Post time (NL)"])},
        "events": lambda: {"channel_in": rnd.choice(["categories", "summary"])},
        "product": lambda: {"channel_in": rnd.choice(["location", "description", "summary"])},
        "polska": lambda: {"date": rnd.choice(["text", "cell", "iso", "serial"]), "people": rnd.choice(["full", "initial"])},
        "uk": lambda: {"prefix": rnd.choice(["colon", "bracket"])},
        "service": lambda: {"date": rnd.choice(["weekday", "yearless", "plain"]), "title_line": rnd.random() < 0.7},
        "sales": lambda: {"cell": rnd.choice(["prefix", "lines"]), "head": rnd.choice(["text", "date"])},
    }[dept]()
