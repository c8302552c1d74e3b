"""``Workspace.entries_after_import``: what ``entries()`` gives just after an import, with the imported
sources' entries taken from the import's reports and only the other sources' read back."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest

from calendar_core.model import EntryFilter
from calendar_core.workspace import Workspace
from tests.helpers import result
from tests.test_store_handover import _records

EVERYTHING = EntryFilter(only_visible=False)


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "ws.sqlite")
    yield w
    w.close()


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_imported_and_other_sources_together_equal_a_full_read(ws, tmp_path, seed):
    rnd = random.Random(seed)
    ws.apply_import(result(tmp_path / "a.csv", _records(rnd, rnd.randrange(20, 80), "a")))  # not kept
    hidden = ws.apply_import(result(tmp_path / "h.csv", _records(rnd, 30, "h")))
    ws.update_source(hidden.source_id, visible=False)
    b = ws.apply_import(result(tmp_path / "b.csv", _records(rnd, rnd.randrange(20, 80), "b")), keep_entries=True)
    c = ws.apply_import(result(tmp_path / "c.csv", _records(rnd, 25, "c")), keep_entries=True)
    for flt in (EntryFilter(), EVERYTHING, EntryFilter(source_ids=frozenset({b.source_id, hidden.source_id}))):
        assert ws.entries_after_import([b, None, c], flt) == ws.entries(None, None, flt)  # same entries, same order
    ws.update_source(c.source_id, visible=False)  # an imported source hidden since: the store says so
    assert ws.entries_after_import([b, c], EntryFilter()) == ws.entries(None, None, EntryFilter())
    assert c.stored[0].id not in {e.id for e in ws.entries_after_import([b, c], EntryFilter())}


def test_open_proposals_are_applied_as_a_full_read_applies_them(ws, tmp_path):
    rnd = random.Random(8)
    a = ws.apply_import(result(tmp_path / "a.csv", _records(rnd, 40, "a")))
    b = ws.apply_import(result(tmp_path / "b.csv", _records(rnd, 40, "b")), keep_entries=True)
    mine, other = b.stored[3], ws.entries(None, None, EntryFilter(source_ids=frozenset({a.source_id})))[5]
    ws.propose(mine.identity, mine.start + timedelta(days=3))
    ws.propose(other.identity, other.start - timedelta(hours=5))
    after = ws.entries_after_import([b], EntryFilter())
    assert after == ws.entries(None, None, EntryFilter())
    assert any(e.moved is not None for e in after)


def test_none_when_the_entries_changed_since_or_the_filter_asks_for_more(ws, tmp_path):
    rnd = random.Random(3)
    b = ws.apply_import(result(tmp_path / "b.csv", _records(rnd, 40, "b")), keep_entries=True)
    assert ws.entries_after_import([b], EntryFilter(channels=frozenset({"Blog"}))) is None
    assert ws.entries_after_import([b], EntryFilter(text="launch")) is None
    unkept = ws.apply_import(result(tmp_path / "x.csv", _records(rnd, 5, "x")))
    assert ws.entries_after_import([b, unkept], EntryFilter()) is None  # x.csv kept nothing
    assert ws.entries_after_import([None], EntryFilter()) is None  # nothing imported: an ordinary read
    ws.apply_import(result(tmp_path / "b.csv", _records(rnd, 30, "b")))  # b.csv again, 30 entries now
    assert ws.entries_after_import([b], EntryFilter()) is None
