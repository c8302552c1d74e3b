"""Run Maison Soleil through `main.py consolidate` as a coordinator would, and score the JSON report
against the plan.  `python -m tests.holdout5.measure 1-6 [-v]`

The scoring is holdout3's (tests/holdout3/measure.py: matching, truth of the conflicts and duplicated
efforts, pair scoring, the summary) as holdout4 runs it; only what differs for this company is here:
the channel names a French / Spanish / Portuguese reader accepts ("Lettre d'info", "E-mailing"),
Pinterest, people written surname first ("DUPONT Marie", "García, Lucía") or as "I. Carvalho" or an
e-mail, hashtags a Meta post keeps after its text, and the company's zone (Paris)."""
from __future__ import annotations

import re
import tempfile
from datetime import datetime
from pathlib import Path

from rapidfuzz import fuzz

from tests.holdout3 import measure as h3
from tests.holdout3.measure import Total, fold
from tests.holdout4 import measure as h4
from tests.holdout5.company import COORDINATOR_ZONE, PAR, Company, make_company
from tests.holdout5.files import email, initial, last_first, upper_first, write_company

CHANNEL_NAMES = {k: set(v) for k, v in h3.CHANNEL_NAMES.items()}
CHANNEL_NAMES["Newsletter"] |= {"lettredinfo", "emailing", "lettredinformation"}
CHANNEL_NAMES["X"] |= {"xtwitter"}
CHANNEL_NAMES["Pinterest"] = {"pinterest"}
_JOINERS = re.compile(r"\s+(?:/|y|e|et|i|and|&|\+)\s+")


def run_company(company: Company, workdir: Path):
    return h3.consolidate(write_company(company, workdir / "files"), workdir, COORDINATOR_ZONE)


def people_of(e) -> list[str]:
    """The report's people ("A; B"); a reader also splits "A / B", "A y B", "A e B" and a comma between
    full names ("Marta Puig, Jordi Soler"), not the comma of "García, Lucía"."""
    out = []
    for part in (e.get("owner") or "").split(";"):
        for piece in _JOINERS.split(part):
            bits = [b.strip() for b in piece.split(",")]
            out += bits if len(bits) > 1 and all(" " in b or "@" in b for b in bits) else [piece.strip()]
    return [x for x in out if x]


def _full(name: str) -> set[str]:
    return {fold(name), fold(upper_first(name)), fold(last_first(name))}


def _forms(name: str) -> set[str]:
    parts = name.split()
    return _full(name) | {fold(x) for x in (email(name), email(name).split("@")[0], initial(name), parts[0],
                                             f"{parts[0]} {parts[-1][0]}")}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    forms = _full(want) if full_only else _forms(want)
    return any(max(fuzz.ratio(f, fold(g)) for f in forms) >= 90 for g in got)


_TAGS = re.compile(r"(\s+#\S+)+\s*$")


def _end_ok(p, e) -> bool:
    """The end the file gives, to the minute, or none where it gives none (a cost or a count is no length)."""
    if p.end is None:
        return not e.get("end")
    return bool(e.get("end")) and abs((datetime.fromisoformat(e["end"]) - p.end).total_seconds()) < 60


def check(p, e) -> list[tuple[str, str, str]]:
    """holdout3's check for the start and the title (a Meta post's trailing hashtags may stay); the end;
    the channel and the people by this company's names."""
    e2 = dict(e, title=_TAGS.sub("", e.get("title") or ""))
    bad = [b for b in h3.check(p, e2) if b[0] in ("start", "title")]
    if not p.all_day and not _end_ok(p, e):
        bad.append(("end", e.get("end") or "", p.end.isoformat() if p.end else "none"))
    if p.channel and fold(e.get("channel") or "") not in CHANNEL_NAMES[p.channel]:
        bad.append(("channel", e.get("channel") or "", p.channel))
    if p.people:
        got = people_of(e)
        if not all(person_ok(w, got) for w in p.people) or len(got) > len(p.people):
            bad.append(("people", e.get("owner") or "", "; ".join(p.people)))
        elif not all(person_ok(w, got, full_only=True) for w in p.people):
            bad.append(("people-full-name", e.get("owner") or "", "; ".join(p.people)))
    elif people_of(e):
        bad.append(("people", e.get("owner") or "", ""))
    return bad


def measure_seed(seed: int, total: Total, verbose=False):
    company = make_company(seed)
    with tempfile.TemporaryDirectory(prefix=f"holdout5-{seed}-") as tmp:
        report, files, _ = run_company(company, Path(tmp))
    return h4.score(company, report, files, total, zone=PAR, check=check)


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=10)


if __name__ == "__main__":
    main()
