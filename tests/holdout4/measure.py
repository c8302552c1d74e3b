"""Run Nordlys Radio & TV through `main.py consolidate` as a coordinator would, and score the JSON
report against the plan.  `python -m tests.holdout4.measure 1-6 [-v]`

The scoring is holdout3's (tests/holdout3/measure.py: matching, truth of the conflicts and duplicated
efforts, pair scoring, the summary); only what differs for this company is here: the channel names a
Nordic reader accepts (Nyhetsbrev, Nyhedsbrev, Webb, Nettside), people joined by "og" / "och", the
company's e-mail domain, and its zone."""
from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from functools import partial

from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from tests.holdout3 import measure as h3
from tests.holdout3.measure import Kind, Miss, Total, fold, score_pairs
from tests.holdout4.company import COORDINATOR_ZONE, STO, Company, make_company
from tests.holdout4.files import email, username, write_company

CHANNEL_NAMES = {k: set(v) for k, v in h3.CHANNEL_NAMES.items()}
CHANNEL_NAMES["Newsletter"] |= {"nyhetsbrev", "nyhedsbrev"}
CHANNEL_NAMES["Blog"] |= {"webb", "web", "nettside", "nettsak"}
CHANNEL_NAMES["X"] |= {"xtwitter"}


def run_company(company: Company, workdir: Path):
    return h3.consolidate(write_company(company, workdir / "files"), workdir, COORDINATOR_ZONE)


def people_of(e) -> list[str]:
    text = e.get("owner") or ""
    for sep in (",", " & ", " + ", "/", " and ", " og ", " och ", " ja "):
        text = text.replace(sep, ";")
    return [x.strip() for x in text.split(";") if x.strip()]


def _forms(name: str) -> set[str]:
    parts = name.split()
    return {fold(x) for x in (name, email(name), username(name), parts[0], f"{parts[0]} {parts[-1][0]}")}


def person_ok(want: str, got: list[str], full_only=False) -> bool:
    forms = {fold(want)} if full_only else _forms(want)
    return any(max(fuzz.ratio(f, fold(g)) for f in forms) >= 90 for g in got)


def check(p, e) -> list[tuple[str, str, str]]:
    """holdout3's check for the start and the title; the channel and the people by this company's names."""
    bad = [b for b in h3.check(p, e) if b[0] in ("start", "title")]
    if p.channel and fold(e.get("channel") or "") not in CHANNEL_NAMES[p.channel]:
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


def _read(company, report, files, total: Total, check=check):
    """Match each file's entries to its department's posts; count right, missing, extra and the fields."""
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
        m = h3.match(posts_of[dept], es)
        entry_post.update(m)
        by_id = {e["id"]: e for e in es}
        for e in es:
            if e["id"] not in m:
                total.extra += 1
                total.examples["extra"].append(Miss(company.seed, path.name, dept, "extra", f"{e['title']!r} {e['start']}", "", ""))
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
    with tempfile.TemporaryDirectory(prefix=f"holdout4-{seed}-") as tmp:
        report, files, _ = run_company(company, Path(tmp))
    return score(company, report, files, total)


def score(company, report, files, total: Total, zone=STO, check=check, read=None):
    """Score one seed's report against its company: entries, conflicts and duplicated efforts (shared
    by the held-out companies 4 and 5; `zone` is the coordinator's, whose days overloads count in)."""
    seed = company.seed
    entry_post, read_right = (read or partial(_read, check=check))(company, report, files, total)
    pid_of = {eid: p.pid for eid, p in entry_post.items()}
    post = {p.pid: p for p in company.posts}
    entry = {e["id"]: e for e in report["entries"]}

    slot_t, slot_care, book_t, book_care, over_t, per_day = h3.truth_conflicts(company, zone)
    got = {"slot_clash": set(), "double_booking": set()}
    over_g = set()
    for c in report["conflicts"]:
        eids = sorted(i for i in set(c["entries"]) if i in pid_of)
        if c["kind"] in got:
            for a, b in combinations(eids, 2):
                if c["kind"] == "slot_clash" and entry_post[a].dept == entry_post[b].dept:
                    continue
                if h3._claimed(c["kind"], entry[a], entry[b]):
                    got[c["kind"]].add(frozenset((pid_of[a], pid_of[b])))
        elif c["kind"] == "overload" and eids:
            keys = Counter((post[pid_of[i]].channel, post[pid_of[i]].day if post[pid_of[i]].all_day
                            else post[pid_of[i]].start.astimezone(zone).date()) for i in eids)
            over_g.add(keys.most_common(1)[0][0])
    ks = {"slot_clash": score_pairs(got["slot_clash"], slot_t, slot_care),
          "double_booking": score_pairs(got["double_booking"], book_t, book_care),
          "overload": Kind(len(over_g & over_t), len(over_g - over_t), len(over_t - over_g))}
    for kind, want, care in (("slot_clash", slot_t, slot_care), ("double_booking", book_t, book_care)):
        for pr in got[kind] - want - care:
            total.examples[f"{kind} extra"].append(Miss(seed, "", "", kind, h3._pair(pr, post), "", ""))
        for pr in want - got[kind]:
            total.examples[f"{kind} missed"].append(Miss(seed, "", "", kind, "", h3._pair(pr, post), ""))
    for k in sorted(over_t ^ over_g, key=str):
        total.examples["overload " + ("missed" if k in over_t else "extra")].append(
            Miss(seed, "", "", "overload", "", f"{k[0]} {k[1]}: {len(per_day.get(k, ()))} posts", ""))

    accidental, maybe = h3.truth_filler_duplicates(company)
    dup_t = {frozenset(x) for g in company.dup_groups.values() for x in combinations(g, 2)
             if post[x[0]].dept != post[x[1]].dept} | accidental
    dup_g = set()
    for g in report["duplicates"]:
        ids = sorted({pid_of[i] for i in g["entries"] if i in pid_of})
        dup_g |= {frozenset(x) for x in combinations(ids, 2) if post[x[0]].dept != post[x[1]].dept}
    decoys = {frozenset(x) for x in company.decoy_pairs}
    total.decoys_flagged += len(dup_g & decoys)
    maybe -= dup_t   # a campaign's posts share their product with filler posts about it: those may be alike
    ks["duplicate"] = score_pairs(dup_g, dup_t, maybe)
    for pr in dup_g - dup_t - maybe:
        total.examples["duplicate extra"].append(Miss(seed, "", "", "duplicate", h3._pair(pr, post, titles=True),
                                                      "decoy" if pr in decoys else "", ""))
    for pr in dup_t - dup_g:
        total.examples["duplicate missed"].append(Miss(seed, "", "", "duplicate", "", h3._pair(pr, post, titles=True), ""))
    for kind, want, gotten in (("slot_clash", slot_t, got["slot_clash"]), ("double_booking", book_t, got["double_booking"]),
                               ("duplicate", dup_t, dup_g)):
        total.missed_read_right[kind] += sum(1 for pr in want - gotten if pr <= read_right)
    for k, v in ks.items():
        total.kinds[k] += v
    return ks


def measure(seeds, verbose=False, out=print) -> Total:
    return h3.measure_with(measure_seed, seeds, verbose, out)


def main(argv=None):
    h3.main_with(measure, argv, seeds=range(1, 7), limit=10)


if __name__ == "__main__":
    main()


