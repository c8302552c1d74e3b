"""What the rules must find in Harbour & Vine's plan, computed from the plan alone.

The rules as the product states them (README, "Conflicts and duplicated efforts"), with the
default settings: a slot clash is two departments on one channel whose starts lie within 60
minutes (all-day entries never clash); a double booking is one person on two overlapping
entries (an entry without an end lasts 30 minutes; the occurrences of one series never book
their person twice; all-day entries book nobody); an overload is more than 3 posts on one
channel on one day of the coordinator's zone; a duplicated effort is one thing prepared by
several departments. Cancelled posts take part in no rule. A conflict is a connected set:
the entries linked by conflicting pairs; it is scored by its conflicting pairs (each must lie
inside one conflict) and by its members (each must conflict with another member).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from zoneinfo import ZoneInfo

from .company import COORDINATOR_ZONE, SLOT, Company, Post

OVERLOAD_LIMIT = 3


@dataclass
class Truth:
    slot_clash: set[frozenset[str]]  # pairs of post ids that conflict by the rule
    double_booking: set[frozenset[str]]
    overload: set[tuple[str, date]]  # (channel, day)
    duplicate: set[frozenset[str]]


def slot_pairs(posts: list[Post]) -> set[frozenset[str]]:
    by_channel: dict[str, list[Post]] = defaultdict(list)
    for p in posts:
        if p.channel and not p.all_day:
            by_channel[p.channel].append(p)
    pairs = set()
    for group in by_channel.values():
        for a, b in combinations(group, 2):
            if a.dept != b.dept and abs(a.start - b.start) <= SLOT:
                pairs.add(frozenset((a.pid, b.pid)))
    return pairs


def booking_pairs(posts: list[Post]) -> set[frozenset[str]]:
    by_person: dict[str, list[Post]] = defaultdict(list)
    for p in posts:
        if not p.all_day:
            for person in p.people:
                by_person[person.full].append(p)
    pairs = set()
    for group in by_person.values():
        for a, b in combinations(group, 2):
            if a.series and a.series == b.series:
                continue
            if a.start < b.effective_end and b.start < a.effective_end:
                pairs.add(frozenset((a.pid, b.pid)))
    return pairs


def day_of(post: Post) -> date:
    if post.all_day:
        return post.start.date()
    return post.start.astimezone(ZoneInfo(COORDINATOR_ZONE)).date()


def overload_keys(posts: list[Post]) -> set[tuple[str, date]]:
    counts = Counter((p.channel, day_of(p)) for p in posts if p.channel)
    return {key for key, n in counts.items() if n > OVERLOAD_LIMIT}


def duplicate_pairs(posts: list[Post]) -> set[frozenset[str]]:
    by_effort: dict[str, list[Post]] = defaultdict(list)
    for p in posts:
        if p.effort:
            by_effort[p.effort].append(p)
    return {frozenset((a.pid, b.pid)) for g in by_effort.values() for a, b in combinations(g, 2) if a.dept != b.dept}


def truth_of(company: Company) -> Truth:
    active = [p for p in company.posts if not p.cancelled]
    return Truth(slot_pairs(active), booking_pairs(active), overload_keys(active), duplicate_pairs(active))
