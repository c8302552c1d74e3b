"""Golden tests: a fifth set of real public schedule files, tests/fixtures/realworld5.

Mostly what departments send: content, editorial and social-media calendars (English, Spanish,
French, Portuguese, German, Norwegian), with course plans, event lists and a workshop programme.
Same manner as test_sheets_realworld4.py: MANIFEST.tsv says what a person expects from each file
(a count, or that it cannot be placed on a calendar), EXPECTED.jsonl holds entries checked by hand
against the file itself (with the UTC offset when the file says its zone). Files the reader cannot
yet read right are strict xfails naming what is missing.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.errors import NotACalendar, UnmappableSheet
from tests.realworld_support import Golden

FOLDER = Path(__file__).resolve().parent / "fixtures" / "realworld5"

# Not placeable: a person would refuse them too.
REFUSED = {
    "NuclioDG-blog-calendar-publish-date-empty-es.csv": NotACalendar,  # the publish-date column is empty
    "Razue-zitadelle-programm-day-numbers-stages-de.csv": UnmappableSheet,  # day numbers, no date anywhere
    "k-cross-restaurant-rota-weekdays-only.csv": UnmappableSheet,  # weekdays only, the week nowhere
    "radiolaisla-programacion-weekdays-es.csv": UnmappableSheet,  # a weekly programme by weekday names
}

# Where the count differs from the MANIFEST's leading number, with the reason.
COUNT: dict[str, int] = {}

# Rows a person also leaves out, each named in a warning.
NAMED_SKIPS = {
    "TarunShaji-blog-calendar-week-blocks-dmy.csv": 4,  # four planned posts without a publish date
    "pcastellani-literarisches-jahr-termine-day-00-ch.csv": 1,  # '2026-10-00': a month, no day
    "Unicesumar-calendario-academico-ranges-pt.csv": 2,  # two routines without dates
}

# Files whose year is written nowhere in them: received on this day, the next occurrence.
WRITTEN = {
    "farejador961-cronograma-week-ranges-no-year-pt.csv": date(2026, 4, 1),
}

ALL = frozenset({"count", "samples"})

# Not read right yet, with why and what is wrong: "count", "samples" (every sample) or single
# sample rows. Strict both ways: what is named must fail, what is not named must pass.
NOT_YET: dict[str, tuple[str, frozenset]] = {
    "farejador961-cronograma-week-ranges-no-year-pt.csv": (
        "the weeks are dated right, but named by their study blocks ('Teoria; Exercícios', the same most "
        "weeks) instead of the modules or the week's name ('1 e 2', 'Prova')", frozenset({"samples"})),
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


def test_posts_written_with_escaped_line_breaks_are_titled_by_their_first_line(tmp_path):
    # the sample check asks for the title's words only, which the whole text has too: this asks for the line
    result = GOLDEN.read("tabyjang-threads-schedule-escaped-newlines-ko.csv", tmp_path)
    assert [r.title for r in result.records][:3] == ["🎄 12월 24일 화요일", "💡 크리스마스 사주 특집", "🎯 크리스마스 사주 퀴즈!"]
