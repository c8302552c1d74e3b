"""Seeded fuzzing of every importer and exporter: records or a typed refusal, within bounds.

A few hundred mutated corpus files run here (FUZZ_INPUTS, default 200); ``make fuzz`` runs
thousands. Each input is read and exported in a worker process with a memory limit, and the
worker is killed when one input takes longer than the time bound (tests/fuzz_support.py).
"""
from __future__ import annotations

import os
import random

import pytest

from tests import fuzz_support as F

INPUTS = int(os.environ.get("FUZZ_INPUTS", "200"))


def test_mutants_are_reproducible():
    seeds = F.corpus()[:20]
    first = [(n, d) for n, d, _o in F.mutants(30, 5, seeds)]
    again = [(n, d) for n, d, _o in F.mutants(30, 5, seeds)]
    assert first == again and len({d for _n, d in first}) > 20


def test_the_corpus_runs_without_shared(tmp_path):
    seeds = F.corpus(extra=tmp_path / "nothing-here")
    kinds = {p.suffix.lower() for p in seeds}
    assert {".ics", ".csv", ".xlsx"} <= kinds


def test_zip_mutation_keeps_a_readable_zip():
    import zipfile
    from io import BytesIO

    seed = next(p for p in F.corpus() if p.suffix == ".xlsx")
    data = F._mutate_zip(seed.read_bytes(), random.Random(1))
    assert zipfile.ZipFile(BytesIO(data)).testzip() is None


@pytest.mark.skipif(os.name != "posix", reason="the watchdog uses select() on pipes and setrlimit")
def test_fuzz_every_input_ends_in_records_or_a_typed_refusal(tmp_path):
    # the bound catches hangs, not slowness: twice `make fuzz`'s, as the suite shares the machine
    summary = F.run(INPUTS, seed=int(os.environ.get("FUZZ_SEED", "16")), keep=tmp_path / "failed",
                    time_limit=float(os.environ.get("FUZZ_TIME_LIMIT", 2 * F.TIME_LIMIT)))
    report = "\n".join(summary.lines())
    assert summary.inputs == INPUTS
    assert not summary.unexpected, report
    assert not summary.crashed and not summary.memory, report
    assert not summary.slow, report
    assert summary.place_share >= 0.8, report
