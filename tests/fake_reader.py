"""A tiny reader used by tests before/independently of the real importers.

Format: lines "ref|title|ISO start|channel|owner" after a first line "#FAKECAL".
"""
from __future__ import annotations

from datetime import datetime

from importers.errors import NotACalendar
from importers.records import ImportResult, RawRecord

NAME = "fake"
EXTENSIONS = [".fake"]


def accepts(path, head: bytes) -> bool:
    return head.startswith(b"#FAKECAL")


def read(path, options) -> ImportResult:
    records, warnings, skipped = [], [], 0
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != "#FAKECAL":
        raise NotACalendar(path, "not a fake calendar")
    for lineno, line in enumerate(lines[1:], 2):
        parts = line.split("|")
        try:
            start = datetime.fromisoformat(parts[2])
        except (IndexError, ValueError):
            warnings.append(f"{path.name}, line {lineno}: date not understood")
            skipped += 1
            continue
        if start.tzinfo is None:
            start = start.replace(tzinfo=options.timezone)
        records.append(RawRecord(source_ref=parts[0], title=parts[1], start=start, channel=parts[3],
                                 owner=parts[4] if len(parts) > 4 else "", timezone=str(options.timezone),
                                 location=f"line {lineno}"))
    return ImportResult(path=path, kind="fake", records=records, warnings=warnings, skipped=skipped,
                        department_hint=path.stem)
