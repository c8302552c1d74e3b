"""Edges of each conflict rule: boundaries, zones, DST, spellings, all-day, missing ends."""
from __future__ import annotations

import pytest
from datetime import timedelta

from analysis_factory import entry
from calendar_core.analysis import analyse
from calendar_core.settings import Settings


def settings(**kw) -> Settings:
    kw.setdefault("timezone", "Europe/Berlin")
    return Settings(**kw)


def kinds(result, kind):
    return [c for c in result.conflicts if c.kind == kind]


def clash_pairs(entries, **kw):
    result = analyse(entries, settings(**kw))
    return [sorted(c.entry_ids) for c in kinds(result, "slot_clash")]


# -- slot clash -------------------------------------------------------------------------

def test_slot_clash_message_names_channel_departments_local_times_and_rule():
    a = entry("A", "2026-08-04 10:00", department="Marketing")
    b = entry("B", "2026-08-04 10:30", department="HR")
    [conflict] = kinds(analyse([a, b], settings()), "slot_clash")
    assert conflict.message == "LinkedIn: Marketing 10:00 and HR 10:30 on Tue 4 Aug are 30 min apart (rule: 60 min)"
    assert conflict.entry_ids == [a.id, b.id]


def test_exactly_n_minutes_apart_is_a_clash_one_more_is_not():
    a = entry("A", "2026-08-04 10:00", department="Marketing")
    b = entry("B", "2026-08-04 11:00", department="HR")
    c = entry("C", "2026-08-04 12:01", department="Sales")
    assert clash_pairs([a, b, c]) == [sorted([a.id, b.id])]


def test_rule_minutes_come_from_settings():
    a = entry("A", "2026-08-04 10:00", department="Marketing")
    b = entry("B", "2026-08-04 10:40", department="HR")
    assert clash_pairs([a, b], slot_minutes=30) == []
    assert clash_pairs([a, b], slot_minutes=45) == [sorted([a.id, b.id])]


def test_same_instant_written_in_two_zones_clashes_at_zero_minutes():
    a = entry("A", "2026-08-04 15:00", zone="Europe/Berlin", department="Marketing")
    b = entry("B", "2026-08-04 09:00", zone="America/New_York", department="Product")
    [conflict] = kinds(analyse([a, b], settings()), "slot_clash")
    assert "at the same time" in conflict.message
    assert "15:00" in conflict.message and "09:00" not in conflict.message  # shown in the workspace zone


def test_same_wall_time_in_two_zones_is_hours_apart():
    a = entry("A", "2026-08-04 10:00", zone="Europe/Berlin", department="Marketing")
    b = entry("B", "2026-08-04 10:00", zone="America/New_York", department="Sales")
    assert clash_pairs([a, b]) == []
    london = entry("C", "2026-08-04 10:00", zone="Europe/London", department="Sales")
    assert clash_pairs([a, london]) == [sorted([a.id, london.id])]  # exactly 60 min apart


def test_across_dst_change_instants_are_compared_in_utc():
    # 25 Oct 2026: Berlin falls back from 03:00 CEST to 02:00 CET.
    a = entry("A", "2026-10-25 02:30", department="Marketing")  # ambiguous wall time, first pass (CEST)
    b = entry("B", "2026-10-25 03:20", department="HR")  # CET: 110 minutes after a by the clock on the wall
    assert (b.start - a.start).total_seconds() == 110 * 60
    assert clash_pairs([a, b]) == []
    # Around the spring change (29 Mar 2026, 02:00 CET -> 03:00 CEST), 01:50 and 03:10 are 20 min apart.
    d = entry("D", "2026-03-29 01:50", department="Marketing")
    e = entry("E", "2026-03-29 03:10", department="HR")
    [conflict] = kinds(analyse([d, e], settings()), "slot_clash")
    assert "20 min apart" in conflict.message


@pytest.mark.parametrize("left,right", [("Instagram", "instagram"), ("LinkedIn", "Linked In"),
                                        ("YouTube", "you tube"), ("X", " x ")])
def test_channel_spellings_compare_after_normalisation(left, right):
    a = entry("A", "2026-08-04 10:00", channel=left, department="Marketing")
    b = entry("B", "2026-08-04 10:10", channel=right, department="HR")
    assert clash_pairs([a, b]) == [sorted([a.id, b.id])]


def test_different_channels_do_not_clash():
    a = entry("A", "2026-08-04 10:00", channel="LinkedIn", department="Marketing")
    b = entry("B", "2026-08-04 10:00", channel="X", department="HR")
    assert clash_pairs([a, b]) == []


def test_all_day_entries_never_clash_on_a_slot():
    a = entry("A", "2026-08-04", all_day=True, department="Marketing")
    b = entry("B", "2026-08-04 00:00", zone="UTC", department="HR")
    c = entry("C", "2026-08-04", all_day=True, department="Sales")
    assert clash_pairs([a, b, c]) == []


