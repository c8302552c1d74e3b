"""Run Grupo Aurora Pacífico through `main.py consolidate` as a coordinator in Mexico City would, and score
the JSON report against the plan.  `python -m tests.holdout9.measure 1-6 [-v]`

The scoring is holdout3's truth and pair scoring as holdout4's `score` runs it, with holdout6's reading of
titles, channels and people in their own scripts (h6.read, given this company's Rules); what differs here:
the coordinator's zone (Mexico City: overloads count her days), the `--tz FILE=ZONE` she gives for the sheets
that do not name their zone, the channel names these offices write (微信公众号 is WeChat, カカオ… is KakaoTalk,
"Facebook 粉絲專頁" is Facebook, "Aurora Brasil (Instagram)" is Instagram), and people as the offices write
them. A person's full name is their own ("María Fernanda López García", "佐藤 花子") or, for an Asian name,
its Latin letters in either order; "María López", "Mafer López", the family name alone or the e-mail are
the file's own spelling (people, not people-full-name). A message's trailing #hashtags may stay in the
title; emoji are no letters."""
from __future__ import annotations

import re
import tempfile
from functools import partial
from pathlib import Path

from rapidfuzz import fuzz

from tests.holdout3 import measure as h3
from tests.holdout3.measure import Total
from tests.holdout4 import measure as h4
from tests.holdout6 import measure as h6
from tests.holdout6.measure import fold, words
from tests.holdout9.company import COORDINATOR_ZONE, MEX, PERSON, Company, make_company
from tests.holdout9.files import SPELL, email, told_zones, write_company

CHANNEL_NAMES = {k: set(v) for k, v in h6.CHANNEL_NAMES.items()}
for dept_spells in SPELL.values():
    for canon, spells in dept_spells.items():
        CHANNEL_NAMES.setdefault(canon, {canon.lower()})
        CHANNEL_NAMES[canon] |= {fold(x) for x in spells} | {fold(canon)}
CHANNEL_NAMES["Newsletter"] |= {"boletin", "boletín", "newsletter", "email"}
CHANNEL_NAMES["Xiaohongshu"] |= {"xiaohongshu", "rednote", "red"}
CHANNEL_NAMES["Douyin"] |= {"douyin", "tiktok"}
CHANNEL_NAMES["Blog"] |= {"naverblog", "naver"}
CHANNEL_NAMES["LINE"] |= {"lineofficialaccount", "line"}


def _channel_ok(canon: str, got: str) -> bool:
    return fold(got) in CHANNEL_NAMES[canon]


def run_company(company: Company, workdir: Path):
    files = write_company(company, workdir / "files")
    return h3.consolidate(files, workdir, COORDINATOR_ZONE, tuple(told_zones(company, files)))


def _full(name: str) -> set[str]:
    p = PERSON[name]
    out = {p.native, p.native.replace(" ", "")}
    if p.kind in ("ja", "ko", "zh", "tw"):
        out |= {f"{p.given} {p.family}", f"{p.family} {p.given}", f"{p.family}, {p.given}"}
    return {fold(x) for x in out}


def _forms(name: str) -> set[str]:
    p = PERSON[name]
    extra = {p.common, p.western, p.family, email(name), email(name).split("@")[0], p.given}
    if p.short:
        extra.add(p.short)
    return _full(name) | {fold(x) for x in extra}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    forms = _full(want) if full_only else _forms(want)
    return any(max(fuzz.ratio(f, fold(g)) for f in forms) >= 90 for g in got)


_TAGS = re.compile(r"(\s+[#@]\S+)+\s*$")


def _title_sim(p, got: str) -> float:
    return fuzz.ratio(words(p.title), words(_TAGS.sub("", got or ""))) / 100


def _title_ok(p, got: str) -> bool:
    """The department's title to the letter (case, spacing, punctuation and emoji aside; trailing #hashtags
    may stay); a channel tag the file wrote around it ("Instagram: …") may stay."""
    got = _TAGS.sub("", got or "")
    if _title_sim(p, got) >= 0.97:
        return True
    want, have = fold(p.title), fold(got)
    if not want or want not in have:
        return False
    rest = have.replace(want, "", 1)
    return any(rest in names for names in CHANNEL_NAMES.values())


RULES = h6.Rules(_title_sim, _title_ok, _channel_ok, person_ok)


def measure_seed(seed: int, total: Total, verbose=False):
    company = make_company(seed)
    with tempfile.TemporaryDirectory(prefix=f"holdout9-{seed}-") as tmp:
        report, files, _ = run_company(company, Path(tmp))
    return h4.score(company, report, files, total, zone=MEX, read=partial(h6.read, rules=RULES))


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=12)


if __name__ == "__main__":
    main()
