"""What only printing needs (the departments' colours, the blackout days) is gathered when the
weeks or the report are printed, and left out otherwise; the rest of the result is the same."""
from __future__ import annotations

from calendar_core.consolidate import ConsolidateRequest, run_consolidate


def test_colours_are_gathered_only_for_printing(tmp_path):
    sheet = tmp_path / "marketing.csv"
    sheet.write_text("Date,Time,Title,Channel,Owner\n2026-03-02,09:00,Launch post,Blog,Ann\n"
                     "2026-03-02,09:00,Follow-up,X,Ann\n", encoding="utf-8")
    printed = run_consolidate(ConsolidateRequest(files=[sheet], workspace=str(tmp_path / "a.sqlite")))
    plain = run_consolidate(ConsolidateRequest(files=[sheet], workspace=str(tmp_path / "b.sqlite"), printing=False))
    assert set(printed.colours) == {e.department for e in printed.entries} and printed.colours
    assert plain.colours == {} and plain.blackout == frozenset()
    assert [(e.title, e.start) for e in plain.entries] == [(e.title, e.start) for e in printed.entries]
    assert [c.message for c in plain.conflicts] == [c.message for c in printed.conflicts] != []
