"""Shared helpers of the real-file golden tests (tests/test_sheets_realworld*.py).

A folder holds real public files, a MANIFEST.tsv saying what a person expects from each
(count, or that it is not a calendar) and an EXPECTED.jsonl of hand-checked entries
(title words, start, end). These helpers load both, open a file as it was received
(its modification date when the year is written nowhere in it) and tell whether a read
record is a sample entry.
"""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from importers import ImportOptions, read_file

BERLIN = ZoneInfo("Europe/Berlin")


def manifest(folder: Path | None) -> list[dict]:
    if folder is None:
        return []
    with open(folder / "MANIFEST.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def expected(folder: Path | None) -> list[dict]:
    if folder is None:
        return []
    with open(folder / "EXPECTED.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def expected_count(row: dict, override: dict) -> int:
    """The MANIFEST's count (its leading number) unless the test names another, with its reason."""
    return override.get(row["file"], int(re.match(r"\d+", row["rows_expected"]).group()))


def open_as_received(folder: Path, name: str, tmp_path: Path, written: dict[str, date]) -> Path:
    """The file itself, or a copy stamped with the day it was written (for files without a year)."""
    path = folder / name
    if name in written:
        copy = tmp_path / name
        shutil.copyfile(path, copy)
        stamp = datetime.combine(written[name], datetime.min.time(), BERLIN).timestamp()
        os.utime(copy, (stamp, stamp))
        return copy
    return path


def read_as_received(folder: Path, name: str, tmp_path: Path, written: dict[str, date]):
    return read_file(open_as_received(folder, name, tmp_path, written), ImportOptions(timezone=BERLIN))


def named_skips(result, name: str) -> int:
    return sum(1 for w in result.warnings if "skipped" in w and w.startswith(f"{Path(name).name},"))


def _parse(text: str | None, offset):
    if text is None:
        return None
    if "T" not in text:
        return date.fromisoformat(text)
    naive = datetime.fromisoformat(text)
    return naive.replace(tzinfo=offset) if offset else naive


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def matches(rec, sample: dict, offset=None) -> bool:
    """The record has every title word of the sample, its start and its end (inclusive last day)."""
    if not words(sample["title"]) <= words(rec.title):
        return False
    start, end = _parse(sample["start"], offset), _parse(sample["end"], offset)
    if isinstance(start, datetime):
        if rec.all_day:
            return False
        got = rec.start if offset else rec.start.replace(tzinfo=None)
        if got != start:
            return False
        if end is None:
            return rec.end is None
        return rec.end is not None and (rec.end if offset else rec.end.replace(tzinfo=None)) == end
    if not rec.all_day or rec.start != start:
        return False
    return end is None or rec.end == end + timedelta(days=1)
