"""The numbers behind the Reports view, the PDF report and the workbook's KPI block.

Pure Python over entries and an analysis result: no Qt, no store. ``build_report``
asks the facade (``Workspace.entries`` / ``Workspace.analyse``) for a period and a
filter; ``compute_report`` does the counting and is what the tests exercise.

Days and hours are local to the workspace zone; all-day entries keep their dates.
Entries of blackout sources are not posts: they only mark blackout days.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Iterable
from zoneinfo import ZoneInfo

from calendar_core.timeconv import zone_or_utc

from calendar_core.model import Conflict, DuplicateGroup, Entry, EntryFilter

NO_DEPARTMENT = "(no department)"
NO_CHANNEL = "(no channel)"
USUAL_SHARE = 0.5  # a channel "usually posts" when it posts in at least this share of the period's weeks


def week_label(day: date) -> str:
    """ISO week of a day: '2026-W32'."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(label: str) -> date:
    year, week = label.split("-W")
    return date.fromisocalendar(int(year), int(week), 1)


@dataclass
class IssueCounts:
    conflicts_open: int = 0
    conflicts_settled: int = 0
    duplicates_open: int = 0
    duplicates_settled: int = 0


@dataclass
class DepartmentKpi:
    department: str
    posts: int = 0
    channels: int = 0
    conflicts: int = 0  # conflicts this department takes part in
    duplicates: int = 0  # duplicate groups this department takes part in
    settled: int = 0  # of those conflicts + groups, how many are settled

    @property
    def share_settled(self) -> float:
        total = self.conflicts + self.duplicates
        return self.settled / total if total else 0.0


@dataclass
class Report:
    first: date
    last: date  # inclusive
    zone: str
    filter_text: str = ""
    departments: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    weeks: list[str] = field(default_factory=list)
    posts_per_week: dict[str, dict[str, int]] = field(default_factory=dict)  # week -> department -> posts
    channel_counts: dict[str, dict[str, int]] = field(default_factory=dict)  # department -> channel -> posts
    posts_per_day: dict[date, int] = field(default_factory=dict)  # every day of the period, 0 included
    blackout_days: set[date] = field(default_factory=set)
    usual_channels: list[str] = field(default_factory=list)
    gaps: list[tuple[date, str]] = field(default_factory=list)  # (working day, channel with nothing)
    issues_per_week: dict[str, IssueCounts] = field(default_factory=dict)
    conflicts_by_department: dict[str, int] = field(default_factory=dict)
    hours: dict[str, list[int]] = field(default_factory=dict)  # channel -> 24 counts (timed posts only)
    kpis: list[DepartmentKpi] = field(default_factory=list)
    open_conflicts: list[Conflict] = field(default_factory=list)
    open_duplicates: list[DuplicateGroup] = field(default_factory=list)
    total_posts: int = 0
    total_conflicts: int = 0
    entries_by_id: dict[int, Entry] = field(default_factory=dict, repr=False)

    def channel_mix(self, department: str) -> dict[str, float]:
        """Shares (0..1) of each channel in a department's posts."""
        counts = self.channel_counts.get(department, {})
        total = sum(counts.values())
        return {c: n / total for c, n in counts.items()} if total else {}

    def conflict_shares(self) -> dict[str, float]:
        """Each department's share of the conflicts it takes part in (one conflict counts for each department)."""
        total = sum(self.conflicts_by_department.values())
        return {d: n / total for d, n in self.conflicts_by_department.items()} if total else {}

    @property
    def period_text(self) -> str:
        return f"{self.first:%a %-d %b %Y} – {self.last:%a %-d %b %Y}"


def local_day(e: Entry, tz: ZoneInfo) -> date:
    """The entry's day in ``tz``; an instant at the very end of time stays on its UTC day."""
    return _day(e.start, tz, e.all_day)


def _day(value, tz: ZoneInfo, all_day: bool) -> date:
    if all_day:
        return value.date() if isinstance(value, datetime) else value
    try:
        return value.astimezone(tz).date()
    except (OverflowError, ValueError):
        return value.date()


_local_day = local_day


def _days_of(e: Entry, tz: ZoneInfo) -> list[date]:
    first = _local_day(e, tz)
    if e.end is None or e.end <= e.start:
        return [first]
    last = (e.end - timedelta(days=1)).date() if e.all_day else _day(e.end - timedelta(microseconds=1), tz, False)
    return [first + timedelta(days=k) for k in range((max(last, first) - first).days + 1)]


