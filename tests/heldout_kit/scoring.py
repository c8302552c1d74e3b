"""What the held-out companies' measures share: the people of a report's entry, a person found by any form
their name takes, holdout3's check of the start and the title with the channel and the people judged by the
company's own names, and one seed's run and score. Each company gives its joiners, its names' forms, the tail
a title may keep and its coordinator's zone."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Callable

from rapidfuzz import fuzz

from tests.holdout3 import measure as h3
from tests.holdout3.measure import fold
from tests.holdout4 import measure as h4


def split_people(e, joiners: re.Pattern) -> list[str]:
    """The report's people ("A; B"); a reader also splits on the company's joiners ("A / B", "A & B") and commas."""
    out = []
    for part in (e.get("owner") or "").split(";"):
        for piece in joiners.split(part):
            out += [b.strip() for b in piece.split(",")]
    return [x for x in out if x]


def found(forms: set[str], got: list[str]) -> bool:
    """A person is among ``got`` when one of their name's forms is (90 % alike, folded)."""
    return any(max(fuzz.ratio(f, fold(g)) for f in forms) >= 90 for g in got)


def checker(channel_names: dict, people_of: Callable, person_ok: Callable, tail: re.Pattern) -> Callable:
    """holdout3's check for the start and the title (``tail``: what a title may keep after its text, e.g. a
    link); the channel and the people by this company's names."""
    def check(p, e) -> list[tuple[str, str, str]]:
        e2 = dict(e, title=tail.sub("", e.get("title") or ""))
        bad = [b for b in h3.check(p, e2) if b[0] in ("start", "title")]
        if p.channel and fold(e.get("channel") or "") not in channel_names[p.channel]:
            bad.append(("channel", e.get("channel") or "", p.channel))
        if p.people:
            got = people_of(e)
            if not all(person_ok(w, got) for w in p.people) or len(got) > len(p.people):
                bad.append(("people", e.get("owner") or "", "; ".join(p.people)))
            elif not all(person_ok(w, got, full_only=True) for w in p.people):
                bad.append(("people-full-name", e.get("owner") or "", "; ".join(p.people)))
        return bad

    return check


def seed_measure(name: str, make_company: Callable, run_company: Callable, zone, check: Callable) -> Callable:
    """One seed: the company planned, written and consolidated in a temporary folder, then scored."""
    def measure_seed(seed: int, total: h3.Total, verbose=False):
        company = make_company(seed)
        with tempfile.TemporaryDirectory(prefix=f"{name}-{seed}-") as tmp:
            report, files, _ = run_company(company, Path(tmp))
        return h4.score(company, report, files, total, zone=zone, check=check)

    return measure_seed
