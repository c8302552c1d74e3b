"""Date cells that are not text: real dates, date-times, Excel serial numbers and yyyymmdd numbers."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

EXCEL_EPOCH = date(1899, 12, 30)
SERIAL_MIN, SERIAL_MAX = 20000, 80000  # 1954 .. 2119: a number outside is not a date
# Unix time in milliseconds, as task tools' exports write it (ClickUp's "Due Date"): 2001 .. 2100, thirteen digits
EPOCH_MS_MIN, EPOCH_MS_MAX = 1_000_000_000_000, 4_102_444_800_000

BAD = object()  # a cell with text that is not a date


def _year2(y: int) -> int:
    return y + 2000 if y < 70 else (y + 1900 if y < 100 else y)


def _safe_date(y: int, m: int, d: int):
    try:
        return date(y, m, d)
    except ValueError:
        return BAD


def _from_cell(v):
    """A non-text cell: a real date, date-time or Excel serial number."""
    if isinstance(v, datetime):
        if v.hour == v.minute == v.second == v.microsecond == 0:
            return (v.date(), None)
        return (v.date(), v.time().replace(microsecond=0))
    if isinstance(v, date):
        return (v, None)
    if isinstance(v, bool):
        return BAD
    if isinstance(v, (int, float)):
        if 19000101 <= v <= 21001231 and v == int(v):  # 20260804: a date written as yyyymmdd
            y, md = divmod(int(v), 10000)
            d = _safe_date(y, md // 100, md % 100)
            return BAD if d is BAD else (d, None)
        if EPOCH_MS_MIN <= v < EPOCH_MS_MAX and v == int(v):  # the instant: UTC, to the second
            t = datetime.fromtimestamp(int(v) // 1000, timezone.utc)
            return (t.date(), t.timetz())
        if SERIAL_MIN <= v < SERIAL_MAX:
            days = int(v)
            frac = v - days
            d = EXCEL_EPOCH + timedelta(days=days)
            if frac <= 1e-9:
                return (d, None)
            secs = int(round(frac * 86400))
            if secs >= 86400:
                return (d + timedelta(days=1), None)
            return (d, time(secs // 3600, secs % 3600 // 60, secs % 60))
        return BAD
    return BAD
