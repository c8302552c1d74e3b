"""Benchmark: conflict rules on 100,000 entries and duplicates on 10,000, beside naive baselines.

Times are CPU time of this process (best of three for ours), because the machine
is shared with other jobs. The naive baselines are quadratic, so they are timed
on a sample and extrapolated quadratically to the full size (said so in the output):
* conflicts: every pair compared (same channel within N minutes; same person overlapping);
* duplicates: one full ``rapidfuzz.process.cdist`` matrix of token_set_ratio over all titles.
"""
from __future__ import annotations

import random
import time
from pathlib import Path
from datetime import datetime, timedelta, timezone

from calendar_core.model import Entry
from calendar_core.settings import Settings

__all__ = ["run"]
_ROOT = Path(__file__).resolve().parent.parent

CONFLICT_N = 100_000
CONFLICT_SAMPLE = 5_000
DUP_N = 10_000
DUP_SAMPLE = 2_000
SERIES_EVENTS = 20_000
T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
# Targets as ratios to the baselines: 0.3 s against ~175 s naive, 1 s against ~42 s full cdist.
CONFLICT_TARGET = 0.3 / 175
DUP_TARGET = 1.0 / 42
MODEL_LOAD_TARGET = 1.0  # at most what the package's own loader takes (the issue: <= 0.3 s)
SERIES_TARGET = 1.0 / 6000  # 1 s against the full matrix over 122,000 occurrences (~6,000 s)

_WORDS = """route fleet driver depot parcel delivery webinar launch pricing customer story partner
warehouse invoice tracking dispatch planner mobile app release update report survey hiring event
booth expo panel meetup podcast video newsletter blog guide checklist window peak season electric
van cargo bike city hub courier grocery retail pharmacy coffee bakery wine textile hardware lab
forum summit conference roundtable breakfast lunch night camp day week award team culture office
volunteer wellbeing graduate apprentice intern engineer designer analyst manager director sales
marketing support success product data security privacy compliance audit certificate integration
api sdk plugin widget dashboard analytics forecast capacity shift overtime skill tag map layer
address validation signature photo barcode scanner offline sync alert geofence arrival notification
sms email chat slack webhook export import csv excel template bulk density length cost fuel emission""".split()
_LABELS = ["Feature focus", "Customer spotlight", "We're hiring", "Meet the team", "Blog teaser", "CEO quote",
           "Session preview", "Support update", "Sales insight", "Live from", "Stat of the week"]
_PLACES = ["Berlin", "Hamburg", "Munich", "London", "Leeds", "Paris", "Lyon", "Madrid", "Boston", "Chicago",
           "Vienna", "Zurich", "Warsaw", "Prague", "Dublin", "Lisbon", "Milan", "Oslo", "Riga", "Austin"]


def _vocabulary(rnd: random.Random, size: int = 3000) -> tuple[list[str], list[float]]:
    """Pseudo-words with Zipf-like frequencies, the shape of real title vocabularies."""
    syllables = ["ra", "to", "mi", "ke", "lo", "su", "pa", "ne", "di", "vo", "ga", "shi", "ber", "lin", "tor",
                 "an", "el", "ur", "os", "ix"]
    words = set(_WORDS)
    while len(words) < size:
        words.add("".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 4))))
    ordered = sorted(words)
    rnd.shuffle(ordered)
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(ordered))]
    return ordered, weights


def _title(rnd: random.Random, vocab, weights) -> str:
    words = rnd.choices(vocab, weights, k=rnd.randint(3, 7))
    title = " ".join(words).capitalize()
    if rnd.random() < 0.4:
        title = f"{rnd.choice(_LABELS)}: {title}"
    if rnd.random() < 0.2:
        title += f" {rnd.choice(_PLACES)}"
    return title


def _entries(n: int, days: int, seed: int, channels: int = 30, departments: int = 40, people: int = 800,
             planted: float = 0.05):
    """Random entries; a share of them restate an earlier entry's title in another department."""
    rnd = random.Random(seed)
    vocab, weights = _vocabulary(rnd)
    out = []
    for i in range(n):
        day = rnd.randrange(days)
        start = T0 + timedelta(days=day, hours=rnd.randint(5, 19), minutes=rnd.choice((0, 15, 30, 45)))
        all_day = rnd.random() < 0.03
        if all_day:
            start = T0 + timedelta(days=day)
        end = None if rnd.random() < 0.5 else start + timedelta(minutes=rnd.choice((15, 30, 60, 90)))
        if all_day:
            end = start + timedelta(days=1)
        dept = rnd.randrange(departments)
        if out and rnd.random() < planted:
            model = out[rnd.randrange(len(out))]
            words = model.title.split()
            words[rnd.randrange(len(words))] = rnd.choice(vocab)
            rnd.shuffle(words)
            title = " ".join(words)
            start = model.start + timedelta(days=rnd.randint(-3, 3), hours=rnd.randint(-3, 3))
            end, all_day = None, False
            dept = (int(model.department.split()[-1]) + 1 + rnd.randrange(departments - 1)) % departments
        else:
            title = _title(rnd, vocab, weights)
        out.append(Entry(
            id=i + 1, source_id=dept + 1, source_ref=f"row {i + 2}", title=title, start=start, end=end,
            all_day=all_day, department=f"Department {dept}", channel=f"Channel {rnd.randrange(channels)}",
            owner=f"Person {rnd.randrange(people)}", source_name=f"dept{dept}.xlsx",
        ))
    return out


