"""Subscribed sources: pull each link into a cache file, import the changed ones as one batch, keep the state.

A subscription is a source whose ``settings["live"]`` holds its address and what
the last fetches found (ETag, Last-Modified, when it last worked, the error and
since when it is stale). The downloaded bytes are written to a cache file named
after the source, beside the workspace, and read by the normal readers through
:func:`import_batch` — so the source's identity, row references and undo work as
for a dropped file. A fetch or a read that fails leaves the source's entries as
they were and marks it stale.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit, urlunsplit

from calendar_core.export.atomic import atomic_path
from calendar_core.importing import BatchResult, import_batch
from calendar_core.live import credentials
from calendar_core.live.http import MB, FeedError, Fetched, fetch, shown
from calendar_core.live.links import LIVE_SCHEMES, is_link  # noqa: F401 - re-exported: callers ask sources
from calendar_core.model import Source, SyncReport
from calendar_core.timeconv import from_ts, to_ts
from calendar_core.workspace import Workspace, supported_extensions

UTC = timezone.utc
INTERVALS = {"off": None, "hourly": 3600, "daily": 86400}  # seconds between refreshes while the app runs


@dataclass
class Pull:
    """One source's refresh: what was fetched, where it was cached, and what came of it."""

    url: str
    name: str
    live: dict  # the state to store on success
    path: Path | None = None  # the cache file written (None: nothing new to read)
    unchanged: bool = False
    error: str = ""
    source_id: int | None = None
    report: SyncReport | None = None
    stale_since: datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.error

    def line(self) -> str:
        """One line of a summary."""
        if self.error:
            since = f" (stale since {self.stale_since:%Y-%m-%d %H:%M} UTC; last good entries kept)" \
                if self.stale_since else ""
            return f"✗ {self.error}{since}"
        if self.unchanged:
            return f"✓ {self.name}: unchanged"
        r = self.report
        if r is None:
            return f"✓ {self.name}"
        total = r.new + r.changed + r.unchanged
        return f"✓ {self.name}: {total} entries ({r.new} new, {r.changed} changed, {r.removed} removed)"


@dataclass
class Refreshed:
    pulls: list[Pull] = field(default_factory=list)
    batch: BatchResult | None = None

    @property
    def failed(self) -> int:
        return sum(1 for p in self.pulls if p.error)


# ----- where a source's bytes are cached ---------------------------------------------
def cache_dir(ws: Workspace) -> Path:
    """The folder of the cache files: beside a workspace file, else in the user's cache folder."""
    loc = ws.location
    if "://" not in loc:
        p = Path(loc)
        return p.parent / f"{p.stem}.live"
    import platformdirs

    digest = hashlib.sha1(loc.encode("utf-8")).hexdigest()[:12]
    return Path(platformdirs.user_cache_dir("Masthead", "Masthead")) / f"live-{digest}"


def _slug(text: str) -> str:
    text = re.sub(r"[^\w\-]+", "-", unquote(text), flags=re.UNICODE).strip("-_")
    return text[:60] or "calendar"


def _suffix(url: str) -> str:
    suffix = Path(urlsplit(url).path).suffix.lower()
    return suffix if suffix in supported_extensions() and suffix != ".zip" else ".ics"


def default_name(url: str) -> str:
    """A name for a link's source: the last meaningful part of its path, else its host."""
    parts = urlsplit(url.replace("caldav+", "", 1))
    generic = {"basic", "calendar", "calendars", "ical", "ics", "feed", "export", "public", "private", ""}
    for segment in reversed([s for s in parts.path.split("/") if s]):
        stem = Path(unquote(segment)).stem
        if stem.casefold() not in generic and len(stem) <= 40 and "@" not in stem:
            return stem
    return parts.hostname or "calendar"


def live_sources(ws: Workspace) -> list[Source]:
    return [s for s in ws.sources() if s.settings.get("live", {}).get("url")]


def find_subscription(ws: Workspace, url: str) -> Source | None:
    return next((s for s in live_sources(ws) if s.settings["live"]["url"] == url), None)


def _cache_path(ws: Workspace, url: str, name: str) -> Path:
    existing = find_subscription(ws, url)
    if existing is not None:
        return Path(existing.path)
    folder = cache_dir(ws)
    taken = {Path(s.path).name for s in ws.sources()}
    stem, suffix, n = _slug(name), _suffix(url), 1
    candidate = folder / f"{stem}{suffix}"
    while candidate.name in taken:
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


def stale_since(src: Source) -> datetime | None:
    ts = src.settings.get("live", {}).get("stale_since")
    return from_ts(ts) if ts else None


