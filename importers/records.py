"""Plain typed results of the importers.

An importer turns one file into :class:`ImportResult`: a list of
:class:`RawRecord` (one per entry or occurrence) plus warnings. Records are
faithful to the file: names are kept as written (no canonical names), but every
time is already an aware ``datetime`` (floating times are read in the zone
passed through :class:`ImportOptions`), and all-day values are ``date``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Mapping
from zoneinfo import ZoneInfo

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
    records: list[RawRecord]
    warnings: list[str] = field(default_factory=list)
    department_hint: str = ""  # calendar name, sheet title or file stem
    settings: dict = field(default_factory=dict)  # e.g. {"column_map": {...}, "timezone": "Europe/Berlin"}
    skipped: int = 0  # rows/events that could not be read (each has a warning)
    content_hash: str = ""
