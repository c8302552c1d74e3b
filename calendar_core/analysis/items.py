"""Items: the entries the duplicate analysis compares, one per entry with any text (a series once).

Each item holds its entry's local day, team, series and text features; the text features are
kept between analyses, keyed by the texts (a re-analysis after a filter change only reads new
titles).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import Sequence

from calendar_core.model import Entry
from calendar_core.names import name_key
from importers.bulk import without_collector

from .text import TextFeatures, features
from .timeutil import LocalClock


@dataclass(slots=True)
class Item:
    entry: Entry
    day: int  # local calendar day (ordinal)
    team: str
    series: tuple | None
    feats: TextFeatures
    stems: frozenset[str] = frozenset()  # content stems, set by Corpus
    weight: float = 0.0  # their total rarity weight, set by Corpus
    names: frozenset[str] = frozenset()  # stems that are proper names, set by Corpus
    topics: frozenset | None = None  # recurring two-word topics ("chess", "club"), set by Corpus
    campaign: str = ""
    vector: int = -1  # row of the corpus' meaning matrix, set by find_duplicates
    ts: float = 0.0  # the entry's start as UTC seconds (sorting by it is the entries' order, faster)

def _day_and_start(item: Item) -> tuple[int, float]:
    return item.day, item.ts


def _once_per_series(items: Sequence[Item]) -> list[Item]:
    """A series is compared once, by its first occurrence in the range: its occurrences are
    never duplicates of each other, and each would only repeat the same comparisons."""
    if not any(item.series is not None for item in items):
        return list(items)
    seen: set[tuple] = set()
    out = []
    for item in sorted(items, key=_start):
        if item.series is not None:
            key = (item.series, item.entry.title)
            if key in seen:
                continue
            seen.add(key)
        out.append(item)
    return out


def _start(item: Item) -> float:
    return item.ts


_SERIES_KEY = attrgetter("series_key")
_ONCE = attrgetter("source_id", "series_key", "title")  # what makes a series one, in one C call
_FEATURES: dict[tuple[str, str, str, bool], TextFeatures] = {}
_FEATURES_MAX = 250_000


@without_collector
def make_items(entries: Sequence[Entry], clock: LocalClock, day_first: bool | None = None) -> list[Item]:
    """Items for the entries with any text; text features are kept between analyses
    (a re-analysis after a filter change only reads new titles)."""
    cache = _FEATURES
    campaigns: dict[str, str] = {}
    teams: dict[tuple[str, int], str] = {}
    items = []
    first = True if day_first is None else day_first
    for entry in _first_of_each_series(entries):
        key = (entry.title, entry.description, entry.link, first)
        feats = cache.get(key)
        if feats is None:
            if len(cache) >= _FEATURES_MAX:
                cache.clear()
            feats = cache[key] = features(entry.title, entry.description, entry.link, first)
        if not feats.stems and not feats.links:
            continue
        ts = entry.start.timestamp()
        day = entry.start.date().toordinal() if entry.all_day else clock.day_of_ts(ts)
        if entry.campaign and entry.campaign not in campaigns:
            campaigns[entry.campaign] = name_key(entry.campaign)
        items.append(Item(
            entry=entry,
            day=day,
            team=teams.get((entry.department, entry.source_id)) or teams.setdefault(
                (entry.department, entry.source_id), team_of(entry)),
            series=(entry.source_id, entry.series_key) if entry.series_key else None,
            feats=feats,
            campaign=campaigns[entry.campaign] if entry.campaign else "",
            ts=ts,
        ))
    return items


def _first_of_each_series(entries: Sequence[Entry]) -> Sequence[Entry]:
    """The entries less the later occurrences of each series (by source, series and title): a series
    is compared once, by its first occurrence (the earliest start; of equal starts, the first given).
    The entries keep the order they were given in."""
    series = list(map(_SERIES_KEY, entries))
    if not any(series):
        return entries
    positions = [k for k, key in enumerate(series) if key]
    firsts: dict[tuple, int] = {}  # (source, series, title) -> the position of its first occurrence
    keys = map(_ONCE, map(entries.__getitem__, positions))
    for index, once in zip(positions, keys):
        at = firsts.setdefault(once, index)
        if at != index and entries[index].start < entries[at].start:
            firsts[once] = index
    kept = sorted(chain((k for k, key in enumerate(series) if not key), firsts.values()))
    return list(map(entries.__getitem__, kept))


def several_teams(entries: Sequence[Entry]) -> bool:
    """Whether the entries belong to two teams or more (duplicated effort needs two)."""
    teams: set[str] = set()
    for department, source_id in {(e.department, e.source_id) for e in entries}:
        teams.add(name_key(department) or f"source:{source_id}")
        if len(teams) > 1:
            return True
    return False


def team_of(entry: Entry) -> str:
    """Department key; entries without one count as their source's own team."""
    return name_key(entry.department) or f"source:{entry.source_id}"
