"""Subscribed links against a local HTTP server: caching, redirects, failures, limits, and what changed."""
from __future__ import annotations

import json

import pytest

from calendar_core.live import sources as live
from tests.live_support import berlin_workspace, FeedServer, Route, calendar, memory_keyring, vevent

FIRST = calendar("PR", vevent("a@x", "Launch post", "20270112T1000", channel="X"),
                 vevent("b@x", "Newsletter", "20270113T0900"), vevent("c@x", "Webinar", "20270114T1500"))
SECOND = calendar("PR", vevent("a@x", "Launch post", "20270113T1400", channel="LinkedIn"),
                  vevent("b@x", "Newsletter", "20270113T0900"), vevent("d@x", "Podcast", "20270115T1100"))


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


@pytest.fixture
def ws(tmp_path):
    w = berlin_workspace(tmp_path)
    yield w
    w.close()


@pytest.fixture(autouse=True)
def keys():
    return memory_keyring()





def all_titles(ws) -> list[str]:
    from calendar_core.model import EntryFilter

    return sorted(e.title for e in ws.entries(flt=EntryFilter(only_visible=False)))


def subscribed(ws, server, path="/pr.ics", **route) -> live.Pull:
    server.routes[path] = Route(FIRST, **route)
    p = live.subscribe(ws, server.url(path))
    assert p.ok, p.error
    assert all_titles(ws) == ["Launch post", "Newsletter", "Webinar"]
    return p


def test_etag_304_costs_one_request_and_changes_nothing(ws, server):
    subscribed(ws, server, etag='"v1"')
    steps = ws.undo_steps_stored()
    server.requests.clear()
    r = live.refresh(ws)
    assert len(server.requests) == 1
    assert server.requests[0][1].get("If-None-Match") == '"v1"'
    assert r.pulls[0].unchanged and r.pulls[0].line().endswith("unchanged")
    assert ws.undo_steps_stored() == steps
    assert all_titles(ws) == ["Launch post", "Newsletter", "Webinar"]


def test_change_between_two_refreshes_lists_what_changed(ws, server):
    subscribed(ws, server, etag='"v1"')
    server.routes["/pr.ics"] = Route(SECOND, etag='"v2"')
    r = live.refresh(ws)
    p = r.pulls[0]
    assert p.ok and (p.report.new, p.report.changed, p.report.removed) == (1, 1, 1)
    by = {c["title"]: c for c in p.report.changes}
    assert by["Podcast"]["change"] == "new" and by["Webinar"]["change"] == "removed"
    texts = [f["text"] for f in by["Launch post"]["fields"]]
    assert "moved Tue 10:00 → Wed 14:00" in texts
    assert "channel X → LinkedIn" in texts
    assert all_titles(ws) == ["Launch post", "Newsletter", "Podcast"]
    assert ws.undo_label() is not None
    ws.undo()  # one step takes the refresh back
    assert all_titles(ws) == ["Launch post", "Newsletter", "Webinar"]


def test_redirect_is_followed(ws, server):
    server.routes["/old.ics"] = Route(status=301, location=server.url("/pr.ics"))
    server.routes["/pr.ics"] = Route(FIRST)
    p = live.subscribe(ws, server.url("/old.ics"))
    assert p.ok and p.live["final_url"].endswith("/pr.ics")
    assert len(all_titles(ws)) == 3


