"""Proposals: stored moves of an entry, shown in the master, undone, and settled by re-imports."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest

from calendar_core.proposals import BadProposal, NeedsConfirmation
from calendar_core.store.schema import SCHEMA_VERSION
from calendar_core.workspace import Workspace
from tests.helpers import berlin, plus, rec, result
from tests.settle_support import MARKETING, SALES, make_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = make_workspace(tmp_path)
    yield workspace
    workspace.close()


def _clashes(ws):
    return [c for c in ws.analyse().conflicts if c.kind == "slot_clash"]


def test_schema_five_holds_proposals():
    assert SCHEMA_VERSION >= 5


def test_a_proposal_moves_the_master_not_the_source(ws):
    assert len(_clashes(ws)) == 1
    before = ws.find_entry("sales_plan.csv|s1")
    p = ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0), note="after the launch")
    assert p.state == "open" and p.from_start == before.start
    shown = ws.entry(before.id)
    assert shown.start == berlin(2026, 8, 12, 15, 0) and shown.moved.start == before.start
    assert ws.source_entry(before.id).start == before.start  # the department's entry is untouched
    assert _clashes(ws) == []  # the analysis sees the new time
    week = ws.entries(berlin(2026, 8, 10, 0, 0), berlin(2026, 8, 17, 0, 0))
    assert [e.start for e in week] == sorted(e.start for e in week)
    assert any(e.moved for e in week)


def test_a_move_out_of_a_window_leaves_it_and_into_another_joins_it(ws):
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 25, 10, 0))
    week = ws.entries(berlin(2026, 8, 10, 0, 0), berlin(2026, 8, 17, 0, 0))
    assert "sales_plan.csv|s1" not in {e.identity for e in week}
    later = ws.entries(berlin(2026, 8, 24, 0, 0), berlin(2026, 8, 31, 0, 0))
    assert "sales_plan.csv|s1" in {e.identity for e in later}


def test_undo_and_redo_of_a_proposal(ws):
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))
    assert ws.undo_label() == "move of Sales kick-off recap"
    assert ws.undo() == "move of Sales kick-off recap"
    assert ws.proposals() == [] and len(_clashes(ws)) == 1
    ws.redo()
    assert len(ws.proposals()) == 1 and _clashes(ws) == []


def test_a_second_proposal_replaces_the_first_and_undo_brings_it_back(ws):
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 16, 0), channel="Blog")
    [p] = ws.proposals()
    assert p.start == berlin(2026, 8, 12, 16, 0) and p.channel == "Blog"
    ws.undo()
    [p] = ws.proposals()
    assert p.start == berlin(2026, 8, 12, 15, 0) and p.channel is None


def test_withdraw_is_undoable(ws):
    p = ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))
    ws.withdraw(p.id)
    assert ws.proposals() == []
    assert ws.undo() == "withdrawal of a proposal"
    assert [q.id for q in ws.proposals()] == [p.id]


def test_bad_proposals_are_refused(ws):
    with pytest.raises(BadProposal, match="before the start"):
        ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0), berlin(2026, 8, 12, 14, 0))
    with pytest.raises(BadProposal, match="no entry sales_plan.csv|nope"):
        ws.propose("sales_plan.csv|nope", berlin(2026, 8, 12, 15, 0))
    with pytest.raises(BadProposal, match="FILE|REF"):
        ws.propose("just-a-name", berlin(2026, 8, 12, 15, 0))
    assert ws.proposals() == []


def test_blackout_day_asks_first(ws):
    s = ws.settings
    s.blackout_dates = ["2026-08-14"]
    ws.save_settings(s)
    with pytest.raises(NeedsConfirmation, match="blackout day"):
        ws.propose("sales_plan.csv|s1", berlin(2026, 8, 14, 10, 0))
    assert ws.propose("sales_plan.csv|s1", berlin(2026, 8, 14, 10, 0), force=True).state == "open"


def test_blackout_calendar_entry_asks_first(ws):
    src = ws.find_source("sales_plan.csv")
    ws.update_source(src.id, blackout=True)
    with pytest.raises(NeedsConfirmation, match="blackout calendar"):
        ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))


def _reimport(ws, folder, sales):
    ws.apply_import(result(folder / "sales_plan.csv", sales, hint="Sales", content_hash="h2"))


def test_reimport_carrying_the_time_applies_it(ws, tmp_path):
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))
    sales = [rec("s1", "Sales kick-off recap", berlin(2026, 8, 12, 15, 0), channel="linkedin", owner="Tom Hale"),
             *SALES[1:]]
    _reimport(ws, tmp_path, sales)
    [p] = ws.proposals(None)
    assert p.state == "applied" and "carries the proposed time" in p.state_note
    assert ws.proposals() == [] and ws.entry(ws.find_entry("sales_plan.csv|s1").id).moved is None
    assert ws.undo() == "import of sales_plan.csv"  # undo takes the import and the verdict back
    assert [q.state for q in ws.proposals(None)] == ["open"]


def test_reimport_changing_the_entry_otherwise_makes_it_stale(ws, tmp_path):
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))
    sales = [rec("s1", "Sales kick-off recap", berlin(2026, 8, 12, 11, 0), channel="linkedin", owner="Tom Hale"),
             *SALES[1:]]
    _reimport(ws, tmp_path, sales)
    [p] = ws.proposals(None)
    assert p.state == "stale" and "review" in p.state_note
    assert ws.proposals() == [p]  # still listed for review


def test_reimport_without_the_entry_closes_it_with_a_note(ws, tmp_path):
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))
    _reimport(ws, tmp_path, SALES[1:])
    [p] = ws.proposals(None)
    assert p.state == "closed" and "no longer holds" in p.state_note


def test_unchanged_entry_keeps_the_proposal_open(ws, tmp_path):
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))
    _reimport(ws, tmp_path, [SALES[0], SALES[1], rec("s4", "New", berlin(2026, 8, 20, 9, 0))])
    assert [p.state for p in ws.proposals(None)] == ["open"]


def test_removing_the_source_closes_its_proposals(ws):
    ws.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0))
    ws.remove_source(ws.find_source("sales_plan.csv").id)
    [p] = ws.proposals(None)
    assert p.state == "closed" and "removed" in p.state_note
    ws.undo()
    assert [p.state for p in ws.proposals(None)] == ["open"]


def test_proposals_survive_closing_the_workspace(tmp_path):
    ws = make_workspace(tmp_path)
    ws.propose("marketing_plan.csv|m1", berlin(2026, 8, 12, 16, 0), note="n")
    ws.close()
    with Workspace.open(tmp_path / "settle.sqlite") as again:
        [p] = again.proposals()
        assert p.note == "n" and again.undo_label() == "move of Product launch teaser"


def test_suggested_slots_create_no_conflict(ws):
    s1 = ws.find_entry("sales_plan.csv|s1")
    slots = ws.suggest_slots(s1.id)
    assert slots, "a free slot exists on a quiet day"
    lo, hi = ws.settings.working_span()
    for slot in slots:
        local = slot.astimezone(ws.tz)
        assert lo <= local.hour * 60 + local.minute < hi
    assert slots[0].astimezone(ws.tz).date() == s1.start.astimezone(ws.tz).date()  # same day first
    for slot in slots:
        ws.propose(s1.identity, slot)
        mine = [c for c in ws.analyse().conflicts if s1.id in c.entry_ids]
        assert mine == [], f"{slot} makes {mine}"
        ws.undo()


def test_suggested_slots_on_random_days_never_clash(tmp_path):
    rng = random.Random(17)
    ws = Workspace.open(tmp_path / "r.sqlite")
    s = ws.settings
    s.timezone = "Europe/Berlin"
    s.overload_per_day = 4
    ws.save_settings(s)
    channels = ["LinkedIn", "Blog", "Newsletter"]
    records = []
    for i in range(60):
        start = berlin(2026, 8, 10 + rng.randrange(5), rng.randrange(8, 18), rng.choice([0, 15, 30, 45]))
        records.append(rec(f"r{i}", f"Post {i}", start, plus(start, rng.choice([30, 60])),
                           channel=rng.choice(channels), owner=f"Person {rng.randrange(6)}"))
    ws.apply_import(result(tmp_path / "pool.csv", records, hint="Pool"))
    for e in rng.sample(ws.entries(), 5):
        for slot in ws.suggest_slots(e.id, limit=3):
            ws.propose(e.identity, slot)
            assert not [c for c in ws.analyse().conflicts if e.id in c.entry_ids]
            ws.undo()
    ws.close()


def test_a_new_workspace_at_schema_four_migrates(tmp_path):
    from sqlalchemy import create_engine, text

    ws = make_workspace(tmp_path)
    ws.close()
    engine = create_engine(f"sqlite:///{tmp_path / 'settle.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE proposals"))
        conn.execute(text("UPDATE masthead_meta SET value='4' WHERE key='schema_version'"))
    engine.dispose()
    with Workspace.open(tmp_path / "settle.sqlite") as again:
        assert again.propose("sales_plan.csv|s1", berlin(2026, 8, 12, 15, 0)).id
        assert len(again.entries()) == len(MARKETING) + len(SALES)


def test_keep_length_by_default(ws):
    e = ws.find_entry("marketing_plan.csv|m2")
    p = ws.propose(e.identity, berlin(2026, 8, 13, 16, 0))
    assert p.end - p.start == e.end - e.start == timedelta(minutes=60)


def test_working_hours_bound_the_suggestions(ws):
    s = ws.settings
    s.working_hours = "13:00-15:00"
    ws.save_settings(s)
    s1 = ws.find_entry("sales_plan.csv|s1")
    slots = ws.suggest_slots(s1.id, limit=10)
    assert slots
    for slot in slots:
        local = slot.astimezone(ws.tz)
        assert 13 * 60 <= local.hour * 60 + local.minute and local.hour * 60 + local.minute + 30 <= 15 * 60


def test_unreadable_working_hours_fall_back_to_the_default():
    from calendar_core.settings import Settings

    assert Settings(working_hours="soon").working_span() == (9 * 60, 18 * 60)
    assert Settings(working_hours="08:30-12:00").working_span() == (510, 720)


def test_change_requests_of_an_all_day_entry_read_back(tmp_path):
    from datetime import date

    import icalendar
    import vobject

    from calendar_core.exporting import write_changes

    ws = Workspace.open(tmp_path / "a.sqlite")
    s = ws.settings
    s.timezone = "Europe/Berlin"
    ws.save_settings(s)
    ws.apply_import(result(tmp_path / "events.csv", [rec("e1", "Trade fair", date(2026, 9, 1), date(2026, 9, 3),
                                                         channel="Events")], hint="Events"))
    e = ws.find_entry("events.csv|e1")
    from datetime import datetime, timezone as tz

    ws.propose(e.identity, datetime(2026, 9, 8, tzinfo=tz.utc), note="the week after")
    out = tmp_path / "out"
    out.mkdir()
    written = write_changes(ws, out)
    assert [d.department for d in written.done] == ["Events"] and written.missing == []
    data = (out / "Events-changes.ics").read_bytes()
    [ev] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert ev.decoded("DTSTART") == date(2026, 9, 8) and ev.decoded("DTEND") == date(2026, 9, 10)
    v = vobject.readOne(data.decode("utf-8"))
    assert v.vevent.dtstart.value == date(2026, 9, 8) and v.vevent.comment.value.endswith("the week after")
    ws.close()
