"""Fetch a calendar feed over HTTP(S) with caching, limits and one clear sentence per failure.

One request per refresh: ETag / Last-Modified are sent back, so an unchanged feed
answers 304 and costs nothing more. Redirects are followed; the body is streamed
up to a size limit and a deadline; an HTML page (a login form) is refused as such.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import requests

from calendar_core.version import app_version

MB = 1024 * 1024
CHUNK = 64 * 1024


class FeedError(Exception):
    """A feed could not be fetched; the message names the source and says why."""


@dataclass
class Fetched:
    """What a fetch found: ``body`` None when the server said the feed is unchanged (304)."""

    url: str  # the address after redirects
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""

    @property
    def unchanged(self) -> bool:
        return self.body is None


def http_url(url: str) -> str:
    """webcal:// and webcals:// are https:// (what every calendar app does with them)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme in ("webcal", "webcals"):
        parts = parts._replace(scheme="https")
    elif scheme not in ("http", "https"):
        raise FeedError(f"{url}: not a web address (expected https://, http:// or webcal://)")
    return urlunsplit(parts)


def shown(url: str) -> str:
    """The address without a user, password, query or the middle of a long path (Google's and
    Outlook's secret tokens are path segments): what messages may say."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    segments = [s for s in parts.path.split("/") if s]
    path = parts.path if len(segments) <= 2 and len(parts.path) <= 48 else "/…/" + (segments[-1][-40:] if segments else "")
    return urlunsplit((parts.scheme, host, path, "", ""))


def looks_like_html(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in text[:512]


def fetch(url: str, *, name: str, etag: str | None = None, last_modified: str | None = None,
          auth: tuple[str, str] | None = None, max_bytes: int = 50 * MB, timeout: float = 30.0,
          session: requests.Session | None = None) -> Fetched:
    """GET ``url`` (see the module's text). ``name``: how the source is named in messages.
    Raises :class:`FeedError` with a sentence naming the source."""
    target = http_url(url)
    where = f"{name} ({shown(target)})"
    headers = {"User-Agent": f"Masthead/{app_version()}", "Accept": "text/calendar, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    http = session or requests.Session()
    deadline = time.monotonic() + timeout
    try:
        with http.get(target, headers=headers, auth=auth, stream=True, allow_redirects=True,
                      timeout=(min(timeout, 10.0), timeout)) as resp:
            final = resp.url or target
            if resp.status_code == 304:
                return Fetched(final, None, etag, last_modified, "")
            _check_status(resp.status_code, where, bool(auth))
            body = _read(resp, where, max_bytes, deadline, timeout)
            ctype = resp.headers.get("Content-Type", "")
            if "html" in ctype.lower() or looks_like_html(body[:2048]):
                raise FeedError(f"{where} answered with a web page, not a calendar (a login page? "
                                "check that the link is the calendar's own address, e.g. its secret iCal address)")
            return Fetched(final, body, resp.headers.get("ETag"), resp.headers.get("Last-Modified"), ctype)
    except FeedError:
        raise
    except requests.exceptions.SSLError as exc:
        raise FeedError(f"{where}: the secure connection failed (TLS certificate or protocol: {_why(exc)})") from None
    except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout):
        raise FeedError(f"{where} did not answer within {timeout:g} s; the last good entries are kept") from None
    except requests.exceptions.TooManyRedirects:
        raise FeedError(f"{where} redirects in a loop") from None
    except requests.exceptions.ConnectionError as exc:
        raise FeedError(f"{where}: cannot connect ({_why(exc)})") from None
    except requests.exceptions.RequestException as exc:
        raise FeedError(f"{where}: {_why(exc)}") from None


def _why(exc: Exception) -> str:
    text = str(exc.args[0] if exc.args else exc)
    return text if len(text) <= 160 else text[:157] + "…"


def _check_status(code: int, where: str, with_auth: bool) -> None:
    if code < 400:
        return
    if code in (401, 403):
        raise FeedError(f"{where} refused access (HTTP {code}): "
                        + ("the user name or password is wrong" if with_auth else
                           "it needs a user name and password, or the link is no longer shared"))
    if code in (404, 410):
        raise FeedError(f"{where} was not found (HTTP {code}): the calendar was moved, deleted or unshared")
    if code >= 500:
        raise FeedError(f"{where}: the server failed (HTTP {code}); try again later")
    raise FeedError(f"{where} answered HTTP {code}")


def _read(resp, where: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FeedError(f"{where} is {int(declared) / MB:.1f} MB, more than the limit of {max_bytes / MB:g} MB "
                        "(Settings: live_max_mb)")
    parts: list[bytes] = []
    size = 0
    for chunk in resp.iter_content(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FeedError(f"{where} is larger than the limit of {max_bytes / MB:g} MB (Settings: live_max_mb)")
        if time.monotonic() > deadline:
            raise FeedError(f"{where} took longer than {timeout:g} s to download and was cut off; "
                            "the last good entries are kept")
        parts.append(chunk)
    return b"".join(parts)
