"""A second held-out company, "Harbour & Vine": the plan of every post, drawn from a seed.

Written without reading the first held-out generator, the Northwind generator or the
company generators of the tests: its departments have the habits of real exports (Outlook
and Google .ics and .csv, spreadsheets from an Italian and a Dutch office, a week grid, a
US team with Excel serial dates). This module only plans; :mod:`.files` writes the plan the
way each department would, :mod:`.truth` computes what the rules must find from the plan.

The period is ISO weeks 41-44 of 2026, across the end of summer time in Europe (25 Oct)
while New York keeps it until 1 Nov: for that week New York is 5 hours behind, not 6.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

COORDINATOR_ZONE = "Europe/Amsterdam"
FIRST_DAY = date(2026, 10, 5)  # Monday of ISO week 41
DAYS = 28
NOW = datetime(2026, 9, 28, 9, 0, tzinfo=ZoneInfo(COORDINATOR_ZONE))
CHANNELS = ("LinkedIn", "Instagram", "X", "Facebook", "YouTube", "Newsletter")


@dataclass(frozen=True)
class Person:
    first: str
    last: str  # may carry a particle: "de Vries"
    ascii_first: str
    ascii_last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        return f"{self.ascii_first.lower()}.{self.ascii_last.lower().replace(' ', '')}@harbourvine.example"

    @property
    def last_first(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def initials(self) -> str:
        return (self.first[0] + "".join(w[0] for w in self.last.split())).upper()

    @property
    def initial_last(self) -> str:
        return f"{self.first[0]}. {self.last}"

    def spellings(self) -> set[str]:
        """Every faithful way a file may write this person."""
        return {self.full, self.email, self.last_first, self.initials, self.initial_last}


PEOPLE = [
    Person("Pieter", "Jansen", "pieter", "jansen"),
    Person("Lena", "Vogt", "lena", "vogt"),
    Person("Lena", "Becker", "lena", "becker"),  # same first name as Lena Vogt: a decoy
    Person("Tom", "Becker", "tom", "becker"),  # same last name as Lena Becker: a decoy
    Person("Giulia", "Rossi", "giulia", "rossi"),
    Person("Marco", "Bianchi", "marco", "bianchi"),
    Person("Ana", "Costa", "ana", "costa"),
    Person("Sanne", "de Vries", "sanne", "devries"),
    Person("Jürgen", "Müller", "juergen", "mueller"),
    Person("Chloé", "Martin", "chloe", "martin"),
    Person("Ben", "Carter", "ben", "carter"),
    Person("Maria", "García", "maria", "garcia"),
    Person("Aino", "Korhonen", "aino", "korhonen"),
    Person("Mikko", "Virtanen", "mikko", "virtanen"),
]


@dataclass
class Post:
    pid: str
    dept: str  # department key (see DEPARTMENTS)
    title: str
    start: datetime  # aware, in the department's zone; midnight for all-day
    end: datetime | None  # None: the file gives no end
    channel: str | None = None  # canonical
    person: Person | None = None
    also: Person | None = None  # a second owner in the same field ("GR e MB")
    all_day: bool = False
    cancelled: bool = False
    effort: str | None = None  # a duplicated effort shared with other departments
    series: str | None = None  # occurrences of one recurring series share it
    moved_from: datetime | None = None  # a moved occurrence: where the series had it
    note: str = ""

    @property
    def people(self) -> list[Person]:
        return [p for p in (self.person, self.also) if p is not None]

    @property
    def effective_end(self) -> datetime:
        if self.end is not None and self.end > self.start:
            return self.end
        return self.start + timedelta(minutes=30)


@dataclass(frozen=True)
class Department:
    key: str
    name: str
    zone: str
    writer: str  # which habit writes its file (files.WRITERS)
    has_owner: bool = True
    has_end: bool = True
    slots: tuple[time, ...] = ()  # a grid of fixed times, if the department plans in one


DEPARTMENTS = [
    Department("comms", "Corporate Communications", "Europe/Amsterdam", "outlook_ics"),
    Department("sales", "Sales North America", "America/New_York", "google_ics"),
    Department("brand", "Employer Brand", "Europe/Amsterdam", "google_csv", has_owner=False),
    Department("support", "Customer Support", "Europe/London", "outlook_csv"),
    Department("italia", "Marketing Italia", "Europe/Rome", "italian_sheet", has_end=False),
    Department("product", "Product NL", "Europe/Amsterdam", "dutch_csv", has_end=False),
    Department("events", "Events", "Europe/Amsterdam", "week_grid", has_owner=False, has_end=False,
               slots=(time(9), time(10, 30), time(12), time(14), time(15, 30), time(17))),
    Department("partners", "Partner Marketing", "America/New_York", "serial_sheet"),
    Department("finland", "Harbour & Vine Finland", "Europe/Helsinki", "apple_ics"),
]
BY_KEY = {d.key: d for d in DEPARTMENTS}

# topics for ordinary posts: a subject and a kind, each title used once per company
_SUBJECTS = [
    "harbour crane retrofit", "cold-chain sensors", "the Antwerp depot", "our new CFO", "the winter timetable",
    "route planner 3", "customs paperwork", "the volunteer day", "green berths", "the apprentice class",
    "night shift safety", "ship-to-shore wifi", "the Leipzig office", "tracking alerts", "pallet pooling",
    "the museum partnership", "driver wellbeing", "rail freight to Milan", "the data centre move",
    "the supplier awards", "the river cleanup", "container yard robots", "the mentoring scheme",
    "invoice portal", "spare-parts shop", "the Lisbon hub", "battery barges", "the photo contest",
    "warehouse tours", "the annual survey", "quay lighting", "the Bremen fair", "customer council",
    "digital bill of lading", "the charity run", "port community app", "the graduate fair",
    "heat pumps at HQ", "the open-source SDK", "the 24/7 hotline", "reefer plugs", "the canteen menu",
    "our bike lease", "the crane simulator", "tide tables", "the chess club", "forklift licences", "solar roofs",
    "the staff choir", "lashing gear", "the API status page", "draught surveys", "the kids' day", "pilot boats",
    "the barista course", "weighbridge upgrades", "the e-learning portal", "dry docks", "the book club",
    "tug crews", "the fire drill", "bonded warehouses", "the alumni network", "truck platooning", "the sailing team",
    "ballast water", "the hackathon", "the parking app", "hazmat training", "the first-aid team", "sea shanties",
    "the coffee roaster", "gate appointments", "the photo archive", "the carpool board", "wind-assisted ships",
]
_KINDS = [
    "Teaser: {s}", "Behind the scenes: {s}", "Q&A on {s}", "Photo series — {s}", "Short video: {s}",
    "Explainer: {s}", "Interview about {s}", "Poll: {s}", "Recap of {s}", "Tips for {s}",
]

# duplicated efforts: one thing, each department in its own words (and language)
EFFORTS = [
    ("webinar", ["Webinar 'Cutting cloud costs' — register now", "Join our cloud cost webinar on Thursday",
                 "Webinar: costi del cloud sotto controllo", "Aanmelden: webinar cloudkosten"]),
    ("rotterdam", ["Port of Rotterdam opens our new terminal", "New terminal in Rotterdam is open",
                   "Inaugurato il nuovo terminal di Rotterdam", "Nieuwe terminal Rotterdam geopend"]),
    ("hiring", ["We are hiring 40 drivers in Genoa", "Genoa: 40 driver jobs open",
                "Cerchiamo 40 autisti a Genova", "Vacatures: 40 chauffeurs in Genua"]),
    ("report", ["Sustainability report 2026 is out", "Read our 2026 sustainability report",
                "Rapporto di sostenibilità 2026 online", "Duurzaamheidsverslag 2026 gepubliceerd"]),
    ("award", ["We won the Logistics Innovation Award", "Logistics Innovation Award goes to Harbour & Vine",
               "Vinto il Logistics Innovation Award", "Logistics Innovation Award gewonnen"]),
]
# look alike, are not one effort: different figures or editions
DECOY_EFFORTS = [
    ("Release notes: tracking app 4.2", "Release notes: tracking app 4.3"),
    ("Q2 results call", "Q3 results call"),
    ("Open day at the Hamburg office", "Open day at the Valencia office"),
]

_ANY = object()
_BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
SLOT = timedelta(minutes=60)  # the slot-clash rule's distance (truth.SLOT)


@dataclass(frozen=True)
class SeriesDef:
    """How a department's calendar writes one of its series: weekly from ``first`` on ``byday``,
    ``count`` dates, ``exdates`` left out."""
    first: datetime
    byday: str
    count: int
    exdates: list[datetime]


_LANG = {"comms": 0, "sales": 1, "brand": 0, "support": 1, "italia": 2, "product": 3, "events": 0, "partners": 1, "finland": 1}


@dataclass
class Company:
    seed: int
    posts: list[Post]
    rosters: dict[str, list[Person]]
    series_defs: dict[str, "SeriesDef"] = field(default_factory=dict)


class _Planner:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seed = seed
        self.posts: list[Post] = []
        self.counter = 0
        self.titles = [(k, s) for s in _SUBJECTS for k in _KINDS]
        self.rng.shuffle(self.titles)
        self.subject_uses: dict[str, list[tuple[str, date]]] = {}
        rng = self.rng
        pool = list(PEOPLE)
        rng.shuffle(pool)
        shared = pool[:3]  # people who work for several departments (they get double-booked)
        self.rosters: dict[str, list[Person]] = {}
        self.series_defs: dict[str, SeriesDef] = {}
        rest = pool[3:]
        for i, d in enumerate(DEPARTMENTS):
            if not d.has_owner:
                self.rosters[d.key] = []
                continue
            own = [rest[(i * 2 + k) % len(rest)] for k in range(2)]
            self.rosters[d.key] = list(dict.fromkeys(own + rng.sample(shared, rng.randint(1, 2))))

    def pid(self) -> str:
        self.counter += 1
        return f"p{self.counter}"

    def day(self, lo: int = 0, hi: int = DAYS - 1, weekdays: bool = True) -> date:
        while True:
            d = FIRST_DAY + timedelta(days=self.rng.randint(lo, hi))
            if not weekdays or d.weekday() < 5:
                return d

    def clock(self, dept: Department) -> time:
        if dept.slots:
            return self.rng.choice(dept.slots)
        return time(self.rng.randint(8, 17), self.rng.choice((0, 0, 15, 30, 45)))

    def add(self, dept: Department, when: datetime, title: str | None = None, **kw) -> Post:
        rng = self.rng
        minutes = rng.choice((15, 30, 30, 45, 60))
        end = when + timedelta(minutes=minutes) if dept.has_end else None
        person = kw.pop("person", _ANY)
        if person is _ANY:  # not given: one of the department's people
            person = rng.choice(self.rosters[dept.key]) if self.rosters[dept.key] else None
        channel = kw.pop("channel", _ANY)
        if channel is _ANY:
            channel = rng.choice(CHANNELS)
        end = kw.pop("end", end)
        zone = ZoneInfo(dept.zone)
        when = when.astimezone(zone)  # the department writes its own clock
        end = end.astimezone(zone) if end is not None and dept.has_end else None  # no end column: none
        post = Post(self.pid(), dept.key, title or self._title(dept, when.date()), when, end, channel=channel,
                    person=person, **kw)
        self.posts.append(post)
        return post

    def _title(self, dept: Department, day: date) -> str:
        """An ordinary title whose subject no other department posts about within 10 days
        (two teams on one subject in one week is a duplicated effort)."""
        for i, (kind, subject) in enumerate(self.titles):
            uses = self.subject_uses.get(subject, [])
            if all(d == dept.key or abs((day - when).days) > 9 for d, when in uses):
                del self.titles[i]
                self.subject_uses.setdefault(subject, []).append((dept.key, day))
                return kind.format(s=subject)
        raise RuntimeError("the title pool is used up")

    def local(self, dept: Department, d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=ZoneInfo(dept.zone))

    # -- what every department does anyway ------------------------------------------------
    def background(self) -> None:
        for dept in DEPARTMENTS:
            for _ in range(self.rng.randint(9, 14)):
                self.add(dept, self.local(dept, self.day(), self.clock(dept)))

    def series(self) -> None:
        """Recurring posts in the calendar departments: weekly on one or two days, some dates
        left out (EXDATE, or a cancelled occurrence), one occurrence moved (RECURRENCE-ID)."""
        rng = self.rng
        for key, title, weekdays, hour, count, skip in (("comms", "Monday market update", (0,), 9, 4, 1),
                                                        ("sales", "Tip of the day", (1, 3), 11, 8, 2)):
            dept = BY_KEY[key]
            channel = rng.choice(CHANNELS)
            person = rng.choice(self.rosters[key])
            days, d = [], FIRST_DAY
            while len(days) < count:
                if d.weekday() in weekdays:
                    days.append(d)
                d += timedelta(days=1)
            starts = [self.local(dept, x, time(hour, 30)) for x in days]
            skipped = set(rng.sample(range(1, count), skip))
            moved = rng.choice([i for i in range(count) if i not in skipped])
            sid = f"s-{key}"
            for i, when in enumerate(starts):
                if i in skipped:
                    continue
                post_start, moved_from = when, None
                if i == moved:
                    post_start = self.local(dept, days[i] + timedelta(days=1), time(rng.choice((13, 14, 15)), 0))
                    moved_from = when
                self.add(dept, post_start, title=title, channel=channel, person=person, series=sid,
                         end=post_start + timedelta(minutes=30), moved_from=moved_from)
            self.series_defs[sid] = SeriesDef(starts[0], ",".join(_BYDAY[w] for w in weekdays), count,
                                              sorted(starts[i] for i in skipped))
        # a weekly series of three with one extra date (RDATE) in the fourth week
        dept = BY_KEY["finland"]
        channel, person = rng.choice(CHANNELS), rng.choice(self.rosters["finland"])
        for week in range(3):
            when = self.local(dept, FIRST_DAY + timedelta(days=7 * week + 4), time(14))
            self.add(dept, when, title="Fika Friday photo", channel=channel, person=person, series="s-finland",
                     end=when + timedelta(minutes=30))
        extra = self.local(dept, FIRST_DAY + timedelta(days=23), time(14))
        self.add(dept, extra, title="Fika Friday photo", channel=channel, person=person, series="s-finland",
                 end=extra + timedelta(minutes=30), note="rdate")

    def all_day(self) -> None:
        """All-day and multi-day items in the .ics and CSV calendars; they never clash."""
        rng = self.rng
        for key, title, days in (("comms", "Press embargo: quarterly figures", 1), ("comms", "Dutch Logistics Week", 3),
                                 ("brand", "Careers fair Utrecht", 2), ("support", "Helpdesk migration freeze", 1)):
            dept = BY_KEY[key]
            d = self.day(0, DAYS - 4)
            start = self.local(dept, d, time(0))
            self.add(dept, start, title=title, channel=None if days > 1 else rng.choice(CHANNELS),
                     end=self.local(dept, d + timedelta(days=days), time(0)), all_day=True, person=None)

    # -- planted situations and their decoys ------------------------------------------------
    def _pair_depts(self, need_owner: bool = False) -> tuple[Department, Department]:
        pool = [d for d in DEPARTMENTS if d.has_owner or not need_owner]
        a, b = self.rng.sample(pool, 2)
        return a, b

    def _instant_in(self, dept: Department, instant: datetime) -> datetime:
        local = instant.astimezone(ZoneInfo(dept.zone))
        if dept.slots:  # a grid department posts at its slots only
            best = min(dept.slots, key=lambda t: abs(datetime.combine(local.date(), t) - local.replace(tzinfo=None)))
            local = datetime.combine(local.date(), best, tzinfo=ZoneInfo(dept.zone))
        return local

    def _decoy_instant(self, dept: Department, base: datetime, minutes: int) -> datetime:
        """An instant ``minutes`` after ``base`` as ``dept`` writes it; a grid department takes the
        nearest of its slots that still lies more than the rule's 60 minutes away."""
        if not dept.slots:
            return (base + timedelta(minutes=minutes)).astimezone(ZoneInfo(dept.zone))
        local = base.astimezone(ZoneInfo(dept.zone))
        far = [datetime.combine(local.date(), t, tzinfo=local.tzinfo) for t in dept.slots]
        far = [x for x in far if abs(x - base) > SLOT] or [local + timedelta(days=1)]
        return min(far, key=lambda x: abs(x - (base + timedelta(minutes=minutes))))

    def clashes(self) -> None:
        rng = self.rng
        for _ in range(rng.randint(4, 6)):
            a, b = self._pair_depts()
            channel = rng.choice(CHANNELS)
            base = self.local(a, self.day(), self.clock(a))
            self.add(a, base, channel=channel)
            gap = rng.choice((0, 10, 20, 30, 45, 55, 60)) * rng.choice((1, -1))  # 60: still within the rule
            other = self._instant_in(b, base + timedelta(minutes=gap))
            self.add(b, other, channel=channel)
        for _ in range(rng.randint(3, 5)):  # decoys: 65-120 minutes apart, or the same clock in other zones
            a, b = self._pair_depts()
            channel = rng.choice(CHANNELS)
            base = self.local(a, self.day(), rng.choice(a.slots) if a.slots else time(rng.randint(9, 13), 0))
            self.add(a, base, channel=channel)
            same_clock = self.local(b, base.date(), base.time())
            if not b.slots and abs(same_clock - base) > SLOT and rng.random() < 0.5:
                self.add(b, same_clock, channel=channel, note="same clock, other zone")
            else:
                self.add(b, self._decoy_instant(b, base, rng.choice((65, 75, 90, 120))), channel=channel,
                         note="decoy gap")
        for _ in range(2):  # decoy: the second post is cancelled
            a, b = self._pair_depts()
            if b.writer not in ("outlook_ics", "italian_sheet", "dutch_csv"):
                continue
            channel = rng.choice(CHANNELS)
            base = self.local(a, self.day(), self.clock(a))
            self.add(a, base, channel=channel)
            self.add(b, self._instant_in(b, base + timedelta(minutes=15)), channel=channel, cancelled=True)

    def bookings(self) -> None:
        rng = self.rng
        for _ in range(rng.randint(3, 5)):
            a, b = self._pair_depts(need_owner=True)
            both = [p for p in self.rosters[a.key] if p in self.rosters[b.key]]
            if not both:
                continue
            person = rng.choice(both)
            base = self.local(a, self.day(), time(rng.randint(9, 16), rng.choice((0, 30))))
            p1 = self.add(a, base, person=person, end=base + timedelta(minutes=60))
            overlap = rng.choice((0, 15, 30, 45) if a.has_end else (0, 15))
            when = self._instant_in(b, base + timedelta(minutes=overlap))
            self.add(b, when, person=person, end=when + timedelta(minutes=45) if b.has_end else None)
            assert p1.effective_end > when.astimezone(p1.start.tzinfo)
        for _ in range(rng.randint(2, 3)):  # decoys: back to back, or namesakes at one time
            a, b = self._pair_depts(need_owner=True)
            base = self.local(a, self.day(), time(rng.randint(9, 15), 0))
            both = [p for p in self.rosters[a.key] if p in self.rosters[b.key]]
            if both and b.has_end and rng.random() < 0.5:
                person = rng.choice(both)
                self.add(a, base, person=person, end=base + timedelta(minutes=60))
                later = base + timedelta(minutes=60)
                self.add(b, later.astimezone(ZoneInfo(b.zone)), person=person, note="back to back",
                         end=later + timedelta(minutes=30))
            else:
                lena_v, lena_b = PEOPLE[1], PEOPLE[2]
                self.rosters[a.key] = list(dict.fromkeys(self.rosters[a.key] + [lena_v]))
                self.rosters[b.key] = list(dict.fromkeys(self.rosters[b.key] + [lena_b]))
                self.add(a, base, person=lena_v, end=base + timedelta(minutes=60))
                when = self._instant_in(b, base + timedelta(minutes=15))
                self.add(b, when, person=lena_b, note="namesake", end=when + timedelta(minutes=30) if b.has_end else None)

    def overloads(self) -> None:
        rng = self.rng
        for n in (rng.randint(4, 6), rng.randint(4, 5), 3, 3):  # two crowded days, two at the limit (decoys)
            channel = rng.choice(CHANNELS)
            d = self.day()
            for _ in range(n):
                dept = rng.choice(DEPARTMENTS)
                t = self.clock(dept)
                if dept.zone.startswith("America"):
                    t = time(rng.randint(6, 11), t.minute)  # still that day in Amsterdam
                self.add(dept, self.local(dept, d, t), channel=channel)
        for crowd in (3, 2):  # New York's evening before is this day in Amsterdam: 4 posts, or only 3
            channel = rng.choice(CHANNELS)
            d = self.day(1)
            for _ in range(crowd):
                dept = rng.choice([x for x in DEPARTMENTS if not x.zone.startswith("America")])
                self.add(dept, self.local(dept, d, self.clock(dept)), channel=channel)
            ny = rng.choice([x for x in DEPARTMENTS if x.zone.startswith("America")])
            self.add(ny, self.local(ny, d - timedelta(days=1), time(19, 30)), channel=channel, note="evening before")

    def efforts(self) -> None:
        rng = self.rng
        for key, phrasings in rng.sample(EFFORTS, 4):
            depts = rng.sample(DEPARTMENTS, rng.choice((2, 2, 3)))
            d = self.day(2, DAYS - 6)
            for dept in depts:
                title = phrasings[_LANG[dept.key]]
                if any(p.title == title for p in self.posts):
                    title = phrasings[(_LANG[dept.key] + 1) % len(phrasings)]
                day = _working_day(dept, d + timedelta(days=rng.randint(0, 4)))
                self.add(dept, self.local(dept, day, self.clock(dept)), title=title, effort=key)
        for first, second in DECOY_EFFORTS:
            a, b = rng.sample(DEPARTMENTS, 2)
            d = self.day(2, DAYS - 6)
            self.add(a, self.local(a, d, self.clock(a)), title=first, note="decoy effort")
            self.add(b, self.local(b, _working_day(b, d + timedelta(days=rng.randint(0, 3))), self.clock(b)), title=second,
                     note="decoy effort")


