"""Run Van Dijk Fietsen through `main.py consolidate` as a coordinator would, and score the JSON
report against the plan.  `python -m tests.holdout3.measure 1-10 [-v]`

An entry is read right when its start is right to the minute (the day, for all-day entries),
its title is the department's (a channel tag may be kept or dropped), its channel is the network
(LinkedIn, Instagram, X, ...), and its people are the people named (by full name; a file's own
spelling, e.g. initials, is not enough: the master calendar is read by people of other teams)."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from tests.holdout3.company import AMS, COORDINATOR_ZONE, Company, Post, make_company
from tests.holdout3.files import SPELL, email, initials, write_company

ROOT = Path(__file__).resolve().parents[2]
SLOT_MINUTES = 60
BOOKING_DEFAULT = 30
OVERLOAD_MAX = 3

CHANNEL_NAMES = {  # what a person accepts as the network's name
    "LinkedIn": {"linkedin"}, "Instagram": {"instagram"}, "Facebook": {"facebook"}, "X": {"x", "twitter", "xtwitter"},
    "TikTok": {"tiktok"}, "YouTube": {"youtube"}, "Newsletter": {"newsletter", "nieuwsbrief", "emailnewsletter", "email"},
    "Blog": {"blog", "website", "websitenieuws"}, "WhatsApp": {"whatsapp", "whatsappbusiness"},
    "Pinterest": {"pinterest"},   # none of this company's posts; holdout5's are
    "LINE": {"line", "lineoa", "lineofficialaccount"}, "Zalo": {"zalo", "zalooa"},   # holdout11's
}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum())


def words(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s).split())


@dataclass
class Miss:
    seed: int
    file: str
    dept: str
    field: str
    got: str
    want: str
    written: str


@dataclass
class Kind:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return 1.0 if d == 0 else 2 * self.tp / d

    def __iadd__(self, o):
        self.tp += o.tp
        self.fp += o.fp
        self.fn += o.fn
        return self

    def __str__(self):
        return f"F1 {self.f1:.2f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass
class Total:
    posts: int = 0
    right: int = 0
    missing: int = 0
    extra: int = 0
    wrong: list = field(default_factory=list)
    field_wrong: Counter = field(default_factory=Counter)
    dept_posts: Counter = field(default_factory=Counter)
    dept_right: Counter = field(default_factory=Counter)
    kinds: dict = field(default_factory=lambda: {k: Kind() for k in ("slot_clash", "double_booking", "overload", "duplicate")})
    decoys_flagged: int = 0
    examples: dict = field(default_factory=lambda: defaultdict(list))
    source_warnings: Counter = field(default_factory=Counter)
    field_checked: Counter = field(default_factory=Counter)
    habit_posts: Counter = field(default_factory=Counter)
    missed_read_right: Counter = field(default_factory=Counter)   # truth pairs missed though both posts were read right
    habit_right: Counter = field(default_factory=Counter)
    failed_files: list = field(default_factory=list)

    @property
    def entries_right(self) -> float:
        return 100.0 * self.right / max(1, self.posts)


# --- running the product as a user --------------------------------------------------------
def run_company(company: Company, workdir: Path) -> tuple[dict, dict, str]:
    return consolidate(write_company(company, workdir / "files"), workdir, COORDINATOR_ZONE)


def consolidate(files: dict, workdir: Path, zone: str, extra: tuple = ()) -> tuple[dict, dict, str]:
    """(the JSON report, the files, what the command printed) of `main.py consolidate` on a company's
    files in a clean environment, as a coordinator runs it (shared by the held-out companies 3, 4 and 6);
    `extra`: more options the coordinator gives (holdout6's `--tz FILE=ZONE`)."""
    report = workdir / "r.json"
    cmd = [sys.executable, str(ROOT / "main.py"), "consolidate", *map(str, files.values()),
           "--workspace", str(workdir / "w.sqlite"), "--report", str(report), "--timezone", zone,
           # the quarter the coordinator works on: series are expanded over it whatever today is
           "--from", "2026-09-28", "--to", "2026-11-29", *extra]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(workdir), "TZ": "UTC", "LANG": "C.UTF-8",
                               "XDG_DATA_HOME": str(workdir / "data"), "XDG_CONFIG_HOME": str(workdir / "cfg")})
    if not report.exists():
        raise RuntimeError(f"no report: {proc.stdout}\n{proc.stderr}")
    return json.loads(report.read_text()), files, proc.stdout


