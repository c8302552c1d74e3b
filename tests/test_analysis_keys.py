"""Stable keys and decisions that survive re-imports."""
from __future__ import annotations

from dataclasses import replace

from analysis_factory import entry
from calendar_core.analysis import analyse, attach_decisions
from calendar_core.model import Decision
from calendar_core.settings import Settings

SETTINGS = Settings(timezone="Europe/Berlin")


def _pair():
    a = entry("A", "2026-08-04 10:00", department="Marketing", source_name="marketing.xlsx", ref="Plan!12")
    b = entry("B", "2026-08-04 10:30", department="HR", source_name="hr.csv", ref="row 7")
    return a, b


def test_key_depends_on_identities_not_ids_order_or_times():
    a, b = _pair()
    first = analyse([a, b], SETTINGS).conflicts[0]
    # A re-import gives new ids, another order and a slightly moved time: same key.
    a2 = replace(a, id=501, start=a.start.replace(minute=5))
    b2 = replace(b, id=502)
    second = analyse([b2, a2], SETTINGS).conflicts[0]
    assert first.kind == second.kind == "slot_clash"
    assert first.key == second.key and first.key.startswith("slot_clash:")
    # Another entry gives another key.
    c = replace(b, id=503, source_ref="row 8")
    assert analyse([a, c], SETTINGS).conflicts[0].key != first.key


def test_overload_is_keyed_by_channel_and_day():
    posts = [entry(f"P{i}", f"2026-09-16 {8 + 2 * i:02d}:00", channel="X", department=f"D{i}") for i in range(4)]
    key = [c for c in analyse(posts, SETTINGS).conflicts if c.kind == "overload"][0].key
    more = posts + [entry("P5", "2026-09-16 20:00", channel="x", department="D9")]
    assert [c for c in analyse(more, SETTINGS).conflicts if c.kind == "overload"][0].key == key == "overload:x:2026-09-16"


def test_attach_decisions_sets_and_clears():
    a, b = _pair()
    result = analyse([a, b], SETTINGS)
    key = result.conflicts[0].key
    attach_decisions(result, {key: Decision(item_key=key, status="intentional", note="agreed with HR")})
    assert result.conflicts[0].decision == "intentional"
    assert result.conflicts[0].note == "agreed with HR"
    attach_decisions(result, {})
    assert result.conflicts[0].decision is None and result.conflicts[0].note == ""


def test_duplicate_group_keys_and_decisions():
    a = entry("Graduate programme applications open", "2026-09-22 10:00", department="People",
              source_name="people.csv", ref="row 3")
    b = entry("Our graduate programme is open for applications", "2026-09-24 10:00", department="Corporate",
              source_name="corp.xlsx", ref="Plan!9")
    result = analyse([a, b], SETTINGS)
    [group] = result.duplicates
    assert group.key.startswith("duplicate:")
    attach_decisions(result, {group.key: Decision(item_key=group.key, status="not_duplicate")})
    assert group.decision == "not_duplicate"
    again = analyse([replace(b, id=77), replace(a, id=78)], SETTINGS)
    assert again.duplicates[0].key == group.key


def test_conflicts_behave_as_plain_conflicts():
    import dataclasses
    import pickle

    from calendar_core.model import Conflict

    a, b = _pair()
    conflict = analyse([a, b], SETTINGS).conflicts[0]
    assert isinstance(conflict, Conflict)
    data = dataclasses.asdict(conflict)
    assert data["message"].startswith("LinkedIn: Marketing 10:00") and data["key"] == conflict.id
    copy = dataclasses.replace(conflict, note="checked")
    assert copy.message == conflict.message and copy.key == conflict.key and copy.note == "checked"
    again = pickle.loads(pickle.dumps(conflict))
    assert again.message == conflict.message and again.key == conflict.key


def _booked(result):
    return [c for c in result.conflicts if c.kind == "double_booking"]


def test_a_group_that_gains_a_member_keeps_its_decision():
    a = entry("A", "2026-08-04 10:00", minutes=60, owner="Lena Vogt", channel="Blog", ref="row 2")
    b = entry("B", "2026-08-04 10:30", minutes=60, owner="Lena Vogt", channel="X", department="HR", ref="row 3")
    [pair] = _booked(analyse([a, b], SETTINGS))
    decided = {pair.key: Decision(pair.key, "intentional", "two hats", members=tuple(pair.identities()))}
    c = entry("C", "2026-08-04 09:30", minutes=45, owner="lena vogt", channel="Newsletter", department="PR",
              ref="row 9")
    grown = analyse([replace(a, id=901), replace(b, id=902), c], SETTINGS)  # re-imported, and one more entry
    attach_decisions(grown, decided)
    [group] = _booked(grown)
    assert sorted(group.entry_ids) == sorted([901, 902, c.id]) and group.key != pair.key
    assert (group.decision, group.note) == ("intentional", "two hats")
    # A group that holds only some of the decided members does not inherit it.
    other = analyse([a, c], SETTINGS)
    attach_decisions(other, decided)
    assert _booked(other)[0].decision is None


def test_a_decision_made_on_a_pair_before_groups_still_applies():
    a = entry("A", "2026-08-04 10:00", minutes=60, owner="Ana Costa", channel="Blog", ref="row 2")
    b = entry("B", "2026-08-04 10:30", minutes=60, owner="Ana Costa", channel="X", department="HR", ref="row 3")
    c = entry("C", "2026-08-04 10:45", minutes=30, owner="Ana Costa", channel="Newsletter", department="PR")
    [pair] = _booked(analyse([a, b], SETTINGS))
    grown = analyse([a, b, c], SETTINGS)
    attach_decisions(grown, {pair.key: Decision(pair.key, "resolved")})  # stored without members
    assert _booked(grown)[0].decision == "resolved"


def test_a_duplicate_group_that_gains_a_member_keeps_its_decision():
    from test_analysis_duplicates import background

    a = entry("Promo: Aug 6 integration webinar", "2026-08-03 12:30", department="Marketing", ref="M1")
    b = entry("Integration webinar (6 Aug) – promotion post", "2026-08-04 21:00", department="Events", ref="E1")
    first = analyse([a, b] + background(), SETTINGS)
    [group] = first.duplicates
    decisions = {group.key: Decision(group.key, "not_duplicate", "checked")}
    c = entry("Don't miss our integration webinar on Aug 6!", "2026-08-05 12:45", department="Sales", ref="S1")
    later = analyse([a, b, c] + background(), SETTINGS)
    [bigger] = later.duplicates
    assert len(bigger.entry_ids) == 3 and bigger.key != group.key
    attach_decisions(later, decisions)
    assert bigger.decision == "not_duplicate" and bigger.note == "checked"
    # A group that only shares one member does not inherit it.
    d = entry("Integration webinar (6 Aug) – promotion post", "2026-08-04 21:00", department="Sales", ref="S2")
    other = analyse([a, d] + background(), SETTINGS)
    attach_decisions(other, decisions)
    assert all(g.decision is None for g in other.duplicates)


def test_a_decision_under_the_old_group_key_still_applies():
    from calendar_core.analysis.keys import item_key
    from test_analysis_duplicates import background

    a = entry("Promo: Aug 6 integration webinar", "2026-08-03 12:30", department="Marketing", ref="M1")
    b = entry("Integration webinar (6 Aug) – promotion post", "2026-08-04 21:00", department="Events", ref="E1")
    result = analyse([a, b] + background(), SETTINGS)
    old = item_key("duplicate", [a, b])  # how groups were keyed before
    attach_decisions(result, {old: Decision(old, "intentional")})
    assert result.duplicates[0].decision == "intentional"
