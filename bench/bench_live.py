"""Live sources: a subscribed feed costs about what importing the same file costs; an unchanged one nothing.

Baseline: importing a 5,000-event .ics file, and re-importing it with 10 entries moved (same run).
Ours: subscribing to the same calendar on a local HTTP server (127.0.0.1), refreshing it
when unchanged (one 304), and refreshing it after the same 10 entries moved.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from calendar_core.importing import import_batch
from calendar_core.live import sources as live
from calendar_core.workspace import Workspace
from tests.live_support import FeedServer, Route, calendar, memory_keyring, vevent

N = 5000


def _feed(shift: bool) -> bytes:
    return calendar("PR", *[vevent(f"e{i}@x", f"Post {i}", f"202702{1 + i % 28:02d}T{8 + i % 10 + (shift and i % 500 == 0):02d}00",
                                   channel="X") for i in range(N)])


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _ws(path: Path) -> Workspace:
    ws = Workspace.open(path)
    s = ws.settings
    s.timezone = "Europe/Berlin"
    ws.save_settings(s)
    return ws


def run():
    memory_keyring()
    first, second = _feed(False), _feed(True)
    server = FeedServer()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            ws = _ws(tmp / "files.sqlite")
            f = tmp / "pr.ics"
            f.write_bytes(first)
            file_import = _timed(lambda: import_batch(ws, [f]))
            f.write_bytes(second)
            file_reimport = _timed(lambda: import_batch(ws, [f]))
            ws.close()
            ws = _ws(tmp / "live.sqlite")
            server.routes["/pr.ics"] = Route(first, etag='"1"')
            url = server.url("/pr.ics")
            subscribe = _timed(lambda: live.subscribe(ws, url))
            unchanged = _timed(lambda: live.refresh(ws))
            server.routes["/pr.ics"] = Route(second, etag='"2"')
            changed = _timed(lambda: live.refresh(ws))
            ws.close()
    finally:
        server.close()
    yield (f"subscribe to a {N:,}-event feed (vs importing the file)", subscribe, file_import, 1.5)
    yield ("refresh of it, unchanged (one 304)", unchanged, file_import, 0.05)
    yield ("refresh after 10 entries moved (vs re-importing the file)", changed, file_reimport, 1.5)