# --- matching entries to posts -----------------------------------------------------------
def _start(e) -> datetime | None:
    if not e.get("start"):
        return None
    dt = datetime.fromisoformat(e["start"])
    if dt.tzinfo is None:   # an all-day entry's day (or a floating time): the coordinator's zone
        dt = dt.replace(hour=dt.hour or 12, tzinfo=AMS)
    return dt


def _title_alts(p: Post) -> list[str]:
    alts = [p.title]
    s = p.written.get("SUMMARY", "")
    if s:
        alts.append(s.split(":", 1)[1].replace("\\,", ",").replace("\\;", ";"))
    return alts


def _title_sim(p: Post, got: str) -> float:
    return max(fuzz.ratio(words(a), words(got)) for a in _title_alts(p)) / 100


def _title_ok(p: Post, got: str) -> bool:
    """The department's title, alike to the letter (case, spacing and punctuation aside); a channel
    tag the file wrote around it ("[LI] …", "YT – …", "LinkedIn: …") may stay."""
    if _title_sim(p, got) >= 0.97:
        return True
    want, have = words(p.title), words(got)
    if want not in have:
        return False
    rest = have.replace(want, " ", 1).split()
    tags = {words(x) for spells in SPELL.values() for xs in spells.values() for x in xs}
    tags |= {words(c) for c in CHANNEL_NAMES} | {"yt", "ig", "li"}
    return " ".join(rest) in tags


def _post_instant(p: Post):
    return p.start if p.start else datetime(p.day.year, p.day.month, p.day.day, 12, tzinfo=AMS)


def match(posts: list[Post], entries: list[dict]) -> dict[int, Post]:
    """Entry id -> post, greedy by cost within one file."""
    cands = []
    for e in entries:
        es = _start(e)
        for p in posts:
            sim = _title_sim(p, e["title"])
            dh = abs((es - _post_instant(p)).total_seconds()) / 3600 if es else 48
            if sim < 0.45 and dh > 0.02:
                continue
            cost = (1 - sim) * 3 + min(dh, 72) / 24
            if p.channel and fold(e.get("channel") or "") not in CHANNEL_NAMES[p.channel]:
                cost += 0.3   # two posts alike but for their channel: pair them by it
            if p.people and not all(_person_ok(w, _people_of(e)) for w in p.people):
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


def _forms(name: str) -> set[str]:
    """The full name, and the ways the departments' files write it (their own spelling is what a
    reader of that file sees; the master shows it as the file wrote it)."""
    parts = name.split()
    return {fold(x) for x in (name, email(name), initials(name), parts[0], f"{parts[0]} {parts[-1][0]}",
                              f"{parts[0][0]} {' '.join(parts[1:])}", f"{parts[0][0]} {parts[-1]}",
                              name.replace("van den", "vd"))}


def _person_ok(want: str, got_people: list[str], full_only=False) -> bool:
    forms = {fold(want)} if full_only else _forms(want)
    return any(max(fuzz.ratio(f, fold(g)) for f in forms) >= 90 for g in got_people)


def _people_of(e) -> list[str]:
    # the report keeps several people as "A; B" (README); a reader also reads "A & B" or "A + B" as two
    text = e.get("owner") or ""
    for sep in (",", " & ", " + ", "/", " and ", " en "):
        text = text.replace(sep, ";")
    return [x.strip() for x in text.split(";") if x.strip()]


