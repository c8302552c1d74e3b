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

import random
from datetime import date, datetime, time, timedelta
from itertools import count
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.clash_files import write_department
from tests.clash_model import (BUSY, CHANNELS, DEPARTMENTS, HOME, LIMIT, PERSON_STYLES, SHARED_FIRST, ZONES,
                               ClashCompany, Dept, Person, Post)
from tests.company_gen import ANGLE, FIRST, LAST, RARE_FIRST, STATUSES, TOPIC


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
