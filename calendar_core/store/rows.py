"""Turning importer records into canonical entry rows, and rows back into Entries."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone

from calendar_core.model import Entry
from calendar_core.names import Names, tidy
from calendar_core.timeconv import to_ts
from importers.records import RawRecord

# Columns that make up an entry's content; a change in any of them is "changed".
CONTENT_COLUMNS = (
    "kind", "title", "description", "start_ts", "end_ts", "all_day", "tz", "department",
    "channel", "channel_raw", "owner", "owner_raw", "status", "status_raw", "campaign", "link",
    "tags", "extra", "location", "series_key", "recurrence_id_ts", "recurrence",
)
MAX_TEXT = 20000
UTC = timezone.utc


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[:limit]


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


_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _json_list(values) -> str:
    return _ENCODE(list(values)) if values else "[]"


def _json_map(values) -> str:
    if not values:
        return "{}"
    return _ENCODE({str(k): str(v) for k, v in values.items()})


# A stored row as a tuple: source_ref, the content columns, fingerprint.
ROW_COLUMNS = ("source_ref", *CONTENT_COLUMNS, "fingerprint")
REF, FP = 0, len(ROW_COLUMNS) - 1
_EXTRA = CONTENT_COLUMNS.index("extra")  # in the content tuple; "location" follows it
assert CONTENT_COLUMNS[_EXTRA + 1] == "location"
EXTRA, LOCATION = _EXTRA + 1, _EXTRA + 2  # in the row tuple


def _without_position(extra):
    """Row number and sheet name are kept in ``location``, not as content."""
    if extra and ("row" in extra or "sheet" in extra):
        return {k: v for k, v in extra.items() if k not in ("row", "sheet")}
    return extra


def record_to_row(rec: RawRecord, names: "Names | Canonicaliser") -> tuple:
    """The canonical stored form of a record, as a tuple in ROW_COLUMNS order."""
    canon = names if isinstance(names, Canonicaliser) else Canonicaliser(names)
    start = rec.start
    end = rec.end
    if rec.all_day:
        if isinstance(start, datetime):
            start = start.date()
        if isinstance(end, datetime):
            end = end.date()
        if end is None or end <= start:
            end = start + timedelta(days=1)
    start_ts = to_ts(start)
    end_ts = to_ts(end) if end is not None else None
    if end_ts is not None and end_ts < start_ts:
        end_ts = None  # an end before the start is no end at all
    rid = rec.recurrence_id
    channel, channel_raw = canon("channel", rec.channel)
    owner, owner_raw = canon("person", rec.owner)
    status, status_raw = canon("status", rec.status)
    department = " ".join(rec.department.split())[:250] if rec.department else None
    content = (
        rec.kind or "event",
        _clip(" ".join(rec.title.split()) if rec.title else "", 2000),
        _clip(rec.description or ""),
        start_ts,
        end_ts,
        bool(rec.all_day),
        rec.timezone,
        department or None,
        channel,
        channel_raw,
        owner,
        owner_raw,
        status[:120],
        status_raw[:120],
        " ".join(rec.campaign.split())[:500] if rec.campaign else "",
        (rec.link or "").strip()[:4000],
        _json_list(rec.tags),
        _json_map(_without_position(rec.extra)),
        (rec.location or "")[:250],
        rec.series_key[:500] if rec.series_key else None,
        to_ts(rid) if rid is not None else None,
        rec.recurrence,
    )
    # Where a row sits (its location) is not its content: a re-sorted sheet
    # must not turn every row into "changed".
    identity = content[:_EXTRA + 1] + content[_EXTRA + 2:]
    digest = hashlib.sha1(repr(identity).encode("utf-8", "surrogatepass")).hexdigest()
    return (_clip(rec.source_ref, 700), *content, digest)



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


def unique_refs(rows: list[tuple], warnings: list[str]) -> list[tuple]:
    """Make source_ref unique inside one import (importers should already do so)."""
    seen: dict[str, int] = {}
    out = []
    clashes = 0
    for row in rows:
        ref = row[REF]
        if ref in seen:
            seen[ref] += 1
            row = (f"{ref}#{seen[ref]}", *row[1:])
            clashes += 1
        else:
            seen[ref] = 1
        out.append(row)
    if clashes:
        warnings.append(f"{clashes} entries shared an identity with another entry of the same file; numbered to keep them apart")
    return out