# ----- pulling -------------------------------------------------------------------------
def _check_body(fetched: Fetched, path: Path, where: str) -> None:
    if path.suffix == ".ics" and b"BEGIN:VCALENDAR" not in fetched.body[:65536].upper():
        raise FeedError(f"{where} did not send a calendar (no BEGIN:VCALENDAR in what came back)")


def pull(ws: Workspace, url: str, *, name: str | None = None, auth: tuple[str, str] | None = None,
         session=None, now: datetime | None = None) -> Pull:
    """Fetch one link into its cache file; never raises (a failure is the Pull's ``error``)."""
    src = find_subscription(ws, url)
    state = dict(src.settings.get("live", {})) if src else {}
    name = name or (src.name if src else None) or default_name(url)
    now = now or datetime.now(UTC)
    p = Pull(url, name, {"url": url, "checked": to_ts(now)}, source_id=src.id if src else None)
    if src is not None:
        p.name = src.department or src.name
    if auth is None and state.get("auth"):
        auth = credentials.load(url)
        if auth is None:
            p.error = f"{p.name} ({shown(url)}): no password is kept for it in the system keyring; subscribe again"
            return p
    s = ws.settings
    try:
        if url.lower().startswith("caldav+"):
            from calendar_core.live.caldav_source import pull_caldav

            path = _cache_path(ws, url, name)
            changed, extra = pull_caldav(url, path, state, auth=auth, timeout=s.live_timeout_seconds, name=p.name)
            p.live.update(extra)
            if not changed:
                p.unchanged = True
                return p
            p.path = path
        else:
            fetched = fetch(url, name=p.name, etag=state.get("etag"), last_modified=state.get("last_modified"),
                            auth=auth, max_bytes=int(s.live_max_mb * MB), timeout=float(s.live_timeout_seconds),
                            session=session)
            p.live.update(etag=fetched.etag, last_modified=fetched.last_modified, final_url=fetched.url)
            if fetched.unchanged:
                p.unchanged = True
                return p
            path = _cache_path(ws, url, name)
            _check_body(fetched, path, f"{p.name} ({shown(url)})")
            digest = hashlib.sha256(fetched.body).hexdigest()
            if src is not None and state.get("sha256") == digest and Path(src.path).exists():
                p.unchanged = True  # a server without validators sent the same bytes again
                return p
            p.live["sha256"] = digest
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(path) as tmp:
                tmp.write_bytes(fetched.body)
            p.path = path
    except FeedError as exc:
        p.error = str(exc)
    except OSError as exc:
        p.error = f"{p.name}: cannot write its cache file ({exc})"
    return p


def settle(ws: Workspace, pulls: list[Pull], batch: BatchResult | None, now: datetime) -> None:
    """Store each pull's state: success clears the stale mark; a failure keeps it (and since when)."""
    by_path = {o.path: o for o in (batch.outcomes if batch else [])}
    for p in pulls:
        if p.path is not None and not p.error:
            outcome = by_path.get(p.path)
            if outcome is None or not outcome.ok:
                p.error = outcome.error if outcome is not None else f"{p.name}: import cancelled"
                p.live = {"checked": p.live["checked"]}  # keep the old validators: read it again next time
            else:
                p.report = outcome.report
                p.source_id = outcome.report.source_id
                done = ws.source(p.source_id)
                p.name = done.department if done is not None else p.name  # as later refreshes name it
        if p.source_id is None:
            continue
        src = ws.source(p.source_id)
        if p.error:
            old = src.settings.get("live", {}) if src else {}
            since = old.get("stale_since") or to_ts(now)
            keep = {"url": p.url, "checked": to_ts(now), "error": p.error, "stale_since": since}
            if "auth" in old:
                keep["auth"] = old["auth"]
            ws.set_live_state(p.source_id, keep)
            p.stale_since = from_ts(since)
        else:
            ws.set_live_state(p.source_id, {**p.live, "ok": to_ts(now), "error": "", "stale_since": None})


def import_pulls(ws: Workspace, pulls: list[Pull], now: datetime | None = None,
                 progress: Callable[[float], None] = lambda _f: None,
                 cancelled: Callable[[], bool] = lambda: False, **batch_options) -> BatchResult:
    """Import the pulls that brought something new (one undo step), then store every pull's state."""
    now = now or datetime.now(UTC)
    paths = [p.path for p in pulls if p.path is not None and not p.error]
    batch = import_batch(ws, paths, progress=progress, cancelled=cancelled, **batch_options) if paths else None
    settle(ws, pulls, batch, now)
    return batch or BatchResult()


