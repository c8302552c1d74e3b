"""Short period labels for the navigator."""
from __future__ import annotations

from datetime import date, timedelta


def week_label(monday: date) -> str:
    """'Week 37 · 7–13 Sep 2026', 'Week 40 · 28 Sep – 4 Oct 2026'."""
    sunday = monday + timedelta(days=6)
    if monday.month == sunday.month:
        span = f"{monday.day}–{sunday:%-d %b %Y}"
    elif monday.year == sunday.year:
        span = f"{monday:%-d %b} – {sunday:%-d %b %Y}"
    else:
        span = f"{monday:%-d %b %Y} – {sunday:%-d %b %Y}"
    return f"Week {monday.isocalendar()[1]} · {span}"
