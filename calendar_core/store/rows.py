"""Turning importer records into canonical entry rows, and rows back into Entries."""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta

from calendar_core.model import Entry
from calendar_core.names import Names, tidy
from calendar_core.timeconv import from_ts, to_ts
from importers.records import RawRecord

# Columns that make up an entry's content; a change in any of them is "changed".
CONTENT_COLUMNS = (
    "kind", "title", "description", "start_ts", "end_ts", "all_day", "tz", "department",
    "channel", "channel_raw", "owner", "owner_raw", "status", "status_raw", "campaign", "link",
    "tags", "extra", "location", "series_key", "recurrence_id_ts", "recurrence",
)
MAX_TEXT = 20000


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[:limit]


def record_to_row(rec: RawRecord, names: Names) -> dict:
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
    row = {
        "source_ref": _clip(rec.source_ref, 700),
        "kind": rec.kind or "event",
        "title": _clip(tidy(rec.title), 2000),
        "description": _clip(rec.description or ""),
        "start_ts": start_ts,
        "end_ts": end_ts,
        "all_day": bool(rec.all_day),
        "tz": rec.timezone,
        "department": tidy(rec.department)[:250] or None,
        "channel": names.channel(rec.channel)[:250],
        "channel_raw": tidy(rec.channel)[:250],
        "owner": names.person(rec.owner)[:250],
        "owner_raw": tidy(rec.owner)[:250],
        "status": names.status(rec.status)[:120],
        "status_raw": tidy(rec.status)[:120],
        "campaign": tidy(rec.campaign)[:500],
        "link": (rec.link or "").strip()[:4000],
        "tags": json.dumps(list(rec.tags), ensure_ascii=False),
        "extra": json.dumps({str(k): str(v) for k, v in (rec.extra or {}).items()}, ensure_ascii=False, sort_keys=True),
        "location": (rec.location or "")[:250],
        "series_key": rec.series_key[:500] if rec.series_key else None,
        "recurrence_id_ts": to_ts(rid) if rid is not None else None,
        "recurrence": rec.recurrence,
    }
    row["fingerprint"] = fingerprint(row)
    return row


def fingerprint(row: dict) -> str:
    payload = json.dumps([row[c] for c in CONTENT_COLUMNS], ensure_ascii=False, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def row_to_entry(row, source_department: str, source_name: str) -> Entry:
    """Build an Entry from a result row of entries joined with its source."""
    m = row._mapping if hasattr(row, "_mapping") else row
    return Entry(
        id=m["id"],
        source_id=m["source_id"],
        source_ref=m["source_ref"],
        title=m["title"],
        start=from_ts(m["start_ts"]),
        end=from_ts(m["end_ts"]),
        all_day=bool(m["all_day"]),
        timezone=m["tz"],
        description=m["description"],
        department=m["department"] or source_department,
        channel=m["channel"],
        owner=m["owner"],
        status=m["status"],
        campaign=m["campaign"],
        link=m["link"],
        tags=tuple(json.loads(m["tags"] or "[]")),
        kind=m["kind"],
        location=m["location"],
        series_key=m["series_key"],
        recurrence_id=from_ts(m["recurrence_id_ts"]),
        recurrence=m["recurrence"],
        channel_raw=m["channel_raw"],
        owner_raw=m["owner_raw"],
        status_raw=m["status_raw"],
        extra=json.loads(m["extra"] or "{}"),
        source_name=source_name,
    )


def unique_refs(rows: list[dict], warnings: list[str]) -> None:
    """Make source_ref unique inside one import (importers should already do so)."""
    seen: dict[str, int] = {}
    clashes = 0
    for row in rows:
        ref = row["source_ref"]
        if ref in seen:
            seen[ref] += 1
            row["source_ref"] = f"{ref}#{seen[ref]}"
            clashes += 1
        else:
            seen[ref] = 1
    if clashes:
        warnings.append(f"{clashes} entries shared an identity with another entry of the same file; numbered to keep them apart")


def date_to_ts(d: date) -> int:
    return to_ts(d)
