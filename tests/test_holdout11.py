"""The eleventh held-out company (tests/holdout11/, Sunda Lintas Group: Singapore's coordinator, offices in
Bangkok, Jakarta, Ho Chi Minh City, Manila, Kuala Lumpur, New Delhi, Kathmandu, Dhaka, Nairobi and Lagos),
written without reading the product: its files (Thai Buddhist-era dates and Thai digits, cp874 and windows-1258
CSVs, "pukul 14.00", "14g30", "2.30 petang", Devanagari and Bengali digits, Hootsuite, Sprout Social, Zoho
Social, Meltwater, Lark, Excel's UTF-16 "Unicode text", Outlook's "India Standard Time" and
"E. Africa Standard Time", Google's Asia/Kathmandu) go through `main.py consolidate` as the coordinator runs
it, and the JSON report is scored against the plan (`python -m tests.holdout11.measure 1-6 -v`; see
tests/holdout11/RESULTS.md). The floors sit a little under what was measured on seeds 1 and 2."""
from __future__ import annotations

import pytest

from tests.holdout11.measure import measure

SEEDS = (1, 2)
# measured on seeds 1 and 2 (2026-12-08): before the fixes it drove, entries 49.4 % (the Thai, Vietnamese and
# Hindi sheets refused: "no date column"), slot clash 0.39, double booking 0.00, overload 0.62, duplicate 0.42;
# after: entries 100 %, slot clash 1.00, double booking 1.00, overload 1.00, duplicate 0.42 (campaigns written
# in two scripts, Thai or Bengali beside Latin, are not paired)
ENTRIES_FLOOR = 98.0
FLOORS = {"slot_clash": 0.95, "double_booking": 0.95, "overload": 0.95, "duplicate": 0.3}
ALWAYS_RIGHT = ("bangkok", "jakarta", "hcmc", "manila", "kl", "delhi", "kathmandu", "dhaka", "nairobi", "lagos")


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
    """The generator itself: one seed gives the same files twice, the planted findings are in the truth (in
    Singapore's days), and every post keeps its office's offset (none of these zones changes its clock)."""
    from datetime import timedelta

    from tests.holdout3.measure import truth_conflicts, written_twice_alike
    from tests.holdout11.company import SGT, make_company
    from tests.holdout11.files import write_company

    a = written_twice_alike(make_company, write_company, 1, tmp_path)
    slot, _, booking, _, overload, _ = truth_conflicts(a, SGT)
    assert slot and booking and overload
    offsets = {"delhi": timedelta(hours=5, minutes=30), "kathmandu": timedelta(hours=5, minutes=45),
               "dhaka": timedelta(hours=6), "nairobi": timedelta(hours=3), "lagos": timedelta(hours=1)}
    for p in a.posts:
        if p.start and p.dept in offsets:
            assert p.start.utcoffset() == offsets[p.dept], p
