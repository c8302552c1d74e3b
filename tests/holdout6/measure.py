"""Run Kranich Werke through `main.py consolidate` as a coordinator would, and score the JSON report
against the plan.  `python -m tests.holdout6.measure 1-6 [-v]`

The scoring is holdout3's (tests/holdout3/measure.py: the truth of the conflicts and duplicated
efforts, pair scoring, the summary, the command line run); what differs for this company is here:
titles, channels and people are compared in their own scripts (holdout3 folds to ASCII, which would
empty a Japanese title), the channels a reader in Tokyo, Shanghai or Seoul accepts (the network's
name in the file's language: 微信公众号 is WeChat, 인스타그램 is Instagram), people by the ways their
own and other offices write them ("山田　太郎", "YAMADA Taro", "Taro Yamada", "Müller, Hans",
"H. Müller"), and the `--tz` the coordinator gives for the sheets that do not name their zone.

A person's full name is any order of their given and family name, or their own script; their
family name alone, an initial and the family name, or their e-mail is the file's own spelling
(people, not people-full-name)."""
from __future__ import annotations

import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable

from rapidfuzz import fuzz

from tests.holdout3 import measure as h3
from tests.holdout4 import measure as h4
from tests.holdout3.measure import Miss, Total
from tests.holdout6.company import BER, COORDINATOR_ZONE, PERSON, Company, make_company
from tests.holdout6.files import SPELL, email, told_zones, write_company


def fold(s: str) -> str:
    """Letters and digits of any script, case and accents aside (full-width forms as their ASCII)."""
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn" and ch.isalnum()).casefold()


