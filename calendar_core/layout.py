"""Week and month layouts as data (STYLE.md practice 8).

The on-screen week view and the printed week both draw a :class:`WeekLayout`;
the month view draws a :class:`MonthLayout`. Nothing here knows about pixels:
positions are minutes of the local day and column fractions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Callable, Iterable
from zoneinfo import ZoneInfo

from calendar_core.model import Entry


@dataclass(frozen=True, slots=True)
class Block:
    """A timed entry (or one day's part of it) placed in a day column."""

    entry: Entry
    day_index: int  # 0 = first day of the week
    start_min: float  # minutes after local midnight
    end_min: float
    column: int  # sub-column inside its overlap cluster
    columns: int  # sub-columns of that cluster
    continues_before: bool = False  # started on an earlier day
    continues_after: bool = False  # ends on a later day

    @property
    def time_label(self) -> str:
        h, m = divmod(int(round(self.start_min)), 60)
        return f"{h:02d}:{m:02d}"


@dataclass(frozen=True, slots=True)
class Bar:
    """An all-day (or multi-day) entry in the strip above the hours."""

    entry: Entry
    first_day: int
    last_day: int  # inclusive
    row: int


@dataclass
class WeekLayout:
    week_start: date
    days: list[date]
    tz: ZoneInfo
    hour_start: int
    hour_end: int
    blocks: list[Block] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)

    @property
    def all_day_rows(self) -> int:
        return max((b.row for b in self.bars), default=-1) + 1

    def blocks_on(self, day_index: int) -> list[Block]:
        return [b for b in self.blocks if b.day_index == day_index]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_week_start(text: str) -> date:
    """"2026-W32" → the Monday of that ISO week; raise ValueError otherwise."""
    try:
        year, week = text.upper().split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except (ValueError, AttributeError):
        raise ValueError(f"'{text}' is not an ISO week (use YYYY-Www, e.g. 2026-W32)") from None


def _local(dt: datetime, tz: ZoneInfo) -> datetime:
    return dt.astimezone(tz)


def _assign_columns(items: list[tuple[float, float, int]]) -> dict[int, tuple[int, int]]:
    """Greedy interval colouring per overlap cluster: index -> (column, columns)."""
    order = sorted(range(len(items)), key=lambda i: (items[i][0], -items[i][1]))
    result: dict[int, tuple[int, int]] = {}
    cluster: list[int] = []
    col_ends: list[float] = []
    cluster_end = float("-inf")

    def close():
        n = len(col_ends)
        for i in cluster:
            result[i] = (result[i][0], n)

    for i in order:
        start, end, _ = items[i]
        if cluster and start >= cluster_end:
            close()
            cluster, col_ends = [], []
        for c, c_end in enumerate(col_ends):
            if c_end <= start:
                col_ends[c] = end
                break
        else:
            c = len(col_ends)
            col_ends.append(end)
        result[i] = (c, 0)
        cluster.append(i)
        cluster_end = max(cluster_end, end) if len(cluster) > 1 else end
    if cluster:
        close()
    return result


