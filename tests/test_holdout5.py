"""The fifth held-out company (tests/holdout5/, Maison Soleil), written without reading the product:
its files (an Excel planning éditorial, Outlook 365 .ics in "Romance Standard Time", Meta Business
Suite, Sprout Social, a Spanish Google Sheet, Hootsuite bulk, Monday.com, Smartsheet, a Portuguese
semicolon CSV) go through `main.py consolidate` as a coordinator runs it, and the JSON report is scored
against the plan (`python -m tests.holdout5.measure 1-6 -v`; see tests/holdout5/RESULTS.md). The
floors sit a little under what was measured on seeds 5-6; raise them as the product learns."""
from __future__ import annotations

import pytest

from tests.holdout5.measure import measure

SEEDS = (5, 6)
# measured on seeds 5-6 (2026-12-07): before the fixes it drove, entries 63.4 % (Meta's post id as the title,
# Hootsuite without a channel, Lisbon times an hour off, Smartsheet's Italian dates refused, Monday's subitems
# as entries; costs read as lengths; parent rows as entries), slot clash 0.78, double booking 0.33, overload 0.80, duplicate 0.59;
# after: entries 100 %, slot clash 1.00, double booking 1.00, overload 1.00, duplicate 0.56 (cross-language
# duplicates are left)
ENTRIES_FLOOR = 98.0
FLOORS = {"slot_clash": 0.95, "double_booking": 0.9, "overload": 0.95, "duplicate": 0.45}
ALWAYS_RIGHT = ("marketing", "corporate", "boutiques", "ecommerce", "madrid", "clientes", "barcelona", "milano",
                "lisboa")


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
    written by its department's writer, and the planted findings are in the truth."""
    from tests.holdout3.measure import truth_conflicts, written_twice_alike
    from tests.holdout5.company import make_company
    from tests.holdout5.files import write_company

    a = written_twice_alike(make_company, write_company, 5, tmp_path)
    unwritten = [p.title for p in a.posts if not p.written and p.series != "corporate-weekly" and not p.optional]
    assert not unwritten, unwritten
    slot, _, booking, _, overload, _ = truth_conflicts(a)
    assert slot and booking and overload


def test_the_outlook_calendar_agrees_with_an_independent_reader(tmp_path):
    """The truth of the Outlook .ics is what icalendar + recurring-ical-events read in it (the
    Windows zone "Romance Standard Time" with its VTIMEZONE, the series with EXDATE and a moved
    occurrence, the multi-day salon)."""
    import datetime as dt
    from collections import Counter

    import icalendar
    import recurring_ical_events

    from tests.holdout5.company import PAR, make_company
    from tests.holdout5.files import write_company

    company = make_company(5)
    files = write_company(company, tmp_path)
    cal = icalendar.Calendar.from_ical(files["corporate"].read_bytes())
    got = Counter()
    for ev in recurring_ical_events.of(cal).between(dt.datetime(2026, 9, 28), dt.datetime(2026, 11, 30)):
        if str(ev.get("STATUS", "")) != "CANCELLED":
            s = ev["DTSTART"].dt
            got[s.astimezone(PAR).isoformat() if isinstance(s, dt.datetime) else s.isoformat()] += 1
    want = Counter(p.start.astimezone(PAR).isoformat() if p.start else p.day.isoformat()
                   for p in company.of("corporate") if p.status != "cancelled")
    assert got == want, (got - want, want - got)
