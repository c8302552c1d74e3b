"""Master calendar as RFC 5545 iCalendar.

One VEVENT per entry, recurring series written back as series (see
:mod:`calendar_core.export.series`), a VTIMEZONE for every zone used, folded
CRLF lines, escaped text, DTSTAMP on every event and stable UIDs. Each event
keeps its department, channel and source as CATEGORIES and X-MASTHEAD-*
properties so the master reads back into Masthead (or any calendar) losslessly.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping

from calendar_core.export.bounds import minus, plus
from calendar_core.export import icstext
from calendar_core.export.atomic import atomic_path
from calendar_core.export.icstext import date_list_prop, date_time_prop, escape_text, fold
from calendar_core.export.series import Budget, SeriesPlan, occurrence_key, plan_series
from calendar_core.model import Entry, Source
from importers.limits import MAX_DATE, MIN_DATE

UTC = timezone.utc
PRODID = "-//Masthead//Masthead master calendar 1.0//EN"
X = "X-MASTHEAD-"
# Canonical statuses (calendar_core.names) -> RFC 5545 VEVENT STATUS.
_STATUS = {
    "Idea": "TENTATIVE", "Draft": "TENTATIVE", "In review": "TENTATIVE",
    "Approved": "CONFIRMED", "Scheduled": "CONFIRMED", "Published": "CONFIRMED",
    "Cancelled": "CANCELLED",
}
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_RID_SUFFIX = re.compile(r"^\d{4}-?\d{2}-?\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")

ZONE_RULES_FROM = MIN_DATE - timedelta(days=400)
ZONE_RULES_TO = MAX_DATE + timedelta(days=3 * 366)


def write_ics(
    path: str | Path,
    entries: list[Entry],
    sources: Mapping[int, Source],
    *,
    calendar_name: str = "Masthead master calendar",
    now: datetime | None = None,
    window: tuple[datetime | None, datetime | None] | None = None,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Write ``entries`` (already filtered) to ``path`` atomically; return the VEVENT count.

    ``window`` is the exported date range ``(from, to)`` of a filtered export
    (aware datetimes; either may be None for an open end). Series are cut to it
    (DTSTART/UNTIL), and their occurrences inside it that are not among
    ``entries`` are written as EXDATEs. Without it the rules are kept whole and
    the span of the entries themselves is used.

    ``progress`` is called with a fraction 0..1 while writing; it may raise
    (e.g. to cancel), which leaves any previous file at ``path`` untouched.
    """
    document = _Document(entries, sources, calendar_name=calendar_name, now=now, window=window)
    target = Path(path)
    try:
        with atomic_path(target) as tmp:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                batch: list[str] = []
                total = max(1, len(document.blocks))
                for number, chunk in enumerate(document.chunks()):
                    batch.append(chunk)
                    if len(batch) >= 512:
                        fh.write("".join(batch))
                        batch.clear()
                        if progress is not None:
                            progress(min(1.0, number / total))
                fh.write("".join(batch))
            if progress is not None:
                progress(1.0)
    except OSError as exc:
        raise OSError(f"Could not write the calendar {target}: {exc.strerror or exc}") from exc
    return document.count


def render_ics(
    entries: Iterable[Entry],
    sources: Mapping[int, Source],
    *,
    calendar_name: str = "Masthead master calendar",
    now: datetime | None = None,
    window: tuple[datetime | None, datetime | None] | None = None,
) -> tuple[str, int]:
    """The calendar as text (CRLF, folded) and the number of VEVENTs in it."""
    document = _Document(entries, sources, calendar_name=calendar_name, now=now, window=window)
    text = "".join(document.chunks())
    return text, document.count


