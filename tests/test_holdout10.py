"""The tenth held-out company (tests/holdout10/, Fjordline Logistics: Oslo, Stockholm, Helsinki, Copenhagen,
Reykjavík, Amsterdam, Brussels in Dutch and French, Istanbul, Tallinn), written without reading the product:
its files (week grids by ISO week with weekday columns and no dates, MS Planner, Monday.com, Wrike, ClickUp,
Teams Shifts, Jira, Agorapulse, Meltwater, Trello, Falcon.io, Apple / Nextcloud / Fastmail .ics in
Atlantic/Reykjavik, Europe/Istanbul and Europe/Tallinn, Finnish, Icelandic, Estonian and Turkish sheets) go
through `main.py consolidate` as a coordinator in Oslo runs it, and the JSON report is scored against the plan
(`python -m tests.holdout10.measure 1-6 -v`; see tests/holdout10/RESULTS.md). The floors sit a little under
what was measured on seeds 1 and 3; raise them as the product learns."""
from __future__ import annotations

import pytest

from tests.holdout10.measure import measure

SEEDS = (1, 3)
# measured on seeds 1 and 3 (2026-12-08): before the fixes it drove, entries 21.4 % (week grids refused:
# "no date column"; "5. lokakuuta", "man. 5. okt." not dates; Planner's and Jira's record dates taken for the
# entries'), slot clash 0.41, double booking 0.20, overload 0.10, duplicate 0.00; after: entries 100 % (2 extra:
# Teams Shifts' "Time Off" sheet), slot clash 1.00, double booking 1.00, overload 1.00, duplicate 0.38 (pairs in
# two languages whose words differ by a letter or whose names are inflected)
ENTRIES_FLOOR = 98.0
FLOORS = {"slot_clash": 0.95, "double_booking": 0.95, "overload": 0.95, "duplicate": 0.3}
ALWAYS_RIGHT = ("oslo", "hr", "stockholm", "helsinki", "copenhagen", "reykjavik", "amsterdam", "brussels_nl",
                "brussels_fr", "istanbul", "tallinn")


@pytest.fixture(scope="module")
def total():
    return measure(SEEDS, out=lambda *_: None)


def test_entries_read_right_over_the_floor(total):
    assert total.entries_right >= ENTRIES_FLOOR, (total.entries_right, dict(total.field_wrong))
    assert total.missing <= 2 and total.extra <= 3, (total.missing, total.extra)
    assert not total.failed_files, total.failed_files


@pytest.mark.parametrize("kind", list(FLOORS))
def test_findings_over_the_floors(total, kind):
    assert total.kinds[kind].f1 >= FLOORS[kind], (kind, str(total.kinds[kind]))


@pytest.mark.parametrize("dept", ALWAYS_RIGHT)
def test_departments_read_right_stay_right(total, dept):
    assert total.dept_right[dept] == total.dept_posts[dept], dept


def test_the_company_is_what_its_truth_says(tmp_path):
    """The generator itself: one seed gives the same files twice, every post that is written was written by
    its department's writer (a grid leaves its cancelled posts out), and the planted findings are in the truth
    (in Oslo's days); Istanbul's and Reykjavík's posts keep their wall clocks over the EU's end of summer time."""
    from datetime import timedelta

    from tests.holdout3.measure import truth_conflicts, written_twice_alike
    from tests.holdout10.company import OSL, make_company
    from tests.holdout10.files import write_company

    a = written_twice_alike(make_company, write_company, 1, tmp_path)
    unwritten = [p.title for p in a.posts if not p.written and p.status != "cancelled" and p.series != "reykjavik-weekly"]
    assert not unwritten, unwritten
    slot, _, booking, _, overload, _ = truth_conflicts(a, OSL)
    assert slot and booking and overload
    for p in a.posts:
        if p.start and p.dept == "istanbul":
            assert p.start.utcoffset() == timedelta(hours=3)
        if p.start and p.dept == "reykjavik":
            assert p.start.utcoffset() == timedelta(0)
