"""A workbook of one sheet per week ("KW 42"), the channels as rows and the weekdays as columns
("Mo., 12.10."), a post per cell as "10:30 Thema (H. Müller)" (found by the held-out company 6,
tests/holdout6): a quiet week with posts on one channel only, or one post, is still a week, a cell led by the
language's word for all day ("ganztägig: Sperrfrist …") is an all-day entry without that word, and a
cell of two lines each led by its time holds two posts.
Workbooks drawn at random from the pools below (seeded)."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook

from importers import ImportOptions, read_file

BERLIN = ZoneInfo("Europe/Berlin")
DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr."]
CHANNELS = ["LinkedIn", "Instagram", "YouTube", "Newsletter", "X"]
TITLES = ["Werkstour im Werk Ulm", "Interview mit dem Vorstand", "Azubi-Tag", "Solardach in Betrieb",
          "Mitarbeiterporträt aus der Montage", "Rückblick: Betriebsfest", "SPS 2026: Rückblick auf die Messe",
          "IHK Azubi-Award", "KR-7 im Einsatz"]   # a title may begin with an acronym: no zone after the time
PEOPLE = ["H. Müller", "Anna Schmidt", "J. Weber", "Markus Fischer"]
ALL_DAY = ["ganztägig", "Ganztägig", "all day", "All day"]


@pytest.mark.parametrize("seed", range(6))
def test_week_sheets_with_few_channels(tmp_path, seed):
    rng = random.Random(f"week-sheets-{seed}")
    wb = Workbook()
    wb.remove(wb.active)
    want = []
    for w in range(rng.randint(2, 4)):
        monday = date(2026, 10, 5) + timedelta(days=7 * w)
        week = monday.isocalendar()[1]
        ws = wb.create_sheet(f"KW {week}")
        ws["A1"] = f"Redaktionsplan KW {week}"
        ws.cell(row=3, column=1, value="Kanal")
        for i in range(5):
            d = monday + timedelta(days=i)
            ws.cell(row=3, column=2 + i, value=f"{DAYS[i]}, {d:%d.%m.}")
        chans = rng.sample(CHANNELS, rng.choice([1, 1, 2, 3]))
        for r, chan in enumerate(chans, start=4):
            ws.cell(row=r, column=1, value=chan)
            for col in rng.sample(range(5), rng.randint(1, 4) if len(chans) == 1 else rng.randint(2, 4)):
                d = monday + timedelta(days=col)
                lines = []
                for n in range(rng.choice([1, 1, 1, 2])):   # two posts in one cell, a line each
                    title, who = f"{rng.choice(TITLES)} {w}{r}{col}{n}", rng.choice(PEOPLE)
                    if rng.random() < 0.15 and n == 0:
                        lines.append(f"{rng.choice(ALL_DAY)}: {title} ({who})")
                        want.append((d, True, title, chan, who))
                        break
                    t = datetime(d.year, d.month, d.day, 8 + 5 * n + rng.randint(0, 4), rng.choice([0, 30]), tzinfo=BERLIN)
                    lines.append(f"{t:%H:%M} {title} ({who})")
                    want.append((t, False, title, chan, who))
                ws.cell(row=r, column=2 + col, value="\n".join(lines))
    path = tmp_path / "Redaktionsplan.xlsx"
    wb.save(path)
    result = read_file(path, ImportOptions(timezone=BERLIN))
    # (the people in brackets are read from a sheet that shows enough of them: not asserted here)
    got = sorted(((r.start, r.all_day, r.title.split(" (")[0], r.channel) for r in result.records), key=str)
    assert got == sorted((w[:4] for w in want), key=str)
