"""Short period labels for the navigator."""
from __future__ import annotations

from datetime import date, timedelta

from ui.i18n import translate
from ui.locale_format import range_text


def week_label(monday: date) -> str:
    """'Week 37 · 7–13 Sep 2026', 'Week 40 · 28 Sep – 4 Oct 2026'."""
    sunday = monday + timedelta(days=6)
    span = range_text(monday, sunday, spaced=False) if monday.month == sunday.month else range_text(monday, sunday)
    return translate("Views", "Week {number} · {days}").format(number=monday.isocalendar()[1], days=span)
