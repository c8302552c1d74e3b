"""Duplicated efforts: entries of different departments about the same thing.

Pipeline:

1. every entry's title/description becomes :class:`~.text.TextFeatures`;
2. candidate pairs come from time blocks (entries within ±D days) scored in
   bulk with ``rapidfuzz.process.cdist`` over token strings (each stem one
   character, so ``fuzz.ratio`` is the Dice overlap of stem sets), plus every
   pair sharing a link;
3. each candidate gets a score: stem overlap weighted by rarity (IDF over all
   entries analysed), raised by a shared link, campaign, number or date written
   in the title, lowered when the texts differ in what changes the effort (a
   number, quarter or version, a date, a month, a proper name, "promo" vs
   "recap");
4. pairs above the threshold are grouped (A≈B≈C), never chaining past the
   window and never putting two entries of one department or one recurring
   series in a group.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from calendar_core.model import DuplicateGroup, Entry
from calendar_core.names import name_key
from calendar_core.settings import Settings

from .keys import item_key
from .text import TextFeatures, capitals, features
from .timeutil import LocalClock

_YEARS = range(1900, 2101)


@dataclass(slots=True)
class Item:
    entry: Entry
    day: int  # local calendar day (ordinal)
    team: str
    series: tuple | None
    feats: TextFeatures


@dataclass(slots=True)
class PairScore:
    score: float
    reasons: list[str]


class Corpus:
    """Word statistics over all entries analysed together."""

    def __init__(self, items: Sequence[Item], titles: Sequence[str]):
        n = max(len(items), 1)
        df: dict[str, int] = defaultdict(int)
        for item in items:
            for s in item.feats.stems:
                df[s] += 1
        self.n = n
        self.df = df
        self.idf = {s: math.log(1.0 + n / c) for s, c in df.items()}
        self.max_idf = math.log(1.0 + n)
        upper: set[str] = set()
        lower: set[str] = set()
        for title in titles:
            up, low = capitals(title)
            upper |= up
            lower |= low
        common = max(3, int(0.02 * n))
        self.names = frozenset(s for s in upper - lower if df.get(s, 0) <= common)

    def weight(self, stems) -> float:
        idf = self.idf
        return sum(idf.get(s, self.max_idf) for s in stems)


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and int(token) in _YEARS


def _fmt_date(md: tuple[int, int]) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{md[1]} {months[md[0] - 1]}"


def score_pair(a: Item, b: Item, corpus: Corpus) -> PairScore:
    """How likely two entries are the same effort (0..1), with readable reasons."""
    fa, fb = a.feats, b.feats
    reasons: list[str] = []
    shared = fa.stems & fb.stems
    wa, wb, ws = corpus.weight(fa.stems), corpus.weight(fb.stems), corpus.weight(shared)
    if wa > 0 and wb > 0:
        dice = 2 * ws / (wa + wb)
        overlap = ws / min(wa, wb)
        sim = 0.5 * dice + 0.5 * overlap
    else:
        sim = 0.0
    if fa.desc_stems and fb.desc_stems:
        dshared = fa.desc_stems & fb.desc_stems
        da, db = corpus.weight(fa.desc_stems), corpus.weight(fb.desc_stems)
        dsim = 2 * corpus.weight(dshared) / (da + db) if da + db else 0.0
        if dsim > 0.5:
            reasons.append(f"descriptions {round(dsim * 100)} % alike")
        sim = max(sim, 0.5 * sim + 0.5 * dsim)
    score = sim
    days = abs(a.day - b.day)
    when = "same day" if days == 0 else ("1 day apart" if days == 1 else f"{days} days apart")
    reasons.insert(0, f"titles {round(sim * 100)} % alike, {when}")

    strong = False
    if fa.links & fb.links:
        score = max(score, 0.95)
        reasons.insert(0, "same link")
        strong = True
    elif fa.links and fb.links:
        score *= 0.8  # each links somewhere else
    campaign_a, campaign_b = name_key(a.entry.campaign), name_key(b.entry.campaign)
    if campaign_a and campaign_a == campaign_b and sim >= 0.4:
        score += 0.05
        reasons.append(f"same campaign ({a.entry.campaign.strip()})")

    # Dates written in the titles.
    if fa.dates and fb.dates:
        common = fa.dates & fb.dates
        if common:
            score += 0.15
            strong = True
            reasons.append("both name " + _fmt_date(min(common)))
        else:
            score *= 0.3
            reasons.append("name different dates")
    # Numbers, quarters, versions.
    only_a = {t for t in fa.numbers - fb.numbers}
    only_b = {t for t in fb.numbers - fa.numbers}
    if only_a and only_b:
        score *= 0.35
        reasons.append(f"differ in {sorted(only_a)[0]} vs {sorted(only_b)[0]}")
    else:
        same = {t for t in fa.numbers & fb.numbers if not _is_year(t)}
        if same:
            score += 0.1
            strong = True
            reasons.append(f"both name {sorted(same)[0]}")
    if fa.months and fb.months and not (fa.months & fb.months):
        score *= 0.4
        reasons.append("name different months")
    if fa.phase and fb.phase and not (fa.phase & fb.phase):
        score *= 0.4
        reasons.append("one before, one after the event")
    names_a = (fa.stems - fb.stems) & corpus.names
    names_b = (fb.stems - fa.stems) & corpus.names
    if names_a and names_b and not strong:
        score *= 0.5
        reasons.append("name different things")
    return PairScore(min(score, 1.0), reasons)


def _encode(stems, codes: dict[str, str]) -> str:
    out = []
    for s in stems:
        c = codes.get(s)
        if c is None:
            n = len(codes) + 0x100
            if n >= 0xD800:
                n += 0x800  # skip surrogates
            c = codes[s] = chr(n)
        out.append(c)
    return "".join(sorted(out))


def candidate_pairs(items: Sequence[Item], corpus: Corpus, window: int, settings: Settings) -> set[tuple[int, int]]:
    """Index pairs (i < j, items sorted by day) worth scoring: share a rare stem or a link."""
    n = len(items)
    if n < 2:
        return set()
    common = max(5, int(0.1 * corpus.n))
    codes: dict[str, str] = {}
    strings = [_encode([s for s in it.feats.stems if corpus.df.get(s, 0) <= common], codes) for it in items]
    days = np.fromiter((it.day for it in items), dtype=np.int64, count=n)
    team_ids: dict[str, int] = {}
    teams = np.fromiter((team_ids.setdefault(it.team, len(team_ids)) for it in items), dtype=np.int64, count=n)
    pairs: set[tuple[int, int]] = set()
    width = window + 1
    first = int(days[0])
    block_of = (days - first) // width
    bounds = np.searchsorted(block_of, np.arange(int(block_of[-1]) + 2))
    for b in range(len(bounds) - 1):
        lo, mid = int(bounds[b]), int(bounds[b + 1])
        hi = int(bounds[b + 2]) if b + 2 < len(bounds) else mid
        if lo == mid:
            continue
        rows = strings[lo:mid]
        cols = strings[lo:hi]
        matrix = process.cdist(rows, cols, scorer=fuzz.ratio, dtype=np.uint8, score_cutoff=1, workers=1)
        r, c = np.nonzero(matrix)
        i = r + lo
        j = c + lo
        keep = (j > i) & (np.abs(days[j] - days[i]) <= window)
        if not settings.duplicates_within_department:
            keep &= teams[i] != teams[j]
        for x, y in zip(i[keep].tolist(), j[keep].tolist()):
            pairs.add((x, y))
    by_link: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        for link in item.feats.links:
            by_link[link].append(index)
    for members in by_link.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if abs(items[i].day - items[j].day) <= window:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _allowed(a: Item, b: Item, settings: Settings) -> bool:
    if a.series is not None and a.series == b.series:
        return False
    if not settings.duplicates_within_department and a.team == b.team:
        return False
    return True


def find_duplicates(items: Sequence[Item], settings: Settings, titles: Sequence[str] | None = None) -> list[DuplicateGroup]:
    """Duplicate groups over ``items`` (already filtered, any order)."""
    items = sorted(items, key=lambda it: (it.day, it.entry.start))
    if len(items) < 2:
        return []
    corpus = Corpus(items, titles if titles is not None else [it.entry.title for it in items])
    window = max(int(settings.duplicate_window_days), 0)
    threshold = float(settings.duplicate_threshold)
    edges: list[tuple[float, int, int, list[str]]] = []
    for i, j in candidate_pairs(items, corpus, window, settings):
        a, b = items[i], items[j]
        if not _allowed(a, b, settings):
            continue
        result = score_pair(a, b, corpus)
        if result.score >= threshold:
            edges.append((result.score, i, j, result.reasons))
    return group(items, edges, window, settings)


def group(items: Sequence[Item], edges, window: int, settings: Settings) -> list[DuplicateGroup]:
    """Merge scored pairs into groups, strongest first, without chaining past the window."""
    edges = sorted(edges, key=lambda e: (-e[0], e[1], e[2]))
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        members.setdefault(x, [x])
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    used: dict[int, list[tuple[float, int, int, list[str]]]] = defaultdict(list)
    for edge in edges:
        _, i, j, _ = edge
        ri, rj = find(i), find(j)
        if ri == rj:
            used[ri].append(edge)
            continue
        merged = members[ri] + members[rj]
        days = [items[m].day for m in merged]
        if max(days) - min(days) > window:
            continue
        if any(not _allowed(items[x], items[y], settings) for x in members[ri] for y in members[rj]):
            continue
        parent[rj] = ri
        members[ri] = merged
        used[ri].extend(used.pop(rj, []))
        used[ri].append(edge)
    groups: list[DuplicateGroup] = []
    for root, group_edges in used.items():
        if find(root) != root:
            continue
        ids = sorted(members[root], key=lambda m: (items[m].entry.start, items[m].entry.id))
        entries = [items[m].entry for m in ids]
        best = max(e[0] for e in group_edges)
        reasons: list[str] = []
        for score, i, j, why in sorted(group_edges, key=lambda e: -e[0]):
            if len(ids) > 2:
                label = f"{_who(items[i].entry)} ≈ {_who(items[j].entry)}: "
            else:
                label = ""
            reasons.append(label + ", ".join(why))
        groups.append(DuplicateGroup(
            entry_ids=[e.id for e in entries],
            score=round(best, 3),
            reasons=reasons,
            key=item_key("duplicate", entries),
        ))
    groups.sort(key=lambda g: (-g.score, g.entry_ids))
    return groups


def _who(entry: Entry) -> str:
    return entry.department or entry.source_name or f"entry {entry.id}"


def make_items(entries: Sequence[Entry], clock: LocalClock, day_first: bool | None = None) -> list[Item]:
    cache: dict[tuple[str, str, str], TextFeatures] = {}
    items = []
    first = True if day_first is None else day_first
    for entry in entries:
        key = (entry.title, entry.description, entry.link)
        feats = cache.get(key)
        if feats is None:
            feats = cache[key] = features(entry.title, entry.description, entry.link, first)
        if not feats.stems and not feats.links:
            continue
        day = entry.start.date().toordinal() if entry.all_day else clock.day(entry.start)
        items.append(Item(
            entry=entry,
            day=day,
            team=team_of(entry),
            series=(entry.source_id, entry.series_key) if entry.series_key else None,
            feats=feats,
        ))
    return items


def team_of(entry: Entry) -> str:
    """Department key; entries without one count as their source's own team."""
    return name_key(entry.department) or f"source:{entry.source_id}"
