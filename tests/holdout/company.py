"""Plan one held-out company as data: departments with habits, entries, and the truth.

`build(seed)` returns a `Company`; nothing here writes files (that is `files.py`). The
truth is computed from the planned facts by the rules PRODUCT.md states (slot clash: two
departments, same channel, starts within 60 minutes, never all-day; double booking: one
person on two overlapping entries, an entry without an end lasting 30 minutes), and the
planted duplicated efforts and decoys are listed as pairs of entry ids.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tests.holdout import pools

SHEET_KINDS = ("xlsx_months", "xlsx_single", "csv")
ICS_KINDS = ("ics_google", "ics_outlook", "ics_apple")
GRID_KIND = "xlsx_weekly"  # a week per block: days across, channels down, posts in the cells
CLASH_MINUTES = 60
DEFAULT_MINUTES = 30


@dataclass
class Person:
    id: str
    first: str
    last: str
    email: str


@dataclass
class Department:
    index: int
    name: str
    lang: str
    zone: str
    kind: str
    file: str
    habits: dict = field(default_factory=dict)
    channels: list = field(default_factory=list)  # canonical networks it posts on
    spelling: dict = field(default_factory=dict)  # canonical -> [ways it writes it]
    staff: list = field(default_factory=list)     # person ids


@dataclass
class Entry:
    id: str
    dept: int
    title: str
    day: date
    start: time | None
    end: time | None
    channel: str | None
    people: list
    kind: str = "background"
    notes: str = ""
    status: str = ""
    campaign: str = ""
    series: str = ""   # series key: entries of one planned series share it

    @property
    def all_day(self) -> bool:
        return self.start is None


@dataclass
class Company:
    seed: int
    name: str
    hq_zone: str
    departments: list
    people: dict
    entries: list
    clash_pairs: set = field(default_factory=set)
    booking_pairs: set = field(default_factory=set)
    duplicate_pairs: set = field(default_factory=set)
    decoys: dict = field(default_factory=dict)   # kind -> set of pairs that must not be flagged

    def dept(self, entry: Entry) -> Department:
        return self.departments[entry.dept]

    def interval(self, entry: Entry) -> tuple[datetime, datetime] | None:
        if entry.start is None:
            return None
        zone = ZoneInfo(self.dept(entry).zone)
        start = datetime.combine(entry.day, entry.start, zone)
        if entry.end is None:
            end = start + timedelta(minutes=DEFAULT_MINUTES)
        else:
            end = datetime.combine(entry.day, entry.end, zone)
        return start, end

    def truth_json(self) -> dict:
        return {
            "seed": self.seed, "company": self.name, "zone": self.hq_zone,
            "departments": [{"name": d.name, "lang": d.lang, "zone": d.zone, "kind": d.kind,
                             "file": d.file, "habits": d.habits} for d in self.departments],
            "entries": [{"id": e.id, "department": self.departments[e.dept].name,
                         "file": self.departments[e.dept].file, "title": e.title,
                         "date": e.day.isoformat(),
                         "start": e.start.strftime("%H:%M") if e.start else None,
                         "end": e.end.strftime("%H:%M") if e.end else None,
                         "channel": e.channel, "people": e.people, "kind": e.kind}
                        for e in self.entries],
            "slot_clashes": sorted(map(list, self.clash_pairs)),
            "double_bookings": sorted(map(list, self.booking_pairs)),
            "duplicates": sorted(map(list, self.duplicate_pairs)),
            "decoys": {k: sorted(map(list, v)) for k, v in self.decoys.items()},
        }


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


class _Planner:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seed = seed
        self.entries: list[Entry] = []
        self.used: set = set()
        self.decoys: dict[str, set] = {"slot_clash": set(), "double_booking": set(), "duplicate": set()}
        self.dups: set = set()

    # -- the company ---------------------------------------------------------------
    def company(self) -> Company:
        rng = self.rng
        self.name = rng.choice(pools.COMPANIES)
        self.domain = ascii_fold(self.name).lower().replace(" ", "-").replace("&", "and") + ".example"
        self.hq = rng.choice(pools.ZONES_HQ)
        first_monday = date(2026, 9, 7) + timedelta(weeks=rng.randrange(0, 30))
        self.days = [first_monday + timedelta(days=i) for i in range(7 * rng.randint(8, 10))]
        self.workdays = [d for d in self.days if d.weekday() < 5]
        self.people = self._people()
        self.spare_places = rng.sample(pools.PLACES, 10)  # kept for the planted campaigns
        self.used.update(("place", p) for p in self.spare_places)
        n = rng.randint(4, 7)
        self.departments = self._departments(n)
        for dept in self.departments:
            self._background(dept)
            self._series(dept)
        self._clashes()
        self._bookings()
        self._duplicates()
        company = Company(self.seed, self.name, self.hq, self.departments, self.people, self.entries)
        company.decoys = self.decoys
        company.duplicate_pairs = self.dups
        _truth_by_rule(company)
        return company

    def _people(self) -> dict:
        rng = self.rng
        firsts = rng.sample(pools.FIRST, 20)
        lasts = rng.sample(pools.LAST, 20)
        # two people sharing a first name: a decoy for "one person across spellings"
        lasts_twin = [x for x in pools.LAST if x not in lasts]
        people = {}
        for i, (f, l) in enumerate(zip(firsts, lasts)):
            people[f"p{i}"] = self._person(f"p{i}", f, l)
        people["p20"] = self._person("p20", firsts[0], rng.choice(lasts_twin))
        return people

    def _person(self, pid: str, first: str, last: str) -> Person:
        mail = ascii_fold(f"{first}.{last}").lower().replace(" ", "")
        return Person(pid, first, last, f"{mail}@{self.domain}")

    def _departments(self, n: int) -> list:
        rng = self.rng
        weighted = SHEET_KINDS * 2 + ICS_KINDS + (GRID_KIND,)  # most departments send spreadsheets
        kinds = [rng.choice(weighted) for _ in range(n)]
        if not any(k.startswith("ics") for k in kinds):
            kinds[rng.randrange(n)] = rng.choice(ICS_KINDS)
        if not any(k in SHEET_KINDS[:2] for k in kinds):
            kinds[rng.randrange(n)] = rng.choice(SHEET_KINDS[:2])
        slots = list(range(8))
        rng.shuffle(slots)
        depts = []
        staff_pool = [f"p{i}" for i in range(21)]
        shared = staff_pool[:4] + ["p20"]  # p0 and p20 share a first name
        own = staff_pool[4:20]
        rng.shuffle(own)
        regional = rng.randrange(n) if rng.random() < 0.5 else -1
        for i in range(n):
            lang = rng.choice(pools.LANGS)
            zone = self.hq
            if i == regional:
                zone = rng.choice(list(pools.ZONES_REGION))
                lang = "en" if zone != "Europe/London" or rng.random() < 0.7 else lang
            names = pools.DEPARTMENTS[lang]
            name = names[slots[i] % len(names)]
            while any(d.name == name for d in depts):
                name = rng.choice(names)
            dept = Department(i, name, lang, zone, kinds[i], "")
            dept.habits = _habits(rng, dept)
            if zone != self.hq and not dept.kind.startswith("ics"):
                dept.habits["zone_hint"] = "line" if dept.kind == GRID_KIND else \
                    rng.choice(["header", "line", "column"])
            dept.file = _file_name(rng, dept)
            k = rng.randint(2, 4)
            dept.channels = rng.sample(sorted(pools.NETWORKS), k)
            for c in pools.NETWORKS:
                ways = rng.sample(pools.NETWORKS[c], 2 if rng.random() < 0.25 else 1)
                dept.spelling[c] = ways
            dept.staff = [own.pop() for _ in range(2)] + rng.sample(shared, 2)
            depts.append(dept)
        return depts

    # -- entries -----------------------------------------------------------------------
    def _new(self, dept: Department, title: str, day: date, start: time | None,
             channel: str | None, people: list, kind: str, minutes: int | None = None) -> Entry:
        rng = self.rng
        end = None
        if dept.habits.get("no_people"):
            people = []  # the file does not say who: nobody can be double-booked there
        if start is not None and dept.habits["has_end"]:
            minutes = minutes or rng.choice([30, 45, 60, 90])
            stamp = datetime.combine(day, start) + timedelta(minutes=minutes)
            end = stamp.time() if stamp.date() == day else time(23, 45)
        entry = Entry(f"e{len(self.entries)}", dept.index, title, day, start, end, channel, people, kind)
        if rng.random() < 0.5:
            entry.notes = rng.choice(pools.NOTES[dept.lang])
        entry.status = rng.choice(pools.STATUS[dept.lang])
        self.entries.append(entry)
        return entry

    def _filler_title(self, lang: str) -> str:
        rng = self.rng
        for _ in range(200):
            k = rng.randrange(len(pools.BACKGROUND[lang]))
            template = pools.BACKGROUND[lang][k]
            if "{role}" in template:
                i = rng.randrange(len(pools.ROLES[lang]))
                key, values = ("role", i), {"role": pools.ROLES[lang][i]}
            elif "{name}" in template:
                v = rng.choice(pools.CUSTOMERS) if rng.random() < 0.3 else \
                    rng.choice(pools.NAME_HEADS) + rng.choice(pools.NAME_TAILS)
                key, values = ("name", v), {"name": v}
            elif "{person}" in template:
                f, l, place = rng.choice(pools.FIRST), rng.choice(pools.LAST), rng.choice(pools.PLACES)
                if ("place", place) in self.used:
                    continue
                self.used.add(("place", place))  # a place names one post only, whatever the template
                key, values = ("person", f, l), {"person": f"{f} {l}", "place": place}
            else:
                v = rng.choice(pools.PLACES)
                key, values = ("place", v), {"place": v}
            if key in self.used:
                continue
            self.used.add(key)
            return template.format(**values)
        raise RuntimeError("filler pools exhausted")

    def _slot(self) -> time:
        return time(self.rng.randint(8, 17), self.rng.choice([0, 0, 15, 30, 45]))

    def _background(self, dept: Department) -> None:
        rng = self.rng
        for _ in range(rng.randint(18, 34)):
            day = rng.choice(self.workdays if rng.random() < 0.93 else self.days)
            start = None if rng.random() < 0.06 else self._slot()
            self._new(dept, self._filler_title(dept.lang), day, start, rng.choice(dept.channels),
                      [rng.choice(dept.staff)], "background")

    def _series(self, dept: Department) -> None:
        rng = self.rng
        if rng.random() < 0.35:
            return
        free = [i for i in range(4) if ("series", i) not in self.used]
        if not free:
            return
        i = rng.choice(free)
        self.used.add(("series", i))
        title = pools.SERIES[dept.lang][i]
        first = rng.choice(self.workdays[:10])
        start, channel, who = self._slot(), rng.choice(dept.channels), [rng.choice(dept.staff)]
        for w in range(rng.randint(4, 7)):
            e = self._new(dept, title, first + timedelta(weeks=w), start, channel, who, "series", 30)
            e.series = f"s{dept.index}"

    def _local(self, dept: Department, instant: datetime) -> tuple[date, time]:
        local = instant.astimezone(ZoneInfo(dept.zone))
        return local.date(), local.time().replace(second=0, microsecond=0)

    def _two(self, with_people: bool = False) -> tuple[Department, Department]:
        depts = [d for d in self.departments if not (with_people and d.habits.get("no_people"))]
        a, b = self.rng.sample(depts, 2)
        return a, b

    def _clashes(self) -> None:
        rng = self.rng
        for i in range(rng.randint(4, 7)):
            a, b = self._two()
            common = sorted(set(a.channels) & set(b.channels))
            channel = rng.choice(common) if common else rng.choice(a.channels)
            if channel not in b.channels:
                b.channels.append(channel)
            day = rng.choice(self.workdays)
            t = datetime.combine(day, time(rng.randint(9, 15), rng.choice([0, 15, 30])), ZoneInfo(a.zone))
            decoy = i % 3 == 2
            gap = rng.choice([75, 90, 120, 150, 180]) if decoy else rng.choice(range(0, 60, 5))
            ea = self._new(a, self._filler_title(a.lang), t.date(), t.time(), channel,
                           [rng.choice(a.staff)], "clash")
            d, s = self._local(b, t + timedelta(minutes=gap))
            eb = self._new(b, self._filler_title(b.lang), d, s, channel, [rng.choice(b.staff)], "clash")
            if decoy:
                ea.kind = eb.kind = "clash_decoy"
                self.decoys["slot_clash"].add(pair(ea.id, eb.id))

    def _bookings(self) -> None:
        rng = self.rng
        shared = ["p0", "p1", "p2", "p3"]
        named = [d for d in self.departments if not d.habits.get("no_people")]
        if len(named) < 2:
            return
        for i in range(rng.randint(3, 5)):
            pid = rng.choice(shared)
            having = [d for d in named if pid in d.staff]
            if len(having) < 2:
                others = [d for d in named if d not in having]
                rng.shuffle(others)
                having += others[: 2 - len(having)]
                for d in having:
                    if pid not in d.staff:
                        d.staff.append(pid)
            a, b = rng.sample(having, 2)
            day = rng.choice(self.workdays)
            t = datetime.combine(day, time(rng.randint(9, 15), rng.choice([0, 30])), ZoneInfo(a.zone))
            ea = self._new(a, self._filler_title(a.lang), t.date(), t.time(), rng.choice(a.channels),
                           [pid], "booking", 60)
            back_to_back = i == 2 and a.habits["has_end"] and ea.end is not None
            offset = (datetime.combine(ea.day, ea.end) - datetime.combine(ea.day, ea.start)).seconds // 60 \
                if back_to_back else rng.choice([0, 10, 15, 20, 25])
            d, s = self._local(b, t + timedelta(minutes=offset))
            eb = self._new(b, self._filler_title(b.lang), d, s, rng.choice(b.channels), [pid], "booking", 60)
            if back_to_back:
                ea.kind = eb.kind = "booking_decoy"
                self.decoys["double_booking"].add(pair(ea.id, eb.id))
        # two people who share a first name, at one time in two departments
        a, b = self._two(with_people=True)
        for d, pid in ((a, "p0"), (b, "p20")):
            if pid not in d.staff:
                d.staff.append(pid)
        day = rng.choice(self.workdays)
        t = datetime.combine(day, time(rng.randint(9, 15), 0), ZoneInfo(a.zone))
        ea = self._new(a, self._filler_title(a.lang), t.date(), t.time(), rng.choice(a.channels),
                       ["p0"], "namesake", 60)
        d, s = self._local(b, t + timedelta(minutes=10))
        eb = self._new(b, self._filler_title(b.lang), d, s, rng.choice(b.channels), ["p20"], "namesake", 60)
        self.decoys["double_booking"].add(pair(ea.id, eb.id))

    def _topic_title(self, topic: dict, lang: str, place: str | None) -> str:
        template = self.rng.choice(pools.WORDINGS[topic["kind"]][lang])
        s = topic["s"][lang]
        text = template.format(s=s, place=place or "")
        return text[0].upper() + text[1:]

    def _duplicates(self) -> None:
        rng = self.rng
        topics = list(range(len(pools.TOPICS)))
        rng.shuffle(topics)
        n_dup = rng.randint(3, 5)
        base_days = rng.sample(self.workdays[3:-3], n_dup + 3)
        for k in range(n_dup):
            topic = pools.TOPICS[topics.pop()]
            place = self.spare_places.pop()
            group = rng.sample(self.departments, rng.choice([2, 2, 3]))
            day = base_days[k]
            ids = []
            for dept in group:
                d = day + timedelta(days=rng.randint(-3, 3))
                start = None if topic["kind"] in ("fair", "day") and rng.random() < 0.3 else self._slot()
                e = self._new(dept, self._topic_title(topic, dept.lang, place), d, start,
                              rng.choice(dept.channels), [rng.choice(dept.staff)], "duplicate")
                if rng.random() < 0.3:
                    e.notes = f"https://{self.domain}/{ascii_fold(topic['s']['en']).lower().replace(' ', '-')}"
                ids.append(e.id)
            for i, x in enumerate(ids):
                for y in ids[i + 1:]:
                    self.dups.add(pair(x, y))
        # decoys: one wording, another subject; one event kind, another place
        for k in range(rng.randint(2, 3)):
            a, b = self._two()
            day = base_days[n_dup + k]
            lang = rng.choice([a.lang, b.lang])
            left = [pools.TOPICS[t] for t in topics]
            if k % 2 == 0:
                kinds = sorted({t["kind"] for t in left if t["kind"] != "day"
                                and sum(u["kind"] == t["kind"] for u in left) > 1})
                if not kinds:
                    continue
                kind = rng.choice(kinds)
                t1, t2 = rng.sample([t for t in left if t["kind"] == kind], 2)
                p1 = p2 = None
            else:
                days = [t for t in left if t["kind"] == "day"]
                if not days:
                    continue
                t1 = t2 = rng.choice(days)
                p1, p2 = self.spare_places.pop(), self.spare_places.pop()
            topics = [t for t in topics if pools.TOPICS[t] is not t1 and pools.TOPICS[t] is not t2]
            template = rng.choice(pools.WORDINGS[t1["kind"]][lang])
            titles = [template.format(s=t["s"][lang], place=p or "") for t, p in ((t1, p1), (t2, p2))]
            if titles[0] == titles[1]:
                continue
            ea = self._new(a, titles[0][0].upper() + titles[0][1:], day, self._slot(),
                           rng.choice(a.channels), [rng.choice(a.staff)], "duplicate_decoy")
            eb = self._new(b, titles[1][0].upper() + titles[1][1:], day + timedelta(days=rng.randint(0, 3)),
                           self._slot(), rng.choice(b.channels), [rng.choice(b.staff)], "duplicate_decoy")
            self.decoys["duplicate"].add(pair(ea.id, eb.id))


def _habits(rng: random.Random, dept: Department) -> dict:
    """How one department writes its file."""
    lang = dept.lang
    h: dict = {}
    if dept.kind.startswith("ics"):
        h["channel_in"] = rng.choice(["categories", "tag_prefix", "tag_colon", "tag_suffix",
                                      "description", "location"])
        if dept.kind == "ics_outlook" and rng.random() < 0.7:
            h["channel_in"] = "categories"
        h["person_in"] = rng.choice(["organizer", "attendee", "description"])
        h["calname"] = rng.choice(["dept", "dept_social", "default"])
        h["has_end"] = True
        h["person_style"] = rng.choice(["full", "full", "email", "last_first"])
        return h
    if dept.kind == GRID_KIND:
        return _grid_habits(rng, dept)
    h["time_style"] = rng.choice(["sep", "sep", "range", "datetime"])
    h["has_end"] = h["time_style"] == "range" or rng.random() < 0.4
    by_lang = {
        "en": ["mdy_slash", "dmy_slash", "iso", "long", "wd_short", "wd_long"],
        "de": ["dmy_dot", "dmy_dot", "wd_short", "long", "iso"],
        "fr": ["dmy_slash", "dmy_slash", "long", "wd_long"],
        "es": ["dmy_slash", "dmy_slash", "long", "wd_short"],
        "nl": ["dmy_dash", "dmy_slash", "long", "wd_short"],
        "it": ["dmy_slash", "dmy_slash", "long", "wd_long"],
    }
    formats = by_lang[lang]
    if dept.kind.startswith("xlsx"):
        formats = formats + ["native", "native", "native", "serial"]
    h["date_format"] = rng.choice(formats)
    times = {"en": ["hm", "ampm", "ampm_short"], "de": ["hm", "h_uhr", "dot"], "fr": ["hm", "fr_h"],
             "es": ["hm", "hm_h"], "nl": ["hm", "dot"], "it": ["hm", "dot"]}[lang]
    if dept.kind.startswith("xlsx"):
        times = times + ["native", "native", "fraction"]
    h["time_format"] = rng.choice(times)
    h["all_day"] = rng.choice(["blank", "word"])
    h["person_style"] = rng.choice(["full", "full", "first", "initials", "email", "last_first",
                                    "first_initial"])
    optional = ["status", "notes", "campaign"]
    roles = ["title", "channel", "owner"] + [r for r in optional if rng.random() < 0.5]
    rng.shuffle(roles)
    when = {"sep": ["date", "time"] + (["end"] if h["has_end"] else []),
            "range": ["date", "range"], "datetime": ["datetime"] + (["end"] if h["has_end"] else [])}
    lead = when[h["time_style"]]
    h["columns"] = lead + roles if rng.random() < 0.75 else roles[:1] + lead + roles[1:]
    h["headers"] = {r: rng.choice(pools.HEADERS[r if r != "end" or h["time_style"] != "range" else "end"][lang])
                    for r in h["columns"]}
    h["title_block"] = rng.random() < 0.5
    if dept.kind.startswith("xlsx"):
        h["merge_title"] = h["title_block"] and rng.random() < 0.6   # the title merged across the table
        h["merge_dates"] = "date" in h["columns"] and rng.random() < 0.4  # one date cell over its day's rows
    if dept.kind == "csv":
        h["encoding"], h["sep"] = rng.choice({
            "en": [("utf-8", ","), ("utf-8-sig", ","), ("utf-16", "\t")],
            "de": [("cp1252", ";"), ("utf-8-sig", ";"), ("utf-8", ";")],
            "fr": [("cp1252", ";"), ("utf-8", ";"), ("utf-8-sig", ",")],
            "es": [("utf-8", ";"), ("cp1252", ";"), ("utf-8", ",")],
            "nl": [("utf-8", ";"), ("cp1252", ";"), ("utf-16", "\t")],
            "it": [("utf-8", ";"), ("cp1252", ";"), ("utf-8", "|")],
        }[lang])
        if h["date_format"] in ("native", "serial"):
            h["date_format"] = "iso"
    return h


TEXT_DATES = {"en": ["dmy_slash", "long", "wd_short"], "de": ["dmy_dot", "wd_short"], "fr": ["dmy_slash", "wd_long"],
              "es": ["dmy_slash", "wd_short"], "nl": ["dmy_dash", "wd_short"], "it": ["dmy_slash", "wd_long"]}
TEXT_TIMES = {"en": ["hm", "ampm"], "de": ["hm", "h_uhr"], "fr": ["hm", "fr_h"], "es": ["hm"], "nl": ["hm", "dot"],
              "it": ["hm", "dot"]}


def _grid_habits(rng: random.Random, dept: Department) -> dict:
    """A weekly grid: a row of dates per week, one row per channel, the posts in the cells."""
    h: dict = {"layout": "grid", "time_style": "grid", "has_end": False}
    h["grid_cell"] = rng.choice(["time_title", "lines", "title_time"])
    h["no_people"] = h["grid_cell"] == "time_title"   # "10:00 Title": nobody named
    h["grid_weeks"] = rng.choice(["stacked", "stacked", "sheets"])
    h["date_format"] = rng.choice(["native", "native"] + TEXT_DATES[dept.lang])
    h["weekday_row"] = rng.random() < 0.4
    h["weekend"] = rng.random() < 0.5
    h["time_format"] = rng.choice(TEXT_TIMES[dept.lang])
    h["person_style"] = rng.choice(["full", "first", "email"])
    h["title_block"] = rng.random() < 0.6
    h["merge_title"] = h["title_block"] and rng.random() < 0.5
    h["columns"], h["headers"], h["all_day"] = [], {}, "blank"
    return h


def _file_name(rng: random.Random, dept: Department) -> str:
    word = rng.choice(pools.FILE_WORDS[dept.lang])
    ext = {"xlsx_months": "xlsx", "xlsx_single": "xlsx", GRID_KIND: "xlsx", "csv": "csv"}.get(dept.kind, "ics")
    name = dept.name
    if ext == "ics":
        stem = rng.choice([name, f"{name} calendar", f"{name.lower()}_export"])
    else:
        stem = rng.choice([f"{name}_{word}", f"{word} - {name}", f"{name} {word} 2026"])
    return f"{stem}.{ext}".replace("/", "-")


def _truth_by_rule(company: Company) -> None:
    timed = [(e, company.interval(e)) for e in company.entries if e.start is not None]
    by_channel: dict = {}
    by_person: dict = {}
    for e, span in timed:
        if e.channel:
            by_channel.setdefault(e.channel, []).append((e, span))
        for p in e.people:
            by_person.setdefault(p, []).append((e, span))
    for items in by_channel.values():
        for i, (a, sa) in enumerate(items):
            for b, sb in items[i + 1:]:
                if a.dept != b.dept and abs((sa[0] - sb[0]).total_seconds()) <= CLASH_MINUTES * 60:
                    company.clash_pairs.add(pair(a.id, b.id))
    for items in by_person.values():
        for i, (a, sa) in enumerate(items):
            for b, sb in items[i + 1:]:
                if sa[0] < sb[1] and sb[0] < sa[1]:
                    company.booking_pairs.add(pair(a.id, b.id))


def build(seed: int) -> Company:
    return _Planner(seed).company()
