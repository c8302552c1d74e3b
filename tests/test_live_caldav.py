"""CalDAV against a real Radicale server on 127.0.0.1 (data in a temporary folder): discovery,
subscription, a change on the server and the refresh that shows it, deletion, the sync token."""
from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

from calendar_core.live import sources as live
from calendar_core.model import EntryFilter
from tests.live_support import berlin_workspace, calendar, memory_keyring, vevent

pytest.importorskip("caldav")
pytest.importorskip("radicale")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def radicale(tmp_path):
    port = _free_port()
    config = tmp_path / "radicale.conf"
    config.write_text(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = none\n"
                      f"[storage]\nfilesystem_folder = {tmp_path / 'collections'}\n[logging]\nlevel = error\n")
    proc = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(100):
        if proc.poll() is not None:
            pytest.skip(f"Radicale did not start: {proc.stderr.read().decode()[:300]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.skip("Radicale did not start listening")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def ws(tmp_path):
    memory_keyring()
    w = berlin_workspace(tmp_path)
    yield w
    w.close()


def _account(base):
    import caldav

    client = caldav.DAVClient(url=base + "/", username="ann", password="x")
    return client, client.principal()


def titles(ws, source_id=None):
    flt = EntryFilter(only_visible=False, source_ids=frozenset([source_id]) if source_id else frozenset())
    return sorted(e.title for e in ws.entries(flt=flt))


def test_discover_subscribe_change_delete(ws, radicale):
    client, principal = _account(radicale)
    pr = principal.make_calendar(name="PR desk", cal_id="pr")
    social = principal.make_calendar(name="Social desk", cal_id="social")
    pr.save_event(calendar("PR", vevent("a@x", "Launch post", "20270112T1000", channel="X")).decode())
    pr.save_event(calendar("PR", vevent("b@x", "Newsletter", "20270113T0900")).decode())
    social.save_event(calendar("Social", vevent("s@x", "Reel", "20270114T1200")).decode())

    host = radicale.split("//")[1]
    found = live.subscribe_account(ws, f"caldav+http://ann@{host}/ann/", user="ann", password="x")
    assert all(p.ok for p in found), [p.error for p in found]
    files = {ws.source(p.source_id).name: p.source_id for p in found}  # cache files named after the calendars
    assert sorted(files) == ["PR-desk.ics", "Social-desk.ics"]
    pr_id = files["PR-desk.ics"]
    assert titles(ws, pr_id) == ["Launch post", "Newsletter"]
    src = ws.source(pr_id)
    assert src.settings["live"]["sync_token"]  # Radicale offers one

    again = live.refresh(ws)
    assert all(p.unchanged for p in again.pulls)  # nothing changed on the server

    ev = pr.event_by_uid("a@x")
    ev.data = calendar("PR", vevent("a@x", "Launch post", "20270113T1400", channel="LinkedIn")).decode()
    ev.save()
    pr.event_by_uid("b@x").delete()
    pr.save_event(calendar("PR", vevent("c@x", "Podcast", "20270115T1100")).decode())
    r = live.refresh(ws, [pr_id])
    p = r.pulls[0]
    assert p.ok, p.error
    assert (p.report.new, p.report.changed, p.report.removed) == (1, 1, 1)
    moved = next(c for c in p.report.changes if c["title"] == "Launch post")
    assert "moved Tue 10:00 → Wed 14:00" in [f["text"] for f in moved["fields"]]
    assert "channel X → LinkedIn" in [f["text"] for f in moved["fields"]]
    assert titles(ws, pr_id) == ["Launch post", "Podcast"]

    pr.delete()  # the calendar itself goes: the source keeps its entries and is stale
    p = live.refresh(ws, [pr_id]).pulls[0]
    assert "pr desk" in p.error.lower() and ("not found" in p.error or "failed" in p.error)
    assert titles(ws, pr_id) == ["Launch post", "Podcast"]
    assert live.stale_since(ws.source(pr_id)) is not None
    client.close()


def test_consolidate_accepts_a_caldav_link(ws, radicale, tmp_path):
    from calendar_core.consolidate import ConsolidateRequest, run_consolidate

    _client, principal = _account(radicale)
    cal = principal.make_calendar(name="Events", cal_id="events")
    cal.save_event(calendar("Events", vevent("e@x", "Meetup", "20270120T1800")).decode())
    host = radicale.split("//")[1]
    link = f"caldav+http://ann@{host}/ann/events/"
    ws.close()
    result = run_consolidate(ConsolidateRequest(files=[link], workspace=str(tmp_path / "ws.sqlite")))
    assert result.exit_code == 0, [o.error for o in result.outcomes]
    assert [e.title for e in result.entries] == ["Meetup"]