def check(p: Post, e: dict) -> list[tuple[str, str, str]]:
    bad = []
    es = _start(e)
    if p.all_day:
        if not e.get("all_day") or es is None or es.date() != p.day:
            bad.append(("start", f"{e.get('start')} all_day={e.get('all_day')}", f"{p.day} all-day"))
    else:
        if es is None or e.get("all_day") or abs((es - p.start).total_seconds()) >= 60:
            bad.append(("start", f"{e.get('start')}" + (" all-day" if e.get("all_day") else ""),
                        p.start.isoformat()))
    if not _title_ok(p, e["title"]):
        bad.append(("title", e["title"], p.title))
    if p.channel:
        if fold(e.get("channel") or "") not in CHANNEL_NAMES[p.channel]:
            bad.append(("channel", e.get("channel") or "", p.channel))
    if p.people:
        got = _people_of(e)
        if not all(_person_ok(w, got) for w in p.people) or len(got) > len(p.people):
            bad.append(("people", e.get("owner") or "", "; ".join(p.people)))
        elif not all(_person_ok(w, got, full_only=True) for w in p.people):
            bad.append(("people-full-name", e.get("owner") or "", "; ".join(p.people)))
    return bad


# --- truth of the conflicts --------------------------------------------------------------
def _live(posts):
    return [p for p in posts if p.status != "cancelled"]


def truth_conflicts(company: Company, zone=AMS):
    """`zone`: the coordinator's, whose days overloads count in (the workspace's zone)."""
    live = [p for p in _live(company.posts) if not p.all_day]
    slot, slot_care, book, book_care = set(), set(), set(), set()
    for a, b in combinations(live, 2):
        if a.channel and a.channel == b.channel and a.dept != b.dept:
            gap = abs((a.start - b.start).total_seconds()) / 60
            if gap < SLOT_MINUTES:
                slot.add(frozenset((a.pid, b.pid)))
            elif gap == SLOT_MINUTES:
                slot_care.add(frozenset((a.pid, b.pid)))
        if set(a.people) & set(b.people):
            ea = a.end or a.start + timedelta(minutes=BOOKING_DEFAULT)
            eb = b.end or b.start + timedelta(minutes=BOOKING_DEFAULT)
            if a.start < eb and b.start < ea:
                # "one person booked by two teams at once"; one team's own two posts at one moment
                # (cross-posting) are neither counted nor held against the product
                (book if a.dept != b.dept else book_care).add(frozenset((a.pid, b.pid)))
    per_day = defaultdict(set)
    for p in _live(company.posts):
        if p.channel:
            d = p.day if p.all_day else p.start.astimezone(zone).date()
            per_day[(p.channel, d)].add(p.pid)
    over = {k for k, v in per_day.items() if len(v) > OVERLOAD_MAX}
    return slot, slot_care, book, book_care, over, per_day


def truth_filler_duplicates(company: Company, days: int = 7):
    """Filler posts can meet by chance: two departments spotlighting the same dealer within the
    window is duplicated effort; two posts that only share a city, a model or a customer's first
    name (or a post about the trade fair beside the fair itself) may or may not be, so neither
    counts."""
    same, maybe = set(), set()
    posts = [p for p in company.posts if p.status != "cancelled" and not p.series]
    for a, b in combinations(posts, 2):
        if a.dept == b.dept or not (set(a.slots) & set(b.slots)):
            continue
        if abs((_post_instant(a) - _post_instant(b)).total_seconds()) > days * 86400:
            continue
        pair = frozenset((a.pid, b.pid))
        if a.family and a.family == b.family and a.slots == b.slots:
            same.add(pair)
        else:
            maybe.add(pair)
    return same, maybe


def _claimed(kind: str, a: dict, b: dict) -> bool:
    sa, sb = _start(a), _start(b)
    if sa is None or sb is None:
        return False
    if kind == "slot_clash":
        return abs((sa - sb).total_seconds()) <= SLOT_MINUTES * 60
    ea = datetime.fromisoformat(a["end"]) if a.get("end") else sa + timedelta(minutes=BOOKING_DEFAULT)
    eb = datetime.fromisoformat(b["end"]) if b.get("end") else sb + timedelta(minutes=BOOKING_DEFAULT)
    if ea.tzinfo is None or eb.tzinfo is None:
        return True
    return sa < eb and sb < ea


