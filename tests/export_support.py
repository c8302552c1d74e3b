"""Shared builders for the exporter tests: northwind entries from truth.json, small entries."""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from calendar_core.model import Entry, Source

UTC = timezone.utc
NOW = datetime(2026, 8, 1, 9, 0, tzinfo=UTC)
MASTER_PROPS = ("DTSTART", "RRULE", "RDATE", "EXDATE", "EXRULE")


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def master_lines(ics_path: Path) -> dict[str, str]:
    """UID -> the raw RFC 5545 lines of each recurring master in ``ics_path``."""
    masters: dict[str, str] = {}
    for line_block in _vevent_blocks(ics_path.read_text(encoding="utf-8")):
        props = {line.split(":", 1)[0].split(";", 1)[0].upper(): line for line in line_block}
        if "RECURRENCE-ID" in props or "UID" not in props or not ({"RRULE", "RDATE"} & set(props)):
            continue
        uid = props["UID"].split(":", 1)[1].strip()
        masters[uid] = "\n".join(
            line for line in line_block if line.split(":", 1)[0].split(";", 1)[0].upper() in MASTER_PROPS
        )
    return masters


def _vevent_blocks(text: str) -> list[list[str]]:
    text = text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    blocks, current = [], None
    for line in text.split("\n"):
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT" and current is not None:
            blocks.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def northwind_entries(folder: Path) -> tuple[list[Entry], dict[int, Source]]:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    sources: dict[int, Source] = {}
    by_file: dict[str, int] = {}
    for number, info in enumerate(truth["files"], start=1):
        name = info["file"]
        by_file[name] = number
        kind = name.rsplit(".", 1)[1]
        sources[number] = Source(
            id=number, path=str(folder / name), name=name, kind=kind, department=info["department"],
            colour=["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"][number - 1],
            content_hash="", imported_at=NOW,
        )
    masters = {name: master_lines(folder / name) for name in by_file if name.endswith(".ics")}
    entries: list[Entry] = []
    for number, item in enumerate(truth["entries"], start=1):
        locator = item["locator"]
        series_key = recurrence = rid = None
        if "uid" in locator:
            ref = locator["uid"]
            if locator.get("recurrence_id"):
                rid = datetime.strptime(locator["recurrence_id"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                ref = f"{locator['uid']}@{rid.isoformat()}"
                series_key = locator["uid"]
                recurrence = masters[item["file"]].get(locator["uid"])
        elif "sheet" in locator:
            ref = f"{locator['sheet']}!{locator['row']}"
        else:
            ref = f"row {locator['row']}"
        zone = ZoneInfo(item["timezone"])
        if item["all_day"]:
            first = date.fromisoformat(item["date"])
            last = _utc(item["end"]).astimezone(zone).date()
            start, end = _midnight(first), _midnight(max(last, first + timedelta(days=1)))
        else:
            start = _utc(item["start"])
            end = _utc(item["end"]) if item["end_explicit"] else None
        entries.append(Entry(
            id=number, source_id=by_file[item["file"]], source_ref=ref, title=item["title"], start=start,
            end=end, all_day=item["all_day"], timezone=item["timezone"], department=item["department"],
            channel=item["channel"], channel_raw=item["channel_raw"], owner=item["owner"],
            status=item.get("status", ""), campaign=item.get("campaign", ""), series_key=series_key,
            recurrence_id=rid, recurrence=recurrence, source_name=item["file"],
        ))
    return entries, sources


@pytest.fixture(scope="module")
def nw():
    """Northwind's entries and sources, from truth.json (skipped without shared/)."""
    from tests.conftest import SHARED

    folder = SHARED / "scenarios" / "northwind"
    if not folder.is_dir():
        pytest.skip("northwind scenario not available")
    return northwind_entries(folder)


def expand(ics_bytes: bytes, start: datetime, end: datetime) -> list[icalendar.Event]:
    """Occurrences of a written calendar, through icalendar + recurring-ical-events."""
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(ics_bytes)
    return list(recurring_ical_events.of(calendar).between(start, end))


def occurrence_facts(event: icalendar.Event) -> tuple:
    """(instant or date, all-day, title, department, channel) of one read-back occurrence."""
    value = event["DTSTART"].dt
    all_day = not isinstance(value, datetime)
    when = value if all_day else value.astimezone(UTC)
    return (when, all_day, str(event["SUMMARY"]), str(event.get("X-MASTHEAD-DEPARTMENT", "")),
            str(event.get("X-MASTHEAD-CHANNEL", "")))


def entry_facts(entry: Entry) -> tuple:
    when = entry.start.date() if entry.all_day else entry.start
    return (when, entry.all_day, entry.title, entry.department, entry.channel)
