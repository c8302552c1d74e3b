"""The sixth held-out company (tests/holdout6/, Kranich Werke: Stuttgart, Vienna, Zurich, Tokyo,
Shanghai, Seoul, Istanbul), written without reading the product: its files (German Excel with KW
and week sheets, SAP's UTF-16 export as .xls / .txt, Outlook .ics with Windows zones, monday.com,
Japanese Excel and its Shift_JIS CSV, WPS, a GB18030 CSV, Korean Google Sheets, a Turkish cp1254
CSV) go through `main.py consolidate` as a coordinator runs it, and the JSON report is scored
against the plan. The floors sit a little under what was measured on seeds 5-6
(`python -m tests.holdout6.measure 1-6 -v` prints the numbers and what went wrong; see
tests/holdout6/RESULTS.md). They guard against regressions; raise them as the product learns."""
from __future__ import annotations

import pytest

from tests.holdout6.measure import measure

SEEDS = (5, 6)
# measured on seeds 5-6 (2026-12-07): before the fixes it drove, entries 39.9 % (the East Asian and the
# Turkish files unread or misread), slot clash 0.00, double booking 0.25, overload 0.25, duplicate 0.00;
# after: entries 99.7 % (1 post of a one-post week sheet without its person, see RESULTS.md),
# slot clash 1.00, double booking 1.00, overload 1.00, duplicate 0.31
ENTRIES_FLOOR = 97.0
FLOORS = {"slot_clash": 0.95, "double_booking": 0.95, "overload": 0.95, "duplicate": 0.25}
ALWAYS_RIGHT = ("istanbul", "seoul", "shanghai", "shanghai_hr", "tokyo", "vertrieb", "wien", "zurich")


@pytest.fixture(scope="module")
def total():
    return measure(SEEDS, out=lambda *_: None)


def test_entries_read_right_over_the_floor(total):
    assert total.entries_right >= ENTRIES_FLOOR, (total.entries_right, dict(total.field_wrong))
    assert total.missing <= 6 and total.extra <= 2, (total.missing, total.extra)
    assert not total.failed_files, total.failed_files


@pytest.mark.parametrize("kind", list(FLOORS))
def test_findings_over_the_floors(total, kind):
    assert total.kinds[kind].f1 >= FLOORS[kind], (kind, str(total.kinds[kind]))


@pytest.mark.parametrize("dept", ALWAYS_RIGHT)
def test_departments_read_right_stay_right(total, dept):
    assert total.dept_right[dept] == total.dept_posts[dept], dept


def test_the_company_is_what_its_truth_says(tmp_path):
    """The generator itself: one seed gives the same files twice, every post that is not a series
    occurrence was written by its department's writer, and the planted findings are in the truth."""
    from tests.holdout3.measure import truth_conflicts, written_twice_alike
    from tests.holdout6.company import make_company
    from tests.holdout6.files import write_company

    a = written_twice_alike(make_company, write_company, 5, tmp_path)
    written = [p for p in a.posts if p.series != "wien-weekly" and not (p.dept == "konzern" and p.status == "cancelled")]
    assert all(p.written for p in written), [p.title for p in written if not p.written]
    slot, _, booking, _, overload, _ = truth_conflicts(a)
    assert slot and booking and overload


def test_the_outlook_calendar_agrees_with_an_independent_reader(tmp_path):
    """The truth of the .ics file (Windows zone names, Tokyo's among them; the weekly series with
    EXDATE and a moved occurrence) is what icalendar + recurring-ical-events read in it."""
    import datetime as dt
    from collections import Counter

    import icalendar
    import recurring_ical_events

    from tests.holdout6.company import BER, make_company
    from tests.holdout6.files import write_company

    company = make_company(5)
    files = write_company(company, tmp_path)
    cal = icalendar.Calendar.from_ical(files["wien"].read_bytes())
    got = Counter()
    for ev in recurring_ical_events.of(cal).between(dt.datetime(2026, 9, 28), dt.datetime(2026, 11, 30)):
        if not str(ev.get("SUMMARY", "")).startswith("Abgesagt: "):
            s = ev["DTSTART"].dt
            got[s.astimezone(BER).isoformat() if isinstance(s, dt.datetime) else s.isoformat()] += 1
    want = Counter(p.start.astimezone(BER).isoformat() if p.start else p.day.isoformat()
                   for p in company.of("wien") if p.status != "cancelled")
    assert got == want, (got - want, want - got)
