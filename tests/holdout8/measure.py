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
import tempfile
from pathlib import Path

from rapidfuzz import fuzz

from tests.holdout3 import measure as h3
from tests.holdout3.measure import Total, fold
from tests.holdout4 import measure as h4
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
    out = []
    for part in (e.get("owner") or "").split(";"):
        for piece in _JOINERS.split(part):
            out += [b.strip() for b in piece.split(",")]
    return [x for x in out if x]


def _full(name: str) -> set[str]:
    p = PERSON[name]
    return {fold(name), fold(f"{p.family}, {p.given}")}


def _forms(name: str) -> set[str]:
    p = PERSON[name]
    return _full(name) | {fold(x) for x in (p.nick, email(name), email(name).split("@")[0], p.given, p.short,
                                             f"{p.given}.{p.family}", f"{p.given} {p.family[0]}")}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    forms = _full(want) if full_only else _forms(want)
    return any(max(fuzz.ratio(f, fold(g)) for f in forms) >= 90 for g in got)


_TAGS = re.compile(r"(\s+[#@]\S+)+\s*$")


def check(p, e) -> list[tuple[str, str, str]]:
    """holdout3's check for the start and the title (a message's trailing #hashtags and @handles may stay);
    the channel and the people by this company's names."""
    e2 = dict(e, title=_TAGS.sub("", e.get("title") or ""))
    bad = [b for b in h3.check(p, e2) if b[0] in ("start", "title")]
    if p.channel and fold(e.get("channel") or "") not in CHANNEL_NAMES[p.channel]:
        bad.append(("channel", e.get("channel") or "", p.channel))
    if p.people:
        got = people_of(e)
        if not all(person_ok(w, got) for w in p.people) or len(got) > len(p.people):
            bad.append(("people", e.get("owner") or "", "; ".join(p.people)))
        elif not all(person_ok(w, got, full_only=True) for w in p.people):
            bad.append(("people-full-name", e.get("owner") or "", "; ".join(p.people)))
    return bad


def measure_seed(seed: int, total: Total, verbose=False):
    company = make_company(seed)
    with tempfile.TemporaryDirectory(prefix=f"holdout8-{seed}-") as tmp:
        report, files, _ = run_company(company, Path(tmp))
    return h4.score(company, report, files, total, zone=NYC, check=check)


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=12)


if __name__ == "__main__":
    main()
