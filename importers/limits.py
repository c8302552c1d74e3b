"""Hard limits on what one file may ask of Masthead, each with a reason the user can read.

Files come from other departments and are untrusted: every limit here is far beyond
what a real editorial calendar needs, and each refusal names the file and the row,
line or sheet where the limit was crossed.

* dates: an entry must lie in ``MIN_DATE`` .. ``MAX_DATE``; outside it date
  arithmetic (an all-day end, a series window, an export's span) overflows Python's
  ``datetime``, and no post is planned for 1850 or the year 9999;
* table width and cell size of text tables (CSV/TSV);
* expansion of recurring series (``MAX_OCCURRENCES``, ``MAX_RULES`` in importers/recurrence.py);
* unpacked size of workbooks (importers/sheets/workbook.py) and the time and memory a legacy
  .xls may take (importers/sheets/isolated.py).
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Iterator

from importers.errors import ImporterError
from importers.messages import OUT_OF_RANGE, say
from importers.records import record_column

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)
# a series may start long before (Apple writes year-less birthdays from 1604): its occurrences are
# expanded in the import window, and only they must lie in the range
MIN_SERIES_START = date(2, 1, 1)
MAX_COLUMNS = 4096  # columns of a text table (Excel itself stops at 16,384; a calendar needs 20)
MAX_FIELD_CHARS = 1024 * 1024  # characters in one cell of a text table


class LimitExceeded(ImporterError):
    """The file crosses one of the hard limits; the message says which and where."""


def day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def date_in_range(value: date | datetime | None) -> bool:
    """True for None and for dates Masthead keeps."""
    if value is None:
        return True
    return MIN_DATE <= day_of(value) <= MAX_DATE


def series_start_in_range(value: date | datetime | None) -> bool:
    if value is None:
        return True
    return MIN_SERIES_START <= day_of(value) <= MAX_DATE


def range_text() -> str:
    return f"{MIN_DATE.isoformat()} to {MAX_DATE.isoformat()}"


def out_of_range(value: date | datetime) -> str:
    """Why a date is refused, for a warning that already names the row or line."""
    shown = value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    return say(OUT_OF_RANGE, value=shown[:25], first=MIN_DATE.isoformat(), last=MAX_DATE.isoformat())


def _spans_out(records: list) -> bool:
    """Quick test: does any record's start or end fall outside the range (a day's slack for zones)?

    Extremes by min/max (in C): a 50,000-row import pays a few milliseconds for this net.
    """
    values = list(record_column(records, "start"))
    values += [v for v in record_column(records, "end") if v is not None]
    stamps = [v for v in values if v.__class__ is datetime]
    days = [v.date() if isinstance(v, datetime) else v for v in values if v.__class__ is not datetime]
    if stamps:
        lo_t = datetime.combine(MIN_DATE - timedelta(days=1), time(0), timezone.utc)
        hi_t = datetime.combine(MAX_DATE + timedelta(days=1), time(23, 59, 59), timezone.utc)
        if min(stamps) < lo_t or max(stamps) > hi_t:
            return True
    return bool(days) and (min(days) < MIN_DATE or max(days) > MAX_DATE)


def drop_out_of_range(records: list, warn) -> list:
    """The records whose start and end are in range; each other one is warned about by its location."""
    if not _spans_out(records):
        return records
    kept = [r for r in records if date_in_range(r.start) and date_in_range(r.end)]
    if len(kept) == len(records):
        return records
    for r in records:
        bad = r.start if not date_in_range(r.start) else (r.end if not date_in_range(r.end) else None)
        if bad is not None:
            where = f"{r.location}: " if r.location else ""
            warn(f"{where}{out_of_range(bad)}; '{_short(r.title)}' skipped")
    return kept


def checked_rows(path: Path, reader) -> Iterator[list[str]]:
    """The rows of a ``csv.reader``, refused (LimitExceeded, naming the row) when one is too wide
    or holds a cell longer than MAX_FIELD_CHARS; the reader's own errors name the row too."""
    import csv

    if csv.field_size_limit() != MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)
    n = 0
    try:
        for n, row in enumerate(reader, start=1):
            if len(row) > MAX_COLUMNS:
                raise row_too_wide(path, n, len(row))
            yield row
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise field_too_long(path, n + 1) from None
        raise LimitExceeded(path, f"row {n + 1} cannot be read as a table row ({exc})") from None


def row_too_wide(path: Path, row_number: int, columns: int) -> LimitExceeded:
    return LimitExceeded(path, f"row {row_number} has {columns:,} columns (limit {MAX_COLUMNS:,}); "
                               f"this is not a calendar table")


def field_too_long(path: Path, row_number: int) -> LimitExceeded:
    return LimitExceeded(path, f"row {row_number} holds a cell longer than {MAX_FIELD_CHARS:,} characters "
                               f"(the limit for one cell)")


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = ["MIN_DATE", "MAX_DATE", "MAX_COLUMNS", "MAX_FIELD_CHARS", "LimitExceeded", "date_in_range",
           "drop_out_of_range", "out_of_range", "checked_rows"]