@pytest.mark.parametrize("route, said", [
    (Route(status=401), "refused access (HTTP 401)"),
    (Route(status=404), "was not found (HTTP 404)"),
    (Route(status=500), "the server failed (HTTP 500)"),
    (Route(b"<!DOCTYPE html><html><body><form>Sign in</form></body></html>", content_type="text/html"),
     "answered with a web page, not a calendar"),
    (Route(b"<html><body>Sign in</body></html>", content_type="text/calendar"), "web page"),
    (Route(b"just some text", content_type="text/plain"), "did not send a calendar"),
])
def test_failures_keep_entries_and_mark_stale(ws, server, route, said):
    subscribed(ws, server)
    server.routes["/pr.ics"] = route
    r = live.refresh(ws)
    p = r.pulls[0]
    assert said in p.error and "pr" in p.error.split(" ")[0].lower()  # names the source
    assert all_titles(ws) == ["Launch post", "Newsletter", "Webinar"]
    src = live.live_sources(ws)[0]
    first_since = live.stale_since(src)
    assert first_since is not None and "stale since" in live.status_text(src)
    assert "stale since" in p.line()
    live.refresh(ws)  # still failing: stale since the first failure
    assert live.stale_since(live.live_sources(ws)[0]) == first_since
    server.routes["/pr.ics"] = Route(SECOND)
    assert live.refresh(ws).pulls[0].ok
    src = live.live_sources(ws)[0]
    assert live.stale_since(src) is None and src.settings["live"]["error"] == ""


def test_oversized_feed_is_refused(ws, server):
    subscribed(ws, server)
    s = ws.settings
    s.live_max_mb = 1
    ws.save_settings(s)
    big = FIRST.replace(b"END:VCALENDAR", b"X-PAD:" + b"y" * (1024 * 1024 + 10) + b"\r\nEND:VCALENDAR")
    for hide in (False, True):  # said by Content-Length, or found while streaming
        server.routes["/pr.ics"] = Route(big, hide_length=hide)
        p = live.refresh(ws).pulls[0]
        assert "more than the limit of 1 MB" in p.error or "larger than the limit of 1 MB" in p.error
        assert all_titles(ws) == ["Launch post", "Newsletter", "Webinar"]


def test_slow_feed_is_cut_off(ws, server):
    subscribed(ws, server)
    s = ws.settings
    s.live_timeout_seconds = 1
    ws.save_settings(s)
    server.routes["/pr.ics"] = Route(SECOND + b" " * 8192, delay_per_chunk=0.3)
    p = live.refresh(ws).pulls[0]
    assert "cut off" in p.error or "did not answer" in p.error
    assert all_titles(ws) == ["Launch post", "Newsletter", "Webinar"]


def test_basic_auth_password_in_keyring_not_workspace(ws, server, keys, tmp_path):
    server.routes["/team.ics"] = Route(FIRST, user=("ann", "s3cret-pw"))
    p = live.subscribe(ws, server.url("/team.ics"), user="ann", password="s3cret-pw")
    assert p.ok, p.error
    assert any("s3cret-pw" in v for v in keys.store.values())
    raw = (tmp_path / "ws.sqlite").read_bytes()
    assert b"s3cret-pw" not in raw
    server.routes["/team.ics"] = Route(SECOND, user=("ann", "s3cret-pw"))
    assert live.refresh(ws).pulls[0].ok  # the password comes back from the keyring
    assert "Podcast" in all_titles(ws)
    keys.store.clear()
    p = live.refresh(ws).pulls[0]
    assert "no password is kept" in p.error and "s3cret-pw" not in p.error


def test_wrong_password_says_so(ws, server):
    server.routes["/team.ics"] = Route(FIRST, user=("ann", "right"))
    p = live.subscribe(ws, server.url("/team.ics"), user="ann", password="wrong")
    assert "user name or password is wrong" in p.error and "wrong" not in p.error.split("(")[0]


def test_webcal_is_https_and_connection_failure_is_named(ws):
    from calendar_core.live.http import http_url

    assert http_url("webcal://example.org/a.ics") == "https://example.org/a.ics"
    p = live.subscribe(ws, "http://127.0.0.1:9/nothing.ics")  # the discard port: refused
    assert "nothing" in p.error and "cannot connect" in p.error