def score_pairs(got: set[frozenset], want: set[frozenset], dont_care=frozenset()) -> Kind:
    got = {g for g in got if g not in dont_care}
    return Kind(len(got & want), len(got - want), len(want - got))


# --- one seed ---------------------------------------------------------------------------
def measure_seed(seed: int, total: Total, verbose=False):
    company = make_company(seed)
    with tempfile.TemporaryDirectory(prefix=f"holdout3-{seed}-") as tmp:
        report, files, stdout = run_company(company, Path(tmp))
    by_file = {str(path.name): dept for dept, path in files.items()}
    posts_of = defaultdict(list)
    for p in company.posts:
        posts_of[p.dept].append(p)
    entry_post: dict[int, Post] = {}
    for src in report["sources"]:
        if src.get("errors"):
            total.failed_files.append((seed, src["file"], src["errors"][:2]))
        total.source_warnings[src["file"]] += len(src.get("warnings") or [])
    entries_by_file = defaultdict(list)
    for e in report["entries"]:
        entries_by_file[Path(e["source"]).name].append(e)
    for fname, dept in by_file.items():
        es = entries_by_file.get(fname, [])
        m = match(posts_of[dept], es)
        entry_post.update(m)
        matched = set(p.pid for p in m.values())
        for e in es:
            if e["id"] not in m:
                total.extra += 1
                total.examples["extra"].append(Miss(seed, fname, dept, "extra", f"{e['title']!r} {e['start']}",
                                                    "", e.get("ref", "")))
        for p in posts_of[dept]:
            if p.optional:
                if p.pid in matched:
                    e = next(x for x, q in m.items() if q.pid == p.pid)
                    del e
                continue
            total.posts += 1
            total.dept_posts[dept] += 1
            if p.pid not in matched:
                total.missing += 1
                total.examples["missing"].append(Miss(seed, fname, dept, "missing", "", f"{p.title!r} {p.start or p.day}",
                                                      _written(p)))
                continue
    read_right = set()
    for eid, p in entry_post.items():
        if p.optional:
            continue
        e = next(x for x in entries_by_file[files[p.dept].name] if x["id"] == eid)
        bad = check(p, e)
        ok = not [b for b in bad if b[0] != "people-full-name"]
        total.field_checked["start"] += 1
        total.field_checked["title"] += 1
        total.field_checked["channel"] += bool(p.channel)
        total.field_checked["people"] += bool(p.people)
        total.field_checked["people-full-name"] += bool(p.people)
        for k, v in company.habits[p.dept].items():
            total.habit_posts[(p.dept, k, str(v))] += 1
            total.habit_right[(p.dept, k, str(v))] += ok
        if ok:
            read_right.add(p.pid)
            total.right += 1
            total.dept_right[p.dept] += 1
        for fld, got, want in bad:
            total.field_wrong[(p.dept, fld)] += 1
            total.examples[fld].append(Miss(seed, files[p.dept].name, p.dept, fld, got, want, _written(p)))

    slot_t, slot_care, book_t, book_care, over_t, per_day = truth_conflicts(company)
    accidental, about_the_same = truth_filler_duplicates(company)
    pid_of = {eid: p.pid for eid, p in entry_post.items()}
    got = {k: set() for k in ("slot_clash", "double_booking")}
    over_g = set()
    post_by_pid = {p.pid: p for p in company.posts}
    entry_by_id = {e["id"]: e for e in report["entries"]}
    for c in report["conflicts"]:
        ids = [pid_of[i] for i in c["entries"] if i in pid_of]
        if c["kind"] in got:
            # a group is a run: the pairs it claims are those its own entries put within the rule
            eids = sorted(i for i in set(c["entries"]) if i in pid_of)
            for a, b in combinations(eids, 2):
                same_dept = entry_post[a].dept == entry_post[b].dept
                if c["kind"] == "slot_clash" and same_dept:
                    continue   # the rule is about two departments; one team's own pair is no claim either way
                if _claimed(c["kind"], entry_by_id[a], entry_by_id[b]):
                    got[c["kind"]].add(frozenset((pid_of[a], pid_of[b])))
        elif c["kind"] == "overload" and ids:
            keys = Counter()
            for pid in ids:
                p = post_by_pid[pid]
                keys[(p.channel, p.day if p.all_day else p.start.astimezone(AMS).date())] += 1
            over_g.add(keys.most_common(1)[0][0])
    ks = {"slot_clash": score_pairs(got["slot_clash"], slot_t, slot_care),
          "double_booking": score_pairs(got["double_booking"], book_t, book_care),
          "overload": Kind(len(over_g & over_t), len(over_g - over_t), len(over_t - over_g))}
    for kind, want, care in (("slot_clash", slot_t, slot_care), ("double_booking", book_t, book_care)):
        for pr in got[kind] - want - care:
            total.examples[f"{kind} extra"].append(Miss(seed, "", "", kind, _pair(pr, post_by_pid), "", ""))
        for pr in want - got[kind]:
            total.examples[f"{kind} missed"].append(Miss(seed, "", "", kind, "", _pair(pr, post_by_pid), ""))
    for k in sorted(over_t - over_g, key=str):
        total.examples["overload missed"].append(Miss(seed, "", "", "overload", "", f"{k[0]} {k[1]}: {len(per_day[k])} posts", ""))
    for k in sorted(over_g - over_t, key=str):
        total.examples["overload extra"].append(Miss(seed, "", "", "overload", f"{k[0]} {k[1]}", "", ""))

    dup_t = {frozenset(x) for g in company.dup_groups.values() for x in combinations(g, 2)
             if post_by_pid[x[0]].dept != post_by_pid[x[1]].dept}
    dup_t |= accidental
    dup_care = about_the_same
    dup_g = set()
    for g in report["duplicates"]:
        ids = sorted({pid_of[i] for i in g["entries"] if i in pid_of})
        dup_g |= {frozenset(x) for x in combinations(ids, 2) if post_by_pid[x[0]].dept != post_by_pid[x[1]].dept}
    decoys = {frozenset(x) for x in company.decoy_pairs}
    total.decoys_flagged += len(dup_g & decoys)
    ks["duplicate"] = score_pairs(dup_g, dup_t, dup_care)
    for pr in dup_g - dup_t - dup_care:
        total.examples["duplicate extra"].append(Miss(seed, "", "", "duplicate", _pair(pr, post_by_pid, titles=True),
                                                      "decoy" if pr in decoys else "", ""))
    for pr in dup_t - dup_g:
        total.examples["duplicate missed"].append(Miss(seed, "", "", "duplicate", "", _pair(pr, post_by_pid, titles=True), ""))
    for kind, want, gotten in (("slot_clash", slot_t, got["slot_clash"]), ("double_booking", book_t, got["double_booking"]),
                               ("duplicate", dup_t, dup_g)):
        total.missed_read_right[kind] += sum(1 for pr in want - gotten if pr <= read_right)
    for k, v in ks.items():
        total.kinds[k] += v
    return ks


