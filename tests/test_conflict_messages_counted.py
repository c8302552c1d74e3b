"""Group messages count their members' texts by who and when (each distinct one written once):
the same messages as naming every member in turn, on random crowded days (seeded pools)."""
from __future__ import annotations

import random
from datetime import timedelta

from analysis_factory import entry
from calendar_core.analysis import analyse
from calendar_core.analysis.conflicts import _LISTED, who
from calendar_core.analysis.phrases import ENGLISH, Phrases
from calendar_core.settings import Settings

DEPARTMENTS = ["Marketing", "HR", "Sales", "Product", "Support", ""]  # "" : the file names the entry
CHANNELS = ["LinkedIn", "Newsletter", "Blog"]
OWNERS = ["Lena Vogt", "Tom Becker", "Ana Costa", ""]


class Shouting(Phrases):
    """Another phrasebook: other times, days and counts (messages are written again in it)."""

    def time(self, moment):
        return moment.strftime("%I.%M%p")

    def day(self, day):
        return day.strftime("%d/%m")

    def number(self, n, grouped=True):
        return f"#{n}"


def _pool(rng: random.Random, n: int):
    out = []
    for _ in range(n):
        day = rng.choice(["2026-08-04", "2026-08-05"])
        clock = f"{rng.choice([9, 10, 23]):02d}:{rng.choice(['00', '15', '30'])}"
        e = entry("Post", f"{day} {clock}", department=rng.choice(DEPARTMENTS), channel=rng.choice(CHANNELS),
                  owner=rng.choice(OWNERS), minutes=rng.choice([None, 30, 90, 600]))
        if rng.random() < 0.3:  # the same minute, seconds apart: the same text from another instant
            e.start += timedelta(seconds=rng.choice([7, 41]))
            if e.end is not None:
                e.end += timedelta(seconds=rng.choice([0, 13]))
        out.append(e)
    return out


def _clock(moment, first, one_day: bool, p: Phrases) -> str:
    return p.time(moment) if one_day or moment.date() == first.date() else f"{p.day(moment.date())} {p.time(moment)}"


def _by_hand(c, p: Phrases) -> str:
    """The message naming each member in turn (as it was written before the counting)."""
    if c.kind == "slot_clash":
        tl, members, limit = c._args
        if len(members) == 2:
            return c.message_in(p)
        first = tl.local(members[0])
        one_day = tl.local(members[-1]).date() == first.date()
        items = [f"{who(tl.entries[i], p)} {_clock(tl.local(i), first, one_day, p)}" for i in members]
        text = p.say("clash_on" if one_day else "clash_from", n=len(members), channel=tl.entries[members[0]].channel,
                     day=p.day(first.date()), items=p.listing(items, _LISTED))
        return p.with_rule(text, p.minutes(limit / 60))
    tl, members, person = c._args

    def span(k, day_shown):
        s, f = tl.local(k), tl.local(k, tl.ends[k])
        end = p.time(f) if f.date() == s.date() else f"{p.day(f.date())} {p.time(f)}"
        return f"{p.time(s) if day_shown else p.day(s.date()) + ' ' + p.time(s)}–{end}"

    day = tl.local(members[0]).date()
    items = [f"{who(tl.entries[k], p)} {span(k, tl.local(k).date() == day)}" for k in members]
    if len(members) == 2:
        return p.say("booked_twice", person=person, day=p.day(day), first=items[0], second=items[1])
    return p.say("bookings", n=len(members), person=person, day=p.day(day), items=p.listing(items, _LISTED))


def test_group_messages_equal_those_naming_each_member():
    rng = random.Random(20261207)
    checked = 0
    for _round in range(30):
        result = analyse(_pool(rng, rng.randint(5, 150)), Settings(timezone="Europe/Berlin", slot_minutes=60))
        for c in result.conflicts:
            if c.kind not in ("slot_clash", "double_booking"):
                continue
            for p in (ENGLISH, Shouting()):
                assert c.message_in(p) == _by_hand(c, p)
            checked += len(c._args[1]) > _LISTED
    assert checked > 20  # groups longer than the listing were among them


def test_listing_counted_is_listing_of_the_items():
    rng = random.Random(7)
    for _ in range(3000):
        items = [rng.choice("abcdefghij") for _ in range(rng.randint(1, 30))]
        listed = rng.randint(0, 8)
        counts: dict[str, int] = {}
        for item in items:
            counts[item] = counts.get(item, 0) + 1
        said = [f"{t} (×{n:,})" if n > 1 else t for t, n in counts.items()]
        if len(said) == 1:
            expected = said[0]
        elif len(said) > listed:
            expected = f"{', '.join(said[:listed])} and {sum(list(counts.values())[listed:]):,} more"
        else:
            expected = f"{', '.join(said[:-1])} and {said[-1]}"
        assert ENGLISH.listing(items, listed) == expected
        assert ENGLISH.listing_counted(counts, listed) == expected
