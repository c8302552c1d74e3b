"""Build Entry objects straight from northwind's truth.json and score results against it.

Until the importers land, the analysis is measured on the entries the truth says
an importer should produce.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path

from calendar_core.model import Entry


def load_truth(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def entries_from_truth(truth: dict) -> tuple[list[Entry], dict[int, str]]:
    """Entries (ids 1..n) and a map id -> truth key."""
    files = sorted({e["file"] for e in truth["entries"]})
    source_ids = {name: i + 1 for i, name in enumerate(files)}
    entries, keys = [], {}
    for n, item in enumerate(truth["entries"], 1):
        file, ref = item["key"].split("|", 1)
        parts = ref.split("|")
        series = parts[0] if len(parts) > 1 else None
        start = _utc(item["start"])
        end = _utc(item["end"]) if item.get("end_explicit") else None
        if item.get("all_day"):
            day = datetime.fromisoformat(item["date"]).replace(tzinfo=timezone.utc)
            start = day
            end = _utc(item["end"]) if item.get("end") else None
            if end is None or end <= start:
                from datetime import timedelta

                end = day + timedelta(days=1)
        entries.append(Entry(
            id=n,
            source_id=source_ids[file],
            source_ref=ref,
            title=item["title"],
            start=start,
            end=end,
            all_day=bool(item.get("all_day")),
            timezone=item.get("timezone"),
            department=item["department"],
            channel=item["channel"],
            channel_raw=item.get("channel_raw", ""),
            owner=item["owner"],
            status=item.get("status", ""),
            campaign=item.get("campaign", ""),
            series_key=series,
            source_name=file,
        ))
        keys[n] = item["key"]
    return entries, keys


def pairs_of(groups) -> set[frozenset]:
    out = set()
    for group in groups:
        for a, b in combinations(sorted(set(group)), 2):
            out.add(frozenset((a, b)))
    return out


def prf(found: set, truth: set) -> tuple[float, float, float]:
    tp = len(found & truth)
    p = tp / len(found) if found else (1.0 if not truth else 0.0)
    r = tp / len(truth) if truth else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(result, keys: dict[int, str], truth: dict) -> dict[str, tuple[float, float, float]]:
    """Precision, recall, F1 per kind; plus the decoy pairs reported."""
    by_kind: dict[str, list[list[str]]] = {}
    for c in result.conflicts:
        by_kind.setdefault(c.kind, []).append([keys[i] for i in c.entry_ids])
    out = {}
    for kind, name in (("slot_clash", "slot_clashes"), ("double_booking", "double_bookings")):
        out[kind] = prf(pairs_of(by_kind.get(kind, [])), pairs_of(truth[name]))
    # An overload is keyed "overload:<channel key>:<day>"; compare (channel, day).
    found_cd = set()
    for c in result.conflicts:
        if c.kind == "overload":
            _, ch, day = c.key.split(":", 2)
            found_cd.add((ch, day))
    want_cd = {(o["channel"].casefold(), o["date"]) for o in truth["overloads"]}
    out["overload"] = prf(found_cd, want_cd)
    dup_groups = [[keys[i] for i in g.entry_ids] for g in result.duplicates]
    found_pairs = pairs_of(dup_groups)
    out["duplicate"] = prf(found_pairs, pairs_of(truth["duplicate_groups"]))
    out["decoys"] = len(found_pairs & {frozenset(p) for p in truth["decoy_pairs"]})
    return out
