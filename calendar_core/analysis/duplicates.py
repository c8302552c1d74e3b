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
    stems: frozenset[str] = frozenset()  # content stems, set by Corpus


@dataclass(slots=True)
class PairScore:
    score: float
    reasons: list[str]


class Corpus:
    """Word statistics over all entries analysed together.

    * stems that are a long prefix of another ("promo"/"promot") are merged;
    * a label that starts many titles ("We're hiring:", "Feature focus –") is a
      series template, not content, and is left out of the comparison;
    * rarity (IDF) weighs each stem; proper names are learnt from capitals.
    """

    def __init__(self, items: Sequence[Item], titles: Sequence[str], window: int = 7):
        n = max(len(items), 1)
        self.n = n
        self.window = window
        vocab: set[str] = set()
        labels: dict[str, int] = defaultdict(int)
        for item in items:
            vocab |= item.feats.stems
            if item.feats.label:
                labels[item.feats.label] += 1
        self.root = _prefix_roots(vocab)
        template = max(3, int(0.01 * n))
        self.templates = frozenset(label for label, count in labels.items() if count >= template)
        df: dict[str, int] = defaultdict(int)
        root = self.root
        for item in items:
            stems = item.feats.stems
            if item.feats.label in self.templates:
                content = stems - item.feats.label_stems
                stems = content or stems
            item.stems = frozenset(root.get(s, s) for s in stems)
            for s in item.stems:
                df[s] += 1
        self.df = df
        self.idf = {s: _weight(n, c) for s, c in df.items()}
        self.max_idf = _weight(n, 1)
        upper: set[str] = set()
        lower: set[str] = set()
        for title in titles:
            up, low = capitals(title)
            upper |= {root.get(s, s) for s in up}
            lower |= {root.get(s, s) for s in low}
        common = max(3, int(0.02 * n))
        self.names = frozenset(s for s in upper - lower if df.get(s, 0) <= common)

    def weight(self, stems) -> float:
        idf = self.idf
        return sum(idf.get(s, self.max_idf) for s in stems)


LINKAGE = 0.8  # average similarity across a merge, relative to the threshold
TIME_DECAY = 0.3  # a pair D days apart keeps 70 % of its text score
WEIGHT_POWER = 2.0
WEIGHT_FLOOR = 1.5


def _weight(n: int, df: int) -> float:
    """Rarity weight: words in more than ~1 in 5 entries count for almost nothing."""
    return max(math.log(n / df) - WEIGHT_FLOOR, 0.05) ** WEIGHT_POWER


def _prefix_roots(vocab: set[str]) -> dict[str, str]:
    """Map a stem to a shorter stem of the corpus that covers most of it ("promot" -> "promo")."""
    roots: dict[str, str] = {}
    for s in sorted(vocab, key=len):
        if any(ch.isdigit() for ch in s):
            continue
        lowest = max(4, math.ceil(0.6 * len(s)))
        for k in range(lowest, len(s)):
            prefix = s[:k]
            if prefix in vocab:
                roots[s] = roots.get(prefix, prefix)
                break
    return roots


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and int(token) in _YEARS


def _fmt_date(md: tuple[int, int]) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{md[1]} {months[md[0] - 1]}"


