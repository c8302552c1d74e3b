"""Plain days of a table that lists every day: a row of its own for each day, most of them empty.

A school's or a course's calendar often writes one row per calendar day (the date, its weekday,
the day's content) and leaves the content empty on ordinary days, where the week's regular cells
still stand (the classes held every Wednesday, their rooms). A person reads those rows as days
with nothing planned, not as entries named by their room or weekday.
"""
from __future__ import annotations

from collections import Counter
from datetime import timedelta

from importers.sheets.dates import BAD, weekday_of
from importers.sheets.table import cell_text

DIARY_MIN_ROWS = 14  # dated rows a table needs before it reads as a day-by-day list
DIARY_STEPS = 0.8  # share of steps from one dated row to the next that are one day, at least
DIARY_TITLED = 0.1  # share of the days whose title is written, at least (sparser, the untitled rows are the table)
_ONE_DAY = timedelta(days=1)


class Diary:
    """Which untitled rows of a day-by-day table are plain days. ``dates``: the rows' (day, time)
    or None / BAD; ``own``: the columns the entry's date and title are read from; ``titles``: the
    rows' titles."""

    def __init__(self, data: list[list], dates: list, own: set[int], titles: list[str]):
        dated = [i for i, d in enumerate(dates) if d is not None and d is not BAD]
        days = [dates[i][0] for i in dated]
        steps = list(zip(days, days[1:]))
        self.active = len(days) >= DIARY_MIN_ROWS and sum(b - a == _ONE_DAY for a, b in steps) \
            >= DIARY_STEPS * len(steps) and sum(1 for i in dated if titles[i]) >= DIARY_TITLED * len(dated)
        self.data, self.dates, self.own = data, dates, own
        self.usual: Counter | None = None

    def _usual(self) -> Counter:
        """(weekday, column, text) -> rows saying it: a week's regular cells."""
        if self.usual is None:
            self.usual = Counter()
            for row, d in zip(self.data, self.dates):
                if d is None or d is BAD:
                    continue
                wd = d[0].weekday()
                for k, v in enumerate(row):
                    if k not in self.own and (t := cell_text(v).strip()):
                        self.usual[wd, k, t.casefold()] += 1
        return self.usual

    def plain(self, i: int) -> bool:
        """Row ``i`` (without a title) writes only its weekday and cells its weekday's other rows write
        in the same columns."""
        d = self.dates[i]
        if not self.active or d is None or d is BAD:
            return False
        wd = d[0].weekday()
        usual = self._usual()
        for k, v in enumerate(self.data[i]):
            t = cell_text(v).strip()
            if k in self.own or not t or weekday_of(t) == wd:
                continue
            if usual[wd, k, t.casefold()] < 2:
                return False
        return True


def plain_days_note(count: int) -> str:
    """What the import says of the plain days it left out ("" for none)."""
    if not count:
        return ""
    return (f"{count} of the days listed one by one have no entry (only their weekday and the cells the same "
            "weekday always has): not entries")
