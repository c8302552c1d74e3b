"""The seventh held-out company (tests/holdout7/, Sokół Group: Warsaw, Prague, Kyiv, Athens, Dubai,
Tel Aviv, Mumbai), written without reading the product: its files (Bitrix24's HTML-as-.xls and CSV,
Asana, Czech CSV in Windows-1250, Trello and a Windows-1251 CSV, Greek Excel and a Windows-1253 CSV,
Arabic Excel with Arabic-Indic digits, a Windows-1256 CSV and Zoho Social, Outlook .ics in Israel
Standard Time and a Windows-1255 CSV, Notion and Google Sheets en-IN, Airtable, Google Calendar) go
through `main.py consolidate` as a coordinator runs it, and the JSON report is scored against the plan.
The floors sit a little under what was measured on seeds 5-6 (`python -m tests.holdout7.measure 1-6 -v`
prints the numbers and what went wrong; see tests/holdout7/RESULTS.md). They guard against regressions;
raise them as the product learns."""
from __future__ import annotations

import pytest

from tests.holdout7.measure import measure

SEEDS = (5, 6)
# measured on seeds 5-6 (2026-12-07): before the fixes it drove, slot clash 0.55 / 0.00, double booking
# 0.50 / 0.50, overload 0.44 / 0.00, duplicate 0.00 / 0.00 (entries 47.2 % over seeds 1-6); after: entries
# 100 % (338 of 338), slot clash 1.00, double booking 1.00, overload 1.00, duplicate 0.12 (duplicated
# efforts told in two languages, see RESULTS.md)
ENTRIES_FLOOR = 98.0
FLOORS = {"slot_clash": 0.95, "double_booking": 0.95, "overload": 0.95, "duplicate": 0.08}
ALWAYS_RIGHT = ("athens", "dubai", "events", "group", "hr", "kyiv", "mumbai", "praha", "telaviv", "warszawa")


@pytest.fixture(scope="module")
def total():
    return measure(SEEDS, out=lambda *_: None)


def test_entries_read_right_over_the_floor(total):
    assert total.entries_right >= ENTRIES_FLOOR, (total.entries_right, dict(total.field_wrong))
    assert total.missing <= 4 and total.extra <= 2, (total.missing, total.extra)
    assert not total.failed_files, total.failed_files


@pytest.mark.parametrize("kind", list(FLOORS))
def test_findings_over_the_floors(total, kind):
    assert total.kinds[kind].f1 >= FLOORS[kind], (kind, str(total.kinds[kind]))


@pytest.mark.parametrize("dept", ALWAYS_RIGHT)
def test_departments_read_right_stay_right(total, dept):
    assert total.dept_right[dept] == total.dept_posts[dept], dept


def test_the_company_is_what_its_truth_says(tmp_path):
    """The generator itself: one seed gives the same files twice, every post that is not a series
    occurrence written as a series was written by its department's writer, and the planted findings
    are in the truth."""
    from tests.holdout3.measure import truth_conflicts, written_twice_alike
    from tests.holdout7.company import make_company
    from tests.holdout7.files import write_company

    a = written_twice_alike(make_company, write_company, 5, tmp_path)
    ics_series = {"events-weekly"} | ({"telaviv-weekly"} if a.habits["telaviv"]["tool"] == "outlook" else set())
    written = [p for p in a.posts if p.series not in ics_series]
    assert all(p.written for p in written), [p.title for p in written if not p.written]
    slot, _, booking, _, overload, _ = truth_conflicts(a)
    assert slot and booking and overload
    assert all(p.start.weekday() in (6, 0, 1, 2, 3) for p in a.posts if p.dept in ("dubai", "telaviv") and p.start)


def test_the_google_calendar_agrees_with_an_independent_reader(tmp_path):
    """The truth of the events team's .ics (single events in UTC, the weekly series in Europe/Warsaw
    across the end of summer time with EXDATE and a moved occurrence, a three-day fair) is what
    icalendar + recurring-ical-events read in it."""
    import datetime as dt
    from collections import Counter

    import icalendar
    import recurring_ical_events

    from tests.holdout7.company import WAW, make_company
    from tests.holdout7.files import write_company

    company = make_company(6)
    files = write_company(company, tmp_path)
    cal = icalendar.Calendar.from_ical(files["events"].read_bytes())
    got = Counter()
    for ev in recurring_ical_events.of(cal).between(dt.datetime(2026, 9, 28), dt.datetime(2026, 11, 30)):
        if str(ev.get("STATUS", "")) != "CANCELLED":
            s = ev["DTSTART"].dt
            got[s.astimezone(WAW).isoformat() if isinstance(s, dt.datetime) else s.isoformat()] += 1
    want = Counter(p.start.astimezone(WAW).isoformat() if p.start else p.day.isoformat()
                   for p in company.of("events") if p.status != "cancelled")
    assert got == want, (got - want, want - got)
