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
from math import floor
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from itertools import repeat
from operator import attrgetter
from zoneinfo import ZoneInfo

from calendar_core.names import Names
from calendar_core.store.rows import CONTENT_COLUMNS, FP, REF, ROW_COLUMNS, Canonicaliser
from calendar_core.timeconv import to_ts
from importers.records import RawRecord, RowExtras, record_column, row_extras
from importers.slices import SLICE, release_lists, sliced_longest, sliced_map, sliced_set, sliced_types

MAX_TEXT = 20000
ONE_DAY = timedelta(days=1)
_POSITION = {"row", "sheet"}
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_ENCODE_TEXT = json.encoder.encode_basestring  # a text as _ENCODE writes it (ensure_ascii off)
_LOCATION = CONTENT_COLUMNS.index("location")
_TZINFO = attrgetter("tzinfo")
# Where a row sits (its location) is not its content: a re-sorted sheet must
# not turn every row into "changed".
_IDENTITY = tuple(i for i in range(len(CONTENT_COLUMNS)) if i != _LOCATION)
IDENTITY_COLUMNS = tuple(CONTENT_COLUMNS[i] for i in _IDENTITY)  # what a fingerprint is made of, in order


class EntryRows:
    """Stored rows of one import as columns in ROW_COLUMNS order.

    The fingerprints may be made only when first asked for (``fingerprint=``: a call that makes
    them): a first import of a source compares nothing and stores none (see :meth:`to_store`)."""

    __slots__ = ("_columns", "_fingerprint")

    def __init__(self, columns: list[list | None], fingerprint: Callable[[], list[str]] | None = None):
        if len(columns) != len(ROW_COLUMNS):
            raise ValueError(f"expected {len(ROW_COLUMNS)} columns, got {len(columns)}")
        if columns[FP] is None and fingerprint is None:
            raise ValueError("rows without fingerprints need the call that makes them")
        self._columns = columns
        self._fingerprint = fingerprint

    def __len__(self) -> int:
        return len(self._columns[0])

    @property
    def columns(self) -> list[list]:
        """Every column, the fingerprints made if they were not yet."""
        if self._columns[FP] is None:
            self._columns[FP] = self._fingerprint()
            self._fingerprint = None
        return self._columns

    @property
    def refs(self) -> list[str]:
        return self._columns[REF]

    @property
    def fingerprints(self) -> list[str]:
        return self.columns[FP]

    def column(self, name: str) -> list:
        return self.columns[FP] if name == "fingerprint" else self._columns[ROW_COLUMNS.index(name)]

    def row(self, i: int) -> tuple:
        return tuple(col[i] for col in self.columns)

    def tuples(self) -> list[tuple]:
        return list(zip(*self.columns))

    def take(self, indexes: Sequence[int]) -> EntryRows:
        return EntryRows([[col[i] for i in indexes] for col in self.columns])

    def with_refs(self, refs: list[str]) -> EntryRows:
        """The same rows under other identities (fingerprints do not include the identity)."""
        return EntryRows([refs, *self._columns[1:]], self._fingerprint)

    def to_store(self, first: bool) -> list[list]:
        """The columns to write: a source's ``first`` import stores an empty fingerprint unless one was
        made (the next import compares against the stored content, see :func:`fingerprints_of`)."""
        if first and self._columns[FP] is None:
            return [*self._columns[:FP], [""] * len(self)]
        return self.columns

    def content_columns(self) -> list[list | None]:
        """Every column, None for fingerprints not made yet (for readers of the content alone)."""
        return self._columns

    def release(self) -> None:
        """Let go of the columns a slice at a time (see :func:`release_lists`)."""
        self._fingerprint = None
        release_lists([c for c in self._columns if c is not None])


_OFFSET_ALWAYS = (ZoneInfo, timezone)  # zones that give every aware datetime an offset
_NONE = type(None)


