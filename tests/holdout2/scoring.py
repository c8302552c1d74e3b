"""Score what Masthead made of Harbour & Vine's files against the plan.

Each planned post is matched to at most one entry read from its department's file (by
title likeness and time); a post is *right* when its title, start, end, all-day flag,
channel and owner came through. Slot clashes and double bookings are scored as the product
promises them: every pair of posts that conflict by the rule must lie inside one conflict (a
pair that does not is a miss), and every member of a conflict must conflict with another
member (one that does not is a false alarm). Duplicate groups are compared as pairs of posts
inside one group, overloads as (channel, day); F1 of each.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from zoneinfo import ZoneInfo

from .company import COORDINATOR_ZONE, Company, Post
from .truth import Truth

KINDS = ("slot_clash", "double_booking", "overload", "duplicate")
DUP_SHOWN = 3  # duplicate pairs shown per seed (raise it to study them all)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fn_read: int = 0  # missed although every post of the pair (or day) was read right

    def add(self, truth: set, found: set) -> None:
        self.tp += len(truth & found)
        self.fp += len(found - truth)
        self.fn += len(truth - found)

    @property
    def f1(self) -> float:
        if not (self.tp + self.fp + self.fn):
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class Score:
    posts: int = 0
    right: int = 0
    missing: int = 0
    extra: int = 0
    wrong: Counter = field(default_factory=Counter)  # field -> posts read with it wrong
    by_dept: Counter = field(default_factory=Counter)  # dept -> wrong or missing posts
    dept_posts: Counter = field(default_factory=Counter)
    kinds: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    examples: list[str] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})

    @property
    def entries_right(self) -> float:
        return 100.0 * self.right / self.posts if self.posts else 100.0

    def merge(self, other: "Score") -> None:
        self.posts += other.posts
        self.right += other.right
        self.missing += other.missing
        self.extra += other.extra
        self.wrong.update(other.wrong)
        self.by_dept.update(other.by_dept)
        self.dept_posts.update(other.dept_posts)
        for k in KINDS:
            mine, theirs = self.kinds[k], other.kinds[k]
            mine.tp, mine.fp, mine.fn = mine.tp + theirs.tp, mine.fp + theirs.fp, mine.fn + theirs.fn
            mine.fn_read += theirs.fn_read
            self.misses[k] += other.misses[k]
        self.examples += other.examples


def _similar(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if a == b:
        return 1.0
    if a and b and (a in b or b in a):
        return 0.9
    return difflib.SequenceMatcher(None, a, b).ratio()


def _same_time(post: Post, entry) -> bool:
    if post.all_day:
        return bool(entry.all_day) and _entry_day(entry) == post.start.date()
    return not entry.all_day and entry.start == post.start


def _entry_day(entry) -> date:
    if entry.all_day:
        return entry.start.date() if entry.start.tzinfo is None else entry.start.astimezone(
            ZoneInfo(COORDINATOR_ZONE)).date()
    return entry.start.astimezone(ZoneInfo(COORDINATOR_ZONE)).date()


def match(posts: list[Post], entries: list) -> dict[str, object]:
    """post id -> the entry read for it (greedy on title likeness, then time)."""
    scored = []
    for p in posts:
        for e in entries:
            sim = _similar(p.title, e.title)
            same = _same_time(p, e)
            near = abs((e.start - p.start).total_seconds()) <= 3 * 86400
            if sim >= 0.75 and (near or same) or (same and sim >= 0.35):
                scored.append((sim + (1.0 if same else 0.0), p.pid, id(e), e))
    scored.sort(key=lambda x: -x[0])
    out, used = {}, set()
    for _, pid, eid, e in scored:
        if pid in out or eid in used:
            continue
        out[pid] = e
        used.add(eid)
    return out


def _owner_right(post: Post, entry) -> bool:
    if post.person is None:
        return not (entry.owner or "").strip()
    if post.also is not None:  # both named, however the field joins them
        written = _norm(entry.owner_raw or entry.owner)
        return all(any(_norm(w) in written for w in p.spellings()) for p in post.people)
    ways = {_norm(s) for s in post.person.spellings()}
    return _norm(entry.owner) in ways or _norm(entry.owner_raw) in ways


def _wrong_fields(post: Post, entry) -> list[str]:
    wrong = []
    if _norm(entry.title) != _norm(post.title):
        wrong.append("title")
    if not _same_time(post, entry):
        wrong.append("start")
    elif not post.all_day and post.end is not None and entry.end != post.end:
        wrong.append("end")
    if (entry.channel or "") != (post.channel or ""):
        wrong.append("channel")
    if not _owner_right(post, entry):
        wrong.append("owner")
    return wrong


def _pairs(groups, pid_of: dict[int, str]) -> set[frozenset[str]]:
    out = set()
    for ids in groups:
        mapped = sorted({pid_of[i] for i in ids if i in pid_of})
        out |= {frozenset(p) for p in combinations(mapped, 2)}
    return out


def score(company: Company, truth: Truth, result, file_of: dict[str, str], keep_examples: int = 0) -> Score:
    """``file_of``: department key -> the file name its entries carry as source_name."""
    s = Score()
    by_file: dict[str, list] = {}
    for e in result.entries:
        by_file.setdefault(e.source_name, []).append(e)
    pid_of: dict[int, str] = {}
    read_right: set[str] = set()
    posts_by_pid = {p.pid: p for p in company.posts}
    for dept, name in file_of.items():
        posts = [p for p in company.posts if p.dept == dept]
        entries = by_file.get(name, [])
        found = match(posts, entries)
        s.extra += len(entries) - len(found)
        for p in posts:
            e = found.get(p.pid)
            if e is not None:
                pid_of[e.id] = p.pid
            if p.cancelled:
                continue
            s.posts += 1
            s.dept_posts[dept] += 1
            if e is None:
                s.missing += 1
                s.by_dept[dept] += 1
                s.wrong["missing"] += 1
                if len(s.examples) < keep_examples:
                    s.examples.append(f"{dept}: missing {p.title!r} {p.start:%a %d %b %H:%M %Z}")
                continue
            wrong = _wrong_fields(p, e)
            if wrong:
                s.by_dept[dept] += 1
                s.wrong.update(wrong)
                if len(s.examples) < keep_examples:
                    s.examples.append(
                        f"{dept}: {','.join(wrong)}: planned {p.title!r} {p.start:%a %d %b %H:%M %Z} "
                        f"ch={p.channel} who={p.person.full if p.person else ''}; read {e.title!r} "
                        f"{e.start.astimezone(p.start.tzinfo):%a %d %b %H:%M} end={e.end} ch={e.channel!r} "
                        f"who={e.owner!r} (raw {e.owner_raw!r}, ch raw {e.channel_raw!r})")
            else:
                s.right += 1
                read_right.add(p.pid)
    conflicts = result.conflicts
    for kind in ("slot_clash", "double_booking"):
        groups = [c.entry_ids for c in conflicts if c.kind == kind]
        together = _pairs(groups, pid_of)
        want = getattr(truth, kind)
        counts = s.kinds[kind]
        counts.tp += len(want & together)
        missed = want - together
        counts.fn += len(missed)
        read_missed = [pair for pair in missed if pair <= read_right]
        counts.fn_read += len(read_missed)
        for pair in sorted(read_missed, key=sorted)[:3]:
            a, b = (posts_by_pid[x] for x in sorted(pair))
            s.misses[kind].append(f"missed {a.dept}:{a.title!r} {a.start:%d %b %H:%M %Z} ~ "
                                  f"{b.dept}:{b.title!r} {b.start:%d %b %H:%M %Z}")
        for ids in groups:  # a member that conflicts with no other member is a false alarm
            members = {pid_of[i] for i in ids if i in pid_of}
            for x in sorted(members):
                if not any(frozenset((x, y)) in want for y in members if y != x):
                    counts.fp += 1
                    if len(s.misses[kind]) < 40:
                        p = posts_by_pid[x]
                        s.misses[kind].append(f"false {p.dept}:{p.title!r} {p.start:%d %b %H:%M %Z} {p.note} in "
                                              + ", ".join(f"{posts_by_pid[y].dept} {posts_by_pid[y].start:%H:%M %Z}"
                                                          for y in sorted(members) if y != x))
    by_id = {e.id: e for e in result.entries}
    overloads = set()
    for c in conflicts:
        if c.kind != "overload":
            continue
        first = by_id.get(c.entry_ids[0])
        if first is not None:
            overloads.add((first.channel, _entry_day(first)))
    s.kinds["overload"].add(truth.overload, overloads)
    for key in sorted(truth.overload ^ overloads, key=str)[:3]:
        s.misses["overload"].append(("missed " if key in truth.overload else "false ") + f"{key[0]} {key[1]}")
    dup_pairs = _pairs([g.entry_ids for g in result.duplicates], pid_of)
    s.kinds["duplicate"].add(truth.duplicate, dup_pairs)
    s.kinds["duplicate"].fn_read += sum(1 for pair in truth.duplicate - dup_pairs if pair <= read_right)
    for pair in sorted(truth.duplicate ^ dup_pairs, key=sorted)[:DUP_SHOWN]:
        a, b = (posts_by_pid[x] for x in sorted(pair))
        s.misses["duplicate"].append(("missed " if pair in truth.duplicate else "false ")
                                     + f"{a.dept}:{a.title!r} {a.start:%d %b} ~ {b.dept}:{b.title!r} {b.start:%d %b}")
    return s