def week_layout(entries: Iterable[Entry], week_start: date, tz: ZoneInfo, *, days: int = 7,
                hour_start: int = 8, hour_end: int = 19, default_minutes: int = 30,
                min_minutes: int = 20) -> WeekLayout:
    """Place entries of the week starting ``week_start`` (local dates in ``tz``).

    The hour range widens to fit every timed entry; entries without an end get
    ``default_minutes``; very short entries are drawn at least ``min_minutes`` tall.
    """
    day_list = [week_start + timedelta(days=i) for i in range(days)]
    first, after = day_list[0], day_list[-1] + timedelta(days=1)
    segments: list[tuple[float, float, int, Entry, bool, bool]] = []
    bars_src: list[tuple[int, int, Entry]] = []
    lo_hour, hi_hour = hour_start, hour_end
    for e in entries:
        if e.all_day:
            s = e.start_date
            last = (e.end_date - timedelta(days=1)) if e.end_date and e.end_date > s else s
            if last < first or s >= after:
                continue
            a = max((s - first).days, 0)
            b = min((last - first).days, days - 1)
            bars_src.append((a, b, e))
            continue
        start = _local(e.start, tz)
        end = _local(e.end, tz) if e.end and e.end > e.start else start + timedelta(minutes=default_minutes)
        day = start.date()
        while day <= end.date() and day < after:
            if day >= first:
                day_start = datetime.combine(day, time(0), tzinfo=tz)
                s_min = max((start - day_start).total_seconds() / 60, 0.0)
                e_min = min((end - day_start).total_seconds() / 60, 24 * 60.0)
                if e_min > s_min or (s_min == e_min and day == start.date()):
                    e_min = max(e_min, s_min + min_minutes)
                    segments.append((s_min, min(e_min, 24 * 60.0), (day - first).days, e,
                                     day > start.date(), end.date() > day and end != datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)))
                    lo_hour = min(lo_hour, int(s_min // 60))
                    hi_hour = max(hi_hour, int(-(-min(e_min, 24 * 60) // 60)))
            day += timedelta(days=1)
    layout = WeekLayout(week_start=week_start, days=day_list, tz=tz, hour_start=lo_hour, hour_end=min(hi_hour, 24))
    for d in range(days):
        idx = [i for i, seg in enumerate(segments) if seg[2] == d]
        cols = _assign_columns([(segments[i][0], segments[i][1], i) for i in idx])
        for k, i in enumerate(idx):
            s_min, e_min, _, entry, before, after_ = segments[i]
            col, ncols = cols[k]
            layout.blocks.append(Block(entry, d, s_min, e_min, col, ncols, before, after_))
    layout.blocks.sort(key=lambda b: (b.day_index, b.start_min, b.column))
    # All-day bars: first-fit rows.
    rows: list[list[tuple[int, int]]] = []
    for a, b, e in sorted(bars_src, key=lambda t: (t[0], -(t[1] - t[0]), t[2].title)):
        for r, taken in enumerate(rows):
            if all(b < x or a > y for x, y in taken):
                taken.append((a, b))
                break
        else:
            r = len(rows)
            rows.append([(a, b)])
        layout.bars.append(Bar(e, a, b, r))
    return layout


@dataclass
class MonthCell:
    day: date
    in_month: bool
    entries: list[Entry]
    hidden: int  # shown as "+N more"


@dataclass
class MonthLayout:
    month: date  # first of the month
    weeks: list[list[MonthCell]]


def month_layout(entries: Iterable[Entry], month: date, tz: ZoneInfo, *, per_day: int = 4,
                 sort_key: Callable[[Entry], object] | None = None) -> MonthLayout:
    """A Monday-first grid of whole weeks covering ``month``, at most ``per_day`` entries shown per day."""
    first = month.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    grid_start = monday_of(first)
    grid_end = monday_of(next_month - timedelta(days=1)) + timedelta(days=7)
    return MonthLayout(first, _grid(entries, grid_start, grid_end, tz, per_day, sort_key,
                                    lambda d: d.month == first.month))


def weeks_grid(entries: Iterable[Entry], monday: date, weeks: int, tz: ZoneInfo, *, per_day: int = 6,
               sort_key: Callable[[Entry], object] | None = None) -> MonthLayout:
    """``weeks`` whole weeks from ``monday`` as a month-like grid (every cell counts as "in" the period)."""
    monday = monday_of(monday)
    end = monday + timedelta(days=7 * weeks)
    return MonthLayout(monday, _grid(entries, monday, end, tz, per_day, sort_key, lambda d: True))


def entry_days(e: Entry, tz: ZoneInfo) -> tuple[date, date]:
    """First and last (inclusive) local day an entry is listed on: all-day entries on every day they cover,
    timed ones on their start day."""
    if e.all_day:
        d = e.start_date
        return d, (e.end_date - timedelta(days=1)) if e.end_date and e.end_date > d else d
    d = _local(e.start, tz).date()
    return d, d


def _grid(entries, grid_start: date, grid_end: date, tz: ZoneInfo, per_day: int, sort_key, in_period):
    by_day: dict[date, list[Entry]] = {}
    for e in entries:
        d, last = entry_days(e, tz)
        while d <= last:
            if grid_start <= d < grid_end:
                by_day.setdefault(d, []).append(e)
            d += timedelta(days=1)
    key = sort_key or (lambda e: (not e.all_day, e.start, e.title))
    weeks = []
    d = grid_start
    while d < grid_end:
        week = []
        for _ in range(7):
            items = sorted(by_day.get(d, []), key=key)
            shown = items if len(items) <= per_day else items[:per_day - 1]
            week.append(MonthCell(d, in_period(d), shown, len(items) - len(shown)))
            d += timedelta(days=1)
        weeks.append(week)
    return weeks


# ----- an agenda: a list grouped by day ----------------------------------------

@dataclass(frozen=True, slots=True)
class AgendaItem:
    entry: Entry
    label: str  # "10:30–11:00", "all day", "until 11:00"


@dataclass
class AgendaDay:
    day: date
    items: list[AgendaItem]


@dataclass
class AgendaLayout:
    first: date
    last: date  # inclusive
    tz: ZoneInfo
    days: list[AgendaDay] = field(default_factory=list)  # only the days with entries, in order

    @property
    def count(self) -> int:
        return sum(len(d.items) for d in self.days)


def agenda_layout(entries: Iterable[Entry], first: date, last: date, tz: ZoneInfo, *,
                  keep_days: Iterable[date] = ()) -> AgendaLayout:
    """The entries of local days [first, last] as a list grouped by day, all-day first, then by time.
    ``keep_days`` (e.g. blackout days) are listed even when nothing falls on them."""
    by_day: dict[date, list[tuple[bool, float, str, Entry]]] = {d: [] for d in keep_days if first <= d <= last}
    for e in entries:
        d, end_day = entry_days(e, tz)
        if e.all_day:
            while d <= end_day:
                if first <= d <= last:
                    by_day.setdefault(d, []).append((False, -1.0, "all day", e))
                d += timedelta(days=1)
            continue
        if not first <= d <= last:
            continue
        start = _local(e.start, tz)
        end = _local(e.end, tz) if e.end and e.end > e.start else None
        label = f"{start:%H:%M}"
        if end is not None:
            label += f"–{end:%H:%M}" if end.date() == start.date() else f"–{end:%a %H:%M}"
        by_day.setdefault(d, []).append((True, start.hour * 60 + start.minute, label, e))
    out = AgendaLayout(first, last, tz)
    for d in sorted(by_day):
        rows = sorted(by_day[d], key=lambda r: (r[0], r[1], r[3].title.casefold(), r[3].id))
        out.days.append(AgendaDay(d, [AgendaItem(r[3], r[2]) for r in rows]))
    return out


def too_full(layout: WeekLayout, max_columns: int = 4, max_per_hour: float = 4.0) -> bool:
    """True when some day is too full for its hours: an overlap cluster needs more than ``max_columns``
    side-by-side columns, or some hour of the day starts more than ``max_per_hour`` entries (rows would stop
    lining up with the hour axis). The printout then lists that week as an agenda with its times."""
    if any(b.columns > max_columns for b in layout.blocks):
        return True
    starts: dict[tuple[int, int], int] = {}
    for b in layout.blocks:
        if b.continues_before:
            continue
        key = (b.day_index, int(b.start_min // 60))
        starts[key] = starts.get(key, 0) + 1
    return any(n > max_per_hour for n in starts.values())


# ----- departments as lanes (the printed "lanes" week) -----------------------

@dataclass(frozen=True, slots=True)
class LaneItem:
    """One entry listed in a (lane, day) cell of a :class:`LanesLayout`."""

    entry: Entry
    lane: int
    day_index: int
    label: str  # "10:30", "10:30–11:00", "all day", "until 11:00" (started earlier)
    all_day: bool
    sort_min: float  # minutes after local midnight (all-day: -1)


@dataclass
class LanesLayout:
    """A week as a grid: one row (lane) per department or channel, one column per day."""

    week_start: date
    days: list[date]
    tz: ZoneInfo
    lanes: list[str]
    items: list[LaneItem] = field(default_factory=list)

    def cell(self, lane: int, day_index: int) -> list[LaneItem]:
        return [i for i in self.items if i.lane == lane and i.day_index == day_index]

    def lane_items(self, lane: int) -> list[LaneItem]:
        return [i for i in self.items if i.lane == lane]


def _hm(minutes: float) -> str:
    h, m = divmod(int(round(minutes)), 60)
    return f"{h:02d}:{m:02d}"


def lanes_layout(entries: Iterable[Entry], week_start: date, tz: ZoneInfo, *,
                 lane_of: Callable[[Entry], str] | None = None, lanes: list[str] | None = None,
                 days: int = 7) -> LanesLayout:
    """Group the week's entries by lane (default: department) and local day.

    ``lanes`` fixes the order and keeps empty lanes; lanes found in the entries
    but not listed follow in alphabetical order. A timed entry is listed on its
    local start day (or on the first day when it started before the week); an
    all-day entry on every day it covers. Cells are sorted all-day first, then
    by time, then by title.
    """
    lane_of = lane_of or (lambda e: e.department or "(no department)")
    day_list = [week_start + timedelta(days=i) for i in range(days)]
    first, after = day_list[0], day_list[-1] + timedelta(days=1)
    placed: list[tuple[str, int, str, bool, float, Entry]] = []
    for e in entries:
        name = lane_of(e) or "(none)"
        if e.all_day:
            s = e.start_date
            last = (e.end_date - timedelta(days=1)) if e.end_date and e.end_date > s else s
            d = max(s, first)
            while d <= last and d < after:
                placed.append((name, (d - first).days, "all day", True, -1.0, e))
                d += timedelta(days=1)
            continue
        start = _local(e.start, tz)
        end = _local(e.end, tz) if e.end and e.end > e.start else None
        if start.date() >= after or (end or start) < datetime.combine(first, time(0), tzinfo=tz):
            continue
        if start.date() < first:  # started before the week: list it on the first day
            label = f"until {end:%H:%M}" if end else "continued"
            placed.append((name, 0, label, False, 0.0, e))
            continue
        minutes = start.hour * 60 + start.minute
        label = _hm(minutes)
        if end is not None and end.date() == start.date():
            label += f"–{end:%H:%M}"
        elif end is not None:
            label += f"–{end:%a %H:%M}"
        placed.append((name, (start.date() - first).days, label, False, float(minutes), e))
    order = list(lanes or [])
    extra = sorted({p[0] for p in placed} - set(order), key=str.casefold)
    order += extra
    index = {name: i for i, name in enumerate(order)}
    layout = LanesLayout(week_start=week_start, days=day_list, tz=tz, lanes=order)
    for name, d, label, all_day, sort_min, e in placed:
        layout.items.append(LaneItem(e, index[name], d, label, all_day, sort_min))
    layout.items.sort(key=lambda i: (i.lane, i.day_index, not i.all_day, i.sort_min, i.entry.title.casefold(), i.entry.id))
    return layout