class _Document:
    """Plans every event up front, then yields the folded lines (so a write can stream them)."""

    def __init__(self, entries, sources, *, calendar_name: str, now: datetime | None,
                 window: tuple[datetime | None, datetime | None] | None) -> None:
        entries = list(entries)
        now = now or datetime.now(UTC)
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        if window is not None and any(w is not None and w.tzinfo is None for w in window):
            raise ValueError("the export window must be timezone-aware")
        self.calendar_name = calendar_name
        self.writer = _Writer(sources, icstext.fmt_utc(now))
        span = _span(entries)
        clip = (False, False)
        if window is not None and span is not None:
            clip = (window[0] is not None, window[1] is not None)
            span = (window[0] or span[0], window[1] or span[1])
        self.clip = clip
        self.blocks = self._plan(entries, span)

    @property
    def count(self) -> int:
        return self.writer.vevents

    def _plan(self, entries: list[Entry], span) -> list[tuple[datetime, str, list[str]]]:
        writer = self.writer
        singles: list[Entry] = []
        series: dict[tuple[int, str], list[Entry]] = defaultdict(list)
        for entry in entries:
            if entry.series_key:
                series[(entry.source_id, entry.series_key)].append(entry)
            else:
                singles.append(entry)
        blocks: list[tuple[datetime, str, list[str]]] = []
        budget = Budget()  # one per export: recurring-ical-events' share of the checking
        for entry in sorted(singles, key=_order):
            blocks.append((entry.start, entry.identity, writer.single(entry)))
        for key in sorted(series, key=lambda k: (min(_order(e) for e in series[k]), k)):
            group = series[key]
            first = min(group, key=_order)
            plan = plan_series(group, span, self.clip, budget) if span is not None else None
            if plan is not None:
                lines = writer.series(plan)
            else:
                lines = []
                for entry in sorted(group, key=_order):
                    lines += writer.single(entry, occurrence=True)
            blocks.append((first.start, first.identity, lines))
        blocks.sort(key=lambda b: (b[0], b[1]))
        return blocks

    def chunks(self) -> Iterator[str]:
        name = escape_text(self.calendar_name)
        head = [
            "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            f"X-WR-CALNAME:{name}", f"NAME:{name}",
        ]
        yield "".join(fold(line) for line in head)
        yield "".join(self.writer.timezones())
        for _start, _ident, lines in self.blocks:
            yield "".join(fold(line) for line in lines)
        yield fold("END:VCALENDAR")


def _order(entry: Entry) -> tuple:
    return (entry.start, entry.recurrence_id or entry.start, entry.identity, entry.id)


def _span(entries: list[Entry]) -> tuple[datetime, datetime] | None:
    if not entries:
        return None
    return min(e.start for e in entries), plus(max(e.start for e in entries), timedelta(seconds=1))


