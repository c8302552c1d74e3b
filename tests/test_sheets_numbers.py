"""Apple Numbers documents (.numbers): a Mac team's plan read as it is sent.

Plans are drawn from pools of our own (titles, channels, people, header words in several
languages; dates as date cells with or without a time, or as text; times as text), written by
numbers-parser as Numbers writes them: several sheets, several tables on one sheet, merged day
cells. A damaged document, another zip named .numbers and a machine without the optional reader
get a message naming the file."""
from __future__ import annotations

import random
import sys
import zipfile
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file, supported_extensions
from importers.errors import ImporterError

numbers_parser = pytest.importorskip("numbers_parser")

BERLIN = ZoneInfo("Europe/Berlin")
TITLES = ["Autumn collection teaser", "Hiring: designers", "Mood board", "Store opening recap", "Customer story",
          "Podcast: design systems", "Webinar reminder", "Holiday hours", "Behind the scenes", "Team spotlight"]
CHANNELS = ["Instagram", "LinkedIn", "Pinterest", "Newsletter", "Blog", "TikTok", "Facebook"]
PEOPLE = ["Maria Lopez", "Tom Berg", "Ana Silva", "Jonas Weber", "Chloé Martin", "Kenji Sato"]
HEADERS = [("Date", "Time", "Channel", "Post", "Owner"), ("Datum", "Uhrzeit", "Kanal", "Thema", "Verantwortlich"),
           ("Fecha", "Hora", "Canal", "Publicación", "Responsable"), ("Date", "Heure", "Canal", "Sujet", "Responsable")]


def _plan(rng: random.Random, n: int) -> list[tuple[datetime, str, str, str]]:
    first = datetime(2026, 10, 5, tzinfo=BERLIN)
    posts = []
    for _ in range(n):
        day = first + timedelta(days=rng.randrange(50))
        posts.append((day.replace(hour=rng.randrange(8, 19), minute=rng.choice([0, 15, 30, 45])),
                      rng.choice(TITLES), rng.choice(CHANNELS), rng.choice(PEOPLE)))
    return sorted(posts)


def _write_table(table, rng, header, posts, how: str) -> None:
    for j, h in enumerate(header):
        table.write(0, j, h)
    for i, (start, title, channel, person) in enumerate(posts, 1):
        local = start.replace(tzinfo=None)
        if how == "datetime":  # one date cell holding the time, the time column left empty
            table.write(i, 0, local)
        elif how == "date":
            table.write(i, 0, datetime(local.year, local.month, local.day))
            table.write(i, 1, f"{local:%H:%M}")
        else:  # text the team typed
            table.write(i, 0, f"{local:%d.%m.%Y}")
            table.write(i, 1, f"{local:%H.%M}" if rng.random() < 0.5 else f"{local:%H:%M}")
        table.write(i, 2, channel)
        table.write(i, 3, title)
        table.write(i, 4, person)


def _read(path):
    result = read_file(path, ImportOptions(timezone=BERLIN))
    return result, sorted((r.start, r.title, r.channel, r.owner) for r in result.records)


def test_numbers_is_a_supported_extension():
    assert ".numbers" in supported_extensions()


@pytest.mark.parametrize("seed", range(6))
def test_a_numbers_plan_is_read_as_written(seed, tmp_path):
    rng = random.Random(seed)
    posts = _plan(rng, rng.randrange(5, 15))
    doc = numbers_parser.Document(num_rows=len(posts) + 1, num_cols=5)
    doc.sheets[0].name = rng.choice(["Q4 plan", "Redaktionsplan", "Plan"])
    _write_table(doc.sheets[0].tables[0], rng, rng.choice(HEADERS), posts, rng.choice(["datetime", "date", "text"]))
    path = tmp_path / "plan.numbers"
    doc.save(str(path))
    result, got = _read(path)
    assert got == sorted(posts)
    assert all(r.location.startswith(f"sheet {doc.sheets[0].name}, row ") for r in result.records)


@pytest.mark.parametrize("seed", range(4))
def test_every_sheet_and_every_table_of_a_document_is_read(seed, tmp_path):
    rng = random.Random(50 + seed)
    parts = [_plan(rng, rng.randrange(3, 8)) for _ in range(3)]
    doc = numbers_parser.Document(num_rows=len(parts[0]) + 1, num_cols=5)
    doc.sheets[0].name = "October"
    _write_table(doc.sheets[0].tables[0], rng, HEADERS[0], parts[0], "date")
    second = doc.sheets[0].add_table("Extra posts", num_rows=len(parts[1]) + 1, num_cols=5)
    _write_table(second, rng, HEADERS[0], parts[1], "date")
    doc.add_sheet("November", num_rows=len(parts[2]) + 1, num_cols=5)
    _write_table(doc.sheets[1].tables[0], rng, HEADERS[0], parts[2], "datetime")
    path = tmp_path / "plan.numbers"
    doc.save(str(path))
    result, got = _read(path)
    assert got == sorted(parts[0] + parts[1] + parts[2])
    assert {r.location.split(",")[0] for r in result.records} == {
        "sheet October — Table 1", "sheet October — Extra posts", "sheet November"}