def _working_day(dept: Department, day: date) -> date:
    """A grid department's sheets show Monday to Friday: its weekend post moves to the Friday."""
    return day - timedelta(days=max(0, day.weekday() - 4)) if dept.slots else day


def make_company(seed: int) -> Company:
    planner = _Planner(seed)
    planner.background()
    planner.series()
    planner.all_day()
    planner.clashes()
    planner.bookings()
    planner.overloads()
    planner.efforts()
    posts, taken = [], set()
    for p in planner.posts:  # a grid has one cell per day and slot: a second post there is not planned
        if BY_KEY[p.dept].slots:
            if (p.dept, p.start) in taken:
                continue
            taken.add((p.dept, p.start))
        posts.append(p)
    for p in posts:  # an iCloud to-do list: a few posts are to-dos, due at their time, with no length
        if BY_KEY[p.dept].writer == "apple_ics" and not p.series and not p.note and planner.rng.random() < 0.15:
            p.note, p.end = "to-do", None
    for p in posts:  # the offices' sheets name two owners now and then
        roster = planner.rosters[p.dept]
        if BY_KEY[p.dept].writer in ("italian_sheet", "dutch_csv") and p.person and len(roster) > 1 \
                and planner.rng.random() < 0.12:
            p.also = planner.rng.choice([x for x in roster if x != p.person])
    for p in posts:  # a post that is not an event of a department with owners has none
        if not BY_KEY[p.dept].has_owner:
            p.person = None
    return Company(seed, posts, planner.rosters, planner.series_defs)
