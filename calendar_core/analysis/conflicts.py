"""Conflict rules: slot clash, double booking, overload, blackout.

Each rule groups entries once (by channel, person or channel-day), sorts and
sweeps, so 100,000 entries take a fraction of a second. Overlaps are reported as
groups (:func:`overlap_groups`): one conflict per channel or person and span,
listing its entries, so the cost grows with the entries, never with the pairs
(4,000 posts at one moment are one conflict, not 8 million). Instants are compared
as UTC seconds; calendar days and messages use the workspace zone. Messages and
keys are written when first read (:mod:`.lazy`; the messages' words: :mod:`.conflict_messages`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, timezone
from itertools import chain, repeat
from operator import attrgetter, is_, itemgetter
from typing import Callable, Sequence

import numpy as np

from calendar_core.model import Conflict, Entry
from calendar_core.names import compact_key, name_key, person_identities
from calendar_core.settings import Settings
from importers.bulk import without_collector
from importers.slices import sliced_array, sliced_columns, sliced_map, sliced_set, sliced_sort

from .conflict_messages import (  # noqa: F401 - who and _LISTED are read from here too
    _LISTED, _blackout_message, _booking_message, _clash_message, _overload_message, _span, who,
)
from .keys import overload_key
from .lazy import LazyConflict
from .phrases import ENGLISH, Phrases
from .timeutil import LocalClock

UTC = timezone.utc


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


_FIELDS = attrgetter("start", "end", "all_day", "channel", "owner", "id", "series_key", "source_id", "department",
                     "source_name", "source_ref")


class Timeline:
    """Entries as arrays: UTC seconds of start and (effective) end, local calendar day."""

    def __init__(self, entries: Sequence[Entry], settings: Settings, clock: LocalClock):
        default = max(float(settings.default_duration_minutes) * 60.0, 1.0)
        self.entries = entries
        self.clock = clock
        n = len(entries)
        # every call over all the entries a slice at a time: one C call each held the GIL (the window froze);
        # the fields read in one pass (each entry visited once, not once per field)
        begin, finish, all_day, channel, owner, ids, series, sources, departments, files, refs = \
            sliced_columns(_FIELDS, entries, 11)
        starts = np.array(sliced_map(datetime.timestamp, begin), dtype=np.float64).reshape(n)
        ends = np.fromiter((f.timestamp() if f is not None else -np.inf for f in finish), dtype=np.float64, count=n)
        self.starts = starts
        self.ends = np.where(ends > starts, ends, starts + default)
        self.all_day = np.array(all_day, dtype=bool).reshape(n)
        self.ids = np.array(ids, dtype=np.int64).reshape(n)
        self.owners = owner
        self.channels, self.channel_codes = _codes(channel, compact_key)
        self.days = self._days(starts)
        self._teams: np.ndarray | None = None
        self._no_series: bool = series.count(None) == n  # whether no entry belongs to a series
        self._series_columns: tuple[list, list] = (sources, series)  # source ids and series keys
        self._departments = departments
        self._files_and_refs: tuple[list, list] | None = (files, refs)
        self._files = files  # source names, for who() of the messages
        self._identities: list[str] | None = None  # each entry's identity, made when a key first asks
        self._local: dict[float, datetime] = {}  # UTC seconds -> local time, for the messages (few distinct)
        self.clock_texts: dict[float, str] = {}  # ... -> "09:30"
        self._names: list[str] | None = None  # who each entry is, for the English messages
        self.spans: dict[tuple[float, float, date], str] = {}  # English booking spans (few distinct)
        self._day_texts: dict[date, str] = {}  # English "Wed 9 Sep"
        self.booking_days: dict = {}  # the English booking messages' days (conflict_messages), by start and day
        self.booking_shapes = [0, 0]  # ... how many messages looked for their shape, how many met it again
        self._seconds: tuple[list[float], list[float]] | None = None
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

    def series_classes(self, rows: np.ndarray) -> np.ndarray:
        """A class code per entry index in ``rows``: occurrences of one series of one source
        share a code, every other entry has its own. Entries of one class never conflict."""
        entries = self.entries
        codes: dict[tuple[int, str], int] = {}
        single = len(entries)
        if self._no_series:
            return single + rows.astype(np.int64, copy=False)
        picked = rows.tolist()
        if len(picked) < 2:
            return np.fromiter(
                (single + i if (e := entries[i]).series_key is None else codes.setdefault((e.source_id, e.series_key), len(codes))
                 for i in picked), dtype=np.int64, count=len(picked))
        # Each (source, series) pair numbered once, in C: only equal codes matter, and every code of a
        # series stays below ``single``, the first of the entries outside any series.
        sources, series = (itemgetter(*picked)(column) for column in self._series_columns)
        numbered = dict.fromkeys(zip(sources, series))
        for number, key in enumerate(numbered):
            numbered[key] = number
        out = np.fromiter(map(numbered.__getitem__, zip(sources, series)), dtype=np.int64, count=len(picked))
        alone = np.fromiter(map(is_, series, repeat(None)), dtype=bool, count=len(picked))  # outside any series
        out[alone] = single + rows[alone]
        return out

    def booking_classes(self, rows: np.ndarray) -> np.ndarray:
        """Entries that cannot book one person twice share a class: the occurrences of one
        series today. (Copies of one event handed over twice belong here too, once
        "a copy" is defined: give them one code.)"""
        return self.series_classes(rows)

    def team_classes(self, rows: np.ndarray) -> np.ndarray:
        """A class code per entry index in ``rows``: its department (by key), else its source."""
        if self._teams is None:
            entries = self.entries
            teams, _ = _codes(self._departments, _team)
            lone = teams < 0  # no department: the source stands for it
            if lone.any():
                sources = sliced_array(attrgetter("source_id"), entries, np.int64)
                teams = np.where(lone, int(teams.max()) + 1 + sources, teams)
            self._teams = teams
        return self._teams[rows]

    def identities(self) -> list[str]:
        """Each entry's identity (``Entry.identity``: file name|reference), by entry index (made once:
        the conflicts' keys name an entry again in each of its conflicts)."""
        if self._identities is None:
            files, refs = self._files_and_refs
            self._identities = [f"{name}|{ref}" for name, ref in zip(files, refs)]
            self._files_and_refs = None
        return self._identities

    def local(self, index: int, ts: float | None = None) -> datetime:
        """The local time of an entry's start, or of ``ts`` (kept: messages name the same times again and again)."""
        ts = float(self.starts[index]) if ts is None else float(ts)
        found = self._local.get(ts)
        if found is None:
            found = self._local[ts] = datetime.fromtimestamp(ts, UTC).astimezone(self.clock.tz)
        return found

    def clock_text(self, index: int, ts: float | None = None) -> str:
        """"09:30": the English phrasebook's time of :meth:`local` (kept, like it)."""
        ts = float(self.starts[index]) if ts is None else float(ts)
        found = self.clock_texts.get(ts)
        if found is None:
            found = self.clock_texts[ts] = ENGLISH.time(self.local(index, ts))
        return found

    def time_text(self, ts: float, p: Phrases) -> str:
        """``p.time`` of the local time of ``ts`` (kept for English: :meth:`clock_text`)."""
        return self.clock_text(0, ts) if p is ENGLISH else p.time(self.local(0, ts))

    def seconds(self) -> tuple[list[float], list[float]]:
        """The starts and ends as lists of floats (made once, on the first message that reads them:
        indexing the arrays one entry at a time costs a message more than writing it)."""
        if self._seconds is None:
            self._seconds = (self.starts.tolist(), self.ends.tolist())
        return self._seconds

    def day_text(self, day: date, p: Phrases) -> str:
        """``p.day(day)``, kept for English (messages name the same days again and again)."""
        if p is not ENGLISH:
            return p.day(day)
        found = self._day_texts.get(day)
        if found is None:
            found = self._day_texts[day] = p.day(day)
        return found

    def span_text(self, start: float, finish: float, day: date) -> str:
        """The English :func:`_span` of a booking from ``start`` to ``finish`` (UTC seconds) in a
        message about ``day``, kept: bookings share their quarter hours."""
        key = (start, finish, day)
        found = self.spans.get(key)
        if found is None:
            found = self.spans[key] = _span(self, start, finish, day, ENGLISH)
        return found

    def names(self, p: Phrases) -> list[str]:
        """Who each entry is (:func:`who`), by entry index: what a message names its members by
        (made once, on the first message, in English; most are the few departments' names)."""
        if p is ENGLISH and self._names is not None:
            return self._names
        # who() read from the columns (an entry visited only when it names no department and no file)
        names = [d or f or who(e, p) for d, f, e in zip(self._departments, self._files, self.entries)]
        if p is ENGLISH:
            self._names = names
        return names

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


