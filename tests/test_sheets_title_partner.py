"""Repeated titles (a team's recurring formats) are told apart by a column written on every row
(the venue, the speaker), never by a remark written on some rows ("needs photo from Bas"). Tables
drawn with a seeded RNG, headed as a team heads them ("Post", "Notes")."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from tests.sheets_build import write_xlsx

ZONE = ZoneInfo("Europe/Amsterdam")
TITLES = ["Vacancy of the week", "Employee story", "Throwback Thursday", "Job alert: night shift",
          "Meet the welders", "Why we offer a lease bike", "Our 1998 team photo", "Open day at the plant",
          "Winter check results", "Ask HR anything"]
REMARKS = ["needs photo from Bas", "copy in the doc, link in bio", "check with legal", "video still missing"]


@pytest.mark.parametrize("seed", range(6))
def test_a_remark_on_some_rows_is_no_part_of_the_title(tmp_path, seed):
    rng = random.Random(5600 + seed)
    rows = [["Week", "Date", "Post time", "Platform", "Post", "Owner", "Status", "Approved?", "Hashtags",
             rng.choice(["Notes", "Remarks", "Comment"])]]
    want = []
    for k in range(34):
        day = date(2026, 10, 1) + timedelta(days=k)
        t = time(rng.choice([9, 12, 15]))
        title = "" if rng.random() < 0.18 else rng.choice(TITLES[:5]) if rng.random() < 0.6 else f"{rng.choice(TITLES[5:])} {k}"  # recurring formats
        rows.append([f"Wk {day.isocalendar()[1]}" if day.weekday() == 0 else None, datetime(day.year, day.month, day.day),
                     t.strftime("%H:%M"), rng.choice(["LinkedIn", "TikTok", "Instagram"]), title,
                     rng.choice(["Emma Mulder", "Noor Hendriks", "Bas de Graaf"]), rng.choice(["Posted", "Scheduled"]),
                     rng.choice([True, False]), rng.choice(["#hiring", None]),
                     rng.choice(REMARKS) if rng.random() < 0.4 else None])
        if title:  # (a row without its post's title is named by what else it says)
            want.append((datetime.combine(day, t, ZONE), title))
    result = read_file(write_xlsx(tmp_path / "hr.xlsx", {"Plan": rows}), ImportOptions(timezone=ZONE))
    got = {(r.start, r.title) for r in result.records}
    assert set(want) <= got


def test_only_a_column_written_on_most_rows_tells_titles_apart():
    from importers.sheets.assign import _col, _partner
    from importers.sheets.roles import profile

    rng = random.Random(11)
    rows = []
    for k in range(30):
        title = rng.choice(TITLES[:4])
        rows.append([title, rng.choice(REMARKS + [f"remark {k}"]) if k % 3 == 0 else None, f"Hall {k}"])
    profiles = [profile(_col(rows, c)) for c in range(3)]
    assert _partner(0, None, [1], profiles, rows) is None  # a remark on a third of the rows
    assert _partner(0, None, [1, 2], profiles, rows) == 2  # the hall, on every row