def _naive_conflicts(entries, settings: Settings) -> int:
    limit = timedelta(minutes=settings.slot_minutes)
    default = timedelta(minutes=settings.default_duration_minutes)
    found = 0
    for i, a in enumerate(entries):
        for b in entries[i + 1:]:
            if a.all_day or b.all_day:
                continue
            if a.channel == b.channel and a.department != b.department and abs(a.start - b.start) <= limit:
                found += 1
            if a.owner == b.owner and a.start < b.effective_end(default) and b.start < a.effective_end(default):
                found += 1
    return found


SIMULTANEOUS = 4_000
PASTED_ROWS, PASTED_TIMES = 100, 1_000
LARGE_N = 500_000
# Overlaps are reported as groups, so piling entries on one another costs no more than spreading them out.
SIMULTANEOUS_TARGET = 3.0
PASTED_TARGET = 3.0
LARGE_TARGET = 2.0  # 500,000 entries against 5x the 100,000-entry run: linear growth


def _one_person(n: int, spread: bool) -> list[Entry]:
    """``n`` one-hour entries of one person on one channel, all at once or one after another."""
    return [Entry(id=i + 1, source_id=1, source_ref=f"row {i + 2}", title=f"Post {i}",
                  start=T0 + timedelta(hours=i if spread else 10), end=T0 + timedelta(hours=(i if spread else 10) + 1),
                  department="Events", channel="Blog", owner="Lena Vogt", source_name="events.csv") for i in range(n)]


def _pasted(rows: int, times: int) -> list[Entry]:
    """A sheet whose ``rows`` rows were pasted ``times`` times (every copy a row of its own)."""
    rnd = random.Random(5)
    base = [(T0 + timedelta(days=rnd.randrange(60), hours=rnd.randint(8, 18)), f"Person {rnd.randrange(20)}",
             f"Channel {rnd.randrange(5)}") for _ in range(rows)]
    return [Entry(id=k + 1, source_id=1, source_ref=f"row {k + 2}", title=f"Post {k % rows}", start=start,
                  end=start + timedelta(minutes=45), department="Marketing", channel=channel, owner=owner,
                  source_name="plan.csv")
            for k, (start, owner, channel) in enumerate(base[k % rows] for k in range(rows * times))]


def _group_lines(settings: Settings, clock, ours_100k: float) -> list[tuple[str, float, float, float]]:
    import resource

    from calendar_core.analysis.conflicts import find_conflicts

    def best(entries) -> tuple[float, list]:
        took, found = float("inf"), []
        for _ in range(3):
            t = time.process_time()
            found = find_conflicts(entries, [], settings, clock)
            took = min(took, time.process_time() - t)
        return took, found

    rows = []
    piled, piled_found = best(_one_person(SIMULTANEOUS, spread=False))
    spread, _ = best(_one_person(SIMULTANEOUS, spread=True))
    sizes = sorted((len(c.entry_ids) for c in piled_found), reverse=True)
    print(f"conflicts: {SIMULTANEOUS:,} simultaneous occurrences of one person -> {len(piled_found)} conflicts "
          f"(largest lists {sizes[0] if sizes else 0:,} entries) in {piled:.3f} s CPU; the same entries one after "
          f"another: {spread:.3f} s CPU")
    rows.append((f"analysis.conflicts_{SIMULTANEOUS}_simultaneous", piled, spread, SIMULTANEOUS_TARGET))

    pasted = _pasted(PASTED_ROWS, PASTED_TIMES)
    took, found = best(pasted)
    print(f"conflicts: {PASTED_ROWS} rows pasted {PASTED_TIMES:,} times ({len(pasted):,} entries) -> "
          f"{len(found):,} conflicts in {took:.3f} s CPU (random 100,000 entries: {ours_100k:.3f} s CPU)")
    rows.append(("analysis.conflicts_pasted_1000x", took, ours_100k, PASTED_TARGET))

    large = _entries(LARGE_N, days=3 * 365, seed=7)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.process_time()
    found = find_conflicts(large, [], settings, clock)
    took = time.process_time() - t
    grown = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before, 0) / 1024
    print(f"conflicts: {LARGE_N:,} entries -> {len(found):,} conflicts in {took:.3f} s CPU, peak memory grew by "
          f"{grown:.0f} MB (over the entries themselves); 5x the 100,000-entry run: {5 * ours_100k:.3f} s CPU")
    rows.append((f"analysis.conflicts_{LARGE_N // 1000}k", took, 5 * ours_100k, LARGE_TARGET))
    del large, found
    return rows


