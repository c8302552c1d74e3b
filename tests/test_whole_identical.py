"""The whole job gives the same results as before it was made fast: the entries, conflicts,
duplicate groups and sources of the report, and every field of the stored entries, on a
bench-like calendar (10 % weekly series), two department calendars, Northwind and the ICS
corpus. The digests in ``fixtures/whole/digests.json`` were made by the code before the
change (``python -m tests.whole_digest --write`` regenerates them, on purpose only)."""
from __future__ import annotations

import json

import pytest

from tests.whole_digest import FIXTURE, cases, run_case

EXPECTED = json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_whole_job_results_are_unchanged(case, tmp_path, shared_dir):
    files = cases(tmp_path, shared_dir)[case]
    (tmp_path / case).mkdir()
    got = run_case(files, tmp_path / case)
    want = EXPECTED[case]
    assert got["summary"] == want["summary"]
    assert {k: got[k] for k in want} == want
