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
from datetime import date, datetime, timedelta, timezone
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


class Golden:
    """One folder's golden checks (test_sheets_realworld3.py and 4): the files a person refuses too
    (name -> error type), counts other than the MANIFEST's, rows a person also leaves out, the day
    files without a year were received, and what is not read right yet (name -> (why, parts), the
    parts "count", "samples" or sample rows; strict both ways)."""

    def __init__(self, folder: Path, refused: dict, count: dict, named_skips: dict, written: dict,
                 not_yet: dict):
        self.folder, self.refused, self.count = folder, refused, count
        self.named_skips, self.written, self.not_yet = named_skips, written, not_yet
        self.manifest, self.samples = manifest(folder), expected(folder)

    def read(self, name: str, tmp_path: Path):
        return read_as_received(self.folder, name, tmp_path, self.written)

    def _known_wrong(self, name: str, part: str) -> bool:
        parts = self.not_yet.get(name, ("", frozenset()))[1]
        return part in parts or (part != "count" and "samples" in parts)

    def _check(self, name: str, part: str, right: bool, what) -> None:
        import pytest

        if not right and self._known_wrong(name, part):
            pytest.xfail(self.not_yet[name][0])
        assert right, what
        assert not self._known_wrong(name, part), f"{name} ({part}) is read right now: take it off NOT_YET"

    def check_count(self, row: dict, tmp_path: Path) -> None:
        """The file gives the expected count, or the typed refusal with a sentence saying why."""
        import pytest

        from importers.errors import ImporterError

        name = row["file"]
        if name in self.refused:
            with pytest.raises(ImporterError) as err:
                self.read(name, tmp_path)
            assert isinstance(err.value, self.refused[name]), err.value
            assert len(err.value.reason.split()) >= 8, err.value.reason
            return
        try:
            result = self.read(name, tmp_path)
            right = len(result.records) == expected_count(row, self.count)
            right = right and result.skipped == self.named_skips.get(name, 0) == named_skips(result, name)
        except ImporterError:
            right = False
        self._check(name, "count", right, name)

    def check_sample(self, sample: dict, tmp_path: Path) -> None:
        """The hand-checked entry is among the records, with the UTC offset the file writes for it."""
        from importers.errors import ImporterError

        name = sample["file"]
        offset = None
        if "offset" in sample:
            offset = datetime.strptime(sample["offset"].replace(":", ""), "%z").tzinfo or timezone.utc
        try:
            found = any(matches(rec, sample, offset) for rec in self.read(name, tmp_path).records)
        except ImporterError:
            found = False
        self._check(name, sample["row"], found, sample)

    def check_names(self) -> None:
        files = {p.name for p in self.folder.iterdir() if p.name not in ("MANIFEST.tsv", "EXPECTED.jsonl")}
        assert {r["file"] for r in self.manifest} == files
        assert {s["file"] for s in self.samples} <= files - set(self.refused)
