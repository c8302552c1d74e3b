"""Copies: one entry handed over twice is shown as a copy, never as a double booking or a duplicate."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace

import main as masthead_main
from analysis_factory import entry
from calendar_core.analysis import analyse, attach_decisions
from calendar_core.model import Decision
from calendar_core.settings import Settings
from calendar_core.workspace import Workspace

SETTINGS = Settings(timezone="Europe/Berlin")


def _event_in_two_files():
    a = entry("Quarterly all-hands", "2026-09-10 15:00", minutes=60, department="People", owner="Lena Vogt",
              source_id=1, source_name="people.ics", ref="allhands-q3@example.com", channel="Event")
    b = replace(a, id=a.id + 10_000, source_id=2, source_name="events.ics", department="Events")
    return a, b


def test_same_uid_in_two_files_is_one_copy_group_and_no_conflict():
    a, b = _event_in_two_files()
    result = analyse([a, b], SETTINGS)
    assert [sorted(g.entry_ids) for g in result.copies] == [sorted([a.id, b.id])]
    assert "events.ics" in result.copies[0].reasons[0] and "same reference" in result.copies[0].reasons[0]
    assert result.copies[0].key.startswith("copy:")
    assert result.conflicts == [] and result.duplicates == []


def test_same_title_start_and_channel_is_a_copy_but_another_channel_is_not():
    a = entry("Launch webinar", "2026-09-10 15:00", department="Marketing", source_id=1, ref="row 4", channel="Web")
    b = entry("Launch  Webinar", "2026-09-10 15:00", department="Sales", source_id=2, ref="row 9", channel="Web")
    c = entry("Launch webinar", "2026-09-10 15:00", department="Product", source_id=3, ref="row 2", channel="Blog")
    result = analyse([a, b, c], SETTINGS)
    assert [sorted(g.entry_ids) for g in result.copies] == [sorted([a.id, b.id])]


def test_a_copy_still_clashes_with_others_once():
    a, b = _event_in_two_files()
    other = entry("Board meeting", "2026-09-10 15:30", minutes=60, department="Corporate", owner="Lena Vogt",
                  source_id=3, ref="board")
    result = analyse([a, b, other], SETTINGS)
    bookings = [c for c in result.conflicts if c.kind == "double_booking"]
    assert len(bookings) == 1 and other.id in bookings[0].entry_ids


def test_merge_decision_is_kept_by_identity():
    a, b = _event_in_two_files()
    first = analyse([a, b], SETTINGS)
    decisions = {first.copies[0].key: Decision(first.copies[0].key, "resolved")}
    again = analyse([replace(a, id=900), replace(b, id=901)], SETTINGS)  # a re-import gives new ids
    attach_decisions(again, decisions)
    assert again.copies[0].decision == "resolved"
    assert again.merged_away() == {again.copies[0].entry_ids[1]}


def test_one_file_imported_under_two_names_then_merged(tmp_path, shared_dir):
    source = shared_dir / "scenarios" / "northwind" / "events_team_google.ics"
    first, second = tmp_path / "events.ics", tmp_path / "events_copy.ics"
    shutil.copy(source, first)
    shutil.copy(source, second)
    ws_path = tmp_path / "ws.sqlite"
    report = tmp_path / "r.json"
    args = ["consolidate", "--workspace", str(ws_path), str(first), str(second), "--report", str(report)]
    assert masthead_main.main(args) == 0
    data = json.loads(report.read_text())
    n = len(data["entries"])
    assert data["copies"] and all(len(g["entries"]) == 2 for g in data["copies"])
    copied = {i for g in data["copies"] for i in g["entries"]}
    assert not any(set(c["entries"]) <= copied and c["kind"] in ("double_booking", "slot_clash")
                   and len({i for i in c["entries"]}) == 2 and _same_group(c["entries"], data["copies"])
                   for c in data["conflicts"])
    assert not any(_same_group(d["entries"], data["copies"]) for d in data["duplicates"])
    ws = Workspace.open(ws_path)
    try:
        for g in data["copies"]:
            ws.decide(g["id"], "resolved")
    finally:
        ws.close()
    assert masthead_main.main(args) == 0  # a re-import: the decisions hang on identities
    data = json.loads(report.read_text())
    assert all(g["decision"] == "resolved" for g in data["copies"])
    assert len(data["entries"]) == n - len(data["copies"])
    assert {s["file"] for s in data["sources"]} == {"events.ics", "events_copy.ics"}


def _same_group(ids, groups) -> bool:
    return any(set(ids) <= set(g["entries"]) for g in groups)


def test_shared_keys_are_those_two_sources_hold_in_the_entries_order():
    """The per-source key sets find the keys a count of the (key, source) pairs themselves
    finds, their positions in the entries' order (random keys, sources and usable keys; seeded)."""
    import random
    from collections import Counter

    from calendar_core.analysis.copies import _shared, _source_numbers

    def by_pairs(keys, sources, usable):
        held = Counter(k for k, _s in set(zip(keys, sources)))
        wanted = {k for k, n in held.items() if n > 1 and usable(k)}
        out = {}
        for k, key in enumerate(keys):
            if key in wanted:
                out.setdefault(key, []).append(k)
        return out

    rng = random.Random(71)
    for _ in range(300):
        n = rng.randint(0, 40)
        keys = [rng.choice(["", "a", "b", ("c", "x"), ("", "x"), 7]) for _ in range(n)]
        sources = [rng.choice([3, 9, 1000, 12]) for _ in range(n)]
        usable = (lambda k: bool(k)) if rng.random() < 0.5 else (lambda k: bool(k[0]) if isinstance(k, tuple) else True)
        got = _shared(keys, _source_numbers(sources), usable)
        assert list(got.items()) == list(by_pairs(keys, sources, usable).items())
