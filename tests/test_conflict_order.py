"""The analysis lists conflicts by their entries' earliest start, then kind, then entry ids:
``ordered`` (all starts looked up at once) gives the order a per-conflict sort key gives,
on random conflicts naming entries off the timeline, none, or one id twice (seeded)."""
from __future__ import annotations

import random
from datetime import datetime

from analysis_factory import entry
from calendar_core.analysis.conflicts import KIND_ORDER, Timeline, ordered
from calendar_core.analysis.timeutil import LocalClock
from calendar_core.model import Conflict
from calendar_core.settings import Settings


def _by_key(conflicts, entries):
    starts = {e.id: datetime.timestamp(e.start) for e in entries}  # the last entry of an id wins

    def key(c):
        first = min((starts[i] for i in c.entry_ids if i in starts), default=None)
        return (first if first is not None else 0.0, KIND_ORDER.get(c.kind, 9), c.entry_ids)

    return sorted(conflicts, key=key)


def test_ordered_equals_sorting_by_a_key_per_conflict():
    rng = random.Random(1207)
    settings = Settings(timezone="Europe/Berlin")
    for _round in range(200):
        entries = [entry("Post", f"2026-08-0{rng.randint(1, 6)} {rng.randint(8, 20):02d}:{rng.choice(['00', '30'])}")
                   for _ in range(rng.randint(0, 25))]
        if entries and rng.random() < 0.3:  # an id given twice: its later entry counts
            twin = entry("Post", "2026-07-30 09:00")
            twin.id = rng.choice(entries).id
            entries.append(twin)
        pool = [e.id for e in entries] + [10_000_000 + k for k in range(3)]  # some ids off the timeline
        conflicts = [Conflict(rng.choice(list(KIND_ORDER) + ["other"]),
                              rng.sample(pool, rng.randint(0, min(4, len(pool)))), "")
                     for _ in range(rng.randint(0, 30))]
        if conflicts and rng.random() < 0.3:  # equal keys keep their order
            conflicts.append(Conflict(conflicts[0].kind, list(conflicts[0].entry_ids), message="again"))
        tl = Timeline(entries, settings, LocalClock("Europe/Berlin"))
        got = ordered(conflicts, tl)
        assert [id(c) for c in got] == [id(c) for c in _by_key(conflicts, entries)]
