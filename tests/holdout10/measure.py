"""Run Fjordline Logistics through `main.py consolidate` as a coordinator in Oslo would, and score the JSON
report against the plan.  `python -m tests.holdout10.measure 1-6 [-v]`

The scoring is holdout3's (tests/holdout3/measure.py: matching, truth of the conflicts and duplicated
efforts, pair scoring, the summary) as holdout4's `score` runs it; what differs for this company is here:
the coordinator's zone (Oslo: overloads count her days), the `--tz FILE=ZONE` she gives for the sheets,
the newsletter's and the blog's names in nine languages, people joined by "og", "ja", "ve", "et", "en",
and a link a social message keeps after its text."""
from __future__ import annotations

import re
from pathlib import Path


from tests.heldout_kit import scoring as kit
from tests.holdout3 import measure as h3
from tests.holdout3.measure import Total, fold
from tests.holdout10.common import BLOG, NEWSLETTER, email
from tests.holdout10.company import COORDINATOR_ZONE, OSL, Company, make_company
from tests.holdout10.files import told_zones, write_company

CHANNEL_NAMES = {k: set(v) for k, v in h3.CHANNEL_NAMES.items()}
CHANNEL_NAMES["Newsletter"] |= {fold(x) for x in NEWSLETTER.values()}
CHANNEL_NAMES["Blog"] |= {fold(x) for x in BLOG.values()}
CHANNEL_NAMES["X"] |= {"xtwitter"}
_JOINERS = re.compile(r"\s+(?:/|&|\+|and|og|och|ja|ve|et|en|und)\s+")
_LINK = re.compile(r"\s+https?://\S+\s*$")


def run_company(company: Company, workdir: Path):
    files = write_company(company, workdir / "files")
    return h3.consolidate(files, workdir, COORDINATOR_ZONE, tuple(told_zones(company, files)))


def people_of(e) -> list[str]:
    return kit.split_people(e, _JOINERS)


def _full(name: str) -> set[str]:
    given, family = name.split(" ", 1)
    return {fold(name), fold(f"{family}, {given}")}


def _forms(name: str) -> set[str]:
    given, family = name.split(" ", 1)
    return _full(name) | {fold(email(name)), fold(email(name).split("@")[0]), fold(given)}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    return kit.found(_full(want) if full_only else _forms(want), got)


check = kit.checker(CHANNEL_NAMES, people_of, person_ok, _LINK)
measure_seed = kit.seed_measure("holdout10", make_company, run_company, OSL, check)


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=12)


if __name__ == "__main__":
    main()
