"""The conflict rules' messages: who and when each member is, in a phrasebook (:mod:`.phrases`).

A rule (:mod:`.conflicts`) keeps a message's writer and values (:mod:`.lazy`); the writers
here turn them into text when the message is first read, reading the rule's
:class:`~.conflicts.Timeline` (its local times and texts, kept there because messages name
the same times again and again).
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable

from calendar_core.model import Entry

from .phrases import ENGLISH, Phrases

if TYPE_CHECKING:
    from .conflicts import Timeline


def who(entry: Entry, p: Phrases = ENGLISH) -> str:
    return entry.department or entry.source_name or p.say("entry", id=entry.id)


def _clash_message(tl: Timeline, members: list[int], limit: float, p: Phrases = ENGLISH) -> str:
    entries = tl.entries
    rule = p.minutes(limit / 60)
    if len(members) == 2:
        i, j = members
        a, b = entries[i], entries[j]
        la, lb = tl.local(i), tl.local(j)
        gap = abs(float(tl.starts[j]) - float(tl.starts[i])) / 60.0
        apart = p.say("same_time") if gap < 0.5 else p.say("apart", minutes=p.minutes(gap))
        if la.date() == lb.date():
            text = p.say("clash_one_day", channel=a.channel, first=who(a, p), first_time=p.time(la),
                         second=who(b, p), second_time=p.time(lb), day=p.day(la.date()), apart=apart)
        else:
            text = p.say("clash_two_days", channel=a.channel, first=who(a, p), first_day=p.day(la.date()),
                         first_time=p.time(la), second=who(b, p), second_day=p.day(lb.date()),
                         second_time=p.time(lb), apart=apart)
        return p.with_rule(text, rule)
    first = tl.local(members[0])
    one_day = tl.local(members[-1]).date() == first.date()
    first_day = first.date()

    clocks = tl.clock_texts if p is ENGLISH else {}  # the English times kept, looked up in place

    def text(name: str, ts: float) -> str:  # an entry's part: who and when (the day too, past the first day)
        if one_day:
            return f"{name} {clocks.get(ts) or tl.time_text(ts, p)}"
        day = tl.local(0, ts).date()
        clock = clocks.get(ts) or tl.time_text(ts, p)
        return f"{name} {clock if day == first_day else tl.day_text(day, p) + ' ' + clock}"

    counts = _item_counts(zip(map(tl.names(p).__getitem__, members), tl.starts[members].tolist()), text)
    text = p.say("clash_on" if one_day else "clash_from", n=len(members), channel=entries[members[0]].channel,
                 day=p.day(first_day), items=p.listing_counted(counts, _LISTED))
    return p.with_rule(text, rule)


def _item_counts(keys: Iterable[tuple], write: Callable[..., str]) -> dict[str, int]:
    """How many members each item text stands for, in the order the texts first appear (what
    :meth:`Phrases.listing` counts). Members of one key (who and when) share their text, so each
    distinct key is written once (``write(*key)``); keys of one text (the same minute) add up."""
    counts: dict[str, int] = {}
    for key, n in Counter(keys).items():
        text = write(*key)
        counts[text] = counts.get(text, 0) + n
    return counts


_LISTED = 6  # entries named in a group's message; the rest are counted


def _booking_message(tl: Timeline, members: list[int], person: str, p: Phrases = ENGLISH) -> str:
    if p is ENGLISH:
        return _english_booking(tl, members, person)
    starts, ends = tl.seconds()
    names = tl.names(p)
    day = tl.local(0, starts[members[0]]).date()
    parts = [f"{names[k]} {_span(tl, starts[k], ends[k], day, p)}" for k in members]
    if len(members) == 2:
        return p.say("booked_twice", person=person, day=tl.day_text(day, p), first=parts[0], second=parts[1])
    return p.say("bookings", n=len(members), person=person, day=tl.day_text(day, p),
                 items=p.listing_counted(_counted(parts), _LISTED))


def _counted(parts) -> dict[str, int]:
    """How often each text occurs, in the order the texts first occur (members of one minute share
    their text)."""
    counts: dict[str, int] = {}
    for text in parts:
        counts[text] = counts.get(text, 0) + 1
    return counts


class _Day:
    """The English booking messages about one day: its text, and each listing of members' parts
    written once by its shape (who each member is, its start and its end, as three columns: the
    persons booked at the same times by the same departments share it, and in the same member
    order their listings are the same text)."""

    __slots__ = ("tl", "day", "text", "listings")

    def __init__(self, tl: Timeline, day: date):
        self.tl, self.day, self.text = tl, day, tl.day_text(day, ENGLISH)
        self.listings: dict[tuple, str | tuple[str, str]] = {}

    def listing(self, names: Iterable[str], starts: Iterable[float], ends: Iterable[float],
                n: int) -> str | tuple[str, str]:
        """"A 09:30–10:15 (×2) and B 10:00–11:00" of N members, or the two parts of a pair (its own template)."""
        tl, day = self.tl, self.day
        spans = tl.spans  # the span texts kept on the timeline (looked up here: a call a member costs more)
        counts: dict[str, int] = {}
        for name, start, finish in zip(names, starts, ends):
            text = f"{name} {spans.get((start, finish, day)) or tl.span_text(start, finish, day)}"
            counts[text] = counts.get(text, 0) + 1
        if n == 2:
            return tuple(counts) if len(counts) == 2 else (text, text)
        return ENGLISH.listing_counted(counts, _LISTED)


_SHAPES_TRIED = 256  # messages after which shapes are looked for only if enough of them were met again


def _english_booking(tl: Timeline, members: list[int], person: str) -> str:
    """:func:`_booking_message` in English, each distinct listing written once (:class:`_Day`) while
    listings are met again often enough to pay for their shapes (one in eight of the first messages)."""
    starts, ends = tl.seconds()
    start = starts[members[0]]
    day = tl.booking_days.get(start)
    if day is None:
        local = tl.local(0, start).date()
        day = tl.booking_days[start] = tl.booking_days.get(local) or tl.booking_days.setdefault(local, _Day(tl, local))
    names = tl.names(ENGLISH)
    n = len(members)
    tally = tl.booking_shapes  # [messages asked, shapes met again]
    if tally[0] < _SHAPES_TRIED or tally[1] * 8 >= tally[0]:
        tally[0] += 1
        shape = (tuple(map(names.__getitem__, members)), tuple(map(starts.__getitem__, members)),
                 tuple(map(ends.__getitem__, members)))
        items = day.listings.get(shape)
        if items is None:
            items = day.listings[shape] = day.listing(*shape, n)
        else:
            tally[1] += 1
    else:  # shapes seldom repeat here (every person's bookings at times of their own): the listing
        spans, when = tl.spans, day.day  # written at once, the members read by index (no call each)
        counts: dict[str, int] = {}
        for k in members:
            start, finish = starts[k], ends[k]
            text = f"{names[k]} {spans.get((start, finish, when)) or tl.span_text(start, finish, when)}"
            counts[text] = counts.get(text, 0) + 1
        items = (tuple(counts) if len(counts) == 2 else (text, text)) if n == 2 \
            else ENGLISH.listing_counted(counts, _LISTED)
    if n == 2:
        return _BOOKED_TWICE.format(person=person, day=day.text, first=items[0], second=items[1])
    # ENGLISH.say("bookings", n=...) with its template made ready once
    return _BOOKINGS.format(person=person, day=day.text, items=items).replace("\0", ENGLISH.number(n))


_BOOKED_TWICE = ENGLISH.template("booked_twice")
_BOOKINGS = ENGLISH.template("bookings", 2).replace("%n", "\0")  # as Phrases.say fills a count


def _span(tl: Timeline, start: float, finish: float, day: date, p: Phrases) -> str:
    """"09:30–10:15" of a booking in a message about ``day``; its day too where it is another
    ("Wed 9 Sep 23:30–00:15", "09:30–Thu 10 Sep 01:00")."""
    s, f = tl.local(0, start), tl.local(0, finish)
    start_text, end_text = tl.time_text(start, p), tl.time_text(finish, p)
    start_day = s.date()
    end = end_text if f.date() == start_day else f"{tl.day_text(f.date(), p)} {end_text}"
    return f"{start_text if start_day == day else tl.day_text(start_day, p) + ' ' + start_text}–{end}"


def _overload_message(channel: str, day: int, count: int, limit: int, p: Phrases = ENGLISH) -> str:
    return p.say("overload", n=count, grouped=False, channel=channel, day=p.day(date.fromordinal(day)), limit=limit)


def _blackout_message(entry: Entry, hits: tuple[Entry | None, ...], day: int, p: Phrases = ENGLISH) -> str:
    reasons = [p.say("blackout_settings") if h is None
               else p.say("blackout_from", title=h.title, source=h.source_name or p.say("blackout_calendar"))
               for h in hits]
    return p.say("blackout", who=who(entry, p), title=entry.title, day=p.day(date.fromordinal(day)),
                 reasons="; ".join(reasons))


