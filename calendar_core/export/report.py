"""The JSON report: a contract other tools and our tests read. Keep the names stable."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import islice
from typing import Iterable

import orjson

from calendar_core.export.atomic import atomic_path
from calendar_core.export.bounds import in_zone
from calendar_core.model import Conflict, DuplicateGroup, Entry, Source
from calendar_core.timeconv import zone_or_utc
from calendar_core.understood import source_mapping
from importers.bulk import collector_paused

UTC = timezone.utc
REPORT_VERSION = 1


_zone = zone_or_utc


def iso_instant(value: datetime | None, zone_name: str | None) -> str | None:
    if value is None:
        return None
    return in_zone(value, _zone(zone_name)).isoformat()


def _instant_texts():
    """:func:`iso_instant`, remembered per instant and zone (entries of a calendar share their
    quarter hours: 122,000 entries hold far fewer distinct starts and ends)."""
    seen: dict = {}

    def text(value: datetime | None, zone_name: str | None) -> str | None:
        key = (value, zone_name)
        hit = seen.get(key)
        if hit is None and value is not None:
            if len(seen) > 200_000:
                seen.clear()
            hit = seen[key] = iso_instant(value, zone_name)
        return hit

    text.seen = seen  # (looked up in place by :func:`_entry_dicts`)
    return text


def entries_json(entries: Iterable[Entry]) -> Iterable[dict]:
    """:func:`entry_json` of each entry, lazily (a chunk of entries at a time), sharing the instants' texts."""
    text = _instant_texts()
    it = iter(entries)
    while True:
        chunk = list(islice(it, CHUNK))
        if not chunk:
            return
        yield from _entry_dicts(chunk, text)


def _entry_dicts(chunk: list[Entry], text) -> list[dict]:
    """:func:`entry_json` of each entry of ``chunk`` (the same dicts, keys in the same order), built in
    one comprehension instead of a call per entry; an instant's text is looked up in place (an entry
    without an end asks nothing: a call for each of 50,000 rows of a sheet without ends)."""
    seen = text.seen
    return [{
        "id": e.id, "source": e.source_name, "source_ref": e.source_ref, "title": e.title,
        "start": (seen.get((e.start, e.timezone)) or text(e.start, e.timezone)) if not e.all_day
        else e.start.date().isoformat(),
        "end": (None if e.end is None else seen.get((e.end, e.timezone)) or text(e.end, e.timezone))
        if not e.all_day else _all_day_end(e.start, e.end),
        "all_day": e.all_day, "timezone": e.timezone, "department": e.department, "channel": e.channel,
        "owner": e.owner, "status": e.status, "campaign": e.campaign, "url": e.link, "kind": e.kind,
        "description": e.description, "location": (e.extra or _NO_EXTRA).get("location", ""), "ref": e.location,
        "series": e.series_key, "tags": list(e.tags),
        "proposed": None if e.moved is None else _moved_json(e.moved, e.timezone),
    } for e in chunk]


_NO_EXTRA: dict = {}


def _all_day_end(start, end) -> str:
    return end.date().isoformat() if end else (start + timedelta(days=1)).date().isoformat()


def entry_json(e: Entry, instant=iso_instant) -> dict:
    if e.all_day:
        start = e.start.date().isoformat()
        end = e.end.date().isoformat() if e.end else (e.start + timedelta(days=1)).date().isoformat()
    else:
        start, end = instant(e.start, e.timezone), instant(e.end, e.timezone)
    return {
        "id": e.id,
        "source": e.source_name,
        "source_ref": e.source_ref,
        "title": e.title,
        "start": start,
        "end": end,
        "all_day": e.all_day,
        "timezone": e.timezone,
        "department": e.department,
        "channel": e.channel,
        "owner": e.owner,
        "status": e.status,
        "campaign": e.campaign,
        "url": e.link,
        "kind": e.kind,
        "description": e.description,
        "location": (e.extra or {}).get("location", ""),  # the venue, as the file gives it
        "ref": e.location,  # where it was read: "line 812", "sheet Aug, row 17"
        "series": e.series_key,
        "tags": list(e.tags),
        # the master shows a proposed change: where the department's file has the entry
        "proposed": _proposed_json(e),
    }


def _proposed_json(e: Entry) -> dict | None:
    return None if e.moved is None else _moved_json(e.moved, e.timezone)


def _moved_json(moved, zone_name: str | None) -> dict:
    return {"from_start": iso_instant(moved.start, zone_name), "from_end": iso_instant(moved.end, zone_name),
            "from_channel": moved.channel, "note": moved.note}