def _written(p: Post) -> str:
    return "; ".join(f"{k}={v!r}" for k, v in p.written.items() if v not in (None, ""))


def _pair(pr, post_by_pid, titles=False) -> str:
    out = []
    for pid in sorted(pr):
        p = post_by_pid[pid]
        when = p.start.astimezone(AMS).strftime("%a %d %b %H:%M") if p.start else f"{p.day} all-day"
        out.append(f"{p.dept} {when} {p.channel} {'/'.join(p.people)}" + (f" {p.title!r}" if titles else ""))
    return "  <->  ".join(out)


def measure_with(measure_seed, seeds, verbose=False, out=print) -> Total:
    """Every seed's company through ``measure_seed`` (one held-out company's), a line of F1s per seed."""
    total = Total()
    for seed in seeds:
        ks = measure_seed(seed, total, verbose)
        out(f"seed {seed:2d}: " + ", ".join(f"{k} {v.f1:.2f}" for k, v in ks.items()))
    return total


def measure(seeds, verbose=False, out=print) -> Total:
    return measure_with(measure_seed, seeds, verbose, out)


def summary(total: Total, verbose=False, out=print, limit=6):
    out(f"entries read right: {total.entries_right:.1f} % ({total.right} of {total.posts}); "
        f"missing {total.missing}, extra {total.extra}")
    wrong = Counter()
    for (_, f), n in total.field_wrong.items():
        wrong[f] += n
    wrong["people-full-name"] += wrong["people"]
    out("  fields right among matched posts: " + ", ".join(
        f"{f} {100 * (1 - wrong[f] / max(1, n)):.1f} %" for f, n in total.field_checked.items())
        + "  (people-full-name: the full name, where the file wrote initials, a first name or an e-mail)")
    for k, v in total.kinds.items():
        extra = f"; missed with both posts read right: {total.missed_read_right[k]}" if k in total.missed_read_right else ""
        out(f"  {k:15s} {v}{extra}")
    out(f"  duplicate decoys flagged: {total.decoys_flagged}")
    out("per department (right / posts):")
    for dept in sorted(total.dept_posts):
        wrong = ", ".join(f"{f} {n}" for (d, f), n in sorted(total.field_wrong.items()) if d == dept)
        out(f"  {dept:10s} {total.dept_right[dept]:4d} / {total.dept_posts[dept]:4d}   {wrong}")
    out("per department habit (entries right among the matched posts of seeds that had it):")
    for key in sorted(total.habit_posts):
        n = total.habit_posts[key]
        out(f"  {key[0]:10s} {key[1]}={key[2]}: {100 * total.habit_right[key] / n:.0f} % of {n}")
    for seed, f, errs in total.failed_files:
        out(f"  seed {seed} refused {f}: {errs}")
    if verbose:
        for kind, misses in total.examples.items():
            out(f"\n== {kind} ({len(misses)})")
            for m in misses[:limit]:
                out(f"  seed {m.seed} {m.file} [{m.field}] got {m.got!r} want {m.want!r}"
                    + (f"\n      file: {m.written}" if m.written else ""))


