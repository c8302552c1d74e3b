"""A source's zone: set through the facade, used on the next import, reported in the notes."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from calendar_core.workspace import Workspace
from tests.ics_helpers import FIXTURES

UTC = timezone.utc


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "w.sqlite")
    w.save_settings(replace(w.settings, timezone="Europe/Berlin"))
    yield w
    w.close()


def test_floating_ics_times_follow_the_source_zone(ws):
    path = FIXTURES / "tz_floating.ics"
    first = ws.import_file(path)
    assert first.notes == ["floating times (without a zone) read in Europe/Berlin (the workspace's zone; "
                           "the file names none)"]
    assert ws.entries()[0].start == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    src = ws.find_source(path)
    ws.set_source_zone(src.id, "America/New_York")
    assert ws.source_zone(ws.source(src.id)) == "America/New_York"
    again = ws.import_file(path)
    assert again.changed == 1 and again.notes == [
        "floating times (without a zone) read in America/New_York (the source's zone)"]
    assert ws.entries()[0].start == datetime(2026, 3, 1, 14, 0, tzinfo=UTC)
    ws.set_source_zone(src.id, None)
    assert ws.import_file(path).changed == 1 and ws.entries()[0].start == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def test_a_bad_zone_is_refused(ws, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Date,Time,Title\n2026-08-04,09:00,Launch\n")
    ws.import_file(path)
    with pytest.raises(ValueError):
        ws.set_source_zone(ws.find_source(path).id, "Mars/Olympus")
    assert "zone_set" not in ws.find_source(path).settings


def test_a_confirmed_mapping_replaces_the_found_one_on_reimport(ws, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Date,Time,Title,Note\n2026-08-04,09:00,Launch,Lena Vogt\n")
    ws.import_file(path)
    ws.choose_mapping(path, {"Date": "date", "Time": "time", "Title": "title", "Note": "owner"})
    ws.import_file(path)
    assert ws.entries()[0].owner == "Lena Vogt"
    assert ws.import_options(path).column_map == {"Date": "date", "Time": "time", "Title": "title", "Note": "owner"}


@pytest.mark.parametrize("seed", range(4))
def test_times_that_give_their_own_offsets_assume_no_zone(ws, tmp_path, seed):
    """A sheet whose every time carries its offset ("…+03:00", "(GMT+3)", "…Z") names its instants
    itself: no note says its times were read in the workspace's zone. One time without an offset
    brings the note back."""
    import random
    rng = random.Random(3300 + seed)
    forms = [lambda h: f"2026-10-0{h % 9 + 1}T{h:02d}:15:00+03:00",
             lambda h: f"October {h % 9 + 1}, 2026 {h % 12 or 12}:15 {'AM' if h < 12 else 'PM'} (GMT+3)",
             lambda h: f"2026-10-0{h % 9 + 1}T{h:02d}:15:00Z"]
    form = rng.choice(forms)
    rows = [f"{form(rng.randint(6, 20))},Post {k},LinkedIn" for k in range(8)]
    path = tmp_path / "offsets.csv"
    path.write_text("Publish,Title,Channel\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = ws.import_file(path)
    assert result.new == 8
    assert not any("times read in" in n for n in result.notes), result.notes
    path.write_text("Publish,Title,Channel\n" + "\n".join(rows) + "\n2026-10-09 10:00,Plain,Blog\n", encoding="utf-8")
    again = ws.import_file(path)
    assert any("times read in Europe/Berlin" in n for n in again.notes), again.notes
