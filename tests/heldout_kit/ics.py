"""ICS text as the held-out companies' calendar tools write it: lines folded at 75 octets (RFC 5545,
never inside a character), text escaped, CRLF endings, UTC and wall-clock stamps."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def fold(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not parts else 74):
            parts.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines: list[str]) -> bytes:
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")


def utc(dt: datetime) -> str:
    return dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def wall(dt: datetime, zone: str) -> str:
    return dt.astimezone(ZoneInfo(zone)).strftime("%Y%m%dT%H%M%S")
