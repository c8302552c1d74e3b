"""Conflict rules: slot clash, double booking, overload, blackout.

Each rule groups entries once (by channel, person or channel-day), sorts and
sweeps, so 100,000 entries take a fraction of a second. Instants are compared
as UTC seconds; calendar days and messages use the workspace zone. Messages and
keys are written when first read (:mod:`.lazy`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from operator import attrgetter
from datetime import date, datetime, timezone
from typing import Sequence

import numpy as np

from calendar_core.model import Conflict, Entry
from calendar_core.names import compact_key, name_key, person_key
from calendar_core.settings import Settings
from importers.bulk import without_collector

from .keys import item_key, overload_key
from .lazy import LazyConflict
from .timeutil import LocalClock, fmt_day, fmt_minutes, fmt_time

UTC = timezone.utc


def who(entry: Entry) -> str:
    return entry.department or entry.source_name or f"entry {entry.id}"


class _Keys(dict):
    """Memoised key function: few distinct channel/person/department spellings, many entries."""

    def __init__(self, func):
        super().__init__()
        self.func = func

    def __missing__(self, name):
        value = self[name] = self.func(name)
        return value


def _team(department: str) -> str:
    return name_key(department)


class Timeline:
    """Entries as arrays: UTC seconds of start and (effective) end, local calendar day."""

    def __init__(self, entries: Sequence[Entry], settings: Settings, clock: LocalClock):
        default = max(float(settings.default_duration_minutes) * 60.0, 1.0)
        self.entries = entries
        self.clock = clock
        n = len(entries)
        begin, finish, all_day, channel, owner = (list(map(attrgetter(name), entries))
                                                  for name in ("start", "end", "all_day", "channel", "owner"))
        starts = np.fromiter(map(datetime.timestamp, begin), dtype=np.float64, count=n)
        ends = np.fromiter((f.timestamp() if f is not None else -np.inf for f in finish), dtype=np.float64, count=n)
        self.starts = starts
        self.ends = np.where(ends > starts, ends, starts + default)
        self.all_day = np.array(all_day, dtype=bool)
        self.ids = np.fromiter(map(attrgetter("id"), entries), dtype=np.int64, count=n)
        self.owners = owner
        self.channels, self.channel_codes = _codes(channel, compact_key)
        self.days = self._days(starts)
        if self.all_day.any():
            for i in np.flatnonzero(self.all_day).tolist():
                self.days[i] = entries[i].start.date().toordinal()

    def _days(self, stamps: np.ndarray) -> np.ndarray:
        """Local day ordinals; the zone offset is looked up once per distinct UTC hour."""
        if not len(stamps):
            return np.zeros(0, dtype=np.int64)
        hours = np.floor(stamps / 3600.0).astype(np.int64)
        unique, inverse = np.unique(hours, return_inverse=True)
        offsets = np.fromiter((self.clock.offset(h * 3600.0) for h in unique.tolist()), dtype=np.float64,
                              count=len(unique))
        return (np.floor((stamps + offsets[inverse]) / 86400.0)).astype(np.int64) + 719163

    def local(self, index: int, ts: float | None = None) -> datetime:
        moment = datetime.fromtimestamp(float(self.starts[index]) if ts is None else float(ts), UTC)
        return moment.astimezone(self.clock.tz)

    def first_day(self, index: int) -> int:
        return int(self.days[index])

    def last_day(self, index: int) -> int:
        e = self.entries[index]
        first = int(self.days[index])
        if e.all_day:
            if e.end is not None and e.end > e.start:
                return max(e.end.date().toordinal() - 1, first)
            return first
        end = max(float(self.ends[index]) - 1.0, float(self.starts[index]))
        return max(self.clock.day_of_ts(end), first)


def _codes(values: Sequence[str], keyfunc) -> tuple[np.ndarray, dict[str, int]]:
    """Small integer code per normalised value (-1 for an empty one) and the codes by key."""
    keys = _Keys(keyfunc)
    by_value: dict[str, int] = {}
    codes: dict[str, int] = {}
    for value in set(values):
        key = keys[value] if value else ""
        by_value[value] = codes.setdefault(key, len(codes)) if key else -1
    return np.fromiter(map(by_value.__getitem__, values), dtype=np.int64, count=len(values)), codes


class _TeamOf(dict):
    """Department key of an entry index, computed on demand (only entries in candidate pairs)."""

    def __init__(self, entries: Sequence[Entry]):
        super().__init__()
        self.entries = entries
        self.keys = _Keys(_team)

    def __missing__(self, index: int) -> str:
        e = self.entries[index]
        value = self[index] = self.keys[e.department] or f"source:{e.source_id}"
        return value


def _series(a: Entry, b: Entry) -> bool:
    return a.series_key is not None and a.series_key == b.series_key and a.source_id == b.source_id


def _sweep(groups: np.ndarray, starts: np.ndarray, limits: np.ndarray, side: str):
    """Sorted order and, per position, the end of its window within its group.

    Entries are sorted by (group, start); for position p the window holds the
    later positions of the same group whose start is <= (or <) limits[p].
    """
    order = np.lexsort((starts, groups))
    g = groups[order].astype(np.float64)
    span = float(max(np.ptp(starts) if len(starts) else 0.0, np.ptp(limits) if len(limits) else 0.0)) + 1e6
    base = float(starts.min()) if len(starts) else 0.0
    composite = g * span * 4 + (starts[order] - base)
    bound = g * span * 4 + (limits[order] - base)
    return order, np.searchsorted(composite, bound, side=side)


# -- slot clash ---------------------------------------------------------------------------

def _window_pairs(order: np.ndarray, stop: np.ndarray, usable: np.ndarray, with_positions: bool = False):
    """All (earlier, later) entry indices inside each sorted position's window
    (and, on request, the sorted position of the earlier one)."""
    positions = np.arange(len(order))
    counts = np.maximum(stop - positions - 1, 0)
    total = int(counts.sum())
    first = np.repeat(positions, counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    ranked = usable[order]
    pairs = (ranked[first], ranked[first + 1 + offsets])
    return pairs + (first,) if with_positions else pairs


def slot_clashes(tl: Timeline, settings: Settings) -> list[Conflict]:
    limit = max(float(settings.slot_minutes), 0.0) * 60.0
    within = bool(getattr(settings, "slot_clash_within_department", False))
    entries = tl.entries
    channels = tl.channels
    usable = np.flatnonzero((channels >= 0) & ~tl.all_day)
    if len(usable) < 2:
        return []
    starts = tl.starts[usable]
    order, stop = _sweep(channels[usable], starts, starts + limit, "right")
    first, second = _window_pairs(order, stop, usable)
    if not within and len(first):
        teams = _TeamOf(entries)
        codes: dict[str, int] = {}
        involved = np.unique(np.concatenate((first, second)))
        team_code = np.full(len(entries), -1, dtype=np.int64)
        team_code[involved] = [codes.setdefault(teams[i], len(codes)) for i in involved.tolist()]
        keep = team_code[first] != team_code[second]
        first, second = first[keep], second[keep]
    out: list[Conflict] = []
    append = out.append
    for i, j in zip(first.tolist(), second.tolist()):
        a, b = entries[i], entries[j]
        if a.series_key is None or a.series_key != b.series_key or a.source_id != b.source_id:
            append(LazyConflict("slot_clash", [a.id, b.id], "", "", None, "",
                                _clash_message, (tl, i, j, limit), (a, b)))
    return out


def _clash_message(tl: Timeline, i: int, j: int, limit: float) -> str:
    a, b = tl.entries[i], tl.entries[j]
    la, lb = tl.local(i), tl.local(j)
    gap = abs(float(tl.starts[j]) - float(tl.starts[i])) / 60.0
    apart = "at the same time" if gap < 0.5 else f"{fmt_minutes(gap)} apart"
    if la.date() == lb.date():
        when = f"{who(a)} {fmt_time(la)} and {who(b)} {fmt_time(lb)} on {fmt_day(la.date())}"
    else:
        when = f"{who(a)} {fmt_day(la.date())} {fmt_time(la)} and {who(b)} {fmt_day(lb.date())} {fmt_time(lb)}"
    return f"{a.channel}: {when} are {apart} (rule: {fmt_minutes(limit / 60)})"


# -- double booking -----------------------------------------------------------------------

_PEOPLE_SPLIT = re.compile(r"\s*(?:[;/&+]|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)


def people_of(owner: str) -> list[str]:
    """The people an owner field names: "Lena Vogt & Tom Becker", "Ana Costa; Ben Carter",
    "Lena Vogt, Tom Becker" (a comma splits only full names, not "Vogt, Lena")."""
    parts = [p for p in _PEOPLE_SPLIT.split(owner) if p.strip()]
    out = []
    for part in parts:
        pieces = [x.strip() for x in part.split(",") if x.strip()]
        if len(pieces) > 1 and all(" " in x for x in pieces):
            out.extend(pieces)
        else:
            out.append(part.strip())
    return out or [owner]


def double_bookings(tl: Timeline) -> list[Conflict]:
    """Same person, overlapping ranges: sorted by start, the overlapping later entries of an
    entry are exactly those of the same person starting before it ends. An owner field
    naming several people books each of them."""
    entries, owners = tl.entries, tl.owners
    several = {o for o in set(owners) if o and _SEVERAL_HINT.search(o) and len(people_of(o)) > 1}
    if several:  # one row per (entry, person)
        rows, names = [], []
        for i, owner in enumerate(owners):
            for name in (people_of(owner) if owner in several else (owner,)):
                rows.append(i)
                names.append(name)
        rows = np.array(rows, dtype=np.int64)
    else:
        rows, names = np.arange(len(entries)), list(owners)
    people, _ = _codes(names, person_key)
    keep = (people >= 0) & ~tl.all_day[rows]
    usable, codes = rows[keep], people[keep]
    if len(usable) < 2:
        return []
    kept_names = [names[k] for k in np.flatnonzero(keep).tolist()]
    order, stop = _sweep(codes, tl.starts[usable], tl.ends[usable], "left")
    firsts, seconds, positions = _window_pairs(order, stop, usable, with_positions=True)
    persons = order[positions].tolist()  # row (in usable) of the earlier entry: whose booking it is
    seen: set[tuple[int, int]] = set()
    out: list[Conflict] = []
    for i, j, row in zip(firsts.tolist(), seconds.tolist(), persons):
        if i == j or (i, j) in seen:
            continue
        seen.add((i, j))
        a, b = entries[i], entries[j]
        if not _series(a, b):
            person = kept_names[row] if several else a.owner
            out.append(LazyConflict("double_booking", [a.id, b.id], "", "", None, "",
                                    _booking_message, (tl, i, j, person), (a, b)))
    return out


_SEVERAL_HINT = re.compile(r"[;/&+,]|\band\b|\bund\b|\bet\b", re.IGNORECASE)


def _booking_message(tl: Timeline, i: int, j: int, person: str | None = None) -> str:
    a, b = tl.entries[i], tl.entries[j]
    sa, sb = tl.local(i), tl.local(j)
    fa, fb = tl.local(i, tl.ends[i]), tl.local(j, tl.ends[j])

    def span(s: datetime, f: datetime) -> str:
        end = fmt_time(f) if f.date() == s.date() else f"{fmt_day(f.date())} {fmt_time(f)}"
        return f"{fmt_time(s)}–{end}"

    second = span(sb, fb) if sb.date() == sa.date() else f"{fmt_day(sb.date())} {span(sb, fb)}"
    name = person or a.owner
    return f"{name} is booked twice on {fmt_day(sa.date())}: {who(a)} {span(sa, fa)} and {who(b)} {second}"


# -- overload -----------------------------------------------------------------------------

def overloads(tl: Timeline, settings: Settings) -> list[Conflict]:
    default = int(settings.overload_per_day)
    overrides = {}
    for name, value in (settings.overload_per_channel or {}).items():
        try:
            overrides[compact_key(name)] = int(value)
        except (TypeError, ValueError):
            continue  # a limit that is not a number is ignored, the default applies
    entries = tl.entries
    channels, codes = tl.channels, tl.channel_codes
    limits = np.full(max(len(codes), 1), default, dtype=np.int64)
    channel_keys = {code: key for key, code in codes.items()}
    for key, code in codes.items():
        limits[code] = overrides.get(key, default)
    usable = np.flatnonzero(channels >= 0)
    if not len(usable):
        return []
    span = int(tl.days.max() - tl.days.min()) + 1
    cell = channels[usable] * span + (tl.days[usable] - tl.days.min())
    unique, inverse, counts = np.unique(cell, return_inverse=True, return_counts=True)
    over = counts > limits[unique // span]
    if not over.any():
        return []
    crowded = usable[np.flatnonzero(over[inverse])]
    crowded_cell = inverse[np.flatnonzero(over[inverse])]
    order = np.lexsort((tl.starts[crowded], crowded_cell))
    crowded, crowded_cell = crowded[order], crowded_cell[order]
    breaks = (np.flatnonzero(np.diff(crowded_cell)) + 1).tolist()
    members_of = np.split(crowded, breaks)
    cell_of = crowded_cell[[0] + breaks].tolist()
    ids = tl.ids
    days: dict[int, date] = {}
    out: list[Conflict] = []
    for cell_index, members in zip(cell_of, members_of):
        code = int(unique[cell_index] // span)
        first = int(members[0])
        day = int(tl.days[first])
        when = days.get(day) or days.setdefault(day, date.fromordinal(day))
        out.append(LazyConflict(
            "overload", ids[members].tolist(), "", overload_key(channel_keys[code], when, normalised=True), None, "",
            _overload_message, (entries[first].channel, day, len(members), int(limits[code])),
        ))
    return out


def _overload_message(channel: str, day: int, count: int, limit: int) -> str:
    return f"{channel} on {fmt_day(date.fromordinal(day))}: {count} posts (limit {limit})"


# -- blackout -----------------------------------------------------------------------------

def blackouts(tl: Timeline, blackout: Timeline | None, settings: Settings) -> list[Conflict]:
    covered: dict[int, list[Entry | None]] = defaultdict(list)
    for day in settings.blackout_days():
        covered[day.toordinal()].append(None)
    if blackout is not None:
        for k, b in enumerate(blackout.entries):
            for day in range(blackout.first_day(k), blackout.last_day(k) + 1):
                covered[day].append(b)
    if not covered:
        return []
    low, high = min(covered), max(covered)
    out: list[Conflict] = []
    for i, e in enumerate(tl.entries):
        first = int(tl.days[i])
        if first > high:
            continue
        last = tl.last_day(i)
        if last < low:
            continue
        hits: list[Entry | None] = []
        hit_day = None
        for day in range(first, last + 1):
            for h in covered.get(day, ()):
                hit_day = day if hit_day is None else hit_day
                if h not in hits:
                    hits.append(h)
        if not hits:
            continue
        reasons = ["set in the settings" if h is None
                   else f"{h.title}, from {h.source_name or 'a blackout calendar'}" for h in hits]
        blockers = [h for h in hits if h is not None]
        message = (f"{who(e)} '{e.title}' on {fmt_day(date.fromordinal(hit_day))} falls on blackout date "
                   f"({'; '.join(reasons)})")
        out.append(Conflict(kind="blackout", entry_ids=[e.id] + [h.id for h in blockers], message=message,
                            key=item_key("blackout", [e] + blockers)))
    return out


@without_collector
def find_conflicts(entries: Sequence[Entry], blackout_entries: Sequence[Entry], settings: Settings,
                   clock: LocalClock) -> list[Conflict]:
    """All conflicts among ``entries``; ``blackout_entries`` only mark blackout days."""
    tl = Timeline(entries, settings, clock)
    out = slot_clashes(tl, settings)
    out += double_bookings(tl)
    out += overloads(tl, settings)
    out += blackouts(tl, Timeline(blackout_entries, settings, clock) if blackout_entries else None, settings)
    return out