def source_json(s: Source | None, *, file: str, entries: int, warnings: Iterable[str] = (),
                errors: Iterable[str] = (), notes: Iterable[str] = (), changes: Iterable[dict] = ()) -> dict:
    settings = s.settings if s else {}
    return {
        "id": s.id if s else None,
        "file": file,
        "department": s.department if s else None,
        "kind": s.kind if s else None,
        "entries": entries,
        "warnings": list(warnings),
        "errors": list(errors),
        "notes": list(notes),
        "timezone": settings.get("timezone"),
        "mapping": source_mapping(settings),  # column -> role, by header or content, with a confidence
        "changes": list(changes),  # entry by entry: new, changed (fields before → after), removed
    }


def conflict_json(c: Conflict) -> dict:
    return {"id": c.key, "kind": c.kind, "entries": list(c.entry_ids), "message": c.message,
            "decision": c.decision, "note": c.note or ""}


def duplicate_json(d: DuplicateGroup) -> dict:
    return {"id": d.key, "entries": list(d.entry_ids), "score": round(float(d.score), 4),
            "reasons": list(d.reasons), "decision": d.decision, "note": d.note or ""}


def build_report(sources: list[dict], entries: list[Entry], conflicts: list[Conflict],
                 duplicates: list[DuplicateGroup], *, timezone_name: str,
                 period: tuple[datetime | None, datetime | None] = (None, None),
                 generated: datetime | None = None, copies: Iterable[DuplicateGroup] = (),
                 lazy: bool = False) -> dict:
    """The report as a dict; ``lazy``: its entries as an iterator, turned into JSON one by one while
    :func:`write_report` writes them (122,000 dicts never live at once)."""
    generated = generated or datetime.now(UTC)
    undecided_c = [c for c in conflicts if not c.decision]
    undecided_d = [d for d in duplicates if not d.decision]
    return {
        "masthead_report": REPORT_VERSION,
        "generated": generated.isoformat(),
        "timezone": timezone_name,
        "period": {"from": period[0].isoformat() if period[0] else None,
                   "to": period[1].isoformat() if period[1] else None},
        "summary": {
            "entries": len(entries),
            "conflicts": len(conflicts),
            "undecided_conflicts": len(undecided_c),
            "duplicates": len(duplicates),
            "undecided_duplicates": len(undecided_d),
        },
        "sources": sources,
        "entries": entries_json(entries) if lazy else list(entries_json(entries)),
        "conflicts": [conflict_json(c) for c in conflicts],
        "duplicates": [duplicate_json(d) for d in duplicates],
        # One entry handed over twice (same UID, or same title, start and channel); "resolved" = merged.
        "copies": [duplicate_json(d) for d in copies],
    }


_OPTIONS = orjson.OPT_NON_STR_KEYS
CHUNK = 2_000  # list items encoded per write


def write_report(path, report: dict) -> None:
    """Write the report atomically, streamed: the top level by hand, the lists by orjson a chunk of
    items at a time (the same JSON as one ``json.dumps``, never one big string). The cycle
    collector is paused meanwhile: 122,000 short-lived dicts would set off its full passes."""
    with collector_paused(), atomic_path(path) as tmp, open(tmp, "wb") as out:
        out.write(b"{")
        for i, (key, value) in enumerate(report.items()):
            out.write(b"," if i else b"")
            out.write(b"\n " + orjson.dumps(key) + b": ")
            if isinstance(value, (dict, str, int, float, bool)) or value is None:
                out.write(orjson.dumps(value, option=_OPTIONS))
                continue
            _write_list(out, iter(value))
        out.write(b"\n}\n")


def _write_list(out, items) -> None:
    """A list, CHUNK items a line: each chunk is one orjson call (an item at a time costs five
    times as much), written without its brackets."""
    out.write(b"[")
    first = True
    while True:
        chunk = list(islice(items, CHUNK))
        if not chunk:
            break
        out.write(b"\n  " if first else b",\n  ")
        out.write(memoryview(_dumps(chunk))[1:-1])  # no copy of the chunk's text
        first = False
    out.write(b"\n ]" if not first else b"]")


def _dumps(chunk: list) -> bytes:
    """orjson's text of ``chunk``; ``_OPTIONS`` only for a chunk that needs them. Items keyed by text
    alone (the entries, conflicts and groups: always) are encoded without OPT_NON_STR_KEYS, which takes
    nearly twice as long for the same text; a key that is no ``str`` is refused, and that chunk is
    encoded again with the option."""
    try:
        return orjson.dumps(chunk)
    except TypeError:
        return orjson.dumps(chunk, option=_OPTIONS)
