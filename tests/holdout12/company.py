"""Maple & Wattle Media (Toronto, with offices in Montréal, Vancouver, Halifax, Sydney, Perth and
Auckland, and a New York agency): the twelfth held-out company, written without reading the product.
Nine departments, each with its own people, networks, zone and tool; this module plans the posts (the
truth), files.py, sheets.py, exports.py and calendars.py write them the way each department does.

The hard part is the SHAPE of the files: Google Sheets templates (a tab per month, a column per day,
checkbox columns, emoji statuses), Excel with formulas (a date that is the row above plus one, a
publish moment that is date plus time), hidden rows and columns, autofilters, Excel tables with a
totals row, merged header bands and notes above the header, xlsm, ods; CSV as a Mac saves it (Mac
Roman, CR), TSV, ';' with a BOM, Excel's "Unicode text" (UTF-16, tabs); the exports of a dozen social
tools; .ics from Proton, Yahoo, Zoho, Zimbra, HCL Notes and Outlook for Mac. And three zone changes in
one period: Sydney's summer time starts Sunday 4 October, Auckland's began 27 September, North America's
ends Sunday 1 November; Perth keeps UTC+8.

A post's truth is what a person reading the department's file expects: the instant to the minute (the
day of an all-day entry), the channel as the network, the people by full name, the title as written.
A row hidden by hand or by a filter is still a post of the plan (hiding is how a person reads a sheet,
not a decision about the post); a totals row, a notes row and a template's example row are not posts."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Company, Post, Series

COORDINATOR_ZONE = "America/Toronto"
TOR = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 9, 28)   # Monday; AU summer time starts 4 Oct, North America's ends 1 Nov
WEEKS = 6

TEAMS = {
    "toronto": ["Priya Raman", "Jordan Whitfield", "Megan Kowalski", "Daniel Osei"],
    "montreal": ["Élise Tremblay", "Marc-André Gagnon", "Sophie Lévesque", "Julien Côté"],
    "vancouver": ["Kenji Nakamura", "Ashley Chen", "Ryan MacLeod"],
    "halifax": ["Geneviève Boudreau", "Seán MacNeil", "Colleen Fraser"],
    "sydney": ["Chloe Nguyen", "Lachlan Murphy", "Isabella Rossi", "Tom O'Brien"],
    "perth": ["Jack Thompson", "Mia Kelly", "Ethan Walsh"],
    "auckland": ["Aroha Tane", "Liam Fletcher", "Hana Patel"],
    "crm": ["Olivia Bennett", "Marcus Lee"],
    "agency": ["Taylor Brooks", "Jamal Carter", "Rachel Goldberg"],
}
DEPT_NAMES = {"toronto": "Brand & Content", "montreal": "Communications Québec", "vancouver": "West Coast Studio",
              "halifax": "Atlantic Newsroom", "sydney": "Maple & Wattle AU", "perth": "Perth Social",
              "auckland": "Maple & Wattle NZ", "crm": "CRM & Email", "agency": "Brightline Agency (NY)"}
LANG = {d: "en" for d in TEAMS} | {"montreal": "fr"}
ZONE = {"toronto": "America/Toronto", "montreal": "America/Toronto", "vancouver": "America/Vancouver",
        "halifax": "America/Halifax", "sydney": "Australia/Sydney", "perth": "Australia/Perth",
        "auckland": "Pacific/Auckland", "crm": "America/Toronto", "agency": "America/New_York"}
CAL_DEPTS = ("agency",)          # every entry has an end (a calendar's DTEND)
SINGLE = ("perth", "auckland", "crm")   # the tool's author column: one person
NO_BOOK = ("crm",)
TIMED = tuple(TEAMS)

CHANNELS = {
    "toronto": ["LinkedIn", "Instagram", "Facebook", "TikTok", "YouTube"],
    "montreal": ["Facebook", "Instagram", "LinkedIn", "Newsletter", "Blog"],
    "vancouver": ["Instagram", "YouTube", "TikTok", "LinkedIn"],
    "halifax": ["Facebook", "X", "LinkedIn", "Blog"],
    "sydney": ["Instagram", "Facebook", "LinkedIn", "TikTok"],
    "perth": ["Facebook", "Instagram", "LinkedIn"],
    "auckland": ["Facebook", "Instagram"],
    "crm": ["Newsletter"],
    "agency": ["LinkedIn", "Instagram", "Facebook", "X"],
}
TIMES = {   # each in its own wall clock
    "toronto": [(8, 0), (9, 30), (11, 0), (13, 0), (15, 30)],
    "montreal": [(8, 30), (10, 0), (12, 0), (14, 30), (16, 0)],
    "vancouver": [(7, 30), (9, 0), (11, 30), (14, 0), (16, 30)],
    "halifax": [(8, 0), (10, 30), (12, 0), (14, 0), (15, 30)],
    "sydney": [(7, 0), (9, 0), (12, 30), (17, 0), (19, 30)],
    "perth": [(8, 0), (10, 0), (12, 0), (18, 30), (20, 0)],
    "auckland": [(7, 30), (9, 0), (12, 0), (17, 30), (19, 0)],
    "crm": [(6, 0), (7, 0), (10, 0)],
    "agency": [(9, 0), (10, 30), (13, 0), (14, 0), (16, 0)],
}
SHOWS = ["Two Hemispheres", "Night Shift", "Coastlines", "The Long Weekend", "Paper Trail", "Southern Light"]
PLACES = {"toronto": ["Toronto", "Ottawa"], "montreal": ["Montréal", "Québec"], "vancouver": ["Vancouver", "Victoria"],
          "halifax": ["Halifax", "Moncton"], "sydney": ["Sydney", "Newcastle"], "perth": ["Perth", "Fremantle"],
          "auckland": ["Auckland", "Wellington"], "crm": ["Toronto"], "agency": ["Brooklyn", "Manhattan"]}
FIRST_NAMES = ["Ava", "Noah", "Zoe", "Oscar", "Maya", "Leo", "Ruby"]
FILLER = {
    "toronto": ["Behind the scenes: {show}", "Creator spotlight: {name} from {place}", "New episode of {show} is live",
                "Poll: what should {show} cover next?", "Meet the team in {place}", "Weekend reads from the newsroom"],
    "montreal": ["Dans les coulisses de {show}", "Portrait de créatrice : {name} à {place}", "Nouvel épisode de {show}",
                 "Sondage : le prochain thème de {show}", "Rencontrez l'équipe de {place}", "Lectures de la fin de semaine"],
    "vancouver": ["Studio diaries: shooting {show}", "Reel: a day in {place}", "Trailer drop: {show}",
                  "Ask the editor with {name}", "Colour grading {show} in {place}", "Sunset timelapse over {place}"],
    "halifax": ["Newsroom notes: {show}", "Local voices: {name} in {place}", "Storm watch coverage plan",
                "Live blog: harbour festival in {place}", "Reader letters of the week", "Podcast clip: {show}"],
    "sydney": ["Arvo listen: {show}", "Creator spotlight: {name} in {place}", "New ep of {show} out now",
               "Spring playlist from the {place} team", "Q&A with the host of {show}", "Footy finals watch party in {place}"],
    "perth": ["Sunset session in {place}", "Meet {name}, our {place} producer", "{show}: the clip everyone's sharing",
              "Perth picks of the week", "Behind the mic: {show}", "Road trip from {place}"],
    "auckland": ["Kia ora from {place}: {show}", "Whānau stories: {name}", "Fresh episode of {show}",
                 "Weekend in {place}: our picks", "Studio tour in {place}", "Listener mail: {show}"],
    "crm": ["Weekly digest: {show} and more", "Members only: early access to {show}", "October highlights",
            "Your {place} events this week", "Podcast picks for the long weekend", "Subscriber survey: tell us more"],
    "agency": ["Paid social flight: {show}", "Influencer collab with {name}", "Brand lift study readout",
               "UGC contest: {show} fan edits", "Carousel: five facts about {show}", "Creator brief for {place} shoot"],
}
CAMPAIGNS = [   # the same effort, each office in its own words
    {"toronto": "Two Hemispheres season 3 premieres 15 October", "montreal": "Deux hémisphères : la saison 3 débute le 15 octobre",
     "sydney": "Two Hemispheres S3 premieres 15 Oct", "auckland": "Season 3 of Two Hemispheres lands 15 October",
     "vancouver": "Two Hemispheres season three premiere Oct 15", "agency": "Two Hemispheres Season 3 premiere – Oct 15"},
    {"toronto": "Maple & Wattle Listener Awards 2026: voting opens", "halifax": "Listener Awards 2026 voting is open",
     "perth": "Vote now: Maple & Wattle Listener Awards 2026", "montreal": "Prix des auditeurs Maple & Wattle 2026 : votez",
     "crm": "Listener Awards 2026 – cast your vote"},
    {"vancouver": "Live taping of Night Shift in Vancouver, 24 October", "toronto": "Night Shift live taping in Vancouver Oct 24",
     "sydney": "Night Shift live taping (Vancouver, 24 Oct)", "agency": "Night Shift live taping – Vancouver 10/24"},
    {"crm": "Annual subscriber report 2026", "halifax": "Our 2026 subscriber report is out",
     "auckland": "2026 subscriber report: the numbers", "perth": "Subscriber report 2026 now available"},
]
CAMPAIGN_LINKS = ["https://maplewattle.example/two-hemispheres-s3", "https://maplewattle.example/awards-2026",
                  "https://maplewattle.example/night-shift-live", "https://maplewattle.example/report-2026"]
DECOYS = [   # alike in words, different efforts (and the campaign each resembles: not drawn beside it)
    (("toronto", "Two Hemispheres season 2 recap"), ("sydney", "Two Hemispheres S3 casting call"), 0),
    (("halifax", "Listener Awards 2025 winners look back"), ("perth", "Vote for the Perth Fringe awards"), 1),
    (("vancouver", "Night Shift live taping tickets sold out in Toronto"), ("agency", "Night Shift merch drop"), 2),
    (("auckland", "2025 annual report: a look back"), ("crm", "Quarterly subscriber survey results"), 3),
    (("montreal", "Lancement du balado Coastlines à Montréal"), ("halifax", "Coastlines launch party in Halifax"), None),
]


class _Title(str):
    family: str | None = None
    slots: tuple = ()


def days() -> list[date]:
    """The working days planned on: from the Tuesday, since Sydney's and Auckland's Monday morning is still
    Sunday in Toronto, before the period the coordinator consolidates (from 28 September)."""
    return [FIRST_DAY + timedelta(days=i) for i in range(1, WEEKS * 7) if (FIRST_DAY + timedelta(days=i)).weekday() < 5]


class _Planner:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed * 130363 + 29)
        self.posts: list[Post] = []
        self.series: list[Series] = []
        self.dups: dict[int, list[int]] = {}
        self.decoys: list[tuple[int, int]] = []

    def add(self, dept, title, channel, people, *, local=None, minutes=None, day=None, last_day=None,
            status="planned", **kw) -> Post:
        zone = ZoneInfo(ZONE[dept])
        start = end = None
        if local is not None and minutes is None and dept in CAL_DEPTS:
            minutes = 60
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
        return self.rnd.choice([30, 60]) if dept in CAL_DEPTS else None

    def owner(self, dept):
        people = [self.rnd.choice(TEAMS[dept])]
        if dept not in SINGLE and self.rnd.random() < 0.2:
            other = self.rnd.choice(TEAMS[dept])
            if other not in people:
                people.append(other)
        return people

    def filler_title(self, dept):
        template = self.rnd.choice(FILLER[dept])
        fills = {"name": self.rnd.choice(FIRST_NAMES), "place": self.rnd.choice(PLACES[dept]),
                 "show": self.rnd.choice(SHOWS)}
        title = _Title(template.format(**fills))
        title.family = template
        title.slots = tuple(str(v) for k, v in fills.items() if "{" + k + "}" in template and k == "show")
        return title

    def at(self, dept, d, hm=None):
        h, m = hm or self.rnd.choice(TIMES[dept])
        return datetime(d.year, d.month, d.day, h, m)


def _local_ok(dept: str, t: datetime) -> bool:
    lt = t.astimezone(ZoneInfo(ZONE[dept]))
    return lt.date() in days() and 7 <= lt.hour <= 20


def make_company(seed: int) -> Company:
    pl = _Planner(seed)
    rnd = pl.rnd
    depts = list(TEAMS)
    habits = {dept: _habits(rnd, dept) for dept in depts}
    chans = dict(CHANNELS)
    if habits["auckland"]["tool"] == "hubspot":
        chans["auckland"] = ["Facebook", "Instagram", "LinkedIn", "Blog"]

    n = 0
    for _ in range(200):   # slot clashes: one network, one moment, 0-45 minutes apart, each in its own zone
        if n == 5:
            break
        chan = rnd.choice(["LinkedIn", "Instagram", "Facebook"])
        a, b = rnd.sample([d for d in TIMED if chan in chans[d]], 2)
        t0 = pl.at(a, rnd.choice(days())).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        if not _local_ok(b, t1) or t1.astimezone(ZoneInfo(ZONE[b])).minute % 15:
            continue
        n += 1
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 90-150 minutes apart (Toronto's 10:00)
        chan = rnd.choice(["LinkedIn", "Instagram"])
        a, b = rnd.sample([d for d in ("toronto", "montreal", "halifax", "agency", "vancouver") if chan in chans[d]], 2)
        d = rnd.choice(days())
        t0 = datetime(d.year, d.month, d.day, 10, 0, tzinfo=TOR)
        t1 = t0 + timedelta(minutes=rnd.choice([90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="decoy-slot")
    n = 0
    bookers = [d for d in TIMED if d not in NO_BOOK]
    for _ in range(300):   # double bookings: a person of A named in B's entry (in B's spelling)
        if n == 4:
            break
        a, b = rnd.sample(bookers, 2)
        person = rnd.choice(TEAMS[a])
        if habits[b].get("encoding") == "mac_roman" and not _mac_roman(person):
            continue
        t0 = pl.at(a, rnd.choice(days())).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15]))
        if not _local_ok(b, t1) or t1.astimezone(ZoneInfo(ZONE[b])).minute % 15:
            continue
        n += 1
        ca = rnd.choice(chans[a])
        cb = rnd.choice([c for c in chans[b] if c != ca] or chans[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        people = [person] if b in SINGLE else [person, rnd.choice(TEAMS[b])]
        pl.add(b, pl.filler_title(b), cb, people, local=t1, minutes=pl.duration(b), planted="booking")
    a, b = rnd.sample(["toronto", "montreal", "vancouver", "agency"], 2)   # decoy: one person three hours apart
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(days())
    pl.add(a, pl.filler_title(a), chans[a][0], [person], local=datetime(d.year, d.month, d.day, 10, 0, tzinfo=TOR),
           minutes=pl.duration(a), planted="decoy-booking")
    pl.add(b, pl.filler_title(b), chans[b][-1], [person], local=datetime(d.year, d.month, d.day, 13, 0, tzinfo=TOR),
           minutes=pl.duration(b), planted="decoy-booking")

    chan = "Instagram"   # an overloaded day (Toronto's): four posts 2+ hours apart
    able = [d for d in ("toronto", "vancouver", "montreal", "agency", "sydney") if chan in chans[d]]
    d = rnd.choice(days()[1:])
    for i, hm in enumerate([(8, 0), (10, 30), (13, 0), (16, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        t = datetime(d.year, d.month, d.day, *hm, tzinfo=TOR)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept), local=t, minutes=pl.duration(dept), planted="overload")

    active = rnd.sample(range(len(CAMPAIGNS)), 3)
    for gid, ci in enumerate(active, start=1):   # duplicated efforts, each office in its words
        camp = CAMPAIGNS[ci]
        base = days()[rnd.randrange(3, len(days()) - 5)]
        near = [x for x in days() if 0 <= (x - base).days <= 3]
        ds = rnd.sample(list(camp), rnd.choice([2, 3, 3]))
        pids = []
        for dept in ds:
            p = pl.add(dept, camp[dept], rnd.choice(chans[dept]), pl.owner(dept),
                       local=pl.at(dept, rnd.choice(near)), minutes=pl.duration(dept), dup=gid,
                       note=CAMPAIGN_LINKS[ci] if rnd.random() < 0.5 else "")
            pids.append(p.pid)
        pl.dups[gid] = pids
    decoys = [(a, b) for a, b, like in DECOYS if like not in active]
    for did, ((da, ta), (db, tb)) in enumerate(rnd.sample(decoys, min(3, len(decoys))), start=1):
        day = rnd.choice(days())
        near = [x for x in days() if 0 <= (x - day).days <= 3] or days()[:2]
        pa = pl.add(da, ta, rnd.choice(chans[da]), pl.owner(da), local=pl.at(da, day), minutes=pl.duration(da), decoy=did)
        pb = pl.add(db, tb, rnd.choice(chans[db]), pl.owner(db), local=pl.at(db, rnd.choice(near)),
                    minutes=pl.duration(db), decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # the agency's weekly creative review, a calendar series (RRULE) over North America's end of summer time
    _series(pl, "agency", "Weekly creative review", "LinkedIn", ["Taylor Brooks"], weekday=3, hm=(11, 0))
    d = rnd.choice(days()[5:-5])   # all-day entries
    pl.add("toronto", "Content freeze: Q4 brand refresh", None, ["Priya Raman"], day=d)
    pl.add("agency", "Shoot days: Night Shift promo (3 days)", None, ["Jamal Carter"], day=d, last_day=d + timedelta(days=2))

    for dept in depts:   # filler
        for _ in range(rnd.randint(10, 14)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.8, 0.13, 0.07])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(chans[dept]), pl.owner(dept),
                   local=pl.at(dept, rnd.choice(days())), minutes=pl.duration(dept), status=status)
    company = Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)
    company.channels = chans
    return company


def _mac_roman(s: str) -> bool:
    try:
        s.encode("mac_roman")
        return True
    except UnicodeEncodeError:
        return False


def _series(pl: _Planner, dept, title, channel, people, *, weekday, hm):
    rnd = pl.rnd
    zone = ZoneInfo(ZONE[dept])
    first_day = FIRST_DAY + timedelta(days=weekday)
    first = datetime(first_day.year, first_day.month, first_day.day, *hm, tzinfo=zone)
    occ = [first + timedelta(days=7 * i) for i in range(WEEKS)]
    occ = [o.replace(tzinfo=None).replace(tzinfo=zone) for o in occ]   # the wall clock stays 11:00
    ex = rnd.sample(occ[1:], 1)
    moved_from = rnd.choice([o for o in occ[1:] if o not in ex])
    moved_to = (moved_from + timedelta(days=1)).replace(hour=hm[0] + 3)
    s = Series(f"{dept}-weekly", dept, title, channel, people, first, WEEKS, 30, ex, {moved_from: moved_to})
    pl.series.append(s)
    for o in occ:
        if o not in ex:
            pl.add(dept, title, channel, people, local=s.moved.get(o, o), minutes=30, series=s.sid)


def _habits(rnd: random.Random, dept: str) -> dict:
    """The writer's choices for this seed (read by the writers)."""
    return {
        "toronto": lambda: {"layout": rnd.choice(["day-columns", "checklist"]), "hidden": rnd.random() < 0.6},
        "montreal": lambda: {"format": rnd.choice(["ods", "xlsx"]), "date": rnd.choice(["long", "short"])},
        "vancouver": lambda: {"ext": rnd.choice(["xlsx", "xlsm"]), "table": rnd.random() < 0.5,
                              "filter": rnd.random() < 0.5},
        "halifax": lambda: (lambda enc: {"encoding": enc})(rnd.choice(["mac_roman", "tsv", "semicolon_bom", "utf16"])),
        "sydney": lambda: {"tool": rnd.choice(["later", "planoly", "loomly", "coschedule"])},
        "perth": lambda: {"tool": rnd.choice(["sendible", "socialpilot", "publer", "metricool"])},
        "auckland": lambda: {"tool": rnd.choice(["meta", "hubspot"])},
        "crm": lambda: {"tool": "mailchimp"},
        "agency": lambda: {"tool": rnd.choice(["proton", "yahoo", "zoho", "zimbra", "notes", "outlook_mac"])},
    }[dept]()
