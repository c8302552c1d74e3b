"""Read queries over entries: time windows and filters, portable SQL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, literal, or_, select

from calendar_core.model import EntryFilter
from calendar_core.store.schema import entries, sources
from calendar_core.timeconv import to_ts

UTC = timezone.utc


def department_expr():
    return func.coalesce(entries.c.department, sources.c.department)


def entry_select() -> Select:
    return select(
        entries,
        sources.c.department.label("source_department"),
        sources.c.name.label("source_name"),
    ).join(sources, sources.c.id == entries.c.source_id)


def window_clause(start: datetime | None, end: datetime | None, tz: ZoneInfo):
    """Entries overlapping [start, end). Timed entries by instant; all-day entries by local date."""
    clauses = []
    if start is None and end is None:
        return None
    timed = [entries.c.all_day.is_(False)]
    allday = [entries.c.all_day.is_(True)]
    if end is not None:
        timed.append(entries.c.start_ts < to_ts(end))
        last_day = (end.astimezone(tz) - timedelta(microseconds=1)).date()
        allday.append(entries.c.start_ts < to_ts(last_day + timedelta(days=1)))
    if start is not None:
        s = to_ts(start)
        timed.append(or_(entries.c.end_ts > s, and_(entries.c.end_ts.is_(None), entries.c.start_ts >= s)))
        first_day = start.astimezone(tz).date()
        allday.append(entries.c.end_ts > to_ts(first_day))
    clauses.append(or_(and_(*timed), and_(*allday)))
    return and_(*clauses)


def filter_clauses(flt: EntryFilter | None):
    if flt is None:
        return []
    out = []
    if flt.only_visible:
        out.append(sources.c.visible.is_(True))
    if flt.source_ids:
        out.append(entries.c.source_id.in_(sorted(flt.source_ids)))
    if flt.departments:
        out.append(department_expr().in_(sorted(flt.departments)))
    if flt.channels:
        out.append(entries.c.channel.in_(sorted(flt.channels)))
    if flt.statuses:
        out.append(entries.c.status.in_(sorted(flt.statuses)))
    if flt.people:
        out.append(entries.c.owner.in_(sorted(flt.people)))
    text = (flt.text or "").strip()
    if text:
        for word in text.split():
            pattern = f"%{word.lower()}%"
            out.append(or_(
                func.lower(entries.c.title).like(pattern),
                func.lower(entries.c.description).like(pattern),
                func.lower(entries.c.campaign).like(pattern),
                func.lower(entries.c.owner).like(pattern),
                func.lower(entries.c.channel).like(pattern),
            ))
    return out


def distinct_values(column) -> Select:
    return select(column).where(column != literal("")).distinct().order_by(column)
