"""Date arithmetic that saturates instead of overflowing.

Importers keep entries inside importers.limits' date range, but a workspace may hold
values stored before that limit existed (or by another tool): an export must still
finish. ``plus(datetime.max-ish, 1 day)`` is the largest value, never an OverflowError.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta


def plus(value, delta: timedelta):
    """``value + delta`` for a date or datetime, clamped to the representable range."""
    try:
        return value + delta
    except OverflowError:
        if isinstance(value, datetime):
            edge = datetime.max if delta > timedelta(0) else datetime.min
            return edge.replace(tzinfo=value.tzinfo)
        return date.max if delta > timedelta(0) else date.min


def minus(value, delta: timedelta):
    return plus(value, -delta)


def in_zone(value: datetime, zone) -> datetime:
    """``value.astimezone(zone)``; at the very ends of time (where that overflows) the value as it is."""
    try:
        return value.astimezone(zone)
    except OverflowError:
        return value
