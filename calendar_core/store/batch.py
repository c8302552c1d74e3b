"""Importer records -> the canonical stored rows of one import, column by column.

A 50,000-row sheet is converted in one pass per column rather than one
function call per record: canonical names are looked up once per distinct
spelling, and each column is built by a list comprehension. The result is the
same as converting record by record, fingerprints included (a stored
workspace compares against them on re-import).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from operator import attrgetter

from calendar_core.names import Names
from calendar_core.store.rows import CONTENT_COLUMNS, FP, REF, ROW_COLUMNS, Canonicaliser
from calendar_core.timeconv import to_ts
from importers.records import RawRecord
from importers.slices import sliced_map, sliced_set

MAX_TEXT = 20000
ONE_DAY = timedelta(days=1)
_POSITION = {"row", "sheet"}
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_LOCATION = CONTENT_COLUMNS.index("location")
# Where a row sits (its location) is not its content: a re-sorted sheet must
# not turn every row into "changed".
_IDENTITY = tuple(i for i in range(len(CONTENT_COLUMNS)) if i != _LOCATION)


class EntryRows:
    """Stored rows of one import as columns in ROW_COLUMNS order."""

    __slots__ = ("columns",)

    def __init__(self, columns: list[list]):
        if len(columns) != len(ROW_COLUMNS):
            raise ValueError(f"expected {len(ROW_COLUMNS)} columns, got {len(columns)}")
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns[0])

    @property
    def refs(self) -> list[str]:
        return self.columns[REF]

    @property
    def fingerprints(self) -> list[str]:
        return self.columns[FP]

    def column(self, name: str) -> list:
        return self.columns[ROW_COLUMNS.index(name)]

    def row(self, i: int) -> tuple:
        return tuple(col[i] for col in self.columns)

    def tuples(self) -> list[tuple]:
        return list(zip(*self.columns))

    def take(self, indexes: Sequence[int]) -> EntryRows:
        return EntryRows([[col[i] for i in indexes] for col in self.columns])


def _instants(records: Sequence[RawRecord]) -> tuple[list[int], list[int | None]]:
    """Start and end seconds; an all-day entry spans whole days, an end before the start is no end."""
    starts: list[int] = []
    ends: list[int | None] = []
    for rec in records:
        start, end = rec.start, rec.end
        if rec.all_day:
            if isinstance(start, datetime):
                start = start.date()
            if isinstance(end, datetime):
                end = end.date()
            if end is None or end <= start:
                end = start + ONE_DAY
            s, e = to_ts(start), to_ts(end)
        else:  # the common case inline (to_ts's own checks are most of the cost here)
            s = int(start.timestamp() // 1) if start.__class__ is datetime and start.utcoffset() is not None \
                else to_ts(start)
            if end is None:
                e = None
            else:
                e = int(end.timestamp() // 1) if end.__class__ is datetime and end.utcoffset() is not None \
                    else to_ts(end)
        starts.append(s)
        ends.append(e if e is None or e >= s else None)
    return starts, ends


def _recurrence_ts(rids: list, records: Sequence[RawRecord], start_ts: list[int]) -> list[int | None]:
    """Seconds of each RECURRENCE-ID; an occurrence whose id is its own start (the same object,
    as a reader hands most occurrences over) takes the start's seconds."""
    return [None if r is None else s if r is rec.start and not rec.all_day else to_ts(r)
            for r, rec, s in zip(rids, records, start_ts)]


def _canonical(canon: Canonicaliser, kind: str, values: list[str]) -> tuple[list[str], list[str]]:
    """Canonical and as-written names, looked up once per distinct spelling."""
    found = {v: canon(kind, v) for v in sliced_set(values)}
    pairs = [found[v] for v in values]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def _extra_json(extra) -> str:
    """Extra fields as JSON, without the row number and sheet name (kept in ``location``)."""
    if not extra or len(extra) <= 2 and extra.keys() <= _POSITION:
        return "{}"
    if "row" in extra or "sheet" in extra:
        extra = {k: v for k, v in extra.items() if k not in _POSITION}
        if not extra:
            return "{}"
    return _ENCODE({str(k): str(v) for k, v in extra.items()})


def _extras_json(extras: list) -> list[str]:
    """:func:`_extra_json` of each; a series' occurrences share one dict, equal dicts one text."""
    by_id: dict[int, str] = {}
    by_items: dict[tuple, str] = {}
    out = []
    for extra in extras:
        text = by_id.get(id(extra))
        if text is None:
            if not extra:
                text = "{}"
            else:
                try:
                    key = tuple(extra.items())
                    text = by_items.get(key)
                    if text is None:
                        text = by_items[key] = _extra_json(extra)
                except TypeError:  # a value that cannot be a key
                    text = _extra_json(extra)
            by_id[id(extra)] = text  # the records (and so the ids) live while this runs
        out.append(text)
    return out


