"""The facade's queries: windows, filters, distinct values, decisions."""
from __future__ import annotations

from datetime import timezone

import pytest

from calendar_core.model import EntryFilter
from calendar_core.workspace import Workspace
from tests.helpers import berlin, rec, result

UTC = timezone.utc


@pytest.fixture
def ws(ws_target, tmp_path):
    w = Workspace.open(ws_target)
    w.apply_import(result(tmp_path / "marketing.csv", [
        rec("1", "Launch post", berlin(2026, 8, 4, 10), channel="LI", owner="Lena Vogt", status="geplant"),
        rec("2", "Webinar promo", berlin(2026, 8, 5, 9), berlin(2026, 8, 5, 10), channel="IG", owner="Maya Chen"),
        rec("3", "Summer recap", berlin(2026, 8, 20, 9), channel="Blog", department="Brand"),
    ]))
    w.apply_import(result(tmp_path / "hr.csv", [
        rec("a", "Job ad: engineers", berlin(2026, 8, 4, 11), channel="linkedin", owner="lena vogt", status="Draft"),
    ]))
    yield w
    w.close()


def titles(entries):
    return [e.title for e in entries]


def test_window_is_half_open_and_sorted(ws):
    got = ws.entries(berlin(2026, 8, 4, 0), berlin(2026, 8, 5, 0))
    assert titles(got) == ["Launch post", "Job ad: engineers"]
    # An entry with an end overlapping the window start is included.
    assert titles(ws.entries(berlin(2026, 8, 5, 9, 30), berlin(2026, 8, 6))) == ["Webinar promo"]
    # The window end is exclusive.
    assert titles(ws.entries(berlin(2026, 8, 4, 0), berlin(2026, 8, 4, 10))) == []


@pytest.mark.parametrize("flt,expected", [
    (EntryFilter(departments=frozenset({"HR"})), ["Job ad: engineers"]),
    (EntryFilter(departments=frozenset({"Brand"})), ["Summer recap"]),
    (EntryFilter(channels=frozenset({"LinkedIn"})), ["Launch post", "Job ad: engineers"]),
    (EntryFilter(statuses=frozenset({"Scheduled"})), ["Launch post"]),
    (EntryFilter(people=frozenset({"Maya Chen"})), ["Webinar promo"]),
    (EntryFilter(text="webinar"), ["Webinar promo"]),
    (EntryFilter(text="POST launch"), ["Launch post"]),
])
def test_filters(ws, flt, expected):
    assert titles(ws.entries(flt=flt)) == expected


def test_hidden_sources_are_left_out(ws):
    hr = next(s for s in ws.sources() if s.name == "hr.csv")
    ws.update_source(hr.id, visible=False)
    assert "Job ad: engineers" not in titles(ws.entries())
    assert "Job ad: engineers" in titles(ws.entries(flt=EntryFilter(only_visible=False)))


def test_department_edit_follows_unless_row_override(ws):
    m = next(s for s in ws.sources() if s.name == "marketing.csv")
    ws.update_source(m.id, department="Brand Marketing", colour="#123456")
    deps = {e.title: e.department for e in ws.entries()}
    assert deps["Launch post"] == "Brand Marketing" and deps["Summer recap"] == "Brand"
    assert ws.source(m.id).colour == "#123456"
    with pytest.raises(ValueError):
        ws.update_source(m.id, department="   ")


def test_distinct_values(ws):
    assert ws.channels() == ["Blog", "Instagram", "LinkedIn"]
    assert ws.departments() == ["Brand", "HR", "Marketing"]
    assert "Lena Vogt" in ws.people()
    assert ws.statuses() == ["Draft", "Scheduled"]


def test_decisions_roundtrip(ws):
    ws.decide("slot_clash:abc", "intentional", "agreed with HR")
    assert ws.decisions()["slot_clash:abc"].note == "agreed with HR"
    with pytest.raises(ValueError):
        ws.decide("x", "maybe")
    ws.undecide("slot_clash:abc")
    assert ws.decisions() == {}


def test_settings_persist(tmp_path):
    path = tmp_path / "s.sqlite"
    with Workspace.open(path) as w:
        s = w.settings
        s.slot_minutes = 45
        s.timezone = "America/New_York"
        w.save_settings(s)
    with Workspace.open(path) as w:
        assert w.settings.slot_minutes == 45 and w.settings.timezone == "America/New_York"
        bad = w.settings
        bad.timezone = "Nowhere/Land"
        with pytest.raises(ValueError):
            w.save_settings(bad)
