"""A company's posts as its departments' files see them: each in its own wall clock, in the order a
sheet lists them, with the end a tool fills in when none was planned; and the CSV text a sheet saves."""
from __future__ import annotations

import csv
import io
import random
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo


class Clocks:
    """`zones` is called, not held: a company module may import its files module, so the zone map is
    looked up when a post is written rather than when the files module is imported."""

    def __init__(self, zones):
        self._zones = zones

    def zone(self, dept):
        return ZoneInfo(self._zones()[dept])

    def local(self, p):
        return p.start.astimezone(self.zone(p.dept))

    def day(self, p):
        return p.day if p.all_day else self.local(p).date()

    def sorted(self, posts):
        return sorted(posts, key=lambda p: (datetime.combine(self.day(p), self.local(p).time() if p.start else time(0)),
                                            p.pid))


def end(p, default=30):
    return p.end or p.start + timedelta(minutes=default)


def csv_text(rows, delimiter=",", lineterminator="\r\n") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    return buf.getvalue()


def write_all(company, out: Path, writers: dict, salt: tuple[int, int]) -> dict[str, Path]:
    """Every department's file, drawn from one stream seeded by (seed * salt[0] + salt[1])."""
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(company.seed * salt[0] + salt[1])
    return {dept: writer(company, out, rnd, company.habits[dept]) for dept, writer in writers.items()}
