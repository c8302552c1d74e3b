"""The eighth held-out company (tests/holdout8/, Halcyon Audio: New York, Chicago, Los Angeles, London,
Dublin, Sydney, Toronto, Singapore, Johannesburg), written without reading the product: its files (HubSpot,
Outlook .ics with Windows zone names, Smartsheet, Sprout Social, Google Calendar, an EMEA Excel plan,
Google Sheets with serial dates, Trello in UTC, Buffer, Asana, Airtable, Notion) go through
`main.py consolidate` as a coordinator in New York runs it, and the JSON report is scored against the
plan (`python -m tests.holdout8.measure 1-6 -v`; see tests/holdout8/RESULTS.md). The floors sit a little
under what was measured on seeds 5-6; raise them as the product learns."""
from __future__ import annotations

import pytest

from tests.holdout8.measure import measure

SEEDS = (5, 6)
# measured on seeds 5-6 (2026-12-07): before the fixes it drove, entries 82.0 % (zones written after the
# clock ignored: "9am CT", "2:00 PM PT", "10:00 BST"; Buffer's "13 Oct 2026 7:45 am AEDT" refused, 21 posts
# missing), slot clash 0.78, double booking 0.67, overload 0.94, duplicate 0.68; after: entries 100 %, slot
# clash 1.00, double booking 1.00 ("Jen Park", "jpark@…" and "Jennifer Park" one person), overload 1.00,
# duplicate 0.82 (false pairs on a shared first name or city are left)
ENTRIES_FLOOR = 98.0
FLOORS = {"slot_clash": 0.95, "double_booking": 0.95, "overload": 0.95, "duplicate": 0.75}
ALWAYS_RIGHT = ("brand", "comms", "chicago", "la", "london", "dublin", "sydney", "toronto", "singapore", "joburg")


@pytest.fixture(scope="module")
def total():
    return measure(SEEDS, out=lambda *_: None)


def test_entries_read_right_over_the_floor(total):
    assert total.entries_right >= ENTRIES_FLOOR, (total.entries_right, dict(total.field_wrong))
    assert total.missing <= 2 and total.extra <= 2, (total.missing, total.extra)
    assert not total.failed_files, total.failed_files


@pytest.mark.parametrize("kind", list(FLOORS))
def test_findings_over_the_floors(total, kind):
    assert total.kinds[kind].f1 >= FLOORS[kind], (kind, str(total.kinds[kind]))


@pytest.mark.parametrize("dept", ALWAYS_RIGHT)
def test_departments_read_right_stay_right(total, dept):
    assert total.dept_right[dept] == total.dept_posts[dept], dept


def test_the_company_is_what_its_truth_says(tmp_path):
    """The generator itself: one seed gives the same files twice, every post that is written was
    written by its department's writer, and the planted findings are in the truth (in New York's days)."""
    from tests.holdout3.measure import truth_conflicts, written_twice_alike
    from tests.holdout8.company import NYC, make_company
    from tests.holdout8.files import write_company

    a = written_twice_alike(make_company, write_company, 5, tmp_path)
    unwritten = [p.title for p in a.posts if not p.written and p.series != "comms-weekly"]
    assert not unwritten, unwritten
    slot, _, booking, _, overload, _ = truth_conflicts(a, NYC)
    assert slot and booking and overload
    assert all((p.day or p.start.date()).day <= 12 for p in a.of("dublin"))   # every Dublin date reads both ways


def test_the_outlook_calendar_agrees_with_an_independent_reader(tmp_path):
    """The truth of Corporate Communications' .ics (Windows zone names, London's and Sydney's among them;
    the weekly series over both summer-time ends with EXDATE and a moved occurrence) is what icalendar +
    recurring-ical-events read in it."""
    import datetime as dt
    from collections import Counter

    import icalendar
    import recurring_ical_events

    from tests.holdout8.company import NYC, make_company
    from tests.holdout8.files import write_company

    company = make_company(5)
    files = write_company(company, tmp_path)
    cal = icalendar.Calendar.from_ical(files["comms"].read_bytes())
    got = Counter()
    for ev in recurring_ical_events.of(cal).between(dt.datetime(2026, 9, 28), dt.datetime(2026, 11, 30)):
        if not str(ev.get("SUMMARY", "")).startswith("Canceled: "):
            s = ev["DTSTART"].dt
            got[s.astimezone(NYC).isoformat() if isinstance(s, dt.datetime) else s.isoformat()] += 1
    want = Counter(p.start.astimezone(NYC).isoformat() if p.start else p.day.isoformat()
                   for p in company.of("comms") if p.status != "cancelled")
    assert got == want, (got - want, want - got)