class _Rows:
    """A conflict's members as rows of its timeline (:class:`~.lazy.Members`)."""

    __slots__ = ("tl", "rows")

    def __init__(self, tl: Timeline, rows: list[int]):
        self.tl, self.rows = tl, rows

    def __len__(self) -> int:
        return len(self.rows)

    def identities(self) -> list[str]:
        return list(map(self.tl.identities().__getitem__, self.rows))


def _codes(values: Sequence[str], keyfunc) -> tuple[np.ndarray, dict[str, int]]:
    """Small integer code per normalised value (-1 for an empty one) and the codes by key."""
    keys = _Keys(keyfunc)
    by_value: dict[str, int] = {}
    codes: dict[str, int] = {}
    for value in sliced_set(values):  # a slice at a time, as below: the GUI thread is not kept from the GIL
        key = keys[value] if value else ""
        by_value[value] = codes.setdefault(key, len(codes)) if key else -1
    return sliced_array(by_value.__getitem__, values, np.int64), codes


# -- overlap groups -----------------------------------------------------------------------

_EXACT = float(2 ** 50)  # composites below this keep sub-millisecond differences of instants


def _composite(g: np.ndarray, s: np.ndarray, e: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(group, start) and (group, end) as one sortable number each, for rows sorted by (group, start).

    Offsetting each group by the full time range keeps the groups apart; when that
    would not fit a float exactly (hostile instants centuries apart), starts and
    ends are ranked together instead (same order, small integers)."""
    base = float(min(s.min(), e.min()))
    width = float(max(s.max(), e.max()) - base) + 1.0
    if (float(g.max()) + 1.0) * width < _EXACT:
        offset = g * width
        return offset + (s - base), offset + (np.maximum(e, s) - base)
    m = len(g)
    _, rank = np.unique(np.concatenate((s, e)), return_inverse=True)
    offset = g * np.int64(2 * m + 1)
    return offset + rank[:m], offset + np.maximum(rank[m:], rank[:m])


def overlap_groups(groups: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                   classes_of: Callable[[np.ndarray], np.ndarray], inclusive: bool) -> tuple[np.ndarray, list[int]]:
    """Conflict groups among rows: the positions (into the arrays) of their members, group
    after group in start order, and where each group begins (with the end as the last cut).

    Rows of one ``groups`` code whose ranges overlap (start < other's end, or <= when
    ``inclusive``) are chained into one time span. Only rows of different classes
    conflict (one series, one department...: ``classes_of(positions)`` gives a code
    per row, asked only for rows that share a span with another), so a row overlapping
    only rows of its own class is dropped and the span is chained again without it.
    Every step sorts or scans the rows once: the cost grows with rows, not with
    overlapping pairs.
    """
    rows = np.lexsort((starts, groups))  # a subset of sorted rows stays sorted: one sort in all
    classes: np.ndarray | None = None
    while len(rows) >= 2:
        m = len(rows)
        lo, hi = _composite(groups[rows], starts[rows], ends[rows])
        reach = np.maximum.accumulate(hi)
        breaks = lo[1:] > reach[:-1] if inclusive else lo[1:] >= reach[:-1]
        span = np.concatenate(([0], np.cumsum(breaks)))
        crowded = np.bincount(span)[span] >= 2
        if classes is None:  # rows alone in their span conflict with nobody: classes only for the rest
            classes = np.full(len(groups), -1, dtype=np.int64)
            classes[rows[crowded]] = classes_of(rows[crowded])
            if not crowded.all():
                rows = rows[crowded]
                continue
        cls = classes[rows]
        # A row's later partners are the rows after it that start before (or at) its end.
        stop = np.searchsorted(lo, hi, side="right" if inclusive else "left")
        positions = np.arange(m)
        changes = np.flatnonzero(cls[1:] != cls[:-1]) + 1
        nxt = np.append(changes, m)[np.searchsorted(changes, positions, side="right")]
        later = nxt < stop
        # Earlier partners: windows of earlier rows covering this one, minus those of its own class.
        cover = np.cumsum(np.bincount(positions + 1, minlength=m + 1) - np.bincount(stop, minlength=m + 1))[:m]
        by_class = np.lexsort((positions, cls))
        key = cls[by_class] * np.int64(m + 1) + by_class
        end_key = np.searchsorted(key, cls[by_class] * np.int64(m + 1) + stop[by_class], side="left")
        same = np.cumsum(np.bincount(positions + 1, minlength=m + 1) - np.bincount(end_key, minlength=m + 1))[:m]
        own = np.empty(m, dtype=np.int64)
        own[by_class] = same
        keep = crowded & ((later | (cover - own > 0)))
        if keep.all():
            return rows, [0, *(np.flatnonzero(np.diff(span)) + 1).tolist(), m]
        rows = rows[keep]
    return rows[:0], [0]


# -- slot clash ---------------------------------------------------------------------------

def slot_clashes(tl: Timeline, settings: Settings) -> list[Conflict]:
    """Posts on one channel whose starts follow each other within the rule's minutes, from
    different departments (or any two posts outside one series, with
    ``slot_clash_within_department``): one conflict per channel and run of such posts."""
    limit = max(float(settings.slot_minutes), 0.0) * 60.0
    within = bool(getattr(settings, "slot_clash_within_department", False))
    usable = np.flatnonzero((tl.channels >= 0) & ~tl.all_day)
    if len(usable) < 2:
        return []
    classes = tl.series_classes if within else tl.team_classes
    starts = tl.starts[usable]
    found, cuts = overlap_groups(tl.channels[usable], starts, starts + limit, lambda r: classes(usable[r]),
                                 inclusive=True)
    picked = usable[found]
    indices, ids = picked.tolist(), tl.ids[picked].tolist()
    out: list[Conflict] = []
    for a, b in zip(cuts, cuts[1:]):
        members = indices[a:b]
        out.append(LazyConflict("slot_clash", ids[a:b], "", "", None, "", _clash_message, (tl, members, limit),
                                _Rows(tl, members)))
    return out


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
    """Same person, overlapping ranges: one conflict per person and span of overlapping
    entries (occurrences of one series do not book their person twice). An owner
    field naming several people books each of them."""
    entries, owners = tl.entries, tl.owners
    several = {o for o in set(owners) if o and _SEVERAL_HINT.search(o) and len(people_of(o)) > 1}
    if several:  # one row per (entry, person)
        rows, names = [], []
        for i, owner in enumerate(owners):
            for name in (dict.fromkeys(people_of(owner)) if owner in several else (owner,)):
                rows.append(i)
                names.append(name)
        rows = np.array(rows, dtype=np.int64)
    else:
        rows, names = np.arange(len(entries)), list(owners)
    people, _ = _codes(names, person_identities(names).__getitem__)  # one person however written
    keep = (people >= 0) & ~tl.all_day[rows]
    usable, codes = rows[keep], people[keep]
    if len(usable) < 2:
        return []
    kept_names = [names[k] for k in np.flatnonzero(keep).tolist()] if several else None
    seen: set[tuple[int, ...]] = set()
    out: list[Conflict] = []
    found, cuts = overlap_groups(codes, tl.starts[usable], tl.ends[usable], lambda r: tl.booking_classes(usable[r]),
                                 inclusive=False)
    rows_of, indices = found.tolist(), usable[found].tolist()
    ids_of = tl.ids.tolist()
    for a, b in zip(cuts, cuts[1:]):
        if several:
            members = list(dict.fromkeys(indices[a:b]))  # one entry may name a person twice
            ids = tuple(sorted(members))
            if len(members) < 2 or ids in seen:  # two people of one field booked by the same entries: once
                continue
            seen.add(ids)
            person = kept_names[rows_of[a]]
        else:  # one row per entry, each in one person's groups: the groups' members are apart
            members = indices[a:b]
            if len(members) < 2:
                continue
            person = entries[members[0]].owner
        out.append(LazyConflict("double_booking", list(map(ids_of.__getitem__, members)), "", "", None, "",
                                _booking_message, (tl, members, person), _Rows(tl, members)))
    return out


_SEVERAL_HINT = re.compile(r"[;/&+,]|\band\b|\bund\b|\bet\b", re.IGNORECASE)


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
        blockers = [h for h in hits if h is not None]
        out.append(LazyConflict("blackout", [e.id] + [h.id for h in blockers], "", "", None, "",
                                _blackout_message, (e, tuple(hits), hit_day), (e, *blockers)))
    return out


@without_collector
def find_conflicts(entries: Sequence[Entry], blackout_entries: Sequence[Entry], settings: Settings,
                   clock: LocalClock, in_order: bool = False) -> list[Conflict]:
    """All conflicts among ``entries``; ``blackout_entries`` only mark blackout days.
    ``in_order``: sorted as the analysis lists them (:func:`ordered`)."""
    tl = Timeline(entries, settings, clock)
    out = slot_clashes(tl, settings)
    out += double_bookings(tl)
    out += overloads(tl, settings)
    out += blackouts(tl, Timeline(blackout_entries, settings, clock) if blackout_entries else None, settings)
    return ordered(out, tl) if in_order else out


KIND_ORDER = {"slot_clash": 0, "double_booking": 1, "overload": 2, "blackout": 3}


def ordered(conflicts: list[Conflict], tl: Timeline) -> list[Conflict]:
    """``conflicts`` by the earliest start of their entries on the timeline (0 when none is on
    it), then kind, then entry ids; a stable sort. The starts are looked up for all the
    conflicts' entry ids at once (they are the timeline's UTC seconds)."""
    n = len(conflicts)
    if n < 2:
        return list(conflicts)
    id_lists = [c.entry_ids for c in conflicts]
    lengths = np.fromiter(map(len, id_lists), dtype=np.int64, count=n)
    flat = np.fromiter(chain.from_iterable(id_lists), dtype=np.int64, count=int(lengths.sum()))
    by_id = np.argsort(tl.ids, kind="stable")
    known = tl.ids[by_id]
    # the last entry of an id, as a mapping of ids to starts would keep it
    at = np.searchsorted(known, flat, side="right") - 1
    hit = (at >= 0) & (known[np.maximum(at, 0)] == flat) if len(known) else np.zeros(len(flat), dtype=bool)
    starts = np.where(hit, tl.starts[by_id][np.maximum(at, 0)] if len(known) else 0.0, np.inf)
    first = np.full(n, np.inf)
    filled = lengths > 0
    if filled.any():
        cuts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[filled]
        first[filled] = np.minimum.reduceat(starts, cuts)
    first = np.where(np.isfinite(first), first, 0.0).tolist()
    keys = [(f, KIND_ORDER.get(c.kind, 9), c.entry_ids) for f, c in zip(first, conflicts)]
    order = list(range(n))
    sliced_sort(order, keys.__getitem__)  # stable, as sorted(); not one GIL-holding sort of 30,000 keys
    return [conflicts[i] for i in order]