def test_merged_day_cells_date_every_row_they_span(tmp_path):
    """A day written once over its posts (cells merged down), as planners lay out a week."""
    doc = numbers_parser.Document(num_rows=6, num_cols=4)
    t = doc.sheets[0].tables[0]
    for j, h in enumerate(("Date", "Time", "Channel", "Post")):
        t.write(0, j, h)
    rows = [(date(2026, 10, 6), "09:00", "Instagram", "Mood board"), (None, "12:00", "LinkedIn", "Hiring: designers"),
            (None, "16:30", "Blog", "Store opening recap"), (date(2026, 10, 7), "10:00", "TikTok", "Behind the scenes"),
            (None, "11:00", "Pinterest", "Team spotlight")]
    for i, (day, clock, channel, title) in enumerate(rows, 1):
        if day:
            t.write(i, 0, datetime(day.year, day.month, day.day))
        t.write(i, 1, clock)
        t.write(i, 2, channel)
        t.write(i, 3, title)
    t.merge_cells(["A2:A4", "A5:A6"])
    path = tmp_path / "week.numbers"
    doc.save(str(path))
    _result, got = _read(path)
    want = [(datetime(2026, 10, 6, 9, tzinfo=BERLIN), "Mood board"), (datetime(2026, 10, 6, 12, tzinfo=BERLIN), "Hiring: designers"),
            (datetime(2026, 10, 6, 16, 30, tzinfo=BERLIN), "Store opening recap"),
            (datetime(2026, 10, 7, 10, tzinfo=BERLIN), "Behind the scenes"), (datetime(2026, 10, 7, 11, tzinfo=BERLIN), "Team spotlight")]
    assert [(s, title) for s, title, _c, _o in got] == want


def test_a_damaged_numbers_document_is_refused_naming_the_file(tmp_path):
    doc = numbers_parser.Document()
    doc.sheets[0].tables[0].write(0, 0, "Date")
    good = tmp_path / "good.numbers"
    doc.save(str(good))
    broken = tmp_path / "broken.numbers"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    with pytest.raises(ImporterError) as err:
        read_file(broken, ImportOptions(timezone=BERLIN))
    assert "broken.numbers" in str(err.value)


def test_another_zip_named_numbers_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "plan.numbers"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "not a Numbers document")
    with pytest.raises(ImporterError) as err:
        read_file(path, ImportOptions(timezone=BERLIN))
    assert "plan.numbers" in str(err.value) and "Numbers" in str(err.value)


def test_without_the_optional_reader_the_message_says_how_to_get_the_plan_in(tmp_path, monkeypatch):
    doc = numbers_parser.Document()
    doc.sheets[0].tables[0].write(0, 0, "Date")
    path = tmp_path / "plan.numbers"
    doc.save(str(path))
    monkeypatch.setitem(sys.modules, "numbers_parser", None)  # an import of it fails, as where it is not installed
    with pytest.raises(ImporterError) as err:
        read_file(path, ImportOptions(timezone=BERLIN))
    text = str(err.value)
    assert "plan.numbers" in text and "numbers-parser" in text and "Export To" in text


def test_time_cells_of_a_day_read_beside_their_date(tmp_path):
    """A time column of date-time cells (Numbers keeps a time as a date and a time) gives the clock."""
    doc = numbers_parser.Document(num_rows=3, num_cols=3)
    t = doc.sheets[0].tables[0]
    for j, h in enumerate(("Date", "Time", "Post")):
        t.write(0, j, h)
    t.write(1, 0, datetime(2026, 10, 6))
    t.write(1, 1, datetime(2026, 10, 6, 14, 30))
    t.write(1, 2, "Mood board")
    t.write(2, 0, datetime(2026, 10, 8))
    t.write(2, 1, datetime(2026, 10, 8, 9, 0))
    t.write(2, 2, "Team spotlight")
    path = tmp_path / "plan.numbers"
    doc.save(str(path))
    _result, got = _read(path)
    assert [(s.time(), title) for s, title, _c, _o in got] == [(time(14, 30), "Mood board"), (time(9, 0), "Team spotlight")]
