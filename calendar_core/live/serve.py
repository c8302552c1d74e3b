"""A read-only feed server: the published feeds over HTTP, with ETags, for a team without a shared drive.

It binds to 127.0.0.1 unless told otherwise and can require a token (``?token=``
or ``Authorization: Bearer``). The feeds are published again into a private
folder whenever the workspace changed since the last request.
"""
from __future__ import annotations

import hashlib
import hmac
import html
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from calendar_core.live.publish import publish
from calendar_core.workspace import Workspace

TYPES = {".ics": "text/calendar; charset=utf-8",
         ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


class FeedStore:
    """The workspace's feeds as bytes with their ETags, published again after any change."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self._lock = threading.Lock()
        self._seen: int | None = None
        self._files: dict[str, tuple[bytes, str]] = {}
        self._folder = tempfile.TemporaryDirectory(prefix="masthead-feeds-")

    def files(self) -> dict[str, tuple[bytes, str]]:
        with self._lock:
            count = self.ws.change_count()
            if count != self._seen:
                done = publish(self.ws, self._folder.name)
                self._files = {p.name: (b := p.read_bytes(), '"' + hashlib.sha256(b).hexdigest()[:32] + '"')
                               for p in done.files}
                self._seen = count
            return self._files

    def close(self) -> None:
        self._folder.cleanup()


def make_server(ws: Workspace, host: str = "127.0.0.1", port: int = 8080, token: str | None = None):
    """A ThreadingHTTPServer serving the feeds (call ``serve_forever``; ``server.feeds.close()`` at the end)."""
    feeds = FeedStore(ws)

    class Handler(BaseHTTPRequestHandler):
        server_version = "Masthead"

        def log_message(self, fmt, *args):  # no addresses or tokens in a log
            pass

        def _allowed(self, query: dict) -> bool:
            if not token:
                return True
            given = (query.get("token") or [""])[0]
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Bearer "):
                given = auth[7:]
            return hmac.compare_digest(given.encode(), token.encode())

        def do_HEAD(self):
            self.do_GET(body=False)

        def do_GET(self, body: bool = True):
            parts = urlsplit(self.path)
            if not self._allowed(parse_qs(parts.query)):
                return self._send(401, b"a token is needed\n", "text/plain; charset=utf-8", body=body)
            try:
                files = feeds.files()
            except Exception as exc:  # noqa: BLE001 - the server stays up; the client is told
                return self._send(503, f"cannot publish: {exc}\n".encode(), "text/plain; charset=utf-8", body=body)
            name = unquote(parts.path.lstrip("/"))
            if not name:
                suffix = f"?token={quote(token)}" if token else ""
                items = "".join(f'<li><a href="/{quote(n)}{suffix}">{html.escape(n)}</a></li>' for n in sorted(files))
                page = f"<!doctype html><title>Masthead feeds</title><ul>{items}</ul>".encode()
                return self._send(200, page, "text/html; charset=utf-8", body=body)
            found = files.get(name)
            if found is None:
                return self._send(404, b"no such feed\n", "text/plain; charset=utf-8", body=body)
            data, etag = found
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", None, etag=etag, body=False)
            return self._send(200, data, TYPES.get(Path(name).suffix, "application/octet-stream"), etag=etag, body=body)

        def _send(self, code, data, ctype, etag=None, body=True):
            self.send_response(code)
            if ctype:
                self.send_header("Content-Type", ctype)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body and data:
                self.wfile.write(data)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    server.feeds = feeds
    return server