def words(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn").casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s).split())


CHANNEL_NAMES = {k: set(v) for k, v in h3.CHANNEL_NAMES.items()}
for dept_spells in SPELL.values():   # the network's name as the departments write it, in their language
    for canon, spells in dept_spells.items():
        CHANNEL_NAMES.setdefault(canon, {canon.lower()})
        CHANNEL_NAMES[canon] |= {fold(x) for x in spells}
CHANNEL_NAMES["X"] |= {"twitter", "xtwitter", "x旧twitter"}
CHANNEL_NAMES["Newsletter"] |= {"newsletter", "email"}
CHANNEL_NAMES["Blog"] |= {"blog", "website"}
CHANNEL_NAMES["WeChat"] |= {"wechat", "weixin"}
CHANNEL_NAMES["KakaoTalk"] |= {"kakaotalk", "kakao", "kakaotalkchannel"}
CHANNEL_NAMES["LINE"] |= {"line"}


def _channel_ok(canon: str, got: str) -> bool:
    return fold(got) in CHANNEL_NAMES[canon]


def run_company(company: Company, workdir: Path):
    files = write_company(company, workdir / "files")
    return h3.consolidate(files, workdir, COORDINATOR_ZONE, tuple(told_zones(company, files)))


# --- people ------------------------------------------------------------------------------
def people_of(e) -> list[str]:
    """The report's people: "A; B" (README); "A B, C D" is two people, "Müller, Hans" one."""
    out = []
    for part in (e.get("owner") or "").split(";"):
        pieces = [x.strip() for x in part.split(",") if x.strip()]
        if len(pieces) > 1 and all(len(x.split()) > 1 for x in pieces):
            out += pieces
        elif part.strip():
            out.append(part.strip())
    return out


def _forms(pid: str, full_only: bool) -> set[str]:
    p = PERSON[pid]
    full = {p.native, f"{p.given} {p.family}", f"{p.family} {p.given}", f"{p.family}, {p.given}"}
    if full_only:
        return {fold(x) for x in full}
    return {fold(x) for x in full | {p.family, f"{p.given[0]}. {p.family}", f"{p.family} {p.given[0]}.", email(p),
                                     p.native.split()[0] if " " in p.native else p.native[:1]}}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    forms = _forms(want, full_only)
    return any(max(fuzz.ratio(f, fold(g)) for f in forms) >= 90 for g in got)


# --- matching ----------------------------------------------------------------------------
def _title_sim(p, got: str) -> float:
    return fuzz.ratio(words(p.title), words(got)) / 100


def _title_ok(p, got: str) -> bool:
    """The department's title to the letter (case, spacing and punctuation aside); a channel tag the
    file wrote around it ("【Instagram】…", "LinkedIn – …") may stay."""
    if _title_sim(p, got) >= 0.97:
        return True
    want, have = fold(p.title), fold(got)
    if not want or want not in have:
        return False
    rest = have.replace(want, "", 1)
    return any(rest in names for names in CHANNEL_NAMES.values())


@dataclass(frozen=True)
class Rules:
    """What a company's reader accepts of a title, a channel and a person (holdout7 reads with its own)."""

    title_sim: Callable[..., float]
    title_ok: Callable[..., bool]
    channel_ok: Callable[[str, str], bool]
    person_ok: Callable[..., bool]


def match(posts, entries, rules: Rules) -> dict:
    cands = []
    for e in entries:
        es = h3._start(e)
        for p in posts:
            sim = rules.title_sim(p, e["title"])
            dh = abs((es - h3._post_instant(p)).total_seconds()) / 3600 if es else 48
            if sim < 0.45 and dh > 0.02:
                continue
            cost = (1 - sim) * 3 + min(dh, 72) / 24
            if p.channel and not rules.channel_ok(p.channel, e.get("channel") or ""):
                cost += 0.3
            if p.people and not all(rules.person_ok(w, people_of(e)) for w in p.people):
                cost += 0.1
            cands.append((cost, e["id"], p.pid, p))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    taken_e, taken_p, out = set(), set(), {}
    for _, eid, pid, p in cands:
        if eid in taken_e or pid in taken_p:
            continue
        taken_e.add(eid)
        taken_p.add(pid)
        out[eid] = p
    return out


def check(p, e, rules: Rules) -> list[tuple[str, str, str]]:
    bad = []
    es = h3._start(e)
    if p.all_day:
        if not e.get("all_day") or es is None or es.date() != p.day:
            bad.append(("start", f"{e.get('start')} all_day={e.get('all_day')}", f"{p.day} all-day"))
    elif es is None or e.get("all_day") or abs((es - p.start).total_seconds()) >= 60:
        bad.append(("start", f"{e.get('start')}" + (" all-day" if e.get("all_day") else ""), p.start.isoformat()))
    if not rules.title_ok(p, e["title"]):
        bad.append(("title", e["title"], p.title))
    if p.channel and not rules.channel_ok(p.channel, e.get("channel") or ""):
        bad.append(("channel", e.get("channel") or "", p.channel))
    if p.people:
        got = people_of(e)
        if not all(rules.person_ok(w, got) for w in p.people) or len(got) > len(p.people):
            bad.append(("people", e.get("owner") or "", "; ".join(p.people)))
        elif not all(rules.person_ok(w, got, full_only=True) for w in p.people):
            bad.append(("people-full-name", e.get("owner") or "", "; ".join(p.people)))
    return bad


def _written(p) -> str:
    return "; ".join(f"{k}={v!r}" for k, v in p.written.items() if v not in (None, ""))


def read(company, report, files, total: Total, rules: Rules):
    """Match each department's posts with its entries and count what was read right, by ``rules``."""
    posts_of = defaultdict(list)
    for p in company.posts:
        posts_of[p.dept].append(p)
    entries_of = defaultdict(list)
    for e in report["entries"]:
        entries_of[Path(e["source"]).name].append(e)
    for src in report["sources"]:
        if src.get("errors"):
            total.failed_files.append((company.seed, src["file"], src["errors"][:2]))
        total.source_warnings[src["file"]] += len(src.get("warnings") or [])
    entry_post, read_right = {}, set()
    for dept, path in files.items():
        es = entries_of.get(path.name, [])
        m = match(posts_of[dept], es, rules)
        entry_post.update(m)
        by_id = {e["id"]: e for e in es}
        for e in es:
            if e["id"] not in m:
                total.extra += 1
                total.examples["extra"].append(Miss(company.seed, path.name, dept, "extra",
                                                    f"{e['title']!r} {e['start']}", "", e.get("ref", "")))
        matched = {p.pid: eid for eid, p in m.items()}
        for p in posts_of[dept]:
            if p.optional:
                continue
            total.posts += 1
            total.dept_posts[dept] += 1
            if p.pid not in matched:
                total.missing += 1
                total.examples["missing"].append(Miss(company.seed, path.name, dept, "missing", "",
                                                      f"{p.title!r} {p.start or p.day}", _written(p)))
                continue
            bad = check(p, by_id[matched[p.pid]], rules)
            ok = all(b[0] == "people-full-name" for b in bad)
            for f in ("start", "title"):
                total.field_checked[f] += 1
            total.field_checked["channel"] += bool(p.channel)
            total.field_checked["people"] += bool(p.people)
            total.field_checked["people-full-name"] += bool(p.people)
            for k, v in company.habits[dept].items():
                total.habit_posts[(dept, k, str(v))] += 1
                total.habit_right[(dept, k, str(v))] += ok
            if ok:
                read_right.add(p.pid)
                total.right += 1
                total.dept_right[dept] += 1
            for fld, got, want in bad:
                total.field_wrong[(dept, fld)] += 1
                total.examples[fld].append(Miss(company.seed, path.name, dept, fld, got, want, _written(p)))
    return entry_post, read_right


RULES = Rules(_title_sim, _title_ok, _channel_ok, person_ok)


def measure_seed(seed: int, total: Total, verbose=False):
    company = make_company(seed)
    with tempfile.TemporaryDirectory(prefix=f"holdout6-{seed}-") as tmp:
        report, files, _ = run_company(company, Path(tmp))
    return h4.score(company, report, files, total, zone=BER, read=partial(read, rules=RULES))


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=12)


if __name__ == "__main__":
    main()
