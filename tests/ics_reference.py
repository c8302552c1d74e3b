"""Occurrence counts of recurring-ical-events (after x-wr-timezone) vs ours, per window.

Shared by tests/test_ics_corpus.py; run as a script to print every difference.
"""
from __future__ import annotations

import sys
from datetime import datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

UTC = timezone.utc
# Ten-year windows cover every file of the corpus (1997..2030) without huge counts.
WINDOWS = [(datetime(y, 1, 1, tzinfo=UTC), datetime(y + 10, 1, 1, tzinfo=UTC)) for y in (1990, 2000, 2010, 2020)]


def reference_counts(path: Path) -> list[int] | None:
    """r-i-e's VEVENT occurrence count per window, or None if it cannot expand the file."""
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    try:
        cals = icalendar.Calendar.from_ical(path.read_bytes(), multiple=True)
        counts = [0] * len(WINDOWS)
        for cal in cals:
            cal = x_wr_timezone.to_standard(cal)
            q = recurring_ical_events.of(cal)
            for i, (a, b) in enumerate(WINDOWS):
                counts[i] += sum(1 for _ in q.between(a, b))
        return counts
    except Exception:  # noqa: BLE001 - any failure of the reference means "cannot expand"
        return None


def our_counts(path: Path) -> list[int]:
    from importers import ImportOptions
    from importers import ics

    counts = []
    for a, b in WINDOWS:
        res = ics.read(path, ImportOptions(timezone=ZoneInfo("UTC"), window_start=a, window_end=b))
        n = 0
        for r in res.records:
            if r.kind != "event":
                continue
            s, e = r.start, r.end
            if not isinstance(s, datetime):
                s = datetime.combine(s, time(), UTC)
                e = datetime.combine(e, time(), UTC) if e is not None else None
            if s >= b:
                continue
            if (e is not None and e > s and e > a) or ((e is None or e <= s) and s >= a):
                n += 1
        counts.append(n)
    return counts


def main(paths: list[str]) -> None:
    for p in paths:
        path = Path(p)
        try:
            ref = reference_counts(path)
        except Exception as exc:  # noqa: BLE001
            ref = f"ERR {exc}"
        try:
            ours = our_counts(path)
        except Exception as exc:  # noqa: BLE001
            ours = f"ERR {type(exc).__name__}: {exc}"
        if ref is not None and ref != ours:
            print(f"DIFF {path.parent.name}/{path.name}: ref={ref} ours={ours}")


if __name__ == "__main__":
    main(sys.argv[1:])