class _Writer:
    """Turns entries and series plans into content lines; tracks UIDs and zones."""

    def __init__(self, sources: Mapping[int, Source], dtstamp: str) -> None:
        self.sources = sources
        self.dtstamp = dtstamp
        self.uids: set[str] = set()
        self.zones: dict[str, list[date]] = defaultdict(list)
        self.vevents = 0

    # --- identity -----------------------------------------------------------
    def source_name(self, entry: Entry) -> str:
        source = self.sources.get(entry.source_id)
        return (source.name if source is not None else "") or entry.source_name

    def is_ics(self, entry: Entry) -> bool:
        source = self.sources.get(entry.source_id)
        kind = (source.kind if source is not None else "") or ""
        name = self.source_name(entry)
        return kind.lower() in ("ics", "ical", "icalendar") or name.lower().endswith((".ics", ".ical", ".ifb"))

    def base_uid(self, entry: Entry, series: bool) -> str:
        """The source's UID for ICS sources, else a hash of the entry's identity."""
        if self.is_ics(entry):
            uid = _strip_rid(entry.source_ref) if (series or entry.recurrence_id) else entry.source_ref
            if uid and len(uid) <= 500 and not any(ord(c) < 32 for c in uid):
                return uid
        seed = f"{self.source_name(entry)}|{entry.series_key if series else entry.source_ref}"
        return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:32] + "@masthead"

    def claim(self, uid: str, entry: Entry) -> str:
        """``uid`` if still free, else one made unique by the entry's source."""
        seed, attempt = f"{self.source_name(entry)}|{entry.identity}|{uid}", 0
        while uid in self.uids:
            uid = hashlib.sha1(f"{seed}|{attempt}".encode("utf-8")).hexdigest()[:32] + "@masthead"
            attempt += 1
        self.uids.add(uid)
        return uid

    # --- events -------------------------------------------------------------
    def single(self, entry: Entry, occurrence: bool = False) -> list[str]:
        uid = self.base_uid(entry, series=occurrence)
        if occurrence and entry.recurrence_id is not None:
            rid = entry.recurrence_id
            uid = f"{uid}-{icstext.fmt_date(rid) if entry.all_day else icstext.fmt_utc(rid)}"
        lines = ["BEGIN:VEVENT", f"UID:{escape_text(self.claim(uid, entry))}", f"DTSTAMP:{self.dtstamp}"]
        lines += self.times(entry)
        lines += self.properties(entry)
        lines.append("END:VEVENT")
        self.vevents += 1
        return lines

    def series(self, plan: SeriesPlan) -> list[str]:
        master = plan.master
        uid = escape_text(self.claim(self.base_uid(master, series=True), master))
        lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{self.dtstamp}"]
        lines.append(self.stamp(date_time_prop("DTSTART", plan.dtstart, plan.zone), plan.dtstart))
        if plan.duration is not None and plan.duration > timedelta(0):
            end = plan.dtstart + (timedelta(days=max(1, plan.duration.days)) if plan.all_day else plan.duration)
            lines.append(self.stamp(date_time_prop("DTEND", end, plan.zone), end))
        lines += [f"RRULE:{rule}" for rule in plan.rrules]
        lines += [f"EXRULE:{rule}" for rule in plan.exrules]
        if plan.rdates:
            lines.append(self.stamp(date_list_prop("RDATE", plan.rdates, plan.zone), plan.rdates[0]))
        if plan.exdates:
            lines.append(self.stamp(date_list_prop("EXDATE", plan.exdates, plan.zone), plan.exdates[0]))
        lines += self.properties(master, series=True)
        lines.append("END:VEVENT")
        self.vevents += 1
        for entry in plan.overrides:
            key = occurrence_key(entry.recurrence_id or entry.start, plan.all_day)
            rid = key if plan.all_day else key.astimezone(plan.dtstart.tzinfo)
            lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{self.dtstamp}"]
            lines.append(self.stamp(date_time_prop("RECURRENCE-ID", rid, plan.zone), rid))
            lines += self.times(entry)
            lines += self.properties(entry)
            lines.append("END:VEVENT")
            self.vevents += 1
        return lines

    def times(self, entry: Entry) -> list[str]:
        if entry.all_day:
            start = entry.start.astimezone(UTC).date()
            lines = [f"DTSTART;VALUE=DATE:{icstext.fmt_date(start)}"]
            if entry.end is not None:
                end = entry.end.astimezone(UTC).date()
                if end > start:
                    lines.append(f"DTEND;VALUE=DATE:{icstext.fmt_date(end)}")
            return lines
        zone = icstext.resolve_zone(entry.timezone)
        lines = [self.stamp(date_time_prop("DTSTART", entry.start, zone), entry.start)]
        if entry.end is not None and entry.end > entry.start:
            lines.append(self.stamp(date_time_prop("DTEND", entry.end, zone), entry.end))
        return lines

    def stamp(self, line_zone: tuple[str, str | None], value: date | datetime) -> str:
        """Record that ``value`` is written in a zone (for its VTIMEZONE); return the line."""
        line, zone = line_zone
        if zone is not None:
            self.zones[zone].append(value.date() if isinstance(value, datetime) else value)
        return line

    def properties(self, entry: Entry, series: bool = False) -> list[str]:
        lines = [f"SUMMARY:{escape_text(entry.title)}"]
        if entry.description:
            lines.append(f"DESCRIPTION:{escape_text(entry.description)}")
        link = entry.link.strip()
        if link and _URI.match(link):
            lines.append(f"URL:{link}")
        status = _STATUS.get(entry.status)
        if status:
            lines.append(f"STATUS:{status}")
        categories = [c for c in dict.fromkeys([entry.channel, entry.department, *entry.tags]) if c]
        if categories:
            lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in categories))
        if entry.kind == "task":
            lines.append("TRANSP:TRANSPARENT")
        fields = (
            ("DEPARTMENT", entry.department), ("CHANNEL", entry.channel), ("SOURCE", self.source_name(entry)),
            ("SOURCE-REF", "" if series else entry.source_ref), ("SERIES", entry.series_key if series else ""),
            ("SOURCE-LOCATION", entry.location), ("OWNER", entry.owner),
            ("STATUS", entry.status), ("CAMPAIGN", entry.campaign),
            ("KIND", entry.kind if entry.kind != "event" else ""),
            ("LINK", link if link and not _URI.match(link) else ""),
        )
        lines += [f"{X}{name}:{escape_text(value)}" for name, value in fields if value]
        return lines

    def timezones(self) -> list[str]:
        """VTIMEZONE blocks, each covering the dates it is used on (with margin)."""
        import icalendar

        out: list[str] = []
        for key in sorted(self.zones):
            zone = icstext.resolve_zone(key)
            if zone is None:
                continue
            days = self.zones[key]
            # the zone's rules are written for the dates used, within the range importers keep
            first = max(minus(min(days), timedelta(days=400)), ZONE_RULES_FROM)
            last = min(plus(max(days), timedelta(days=3 * 366)), ZONE_RULES_TO)
            first = min(first, last)
            component = icalendar.Timezone.from_tzinfo(zone, tzid=key, first_date=first, last_date=last)
            for line in component.content_lines():
                if line:
                    out.append(fold(str(line)))
        return out


def _strip_rid(ref: str) -> str:
    """``UID`` out of an occurrence reference such as ``UID@2026-08-06T14:00:00+00:00``."""
    for sep in ("#", "|", "@"):
        head, found, tail = ref.rpartition(sep)
        if found and head and _RID_SUFFIX.match(tail.strip()):
            return head
    return ref
