"""CalDAV collections (Nextcloud, Radicale, Fastmail…) through the ``caldav`` client.

A CalDAV source's link is ``caldav+https://user@host/path/`` (``caldav+http`` for a
server on this machine). :func:`discover` lists the calendars of an account;
:func:`pull_caldav` reads one calendar with the server's sync token where it offers
one (only what was added, changed or deleted since the last refresh travels), keeps
the calendar's objects beside the cache file and writes them as one .ics for the
normal reader.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from calendar_core.export.atomic import atomic_path
from calendar_core.live.http import FeedError, shown


@dataclass
class Found:
    name: str
    url: str  # the calendar's own caldav+ link


def _split(link: str) -> tuple[str, str | None]:
    """The server address without ``caldav+`` and user, and the user named in the link."""
    parts = urlsplit(link[len("caldav+"):] if link.lower().startswith("caldav+") else link)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path or "/", parts.query, "")), parts.username


def _link(server_url: str, user: str | None, path: str) -> str:
    parts = urlsplit(server_url)
    netloc = (f"{user}@" if user else "") + parts.netloc
    return urlunsplit((f"caldav+{parts.scheme}", netloc, path, "", ""))


def _client(link: str, auth: tuple[str, str] | None, timeout: float):
    import caldav

    url, user = _split(link)
    username = (auth[0] if auth else None) or user
    password = auth[1] if auth else None
    return caldav.DAVClient(url=url, username=username, password=password or ("" if username else None),
                            timeout=timeout), url, user


def _failure(exc: Exception, where: str) -> FeedError:
    from caldav.lib import error
    import requests

    if isinstance(exc, error.AuthorizationError):
        return FeedError(f"{where} refused access: the user name or password is wrong, or the calendar is not shared")
    if isinstance(exc, error.NotFoundError):
        return FeedError(f"{where} was not found: the calendar was moved, deleted or unshared")
    if isinstance(exc, requests.exceptions.Timeout):
        return FeedError(f"{where} did not answer in time; the last good entries are kept")
    if isinstance(exc, requests.exceptions.SSLError):
        return FeedError(f"{where}: the secure connection failed (TLS certificate or protocol)")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return FeedError(f"{where}: cannot connect to the CalDAV server")
    text = str(exc)
    return FeedError(f"{where}: the CalDAV server failed ({text[:160]})")


def discover(link: str, auth: tuple[str, str] | None = None, timeout: float = 30.0) -> list[Found]:
    """The calendars of the account at ``link``, each with its own link."""
    where = f"CalDAV account {shown(_split(link)[0])}"
    try:
        client, url, user = _client(link, auth, timeout)
        with client:
            cals = client.principal().calendars()
            return [Found(c.get_display_name() or Path(urlsplit(str(c.url)).path.rstrip("/")).name,
                          _link(url, user, urlsplit(str(c.url)).path)) for c in cals]
    except FeedError:
        raise
    except Exception as exc:  # noqa: BLE001 - every client failure becomes one sentence
        raise _failure(exc, where) from None


def _objects_file(path: Path) -> Path:
    return path.with_name(path.name + ".objects.json")


def _merged(objects: dict[str, str], name: str) -> bytes:
    """One VCALENDAR of every object's events and to-dos, each time zone once."""
    from icalendar import Calendar

    out = Calendar()
    out.add("prodid", "-//Masthead//CalDAV cache//EN")
    out.add("version", "2.0")
    out.add("x-wr-calname", name)
    zones: set[str] = set()
    for href in sorted(objects):
        try:
            cal = Calendar.from_ical(objects[href])
        except ValueError:
            continue  # one broken object does not sink the calendar; the reader never sees it
        for comp in cal.subcomponents:
            if comp.name == "VTIMEZONE":
                tzid = str(comp.get("TZID"))
                if tzid in zones:
                    continue
                zones.add(tzid)
            out.add_component(comp)
    return out.to_ical()


def pull_caldav(link: str, path: Path, state: dict, *, auth: tuple[str, str] | None, timeout: float,
                name: str) -> tuple[bool, dict]:
    """Bring the cache file of one calendar up to date; (whether it changed, the state to keep)."""
    where = f"{name} ({shown(_split(link)[0])})"
    store = _objects_file(path)
    token = state.get("sync_token") if store.exists() and path.exists() else None
    objects: dict[str, str] = json.loads(store.read_text("utf-8")) if token else {}
    try:
        client, url, _user = _client(link, auth, timeout)
        with client:
            cal = client.calendar(url=url)
            found = cal.objects_by_sync_token(sync_token=token, load_objects=True)
            fresh_token = found.sync_token
            gone = {str(u) for u in getattr(found, "deleted_urls", set()) or set()}
            incremental = bool(token) and not str(fresh_token or "").startswith("fake-")
            if not incremental:
                objects = {}
            for obj in found:
                key = urlsplit(str(obj.url)).path
                data = getattr(obj, "data", None)
                if str(obj.url) in gone or key in {urlsplit(g).path for g in gone} or not data:
                    objects.pop(key, None)
                else:
                    objects[key] = data if isinstance(data, str) else data.decode("utf-8")
            for g in gone:
                objects.pop(urlsplit(g).path, None)
    except FeedError:
        raise
    except Exception as exc:  # noqa: BLE001 - every client failure becomes one sentence
        raise _failure(exc, where) from None
    extra = {"sync_token": str(fresh_token) if fresh_token and not str(fresh_token).startswith("fake-") else None}
    if incremental and fresh_token == token:
        return False, extra
    path.parent.mkdir(parents=True, exist_ok=True)
    body = _merged(objects, name)
    unchanged = path.exists() and path.read_bytes() == body
    with atomic_path(store) as tmp:
        tmp.write_text(json.dumps(objects, ensure_ascii=False), "utf-8")
    if unchanged:
        return False, extra
    with atomic_path(path) as tmp:
        tmp.write_bytes(body)
    return True, extra