def compute_report(entries: Iterable[Entry], conflicts: Iterable[Conflict], duplicates: Iterable[DuplicateGroup],
                   first: date, last: date, zone_name: str, *, blackout_source_ids: frozenset[int] = frozenset(),
                   blackout_dates: Iterable[date] = (), filter_text: str = "") -> Report:
    """Count the period [first, last] (local days in ``zone_name``)."""
    tz = zone_or_utc(zone_name)
    rep = Report(first=first, last=last, zone=zone_name, filter_text=filter_text)
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    rep.weeks = sorted({week_label(d) for d in days})
    rep.posts_per_day = {d: 0 for d in days}
    rep.blackout_days = {d for d in blackout_dates if first <= d <= last}
    posts: list[Entry] = []
    by_id: dict[int, Entry] = {}
    for e in entries:
        by_id[e.id] = e
        if e.source_id in blackout_source_ids:
            rep.blackout_days.update(d for d in _days_of(e, tz) if first <= d <= last)
        elif first <= _local_day(e, tz) <= last:
            posts.append(e)
    per_week: dict[str, Counter] = {w: Counter() for w in rep.weeks}
    mix: dict[str, Counter] = defaultdict(Counter)
    hours: dict[str, list[int]] = defaultdict(lambda: [0] * 24)
    channel_days: dict[str, set[date]] = defaultdict(set)
    for e in posts:
        day = _local_day(e, tz)
        dept, channel = e.department or NO_DEPARTMENT, e.channel or NO_CHANNEL
        per_week[week_label(day)][dept] += 1
        mix[dept][channel] += 1
        rep.posts_per_day[day] += 1
        channel_days[channel].add(day)
        if not e.all_day:
            hours[channel][e.start.astimezone(tz).hour] += 1
    rep.total_posts = len(posts)
    rep.entries_by_id = by_id
    rep.departments = sorted(mix, key=str.casefold)
    rep.channels = sorted(channel_days, key=str.casefold)
    rep.posts_per_week = {w: dict(c) for w, c in per_week.items()}
    rep.channel_counts = {d: dict(mix[d]) for d in rep.departments}
    rep.hours = {c: hours[c] if c in hours else [0] * 24 for c in rep.channels}
    _gaps(rep, days, channel_days)
    _issues(rep, list(conflicts), list(duplicates), by_id, tz)
    return rep


def _gaps(rep: Report, days: list[date], channel_days: dict[str, set[date]]) -> None:
    weeks_total = len(rep.weeks)
    working = [d for d in days if d.weekday() < 5 and d not in rep.blackout_days]
    for channel in rep.channels:
        active_weeks = {week_label(d) for d in channel_days[channel]}
        if weeks_total and len(active_weeks) >= USUAL_SHARE * weeks_total:
            rep.usual_channels.append(channel)
    rep.gaps = [(d, c) for d in working for c in rep.usual_channels if d not in channel_days[c]]


def _issues(rep: Report, conflicts: list[Conflict], duplicates: list[DuplicateGroup], by_id: dict[int, Entry],
            tz: ZoneInfo) -> None:
    rep.issues_per_week = {w: IssueCounts() for w in rep.weeks}
    kpi = {d: DepartmentKpi(d) for d in rep.departments}
    for d in rep.departments:
        kpi[d].posts = sum(rep.channel_counts[d].values())
        kpi[d].channels = len(rep.channel_counts[d])
    by_dept: Counter = Counter()

    def place(item_ids: list[int]):
        members = [by_id[i] for i in item_ids if i in by_id]
        if not members:
            return None, []
        day = min(_local_day(e, tz) for e in members)
        depts = sorted({e.department or NO_DEPARTMENT for e in members})
        return week_label(day), depts

    def tally(item, kind: str, still_open: list) -> list[str] | None:
        """Count one conflict or duplicate group (``kind``) in its week and its departments."""
        week, depts = place(item.entry_ids)
        if week is None:
            return None
        counts = rep.issues_per_week.get(week)
        if counts is not None:
            field = f"{kind}_{'settled' if item.decision else 'open'}"
            setattr(counts, field, getattr(counts, field) + 1)
        if not item.decision:
            still_open.append(item)
        for d in depts:
            k = kpi.setdefault(d, DepartmentKpi(d))
            setattr(k, kind, getattr(k, kind) + 1)
            k.settled += bool(item.decision)
        return depts

    for c in conflicts:
        depts = tally(c, "conflicts", rep.open_conflicts)
        if depts is not None:
            rep.total_conflicts += 1
            for d in depts:
                by_dept[d] += 1
    for g in duplicates:
        tally(g, "duplicates", rep.open_duplicates)
    rep.conflicts_by_department = dict(by_dept)
    rep.kpis = [kpi[d] for d in sorted(kpi, key=str.casefold)]


def report_period(entries: Iterable[Entry], zone_name: str, first: date | None = None,
                  last: date | None = None) -> tuple[date, date]:
    """The period asked for, or the days the entries span (a single day when there are none)."""
    if first and last:
        return first, last
    tz = zone_or_utc(zone_name)
    days = [_local_day(e, tz) for e in entries]
    lo = first or (min(days) if days else last or date.today())
    hi = last or (max(days) if days else lo)
    return lo, max(lo, hi)


def workspace_blackout_days(ws, start: datetime, end: datetime) -> frozenset[date]:
    """Blackout days between two instants: the settings' dates and the days of blackout sources' entries."""
    tz = ws.tz
    blackout_ids = {s.id for s in ws.sources() if s.blackout}
    days = set(ws.settings.blackout_days())
    if blackout_ids:
        for e in ws.entries(start, end, EntryFilter(source_ids=frozenset(blackout_ids), only_visible=False)):
            days.update(_days_of(e, tz))
    lo, hi = start.astimezone(tz).date(), end.astimezone(tz).date()
    return frozenset(d for d in days if lo <= d <= hi)


def build_report(ws, first: date, last: date, flt: EntryFilter | None = None, filter_text: str = "") -> Report:
    """The report over local days [first, last] of the workspace, through its facade."""
    tz = ws.tz
    start = datetime.combine(first, time(0), tz)
    end = datetime.combine(last + timedelta(days=1), time(0), tz)
    entries = ws.entries(start, end, flt)
    result = ws.analyse(start, end, flt, entries=entries)
    blackout = frozenset(s.id for s in ws.sources() if s.blackout)
    return compute_report(entries, result.conflicts, result.duplicates, first, last, getattr(tz, "key", "UTC"),
                          blackout_source_ids=blackout, blackout_dates=ws.settings.blackout_days(),
                          filter_text=filter_text)
