"""A local feed server (127.0.0.1 only) and small calendars for the live-source tests."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import keyring
from keyring.backend import KeyringBackend


def berlin_workspace(tmp_path):
    """A new workspace in tmp_path whose zone is Europe/Berlin (the zone of the feeds below)."""
    from calendar_core.workspace import Workspace

    w = Workspace.open(tmp_path / "ws.sqlite")
    s = w.settings
    s.timezone = "Europe/Berlin"
    w.save_settings(s)
    return w


def vevent(uid: str, title: str, start: str, minutes: int = 30, channel: str | None = None) -> str:
    """``start`` as YYYYMMDDTHHMM (local to Europe/Berlin)."""
    h, m = int(start[9:11]), int(start[11:13])
    end_total = h * 60 + m + minutes
    end = f"{start[:9]}{end_total // 60:02d}{end_total % 60:02d}00"
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{title}", f"DTSTART;TZID=Europe/Berlin:{start}00",
             f"DTEND;TZID=Europe/Berlin:{end}", "DTSTAMP:20261201T000000Z"]
    if channel:
        lines.append(f"CATEGORIES:{channel}")
    return "\r\n".join(lines + ["END:VEVENT"])


def calendar(name: str, *events: str) -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//live//EN", f"X-WR-CALNAME:{name}"]
    return ("\r\n".join(head + list(events) + ["END:VCALENDAR"]) + "\r\n").encode("utf-8")


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/calendar; charset=utf-8"
    etag: str | None = None
    location: str | None = None  # a redirect's target
    user: tuple[str, str] | None = None  # basic auth wanted
    delay_per_chunk: float = 0.0  # a slow feed: seconds between 1 KB chunks
    hide_length: bool = False


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict]] = field(default_factory=list)

    def __post_init__(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                if route.user is not None:
                    import base64

                    want = "Basic " + base64.b64encode(":".join(route.user).encode()).decode()
                    if self.headers.get("Authorization") != want:
                        self.send_response(401)
                        self.send_header("WWW-Authenticate", 'Basic realm="cal"')
                        self.end_headers()
                        return
                if route.location:
                    self.send_response(route.status)
                    self.send_header("Location", route.location)
                    self.end_headers()
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if not route.hide_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                try:
                    if route.delay_per_chunk:
                        for i in range(0, len(route.body), 1024):
                            self.wfile.write(route.body[i:i + 1024])
                            self.wfile.flush()
                            time.sleep(route.delay_per_chunk)
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class MemoryKeyring(KeyringBackend):
    """The tests' keyring: passwords in a dict (never the machine's keyring)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