def score_pair(a: Item, b: Item, corpus: Corpus) -> PairScore:
    """How likely two entries are the same effort (0..1), with readable reasons."""
    fa, fb = a.feats, b.feats
    reasons: list[str] = []
    shared = a.stems & b.stems
    wa, wb, ws = corpus.weight(a.stems), corpus.weight(b.stems), corpus.weight(shared)
    if wa > 0 and wb > 0:
        sim = ws / math.sqrt(wa * wb)
    else:
        sim = 0.0
    if fa.desc_stems and fb.desc_stems:
        dshared = fa.desc_stems & fb.desc_stems
        da, db = corpus.weight(fa.desc_stems), corpus.weight(fb.desc_stems)
        dsim = 2 * corpus.weight(dshared) / (da + db) if da + db else 0.0
        if dsim > 0.5:
            reasons.append(f"descriptions {round(dsim * 100)} % alike")
        sim = max(sim, 0.5 * sim + 0.5 * dsim)
    days = abs(a.day - b.day)
    window = max(corpus.window, 1)
    score = sim * (1.0 - TIME_DECAY * min(days, window) / window)
    when = "same day" if days == 0 else ("1 day apart" if days == 1 else f"{days} days apart")
    reasons.insert(0, f"titles {round(sim * 100)} % alike, {when}")

    # What raises a pair: a shared link, campaign, date, number or name.
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
    common_dates = fa.dates & fb.dates
    if common_dates:
        score += 0.15
        strong = True
        reasons.append("both name " + _fmt_date(min(common_dates)))
    only_a = sorted(fa.numbers - fb.numbers)
    only_b = sorted(fb.numbers - fa.numbers)
    same = sorted(t for t in fa.numbers & fb.numbers if not _is_year(t))
    if same and not (only_a and only_b):
        score += 0.1
        strong = True
        reasons.append(f"both name {same[0]}")
    phrases = fa.phrases & fb.phrases
    if phrases:
        score += 0.1
        reasons.append("both name " + max(phrases, key=len))

    # What changes the effort: a different date, number, month, phase or name.
    if fa.dates and fb.dates and not common_dates:
        score *= 0.2
        reasons.append("name different dates")
    if only_a and only_b:
        root = corpus.root
        same_role = [(x, y) for x in only_a for y in only_b
                     if {root.get(s, s) for s in fa.number_context.get(x, ())}
                     & {root.get(s, s) for s in fb.number_context.get(y, ())}]
        x, y = same_role[0] if same_role else (only_a[0], only_b[0])
        score *= 0.2 if same_role else 0.75
        reasons.append(f"differ in {x} vs {y}")
    if fa.months and fb.months and not (fa.months & fb.months):
        score *= 0.25
        reasons.append("name different months")
    if fa.phase and fb.phase and not (fa.phase & fb.phase):
        score *= 0.25
        reasons.append("one before, one after the event")
    names_a = (a.stems - b.stems) & corpus.names
    names_b = (b.stems - a.stems) & corpus.names
    if names_a and names_b and not strong:
        score *= 0.25
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
    strings = [_encode([s for s in it.stems if corpus.df.get(s, 0) <= common], codes) for it in items]
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
    window = max(int(settings.duplicate_window_days), 0)
    corpus = Corpus(items, titles if titles is not None else [it.entry.title for it in items], window)
    threshold = float(settings.duplicate_threshold)
    edges: list[tuple[float, int, int, list[str]]] = []
    scores: dict[tuple[int, int], float] = {}
    for i, j in candidate_pairs(items, corpus, window, settings):
        a, b = items[i], items[j]
        if not _allowed(a, b, settings):
            continue
        result = score_pair(a, b, corpus)
        scores[(i, j)] = result.score
        if result.score >= threshold:
            edges.append((result.score, i, j, result.reasons))

    def pair_score(i: int, j: int) -> float:
        return scores.get((min(i, j), max(i, j)), 0.0)

    return group(items, edges, window, settings, pair_score, threshold)


def group(items: Sequence[Item], edges, window: int, settings: Settings, pair_score, threshold: float) -> list[DuplicateGroup]:
    """Merge scored pairs into groups (A≈B and B≈C make one group).

    A group is a connected set of pairs above the threshold, then trimmed until
    it holds: it spans at most the window (no chaining across weeks through
    small steps), has no two entries of one department or series, and every
    member is on average alike to the others (one loose pair does not glue two
    topics). Trimmed members are grouped again among themselves.
    """
    by_node: dict[int, list[tuple[float, int, int, list[str]]]] = defaultdict(list)
    for edge in edges:
        by_node[edge[1]].append(edge)
        by_node[edge[2]].append(edge)
    pending = set(by_node)
    found: list[list[int]] = []
    for _ in range(len(pending) + 1):
        if not pending:
            break
        leftovers: set[int] = set()
        for component in _components(pending, by_node):
            kept = _trim(component, items, window, settings, pair_score, threshold)
            if len(kept) >= 2:
                found.append(kept)
            leftovers |= set(component) - set(kept)
        if leftovers == pending:
            break
        pending = leftovers
    groups: list[DuplicateGroup] = []
    for members in found:
        inside = set(members)
        group_edges = {(e[1], e[2]): e for m in members for e in by_node[m] if e[1] in inside and e[2] in inside}
        ordered = sorted(members, key=lambda m: (items[m].entry.start, items[m].entry.id))
        entries = [items[m].entry for m in ordered]
        best = max(e[0] for e in group_edges.values())
        reasons: list[str] = []
        for score, i, j, why in sorted(group_edges.values(), key=lambda e: -e[0]):
            label = f"{_who(items[i].entry)} ≈ {_who(items[j].entry)}: " if len(ordered) > 2 else ""
            reasons.append(label + ", ".join(why))
        groups.append(DuplicateGroup(
            entry_ids=[e.id for e in entries],
            score=round(best, 3),
            reasons=reasons,
            key=item_key("duplicate", entries),
        ))
    groups.sort(key=lambda g: (-g.score, g.entry_ids))
    return groups


def _components(nodes: set[int], by_node) -> list[list[int]]:
    seen: set[int] = set()
    out = []
    for start in sorted(nodes):
        if start in seen:
            continue
        stack, component = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            component.append(node)
            for _, i, j, _ in by_node[node]:
                other = j if i == node else i
                if other in nodes and other not in seen:
                    seen.add(other)
                    stack.append(other)
        out.append(sorted(component))
    return out


def _trim(component: list[int], items, window: int, settings: Settings, pair_score, threshold: float) -> list[int]:
    """Drop the least attached member until the group is valid."""
    members = list(component)
    while len(members) >= 2:
        def attachment(m: int) -> float:
            return sum(pair_score(m, o) for o in members if o != m) / (len(members) - 1)

        days = [items[m].day for m in members]
        clash = any(not _allowed(items[x], items[y], settings)
                    for k, x in enumerate(members) for y in members[k + 1:])
        loose = min(members, key=attachment)
        if max(days) - min(days) <= window and not clash and attachment(loose) >= LINKAGE * threshold:
            return members
        members.remove(loose)
    return members


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