def _tags_json(tags: list) -> list[str]:
    found: dict = {}
    out = []
    for t in tags:
        if not t:
            out.append("[]")
            continue
        try:
            text = found.get(t)
            if text is None:
                text = found[t] = _ENCODE(list(t))
        except TypeError:  # a list, not a tuple
            text = _ENCODE(list(t))
        out.append(text)
    return out


def _collapsed(values: list[str], limit: int) -> list[str]:
    """Inner whitespace collapsed, clipped; once per distinct text (equal texts share one object)."""
    found = {v: " ".join(v.split())[:limit] if v else "" for v in sliced_set(values)}
    return sliced_map(found.__getitem__, values)


_TEXTS = ({str}, {str, type(None)}, {type(None)})


def _reprs(column: list) -> list[str]:
    """``repr`` of each value; of a text column once per distinct text (other types are left
    alone: equal keys such as 1 and True would share one repr)."""
    if sliced_set(map(type, column)) not in _TEXTS:
        return sliced_map(repr, column)
    found = {v: repr(v) for v in sliced_set(column)}
    return sliced_map(found.__getitem__, column)


def _fingerprints(columns: list[list]) -> list[str]:
    """SHA-1 of ``repr(tuple(row))`` of each row across ``columns`` (what a stored workspace compares
    against on re-import), with each column's reprs made once per distinct value."""
    sha1 = hashlib.sha1
    if len(columns) < 2:
        return [sha1(repr(t).encode("utf-8", "surrogatepass")).hexdigest() for t in zip(*columns)]
    join = ", ".join
    return [sha1(f"({join(r)})".encode("utf-8", "surrogatepass")).hexdigest()
            for r in zip(*map(_reprs, columns))]


def rows_from_records(records: Sequence[RawRecord], names: Names | Canonicaliser) -> EntryRows:
    """The canonical stored rows of ``records`` (same order)."""
    canon = names if isinstance(names, Canonicaliser) else Canonicaliser(names)
    if not records:
        return EntryRows([[] for _ in ROW_COLUMNS])

    def field(name: str) -> list:
        return sliced_map(attrgetter(name), records)

    start_ts, end_ts = _instants(records)
    channel, channel_raw = _canonical(canon, "channel", field("channel"))
    owner, owner_raw = _canonical(canon, "person", field("owner"))
    status, status_raw = _canonical(canon, "status", field("status"))
    departments = field("department")
    rids = field("recurrence_id")
    content = [
        [k or "event" for k in field("kind")],
        _collapsed(field("title"), 2000),
        [(d or "")[:MAX_TEXT] for d in field("description")],
        start_ts,
        end_ts,
        [bool(v) for v in field("all_day")],
        field("timezone"),
        [" ".join(d.split())[:250] or None if d else None for d in departments],
        channel,
        channel_raw,
        owner,
        owner_raw,
        [s[:120] for s in status],
        [s[:120] for s in status_raw],
        _collapsed(field("campaign"), 500),
        [(v or "").strip()[:4000] for v in field("link")],
        _tags_json(field("tags")),
        _extras_json(field("extra")),
        [(v or "")[:250] for v in field("location")],
        [k[:500] if k else None for k in field("series_key")],
        _recurrence_ts(rids, records, start_ts) if any(r is not None for r in rids) else rids,
        field("recurrence"),
    ]
    fingerprints = _fingerprints([content[i] for i in _IDENTITY])
    refs = [r[:700] for r in field("source_ref")]
    return EntryRows([refs, *content, fingerprints])


def unique_refs(rows: EntryRows, warnings: list[str]) -> EntryRows:
    """Make source_ref unique inside one import (importers should already do so)."""
    refs = rows.refs
    if len(set(refs)) == len(refs):
        return rows
    seen: dict[str, int] = {}
    out = []
    clashes = 0
    for ref in refs:
        count = seen.get(ref, 0) + 1
        seen[ref] = count
        if count > 1:
            ref = f"{ref}#{count}"
            clashes += 1
        out.append(ref)
    warnings.append(f"{clashes} entries shared an identity with another entry of the same file; "
                    f"numbered to keep them apart")
    return EntryRows([out, *rows.columns[1:]])
