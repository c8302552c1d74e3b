"""Run Maple & Wattle Media through `main.py consolidate` as a coordinator in Toronto would, and score the
JSON report against the plan.  `python -m tests.holdout12.measure 1-6 [-v]`

The scoring is holdout3's (matching, truth of conflicts and duplicated efforts, pair scoring, the summary)
as holdout4's `score` runs it; what differs for this company: the coordinator's zone (Toronto: overloads
count her days), the `--tz FILE=ZONE` she gives, the newsletter's and blog's French-Canadian names
("Infolettre", "Blogue"), people joined by "&", "and", "et", "/" or written "Family, Given", and a link a
social caption keeps after its text."""
from __future__ import annotations

import re
from pathlib import Path


from tests.heldout_kit import scoring as kit
from tests.holdout3 import measure as h3
from tests.holdout3.measure import Total, fold
from tests.holdout12.common import email
from tests.holdout12.company import COORDINATOR_ZONE, TOR, Company, make_company
from tests.holdout12.files import told_zones, write_company

CHANNEL_NAMES = {k: set(v) for k, v in h3.CHANNEL_NAMES.items()}
CHANNEL_NAMES["Newsletter"] |= {"infolettre"}
CHANNEL_NAMES["Blog"] |= {"blogue"}
_JOINERS = re.compile(r"\s+(?:/|&|\+|and|et)\s+")
_LINK = re.compile(r"\s+https?://\S+\s*$")


def run_company(company: Company, workdir: Path):
    files = write_company(company, workdir / "files")
    return h3.consolidate(files, workdir, COORDINATOR_ZONE, tuple(told_zones(company, files)))


def people_of(e) -> list[str]:
    out = []
    for part in (e.get("owner") or "").split(";"):
        for piece in _JOINERS.split(part):
            out.append(piece.strip())
    # "Family, Given" is one person; "A, B" two: a piece with one word on each side of one comma is a name turned
    res = []
    for x in out:
        bits = [b.strip() for b in x.split(",")]
        if len(bits) == 2 and all(bits) and len(bits[1].split()) == 1 and len(bits[0].split()) <= 2 \
                and "@" not in x and len(x.split()) <= 3 and not any(len(b.split()) >= 2 for b in bits[1:]):
            res.append(x)
        else:
            res += [b for b in bits if b]
    return res


def _full(name: str) -> set[str]:
    given, family = name.split(" ", 1)
    return {fold(name), fold(f"{family}, {given}")}


def _forms(name: str) -> set[str]:
    given, family = name.split(" ", 1)
    return _full(name) | {fold(email(name)), fold(email(name).split("@")[0]), fold(given)}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    return kit.found(_full(want) if full_only else _forms(want), got)


check = kit.checker(CHANNEL_NAMES, people_of, person_ok, _LINK)
measure_seed = kit.seed_measure("holdout12", make_company, run_company, TOR, check)


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=12)


if __name__ == "__main__":
    main()
