"""Domain objects handed between the store, the analysis, the exporters and the UI.

Times are aware UTC datetimes. An all-day entry keeps its dates: ``start`` is
midnight UTC of its first day and ``end`` midnight UTC of the day after its
last (exclusive); ``start_date``/``end_date`` give them back as dates.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Mapping

UTC = timezone.utc

CONFLICT_KINDS = ("slot_clash", "double_booking", "overload", "blackout")
DECISIONS = ("resolved", "intentional", "not_duplicate")


@dataclass(slots=True)
class Entry:
    id: int
    source_id: int
    source_ref: str
    title: str
    start: datetime
    end: datetime | None
    all_day: bool = False
    timezone: str | None = None
    description: str = ""
    department: str = ""
    channel: str = ""  # canonical
    owner: str = ""  # canonical
    status: str = ""  # canonical
    campaign: str = ""
    link: str = ""
    tags: tuple[str, ...] = ()
    kind: str = "event"
    location: str = ""  # where in the file: "sheet Aug, row 17", "line 812"
    series_key: str | None = None
    recurrence_id: datetime | None = None
    recurrence: str | None = None
    channel_raw: str = ""
    owner_raw: str = ""
    status_raw: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)
    source_name: str = ""  # file name of the source
    moved: object | None = None  # proposals.Moved: shown under an open proposal; where it was before

    @property
    def is_moved(self) -> bool:
        return self.moved is not None

    @property
    def identity(self) -> str:
        """Stable identity across re-imports: source file name + reference."""
        return f"{self.source_name}|{self.source_ref}"

    @property
    def start_date(self) -> date:
        return self.start.date()

    @property
    def end_date(self) -> date | None:
        return self.end.date() if self.end is not None else None

    def effective_end(self, default: timedelta) -> datetime:
        """End used for overlap checks; entries without an end last ``default``."""
        if self.end is not None and self.end > self.start:
            return self.end
        return self.start + default


@dataclass(slots=True)
class Source:
    id: int
    path: str
    name: str  # file name
    kind: str
    department: str
    colour: str
    content_hash: str
    imported_at: datetime
    settings: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    blackout: bool = False
    visible: bool = True
    entry_count: int = 0
    skipped: int = 0


@dataclass(slots=True)
class Conflict:
    kind: str
    entry_ids: list[int]
    message: str
    key: str = ""  # stable key built from entry identities (for decisions)
    decision: str | None = None
    note: str = ""

    @property
    def id(self) -> str:
        return self.key


@dataclass(slots=True)
class DuplicateGroup:
    entry_ids: list[int]
    score: float
    reasons: list[str]
    key: str = ""
    decision: str | None = None
    note: str = ""

    @property
    def id(self) -> str:
        return self.key


@dataclass(slots=True)
class Decision:
    item_key: str
    status: str  # one of DECISIONS
    note: str = ""
    decided_at: datetime | None = None
    members: tuple[str, ...] = ()  # identities of the item's entries when decided (a group may grow)


@dataclass(slots=True)
class SyncReport:
    """What an import changed in the workspace."""

    source_id: int
    file: str
    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    created_source: bool = False
    notes: list[str] = field(default_factory=list)  # what was assumed: "times read in Europe/Berlin (…)"
    mapping: list[dict] = field(default_factory=list)  # column -> role, see calendar_core.understood
    changes: list[dict] = field(default_factory=list)  # entry by entry, see calendar_core.whatchanged
    # the source's entries as the store now holds them (only when asked for: apply_import(keep_entries=True))
    stored: list[Entry] | None = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class EntryFilter:
    """Filters the facade applies to entry queries (empty means all)."""

    departments: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    text: str = ""
    source_ids: frozenset[int] = frozenset()
    only_visible: bool = True
