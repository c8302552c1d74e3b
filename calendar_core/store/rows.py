"""The stored entry row: its columns, canonical names, and rows back into Entries.

Importer records become rows in :mod:`calendar_core.store.batch`."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from functools import lru_cache, partial
from itertools import repeat

import orjson

from calendar_core.model import Entry
from calendar_core.names import Names, tidy
from importers.slices import sliced_dict, sliced_map, sliced_set

# Columns that make up an entry's content; a change in any of them is "changed".
CONTENT_COLUMNS = (
    "kind", "title", "description", "start_ts", "end_ts", "all_day", "tz", "department",
    "channel", "channel_raw", "owner", "owner_raw", "status", "status_raw", "campaign", "link",
    "tags", "extra", "location", "series_key", "recurrence_id_ts", "recurrence",
)
UTC = timezone.utc


class Canonicaliser:
    """Memoised canonical names for one import (a sheet repeats the same few spellings)."""

    def __init__(self, names: Names):
        self._names = names
        self._cache: dict[tuple[str, str], tuple[str, str]] = {}

    def __call__(self, kind: str, raw: str | None) -> tuple[str, str]:
        key = (kind, raw or "")
        hit = self._cache.get(key)
        if hit is None:
            written = tidy(raw)
            hit = self._cache[key] = (self._names.canonical(kind, written)[:250], written[:250])
        return hit


# A stored row as a tuple: source_ref, the content columns, fingerprint.
ROW_COLUMNS = ("source_ref", *CONTENT_COLUMNS, "fingerprint")
REF, FP = 0, len(ROW_COLUMNS) - 1

_EMPTY: dict = {}


def _loads(text: str):
    """``json.loads(text)`` of a stored list or map, by orjson (several times faster) when it holds
    texts only, as the store writes them; anything else by ``json`` (orjson reads a lone surrogate
    or NaN not at all, and a number beyond 64 bits as a float)."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
    items = value.values() if value.__class__ is dict else value
    return value if all(v.__class__ is str for v in items) else json.loads(text)


@lru_cache(maxsize=65_536)
def _loads_list(text: str | None) -> tuple:
    return tuple(_loads(text)) if text and text != "[]" else ()


@lru_cache(maxsize=65_536)
def _loads_map(text: str | None) -> dict:
    """The stored extra fields (shared between entries that store the same text: read only, like ``_EMPTY``)."""
    return _loads(text) if text and text != "{}" else _EMPTY


def _ts(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if value is not None else None


def _same(value):
    return value


def sharing():
    """A function that returns one object for equal texts: entries read together share their
    repeated texts (a series' title, description and rule; names; zones) instead of a copy each."""
    seen: dict = {}

    def share(value):
        return seen.setdefault(value, value)

    return share


def row_to_entry(m, source_department: str, source_name: str, share=_same) -> Entry:
    """Build an Entry from a mapping row of entries joined with its source (``share``: see :func:`sharing`)."""
    start_ts, rid_ts = m["start_ts"], m["recurrence_id_ts"]
    start = _ts(start_ts)
    return Entry(
        id=m["id"],
        source_id=m["source_id"],
        source_ref=m["source_ref"],
        title=share(m["title"]),
        start=start,
        end=_ts(m["end_ts"]),
        all_day=bool(m["all_day"]),
        timezone=share(m["tz"]),
        description=share(m["description"]),
        department=share(m["department"] or source_department),
        channel=share(m["channel"]),
        owner=share(m["owner"]),
        status=share(m["status"]),
        campaign=share(m["campaign"]),
        link=share(m["link"]),
        tags=_loads_list(m["tags"]),
        kind=share(m["kind"]),
        location=m["location"],
        series_key=share(m["series_key"]),
        recurrence_id=start if rid_ts is not None and rid_ts == start_ts else _ts(rid_ts),
        recurrence=share(m["recurrence"]),
        channel_raw=share(m["channel_raw"]),
        owner_raw=share(m["owner_raw"]),
        status_raw=share(m["status_raw"]),
        extra=_loads_map(m["extra"]),
        source_name=source_name,
    )


def entries_from_columns(columns: list[list], ids: dict[str, int], source_id: int, source_department: str,
                         source_name: str) -> list[Entry]:
    """The Entries that :func:`row_to_entry` gives for rows just stored from ``columns`` (ROW_COLUMNS
    order), without reading them back: ``ids`` maps each source_ref to the id the store gave it.
    Built column by column (the entries are made by ``map``, not a loop of calls)."""
    (refs, kinds, titles, descriptions, starts, ends, all_days, tzs, departments, channels, channel_raws,
     owners, owner_raws, statuses, status_raws, campaigns, links, tags, extras, locations, series_keys, rids,
     recurrences, _fingerprints) = columns
    stamp = datetime.fromtimestamp
    # a slice at a time, each step: one C call over 300,000 values keeps the GUI thread from the GIL
    distinct = sliced_set(starts) | sliced_set(ends)
    distinct.discard(None)
    keys = list(distinct)
    instants = sliced_dict(keys, sliced_map(partial(stamp, tz=UTC), keys))  # one object per instant
    instants[None] = None
    start_dt = sliced_map(instants.__getitem__, starts)
    end_dt = sliced_map(instants.__getitem__, ends)
    rid_dt = [None if r is None else s if r == t else instants.get(r) or stamp(r, UTC)
              for r, t, s in zip(rids, starts, start_dt)] \
        if any(r is not None for r in rids) else rids
    return list(map(
        Entry, map(ids.__getitem__, refs), repeat(source_id), refs, titles, start_dt, end_dt, map(bool, all_days),
        tzs, descriptions, repeat(source_department) if departments.count(None) == len(departments) else
        [d or source_department for d in departments], channels, owners, statuses, campaigns,
        links, map(_loads_list, tags), kinds, locations, series_keys, rid_dt, recurrences, channel_raws,
        owner_raws, status_raws, map(_loads_map, extras), repeat(source_name)))