def test_report_json_has_changes(ws, server, tmp_path):
    from calendar_core.consolidate import ConsolidateRequest, run_consolidate

    server.routes["/pr.ics"] = Route(FIRST)
    wpath = str(tmp_path / "ws.sqlite")
    ws.close()
    run_consolidate(ConsolidateRequest(files=[server.url("/pr.ics")], workspace=wpath))
    server.routes["/pr.ics"] = Route(SECOND)
    out = tmp_path / "r.json"
    result = run_consolidate(ConsolidateRequest(files=[server.url("/pr.ics")], workspace=wpath, report=out))
    assert result.exit_code == 0
    src = json.loads(out.read_text())["sources"][0]
    kinds = sorted(c["change"] for c in src["changes"])
    assert kinds == ["changed", "new", "removed"]


def test_messages_never_show_a_secret_path_or_password(ws, server, keys, tmp_path):
    from calendar_core.live.http import shown

    secret = "https://calendar.google.com/calendar/ical/ann%40x.org/private-0123456789abcdef/basic.ics"
    assert "0123456789abcdef" not in shown(secret) and shown(secret).endswith("/…/basic.ics")
    server.routes["/team.ics"] = Route(FIRST, user=("ann", "pw-in-link"))
    link = server.url("/team.ics").replace("http://", "http://ann:pw-in-link@")
    p = live.subscribe(ws, link)
    assert p.ok, p.error
    assert b"pw-in-link" not in (tmp_path / "ws.sqlite").read_bytes()
    assert live.live_sources(ws)[0].settings["live"]["url"] == server.url("/team.ics")


def test_tls_failure_is_named(ws, server, tmp_path):
    import shutil
    import ssl
    import subprocess
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    key, cert = tmp_path / "k.pem", tmp_path / "c.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                           "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"], capture_output=True)
    if made.returncode != 0:
        pytest.skip("openssl could not make a certificate")
    httpd = HTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        p = live.subscribe(ws, f"https://127.0.0.1:{httpd.server_port}/secure.ics")
        assert "secure" in p.error and "secure connection failed" in p.error
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_cli_summary_lists_changes_and_subscribe_command(ws, server, tmp_path, monkeypatch):
    import io

    from calendar_core.consolidate import ConsolidateRequest, format_summary, run_consolidate
    from calendar_core.live.cli import refresh_main, subscribe_main

    server.routes["/team.ics"] = Route(FIRST, user=("ann", "pw"))
    ws.close()
    wpath = str(tmp_path / "ws.sqlite")
    monkeypatch.setenv("MASTHEAD_PASSWORD", "pw")
    out = io.StringIO()
    assert subscribe_main(wpath, server.url("/team.ics"), "ann", "Team", "daily", out=out) == 0
    assert "✓ PR: 3 entries (3 new, 0 changed, 0 removed)" in out.getvalue()  # named as its calendar says
    server.routes["/team.ics"] = Route(SECOND, user=("ann", "pw"))
    out = io.StringIO()
    assert refresh_main(wpath, out=out) == 0
    text = out.getvalue()
    assert "~ Launch post (Wed 13 Jan 2027 14:00): moved Tue 10:00 → Wed 14:00; channel X → LinkedIn\n" in text
    assert "+ Podcast (Fri 15 Jan 2027 11:00)" in text and "− Webinar" in text
    server.routes["/team.ics"] = Route(status=404, user=("ann", "pw"))
    out = io.StringIO()
    assert refresh_main(wpath, out=out) == 1
    assert "was not found (HTTP 404)" in out.getvalue() and "stale since" in out.getvalue()
    (tmp_path / "plan.ics").write_bytes(FIRST)
    run_consolidate(ConsolidateRequest(files=[tmp_path / "plan.ics"], workspace=wpath))
    (tmp_path / "plan.ics").write_bytes(SECOND)
    result = run_consolidate(ConsolidateRequest(files=[tmp_path / "plan.ics"], workspace=wpath))
    out = io.StringIO()
    format_summary(result, out)
    assert "    ~ Launch post (Wed 13 Jan 2027 14:00): moved Tue 10:00 → Wed 14:00" in out.getvalue()
