"""Score a `consolidate` JSON report against a held-out company's truth.

Entries are matched to the truth per file (title, date, time and row), then each matched
entry is checked for its date, start and end, title, channel and department. Conflicts and
duplicate groups become pairs of truth entries: a slot clash group yields its pairs of two
departments whose starts (as the report gives them) lie within the rule; a double booking
group the pairs whose spans overlap; a duplicate group all its pairs of two departments.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from difflib import SequenceMatcher
from zoneinfo import ZoneInfo

from tests.holdout import pools
from tests.holdout.company import CLASH_MINUTES, DEFAULT_MINUTES, Company, pair

FIELDS = ("date", "time", "title", "channel", "department")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9()]+", "", text)


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").casefold()).split())


@dataclass
class Score:
    entries: int = 0
    right: int = 0
    missing: int = 0
    extra: int = 0
    wrong: dict = field(default_factory=lambda: {f: 0 for f in FIELDS})
    counts: dict = field(default_factory=lambda: {k: [0, 0, 0] for k in ("slot_clash", "double_booking",
                                                                         "duplicate")})  # tp, fp, fn
    decoys_flagged: dict = field(default_factory=lambda: {k: 0 for k in ("slot_clash", "double_booking",
                                                                         "duplicate")})
    misses: list = field(default_factory=list)   # (entry id, field, truth, read)
    pair_misses: list = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.entries += other.entries
        self.right += other.right
        self.missing += other.missing
        self.extra += other.extra
        for f in FIELDS:
            self.wrong[f] += other.wrong[f]
        for k in self.counts:
            for i in range(3):
                self.counts[k][i] += other.counts[k][i]
            self.decoys_flagged[k] += other.decoys_flagged[k]
        self.misses += other.misses
        self.pair_misses += other.pair_misses

    def f1(self, kind: str) -> float:
        tp, fp, fn = self.counts[kind]
        if tp + fp + fn == 0:
            return 1.0
        return 2 * tp / (2 * tp + fp + fn)

    @property
    def read_right(self) -> float:
        return self.right / self.entries if self.entries else 1.0


def _local(text: str | None, zone: str) -> datetime | None:
    if not text:
        return None
    stamp = datetime.fromisoformat(text)
    if stamp.tzinfo is None:
        return stamp
    return stamp.astimezone(ZoneInfo(zone))


def _title_ok(truth: str, read: str) -> bool:
    return _words(truth) == _words(read)


def _department_ok(truth: str, read: str) -> bool:
    t, r = fold(truth), fold(read)
    return bool(t) and bool(r) and (t in r or r in t and len(r) >= 3)


def _channel_ok(truth: str | None, read: str) -> bool:
    if truth is None:
        return not read
    return fold(read) in pools.NETWORK_NAMES[truth]


def _checks(company: Company, t, r: dict) -> dict:
    dept = company.departments[t.dept]
    start = _local(r["start"], dept.zone)
    end = _local(r.get("end"), dept.zone)
    ok = {}
    if t.start is None:
        ok["date"] = start is not None and start.date() == t.day
        ok["time"] = bool(r.get("all_day"))
    else:
        ok["date"] = start is not None and start.date() == t.day
        good_start = start is not None and not r.get("all_day") and start.time() == t.start
        if t.end is None:
            good_end = end is None or end == start or (start and end - start == timedelta(minutes=DEFAULT_MINUTES))
        else:
            good_end = end is not None and end.time().replace(second=0) == t.end
        ok["time"] = bool(good_start and good_end)
    ok["title"] = _title_ok(t.title, r["title"])
    ok["channel"] = _channel_ok(t.channel, r.get("channel") or "")
    ok["department"] = _department_ok(dept.name, r.get("department") or "")
    return ok


def _similarity(company: Company, t, r: dict) -> float:
    dept = company.departments[t.dept]
    start = _local(r["start"], dept.zone)
    s = 3 * SequenceMatcher(None, _words(t.title), _words(r["title"])).ratio()
    if start is not None and start.date() == t.day:
        s += 2
    elif start is not None and abs((start.date() - t.day).days) <= 40:
        s += 0.5
    if start is not None and t.start is not None and start.time() == t.start:
        s += 1
    return s


def match(company: Company, report: dict) -> dict:
    """Truth entry id -> report entry (dict), matched per file by best similarity."""
    by_file: dict = {}
    for r in report["entries"]:
        by_file.setdefault(r["source"], []).append(r)
    result = {}
    for dept in company.departments:
        reads = [r for src, rs in by_file.items() if src == dept.file or src.startswith(dept.file)
                 for r in rs]
        truths = [e for e in company.entries if e.dept == dept.index]
        pairs = sorted(((_similarity(company, t, r), t.id, i) for t in truths for i, r in enumerate(reads)),
                       reverse=True)
        taken_t, taken_r = set(), set()
        for s, tid, i in pairs:
            if s < 1.8 or tid in taken_t or i in taken_r:
                continue
            taken_t.add(tid)
            taken_r.add(i)
            result[tid] = reads[i]
    return result


def _report_span(r: dict) -> tuple[datetime, datetime] | None:
    if r.get("all_day") or not r.get("start"):
        return None
    start = datetime.fromisoformat(r["start"])
    end = datetime.fromisoformat(r["end"]) if r.get("end") else start + timedelta(minutes=DEFAULT_MINUTES)
    return start, end


def _predicted(report: dict, back: dict) -> dict:
    by_id = {r["id"]: r for r in report["entries"]}
    out = {"slot_clash": set(), "double_booking": set(), "duplicate": set()}

    def key(rid):
        return back.get(rid, f"x{rid}")

    for c in report["conflicts"]:
        kind = c["kind"]
        if kind not in out:
            continue
        members = [by_id[i] for i in c["entries"] if i in by_id]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                sa, sb = _report_span(a), _report_span(b)
                if sa is None or sb is None:
                    continue
                if kind == "slot_clash":
                    if a["department"] == b["department"]:
                        continue
                    if abs((sa[0] - sb[0]).total_seconds()) > CLASH_MINUTES * 60:
                        continue
                elif not (sa[0] < sb[1] and sb[0] < sa[1]):
                    continue
                out[kind].add(pair(key(a["id"]), key(b["id"])))
    for g in report.get("duplicates", []):
        members = [by_id[i] for i in g["entries"] if i in by_id]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a["department"] != b["department"]:
                    out["duplicate"].add(pair(key(a["id"]), key(b["id"])))
    return out


def score(company: Company, report: dict) -> Score:
    result = Score()
    matched = match(company, report)
    result.extra = len(report["entries"]) - len(matched)
    for t in company.entries:
        result.entries += 1
        r = matched.get(t.id)
        if r is None:
            result.missing += 1
            for f in FIELDS:
                result.wrong[f] += 1
            result.misses.append((company.seed, t.id, "missing", t.title, t.day.isoformat(),
                                  company.departments[t.dept].file))
            continue
        ok = _checks(company, t, r)
        if all(ok.values()):
            result.right += 1
        for f, good in ok.items():
            if not good:
                result.wrong[f] += 1
                result.misses.append((company.seed, t.id, f, _truth_field(company, t, f), _read_field(r, f),
                                      company.departments[t.dept].file))
    back = {r["id"]: tid for tid, r in matched.items()}
    predicted = _predicted(report, back)
    truths = {"slot_clash": company.clash_pairs, "double_booking": company.booking_pairs,
              "duplicate": company.duplicate_pairs}
    for kind, truth in truths.items():
        got = predicted[kind]
        tp, fp, fn = len(got & truth), len(got - truth), len(truth - got)
        result.counts[kind] = [tp, fp, fn]
        result.decoys_flagged[kind] = len(got & company.decoys.get(kind, set()))
        for p in sorted(truth - got):
            result.pair_misses.append((company.seed, kind, "missed", p))
        for p in sorted(got - truth):
            result.pair_misses.append((company.seed, kind, "false", p))
    return result


def _truth_field(company: Company, t, f: str) -> str:
    if f == "date":
        return t.day.isoformat()
    if f == "time":
        return f"{t.start}-{t.end}" if t.start else "all day"
    if f == "title":
        return t.title
    if f == "channel":
        return t.channel or ""
    return company.departments[t.dept].name


def _read_field(r: dict, f: str) -> str:
    if f in ("date", "time"):
        return f"{r['start']} .. {r.get('end')} all_day={r.get('all_day')}"
    return str(r.get({"title": "title", "channel": "channel", "department": "department"}[f]))


def run_dates(company: Company) -> tuple[date, date]:
    days = [e.day for e in company.entries]
    return min(days), max(days)
