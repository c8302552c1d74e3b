"""Golden tests: a third set of real public schedule files, tests/fixtures/realworld3.

Same manner as test_sheets_realworld2.py: MANIFEST.tsv says what a person expects from each
file (a count, or that it cannot be placed on a calendar), EXPECTED.jsonl holds entries checked
by hand against the file itself (with the UTC offset when the file writes one). Each file gives
that count or a typed refusal with a sentence saying why, and every sample entry is found with
its title words, start and end. Files the reader cannot yet read right are strict xfails naming
what is missing.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from importers.errors import UnmappableSheet
from tests.realworld_support import Golden

FOLDER = Path(__file__).resolve().parent / "fixtures" / "realworld3"

# Not placeable or not calendars: a person would refuse them too.
REFUSED = {
    "Globis-hcd2025-times-only-ja.csv": UnmappableSheet,  # times of one day, the day written nowhere
    "drewcydrew-indigo-radio-weekly.csv": UnmappableSheet,  # a weekly grid by weekday name, no dates
    "koksbango-shift-definitions.csv": UnmappableSheet,  # shift types with their hours, no dates
}

# Where the count differs from the MANIFEST's leading number, with the reason.
COUNT: dict[str, int] = {}

# Rows a person also leaves out, each named in a warning.
NAMED_SKIPS: dict[str, int] = {}

# Files whose year is written nowhere in them: received on this day, the next occurrence.
WRITTEN: dict = {}

# Not read right yet (strict: a fix that reads them makes these fail until removed).
ALL = frozenset({"count", "samples"})

# Not read right yet, with why and what is wrong: "count", "samples" (every sample) or single
# sample rows. Strict both ways: what is named must fail, what is not named must pass.
NOT_YET: dict[str, tuple[str, frozenset]] = {}


GOLDEN = Golden(FOLDER, REFUSED, COUNT, NAMED_SKIPS, WRITTEN, NOT_YET)


@pytest.mark.parametrize("row", GOLDEN.manifest, ids=[r["file"] for r in GOLDEN.manifest])
def test_file_gives_the_expected_count_or_a_reasoned_refusal(row, tmp_path):
    GOLDEN.check_count(row, tmp_path)


@pytest.mark.parametrize("sample", GOLDEN.samples,
                         ids=[f"{s['file']}:{s['row']}:{s['title'][:20]}" for s in GOLDEN.samples])
def test_sample_entry_is_found(sample, tmp_path):
    GOLDEN.check_sample(sample, tmp_path)


def test_manifest_and_samples_name_the_same_files():
    GOLDEN.check_names()