def _seeds(arg: str):
    if "-" in arg:
        a, b = arg.split("-")
        return range(int(a), int(b) + 1)
    return [int(x) for x in arg.split(",")]


def main_with(measure, argv=None, seeds=range(1, 11), limit=6) -> None:
    """A held-out company's command line: `SEEDS [-v]` (SEEDS "1-6" or "1,4"; ``seeds`` without), the summary."""
    argv = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    total = measure(_seeds(argv[0]) if argv else seeds, verbose)
    summary(total, verbose, limit=limit)


def main(argv=None):
    main_with(measure, argv)


if __name__ == "__main__":
    main()


def written_twice_alike(make_company, write_company, seed: int, workdir: Path):
    """Write one seed's company twice and assert the files are the same (a workbook by its cells: it
    carries the time it was written); the first company is given back for the truth checks that follow."""
    from openpyxl import load_workbook

    a, b = make_company(seed), make_company(seed)
    fa, fb = write_company(a, workdir / "a"), write_company(b, workdir / "b")
    for dept in fa:
        if fa[dept].suffix == ".xlsx":
            wa, wb = load_workbook(fa[dept]), load_workbook(fb[dept])
            assert [[list(r) for r in ws.iter_rows(values_only=True)] for ws in wa] == \
                   [[list(r) for r in ws.iter_rows(values_only=True)] for ws in wb], dept
        elif fa[dept].suffix == ".ods":  # its meta.xml carries the second it was written
            import zipfile

            with zipfile.ZipFile(fa[dept]) as za, zipfile.ZipFile(fb[dept]) as zb:
                assert za.read("content.xml") == zb.read("content.xml"), dept
        else:
            assert fa[dept].read_bytes() == fb[dept].read_bytes(), dept
    return a