def test_same_department_and_same_series_do_not_clash_by_default():
    a = entry("A", "2026-08-04 10:00", department="Marketing")
    b = entry("B", "2026-08-04 10:15", department="marketing ")
    assert clash_pairs([a, b]) == []
    assert clash_pairs([a, b], slot_clash_within_department=True) == [sorted([a.id, b.id])]
    s1 = entry("S", "2026-08-04 10:00", department="Events", source_id=7, series_key="uid-1")
    s2 = entry("S", "2026-08-04 10:00", department="Events", source_id=7, series_key="uid-1")
    assert clash_pairs([s1, s2], slot_clash_within_department=True) == []


def test_three_posts_at_once_give_one_group_listing_them():
    posts = [entry(d, "2026-08-04 10:00", department=d) for d in ("Marketing", "HR", "Sales")]
    assert clash_pairs(posts) == [sorted(p.id for p in posts)]
    [conflict] = kinds(analyse(posts, settings()), "slot_clash")
    assert conflict.message == ("LinkedIn: 3 posts close together on Tue 4 Aug: Marketing 10:00, HR 10:00 "
                                "and Sales 10:00 (rule: 60 min)")


# -- double booking ---------------------------------------------------------------------

def bookings(entries, **kw):
    return kinds(analyse(entries, settings(**kw)), "double_booking")


def test_double_booking_message():
    a = entry("A", "2026-08-04 10:00", minutes=30, owner="Lena Vogt", department="Marketing", channel="Blog")
    b = entry("B", "2026-08-04 10:15", minutes=45, owner="lena  vogt", department="HR", channel="X")
    [conflict] = bookings([a, b])
    assert conflict.message == "Lena Vogt is booked twice on Tue 4 Aug: Marketing 10:00–10:30 and HR 10:15–11:00"


def test_entries_without_end_last_the_default_duration():
    a = entry("A", "2026-08-04 10:00", owner="Tom", channel="Blog")
    touching = entry("B", "2026-08-04 10:30", owner="Tom", channel="X", department="HR")
    assert bookings([a, touching]) == []
    assert len(bookings([a, touching], default_duration_minutes=31)) == 1
    inside = entry("C", "2026-08-04 10:29", owner="Tom", channel="X", department="HR")
    assert len(bookings([a, inside])) == 1


def test_explicit_end_is_used_and_ranges_that_only_touch_do_not_overlap():
    a = entry("A", "2026-08-04 10:00", minutes=120, owner="Ana", channel="Blog")
    b = entry("B", "2026-08-04 11:30", minutes=10, owner="Ana", channel="X")
    c = entry("C", "2026-08-04 12:00", minutes=10, owner="Ana", channel="X")
    [conflict] = bookings([a, b, c])
    assert sorted(conflict.entry_ids) == sorted([a.id, b.id])


def test_similar_names_are_different_people_and_unowned_entries_are_nobody():
    a = entry("A", "2026-08-04 10:00", owner="Jana Hoffmann")
    b = entry("B", "2026-08-04 10:00", owner="Jan Hoffmann", channel="X")
    c = entry("C", "2026-08-04 10:00", owner="", channel="Blog")
    d = entry("D", "2026-08-04 10:00", owner="", channel="Newsletter")
    assert bookings([a, b, c, d]) == []


def test_double_booking_across_zones_and_all_day_entries_are_not_bookings():
    a = entry("A", "2026-08-04 16:00", owner="Maya Chen", channel="Blog")
    b = entry("B", "2026-08-04 10:10", zone="America/New_York", owner="MAYA CHEN", channel="X")
    c = entry("C", "2026-08-04", all_day=True, owner="Maya Chen", channel="Newsletter")
    [conflict] = bookings([a, b, c])
    assert sorted(conflict.entry_ids) == sorted([a.id, b.id])


# -- overload ---------------------------------------------------------------------------

def test_overload_one_conflict_per_channel_day_listing_all_entries():
    posts = [entry(f"P{i}", f"2026-09-16 {8 + 3 * i:02d}:00", channel="X", department=f"D{i}") for i in range(5)]
    [conflict] = kinds(analyse(posts, settings()), "overload")
    assert conflict.message == "X on Wed 16 Sep: 5 posts (limit 3)"
    assert conflict.entry_ids == [p.id for p in posts]
    assert conflict.key == "overload:x:2026-09-16"


