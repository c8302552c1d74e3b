"""Rows above a table's header that read as its entries (a date written like the date column under the
header, most cells filled) are not imported, since a table starts at its header; the import says which
rows they are, by their row numbers in the file. A title, a note or a banner above the header is never
named. Tables drawn with a seeded RNG."""
from __future__ import annotations

import csv
import io
import random
import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file

ZONE = ZoneInfo("Europe/Madrid")
HEADERS = [["Date", "Title", "Channel", "Owner"], ["Fecha", "Título", "Canal", "Responsable"],
           ["Datum", "Thema", "Kanal", "Verantwortlich"], ["Publish date", "Post", "Network", "Author"]]
TITLES = ["Spring launch teaser", "Store opening Valencia", "Webinar recap", "Hiring week", "Customer story",
          "Product tips", "Quarterly results", "Behind the scenes"]
NETWORKS = ["LinkedIn", "Instagram", "Facebook", "Blog", "X"]
OWNERS = ["Ana Ruiz", "Marc Vidal", "Lena Koch", "Paul Weber"]


def _row(rng: random.Random, day: date, form: str) -> list[str]:
    return [day.strftime(form), rng.choice(TITLES), rng.choice(NETWORKS), rng.choice(OWNERS)]


def _note_rows(warnings: list[str]) -> list[int] | None:
    for w in warnings:
        m = re.search(r"above the header row \((\d+)\).*?row\(s\) ([\d, ]+)", w)
        if m:
            return [int(x) for x in m.group(2).replace(" ", "").split(",") if x]
    return None


@pytest.mark.parametrize("seed", range(8))
def test_rows_above_the_header_that_read_as_entries_are_named(tmp_path, seed):
    rng = random.Random(7100 + seed)
    form = rng.choice(["%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"])
    day = date(2026, 10, 1) + timedelta(days=rng.randint(0, 30))
    lines: list[list[str]] = [[rng.choice(["Content plan Q4", "Planning éditorial", "Redaktionsplan"])], []]
    stray = rng.randint(1, 3)
    want = []
    for _ in range(stray):  # entries someone typed above the header
        lines.append(_row(rng, day, form))
        want.append(len(lines))
        day += timedelta(days=1)
    if rng.random() < 0.5:
        lines.append([])
    lines.append(rng.choice(HEADERS))
    header_row = len(lines)
    for _ in range(rng.randint(4, 10)):
        lines.append(_row(rng, day, form))
        day += timedelta(days=rng.randint(0, 2))
    out = io.StringIO()
    csv.writer(out).writerows(lines)
    path = tmp_path / "plan.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert len(result.records) == len(lines) - header_row, result.warnings
    assert _note_rows(result.warnings) == want, result.warnings
    assert any(f"header row ({header_row})" in w for w in result.warnings)


@pytest.mark.parametrize("seed", range(6))
def test_titles_notes_and_banners_above_the_header_are_not_named(tmp_path, seed):
    rng = random.Random(7200 + seed)
    form = rng.choice(["%d/%m/%Y", "%Y-%m-%d"])
    day = date(2026, 11, 2)
    lines: list[list[str]] = [["Social media calendar"], [f"Updated {day.strftime(form)}", "by Ana"], [],
                              ["", "Q4", "", ""]]
    lines.append(rng.choice(HEADERS))
    for _ in range(6):
        lines.append(_row(rng, day, form))
        day += timedelta(days=1)
    out = io.StringIO()
    csv.writer(out).writerows(lines)
    path = tmp_path / "plan.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert len(result.records) == 6, result.warnings
    assert _note_rows(result.warnings) is None, result.warnings
