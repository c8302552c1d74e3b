"""Plain typed results of the importers.

An importer turns one file into :class:`ImportResult`: a list of
:class:`RawRecord` (one per entry or occurrence) plus warnings. Records are
faithful to the file: names are kept as written (no canonical names), but every
time is already an aware ``datetime`` (floating times are read in the zone
passed through :class:`ImportOptions`), and all-day values are ``date``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Callable, Mapping
from zoneinfo import ZoneInfo

from importers.slices import release_lists, sliced_clear, sliced_map

UTC = timezone.utc


@dataclass(slots=True)
class RawRecord:
    """One entry as read from a file.

    ``start``/``end`` are aware datetimes, or ``date`` values when
    ``all_day`` is true (``end`` exclusive). ``end`` may be ``None`` when the
    source gives no end. ``source_ref`` is the stable identity inside the file:
    ``UID`` or ``UID@<recurrence-id in UTC ISO>`` for ICS, a content-derived row
    key for sheets. ``location`` says where it was read ("sheet Aug, row 17",
    "line 812") for messages.
    """

    source_ref: str
    title: str
    start: datetime | date
    end: datetime | date | None = None
    all_day: bool = False
    timezone: str | None = None  # original zone name (IANA when known)
    description: str = ""
    channel: str = ""
    owner: str = ""
    status: str = ""
    campaign: str = ""
    link: str = ""
    department: str = ""  # per-row department when the file has one
    tags: tuple[str, ...] = ()
    kind: str = "event"  # "event" or "task"
    location: str = ""
    series_key: str | None = None  # shared by all occurrences of one series
    recurrence_id: datetime | date | None = None  # original start of an occurrence
    recurrence: str | None = None  # RFC 5545 lines of the series master (RRULE, EXDATE…)
    extra: Mapping[str, str] = field(default_factory=dict)


FIELDS = RawRecord.__slots__  # the fields, in the order RawRecord takes them
_COLUMNS = tuple(f for f in FIELDS if f != "extra")


@dataclass(slots=True)
class RowExtras:
    """The extra fields of a table's rows, by column: each row's ``extra`` is
    ``{"row": rows[i], "sheet": sheet}`` (no "sheet" for a sheet-less CSV), then each
    (header, values) column's value where it is not empty, in column order."""

    rows: list[str]
    sheet: str = ""
    columns: list[tuple[str, list[str]]] = field(default_factory=list)

    def dicts(self) -> list[dict[str, str]]:
        sheet = self.sheet
        out = [{"row": r, "sheet": sheet} for r in self.rows] if sheet else [{"row": r} for r in self.rows]
        for head, values in self.columns:
            for extra, value in zip(out, values):
                if value:
                    extra[head] = value
        return out


