"""Plan drawing shared by the held-out companies: a planner that draws a company's posts one by one from
one random stream, and the weekly series with one skipped and one moved occurrence. A company gives its
zones, teams, clocks and titles, and overrides `fills` (what a filler title's slots are filled with);
everything else here is the same in every company that uses it, so the same seed draws the same plan."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Post, Series


class Title(str):
    """A filler title that remembers what it is about."""
    family: str | None = None
    slots: tuple = ()


def weekdays(first_day: date, weeks: int) -> list[date]:
    return [first_day + timedelta(days=i) for i in range(weeks * 7) if (first_day + timedelta(days=i)).weekday() < 5]


class Planner:
    def __init__(self, rnd: random.Random, *, zone: dict, teams: dict, times: dict, filler: dict, cal_depts=(),
                 cal_minutes=30, durations=(30, 45, 60), day_depts=(), single=(), slot_keys=()):
        self.rnd = rnd
        self.zone, self.teams, self.times, self.filler = zone, teams, times, filler
        self.cal_depts, self.cal_minutes, self.durations = cal_depts, cal_minutes, durations
        self.day_depts = day_depts      # departments whose files carry days only
        self.single = single            # tools whose export names one person
        self.slot_keys = slot_keys      # the fills a filler post is about
        self.posts: list[Post] = []
        self.series: list[Series] = []
        self.dups: dict[int, list[int]] = {}
        self.decoys: list[tuple[int, int]] = []

    def add(self, dept, title, channel, people, *, local=None, minutes=None, day=None, last_day=None,
            status="planned", **kw) -> Post:
        zone = ZoneInfo(self.zone[dept])
        start = end = None
        if dept in self.day_depts and local is not None:
            day, local = (local.astimezone(zone) if local.tzinfo else local).date(), None
        if local is not None and minutes is None and dept in self.cal_depts:
            minutes = self.cal_minutes   # a calendar event always has an end
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
        return self.rnd.choice(self.durations) if dept in self.cal_depts else None

    def owner(self, dept):
        team = self.teams[dept]
        people = [self.rnd.choice(team)]
        if dept not in self.single and self.rnd.random() < 0.2:
            other = self.rnd.choice(team)
            if other not in people:
                people.append(other)
        return people

    def fills(self, dept) -> dict:
        raise NotImplementedError

    def filler_title(self, dept):
        template = self.rnd.choice(self.filler[dept])
        fills = self.fills(dept)
        title = Title(template.format(**fills))
        title.family = template
        title.slots = tuple(str(v) for k, v in fills.items() if "{" + k + "}" in template and k in self.slot_keys)
        return title

    def at(self, dept, d, hm=None):
        h, m = hm or self.rnd.choice(self.times[dept])
        return datetime(d.year, d.month, d.day, h, m)


def weekly_series(pl: Planner, dept, title, channel, people, *, first_day: date, weeks: int, hm, moved: tuple[int, int]):
    """A weekly series in the department's wall clock from `first_day`: one occurrence after the first is
    skipped (EXDATE), another moved by `moved` = (days, hours)."""
    rnd = pl.rnd
    zone = ZoneInfo(pl.zone[dept])
    first = datetime(first_day.year, first_day.month, first_day.day, *hm, tzinfo=zone)
    occ = [first + timedelta(days=7 * i) for i in range(weeks)]   # aware arithmetic keeps the wall clock
    ex = rnd.sample(occ[1:], 1)
    moved_from = rnd.choice([o for o in occ[1:] if o not in ex])
    moved_to = (moved_from + timedelta(days=moved[0])).replace(hour=hm[0] + moved[1])
    s = Series(f"{dept}-weekly", dept, title, channel, people, first, weeks, 30, ex, {moved_from: moved_to})
    pl.series.append(s)
    for o in occ:
        if o not in ex:
            pl.add(dept, title, channel, people, local=s.moved.get(o, o), minutes=30, series=s.sid)