def test_exactly_the_limit_is_not_an_overload_and_overrides_apply_per_channel():
    posts = [entry(f"P{i}", f"2026-09-16 {8 + 3 * i:02d}:00", channel="Linked In") for i in range(3)]
    assert kinds(analyse(posts, settings()), "overload") == []
    assert len(kinds(analyse(posts, settings(overload_per_channel={"linkedin": 2})), "overload")) == 1
    assert kinds(analyse(posts + [entry("P", "2026-09-16 22:00", channel="LinkedIn")],
                         settings(overload_per_channel={"LinkedIn": 5})), "overload") == []


def test_overload_days_are_calendar_days_in_the_workspace_zone():
    # 23:30 UTC on 15 Sep is 01:30 on 16 Sep in Berlin.
    posts = [entry("late", "2026-09-15 23:30", zone="UTC", channel="X")]
    posts += [entry(f"P{i}", f"2026-09-16 {9 + 3 * i:02d}:00", channel="X") for i in range(3)]
    [conflict] = kinds(analyse(posts, settings()), "overload")
    assert len(conflict.entry_ids) == 4
    assert kinds(analyse(posts, settings(timezone="UTC")), "overload") == []


def test_all_day_posts_count_on_their_date():
    posts = [entry(f"P{i}", f"2026-09-16 {9 + 3 * i:02d}:00", channel="Blog") for i in range(3)]
    posts.append(entry("all day", "2026-09-16", all_day=True, channel="Blog"))
    assert len(kinds(analyse(posts, settings()), "overload")) == 1


# -- blackout ---------------------------------------------------------------------------

def test_blackout_source_marks_its_dates():
    holiday = entry("Christmas Day", "2026-12-25", all_day=True, department="", channel="",
                    source_id=99, source_name="Holidays.ics")
    post = entry("Launch post", "2026-12-25 10:00", department="Marketing")
    other = entry("Other", "2026-12-26 10:00", department="Marketing", channel="X")
    result = analyse([holiday, post, other], settings(), frozenset({99}))
    [conflict] = kinds(result, "blackout")
    assert conflict.message == ("Marketing 'Launch post' on Fri 25 Dec falls on blackout date "
                                "(Christmas Day, from Holidays.ics)")
    assert conflict.entry_ids == [post.id, holiday.id]
    # The holiday itself takes part in no other rule.
    assert all(holiday.id not in c.entry_ids for c in result.conflicts if c.kind != "blackout")


def test_blackout_dates_from_settings_and_local_day():
    late = entry("Late post", "2026-12-24 23:30", zone="UTC")  # 00:30 on 25 Dec in Berlin
    result = analyse([late], settings(blackout_dates=["2026-12-25..2026-12-26"]))
    [conflict] = kinds(result, "blackout")
    assert "Fri 25 Dec" in conflict.message and "settings" in conflict.message
    assert kinds(analyse([late], settings(timezone="UTC", blackout_dates=["2026-12-25"])), "blackout") == []


def test_cancelled_entries_take_part_in_no_rule():
    a = entry("A", "2026-08-04 10:00", department="Marketing", status="Cancelled")
    b = entry("B", "2026-08-04 10:00", department="HR")
    assert clash_pairs([a, b]) == []


def test_multi_day_blackout_covers_every_day_and_multi_day_posts_hit_it():
    shutdown = entry("Company shutdown", "2026-12-24", all_day=True, days=9, department="", channel="",
                     source_id=98, source_name="Embargo.ics")  # 24 Dec .. 1 Jan
    inside = entry("New year post", "2027-01-01 09:00", department="HR")
    after = entry("Back to work", "2027-01-02 09:00", department="HR", channel="X")
    spanning = entry("Advent series", "2026-12-20", all_day=True, days=5, department="Marketing", channel="Blog")
    result = analyse([shutdown, inside, after, spanning], settings(), frozenset({98}))
    hits = {c.entry_ids[0]: c for c in kinds(result, "blackout")}
    assert set(hits) == {inside.id, spanning.id}
    assert "Thu 24 Dec" in hits[spanning.id].message and "Company shutdown, from Embargo.ics" in hits[spanning.id].message


def test_an_owner_field_naming_several_people_books_each():
    a = entry("A", "2026-08-04 10:00", minutes=60, owner="Lena Vogt & Tom Becker", channel="Blog")
    b = entry("B", "2026-08-04 10:30", minutes=30, owner="tom becker", channel="X", department="HR")
    c = entry("C", "2026-08-04 10:30", minutes=30, owner="Vogt, Lena", channel="Newsletter", department="Sales")
    d = entry("D", "2026-08-04 10:45", minutes=30, owner="Lena Vogt, Ana Costa", channel="YouTube", department="PR")
    found = {tuple(sorted(c.entry_ids)): c.message for c in bookings([a, b, c, d])}
    # "Vogt, Lena" is one name (the comma does not split it), and it is Lena Vogt: booked three times
    assert set(found) == {tuple(sorted([a.id, b.id])), tuple(sorted([a.id, c.id, d.id]))}
    assert found[tuple(sorted([a.id, b.id]))].startswith("Tom Becker is booked twice")
    assert found[tuple(sorted([a.id, c.id, d.id]))].startswith("Lena Vogt has 3 overlapping bookings")


