"""Run Sokół Group through `main.py consolidate` as a coordinator would, and score the JSON report
against the plan.  `python -m tests.holdout7.measure 1-6 [-v]`

The scoring is holdout3's (tests/holdout3/measure.py: the truth of the conflicts and duplicated
efforts, pair scoring, the summary, the command line run) as holdout4's `score` runs it; what differs
for this company is here: titles, channels and people are compared in their own scripts (Cyrillic,
Greek, Arabic, Hebrew, Devanagari: holdout3 folds to ASCII, which would empty them; holdout6's `fold`
and `words` keep every script), the networks as the departments name them in their languages and
tools ("Інстаграм", "سناب شات", "Instagram Business", "LinkedIn Live"), people by the ways the files
write them, and the `--tz` the coordinator gives for the sheets that do not name their zone.

A person's full name is their own spelling or their given and family name in Latin letters (either
order); an e-mail is the file's own spelling (people, not people-full-name)."""
from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

from rapidfuzz import fuzz

from tests.holdout3 import measure as h3
from tests.holdout3.measure import Total
from tests.holdout4 import measure as h4
from tests.holdout6 import measure as h6
from tests.holdout6.measure import fold, words
from tests.holdout7.company import COORDINATOR_ZONE, PERSON, WAW, Company, make_company
from tests.holdout7.files import SPELL, email, told_zones, write_company

CHANNEL_NAMES = {k: set(v) for k, v in h3.CHANNEL_NAMES.items()}
for dept_spells in SPELL.values():   # the network's name as the departments write it
    for canon, spells in dept_spells.items():
        CHANNEL_NAMES.setdefault(canon, {fold(canon)})
        CHANNEL_NAMES[canon] |= {fold(x) for x in spells}
CHANNEL_NAMES["X"] |= {"twitter", "xtwitter"}
CHANNEL_NAMES["Telegram"] |= {"telegram"}
CHANNEL_NAMES["Snapchat"] |= {"snapchat"}
CHANNEL_NAMES["TikTok"] |= {"tiktok"}


def _channel_ok(canon: str, got: str) -> bool:
    return fold(got) in CHANNEL_NAMES[canon]


def run_company(company: Company, workdir: Path):
    files = write_company(company, workdir / "files")
    return h3.consolidate(files, workdir, COORDINATOR_ZONE, tuple(told_zones(company, files)))


# --- people ------------------------------------------------------------------------------
def _forms(pid: str, full_only: bool) -> set[str]:
    p = PERSON[pid]
    full = {p.native, f"{p.given} {p.family}", f"{p.family} {p.given}", f"{p.family}, {p.given}"}
    if full_only:
        return {fold(x) for x in full}
    return {fold(x) for x in full | {email(p), email(p).split("@")[0]}}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    forms = _forms(want, full_only)
    return any(max(fuzz.ratio(f, fold(g)) for f in forms) >= 90 for g in got)


# --- matching ----------------------------------------------------------------------------
def _title_sim(p, got: str) -> float:
    return fuzz.ratio(words(p.title), words(got)) / 100


def _title_ok(p, got: str) -> bool:
    """The department's title to the letter (case, spacing, punctuation and direction marks aside)."""
    return _title_sim(p, got) >= 0.97


RULES = h6.Rules(_title_sim, _title_ok, _channel_ok, person_ok)  # holdout6's reading, with this company's checks


def measure_seed(seed: int, total: Total, verbose=False):
    company = make_company(seed)
    with tempfile.TemporaryDirectory(prefix=f"holdout7-{seed}-") as tmp:
        report, files, _ = run_company(company, Path(tmp))
    return h4.score(company, report, files, total, zone=WAW, read=partial(h6.read, rules=RULES))


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=12)


if __name__ == "__main__":
    main()
