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

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

from tests.holdout3 import measure as h3
from tests.holdout3.measure import Miss, Total, summary
from tests.holdout4 import measure as h4
from tests.holdout6.measure import fold, people_of, words
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


def match(posts, entries) -> dict:
    cands = []
    for e in entries:
        es = h3._start(e)
        for p in posts:
            sim = _title_sim(p, e["title"])
            dh = abs((es - h3._post_instant(p)).total_seconds()) / 3600 if es else 48
            if sim < 0.45 and dh > 0.02:
                continue
            cost = (1 - sim) * 3 + min(dh, 72) / 24
            if p.channel and not _channel_ok(p.channel, e.get("channel") or ""):
                cost += 0.3
            if p.people and not all(person_ok(w, people_of(e)) for w in p.people):
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


def check(p, e) -> list[tuple[str, str, str]]:
    bad = []
    es = h3._start(e)
    if p.all_day:
        if not e.get("all_day") or es is None or es.date() != p.day:
            bad.append(("start", f"{e.get('start')} all_day={e.get('all_day')}", f"{p.day} all-day"))
    elif es is None or e.get("all_day") or abs((es - p.start).total_seconds()) >= 60:
        bad.append(("start", f"{e.get('start')}" + (" all-day" if e.get("all_day") else ""), p.start.isoformat()))
    if not _title_ok(p, e["title"]):
        bad.append(("title", e["title"], p.title))
    if p.channel and not _channel_ok(p.channel, e.get("channel") or ""):
        bad.append(("channel", e.get("channel") or "", p.channel))
    if p.people:
        got = people_of(e)
        if not all(person_ok(w, got) for w in p.people) or len(got) > len(p.people):
            bad.append(("people", e.get("owner") or "", "; ".join(p.people)))
        elif not all(person_ok(w, got, full_only=True) for w in p.people):
            bad.append(("people-full-name", e.get("owner") or "", "; ".join(p.people)))
    return bad


def _written(p) -> str:
    return "; ".join(f"{k}={v!r}" for k, v in p.written.items() if v not in (None, ""))


def _read(company, report, files, total: Total):
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
        m = match(posts_of[dept], es)
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
            bad = check(p, by_id[matched[p.pid]])
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


def measure_seed(seed: int, total: Total, verbose=False):
    company = make_company(seed)
    with tempfile.TemporaryDirectory(prefix=f"holdout7-{seed}-") as tmp:
        report, files, _ = run_company(company, Path(tmp))
    return h4.score(company, report, files, total, zone=WAW, read=_read)


def measure(seeds, verbose=False, out=print) -> Total:
    total = Total()
    for seed in seeds:
        ks = measure_seed(seed, total, verbose)
        out(f"seed {seed:2d}: " + ", ".join(f"{k} {v.f1:.2f}" for k, v in ks.items()))
    return total


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    seeds = h3._seeds(argv[0]) if argv else range(1, 7)
    total = measure(seeds, verbose)
    summary(total, verbose, limit=12)


if __name__ == "__main__":
    main()
