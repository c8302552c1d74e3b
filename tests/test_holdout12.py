"""The twelfth held-out company (tests/holdout12/, Maple & Wattle Media: Toronto, Montréal, Vancouver, Halifax,
Sydney, Perth, Auckland, a CRM team and a New York agency), written without reading the product: its hardness is
the shape of its files and tools (Google Sheets templates with a column per day and checkbox columns, Excel with
formulas, hidden rows and columns, tables with totals rows, xlsm, ods, Mac Roman / TSV / ';'+BOM / UTF-16 text,
a dozen social tools' exports, .ics from Proton, Yahoo, Zoho, Zimbra, HCL Notes and Outlook for Mac) over three
zone changes. Its files go through `main.py consolidate` as a coordinator in Toronto runs it, and the JSON report
is scored against the plan (`python -m tests.holdout12.measure 1-6 -v`; see tests/holdout12/RESULTS.md). The
floors sit a little under what was measured on seeds 1 and 2; raise them as the product learns."""
from __future__ import annotations

import pytest

from tests.holdout12.measure import measure

SEEDS = (1, 2)
# measured on seeds 1 and 2 (2026-12-08): before the fixes it drove, entries 62 % (Montréal's "14 h 30" read as a
# length, "5 octobre 2026 à 14 h 30" refused; Sendible's and CoSchedule's profiles "Acme Perth (Facebook Page)",
# "Facebook - Acme AU" no channel; Mailchimp's campaigns no channel; a template's "9:30 AM Title — Name" kept
# the people in the title); after: entries 96.1 % (HubSpot's blog posts have no channel cell), slot clash 0.97,
# double booking 0.86, overload 1.00, duplicate 0.65
ENTRIES_FLOOR = 94.0
FLOORS = {"slot_clash": 0.9, "double_booking": 0.8, "overload": 0.9, "duplicate": 0.55}
ALWAYS_RIGHT = ("agency", "crm", "halifax", "montreal", "perth", "sydney", "vancouver")


@pytest.fixture(scope="module")
def total():
    return measure(SEEDS, out=lambda *_: None)


def test_entries_read_right_over_the_floor(total):
    assert total.entries_right >= ENTRIES_FLOOR, (total.entries_right, dict(total.field_wrong))
    assert total.missing <= 1 and total.extra <= 2, (total.missing, total.extra)
    assert not total.failed_files, total.failed_files


@pytest.mark.parametrize("kind", list(FLOORS))
def test_findings_over_the_floors(total, kind):
    assert total.kinds[kind].f1 >= FLOORS[kind], (kind, str(total.kinds[kind]))


@pytest.mark.parametrize("dept", ALWAYS_RIGHT)
def test_departments_read_right_stay_right(total, dept):
    assert total.dept_right[dept] == total.dept_posts[dept], dept


def test_the_company_is_what_its_truth_says(tmp_path):
    """The generator itself: one seed gives the same files twice, the planted findings are in the truth (in
    Toronto's days), Perth keeps UTC+8, Sydney's posts move to summer time on 4 October and the agency's
    series keeps its 11:00 wall clock over North America's end of summer time."""
    from datetime import date, timedelta

    from tests.holdout3.measure import truth_conflicts, written_twice_alike
    from tests.holdout12.company import TOR, make_company
    from tests.holdout12.files import write_company

    a = written_twice_alike(make_company, write_company, 1, tmp_path)
    slot, _, booking, _, overload, _ = truth_conflicts(a, TOR)
    assert slot and booking and overload
    for p in a.posts:
        if p.start and p.dept == "perth":
            assert p.start.utcoffset() == timedelta(hours=8)
        if p.start and p.dept == "sydney":
            assert p.start.utcoffset() == timedelta(hours=11 if p.start.date() >= date(2026, 10, 4) else 10)
        if p.series == "agency-weekly" and p.start.weekday() == 3:
            assert p.start.hour == 11
