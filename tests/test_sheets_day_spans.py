"""A date cell that spans days gives one entry from its first to its last day, in the forms teams
write: "21/10/2026 – 23/10/2026", "12–14 Nov 2026", "Oct 12-14, 2026", "21.10.–23.10.2026",
"2026-11-20 – 2026-11-21", "21/10–23/10" (the year from the column's other dates). A dash inside one
date never splits it. Spans drawn with a seeded RNG among single days."""
from __future__ import annotations

import csv
import io
import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file

ZONE = ZoneInfo("Europe/Stockholm")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _span(rng: random.Random, a: date, b: date) -> str:
    form = rng.randrange(6)
    dash = rng.choice(["–", " – ", " - ", "—"])
    if form == 0:
        return f"{a:%d/%m/%Y}{dash}{b:%d/%m/%Y}"
    if form == 1 and a.month == b.month:
        return f"{a.day}{dash.strip() or '–'}{b.day} {MONTHS[b.month - 1]} {b.year}"
    if form == 2 and a.month == b.month:
        return f"{MONTHS[a.month - 1]} {a.day}-{b.day}, {b.year}"
    if form == 3:
        return f"{a.day:02d}.{a.month:02d}.{dash}{b.day:02d}.{b.month:02d}.{b.year}"
    if form == 4:
        return f"{a.isoformat()} – {b.isoformat()}"
    return f"{a:%d/%m}–{b:%d/%m}"


@pytest.mark.parametrize("seed", range(8))
def test_a_cell_spanning_days_is_one_entry_over_them(tmp_path, seed):
    rng = random.Random(2900 + seed)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Date", "Event", "Channel"])
    want = []
    for k in range(14):
        first = date(2026, 9, 1) + timedelta(days=rng.randint(0, 100))
        if rng.random() < 0.4:
            last = first + timedelta(days=rng.randint(1, 3))
            cell = _span(rng, first, last)
        else:
            last, cell = first, f"{first:%d/%m/%Y}"
        w.writerow([cell, f"Event {k}", rng.choice(["LinkedIn", "Blog"])])
        want.append((f"Event {k}", first, last + timedelta(days=1)))
    path = tmp_path / "spans.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = [(r.title, r.start, r.end) for r in result.records]
    assert sorted(got) == sorted(want), result.warnings
    assert all(r.all_day for r in result.records)


def test_a_dash_inside_one_date_is_no_span(tmp_path):
    path = tmp_path / "iso.csv"
    path.write_text("Date,Event\n2026-11-20,A\n20-11-2026,B\n2026-11-21,C\n", encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert [(r.start, r.end) for r in result.records] == [
        (date(2026, 11, 20), date(2026, 11, 21)), (date(2026, 11, 20), date(2026, 11, 21)),
        (date(2026, 11, 21), date(2026, 11, 22))]
