"""Realistic entries for the print and week-view tests (from tests/fixtures/print/)."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from calendar_core.model import Entry

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "print"
COLOURS = {
    "Marketing": "#4e79a7", "Corporate Communications": "#f28e2b", "Sales": "#e15759", "Product": "#76b7b2",
    "People & Culture": "#59a14f", "Events": "#edc948", "Customer Success": "#b07aa1",
}


def load_week_fixture(name: str = "northwind_w35_w36.json") -> tuple[list[Entry], dict[int, str]]:
    """Entries (ids 1..n) and conflict markers {id: text} from a fixture file."""
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    entries, ids = [], {}
    for i, raw in enumerate(data["entries"], start=1):
        if raw["all_day"]:
            d = date.fromisoformat(raw["date"])
            start = datetime(d.year, d.month, d.day, tzinfo=UTC)
            end = start + timedelta(days=1)
        else:
            start = datetime.fromisoformat(raw["start"].replace("Z", "+00:00"))
            end = datetime.fromisoformat(raw["end"].replace("Z", "+00:00")) if raw.get("end") else None
        entries.append(Entry(id=i, source_id=1, source_ref=raw["key"], title=raw["title"], start=start, end=end,
                             all_day=raw["all_day"], department=raw["department"], channel=raw["channel"] or "",
                             owner=raw["owner"] or "", status=raw.get("status") or ""))
        ids[raw["key"]] = i
    markers: dict[int, str] = {}
    for keys in data.get("conflicts", []):
        members = [ids[k] for k in keys if k in ids]
        for m in members:
            others = ", ".join(e.title for e in entries if e.id in members and e.id != m)
            markers[m] = f"Conflict with: {others}"
    return entries, markers


BUSY_TITLES = [
    "Customer story: Baltic Freight cuts empty runs by 18%", "Webinar reminder: route planning for cold chain",
    "Hiring: senior backend engineer (Berlin)", "Product tip: bulk-edit delivery windows",
    "Live Q&A with our CTO on Routes 3.0", "Behind the scenes at the Hamburg depot",
    "Press release: new partnership with NordLogistik", "Newsletter: September product digest",
    "Poll: what slows your dispatch team down?", "Case study video: urban last-mile pilot",
    "Team spotlight: customer success in London", "Event recap: FleetTech Expo day 1",
    "Blog: five ways to cut fuel costs this winter", "Short: drag-and-drop route editing",
    "Reminder: maintenance window Saturday night", "Quote card: what customers say about ETA accuracy",
    "Carousel: three charts on delivery punctuality", "Founder's note: why we build for drivers",
]


def busy_day(day: date, first_id: int = 1000, count: int = 18) -> list[Entry]:
    """A crowded day: ``count`` posts between 09:00 and 13:00 Berlin, many overlapping."""
    depts = list(COLOURS)
    channels = ["LinkedIn", "X", "Instagram", "Blog", "Newsletter", "YouTube", "Facebook"]
    out = []
    for k in range(count):
        start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=BERLIN) + timedelta(minutes=15 * (k % 16))
        out.append(Entry(id=first_id + k, source_id=2, source_ref=f"busy{k}", title=BUSY_TITLES[k % len(BUSY_TITLES)],
                         start=start.astimezone(UTC), end=(start + timedelta(minutes=45)).astimezone(UTC),
                         department=depts[k % len(depts)], channel=channels[k % len(channels)],
                         owner=["Lena Vogt", "Tom Becker", "Maya Chen", "Zoë Müller"][k % 4]))
    return out
