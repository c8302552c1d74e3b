"""Free slots: the nearest times an entry could move to without creating a conflict.

Candidates keep the entry's channel and length, start on the slot grid
(``settings.slot_minutes``) inside the working hours, on the entry's own day
first and then on the days nearest to it. Each candidate is checked by the
conflict rules themselves, run on the entry moved there among the entries of
that day: a candidate is free when the moved entry takes part in no conflict.
"""
from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable, Sequence

from calendar_core.model import Entry
from calendar_core.settings import Settings
from calendar_core.timeconv import zone

from .conflicts import find_conflicts
from .timeutil import LocalClock

UTC = timezone.utc
DayEntries = Callable[[date], Sequence[Entry]]  # the other entries around a local day (master view)


def suggest_slots(entry: Entry, day_entries: DayEntries, settings: Settings, blackout_source_ids=frozenset(),
                  limit: int = 5) -> list[datetime]:
    """Up to ``limit`` free start times (aware UTC) for ``entry``, nearest first, same day first."""
    tz = zone(settings.timezone)
    clock = LocalClock(settings.timezone)
    length = entry.effective_end(timedelta(minutes=settings.default_duration_minutes)) - entry.start
    step = timedelta(minutes=max(5, int(settings.slot_minutes or 60)))
    work_lo, work_hi = settings.working_span()
    blackout_days = settings.blackout_days()
    home = entry.start.astimezone(tz)
    found: list[datetime] = []
    for offset in _day_offsets(max(0, int(settings.suggest_days))):
        day = home.date() + timedelta(days=offset)
        if day in blackout_days:
            continue
        around = [e for e in day_entries(day) if e.identity != entry.identity]
        work = [e for e in around if e.source_id not in blackout_source_ids]
        dark = [e for e in around if e.source_id in blackout_source_ids]
        if any(_covers(b, day, tz) for b in dark):
            continue
        candidates = _grid(day, tz, work_lo, work_hi, step, length)
        candidates.sort(key=lambda c: abs((c - entry.start).total_seconds()))
        for cand in candidates:
            if cand == entry.start:
                continue
            moved = dataclasses.replace(entry, start=cand, end=cand + length if entry.end is not None else None)
            if not _in_conflict(moved, work, dark, settings, clock):
                found.append(cand.astimezone(UTC))
                if len(found) >= limit:
                    return found
        if found and offset == 0 and len(found) >= limit:
            return found
    return found


def _day_offsets(days: int) -> list[int]:
    out = [0]
    for d in range(1, days + 1):
        out += [d, -d]
    return out


def _grid(day: date, tz, lo: int, hi: int, step: timedelta, length: timedelta) -> list[datetime]:
    """Slot starts on ``day`` so that the entry starts and ends inside the working hours."""
    first = datetime.combine(day, time(0), tz) + timedelta(minutes=lo)
    last_end = datetime.combine(day, time(0), tz) + timedelta(minutes=hi)
    out, t = [], first
    while t + min(length, last_end - first) <= last_end and t < last_end:
        if t + length <= last_end or length >= last_end - first:
            out.append(t)
        t += step
    return out


def _covers(blackout: Entry, day: date, tz) -> bool:
    start = blackout.start.astimezone(tz).date() if not blackout.all_day else blackout.start.date()
    end = blackout.end or blackout.start
    last = (end.date() - timedelta(days=1)) if blackout.all_day else end.astimezone(tz).date()
    return start <= day <= max(start, last)


def _in_conflict(moved: Entry, others: list[Entry], dark: list[Entry], settings: Settings, clock) -> bool:
    for c in find_conflicts([*others, moved], dark, settings, clock):
        if moved.id in c.entry_ids:
            return True
    return False
