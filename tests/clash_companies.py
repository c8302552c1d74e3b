"""A random company with planted conflicts: its departments' calendars as files, and the truth.

``make_clash_company(seed, folder)`` writes 6–12 department calendars (xlsx and csv sheets with
random headers and formats, as :mod:`tests.company_gen` writes them, and Google-like and
Outlook-like .ics exports) and returns what the conflict rules must find in them:

- **slot clashes**: posts of different departments on one channel whose starts are at most
  55 minutes apart, the channel spelled per department ("LinkedIn", "LI", "linkedin company
  page"), the moment written in each file's own zone and format (a Berlin sheet, a London
  sheet with "(UK time)" in its header, UTC ``Z`` stamps, ``TZID=Eastern Standard Time``);
- **double bookings**: one person on two overlapping entries (the same start, or inside the
  other's explicit end), written per department as a full name, initials, an e-mail address
  or "Surname, First", one of them an occurrence of a weekly RRULE series;
- **overloads**: more than three posts on one channel on one day, each post 100+ minutes from
  the next (so no slot clash);

and decoys derived from the rules as the README states them, which must not be flagged: the
same channel 75–150 minutes apart, one department posting twice within the window
(``slot_clash_within_department`` is off), a cancelled entry (ignored statuses), an all-day
entry (never clashes, never books anyone), two people sharing a first name at one minute, the
same wall-clock time in two zones, a post at the instant of an EXDATE'd occurrence, and days
with exactly three posts on a channel.

Everything else keeps clear of the rules: two posts on one canonical channel are at least
three hours apart, one person's entries at least an hour apart even if an entry without an end
lasted two hours, no channel has more than two background posts on a day. The truth is
computed here, from the generator's own facts, never by the code under test.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from itertools import count
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.company_gen import (ANGLE, CHANNEL_SPELLINGS, DATE_FORMATS, FILLER, FIRST, HEADER_WORDS, LAST, RARE_FIRST,
                               STATUSES, TOPIC, _date_text, _time_text, _write_xlsx)

UTC = timezone.utc
HOME = "Europe/Berlin"  # the workspace's zone
LIMIT = 3  # Settings.overload_per_day
WINDOW = 60  # Settings.slot_minutes

# Canonical channel -> spellings departments use. company_gen's pool first (its first spelling names the
# network, "Twitter" being X), extended with the ways exports and sheets really write them.
_CANON = {"Twitter": "X"}
MORE_SPELLINGS = {
    "LinkedIn": ("linkedin company page", "LinkedIn Page", "LINKEDIN", "linked-in", "LinkedIn post"),
    "X": ("X/Twitter", "twitter / x", "X (formerly Twitter)", "TWITTER"),
    "Facebook": ("facebook", "FB", "Facebook page", "fb"),
    "Instagram": ("Instagram", "IG", "insta", "Instagram Reels"),
    "YouTube": ("YouTube", "You Tube", "YT"),
    "TikTok": ("TikTok", "Tik Tok"),
    "Blog": ("Blog", "Company blog", "corporate blog", "Blog post"),
    "Newsletter": ("Newsletter", "E-Mail newsletter", "email newsletter"),
}
CHANNELS: dict[str, tuple[str, ...]] = {}
for _sp in CHANNEL_SPELLINGS:
    _c = _CANON.get(_sp[0], _sp[0])
    CHANNELS[_c] = tuple(dict.fromkeys(_sp + MORE_SPELLINGS.get(_c, ())))
BUSY = ("LinkedIn", "X", "Instagram", "Facebook", "Blog", "Newsletter", "YouTube")  # channels conflicts are planted on

DEPARTMENTS = ("Marketing", "PR", "HR", "Support", "Sales", "Product", "Events", "Regional North", "Regional South",
               "Investor Relations", "Community", "Engineering Blog", "Legal", "Partnerships", "Customer Success")
# file-name noise around a department ("marketing_content_plan.xlsx"); the product strips such words
FILE_WORDS = ("plan", "calendar", "content_calendar", "social_plan", "editorial", "schedule", "2026")
ZONES = {  # zone name -> (share of departments, Windows name, sheet header hints, title-line hints)
    "Europe/Berlin": (0.6, "W. Europe Standard Time", ("",), ()),
    "Europe/London": (0.2, "GMT Standard Time", ("(UK time)", "(London)", "(BST)"), ("All times London",)),
    "America/New_York": (0.2, "Eastern Standard Time", ("(ET)", "(New York)", "(EDT)"),
                         ("All times Eastern", "Times: New York")),
}
PERSON_STYLES = ("full", "full", "initials", "email", "surname_first", "abbreviated")
# cancelled, in the language of each company_gen status family (same order as STATUSES)
CANCELLED = ("Cancelled", "Abgesagt", "annulé", "Cancelado", "cancelado", "annullato", "geannuleerd", "inställd",
             "odwołany", "dropped")
SHARED_FIRST = ("Lena", "Jonas", "Marta", "Hugo")  # first names two people of one company share


@dataclass(frozen=True)
class Person:
    first: str
    last: str

    def written(self, style: str) -> str:
        last = self.last.split()[-1]
        if style == "initials":
            return (self.first[0] + last[0]).upper()
        if style == "email":
            return f"{_ascii(self.first).lower()}.{_ascii(last).lower()}@acme.example"
        if style == "surname_first":
            return f"{self.last}, {self.first}"
        if style == "abbreviated":
            return f"{self.first} {last[0]}."
        return f"{self.first} {self.last}"

    def typed(self, style: str, r: random.Random) -> str:
        """As one cell has it: now and then in lower or upper case, or with a double space."""
        text = self.written(style)
        if style in ("full", "surname_first") and r.random() < 0.1:
            return r.choice((text.lower(), text.upper(), text.replace(" ", "  ", 1)))
        return text


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").replace(" ", "")


@dataclass
class Post:
    """One planted entry (an occurrence, for a series)."""

    id: int
    dept: str
    channel: str  # canonical
    person: Person | None
    start: datetime  # aware; for all-day entries midnight of ``day`` in the home zone
    end: datetime | None  # explicit end, or None
    title: str
    all_day: bool = False
    cancelled: bool = False
    series: str | None = None  # UID of the series it is an occurrence of
    recurrence_of: datetime | None = None  # an occurrence moved by a RECURRENCE-ID override: its original start
    role: str = "background"  # what it was planted as

    def span(self, assumed: int = 120) -> tuple[float, float]:
        s = self.start.timestamp()
        return s, self.end.timestamp() if self.end else s + assumed * 60


@dataclass
class Dept:
    name: str
    kind: str  # xlsx, csv, google, outlook
    zone: str
    style: str  # how people are written
    spelling: dict[str, str]  # canonical channel -> this department's spelling
    people: list[Person]
    has_end: bool  # sheets: an end column or a time range; ICS events always have DTEND
    has_status: bool
    status_family: int
    path: Path | None = None
    posts: list[Post] = field(default_factory=list)
    exdates: dict[str, list[datetime]] = field(default_factory=dict)  # series UID -> excluded starts


@dataclass
class ClashCompany:
    seed: int
    departments: list[Dept]
    posts: dict[int, Post]
    slot_clashes: set[frozenset[int]]  # true pairs
    double_bookings: set[frozenset[int]]
    overloads: list[frozenset[int]]  # every entry of the channel on that day
    decoys: dict[str, set[frozenset[int]]]  # rule -> pairs (or day sets) that must not be flagged

    @property
    def files(self) -> list[Path]:
        return [d.path for d in self.departments if d.path is not None]


class _Planner:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.ids = count(1)
        self.posts: dict[int, Post] = {}
        self.titles: set[str] = set()
        self.sealed: set[tuple[str, date]] = set()  # channel-days no more post may join
        self.truth_clash: set[frozenset[int]] = set()
        self.truth_book: set[frozenset[int]] = set()
        self.truth_over: list[frozenset[int]] = []
        self.decoys: dict[str, set[frozenset[int]]] = {"slot_clash": set(), "double_booking": set(), "overload": set()}
        self.first_day = date(2026, 9, 7) + timedelta(days=self.rng.randint(0, 7))
        self.days = 33  # ends before the DST change of late October

    # ----- the company ----------------------------------------------------------------------
    def company(self, folder: Path, n: int) -> list[Dept]:
        r = self.rng
        names = r.sample(DEPARTMENTS, n)
        firsts = list(dict.fromkeys(r.sample(FIRST + RARE_FIRST, len(FIRST + RARE_FIRST))))
        people: list[Person] = []
        initials: set[str] = set()
        lasts = list(LAST)
        for first in firsts:
            if len(people) >= 3 * n + 4:
                break
            last = r.choice(lasts)
            p = Person(first, last)
            if p.written("initials") in initials or first in SHARED_FIRST:
                continue
            initials.add(p.written("initials"))
            people.append(p)
        # two people who share a first name (the decoy), with different initials
        shared = r.choice(SHARED_FIRST)
        twins = []
        for last in r.sample(lasts, len(lasts)):
            p = Person(shared, last)
            if p.written("initials") not in initials:
                initials.add(p.written("initials"))
                twins.append(p)
            if len(twins) == 2:
                break
        self.twins = twins
        depts = []
        zones = list(ZONES)
        for i, name in enumerate(names):
            kind = r.choice(("xlsx", "xlsx", "csv", "google", "outlook"))
            zone = r.choices(zones, weights=[ZONES[z][0] for z in zones])[0]
            own = people[3 * i: 3 * i + 3] if 3 * i + 3 <= len(people) else r.sample(people, 3)
            if i < 2:
                own = own[:2] + [twins[i]]
            chans = r.sample(BUSY, r.randint(4, 6)) + r.sample(sorted(set(CHANNELS) - set(BUSY)), 1)
            depts.append(Dept(
                name=name, kind=kind, zone=zone, style=r.choice(PERSON_STYLES),
                spelling={c: r.choice(CHANNELS[c]) for c in chans}, people=list(own),
                has_end=kind in ("google", "outlook") or r.random() < 0.5, has_status=r.random() < 0.6,
                status_family=r.randrange(len(STATUSES))))
        # the twins' departments write full names: "Lena V." vs "Lena B." or initials would still differ,
        # but a department writing only first names is not in the pool at all
        self.depts = depts
        self.people = people + twins
        return depts

    # ----- placing --------------------------------------------------------------------------
    def day_of(self, moment: datetime) -> date:
        return moment.astimezone(ZoneInfo(HOME)).date()

    def fits(self, new: list[Post], apart_channel: int = 180, apart_person: int = 60, cap: int = LIMIT) -> bool:
        """Whether ``new`` keeps clear of every placed post (the members of ``new`` are planted together)."""
        for p in new:
            day = self.day_of(p.start)
            if p.channel and (p.channel, day) in self.sealed:
                return False
            for q in self.posts.values():
                if q.cancelled or p.cancelled:
                    continue
                if p.channel and q.channel == p.channel:
                    if p.all_day or q.all_day:
                        if self.day_of(q.start) == day and (p.all_day and q.all_day):
                            return False
                    elif abs(p.start.timestamp() - q.start.timestamp()) < apart_channel * 60:
                        return False
                if p.person is not None and q.person == p.person and not (p.all_day or q.all_day):
                    a0, a1 = p.span()
                    b0, b1 = q.span()
                    if a0 < b1 + apart_person * 60 and b0 < a1 + apart_person * 60:
                        return False
        counts: dict[tuple[str, date], int] = {}
        for p in new:
            if p.channel and not p.cancelled:
                key = (p.channel, self.day_of(p.start))
                counts[key] = counts.get(key, 0) + 1
        for key, k in counts.items():
            have = sum(1 for q in self.posts.values()
                       if q.channel == key[0] and not q.cancelled and self.day_of(q.start) == key[1])
            if have + k > cap:  # a day over the limit is planted on purpose, never by chance
                return False
        return True

    def add(self, posts: list[Post]) -> list[Post]:
        for p in posts:
            self.posts[p.id] = p
            self.dept(p.dept).posts.append(p)
        return posts

    def dept(self, name: str) -> Dept:
        return next(d for d in self.depts if d.name == name)

    def moment(self, dept: Dept, day: int | None = None) -> datetime:
        """A start on a working hour of the department's own zone that is also 07:00–21:00 at home."""
        r = self.rng
        while True:
            d = self.first_day + timedelta(days=r.randrange(self.days) if day is None else day)
            t = time(r.randint(7, 18), r.choice((0, 0, 15, 30, 45)))
            start = datetime.combine(d, t, ZoneInfo(dept.zone))
            home = start.astimezone(ZoneInfo(HOME))
            if 7 <= home.hour <= 21 and home.date() == d:
                return start

    def title(self) -> str:
        r = self.rng
        while True:
            text = f"{r.choice(TOPIC).capitalize()}: {r.choice(ANGLE)} ({r.randint(2, 99)})"
            if text not in self.titles:
                self.titles.add(text)
                return text

    def post(self, dept: Dept, channel: str | None, start: datetime, person: Person | None = None, *,
             minutes: int | None = None, role: str = "background", **kw) -> Post:
        r = self.rng
        if minutes is None and dept.has_end:
            minutes = r.choice((30, 45, 60))
        end = start + timedelta(minutes=minutes) if minutes and dept.has_end else None
        return Post(next(self.ids), dept.name, channel or "", person or r.choice(dept.people), start, end,
                    self.title(), role=role, **kw)

    def channel_of(self, *depts: Dept) -> str | None:
        common = [c for c in BUSY if all(c in d.spelling for d in depts)]
        return self.rng.choice(common) if common else None

    def attempt(self, make, tries: int = 200, **fit) -> list[Post] | None:
        for _ in range(tries):
            posts = make()
            if posts and self.fits(posts, **fit):
                return self.add(posts)
        return None

    # ----- planted conflicts ----------------------------------------------------------------
    def clash(self, size: int = 2) -> None:
        r = self.rng

        def make():
            ds = r.sample(self.depts, size)
            c = self.channel_of(*ds)
            if c is None:
                return None
            first = self.moment(ds[0])
            gaps = sorted(r.choice((0, 0, 5, 15, 25, 30, 40, 50, 55)) for _ in range(size - 1))
            if size == 3:
                gaps = [min(g, 25) for g in gaps]  # all three within 50 minutes: three pairs
            starts = [first] + [first + timedelta(minutes=g) for g in gaps]
            people = r.sample(self.people, size)
            return [self.post(d, c, s, p, role="clash") for d, s, p in zip(ds, starts, people)]

        posts = self.attempt(make)
        if posts:
            ids = [p.id for p in posts]
            self.truth_clash |= {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1:]}

    def booking(self) -> None:
        r = self.rng

        def make():
            a, b = r.choice(self.depts), r.choice(self.depts)
            person = r.choice(a.people)
            start = self.moment(a)
            first = self.post(a, r.choice(list(a.spelling)), start, person, minutes=r.choice((45, 60, 90)),
                              role="booking")
            inside = (first.end - first.start).total_seconds() // 60 if first.end else 0
            delay = r.choice([0] + ([15, 30] if inside > 30 else []))
            channels = [c for c in b.spelling if c != first.channel]
            second = self.post(b, r.choice(channels), start + timedelta(minutes=delay), person, role="booking")
            return [first, second]

        posts = self.attempt(make)
        if posts:
            self.truth_book.add(frozenset(p.id for p in posts))

    def overload(self, extra: int = 1) -> None:
        r = self.rng

        def make():
            c = r.choice(BUSY)
            ds = [d for d in self.depts if c in d.spelling]
            if len(ds) < 2:
                return None
            day = r.randrange(self.days)
            d0 = self.first_day + timedelta(days=day)
            if any(q.channel == c and self.day_of(q.start) == d0 for q in self.posts.values()):
                return None
            n = LIMIT + extra
            hours = sorted(r.sample(range(8 * 60, 21 * 60, 105), n))  # 105+ minutes apart: no clash
            posts = []
            for k, minute in enumerate(hours):
                dept = ds[k % len(ds)] if k < 2 else r.choice(ds)
                start = datetime.combine(d0, time(minute // 60, minute % 60), ZoneInfo(HOME))
                posts.append(self.post(dept, c, start, role="overload"))
            return posts

        posts = self.attempt(make, apart_channel=100, cap=LIMIT + extra)
        if posts:
            self.sealed.add((posts[0].channel, self.day_of(posts[0].start)))
            self.truth_over.append(frozenset(p.id for p in posts))

    # ----- decoys ---------------------------------------------------------------------------
    def decoy_pair(self, rule: str, posts: list[Post] | None) -> None:
        if posts and len(posts) >= 2:
            self.decoys[rule].add(frozenset(p.id for p in posts))

    def decoy_apart(self) -> None:
        """Same channel, two departments, 75–150 minutes apart: beyond the window."""
        r = self.rng

        def make():
            a, b = r.sample(self.depts, 2)
            c = self.channel_of(a, b)
            if c is None:
                return None
            start = self.moment(a)
            later = start + timedelta(minutes=r.choice((75, 90, 120, 150)))
            return [self.post(a, c, start, role="decoy:apart"), self.post(b, c, later, role="decoy:apart")]

        self.decoy_pair("slot_clash", self.attempt(make))

    def decoy_same_department(self) -> None:
        """One department posting twice on a channel within the window: not a clash by the rules."""
        r = self.rng

        def make():
            a = r.choice(self.depts)
            c = self.channel_of(a)
            if c is None or len(a.people) < 2:
                return None
            start = self.moment(a)
            p, q = r.sample(a.people, 2)
            return [self.post(a, c, start, p, role="decoy:same_dept"),
                    self.post(a, c, start + timedelta(minutes=r.choice((0, 20, 45))), q, role="decoy:same_dept")]

        self.decoy_pair("slot_clash", self.attempt(make))

    def decoy_cancelled(self) -> None:
        """A cancelled entry at another department's post on its channel, with its person booked too."""
        r = self.rng
        hosts = [d for d in self.depts if d.has_status or d.kind in ("google", "outlook")]
        if not hosts:
            return

        def make():
            a = r.choice(hosts)
            b = r.choice([d for d in self.depts if d is not a])
            c = self.channel_of(a, b)
            if c is None:
                return None
            start = self.moment(a)
            live = self.post(b, c, start + timedelta(minutes=r.choice((0, 10, 30))), role="decoy:cancelled")
            gone = self.post(a, c, start, live.person, role="decoy:cancelled", cancelled=True)
            return [gone, live]

        posts = self.attempt(make)
        self.decoy_pair("slot_clash", posts)
        self.decoy_pair("double_booking", posts)

    def decoy_all_day(self) -> None:
        """An all-day entry of a person and channel, and that person's timed post on the channel that day."""
        r = self.rng

        def make():
            a, b = r.sample(self.depts, 2)
            c = self.channel_of(a, b)
            if c is None:
                return None
            person = r.choice(a.people)
            timed = self.post(b, c, self.moment(b), person, role="decoy:all_day")
            day = self.day_of(timed.start)
            marker = Post(next(self.ids), a.name, c, person, datetime.combine(day, time(0), ZoneInfo(HOME)), None,
                          self.title(), all_day=True, role="decoy:all_day")
            return [marker, timed]

        posts = self.attempt(make)
        self.decoy_pair("slot_clash", posts)
        self.decoy_pair("double_booking", posts)

    def decoy_first_name(self) -> None:
        """Two people who share a first name, at the same minute, on different channels."""
        r = self.rng
        a, b = self.depts[0], self.depts[1]  # the twins' departments

        def make():
            start = self.moment(a)
            one = self.post(a, r.choice(list(a.spelling)), start, self.twins[0], role="decoy:first_name")
            others = [c for c in b.spelling if c != one.channel]
            return [one, self.post(b, r.choice(others), start, self.twins[1], role="decoy:first_name")]

        self.decoy_pair("double_booking", self.attempt(make))

    def decoy_wall_clock(self) -> None:
        """The same wall-clock time in two zones hours apart (Berlin 10:00, New York 10:00)."""
        r = self.rng
        pairs = [(a, b) for a in self.depts for b in self.depts
                 if a.zone != b.zone and "America" in a.zone + b.zone and self.channel_of(a, b)]
        if not pairs:
            return

        def make():
            a, b = r.choice(pairs)
            c = self.channel_of(a, b)
            start = self.moment(a)
            there = datetime.combine(start.date(), start.timetz().replace(tzinfo=None), ZoneInfo(b.zone))
            if self.day_of(there) != self.day_of(start):
                return None
            return [self.post(a, c, start, role="decoy:wall_clock"), self.post(b, c, there, role="decoy:wall_clock")]

        self.decoy_pair("slot_clash", self.attempt(make))

    def decoy_boundary_day(self) -> None:
        """Exactly three posts on a channel on one day: the limit, not over it."""
        r = self.rng

        def make():
            c = r.choice(BUSY)
            ds = [d for d in self.depts if c in d.spelling]
            if not ds:
                return None
            d0 = self.first_day + timedelta(days=r.randrange(self.days))
            if any(q.channel == c and self.day_of(q.start) == d0 for q in self.posts.values()):
                return None
            hours = sorted(r.sample(range(8 * 60, 21 * 60, 200), LIMIT))
            return [self.post(r.choice(ds), c, datetime.combine(d0, time(m // 60, m % 60), ZoneInfo(HOME)),
                              role="decoy:boundary") for m in hours]

        posts = self.attempt(make)
        if posts:
            self.sealed.add((posts[0].channel, self.day_of(posts[0].start)))
            self.decoys["overload"].add(frozenset(p.id for p in posts))

    # ----- a weekly series in an ICS calendar ------------------------------------------------
    def series(self) -> None:
        """A weekly RRULE of one ICS department with one EXDATE and one occurrence moved by a
        RECURRENCE-ID override. Its person is double-booked on one occurrence (written another way by
        another department). At the EXDATE'd instant and at the moved occurrence's original time
        another department posts on the series' channel, and at the EXDATE'd instant its person is
        booked elsewhere: no conflict. The moved occurrence clashes at its new time."""
        r = self.rng
        hosts = [d for d in self.depts if d.kind in ("google", "outlook")]
        if not hosts:
            return
        for _ in range(100):
            a = r.choice(hosts)
            c = self.channel_of(a)
            person = r.choice(a.people)
            first = self.moment(a, day=r.randrange(4))
            uid = f"series-{next(self.ids)}@acme.example"
            weeks = 6
            skip, moved_week, hit_week = r.sample(range(1, weeks), 3)
            title = self.title()
            occ = [Post(next(self.ids), a.name, c, person, first + timedelta(weeks=w),
                        first + timedelta(weeks=w, minutes=45), title, series=uid, role="series")
                   for w in range(weeks) if w != skip]
            moved = next(o for o in occ if o.start == first + timedelta(weeks=moved_week))
            original = moved.start
            moved.start = original + timedelta(hours=r.choice((3, 4, -3)), minutes=r.choice((0, 30)))
            moved.end = moved.start + timedelta(minutes=45)
            moved.title, moved.recurrence_of, moved.role = f"{title} (moved)", original, "series:moved"
            home = moved.start.astimezone(ZoneInfo(a.zone))
            if not 7 <= home.hour <= 19 or self.day_of(moved.start) != self.day_of(original):
                continue
            hit = next(o for o in occ if o.start == first + timedelta(weeks=hit_week))
            excluded = first + timedelta(weeks=skip)
            others = [d for d in self.depts if d is not a and c in d.spelling]
            b = r.choice([d for d in self.depts if d is not a])
            elsewhere = [x for x in b.spelling if x != c]
            booked = self.post(b, r.choice(elsewhere), hit.start + timedelta(minutes=15), person,
                               role="series:booking")
            extra = [booked, self.post(b, r.choice(elsewhere), excluded, person, role="decoy:exdate")]
            clash = None
            if others:
                extra.append(self.post(r.choice(others), c, excluded, role="decoy:exdate"))
                extra.append(self.post(r.choice(others), c, original, role="decoy:override_original"))
                clash = self.post(r.choice(others), c, moved.start + timedelta(minutes=r.choice((0, 20, 40))),
                                  role="series:clash")
                extra.append(clash)
            if not self.fits(occ + extra):
                continue
            self.add(occ + extra)
            a.exdates[uid] = [excluded]
            self.truth_book.add(frozenset((hit.id, booked.id)))
            if clash is not None:
                self.truth_clash.add(frozenset((moved.id, clash.id)))
                self.decoys["slot_clash"].add(frozenset((extra[2].id, moved.id)))
                self.decoys["slot_clash"].add(frozenset((extra[3].id, moved.id)))
            return

    # ----- background -----------------------------------------------------------------------
    def background(self) -> None:
        r = self.rng
        for d in self.depts:
            for _ in range(r.randint(10, 20)):
                self.attempt(lambda d=d: [self.post(d, r.choice(list(d.spelling)), self.moment(d))], tries=60, cap=2)
            if r.random() < 0.5:  # an all-day marker without a channel ("Trade fair", "Offsite")
                day = self.first_day + timedelta(days=r.randrange(self.days))
                self.add([Post(next(self.ids), d.name, "", r.choice(d.people),
                               datetime.combine(day, time(0), ZoneInfo(HOME)), None, self.title(), all_day=True)])


def make_clash_company(seed: int, folder: Path, departments: int | None = None) -> ClashCompany:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    plan = _Planner(seed)
    r = plan.rng
    depts = plan.company(folder, departments or r.randint(6, 12))
    plan.series()
    for _ in range(r.randint(1, 2)):
        plan.overload(extra=r.choice((1, 2)))
    for _ in range(r.randint(5, 8)):
        plan.clash(3 if r.random() < 0.2 else 2)
    for _ in range(r.randint(3, 5)):
        plan.booking()
    plan.decoy_boundary_day()
    for decoy in (plan.decoy_apart, plan.decoy_same_department, plan.decoy_cancelled, plan.decoy_all_day,
                  plan.decoy_first_name, plan.decoy_wall_clock, plan.decoy_apart):
        decoy()
    plan.background()
    for i, d in enumerate(depts):
        write_department(d, folder, i, r)
    return ClashCompany(seed, depts, plan.posts, plan.truth_clash, plan.truth_book, plan.truth_over, plan.decoys)


# ----- writing the files ----------------------------------------------------------------------

def write_department(d: Dept, folder: Path, index: int, r: random.Random) -> None:
    stem = d.name.lower().replace(" ", "_")
    if d.kind in ("google", "outlook"):
        d.path = folder / f"{stem}_{r.choice(('calendar', 'export', 'google' if d.kind == 'google' else 'outlook'))}.ics"
        d.path.write_text(_ics(d, r), encoding="utf-8", newline="")
    else:
        d.path = folder / f"{stem}_{r.choice(FILE_WORDS)}.{d.kind}"
        _sheet(d, r)


def _sheet(d: Dept, r: random.Random) -> None:
    zone = ZoneInfo(d.zone)
    date_fmt = r.choice(DATE_FORMATS)
    combined = date_fmt in ("datetime_cell", "datetime_iso")
    if d.kind == "csv" and date_fmt in ("cell", "datetime_cell"):
        date_fmt = "iso" if date_fmt == "cell" else "datetime_iso"
    time_fmt = None if combined else r.choice(("hh:mm", "h:mm am", "h.mm", "14h30", "h am", "range", "range_ampm")
                                              + (("cell",) if d.kind == "xlsx" else ()))
    if time_fmt in ("range", "range_ampm") and not d.has_end:
        time_fmt = "hh:mm"
    in_title = r.random() < 0.2  # no channel column: each title names its network ("LinkedIn: …", "[LI] …")
    tag = r.choice(("{c}: {t}", "[{c}] {t}", "{t} | {c}", "{c} – {t}"))
    kinds = ["date", "owner", "title"] + ([] if in_title else ["channel"]) + (["time"] if time_fmt else [])
    duration = d.has_end and time_fmt not in ("range", "range_ampm") and r.random() < 0.3
    if d.has_end and time_fmt not in ("range", "range_ampm"):
        kinds.append("duration" if duration else "end_time")
    if d.has_status:
        kinds.append("status")
    if r.random() < 0.5:
        kinds.append("description")
    r.shuffle(kinds)
    words = r.sample([w for w in HEADER_WORDS if len(w) > 2], len(kinds))
    hint = r.choice(ZONES[d.zone][2])
    title_lines = ZONES[d.zone][3]
    above: list[list] = []
    if d.zone != HOME and (not hint or r.random() < 0.4) and title_lines:
        above = [[f"{d.name} plan – {r.choice(title_lines)}"], []]
        hint = ""
    headers = [f"{w} {hint}".strip() if k in ("time", "date") and combined == (k == "date") else w
               for w, k in zip(words, kinds)]
    statuses = STATUSES[d.status_family]
    rows = []
    posts = sorted(d.posts, key=lambda p: p.start)
    if combined or time_fmt is None:
        posts = [p for p in posts]
    for p in posts:
        local = p.start.astimezone(zone) if not p.all_day else p.start
        end_local = p.end.astimezone(zone) if p.end else local + timedelta(minutes=30)
        cells = {}
        for k in kinds:
            if k == "date":
                if p.all_day and date_fmt in ("datetime_iso", "datetime_cell"):  # a date alone: all day
                    cells[k] = local.date().isoformat() if date_fmt == "datetime_iso" else local.date()
                else:
                    cells[k] = _date_text(r, date_fmt, local.date(), None if p.all_day else local.time())
            elif k == "time":
                cells[k] = "" if p.all_day else _time_text(time_fmt, local.time(), end_local.time())
            elif k == "end_time":
                cells[k] = "" if p.all_day or not p.end else _time_text(
                    time_fmt if time_fmt not in (None, "range", "range_ampm") else "hh:mm", end_local.time(),
                    end_local.time())
            elif k == "duration":
                minutes = int((p.end - p.start).total_seconds() // 60) if p.end else 30
                cells[k] = "" if p.all_day else r.choice((f"{minutes} min", f"{minutes}min", f"{minutes} Min.")
                                                         if minutes < 60 or minutes % 60 else (f"{minutes // 60}h",
                                                                                             f"{minutes} min"))
            elif k == "channel":
                cells[k] = d.spelling.get(p.channel, "")
            elif k == "owner":
                cells[k] = p.person.typed(d.style, r) if p.person else ""
            elif k == "title":
                spelled = d.spelling.get(p.channel, "")
                cells[k] = tag.format(c=spelled, t=p.title) if in_title and spelled else p.title
            elif k == "status":
                cells[k] = CANCELLED[d.status_family] if p.cancelled else r.choice(statuses)
            elif k == "description":
                cells[k] = f"{r.choice(FILLER)} {p.title.lower()} for the {d.name} audience, with a picture."
        rows.append([cells[k] for k in kinds])
    if d.kind == "xlsx":
        months = sorted({(p.start.year, p.start.month) for p in posts})
        if len(months) > 1 and r.random() < 0.35:  # one sheet per month, as many plans are kept
            _write_months(d.path, headers, rows, [(p.start.year, p.start.month) for p in posts], above)
        else:
            _write_xlsx(d.path, headers, rows, above=above)
    else:
        with open(d.path, "w", encoding=r.choice(("utf-8", "utf-8-sig")), newline="") as fh:
            writer = csv.writer(fh, delimiter=r.choice((",", ";", "\t")))
            writer.writerows(above)
            writer.writerow(headers)
            writer.writerows(rows)


def _write_months(path: Path, headers: list[str], rows: list[list], months: list[tuple[int, int]],
                  above: list[list]) -> None:
    """A workbook with one sheet per month ("September 2026"), each with the title lines and the header."""
    from openpyxl import Workbook

    names = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
    wb = Workbook()
    wb.remove(wb.active)
    for ym in sorted(set(months)):
        ws = wb.create_sheet(f"{names[ym[1] - 1]} {ym[0]}")
        for line in above:
            ws.append(line)
        ws.append(headers)
        for row, m in zip(rows, months):
            if m == ym:
                ws.append(row)
        for column in ws.iter_cols(min_row=len(above) + 2):
            for cell in column:
                if isinstance(cell.value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(cell.value, date):
                    cell.number_format = "dd.mm.yyyy"
                elif isinstance(cell.value, time):
                    cell.number_format = "hh:mm"
    wb.save(path)


_VTIMEZONES = {
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "10;BYDAY=-1SU", "3;BYDAY=-1SU"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "10;BYDAY=-1SU", "3;BYDAY=-1SU"),
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "11;BYDAY=1SU", "3;BYDAY=2SU"),
}


def _vtimezone(tzid: str, zone: str) -> list[str]:
    std, dst, std_name, dst_name, std_rule, dst_rule = _VTIMEZONES[zone]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16011028T030000", f"RRULE:FREQ=YEARLY;BYMONTH={std_rule}",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", f"RRULE:FREQ=YEARLY;BYMONTH={dst_rule}",
            f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}", "END:DAYLIGHT", "END:VTIMEZONE"]


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur if not out else " " + cur)
            cur = ""
        cur += ch
    out.append(cur if not out else " " + cur)
    return out


def _ics(d: Dept, r: random.Random) -> str:
    """A Google-like (UTC stamps, X-WR-TIMEZONE, TZID on series) or Outlook-like (Windows TZID with a
    VTIMEZONE) export. The channel sits where this department's app lets it: CATEGORIES (alone or
    after another category), a "[LI]" or "LinkedIn:" prefix of SUMMARY, LOCATION, or a "Channel:"
    line of DESCRIPTION; the owner is the ORGANIZER (with or without CN) or an "Owner:" line."""
    google = d.kind == "google"
    tzid = d.zone if google else ZONES[d.zone][1]
    where = r.choice(("categories", "categories", "categories_second", "prefix", "colon", "suffix", "location",
                      "line"))
    bar = r.random() < 0.5
    who = r.choice(("organizer_cn", "organizer_mail", "line", "attendee")) if d.style != "email" else "organizer_mail"
    if d.style in ("initials", "surname_first", "abbreviated") and who == "organizer_mail":
        who = "line"
    calendar_address = f"c_{r.randrange(16 ** 12):012x}@group.calendar.google.com"
    calname = d.name if google else r.choice((d.name, f"{d.name} calendar", "Calendar"))
    if google and r.random() < 0.3 and d.people:
        calname = d.name  # a shared calendar of the team
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
             "PRODID:-//Google Inc//Google Calendar 70.9054//EN" if google
             else "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{_esc(calname)}"]
    if google:
        lines.append(f"X-WR-TIMEZONE:{d.zone}")
    lines += _vtimezone(tzid, d.zone)
    stamp = "20260901T080000Z"
    done_series: set[str] = set()

    floating = google and r.random() < 0.25  # some tools write local times and name the zone once (X-WR-TIMEZONE)

    def when(name: str, moment: datetime, utc: bool) -> str:
        if floating:
            return f"{name}:{moment.astimezone(ZoneInfo(d.zone)):%Y%m%dT%H%M%S}"
        if utc:
            return f"{name}:{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        return f"{name};TZID={tzid if google else chr(34) + tzid + chr(34)}:{moment.astimezone(ZoneInfo(d.zone)):%Y%m%dT%H%M%S}"

    for p in sorted(d.posts, key=lambda p: p.start):
        if p.series and p.series in done_series and p.recurrence_of is None:
            continue
        spelled = d.spelling.get(p.channel, "")
        summary, location, desc, cats = p.title, "", [], []
        if spelled:
            if where == "categories":
                cats = [spelled]
            elif where == "categories_second":
                cats = [r.choice(("Social Media", "Content", "Campaign")), spelled]
            elif where == "prefix":
                summary = f"[{spelled}] {p.title}"
            elif where == "colon":
                summary = f"{spelled}: {p.title}"
            elif where == "suffix":
                summary = f"{p.title} | {spelled}" if bar or "(" in spelled else f"{p.title} ({spelled})"
            elif where == "location":
                location = spelled
            else:
                desc.append(f"Channel: {spelled}")
        desc.append(f"{r.choice(FILLER)} {p.title.lower()}.")
        ev = ["BEGIN:VEVENT", f"UID:{p.series or f'{p.id}-{r.randrange(10 ** 8)}@acme.example'}", f"DTSTAMP:{stamp}"]
        if p.all_day:
            day = p.start.date()
            if not google and r.random() < 0.5:  # Outlook: midnight to midnight in its zone, flagged all day
                ev += [f'DTSTART;TZID="{tzid}":{day:%Y%m%d}T000000',
                       f'DTEND;TZID="{tzid}":{day + timedelta(days=1):%Y%m%d}T000000']
            else:
                ev += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"]
            if not google:
                ev.append("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
        else:
            end = p.end or p.start + timedelta(minutes=30)
            utc = google and not p.series
            ev += [when("DTSTART", p.start, utc), when("DTEND", end, utc)]
        if p.recurrence_of is not None:
            ev.append(when("RECURRENCE-ID", p.recurrence_of, False))
        elif p.series:
            done_series.add(p.series)
            occurrences = [q for q in d.posts if q.series == p.series]
            ev.append(f"RRULE:FREQ=WEEKLY;COUNT={len(occurrences) + len(d.exdates.get(p.series, []))}")
            for ex in d.exdates.get(p.series, []):
                ev.append(when("EXDATE", ex, False))
        ev.append(f"SUMMARY:{_esc(summary)}")
        if location:
            ev.append(f"LOCATION:{_esc(location)}")
        if p.person is not None:
            email = p.person.written("email")
            if who == "attendee":  # a team's shared calendar organises; the person attends
                ev.append(f"ORGANIZER;CN={_esc(calname)}:mailto:{calendar_address}")
                ev.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;'
                          f'CN="{p.person.typed(d.style, r)}":mailto:{email}')
            elif who == "organizer_cn":
                ev.append(f'ORGANIZER;CN="{p.person.typed(d.style, r)}":mailto:{email}')
            elif who == "organizer_mail":
                ev.append(f"ORGANIZER:mailto:{email}")
            else:
                desc.insert(0, f"Owner: {p.person.typed(d.style, r)}")
        ev.append(f"DESCRIPTION:{_esc(chr(10).join(desc))}")
        if cats:
            ev.append("CATEGORIES:" + ",".join(_esc(c) for c in cats))
        ev.append("STATUS:CANCELLED" if p.cancelled else "STATUS:CONFIRMED")
        if not google:
            ev.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
        ev.append("END:VEVENT")
        lines += ev
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
