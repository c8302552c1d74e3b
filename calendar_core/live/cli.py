"""The live commands: subscribe, refresh (and --watch), publish and serve. main.py parses; this runs."""
from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from calendar_core.consolidate import write_changes
from calendar_core.live import sources as live
from calendar_core.workspace import Workspace


def _pull_lines(pulls, out: TextIO) -> None:
    for p in pulls:
        out.write(p.line() + "\n")
        if p.report is not None:
            write_changes(p.report.changes, out)


def subscribe_main(workspace: str, url: str, user: str | None, name: str | None, interval: str | None,
                   out: TextIO = sys.stdout) -> int:
    password = None
    if user:
        password = os.environ.get("MASTHEAD_PASSWORD")
        if password is None:
            import getpass

            password = getpass.getpass(f"password for {user}: ")
    with Workspace.open(workspace) as ws:
        pulls = live.subscribe_any(ws, url, user=user, password=password, name=name)
        _pull_lines(pulls, out)
        for p in pulls:
            if p.ok and interval and p.source_id is not None:
                live.set_interval(ws, p.source_id, interval)
    return 0 if pulls and all(p.ok for p in pulls) else 1


def refresh_main(workspace: str, watch: str | None = None, every: float = 60.0, publish_to: str | None = None,
                 out: TextIO = sys.stdout, rounds: int | None = None) -> int:
    """Refresh every subscribed source once; with ``watch``, also the folder's files, in a loop (Ctrl+C stops)."""
    from calendar_core.live.watch import FolderWatch

    with Workspace.open(workspace) as ws:
        r = live.refresh(ws)
        _pull_lines(r.pulls, out)
        if not r.pulls and watch is None:
            out.write("no subscribed sources (subscribe with: masthead subscribe URL --workspace W)\n")
        _republish(ws, publish_to, r.batch, out)
        if watch is None:
            return 1 if r.failed else 0
        folder = FolderWatch(watch)
        out.write(f"watching {watch} (every {every:g} s; Ctrl+C stops)\n")
        n = 0
        while rounds is None or n < rounds:
            n += 1
            polled = folder.poll(ws)
            if polled.batch is not None:
                for o in polled.batch.outcomes:
                    if o.report is None:
                        out.write(f"✗ {o.error}\n")
                        continue
                    rp = o.report
                    if rp.new or rp.changed or rp.removed:
                        out.write(f"✓ {o.path.name}: {rp.new} new, {rp.changed} changed, {rp.removed} removed\n")
                        write_changes(rp.changes, out)
                _republish(ws, publish_to, polled.batch, out)
            due = live.refresh(ws, due_only=True)
            _pull_lines([p for p in due.pulls if not p.unchanged], out)
            _republish(ws, publish_to, due.batch, out)
            out.flush()
            if rounds is None or n < rounds:
                time.sleep(every)
    return 0


def _republish(ws, folder: str | None, batch, out: TextIO) -> None:
    if folder and batch is not None and batch.applied:
        from calendar_core.live.publish import publish

        out.write(publish(ws, folder).message() + "\n")


def publish_main(workspace: str, folder: str, out: TextIO = sys.stdout) -> int:
    from calendar_core.live.publish import publish

    with Workspace.open(workspace) as ws:
        done = publish(ws, folder)
    out.write(done.message() + "\n")
    for path in done.files:
        out.write(f"  {path.name}\n")
    return 0


def serve_main(workspace: str, host: str, port: int, token: str | None, out: TextIO = sys.stdout) -> int:
    from calendar_core.live.serve import make_server

    with Workspace.open(workspace) as ws:
        server = make_server(ws, host, port, token)
        shown_host = host if ":" not in host else f"[{host}]"
        out.write(f"serving the feeds of {ws.shown_location} on http://{shown_host}:{server.server_port}/"
                  + (" (token required)" if token else "") + " — Ctrl+C stops\n")
        out.flush()
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
            server.feeds.close()
    return 0