def _timed_seconds(values: list) -> list[int | None] | None:
    """``to_ts`` of each value (None stays None) when every other value is a datetime in a zone
    that always has an offset, as a reader makes them; None when any is not (the row loop decides)."""
    kinds = sliced_types(values)
    if not kinds <= {datetime, _NONE} or datetime not in kinds:
        return None
    zones: set = set()
    for i in range(0, len(values), SLICE):  # each C call a slice: a window's GUI thread gets the GIL between them
        zones.update(map(_TZINFO, filter(None, values[i:i + SLICE])))
    if not all(z.__class__ in _OFFSET_ALWAYS for z in zones):
        return None
    timestamp = datetime.timestamp
    if _NONE not in kinds:
        repeated = _seconds_of_repeated(values)
        if repeated is not None:
            return repeated
        out: list[int] = []
        for i in range(0, len(values), SLICE):  # one call over 300,000 values held the GIL 0.13 s
            out.extend(map(floor, map(timestamp, values[i:i + SLICE])))  # floor(t) == int(t // 1), at C speed
        return out
    return [None if v is None else int(timestamp(v) // 1) for v in values]


_FOLD = attrgetter("fold")


def _seconds_of_repeated(values: list[datetime]) -> list[int] | None:
    """The seconds of aware datetimes of which many are equal (a sheet's rows at a few hundred
    dates and clock times): each distinct value's once, then looked up (hashing an aware datetime
    costs less than its timestamp). Equal datetimes are one instant unless one is the second of a
    repeated wall-clock hour (``fold``: equal in one zone, an hour apart): then, and when a first
    slice shows nearly every value distinct or the whole column shows most, None (the caller
    converts each)."""
    head = values[:SLICE]
    if len(set(head)) * 10 > len(head) * 9 or any(map(_FOLD, head)):
        return None
    for i in range(SLICE, len(values), SLICE):
        if any(map(_FOLD, values[i:i + SLICE])):
            return None
    distinct = sliced_set(values)
    if len(distinct) * 2 > len(values):
        return None
    seconds = {v: floor(v.timestamp()) for v in distinct}
    return sliced_map(seconds.__getitem__, values)


def _instants(start_values: list, end_values: list, all_days: list) -> tuple[list[int], list[int | None]]:
    """Start and end seconds; an all-day entry spans whole days, an end before the start is no end."""
    if not any(all_days):  # timed entries: each column at C speed
        starts = _timed_seconds(start_values)
        if starts is not None and None not in starts:
            if end_values.count(None) == len(end_values):
                return starts, list(end_values)
            end_ts = _timed_seconds(end_values)
            if end_ts is not None:
                return starts, [e if e is None or e >= s else None for s, e in zip(starts, end_ts)]
    starts: list[int] = []
    ends: list[int | None] = []
    for start, end, all_day in zip(start_values, end_values, all_days):
        if all_day:
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


def _recurrence_ts(rids: list, start_values: list, all_days: list, start_ts: list[int]) -> list[int | None]:
    """Seconds of each RECURRENCE-ID; an occurrence whose id is its own start (the same object,
    as a reader hands most occurrences over) takes the start's seconds."""
    return [None if r is None else s if r is start and not all_day else to_ts(r)
            for r, start, all_day, s in zip(rids, start_values, all_days, start_ts)]


def _canonical(canon: Canonicaliser, kind: str, values: list[str]) -> tuple[list[str], list[str]]:
    """Canonical and as-written names, looked up once per distinct spelling, each column then
    mapped at C speed; a column of one spelling is that name repeated."""
    distinct = sliced_set(values)
    if len(distinct) == 1:
        name, written = canon(kind, next(iter(distinct)))
        return [name] * len(values), [written] * len(values)
    names: dict = {}
    writtens: dict = {}
    for v in distinct:
        names[v], writtens[v] = canon(kind, v)
    canonical = sliced_map(names.__getitem__, values)
    if names == writtens:  # every name as written is already canonical: one column serves as both
        return canonical, canonical
    return canonical, sliced_map(writtens.__getitem__, values)


def _encoded_map(fields: dict[str, str]) -> str:
    """``_ENCODE(fields)`` for a dict of texts, without the encoder's set-up per call: the same
    text (sorted keys, ", " and ": ", non-ASCII kept)."""
    if not fields:
        return "{}"
    enc = _ENCODE_TEXT
    return "{" + ", ".join([f"{enc(k)}: {enc(v)}" for k, v in sorted(fields.items())]) + "}"


def _extra_json(extra) -> str:
    """Extra fields as JSON, without the row number and sheet name (kept in ``location``)."""
    if not extra or len(extra) <= 2 and extra.keys() <= _POSITION:
        return "{}"
    if "row" in extra or "sheet" in extra:
        extra = {k: v for k, v in extra.items() if k not in _POSITION}
        if not extra:
            return "{}"
    return _encoded_map({str(k): str(v) for k, v in extra.items()})


def _extras_json(extras: list) -> list[str]:
    """:func:`_extra_json` of each. A series' occurrences share one dict; dicts equal but for the
    row and sheet (a sheet's rows) share one text: the text depends only on the other fields, in
    their order, so that is what is looked up. Texts as keys and values (what readers give) are
    written from those fields directly."""
    by_id: dict[int, str] = {}
    by_items: dict[tuple, str] = {}
    out = []
    append = out.append
    position = _POSITION
    enc = _ENCODE_TEXT
    for extra in extras:
        if not extra or len(extra) == 2 and "row" in extra and "sheet" in extra:
            append("{}")  # nothing, or a sheet row's place and nothing else: the common cases
            continue
        text = by_id.get(id(extra))
        if text is None:
            try:
                items = [kv for kv in extra.items() if kv[0] not in position] \
                    if "row" in extra or "sheet" in extra else list(extra.items())
                key = tuple(items)
                text = by_items.get(key)
                if text is None:
                    try:  # texts only: sorted and written as _ENCODE writes them
                        text = "{" + ", ".join([f"{enc(k)}: {enc(v)}" for k, v in sorted(items)]) + "}"
                    except TypeError:  # a key or value that is not a text
                        text = _extra_json(extra)
                    by_items[key] = text
            except TypeError:  # a value that cannot be a key
                text = _extra_json(extra)
            by_id[id(extra)] = text  # the records (and so the ids) live while this runs
        append(text)
    return out


def _table_extras_json(tables: list[RowExtras]) -> list[str]:
    """:func:`_extras_json` of the rows of tables whose extra fields are held by column: the same
    texts, made once per distinct set of values (a row's place, its row and sheet, is left out)."""
    out: list[str] = []
    enc = _ENCODE_TEXT
    for table in tables:
        columns = [(head, values) for head, values in table.columns if head not in _POSITION]
        n = len(table.rows)
        if not columns:
            out.extend(repeat("{}", n))
        elif len(columns) == 1:  # one extra column: its header written once
            head, values = columns[0]
            key = "{" + enc(head) + ": "
            found = {v: f"{key}{enc(v)}}}" for v in sliced_set(values) if v}
            found[""] = "{}"
            out.extend(sliced_map(found.__getitem__, values))
        else:
            heads = [head for head, _values in columns]
            texts: dict[tuple, str] = {}
            for cells in zip(*(values for _head, values in columns)):
                text = texts.get(cells)
                if text is None:
                    fields = {}
                    for head, value in zip(heads, cells):
                        if value:
                            fields[head] = value  # a later column of the same header wins, as in the dict
                    text = texts[cells] = _encoded_map(fields)
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


_APART = " \x00 "  # joins texts for _all_collapsed: a character that is no white space, between single spaces
_ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"  # what str.split() splits ASCII text on, but the space


def _plainly_collapsed(joined: str) -> bool:
    """Whether texts joined by "|" are each collapsed, found by searches at C speed: no run of spaces,
    none beside a "|" or at an end, and no other white space (every white space but the space is a
    character ``isprintable`` refuses; ASCII text has nine). False may also mean "cannot tell"."""
    if "  " in joined or " |" in joined or "| " in joined or joined[:1] == " " or joined[-1:] == " ":
        return False
    if joined.isascii():
        return not any(c in joined for c in _ASCII_SPACES)
    return joined.isprintable()


def _all_collapsed(values: list[str]) -> bool:
    """Whether ``" ".join(v.split()) == v`` for every text: tested on the texts joined by _APART, a
    slice at a time. A text with white space at an end, a run of it or any but a plain space gives
    the joined text a run or a character that collapsing changes; texts already collapsed (and not
    empty) give a joined text that is too. A slice that :func:`_plainly_collapsed` passes needs no
    split (most columns of titles)."""
    for i in range(0, len(values), SLICE):
        part = values[i:i + SLICE]
        if _plainly_collapsed("|".join(part)):
            continue
        joined = _APART.join(part)
        if " ".join(joined.split()) != joined:
            return False
    return True


def _collapsed(values: list[str], limit: int) -> list[str]:
    """Inner whitespace collapsed, clipped; a column of few distinct texts once per distinct text
    (equal texts share one object), a column of mostly distinct ones (titles) at C speed."""
    distinct = sliced_set(values)
    if len(distinct) * 2 > len(values) and None not in distinct:
        out = values if _all_collapsed(values) else \
            sliced_map(" ".join, sliced_map(str.split, values))
        return [v[:limit] for v in out] if sliced_longest(out) > limit else out
    found = {v: " ".join(v.split())[:limit] if v else "" for v in distinct}
    return sliced_map(found.__getitem__, values)


_TEXTS = ({str}, {str, type(None)}, {type(None)})
_NUMBERS = ({int}, {int, type(None)})  # whole numbers (seconds): equal keys of one type, one repr each
_SAME_REPR = {str, int, bool, type(None)}


class _Kinds:
    """:func:`sliced_types` of the columns of one :func:`rows_from_records`, each column scanned
    once: one handed on unchanged (a description within its limit) is not scanned again for its
    reprs, and columns made here of one known type are not scanned at all. Each column is held
    while the call runs, so its ``id`` stays its own."""

    __slots__ = ("_found",)

    def __init__(self):
        self._found: dict[int, tuple[list, set]] = {}

    def __call__(self, values: list) -> set[type]:
        hit = self._found.get(id(values))
        if hit is None or hit[0] is not values:
            hit = self._found[id(values)] = (values, sliced_types(values))
        return hit[1]

    def only(self, columns: list[list]) -> _Kinds:
        """A :class:`_Kinds` that knows what this one found of ``columns`` and nothing else."""
        out = _Kinds()
        out._found = {id(c): self._found[id(c)] for c in columns if id(c) in self._found}
        return out

    def know(self, values: list, kinds: set[type]) -> list:
        """``values``, whose types are ``kinds`` (every one of them, none other)."""
        if values:
            self._found[id(values)] = (values, kinds)
        return values


def _reprs(column: list, kinds_of=sliced_types) -> list[str] | str:
    """``repr`` of each value; of a text or whole-number column with few distinct values once per
    distinct value (mixed types are left alone: equal keys such as 1 and True would share one repr). A column
    holding one value of one plain type on every row gives that value's repr alone."""
    kinds = kinds_of(column)
    if len(kinds) == 1 and kinds <= _SAME_REPR and column.count(column[0]) == len(column):
        return repr(column[0])  # equal values of one of these types have one repr
    if kinds not in _TEXTS and kinds not in _NUMBERS:
        return sliced_map(repr, column)
    distinct = sliced_set(column)
    if len(distinct) * 2 > len(column):  # mostly distinct (titles): each at C speed
        return sliced_map(repr, column)
    found = dict(zip(distinct, map(repr, distinct)))
    return sliced_map(found.__getitem__, column)


def _segments(reprs: list[list[str] | str]) -> list[list[str] | str]:
    """The columns' reprs with each run of columns that hold one repr on every row (given as
    that text) folded into one text, ", "-joined: each row's text is the same, joined from fewer parts."""
    out: list[list[str] | str] = []
    for col in reprs:
        if col.__class__ is str and out and out[-1].__class__ is str:
            out[-1] = f"{out[-1]}, {col}"
        else:
            out.append(col)
    return out


def _fingerprints(columns: list[list], kinds_of=sliced_types) -> list[str]:
    """SHA-1 of ``repr(tuple(row))`` of each row across ``columns`` (what a stored workspace compares
    against on re-import), with each column's reprs made once per distinct value and the columns
    that repeat one value on every row joined once, not per row."""
    sha1 = hashlib.sha1
    if len(columns) < 2 or not columns[0]:
        return [sha1(repr(t).encode("utf-8", "surrogatepass")).hexdigest() for t in zip(*columns)]
    n = len(columns[0])
    segments = _segments([_reprs(c, kinds_of) for c in columns])
    if len(segments) == 1:  # every column constant: one text for all rows
        digest = sha1(f"({segments[0]})".encode("utf-8", "surrogatepass")).hexdigest()
        return [digest] * n
    if segments[0].__class__ is str and segments[-1].__class__ is str:  # the tuple's parentheses joined once
        segments[0], segments[-1] = f"({segments[0]}", f"{segments[-1]})"
        parts = [s if s.__class__ is list else repeat(s, n) for s in segments]
        return [sha1(r.encode("utf-8", "surrogatepass")).hexdigest() for r in map(", ".join, zip(*parts))]
    parts = [s if s.__class__ is list else repeat(s, n) for s in segments]
    return [sha1(f"({r})".encode("utf-8", "surrogatepass")).hexdigest() for r in map(", ".join, zip(*parts))]


def _clipped(values: list, limit: int, empty: str | None = "", kinds_of=sliced_types) -> list:
    """``(v or empty)[:limit]`` of each value (``v[:limit]`` when ``empty`` is None); a column of
    texts all within the limit is given back as it is, found at C speed."""
    if kinds_of(values) == _STR:  # a slice at a time: the GUI thread is not kept from the GIL
        return values if sliced_longest(values) <= limit else [v[:limit] for v in values]
    if empty is None:
        return [v[:limit] for v in values]
    return [(v or empty)[:limit] for v in values]


_STR = {str}
_BOOL = {bool}


def rows_from_records(records: Sequence[RawRecord], names: Names | Canonicaliser) -> EntryRows:
    """The canonical stored rows of ``records`` (same order)."""
    canon = names if isinstance(names, Canonicaliser) else Canonicaliser(names)
    if not records:
        return EntryRows([[] for _ in ROW_COLUMNS])

    def field(name: str) -> list:
        return record_column(records, name)

    kinds_of = _Kinds()

    start_values, all_days = field("start"), field("all_day")
    tables = row_extras(records)  # a sheet's extra fields by column, when it hands them so
    start_ts, end_ts = _instants(start_values, field("end"), all_days)
    channel, channel_raw = _canonical(canon, "channel", field("channel"))
    owner, owner_raw = _canonical(canon, "person", field("owner"))
    status, status_raw = _canonical(canon, "status", field("status"))
    departments = field("department")
    rids = field("recurrence_id")
    kinds = field("kind")
    links = field("link")
    series = field("series_key")
    n = len(records)
    content = [
        kinds if kinds_of(kinds) == _STR and "" not in kinds else [k or "event" for k in kinds],
        _collapsed(field("title"), 2000),
        _clipped(field("description"), MAX_TEXT, kinds_of=kinds_of),
        start_ts,
        end_ts,
        kinds_of.know(sliced_map(bool, all_days), _BOOL),
        field("timezone"),
        [None] * n if not any(departments) else
        [" ".join(d.split())[:250] or None if d else None for d in departments],
        channel,
        channel_raw,
        owner,
        owner_raw,
        _clipped(status, 120, None, kinds_of),
        _clipped(status_raw, 120, None, kinds_of),
        _collapsed(field("campaign"), 500),
        _clipped(sliced_map(str.strip, links), 4000, kinds_of=kinds_of) if sliced_types(links) == _STR else
        [(v or "").strip()[:4000] for v in links],
        kinds_of.know(_tags_json(field("tags")), _STR),
        kinds_of.know(_extras_json(field("extra")) if tables is None else _table_extras_json(tables), _STR),
        _clipped(field("location"), 250),
        series if series.count(None) == n else [k[:500] if k else None for k in series],
        _recurrence_ts(rids, start_values, all_days, start_ts) if any(r is not None for r in rids) else list(rids),
        list(field("recurrence")),
    ]
    identity = [content[i] for i in _IDENTITY]
    kinds_of = kinds_of.only(identity)  # not the other columns it has seen: they may be let go
    refs = _clipped(field("source_ref"), 700, None)
    return EntryRows([refs, *content, None], lambda: _fingerprints(identity, kinds_of))


def fingerprints_of(columns: list[list]) -> list[str]:
    """The fingerprints of rows given as their IDENTITY_COLUMNS, as :func:`rows_from_records` makes
    them (for rows stored without one)."""
    return _fingerprints(columns)


def unique_refs(rows: EntryRows, warnings: list[str]) -> EntryRows:
    """Make source_ref unique inside one import (importers should already do so)."""
    refs = rows.refs
    if len(sliced_set(refs)) == len(refs):  # 300,000 new texts hashed in one call held the GIL 50 ms
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
    return rows.with_refs(out)
