"""Halcyon Audio Inc. (headphones and speakers; New York, with offices in Chicago, Los Angeles, London,
Dublin, Sydney, Toronto, Singapore and Johannesburg): the eighth held-out company, written without
reading the product. Ten departments, all writing English, each with its own people, channels, zone
and export habits; this module plans the posts (the truth), files.py writes them the way each
department does.

The hard part is English's own habits: month-first US dates beside day-first UK / Irish / Australian /
Singaporean ones (a Dublin sheet only ever plans the first twelve days of a month, so every one of its
rows reads both ways), 12-hour clocks, zone abbreviations in cells, three summer times that end on three
dates (Sydney's starts on 4 October, before the quarter; the UK's ends on 25 October, the US's on
1 November), people written "Jen Park", "Jennifer Park" and "jpark@halcyon.example".

A post's truth is what a person reading the department's file expects: the instant to the minute (the
day of an all-day entry, and of a post whose time is "TBD"), the channel as the network it is, the
people (by full name), the title as the department wrote it (trailing hashtags and emoji aside).
The records reuse holdout3's Post / Series / Company shapes."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.heldout_kit.plan import Planner, weekdays, weekly_series
from tests.holdout3.company import Company

COORDINATOR_ZONE = "America/New_York"
NYC = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # Monday; UK summer time ends Sun 25 Oct, US Sun 1 Nov; Sydney's began 4 Oct
WEEKS = 6


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    short: str          # what colleagues call them ("Jen"); the given name when none

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def nick(self) -> str:
        return f"{self.short} {self.family}"


PEOPLE = [
    Person("Jennifer", "Park", "Jen"), Person("Michael", "Rossi", "Mike"), Person("Olivia", "Bennett", "Liv"),
    Person("Daniel", "Cho", "Dan"),
    Person("Katherine", "Doyle", "Kate"), Person("Robert", "Hayes", "Rob"), Person("Samantha", "Reyes", "Sam"),
    Person("Matthew", "Kowalski", "Matt"), Person("Rebecca", "Stone", "Becca"), Person("Anthony", "Moreno", "Tony"),
    Person("Christopher", "Vega", "Chris"), Person("Ashley", "Kim", "Ashley"), Person("Tyler", "Brooks", "Tyler"),
    Person("Elizabeth", "Clarke", "Liz"), Person("William", "Hughes", "Will"), Person("Charlotte", "Evans", "Charlie"),
    Person("Thomas", "Wright", "Tom"),
    Person("Siobhán", "Murphy", "Siobhán"), Person("Patrick", "O'Brien", "Paddy"), Person("Aoife", "Byrne", "Aoife"),
    Person("Mia", "Nguyen", "Mia"), Person("Jack", "Wilson", "Jack"), Person("Chloe", "Taylor", "Chloe"),
    Person("Alexander", "Singh", "Alex"), Person("Emily", "Tremblay", "Emily"), Person("Nicholas", "Roy", "Nick"),
    Person("Rachel", "Lim", "Rachel"), Person("Benjamin", "Tan", "Ben"), Person("Priya", "Nair", "Priya"),
    Person("Thabo", "Nkosi", "Thabo"), Person("Naledi", "Dlamini", "Naledi"), Person("Pieter", "van der Merwe", "Pieter"),
]
PERSON = {p.full: p for p in PEOPLE}

TEAMS = {
    "brand": ["Jennifer Park", "Michael Rossi", "Olivia Bennett", "Daniel Cho"],
    "comms": ["Katherine Doyle", "Robert Hayes", "Samantha Reyes"],
    "chicago": ["Matthew Kowalski", "Rebecca Stone", "Anthony Moreno"],
    "la": ["Christopher Vega", "Ashley Kim", "Tyler Brooks"],
    "london": ["Elizabeth Clarke", "William Hughes", "Charlotte Evans", "Thomas Wright"],
    "dublin": ["Siobhán Murphy", "Patrick O'Brien", "Aoife Byrne"],
    "sydney": ["Mia Nguyen", "Jack Wilson", "Chloe Taylor"],
    "toronto": ["Alexander Singh", "Emily Tremblay", "Nicholas Roy"],
    "singapore": ["Rachel Lim", "Benjamin Tan", "Priya Nair"],
    "joburg": ["Thabo Nkosi", "Naledi Dlamini", "Pieter van der Merwe"],
}
DEPT_NAMES = {"brand": "Global Brand (NY)", "comms": "Corporate Communications", "chicago": "Partner Marketing Chicago",
              "la": "Creator Studio LA", "london": "EMEA Marketing London", "dublin": "Customer Community Dublin",
              "sydney": "Halcyon ANZ", "toronto": "Halcyon Canada", "singapore": "Halcyon APAC Singapore",
              "joburg": "Halcyon South Africa"}
ZONE = {"brand": "America/New_York", "comms": "America/New_York", "chicago": "America/Chicago",
        "la": "America/Los_Angeles", "london": "Europe/London", "dublin": "Europe/Dublin",
        "sydney": "Australia/Sydney", "toronto": "America/Toronto", "singapore": "Asia/Singapore",
        "joburg": "Africa/Johannesburg"}
CAL_DEPTS = ("comms",)   # a calendar: every event has an end
SINGLE = ("brand", "toronto")   # tools whose export names one person (HubSpot's creator, Asana's assignee)

CHANNELS = {
    "brand": ["Instagram", "LinkedIn", "X", "Facebook", "YouTube"],
    "comms": ["LinkedIn", "X", "Newsletter", "Blog"],
    "chicago": ["LinkedIn", "Newsletter", "Blog", "Facebook"],
    "la": ["Instagram", "TikTok", "YouTube", "X", "Pinterest"],
    "london": ["LinkedIn", "X", "Instagram", "Newsletter", "Blog"],
    "dublin": ["Facebook", "X", "Instagram", "Newsletter"],
    "sydney": ["Instagram", "Facebook", "LinkedIn", "TikTok"],
    "toronto": ["LinkedIn", "Instagram", "YouTube", "Newsletter"],
    "singapore": ["LinkedIn", "Instagram", "Facebook", "TikTok"],
    "joburg": ["LinkedIn", "Facebook", "X", "Instagram", "WhatsApp"],
}
TIMES = {   # each in its own wall clock
    "brand": [(0, 0), (8, 0), (9, 30), (11, 0), (12, 0), (13, 15), (15, 30), (17, 0)],   # a drop at 12:00 AM
    "comms": [(8, 30), (10, 0), (12, 0), (14, 0), (16, 30)],
    "chicago": [(8, 0), (9, 0), (10, 30), (14, 0), (15, 45)],
    "la": [(7, 0), (9, 15), (11, 30), (12, 0), (16, 0), (18, 30), (20, 0)],
    "london": [(8, 0), (9, 30), (10, 0), (12, 0), (13, 30), (15, 0), (16, 45)],
    "dublin": [(8, 30), (11, 0), (12, 0), (14, 30), (19, 0)],
    "sydney": [(7, 30), (9, 0), (12, 0), (17, 30), (19, 0)],
    "toronto": [(9, 0), (10, 30), (12, 0), (15, 30), (17, 0)],
    "singapore": [(8, 0), (9, 30), (12, 30), (14, 0), (20, 0)],
    "joburg": [(7, 0), (9, 0), (11, 30), (13, 0), (16, 0)],
}

CITIES = {"brand": ["Brooklyn", "Austin", "Miami"], "comms": ["New York", "Boston"],
          "chicago": ["Chicago", "Milwaukee", "Detroit"], "la": ["Los Angeles", "San Diego", "Las Vegas"],
          "london": ["Manchester", "Leeds", "Bristol"], "dublin": ["Dublin", "Cork", "Galway"],
          "sydney": ["Sydney", "Melbourne", "Brisbane"], "toronto": ["Toronto", "Montreal", "Vancouver"],
          "singapore": ["Singapore", "Kuala Lumpur", "Jakarta"], "joburg": ["Johannesburg", "Cape Town", "Durban"]}
PRODUCTS = ["Studio Pro", "Arc Buds", "Loft 2 speaker", "Pulse Mini"]
FIRST_NAMES = ["Maya", "Jordan", "Kofi", "Aisha", "Liam", "Sofia", "Ethan"]
FILLER = {
    "brand": ["Product spotlight: {product} in {city}", "Sound check: how we tune the {product}",
              "Customer story: {name} takes the {product} on tour", "Behind the design of the {product}",
              "Poll: which colour should we drop next?", "Reel: a day in the studio with {name}",
              "Community repost of the week", "Tips: get more from your {product}"],
    "comms": ["Press release: new flagship store in {city}", "Executive op-ed: the future of listening",
              "Halcyon named a great place to work", "Media briefing recap", "Investor note: Q3 highlights",
              "Exec interview on hearing health"],
    "chicago": ["Partner webinar recap: retail in {city}", "Reseller newsletter: holiday stock",
                "Case study: {product} at a {city} gym chain", "Partner of the month: {name}'s Hi-Fi",
                "Co-marketing kit for dealers", "Trade show recap: CEDIA"],
    "la": ["Creator collab: {name} x {product}", "Unboxing the {product}", "Studio session with {name}",
           "Pin it: desk setups with the {product}", "BTS at the {city} shoot", "Duet challenge: 10 seconds of silence"],
    "london": ["Meet the team: {name} in our {city} office", "Product spotlight: {product}", "Festival recap: {city}",
               "Press coverage round-up", "Newsletter: what's new this month", "We're hiring in {city}",
               "Blog: the science of noise cancelling"],
    "dublin": ["Support tip: pairing your {product}", "Community AMA with our support team",
               "Firmware update notes for the {product}", "Customer story: {name} from {city}",
               "How to claim your warranty", "Community meetup in {city}"],
    "sydney": ["Summer sounds: beach playlist with the {product}", "Customer story: {name} in {city}",
               "Store opening: {city} CBD", "Reel: surfing with the {product}", "Gift ideas for Dad",
               "Weekend giveaway: win a {product}"],
    "toronto": ["Customer story: {name} in {city}", "Hockey night playlist", "Product spotlight: {product}",
                "Newsletter: Canadian deals", "Behind the scenes at our {city} pop-up", "Winter commute with the {product}"],
    "singapore": ["Product spotlight: {product}", "Customer story: {name} in {city}", "Live Q&A with our engineers",
                  "Festival of Lights playlist", "Store opening in {city}", "Student offer: {product}"],
    "joburg": ["Customer story: {name} in {city}", "Load-shedding tips: keep your {product} charged",
               "Heritage Month playlist", "Product spotlight: {product}", "Pop-up store in {city}",
               "Braai day playlist"],
}

CAMPAIGNS = [   # the same effort, each team in its own words
    ["Black Friday: 30% off Studio Pro headphones", "Studio Pro headphones 30% off this Black Friday",
     "Black Friday deal – save 30% on Studio Pro", "30% off Studio Pro for Black Friday"],
    ["Arc Buds launch: pre-orders now open", "Pre-order the new Arc Buds today", "Arc Buds are here – pre-order now",
     "New Arc Buds: pre-orders open"],
    ["Halcyon Holiday Gift Guide 2026", "Our 2026 holiday gift guide is live", "The Halcyon gift guide for the 2026 holidays",
     "Holiday Gift Guide 2026: gifts for music lovers"],
    ["World Hearing Day pledge: protect your ears", "Protect your ears: our hearing health pledge",
     "Hearing health pledge – join us", "Take the Halcyon hearing health pledge"],
    ["Webinar: Spatial Audio 101 with our engineers", "Join our Spatial Audio 101 webinar",
     "Spatial Audio 101 – live webinar", "Register for Spatial Audio 101 (webinar)"],
    ["Halcyon 2026 Impact Report is out", "Read our 2026 Impact Report", "Our Impact Report 2026 has landed",
     "2026 Impact Report: what we did this year"],
]
CAMPAIGN_LINKS = ["https://halcyon.example/black-friday", "https://halcyon.example/arc-buds",
                  "https://halcyon.example/gift-guide-2026", "https://halcyon.example/hearing-pledge",
                  "https://halcyon.example/webinars/spatial-audio-101", "https://halcyon.example/impact-2026"]
DECOYS = [   # alike in words, different efforts (and the campaign each resembles: not drawn beside it)
    ("Holiday Gift Guide 2025: what you loved last year", "Halcyon Holiday Gift Guide 2026", 2),
    ("Webinar: Spatial Audio 201 – mixing for headphones", "Webinar: Spatial Audio 101 with our engineers", 4),
    ("Halcyon Live London 2026: tickets on sale", "Halcyon Live Sydney 2026: tickets on sale", None),
    ("Studio Pro firmware 3.1 release notes", "Studio Pro review round-up", None),
    ("Black Friday store opening hours", "Black Friday: 30% off Studio Pro headphones", 0),
]


def _days() -> list[date]:
    return weekdays(FIRST_DAY, WEEKS)


def days_of(dept: str) -> list[date]:
    """The days a department plans: Dublin's community team plans the first twelve days of each month
    only, so every date it writes day-first could be read month-first too."""
    return [d for d in _days() if dept != "dublin" or d.day <= 12]


class _Planner(Planner):
    def __init__(self, seed: int):
        super().__init__(random.Random(seed * 80021 + 41), zone=ZONE, teams=TEAMS, times=TIMES, filler=FILLER,
                         cal_depts=CAL_DEPTS, single=SINGLE, slot_keys=("product",))

    def fills(self, dept) -> dict:
        return {"name": self.rnd.choice(FIRST_NAMES), "city": self.rnd.choice(CITIES[dept]),
                "product": self.rnd.choice(PRODUCTS)}


def _local_day_ok(dept: str, t: datetime) -> bool:
    """A moment a department can plan: on one of its days, in its own wall clock, 07:00-21:00."""
    lt = t.astimezone(ZoneInfo(ZONE[dept]))
    return lt.date() in days_of(dept) and 7 <= lt.hour <= 21


def make_company(seed: int) -> Company:
    pl = _Planner(seed)
    rnd = pl.rnd
    depts = list(TEAMS)
    habits = {dept: _habits(rnd, dept) for dept in depts}

    n = 0
    for _ in range(60):   # slot clashes: one network, one moment, 0-45 minutes apart, each in its own zone
        if n == 5:
            break
        chan = rnd.choice(["LinkedIn", "Instagram", "X", "Facebook"])
        a, b = rnd.sample([d for d in depts if chan in CHANNELS[d]], 2)
        t0 = pl.at(a, rnd.choice(days_of(a))).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        if not _local_day_ok(b, t1):
            continue
        n += 1
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 75-150 minutes apart (noon in New York)
        chan = rnd.choice(["LinkedIn", "Instagram"])
        a, b = rnd.sample([d for d in ("brand", "comms", "chicago", "toronto", "london", "la") if chan in CHANNELS[d]], 2)
        d = rnd.choice(days_of(a))
        t0 = datetime(d.year, d.month, d.day, 11, 0, tzinfo=NYC)
        t1 = t0 + timedelta(minutes=rnd.choice([75, 90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, planted="decoy-slot")
    n = 0
    for _ in range(80):   # double bookings: a person of A named in B's entry, in B's own spelling
        if n == 4:
            break
        a, b = rnd.sample(depts, 2)
        person = rnd.choice(TEAMS[a])
        t0 = pl.at(a, rnd.choice(days_of(a))).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 10, 20]))
        if not _local_day_ok(b, t1):
            continue
        n += 1
        ca = rnd.choice(CHANNELS[a])
        cb = rnd.choice([c for c in CHANNELS[b] if c != ca] or CHANNELS[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        people = [person] if b in SINGLE else [person, rnd.choice(TEAMS[b])]
        pl.add(b, pl.filler_title(b), cb, people, local=t1, minutes=pl.duration(b), planted="booking")
    a, b = rnd.sample(["brand", "comms", "chicago", "toronto", "la"], 2)   # decoy: one person three hours apart
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(days_of(a))
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 9, 0, tzinfo=NYC),
           planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person], local=datetime(d.year, d.month, d.day, 12, 0, tzinfo=NYC),
           planted="decoy-booking")

    chan = rnd.choice(["LinkedIn", "Instagram"])   # an overloaded day (New York's): four posts 2+ hours apart
    able = [d for d in ("brand", "comms", "chicago", "toronto", "la", "london") if chan in CHANNELS[d]]
    d = rnd.choice(_days())
    for i, hm in enumerate([(8, 0), (11, 0), (14, 0), (17, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=NYC), planted="overload")

    active = rnd.sample(range(len(CAMPAIGNS)), 4)
    for gid, ci in enumerate(active, start=1):   # duplicated efforts
        camp = CAMPAIGNS[ci]
        base = _days()[rnd.randrange(3, len(_days()) - 5)]
        near = {d: [x for x in days_of(d) if 0 <= (x - base).days <= 4] for d in depts}
        ds = rnd.sample([d for d in depts if near[d]], rnd.choice([2, 3, 3]))   # within four days of each other
        words = rnd.sample(camp, len(ds))
        pids = []
        for dept, title in zip(ds, words):
            day = rnd.choice(near[dept])
            p = pl.add(dept, title, rnd.choice(CHANNELS[dept]), pl.owner(dept), local=pl.at(dept, day),
                       minutes=pl.duration(dept), dup=gid, slots=tuple(x for x in PRODUCTS if x in title),
                       note=CAMPAIGN_LINKS[ci])
            pids.append(p.pid)
        pl.dups[gid] = pids
    decoys = [(ta, tb) for ta, tb, like in DECOYS if like not in active]
    for did, (ta, tb) in enumerate(rnd.sample(decoys, min(3, len(decoys))), start=1):
        da, db = rnd.sample(depts, 2)
        day = rnd.choice(days_of(da))
        near = [x for x in days_of(db) if 0 <= (x - day).days <= 3] or days_of(db)[:2]
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da), local=pl.at(da, day), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db), local=pl.at(db, rnd.choice(near)), decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # series: Corporate Comms' weekly wrap in Outlook (RRULE, EXDATE, a moved occurrence) over both
    # summer-time ends; London's fortnightly newsletter written out row by row
    weekly_series(pl, "comms", "Halcyon Weekly Wrap", "LinkedIn", ["Robert Hayes"],
                  first_day=FIRST_DAY + timedelta(days=4),
                  weeks=WEEKS, hm=(15, 0), moved=(-1, -4))
    for w in range(0, WEEKS, 2):
        d = FIRST_DAY + timedelta(days=7 * w + 1)
        pl.add("london", "EMEA Newsletter", "Newsletter", ["Charlotte Evans"], local=datetime(d.year, d.month, d.day, 10, 0),
               series="london-fortnightly")

    d = rnd.choice(_days()[5:-5])   # all-day entries
    pl.add("joburg", "Joburg Music Expo (stand, 3 days)", None, ["Thabo Nkosi"], day=d, last_day=d + timedelta(days=2))
    d = rnd.choice(_days())
    pl.add("comms", "Embargo: Q3 results", None, ["Katherine Doyle"], day=d)

    for dept in depts:   # filler
        for _ in range(rnd.randint(12, 18)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.78, 0.14, 0.08])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept),
                   local=pl.at(dept, rnd.choice(days_of(dept))), minutes=pl.duration(dept), status=status)
    _tbd(pl)
    return Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)


def _tbd(pl: _Planner):
    """London and Toronto leave the time of a few drafts open ("TBD"): their truth is the day."""
    for dept in ("london", "toronto"):
        drafts = [p for p in pl.posts if p.dept == dept and p.status == "draft" and not p.planted and not p.dup
                  and not p.decoy and p.start is not None]
        for p in drafts[:1]:
            p.day, p.start, p.end = p.start.date(), None, None
            p.planted = "tbd"


def _habits(rnd: random.Random, dept: str) -> dict:
    """The writer's choices for this seed (read by files.py). `zone`: whether the file says its zone
    itself ("hint": a header or the cells name it) or the coordinator tells the reader (`--tz`)."""
    return {
        "brand": lambda: {"when": rnd.choice(["split", "joined"]), "names": rnd.choice(["full", "nick"]),
                          "zone": rnd.choice(["hint", "told"])},
        "comms": lambda: {"channel_in": rnd.choice(["categories", "summary"])},
        "chicago": lambda: {"time": rnd.choice(["abbr", "plain"]), "names": rnd.choice(["email", "full"])},
        "la": lambda: {"tool": rnd.choice(["sprout", "sprout", "google"]), "zone": rnd.choice(["daylight", "generic"]),
                       "names": rnd.choice(["full", "nick"])},
        "london": lambda: {"date": rnd.choice(["dmy", "cell", "dmy-short"]), "time": rnd.choice(["12h", "24h", "zone"]),
                           "names": rnd.choice(["nick", "full"])},
        "dublin": lambda: {"date": rnd.choice(["dmy", "dmy", "serial"])},
        "sydney": lambda: {"tool": rnd.choice(["trello", "outlook", "buffer"])},
        "toronto": lambda: {"time": rnd.choice(["dotted", "plain"])},
        "singapore": lambda: {"date": rnd.choice(["airtable", "iso"])},
        "joburg": lambda: {"zone": rnd.choice(["hint", "told"])},
    }[dept]()
