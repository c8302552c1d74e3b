"""ICS import speed: our whole import vs a bare ``icalendar.Calendar.from_ical`` of the same file.

Generates a 20,000-event calendar (10 % weekly series over one year, Google
style with a VTIMEZONE, UTC and zoned times) into a temp dir. Times, in the
same run: the bare icalendar parse (baseline); ``importers.read_file`` (parse,
expand, normalise); and, when the workspace store is available,
``Workspace.open(url).apply_import(result)`` on top (store).
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

N_EVENTS = 20_000
SERIES_SHARE = 0.10
YEAR_START = datetime(2026, 1, 5, tzinfo=timezone.utc)
CHANNELS = ["LinkedIn", "Blog", "Newsletter", "X", "Instagram", "YouTube"]
PEOPLE = ["Lena Vogt", "Marcus Hill", "Priya Raman", "Emma Lindqvist", "Jan Hoffmann"]

VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def generate(path: Path, n: int = N_EVENTS, seed: int = 7) -> None:
    rnd = random.Random(seed)
    out = ["BEGIN:VCALENDAR", "PRODID:-//Masthead bench//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
           "METHOD:PUBLISH", "X-WR-CALNAME:Bench calendar", "X-WR-TIMEZONE:Europe/Berlin", VTIMEZONE]
    fmt = "%Y%m%dT%H%M%S"
    for i in range(n):
        start = YEAR_START + timedelta(days=rnd.randrange(0, 358), minutes=15 * rnd.randrange(28, 72))
        end = start + timedelta(minutes=rnd.choice((30, 45, 60, 90)))
        who = rnd.choice(PEOPLE)
        ev = ["BEGIN:VEVENT"]
        if i % int(1 / SERIES_SHARE) == 0:
            s = YEAR_START + timedelta(days=rnd.randrange(0, 7), hours=rnd.randrange(8, 17))
            ev += [f"DTSTART;TZID=Europe/Berlin:{s.strftime(fmt)}",
                   f"DTEND;TZID=Europe/Berlin:{(s + timedelta(minutes=30)).strftime(fmt)}",
                   f"RRULE:FREQ=WEEKLY;UNTIL={(YEAR_START + timedelta(days=364)).strftime(fmt)}Z;BYDAY="
                   + ["MO", "TU", "WE", "TH", "FR"][s.weekday() % 5]]
        else:
            ev += [f"DTSTART:{start.strftime(fmt)}Z", f"DTEND:{end.strftime(fmt)}Z"]
        ev += [
            "DTSTAMP:20251201T090000Z",
            f"ORGANIZER;CN={who}:mailto:{who.lower().replace(' ', '.')}@example.com",
            f"UID:bench-{i:06d}@example.com",
            "CREATED:20251115T101500Z",
            f"DESCRIPTION:Channel: {rnd.choice(CHANNELS)}\\nOwner: {who}\\nStatus: Scheduled\\nCampaign: Autu",
            " mn launch with a folded line that goes on",
            "LAST-MODIFIED:20251120T101500Z",
            "LOCATION:Berlin\\, HQ",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            f"SUMMARY:Post {i}: {rnd.choice(['Customer story', 'Product tip', 'Event teaser', 'Hiring'])}",
            "TRANSP:TRANSPARENT",
            f"CATEGORIES:{rnd.choice(CHANNELS)}",
            "END:VEVENT",
        ]
        out.extend(ev)
    out.append("END:VCALENDAR")
    path.write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))


def _store_apply():
    try:
        from calendar_core.workspace import Workspace  # noqa: F401
    except ImportError:
        return None
    return Workspace


def run() -> list[tuple[str, float, float, float]]:
    import icalendar

    from importers import ImportOptions, read_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.ics"
        generate(path)
        opts = ImportOptions(window_start=YEAR_START - timedelta(days=30), window_end=YEAR_START + timedelta(days=400))

        c0, t0 = time.process_time(), time.perf_counter()
        icalendar.Calendar.from_ical(path.read_bytes())
        bare, bare_cpu = time.perf_counter() - t0, time.process_time() - c0

        c0, t0 = time.process_time(), time.perf_counter()
        result = read_file(path, opts)
        read_s, read_cpu = time.perf_counter() - t0, time.process_time() - c0
        rows = [(f"ics read 20k events -> {len(result.records)} records (vs bare from_ical)", read_s, bare, 1.0)]
        # CPU time is what the machine's other jobs cannot distort; printed for the record
        print(f"   (cpu: bare from_ical {bare_cpu:.2f}s, ics read {read_cpu:.2f}s, ratio {read_cpu / bare_cpu:.2f}x)")

        Workspace = _store_apply()
        if Workspace is not None:
            url = f"sqlite:///{Path(tmp) / 'ws.sqlite'}"
            try:
                ws = Workspace.open(url)
                c0, t0 = time.process_time(), time.perf_counter()
                ws.apply_import(result)
                store_s, store_cpu = time.perf_counter() - t0, time.process_time() - c0
                print(f"   (cpu: read + store {read_cpu + store_cpu:.2f}s, ratio {(read_cpu + store_cpu) / bare_cpu:.2f}x)")
                rows.append(("ics import 20k: read + store (vs bare from_ical)", read_s + store_s, bare, 1.0))
                close = getattr(ws, "close", None)
                if close:
                    close()
            except (AttributeError, TypeError) as exc:
                print(f"   (store not measured: {exc})")
        else:
            print("   (workspace store not on this branch yet: timing read only)")
        return rows


if __name__ == "__main__":
    for label, ours, base, target in run():
        print(f"{label}: ours {ours:.2f}s, bare {base:.2f}s, ratio {ours / base:.2f}x (target <= {target}x)")
