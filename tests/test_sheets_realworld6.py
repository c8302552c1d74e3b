"""Golden tests: a sixth set of real public schedule files, tests/fixtures/realworld6.

Rotas and programmes in languages and date habits the first five sets lack: a Turkish training
plan, an Indonesian activity list, Czech and Finnish timetables, a Dutch date-dimension table,
Brazilian church and crew rosters, a symposium dated '30th January 2026', a course agenda dated
'27-Sep' without a year, and programmes that give times of day only. Same manner as
test_sheets_realworld5.py: MANIFEST.tsv says what a person expects from each file (a count, or
that it cannot be placed on a calendar), EXPECTED.jsonl holds entries checked by hand against the
file itself. Files the reader cannot yet read right are strict xfails naming what is missing.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.errors import NotACalendar, UnmappableSheet
from tests.realworld_support import Golden

FOLDER = Path(__file__).resolve().parent / "fixtures" / "realworld6"

# Not placeable: a person would refuse them too.
REFUSED = {
    "Baffalou-rozvrh-weekday-timetable-cs.csv": UnmappableSheet,  # weekdays only, no date
    "Bereketzenebe-noc-oncall-contacts-no-dates.csv": UnmappableSheet,  # a contact list
    "EEKE2020-program-headerless-times-only.csv": UnmappableSheet,  # times of day, the day nowhere
    "hamedghorbani13-wlf-vienna-times-only-multilingual.csv": UnmappableSheet,  # times of day only
    "korpiq-kosmolympialaiset-aikataulu-times-grid-fi.csv": UnmappableSheet,  # times of day only
    "roytje88-kalender-date-dimension-nl.csv": NotACalendar,  # a date-dimension lookup table
    "snlab-summerschool-weekday-grid-no-month.csv": UnmappableSheet,  # 'Monday 8*': no month, no year
}

# Where the count differs from the MANIFEST's leading number, with the reason.
COUNT: dict[str, int] = {}

# Rows a person also leaves out, each named in a warning.
NAMED_SKIPS: dict[str, int] = {}

# Files whose year is written nowhere in them: received on this day, the next occurrence.
WRITTEN = {
    "crd150-agenda-day-month-abbrev-no-year.csv": date(2026, 9, 1),
    "fabio45556-escala-igreja-ragged-rows-no-year-pt.csv": date(2026, 7, 1),
}

# Not read right yet, with why and what is wrong: "count", "samples" (every sample) or single
# sample rows. Strict both ways: what is named must fail, what is not named must pass.
NOT_YET: dict[str, tuple[str, frozenset]] = {
    "anatomyos-oncall-doctors-shifts.csv": (
        "the doctor ('Dr. John Doe') is read as the title and the shift ('Night Shift') is lost: two rows "
        "are too few to tell the names of the people from the names of the shifts", frozenset({"samples"})),
    "fabio45556-escala-igreja-ragged-rows-no-year-pt.csv": (
        "titled by the leader ('Dirigente') instead of the service (' Culto'), and the two short rows "
        "(date, leader, service in 3 cells of 5) put the service under 'Som'", frozenset({"line 3", "line 4"})),
}


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