class RecordColumns(Sequence):
    """The records of one table held column by column: a 50,000-row sheet makes no object per
    row on its way into the store. Used as a sequence (an item, a slice, a loop), it makes its
    RawRecords once, and from then on those objects are the records: a change made to one of
    them is what :meth:`column` gives back."""

    __slots__ = ("_columns", "_extras", "_list")

    def __init__(self, columns: Mapping[str, list], extras: RowExtras):
        missing = set(_COLUMNS) - set(columns)
        if missing:
            raise ValueError(f"record columns lack {', '.join(sorted(missing))}")
        self._columns: dict[str, list] | None = {f: columns[f] for f in _COLUMNS}
        self._extras: RowExtras | _Joined | None = extras
        self._list: list[RawRecord] | None = None

    @classmethod
    def joined(cls, parts: list) -> RecordColumns | list:
        """One table's records after another's (a workbook's sheets): columns while every part
        is still held as columns, else a list of RawRecords."""
        if len(parts) == 1 and isinstance(parts[0], RecordColumns):
            return parts[0]
        if not parts or not all(isinstance(p, RecordColumns) and p._columns is not None for p in parts):
            return list(chain.from_iterable(parts))
        columns = {f: list(chain.from_iterable(p._columns[f] for p in parts)) for f in _COLUMNS}
        return cls(columns, _Joined([p._extras for p in parts]))

    def __len__(self) -> int:
        return len(self._list) if self._list is not None else len(self._columns["source_ref"])

    def __getitem__(self, index):
        return self.materialized()[index]

    def __iter__(self):
        return iter(self.materialized())

    def __eq__(self, other) -> bool:
        if isinstance(other, (RecordColumns, list)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return f"RecordColumns({len(self)} records)"

    @property
    def held_as_columns(self) -> bool:
        return self._list is None

    def column(self, name: str) -> list:
        """One field of every record, in order."""
        if self._list is not None:
            return sliced_map(attrgetter(name), self._list)
        if name == "extra":
            return self._extras.dicts()
        return self._columns[name]

    def replace_column(self, name: str, values: list) -> None:
        """Give one field of every record new values (a new list: the old one may be shared)."""
        if len(values) != len(self):
            raise ValueError(f"column {name} has {len(values)} values for {len(self)} records")
        if self._list is not None:
            for record, value in zip(self._list, values):
                setattr(record, name, value)
        elif name == "extra":
            raise ValueError("the extra fields are replaced per record")
        else:
            self._columns[name] = values

    def row_extras(self) -> RowExtras | _Joined | None:
        """The extra fields by column; None once the records are objects (use ``column("extra")``)."""
        return self._extras if self._list is None else None

    def materialized(self) -> list[RawRecord]:
        """The records as RawRecords (made once)."""
        if self._list is None:
            cols = self._columns
            self._list = list(map(RawRecord, *(cols[f] for f in _COLUMNS), self._extras.dicts()))
            self._columns = self._extras = None
        return self._list

    def clear(self) -> None:
        """Let go of every record (objects a slice at a time). Columns are let go, never emptied
        in place: the store's rows may hold the same lists."""
        if self._list is not None:
            sliced_clear(self._list)
            return
        old, self._columns = self._columns, {f: [] for f in _COLUMNS}
        columns = list(old.values())
        old.clear()
        release_lists(columns)  # a column the store's rows hold too stays as it is
        self._extras = RowExtras([])


class _Joined:
    """The row extras of several tables, one after another."""

    __slots__ = ("parts",)

    def __init__(self, parts: list[RowExtras]):
        self.parts = parts

    def dicts(self) -> list[dict[str, str]]:
        return list(chain.from_iterable(p.dicts() for p in self.parts))


def record_column(records: Sequence[RawRecord], name: str) -> list:
    """One field of every record: straight from the columns of a :class:`RecordColumns`."""
    if isinstance(records, RecordColumns):
        return records.column(name)
    return sliced_map(attrgetter(name), records)


def row_extras(records: Sequence[RawRecord]) -> list[RowExtras] | None:
    """The extra fields by column of each table, or None when the records are objects."""
    if not isinstance(records, RecordColumns) or records.row_extras() is None:
        return None
    extras = records.row_extras()
    return list(extras.parts) if isinstance(extras, _Joined) else [extras]


@dataclass(slots=True)
class ImportOptions:
    """What an importer needs to know beyond the file itself."""

    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    window_start: datetime | None = None  # expansion window for recurring series
    window_end: datetime | None = None
    column_map: Mapping[str, str] | None = None  # header -> field, forced or stored
    day_first: bool | None = None  # locale preference for undecidable columns
    accept_any_table: bool = False  # import a table judged not a calendar (the user said "import anyway")
    progress: Callable[[float], None] | None = None  # 0..1
    cancelled: Callable[[], bool] | None = None  # polled; raise ImportCancelled

    def horizon(self, now: datetime | None = None) -> tuple[datetime, datetime]:
        """The expansion window, defaulting to one year back, two years ahead."""
        now = now or datetime.now(UTC)
        start = self.window_start or (now - timedelta(days=365))
        end = self.window_end or (now + timedelta(days=2 * 365))
        return start, end

    def check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            from importers.errors import ImportCancelled

            raise ImportCancelled("import cancelled")

    def report(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress(max(0.0, min(1.0, fraction)))


@dataclass(slots=True)
class ImportResult:
    path: Path
    kind: str  # "ics", "xlsx", "xls", "ods", "csv"
    records: Sequence[RawRecord]  # a list, or a RecordColumns (a table's records by column)
    warnings: list[str] = field(default_factory=list)
    # how the file was read (a day taken from its title, times read in the zone a header names...):
    # nothing left out or in doubt, so shown beside the import and not kept as the source's warnings
    notes: list[str] = field(default_factory=list)
    department_hint: str = ""  # calendar name, sheet title or file stem
    settings: dict = field(default_factory=dict)  # e.g. {"column_map": {...}, "timezone": "Europe/Berlin"}
    skipped: int = 0  # rows/events that could not be read (each has a warning)
    content_hash: str = ""
    # sheet -> (headers, first rows) of a table the reader rearranged (a grid unpivoted, a date put
    # together from its parts): what its column mapping is about, unlike the file's own rows
    tables: dict[str, tuple[list[str], list[list[str]]]] = field(default_factory=dict)