def _calendar_with_series(events: int = SERIES_EVENTS, seed: int = 5) -> list[Entry]:
    """A 20,000-event calendar: 10 % weekly series over one year (52 occurrences each)."""
    from dataclasses import replace

    base = _entries(events, days=365, seed=seed)
    out: list[Entry] = []
    next_id = len(base) + 1
    for k, e in enumerate(base):
        if k % 10:
            out.append(e)
            continue
        first = T0 + timedelta(days=k % 7, hours=9)
        for w in range(52):
            out.append(replace(e, id=next_id, start=first + timedelta(weeks=w), end=None, all_day=False,
                               series_key=f"series-{k}", source_ref=f"{e.source_ref}@{w}"))
            next_id += 1
    return out


_LOAD_OURS = ("import time; from calendar_core.analysis import meaning; t = time.perf_counter(); meaning.model(); "
              "print(time.perf_counter() - t)")
_LOAD_PACKAGE = ("import os, time, importlib.util; t = time.perf_counter(); import wordllama; "
                 "wordllama.WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__), disable_download=True); "
                 "print(time.perf_counter() - t)")


def _load_time(code: str) -> float:
    """Seconds a fresh interpreter takes to load the model, libraries included (best of three)."""
    import subprocess
    import sys

    runs = [float(subprocess.run([sys.executable, "-c", code], check=True, cwd=str(_ROOT), capture_output=True,
                                 text=True).stdout.strip().splitlines()[-1]) for _ in range(3)]
    return min(runs)


def run() -> list[tuple[str, float, float, float]]:
    from rapidfuzz import fuzz, process

    from calendar_core.analysis.conflicts import find_conflicts
    from calendar_core.analysis.duplicates import clear_caches, find_duplicates, make_items
    from calendar_core.analysis.timeutil import LocalClock

    settings = Settings(timezone="Europe/Berlin")
    clock = LocalClock(settings.timezone)
    rows = []

    entries = _entries(CONFLICT_N, days=3 * 365, seed=1)
    ours = float("inf")
    for _ in range(3):  # best of three, CPU time: the machine is shared with other jobs
        t = time.process_time()
        conflicts = find_conflicts(entries, [], settings, clock)
        ours = min(ours, time.process_time() - t)
    sample = _entries(CONFLICT_SAMPLE, days=int(3 * 365 * CONFLICT_SAMPLE / CONFLICT_N) or 1, seed=2)
    t = time.process_time()
    _naive_conflicts(sample, settings)
    naive = (time.process_time() - t) * (CONFLICT_N / CONFLICT_SAMPLE) ** 2
    print(f"conflicts: {CONFLICT_N:,} entries -> {len(conflicts):,} conflicts in {ours:.3f} s CPU; naive pairwise "
          f"check timed on {CONFLICT_SAMPLE:,} entries and extrapolated quadratically: {naive:.1f} s CPU "
          f"({naive / ours:.0f}x)")
    rows.append(("analysis.conflicts_100k", ours, naive, CONFLICT_TARGET))

    rows += _group_lines(settings, clock, ours)

    entries = _entries(DUP_N, days=365, seed=3)
    ours = float("inf")
    for _ in range(3):
        clear_caches()  # cold: every title is normalised in the timed run
        t = time.process_time()
        groups = find_duplicates(make_items(entries, clock), settings)
        ours = min(ours, time.process_time() - t)
    titles = [e.title for e in entries[:DUP_SAMPLE]]
    t = time.process_time()
    process.cdist(titles, titles, scorer=fuzz.token_set_ratio, workers=1)
    naive = (time.process_time() - t) * (DUP_N / DUP_SAMPLE) ** 2
    print(f"duplicates: {DUP_N:,} entries -> {len(groups):,} groups in {ours:.3f} s CPU; full cdist matrix "
          f"(one worker) timed on {DUP_SAMPLE:,} titles and extrapolated quadratically: {naive:.1f} s CPU "
          f"({naive / ours:.0f}x)")
    rows.append(("analysis.duplicates_10k", ours, naive, DUP_TARGET))

    entries = _calendar_with_series()
    ours = float("inf")
    for _ in range(2):
        clear_caches()
        t = time.process_time()
        groups = find_duplicates(make_items(entries, clock), settings)
        ours = min(ours, time.process_time() - t)
    titles = [e.title for e in entries[:DUP_SAMPLE]]
    t = time.process_time()
    process.cdist(titles, titles, scorer=fuzz.token_set_ratio, workers=1)
    naive = (time.process_time() - t) * (len(entries) / DUP_SAMPLE) ** 2
    print(f"duplicates: {SERIES_EVENTS:,} events with 10 % weekly series = {len(entries):,} occurrences -> "
          f"{len(groups):,} groups in {ours:.3f} s CPU; full cdist extrapolated: {naive:.1f} s CPU")
    rows.append(("analysis.duplicates_20k_events_series", ours, naive, SERIES_TARGET))

    ours, package = _load_time(_LOAD_OURS), _load_time(_LOAD_PACKAGE)
    print(f"sentence model: loaded in {ours:.3f} s wall (tokenizers + safetensors imported on first use); the "
          f"package's own import + WordLlama.load: {package:.3f} s")
    rows.append(("analysis.meaning_model_load", ours, package, MODEL_LOAD_TARGET))
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
