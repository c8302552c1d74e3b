"""Every file of shared/corpus/ics imports or is refused with a message; counts match recurring-ical-events."""
from __future__ import annotations

from pathlib import Path

import pytest

from ics_reference import our_counts, reference_counts
from importers import ImporterError, ImportOptions, read_file

ROOT = Path(__file__).resolve().parent.parent


def _corpus() -> Path | None:
    for parent in [ROOT.parent, *ROOT.parents]:
        if (parent / "shared" / "corpus" / "ics").is_dir():
            return parent / "shared" / "corpus" / "ics"
    return None


CORPUS = _corpus()
FILES = sorted(CORPUS.rglob("*.ics")) if CORPUS else []
IDS = [f"{p.parent.name}/{p.name}" for p in FILES]

# Files we read differently from recurring-ical-events (r-i-e), each with its reason.
JUSTIFIED = {
    "ical4j/13-MoonPhase.ics": "truncated file: icalendar finds no calendar, so r-i-e sees 0; we import the 41 "
                               "complete events and warn about the cut one",
    "ical4j/friday13-NOT.ics": "EXRULE (every Friday the 13th) is applied by us; r-i-e ignores EXRULE and keeps "
                               "the Friday-the-13th occurrences (2000-2010: 522 vs 505, the 17 Friday-the-13ths)",
    "khal/event_rrule_recuid_cancelled.ics": "an occurrence overridden with STATUS:CANCELLED is dropped by us; "
                                             "r-i-e returns it (with its CANCELLED status)",
    "recurring-ical-events/issue_75_range_parameter.ics": "RRULE UNTIL is a DATE on a timed series (invalid in "
                                                          "RFC 5545): we read it as the whole UNTIL day, so the "
                                                          "occurrence on that day is kept; r-i-e cuts at its "
                                                          "midnight",
}
# Not a calendar: refused with a reason
REFUSED = {"allenporter-ical/empty.ics", "icalendar/Index_Error.ics", "libical/issue339.ics"}


def _skip_without_corpus():
    if not FILES:
        pytest.skip("shared/corpus/ics not available")


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_corpus_file_imports_or_is_refused(path):
    key = f"{path.parent.name}/{path.name}"
    try:
        result = read_file(path, ImportOptions())
    except ImporterError as err:
        assert key in REFUSED, f"unexpected refusal: {err}"
        assert path.name in str(err) and err.reason
        return
    assert key not in REFUSED
    assert "internal error" not in " ".join(result.warnings)
    for w in result.warnings:
        assert path.name in w
    for rec in result.records:
        assert rec.source_ref and rec.location.startswith("line ")
        if not rec.all_day:
            assert rec.start.tzinfo is not None and rec.start.utcoffset() is not None


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_occurrence_counts_match_recurring_ical_events(path):
    key = f"{path.parent.name}/{path.name}"
    if key in REFUSED:
        pytest.skip("not a calendar")
    ref = reference_counts(path)
    if ref is None:
        pytest.skip("recurring-ical-events cannot expand this file")
    ours = our_counts(path)
    if key in JUSTIFIED:
        assert ours != ref, f"listed as different but now equal: remove it from JUSTIFIED ({JUSTIFIED[key]})"
    else:
        assert ours == ref


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_corpus_file_reads_the_same_with_components_reversed(path, tmp_path):
    from datetime import datetime, timezone

    from ics_helpers import options, reversed_copy, rows
    from importers import ics

    window = (datetime(2000, 1, 1, tzinfo=timezone.utc), datetime(2030, 1, 1, tzinfo=timezone.utc))
    try:
        first = ics.read(path, options(window=window))
    except ImporterError:
        return
    again = ics.read(reversed_copy(path, tmp_path), options(window=window))
    assert rows(again) == rows(first)
