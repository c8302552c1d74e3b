"""A weekly grid whose rows are channels (or themes) carries each post's time in its cell:
on a line of its own, before the title or in parentheses after it. The time is read from
the cell, the title keeps only its words; a grid whose cells merely start with numbers
("3 tips …") keeps its titles whole and its posts all-day."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.grids import _cell_time
from tests.sheets_build import write_xlsx

PARIS = ZoneInfo("Europe/Paris")
LABELS = ["Facebook", "Newsletter", "Pinterest", "Theme A", "Podcast", "Intranet", "Mastodon", "Radio"]
WORDS = ["harvest", "report", "portrait", "quiz", "recipe", "launch", "survey", "tour", "gallery", "update"]
NAMES = ["Ana Ruiz", "Tom Berg", "Ida Holm", "Lou Petit"]


def _clock(t: time, style: str) -> str:
    if style == "24":
        return f"{t.hour:02d}:{t.minute:02d}"
    if style == "dot":
        return f"{t.hour}.{t.minute:02d}"
    if style == "fr":
        return f"{t.hour}h{t.minute:02d}" if t.minute else f"{t.hour}h"
    h12 = t.hour % 12 or 12
    return f"{h12}:{t.minute:02d} {'am' if t.hour < 12 else 'pm'}"


def _weeks(monday: date, count: int):
    """(week number, its five working days) for ``count`` weeks from ``monday``."""
    for week in range(count):
        yield week, [monday + timedelta(days=7 * week + k) for k in range(5)]


def _cell(title: str, when: str, who: str, form: str) -> str:
    if form == "line":
        return f"{title}\n{when}\n{who}"
    if form == "lead":
        return f"{when} {title}"
    return f"{title} ({when})\n{who}"


@pytest.mark.parametrize("seed", range(6))
def test_times_written_in_grid_cells_are_the_posts_times(tmp_path, seed):
    rng = random.Random(9100 + seed)
    form, style = rng.choice(["line", "lead", "paren"]), rng.choice(["24", "dot", "fr", "ampm"])
    labels = rng.sample(LABELS, 3)
    monday = date(2026, 5, 4) + timedelta(weeks=rng.randint(0, 30))
    rows, want = [], set()
    for week, days in _weeks(monday, 2):
        rows.append([f"Week {week + 1}"] + [d.strftime("%d/%m/%Y") for d in days])
        for label in labels:
            line = [label]
            for d in days:
                if rng.random() < 0.5:
                    line.append(None)
                    continue
                title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.randint(10, 99)}"
                t = time(rng.randint(8, 18), rng.choice([0, 15, 30, 45]))
                line.append(_cell(title, _clock(t, style), rng.choice(NAMES), form))
                want.add((datetime.combine(d, t, PARIS), title))
            rows.append(line)
    result = read_file(write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows}), ImportOptions(timezone=PARIS))
    assert {(r.start, r.title) for r in result.records} == want


def test_numbers_that_open_titles_are_no_times(tmp_path):
    monday = date(2026, 6, 1)
    rows = []
    for week, days in _weeks(monday, 2):
        rows.append(["Week"] + [d.strftime("%d/%m/%Y") for d in days])
        rows.append(["Blog"] + [f"{k + 3} tips for {WORDS[k]}" for k in range(5)])
    result = read_file(write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows}), ImportOptions(timezone=PARIS))
    assert len(result.records) == 10
    assert all(r.all_day for r in result.records)
    assert {r.title for r in result.records} == {f"{k + 3} tips for {WORDS[k]}" for k in range(5)}


@pytest.mark.parametrize("head, rest, want", [
    ("Harvest quiz", "10:30\nAna Ruiz", ("10:30", "Harvest quiz", "Ana Ruiz")),
    ("9am Harvest quiz", "", ("9am", "Harvest quiz", "")),
    ("Harvest quiz (14h30)", "Ana", ("14h30", "Harvest quiz", "Ana")),
    ("3 tips for May", "", None),
    ("Harvest quiz (2026)", "", None),
    ("Harvest quiz", "Room 12", None),
])
def test_cell_time_forms(head, rest, want):
    assert _cell_time(head, rest) == want


@pytest.mark.parametrize("seed", range(4))
def test_a_sheet_per_week_headed_by_its_dates(tmp_path, seed):
    """One week per sheet: the only row of dates is the header, the channels label the rows."""
    rng = random.Random(9200 + seed)
    labels = rng.sample(LABELS, 3)
    monday = date(2026, 9, 7) + timedelta(weeks=rng.randint(0, 20))
    sheets, want = {}, set()
    for week in range(3):
        days = [monday + timedelta(days=7 * week + k) for k in range(rng.choice([5, 7]))]
        rows = [[f"Week {week + 1} plan"]] if rng.random() < 0.5 else []
        if rng.random() < 0.5:  # a title line of two cells: the week and a remark
            rows += [[f"Week {week + 1}", None, rng.choice(["all times CET", "draft", "v2"])], []]
        rows.append(["Channel"] + [datetime.combine(d, time(0)) for d in days])
        for label in labels:
            line = [label]
            for d in days:
                if rng.random() < 0.6:
                    line.append(None)
                    continue
                title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.randint(10, 99)}"
                t = time(rng.randint(8, 18), rng.choice([0, 30]))
                line.append(f"{title}\n{t:%H:%M}")
                want.add((datetime.combine(d, t, PARIS), title))
            rows.append(line)
        sheets[f"Week {week + 1}"] = rows
    result = read_file(write_xlsx(tmp_path / "weeks.xlsx", sheets), ImportOptions(timezone=PARIS))
    assert {(r.start, r.title) for r in result.records} == want


def test_one_row_of_dates_over_figures_is_no_week(tmp_path):
    """Prices by day under one row of dates are figures, not posts: not read as a grid."""
    days = [date(2026, 6, 1) + timedelta(days=k) for k in range(7)]
    rows = [["Room"] + [datetime.combine(d, time(0)) for d in days]]
    rows += [[name] + [90 + k for k in range(7)] for name in ("Single", "Double", "Suite")]
    from importers.sheets.grids import date_grid
    assert date_grid(rows) is None


@pytest.mark.parametrize("seed", range(3))
def test_the_name_under_each_post_is_its_owner(tmp_path, seed):
    """A grid cell "Title / time / a name": the names, a few used over and over, are the owners."""
    rng = random.Random(9300 + seed)
    monday = date(2026, 3, 2) + timedelta(weeks=rng.randint(0, 30))
    rows, want = [], set()
    for week, days in _weeks(monday, 3):
        rows.append([""] + [d.strftime("%d/%m/%Y") for d in days])
        for label in rng.sample(LABELS, 2):
            line = [label]
            for d in days:
                if rng.random() < 0.4:
                    line.append(None)
                    continue
                title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.randint(10, 99)}"
                who = rng.choice(NAMES)
                line.append(_cell(title, _clock(time(rng.randint(8, 18)), "24"), who, rng.choice(["line", "paren"])))
                want.add((title, who))
            rows.append(line)
    result = read_file(write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows}), ImportOptions(timezone=PARIS))
    assert {(r.title, r.owner) for r in result.records} == want


def test_notes_under_posts_stay_notes(tmp_path):
    monday = date(2026, 3, 2)
    rows = []
    for week, days in _weeks(monday, 2):
        rows.append([""] + [d.strftime("%d/%m/%Y") for d in days])
        rows.append(["Blog"] + [f"Post {week}{k}\nDraft the copy first, then ask legal for a check.\nImage from the shoot"
                                for k in range(5)])
    result = read_file(write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows}), ImportOptions(timezone=PARIS))
    assert len(result.records) == 10 and not any(r.owner for r in result.records)


DAY_WORDS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri"], "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr."],
             "nl": ["ma", "di", "wo", "do", "vr"], "it": ["lun", "mar", "mer", "gio", "ven"],
             "nl_long": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]}


@pytest.mark.parametrize("seed", range(8))
def test_a_week_headed_by_weekdays_without_year_takes_the_year_they_fit(tmp_path, seed):
    """"Mon 5/10 … Fri 9/10" ("maandag 12-10": a dash after a weekday) over time rows, a sheet per
    week under a two-cell title line: the weekdays pin the year, whatever the clock says (2025, 2027
    or 2028 as much as this year)."""
    rng = random.Random(9400 + seed)
    words = DAY_WORDS[rng.choice(sorted(DAY_WORDS))]
    sep = "/" if seed < 4 else "-"  # (the first four seeds as they were)
    monday = date(rng.choice((2025, 2027, 2028)), 1, 5) + timedelta(weeks=rng.randint(0, 45))
    monday -= timedelta(days=monday.weekday())
    slots = [time(9), time(10, 30), time(12), time(14), time(15, 30)]
    sheets, want = {}, set()
    for week, days in _weeks(monday, 2):
        rows = [["Social planning"], [f"Week {days[0].isocalendar()[1]}", None, "all times CET"], []]
        rows.append(["Time"] + [f"{words[k]} {d.day}{sep}{d.month}" for k, d in enumerate(days)])
        for slot in slots:
            line = [_clock(slot, rng.choice(["24", "12"]))]
            for d in days:
                if rng.random() < 0.5:
                    line.append(None)
                    continue
                title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.randint(10, 99)}"
                line.append(title)
                want.add((datetime.combine(d, slot, PARIS), title))
            rows.append(line)
        sheets[f"W{week + 1}"] = rows
    result = read_file(write_xlsx(tmp_path / "grid.xlsx", sheets), ImportOptions(timezone=PARIS))
    assert {(r.start, r.title) for r in result.records} == want