# -- groups against the pairwise rule, on random pools --------------------------------------

def _naive_pairs(entries, kind, limit_minutes=60, default_minutes=30):
    from itertools import combinations

    from calendar_core.names import compact_key, name_key, person_key

    out = set()
    for a, b in combinations(entries, 2):
        series = a.series_key is not None and a.series_key == b.series_key and a.source_id == b.source_id
        if a.all_day or b.all_day or series:
            continue
        if kind == "slot_clash":
            if (compact_key(a.channel) == compact_key(b.channel) and name_key(a.department) != name_key(b.department)
                    and abs((a.start - b.start).total_seconds()) <= limit_minutes * 60):
                out.add(frozenset((a.id, b.id)))
        else:
            def end(e):
                return e.end if e.end is not None and e.end > e.start else e.start + timedelta(minutes=default_minutes)
            if (person_key(a.owner) and person_key(a.owner) == person_key(b.owner)
                    and a.start < end(b) and b.start < end(a)):
                out.add(frozenset((a.id, b.id)))
    return out


@pytest.mark.parametrize("ranked", [False, True], ids=["offsets", "ranks"])
@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("kind", ["slot_clash", "double_booking"])
def test_groups_hold_every_conflicting_pair_and_only_entries_that_conflict(seed, kind, ranked, monkeypatch):
    """Against the pairwise rule; also with instants ranked (as for dates centuries apart)."""
    import random

    from calendar_core.analysis import conflicts

    if ranked:
        monkeypatch.setattr(conflicts, "_EXACT", 0.0)

    rnd = random.Random(seed)
    entries = []
    for i in range(rnd.randint(5, 60)):
        series = rnd.random() < 0.3
        entries.append(entry(
            f"E{i}", f"2026-08-04 {rnd.randint(8, 12):02d}:{rnd.choice(['00', '10', '30', '45', '50'])}",
            minutes=rnd.choice([None, 15, 30, 60, 120]), channel=rnd.choice(["LinkedIn", "X", "Blog"]),
            owner=rnd.choice(["Lena Vogt", "Tom Becker", "lena vogt", ""]),
            # a series is one calendar's, so one department's
            department="Events" if series else rnd.choice(["Marketing", "HR", "Sales"]),
            source_id=1 if series else rnd.randint(2, 4),
            series_key=rnd.choice(["s1", "s2"]) if series else None))
    naive = _naive_pairs(entries, kind)
    groups = [set(c.entry_ids) for c in kinds(analyse(entries, settings()), kind)]
    expanded = {frozenset((a, b)) for g in groups for a in g for b in g if a < b}
    assert naive <= expanded  # every conflicting pair is in one group
    partners = {i for pair in naive for i in pair}
    for g in groups:
        assert len(g) >= 2 and g <= partners  # every member conflicts with someone
        assert any(pair <= g for pair in naive)
    members = [i for g in groups for i in g]
    if kind == "slot_clash":
        assert len(members) == len(set(members))  # one channel's runs do not overlap


def test_simultaneous_occurrences_of_one_person_are_one_group():
    posts = [entry(f"Shift {i}", "2026-08-04 10:00", minutes=60, owner="Lena Vogt", department="Events",
                   channel="Blog", ref=f"row {i}") for i in range(1000)]
    [booking] = bookings(posts)
    assert sorted(booking.entry_ids) == sorted(p.id for p in posts)
    assert booking.message == "Lena Vogt has 1,000 overlapping bookings on Tue 4 Aug: Events 10:00–11:00 (×1,000)"
    mixed = [entry(f"P{i}", f"2026-08-04 10:{i:02d}", minutes=60, owner="Lena Vogt", department=f"D{i}",
                   channel="Blog") for i in range(9)]
    [booking] = bookings(mixed)
    assert booking.message.endswith("D5 10:05–11:05 and 3 more")


def test_rows_pasted_many_times_give_one_group_per_row_not_one_conflict_per_pair():
    rows = [("2026-08-04 09:00", "Lena Vogt", "Marketing"), ("2026-08-04 14:00", "Tom Becker", "HR"),
            ("2026-08-05 09:00", "Lena Vogt", "Sales")]
    pasted = [entry(f"Row {k}", start, minutes=45, owner=owner, department=dept, ref=f"row {n}")
              for n in range(200) for k, (start, owner, dept) in enumerate(rows)]
    found = bookings(pasted)
    assert len(found) == len(rows) and all(len(c.entry_ids) == 200 for c in found)
