"""Export 50,000 entries to .xlsx beside a bare xlsxwriter write of the same rows.

Ours: ``write_workbook`` (Master + one sheet per department + Summary, Conflicts,
Duplicates, typed cells, formats, widths, chart, atomic write). Baseline: a bare
``xlsxwriter.Workbook(path)`` and ``write_row`` of the same entry rows with the
same values, in the same sheets (Master and one per department), no formats or
extras. For information it also prints the bare write of the Master rows alone.
"""
from __future__ import annotations

import random
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from calendar_core.model import Conflict, DuplicateGroup, Entry, Source

UTC = timezone.utc
N = 50_000
ZONE = "Europe/Berlin"
DEPARTMENTS = ("Marketing", "Sales", "Product", "Support", "HR", "PR", "Events", "Regional UK",
               "Regional US", "Partners", "Customer Success", "Corporate Communications")
CHANNELS = ("LinkedIn", "X", "Instagram", "Facebook", "YouTube", "Blog", "Newsletter", "TikTok")
WORDS = ("launch", "webinar", "recap", "customer", "story", "routes", "release", "hiring", "team", "tips",
         "expo", "pricing", "update", "guide", "partner", "summer", "freight", "case", "study", "teaser")


def make_entries(n: int = N) -> tuple[list[Entry], dict[int, Source]]:
    rng = random.Random(20260801)
    now = datetime(2026, 8, 1, tzinfo=UTC)
    sources = {
        i: Source(id=i, path=f"/data/{d}.xlsx", name=f"{d.lower().replace(' ', '_')}.xlsx", kind="xlsx",
                  department=d, colour=f"#{rng.randrange(0x202020, 0xE0E0E0):06X}", content_hash="",
                  imported_at=now)
        for i, d in enumerate(DEPARTMENTS, start=1)
    }
    base = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    entries = []
    for i in range(1, n + 1):
        sid = rng.randrange(1, len(DEPARTMENTS) + 1)
        start = base + timedelta(minutes=15 * rng.randrange(0, 4 * 24 * 730))
        all_day = rng.random() < 0.08
        if all_day:
            start = start.replace(hour=0, minute=0)
            end = start + timedelta(days=1)
        else:
            end = start + timedelta(minutes=30) if rng.random() < 0.6 else None
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 8))).capitalize()
        entries.append(Entry(
            id=i, source_id=sid, source_ref=f"Plan!{i + 1}", title=title, start=start, end=end, all_day=all_day,
            timezone=ZONE, description=("Notes: " + title) if rng.random() < 0.3 else "",
            department=DEPARTMENTS[sid - 1], channel=rng.choice(CHANNELS), owner=f"Person {rng.randrange(80)}",
            status=rng.choice(("Draft", "Scheduled", "Published")), campaign=rng.choice(("", "", "Expo", "Q3")),
            link=f"https://example.com/p/{i}" if rng.random() < 0.2 else "", location=f"sheet Plan, row {i + 1}",
            source_name=sources[sid].name,
        ))
    return entries, sources


def make_items(entries: list[Entry]) -> tuple[list[Conflict], list[DuplicateGroup]]:
    rng = random.Random(7)
    conflicts = [Conflict(kind=rng.choice(("slot_clash", "double_booking")), entry_ids=rng.sample(range(1, N), 2),
                          message="two posts on LinkedIn 20 minutes apart", key=f"c{i}") for i in range(2000)]
    dups = [DuplicateGroup(entry_ids=rng.sample(range(1, N), 3), score=0.8, reasons=["titles 81% alike"],
                           key=f"d{i}") for i in range(800)]
    return conflicts, dups


def bare_rows(entries: list[Entry], sources: dict[int, Source]) -> list[list]:
    zone = ZoneInfo(ZONE)
    rows = []
    for e in sorted(entries, key=lambda e: (e.start, e.department, e.title, e.id)):
        start = e.start.astimezone(zone).replace(tzinfo=None)
        end = e.end.astimezone(zone).replace(tzinfo=None) if e.end is not None else None
        iso = start.isocalendar()
        rows.append([start, end, e.all_day, f"{iso[0]}-W{iso[1]:02d}", e.department, e.channel, e.title, e.owner,
                     e.status, e.campaign, e.link, e.description, sources[e.source_id].name, e.location,
                     e.timezone, 0, None, e.id])
    return rows


def bare_xlsxwriter(path: Path, rows: list[list], departments: bool = True) -> None:
    """A plain ``Workbook(path)`` and ``write_row`` of the rows: Master, then each department's sheet."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    date_format = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    master = wb.add_worksheet("Master")
    sheets = {d: wb.add_worksheet(d) for d in DEPARTMENTS} if departments else {}
    counts = dict.fromkeys(DEPARTMENTS, 0)
    for r, row in enumerate(rows):
        master.write_row(r, 0, row, date_format)
        if departments:
            counts[row[4]] += 1
            sheets[row[4]].write_row(counts[row[4]], 0, row, date_format)
    wb.close()


def _timed(func) -> float:
    t0 = time.perf_counter()
    func()
    return time.perf_counter() - t0


def run(rounds: int = 2) -> list[tuple[str, float, float, float]]:
    """Best of ``rounds``, ours and the baselines interleaved so machine load hits both alike."""
    from calendar_core.export.xlsx import write_workbook

    entries, sources = make_entries()
    conflicts, dups = make_items(entries)
    best = {"ours": float("inf"), "same rows": float("inf"), "master only": float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jobs = {
            "same rows": lambda: bare_xlsxwriter(folder / "bare.xlsx", bare_rows(entries, sources)),
            "ours": lambda: write_workbook(folder / "ours.xlsx", entries, sources, conflicts, dups, timezone=ZONE),
            "master only": lambda: bare_xlsxwriter(folder / "bare1.xlsx", bare_rows(entries, sources), False),
        }
        for _ in range(rounds):
            for name, job in jobs.items():
                best[name] = min(best[name], _timed(job))
    print(f"   (info) bare xlsxwriter of the Master rows alone: {best['master only']:.3f}s; the workbook holds "
          f"every row twice (Master + its department sheet): ours / master-only = "
          f"{best['ours'] / best['master only']:.2f}x")
    return [(f"xlsx export, {N:,} entries (Master + department sheets)", best["ours"], best["same rows"], 1.3)]


if __name__ == "__main__":
    for label, ours_s, base_s, target in run():
        print(f"{label}: ours {ours_s:.3f}s, bare xlsxwriter {base_s:.3f}s, ratio {ours_s / base_s:.2f}x "
              f"(target <= {target}x)")
