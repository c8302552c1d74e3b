"""Week and month layouts as data."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from calendar_core.layout import iso_week_start, month_layout, week_layout
from calendar_core.model import Entry

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
MON = date(2026, 8, 3)


def entry(i, start, end=None, all_day=False, title=None):
    return Entry(id=i, source_id=1, source_ref=str(i), title=title or f"e{i}", start=start.astimezone(UTC) if isinstance(start, datetime) and start.tzinfo else start,
                 end=end, all_day=all_day)


def at(d, h, m=0):
    return datetime(2026, 8, d, h, m, tzinfo=BERLIN).astimezone(UTC)


def test_overlapping_entries_sit_side_by_side():
    es = [entry(1, at(4, 10), at(4, 11)), entry(2, at(4, 10, 30), at(4, 11, 30)), entry(3, at(4, 12))]
    lay = week_layout(es, MON, BERLIN)
    cols = {b.entry.id: (b.day_index, b.column, b.columns) for b in lay.blocks}
    assert cols == {1: (1, 0, 2), 2: (1, 1, 2), 3: (1, 0, 1)}
    b3 = next(b for b in lay.blocks if b.entry.id == 3)
    assert (b3.start_min, b3.end_min, b3.time_label) == (720, 750, "12:00")


def test_hours_widen_to_fit_and_entries_outside_week_are_left_out():
    es = [entry(1, at(3, 6, 30)), entry(2, at(9, 21)), entry(3, at(10, 10))]
    lay = week_layout(es, MON, BERLIN)
    assert (lay.hour_start, lay.hour_end) == (6, 22)
    assert sorted(b.entry.id for b in lay.blocks) == [1, 2]


def test_local_day_in_the_layout_zone():
    # 23:30 UTC on Monday is Tuesday 01:30 in Berlin.
    e = entry(1, datetime(2026, 8, 3, 23, 30, tzinfo=UTC))
    lay = week_layout([e], MON, BERLIN)
    assert lay.blocks[0].day_index == 1 and lay.blocks[0].start_min == 90


def test_entry_across_midnight_is_split():
    e = entry(1, at(4, 22), at(5, 2))
    parts = week_layout([e], MON, BERLIN).blocks
    assert [(p.day_index, p.start_min, p.end_min, p.continues_before, p.continues_after) for p in parts] == [
        (1, 1320, 1440, False, True), (2, 0, 120, True, False)]


def test_all_day_bars_stack_without_overlap():
    def day(d):
        return datetime(2026, 8, d, tzinfo=UTC)
    es = [entry(1, day(3), day(6), all_day=True), entry(2, day(4), day(5), all_day=True),
          entry(3, day(6), day(7), all_day=True), entry(4, day(1), day(4), all_day=True)]
    lay = week_layout(es, MON, BERLIN)
    bars = {b.entry.id: (b.first_day, b.last_day, b.row) for b in lay.bars}
    assert bars[1] == (0, 2, 0) and bars[4] == (0, 0, 1) and bars[2] == (1, 1, 1) and bars[3] == (3, 3, 0)
    assert lay.all_day_rows == 2


def test_month_grid_and_more_counter():
    es = [entry(i, at(12, 8 + i)) for i in range(6)]
    lay = month_layout(es, date(2026, 8, 1), BERLIN, per_day=4)
    assert lay.weeks[0][0].day == date(2026, 7, 27) and not lay.weeks[0][0].in_month
    assert len(lay.weeks) == 6  # Aug 2026 spans six Monday-first weeks
    cell = next(c for w in lay.weeks for c in w if c.day == date(2026, 8, 12))
    assert len(cell.entries) == 3 and cell.hidden == 3


def test_iso_week():
    assert iso_week_start("2026-W32") == date(2026, 8, 3)
    with pytest.raises(ValueError, match="ISO week"):
        iso_week_start("week 32")


# ----- lanes -----------------------------------------------------------------
from calendar_core.layout import lanes_layout  # noqa: E402


def dept_entry(i, start, dept, title=None, end=None, all_day=False):
    e = entry(i, start, end, all_day=all_day, title=title)
    e.department = dept
    return e


def test_lanes_group_by_department_and_day_in_time_order():
    es = [dept_entry(1, at(4, 14), "Sales", "b"), dept_entry(2, at(4, 9), "Sales", "a", end=at(4, 10)),
          dept_entry(3, at(6, 9), "Marketing"), dept_entry(4, at(12, 9), "Marketing")]  # 4: next week
    lay = lanes_layout(es, MON, BERLIN)
    assert lay.lanes == ["Marketing", "Sales"]
    assert [(i.entry.id, i.label) for i in lay.cell(1, 1)] == [(2, "09:00–10:00"), (1, "14:00")]
    assert [i.entry.id for i in lay.cell(0, 3)] == [3]
    assert all(i.entry.id != 4 for i in lay.items)


def test_lanes_fixed_order_keeps_empty_lanes_and_appends_unknown():
    es = [dept_entry(1, at(4, 9), "Zeta"), dept_entry(2, at(4, 9), "Alpha")]
    lay = lanes_layout(es, MON, BERLIN, lanes=["HR", "Zeta"])
    assert lay.lanes == ["HR", "Zeta", "Alpha"]
    assert lay.lane_items(0) == [] and [i.entry.id for i in lay.lane_items(2)] == [2]


def test_lanes_all_day_on_every_covered_day_first_in_cell():
    def day(d):
        return datetime(2026, 8, d, tzinfo=UTC)
    es = [dept_entry(1, day(2), "PR", "launch week", end=day(5), all_day=True),  # Sun..Tue
          dept_entry(2, at(4, 8), "PR", "early post")]
    lay = lanes_layout(es, MON, BERLIN)
    assert [(i.day_index, i.entry.id, i.label) for i in lay.items] == [
        (0, 1, "all day"), (1, 1, "all day"), (1, 2, "08:00")]


def test_lanes_custom_lane_function_and_local_day():
    # 23:30 UTC Monday is Tuesday in Berlin; lanes by channel.
    e = dept_entry(1, datetime(2026, 8, 3, 23, 30, tzinfo=UTC), "PR")
    e.channel = "LinkedIn"
    lay = lanes_layout([e], MON, BERLIN, lane_of=lambda x: x.channel)
    assert lay.lanes == ["LinkedIn"] and lay.items[0].day_index == 1 and lay.items[0].label == "01:30"


def test_lanes_entry_started_before_week_is_listed_on_first_day():
    e = dept_entry(1, at(2, 22), "PR", end=at(3, 1))
    lay = lanes_layout([e], MON, BERLIN)
    assert [(i.day_index, i.label) for i in lay.items] == [(0, "until 01:00")]
