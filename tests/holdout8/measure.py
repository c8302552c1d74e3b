"""Run Halcyon Audio through `main.py consolidate` as a coordinator in New York would, and score the JSON
report against the plan.  `python -m tests.holdout8.measure 1-6 [-v]`

The scoring is holdout3's (tests/holdout3/measure.py: matching, truth of the conflicts and duplicated
efforts, pair scoring, the summary) as holdout4's `score` runs it; what differs for this company is here:
the coordinator's zone (New York: overloads count her days), the `--tz FILE=ZONE` she gives for the
sheets that do not say their zone, the channel names an English reader accepts ("Email newsletter",
"X (Twitter)"), people as colleagues write them ("Jen Park" for Jennifer Park, "jpark@halcyon.example")
and the trailing #hashtags and @handles a social message keeps after its text (emoji are no letters)."""
from __future__ import annotations

import re
from pathlib import Path


from tests.heldout_kit import scoring as kit
from tests.holdout3 import measure as h3
from tests.holdout3.measure import Total, fold
from tests.holdout8.company import COORDINATOR_ZONE, NYC, PERSON, Company, make_company
from tests.holdout8.files import email, told_zones, write_company

CHANNEL_NAMES = {k: set(v) for k, v in h3.CHANNEL_NAMES.items()}
CHANNEL_NAMES["Newsletter"] |= {"enewsletter", "emailnewsletter"}
CHANNEL_NAMES["X"] |= {"xtwitter"}
CHANNEL_NAMES["WhatsApp"] |= {"whatsappchannel"}
_JOINERS = re.compile(r"\s+(?:/|&|\+|and)\s+")


def run_company(company: Company, workdir: Path):
    files = write_company(company, workdir / "files")
    return h3.consolidate(files, workdir, COORDINATOR_ZONE, tuple(told_zones(company, files)))


def people_of(e) -> list[str]:
    """The report's people ("A; B"); a reader also splits "A / B", "A & B" and commas."""
    return kit.split_people(e, _JOINERS)


def _full(name: str) -> set[str]:
    p = PERSON[name]
    return {fold(name), fold(f"{p.family}, {p.given}")}


def _forms(name: str) -> set[str]:
    p = PERSON[name]
    return _full(name) | {fold(x) for x in (p.nick, email(name), email(name).split("@")[0], p.given, p.short,
                                             f"{p.given}.{p.family}", f"{p.given} {p.family[0]}")}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    return kit.found(_full(want) if full_only else _forms(want), got)


_TAGS = re.compile(r"(\s+[#@]\S+)+\s*$")


check = kit.checker(CHANNEL_NAMES, people_of, person_ok, _TAGS)
measure_seed = kit.seed_measure("holdout8", make_company, run_company, NYC, check)


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=12)


if __name__ == "__main__":
    main()
