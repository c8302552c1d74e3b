"""The stored entry row: its columns, canonical names, and rows back into Entries.

Importer records become rows in :mod:`calendar_core.store.batch`."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from calendar_core.model import Entry
from calendar_core.names import Names, tidy

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


def _loads_list(text: str | None) -> tuple:
    return tuple(json.loads(text)) if text and text != "[]" else ()


def _loads_map(text: str | None) -> dict:
    return json.loads(text) if text and text != "{}" else _EMPTY


def _ts(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if value is not None else None


def row_to_entry(m, source_department: str, source_name: str) -> Entry:
    """Build an Entry from a mapping row of entries joined with its source."""
    return Entry(
        id=m["id"],
        source_id=m["source_id"],
        source_ref=m["source_ref"],
        title=m["title"],
        start=_ts(m["start_ts"]),
        end=_ts(m["end_ts"]),
        all_day=bool(m["all_day"]),
        timezone=m["tz"],
        description=m["description"],
        department=m["department"] or source_department,
        channel=m["channel"],
        owner=m["owner"],
        status=m["status"],
        campaign=m["campaign"],
        link=m["link"],
        tags=_loads_list(m["tags"]),
        kind=m["kind"],
        location=m["location"],
        series_key=m["series_key"],
        recurrence_id=_ts(m["recurrence_id_ts"]),
        recurrence=m["recurrence"],
        channel_raw=m["channel_raw"],
        owner_raw=m["owner_raw"],
        status_raw=m["status_raw"],
        extra=_loads_map(m["extra"]),
        source_name=source_name,
    )