def without_password(url: str, user: str | None, password: str | None) -> tuple[str, str | None, str | None]:
    """A password typed into the link (https://user:pw@host/…) is taken out of it (it goes to the keyring)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, user, password
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    keep_user = parts.username if url.lower().startswith("caldav+") else None
    netloc = (f"{keep_user}@" if keep_user else "") + host
    return urlunsplit(parts._replace(netloc=netloc)), user or unquote(parts.username or ""), password or unquote(
        parts.password)


def subscribe(ws: Workspace, url: str, *, user: str | None = None, password: str | None = None,
              name: str | None = None, session=None, now: datetime | None = None) -> Pull:
    """Subscribe to a link (or refresh it, if already subscribed): fetch, import, remember.
    A password goes to the system keyring; the workspace only notes that one is needed."""
    url, user, password = without_password(url, user, password)
    auth = (user or "", password or "") if (user or password) else None
    if auth is not None:
        credentials.store(url, *auth)
    p = pull(ws, url, name=name, auth=auth, session=session, now=now)
    if auth is not None:
        p.live["auth"] = True
    if p.error and p.source_id is None:
        return p  # nothing to keep yet: the first fetch failed
    import_pulls(ws, [p], now)
    return p


def refresh(ws: Workspace, source_ids: list[int] | None = None, *, session=None, now: datetime | None = None,
            due_only: bool = False, **batch_options) -> Refreshed:
    """Refresh every subscribed source (or those of ``source_ids``; with ``due_only``, those whose
    interval has passed) as one batch: one request each, one undo step for what changed."""
    now = now or datetime.now(UTC)
    chosen = [s for s in live_sources(ws) if source_ids is None or s.id in source_ids]
    if due_only:
        chosen = [s for s in chosen if is_due(s, now)]
    pulls = [pull(ws, s.settings["live"]["url"], session=session, now=now) for s in chosen]
    batch = import_pulls(ws, pulls, now, **batch_options)
    return Refreshed(pulls, batch)


def interval(src: Source) -> str:
    return src.settings.get("live", {}).get("interval") or "off"


def set_interval(ws: Workspace, source_id: int, value: str) -> None:
    if value not in INTERVALS:
        raise ValueError(f"unknown refresh interval '{value}' (expected one of {', '.join(INTERVALS)})")
    ws.set_live_state(source_id, {"interval": value})


def is_due(src: Source, now: datetime) -> bool:
    every = INTERVALS.get(interval(src))
    checked = src.settings.get("live", {}).get("checked")
    return every is not None and (checked is None or to_ts(now) - checked >= every)


def status_text(src: Source) -> str:
    """What the Sources panel says of a subscribed source: its address, when it last worked, stale since when."""
    live = src.settings.get("live", {})
    if not live.get("url"):
        return ""
    since = stale_since(src)
    if since is not None:
        return f"stale since {since:%Y-%m-%d %H:%M} UTC: {live.get('error', '')}"
    ok = live.get("ok")
    return f"up to date (checked {from_ts(ok):%Y-%m-%d %H:%M} UTC)" if ok else "subscribed"


def subscribe_account(ws: Workspace, link: str, *, user: str | None = None, password: str | None = None,
                      only: list[str] | None = None, now: datetime | None = None) -> list[Pull]:
    """Subscribe to the calendars of a CalDAV account (those named in ``only``, else all), one source each."""
    from calendar_core.live.caldav_source import discover

    auth = (user or "", password or "") if (user or password) else None
    found = discover(link, auth, float(ws.settings.live_timeout_seconds))
    chosen = [f for f in found if not only or f.name in only]
    return [subscribe(ws, f.url, user=user, password=password, name=f.name, now=now) for f in chosen]


def subscribe_any(ws: Workspace, link: str, *, user: str | None = None, password: str | None = None,
                  name: str | None = None) -> list[Pull]:
    """Subscribe to a link: a feed, a CalDAV calendar, or every calendar of a CalDAV account."""
    if not link.lower().startswith("caldav+"):
        return [subscribe(ws, link, user=user, password=password, name=name)]
    from calendar_core.live.caldav_source import discover

    auth = (user or "", password or "") if (user or password) else None
    try:
        found = discover(link, auth, float(ws.settings.live_timeout_seconds))
    except FeedError as exc:
        return [Pull(link, name or default_name(link), {}, error=str(exc))]
    path = urlsplit(link).path.rstrip("/")
    one = [f for f in found if urlsplit(f.url).path.rstrip("/") == path]
    if one:
        return [subscribe(ws, link, user=user, password=password, name=name or one[0].name)]
    return [subscribe(ws, f.url, user=user, password=password, name=f.name) for f in found]
