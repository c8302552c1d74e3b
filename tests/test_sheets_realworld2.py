"""Golden tests: a second set of real public calendar-like files, tests/fixtures/realworld2.

Same manner as test_sheets_realworld.py: MANIFEST.tsv says what a person expects from each
file (a count, or that it is not a calendar), EXPECTED.jsonl holds entries checked by hand
against the file itself. Each file gives that count or a typed refusal with a sentence
saying why, and every sample entry is found with its title words, start and end.
Files the reader cannot yet read right are strict xfails naming what is missing.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.errors import ImporterError, JudgedNotACalendar, UnmappableSheet
from tests.realworld_support import expected, expected_count, manifest, matches, named_skips, read_as_received

FOLDER = Path(__file__).resolve().parent / "fixtures" / "realworld2"

# Not calendars: a person would refuse them too.
REFUSED = {
    "Ani404-weather-log.csv": JudgedNotACalendar,  # a daily observation series
    "Ahemmetter-haushaltsbuch-ledger.csv": JudgedNotACalendar,  # account, amount, category by date
    "Dewantara765-epl-rounds-no-dates.csv": UnmappableSheet,  # round numbers, no date at all
}

# Where the count differs from the MANIFEST's leading number, with the reason.
COUNT: dict[str, int] = {}

# Rows a person also leaves out, each named in a warning.
NAMED_SKIPS = {"ky9club-calendario-es.csv": 1,  # "NO MOVER", a note under 5 April without a date
               "jonathanbossenger-hockey-fixtures-h-ranges.csv": 2}  # two empty slots (only venue and time)

# Files whose year is written nowhere in them: received on this day, the next occurrence.
WRITTEN = {
    "ky9club-calendario-es.csv": date(2023, 3, 1),
    "usmonmahmudov-editorial-calendar-uz.csv": date(2025, 12, 1),
    "BrunaLab-syllabus-day-month.csv": date(2025, 8, 1),
}

# Not read right yet (strict: a fix that reads them makes these fail until removed).
NOT_YET = {
    "KhaledNabli-spielplan-sections.csv": "a headerless table whose dates are section rows ('Sonntag, 28.08.2011'): "
                                          "the header search takes a match row as the header and reads from there; "
                                          "the referee and venue lines under each match and the byes ('SPIELFREI') "
                                          "would need folding and leaving out; no layout reads that yet",
}


MANIFEST = manifest(FOLDER)
SAMPLES = expected(FOLDER)


def _read(name: str, tmp_path: Path):
    return read_as_received(FOLDER, name, tmp_path, WRITTEN)


def _not_yet(name: str):
    if name in NOT_YET:
        pytest.xfail(NOT_YET[name])


@pytest.mark.parametrize("row", MANIFEST, ids=[r["file"] for r in MANIFEST])
def test_file_gives_the_expected_count_or_a_reasoned_refusal(row, tmp_path):
    name = row["file"]
    if name in REFUSED:
        with pytest.raises(ImporterError) as err:
            _read(name, tmp_path)
        assert isinstance(err.value, REFUSED[name]), err.value
        assert len(err.value.reason.split()) >= 8, err.value.reason
        return
    try:
        result = _read(name, tmp_path)
        right = len(result.records) == expected_count(row, COUNT)
        right = right and result.skipped == NAMED_SKIPS.get(name, 0) == named_skips(result, name)
    except ImporterError:
        right = False
    if not right:
        _not_yet(name)
    assert right, name
    assert name not in NOT_YET, f"{name} is read right now: take it off NOT_YET"


@pytest.mark.parametrize("sample", SAMPLES, ids=[f"{s['file']}:{s['row']}" for s in SAMPLES])
def test_sample_entry_is_found(sample, tmp_path):
    name = sample["file"]
    try:
        found = any(matches(rec, sample) for rec in _read(name, tmp_path).records)
    except ImporterError:
        found = False
    if not found:
        _not_yet(name)
    assert found, sample
    assert name not in NOT_YET, f"{name} is read right now: take it off NOT_YET"


def test_manifest_and_samples_name_the_same_files():
    files = {p.name for p in FOLDER.iterdir() if p.name not in ("MANIFEST.tsv", "EXPECTED.jsonl")}
    assert {r["file"] for r in MANIFEST} == files
    assert {s["file"] for s in SAMPLES} <= files - set(REFUSED)
