"""A watched folder: a spreadsheet replaced in place is read again once it stops changing; a zip
that does not open yet is 'not ready yet', never an error."""
from __future__ import annotations

import io
import os

import openpyxl
import pytest

from calendar_core.live.watch import FolderWatch
from tests.live_support import berlin_workspace


def workbook(rows: list[tuple]) -> bytes:
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.append(["Date", "Time", "Title", "Channel", "Owner"])
    for r in rows:
        sh.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


V1 = [("2027-01-12", "10:00", "Launch post", "X", "Ann"), ("2027-01-13", "09:00", "Newsletter", "Email", "Bo"),
      ("2027-01-14", "15:00", "Webinar", "YouTube", "Cy")]
V2 = [("2027-01-12", "14:00", "Launch post", "X", "Ann"), ("2027-01-13", "09:00", "Newsletter", "Email", "Eve"),
      ("2027-01-15", "11:00", "Podcast", "Spotify", "Di")]


@pytest.fixture
def ws(tmp_path):
    w = berlin_workspace(tmp_path)
    yield w
    w.close()


def _touch(path, n):  # a new modification time without waiting for the clock
    os.utime(path, ns=(n * 1_000_000_000, n * 1_000_000_000))


def test_replaced_spreadsheet_is_read_again_with_counts(ws, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    plan = folder / "Marketing.xlsx"
    plan.write_bytes(workbook(V1))
    _touch(plan, 1_800_000_000)
    watch = FolderWatch(folder)
    first = watch.poll(ws)
    assert first.batch is None and any("still changing" in w for w in first.waiting)
    second = watch.poll(ws)
    report = second.batch.outcomes[0].report
    assert report is not None and report.new == 3, second.batch.outcomes[0].error
    assert watch.poll(ws).batch is None  # nothing changed: nothing read
    tmp = folder / ".Marketing.xlsx.tmp"
    tmp.write_bytes(workbook(V2))
    os.replace(tmp, plan)  # replaced in place, as a sync client does
    _touch(plan, 1_800_000_100)
    assert watch.poll(ws).batch is None
    done = watch.poll(ws).batch.outcomes[0].report
    assert (done.new, done.changed, done.removed) == (1, 2, 1)
    changed = {c["title"]: [f["text"] for f in c.get("fields", [])] for c in done.changes}
    assert changed["Launch post"] == ["moved Tue 10:00 → Tue 14:00"]
    assert changed["Newsletter"] == ["owner Bo → Eve"]
    assert changed["Podcast"] == [] and changed["Webinar"] == []


def test_zip_that_does_not_open_is_not_ready_yet(ws, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    plan = folder / "Sales.xlsx"
    full = workbook(V1)
    plan.write_bytes(full[: len(full) // 2])  # half written
    watch = FolderWatch(folder)
    watch.poll(ws)
    half = watch.poll(ws)
    assert half.batch is None and half.waiting == ["Sales.xlsx: not ready yet (still being written)"]
    assert ws.sources() == []
    plan.write_bytes(full)
    _touch(plan, 1_800_000_200)
    watch.poll(ws)
    assert watch.poll(ws).batch.outcomes[0].report.new == 3


def test_watch_command_loop(ws, tmp_path):
    import io as _io

    from calendar_core.live.cli import refresh_main

    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "Marketing.xlsx").write_bytes(workbook(V1))
    out = _io.StringIO()
    ws.close()
    assert refresh_main(str(tmp_path / "ws.sqlite"), watch=str(folder), every=0, out=out, rounds=2) == 0
    assert "✓ Marketing.xlsx: 3 new, 0 changed, 0 removed" in out.getvalue()
