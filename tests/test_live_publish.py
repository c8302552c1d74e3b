"""Published feeds: master, one per department with conflict marks, workbook; the feed server with ETags."""
from __future__ import annotations

import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests
from icalendar import Calendar

from calendar_core.live.publish import MARK, publish
from calendar_core.workspace import Workspace
from tests.live_support import calendar, vevent

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def ws(tmp_path):
    (tmp_path / "in").mkdir()
    pr = tmp_path / "in" / "PR.ics"
    social = tmp_path / "in" / "Social.ics"
    pr.write_bytes(calendar("PR", vevent("p1@x", "Product launch", "20270112T1000", channel="LinkedIn"),
                            vevent("p2@x", "Quiet post", "20270118T0900", channel="Blog")))
    social.write_bytes(calendar("Social", vevent("s1@x", "Hiring push", "20270112T1010", channel="LinkedIn"),
                                vevent("s2@x", "Friday meme", "20270122T1600", channel="Instagram")))
    w = Workspace.open(tmp_path / "ws.sqlite")
    s = w.settings
    s.timezone = "Europe/Berlin"
    w.save_settings(s)
    from calendar_core.importing import import_batch

    assert import_batch(w, [pr, social]).applied == 2
    yield w
    w.close()


def events(path: Path) -> dict[str, dict]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): {"summary": str(e["SUMMARY"]), "description": str(e.get("DESCRIPTION", ""))}
            for e in cal.walk("VEVENT")}


def test_publish_writes_master_departments_and_workbook_with_marks(ws, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    done = publish(ws, out)
    names = sorted(p.name for p in done.files)
    assert names == ["PR.ics", "Social.ics", "master.ics", "master.xlsx"]
    for p in done.files:
        assert p.stat().st_mode & stat.S_IROTH and p.stat().st_mode & stat.S_IRGRP
    assert not list(out.glob(".*.part"))
    pr = events(out / "PR.ics")
    launch = next(v for v in pr.values() if "Product launch" in v["summary"])
    assert launch["summary"] == MARK + "Product launch"
    assert "clashes with Social's Tue 10:10 post on LinkedIn" in launch["description"]
    quiet = next(v for v in pr.values() if "Quiet post" in v["summary"])
    assert not quiet["summary"].startswith(MARK)
    social = events(out / "Social.ics")
    assert any("clashes with PR's Tue 10:00 post on LinkedIn" in v["description"] for v in social.values())
    assert len(social) == 2 and len(events(out / "master.ics")) == 4
    assert done.marked == 2


def test_decided_conflict_is_not_marked(ws, tmp_path):
    a = ws.analyse()
    for c in a.conflicts:
        ws.decide(c.key, "intentional")
    publish(ws, tmp_path)
    assert not any(v["summary"].startswith(MARK) for v in events(tmp_path / "PR.ics").values())


def test_feeds_read_by_icaljs_if_node_present(ws, tmp_path):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not installed")
    found = subprocess.run([node, "-e", "require.resolve('ical.js')"], capture_output=True, cwd=tmp_path)
    if found.returncode != 0:
        pytest.skip("ical.js (npm) not installed")
    publish(ws, tmp_path)
    script = ("const ICAL=require('ical.js');const fs=require('fs');"
              "const c=new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[1],'utf8')));"
              "console.log(c.getAllSubcomponents('vevent').map(e=>e.getFirstPropertyValue('summary')).join('|'))")
    res = subprocess.run([node, "-e", script, str(tmp_path / "PR.ics")], capture_output=True, text=True, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert MARK + "Product launch" in res.stdout.split("|")


def test_serve_gives_feeds_with_etags_and_token(ws):
    from calendar_core.live.serve import make_server

    server = make_server(ws, "127.0.0.1", 0, token="t0k")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        assert server.server_address[0] == "127.0.0.1"
        assert requests.get(f"{base}/PR.ics", timeout=10).status_code == 401
        r = requests.get(f"{base}/PR.ics?token=t0k", timeout=10)
        assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/calendar")
        assert (MARK + "Product launch").encode() in r.content.replace(b"\r\n ", b"")
        etag = r.headers["ETag"]
        again = requests.get(f"{base}/PR.ics", headers={"If-None-Match": etag, "Authorization": "Bearer t0k"},
                             timeout=10)
        assert again.status_code == 304
        index = requests.get(f"{base}/?token=t0k", timeout=10).text
        assert "Social.ics" in index and "master.xlsx" in index
        assert requests.get(f"{base}/nope.ics?token=t0k", timeout=10).status_code == 404
        ws.decide(ws.analyse().conflicts[0].key, "resolved")  # a change: new feed, new ETag
        changed = requests.get(f"{base}/PR.ics", headers={"If-None-Match": etag, "Authorization": "Bearer t0k"},
                               timeout=10)
        assert changed.status_code == 200 and changed.headers["ETag"] != etag
    finally:
        server.shutdown()
        server.server_close()
        server.feeds.close()


def test_publish_and_refresh_commands(ws, tmp_path):
    out = tmp_path / "pub"
    out.mkdir()
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "publish", "--workspace", ws.location,
                          "--out", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "Published 4 files" in res.stdout and (out / "Social.ics").exists()
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "refresh", "--workspace", ws.location],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == 0 and "no subscribed sources" in res.stdout
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "publish", "--workspace", ws.location,
                          "--out", str(tmp_path / "missing")], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == 1 and "does not exist" in res.stderr


def test_serve_command_binds_to_this_machine(ws, tmp_path):
    import re

    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "serve", "--workspace", ws.location, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line + proc.stderr.read() if proc.poll() is not None else line
        r = requests.get(f"http://127.0.0.1:{found.group(1)}/master.ics", timeout=60)
        assert r.status_code == 200 and r.headers["ETag"] and b"BEGIN:VCALENDAR" in r.content
    finally:
        proc.terminate()
        proc.wait(30)
