"""Score a Masthead JSON report against a scenario's truth.json (as the README of the scenario describes)."""
from __future__ import annotations

from datetime import datetime, timezone

from rapidfuzz import fuzz

from tests.northwind_truth import pairs_of, prf

UTC = timezone.utc


def _instant(text: str) -> datetime | None:
    if not text:
        return None
    if len(text) == 10:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def match_entries(report: dict, truth: dict) -> tuple[dict[str, int], list[dict]]:
    """truth key -> report entry id; and the truth entries not found."""
    by_file: dict[str, list[dict]] = {}
    for e in report["entries"]:
        by_file.setdefault(e["source"], []).append(e)
    taken: set[int] = set()
    mapping: dict[str, int] = {}
    missing = []
    for t in truth["entries"]:
        best, best_score = None, 0.0
        for e in by_file.get(t["file"], []):
            if e["id"] in taken:
                continue
            if t["all_day"]:
                if not e["all_day"] or e["start"][:10] != t["date"]:
                    continue
            else:
                start = _instant(e["start"])
                if start is None or abs((start - _instant(t["start"])).total_seconds()) > 60:
                    continue
            score = fuzz.token_set_ratio(e["title"].casefold(), t["title"].casefold())
            if score > best_score:
                best, best_score = e, score
        if best is not None and best_score >= 60:
            mapping[t["key"]] = best["id"]
            taken.add(best["id"])
        else:
            missing.append(t)
    return mapping, missing


def score(report: dict, truth: dict) -> dict:
    mapping, missing = match_entries(report, truth)
    ids = lambda keys: [mapping[k] for k in keys if k in mapping]  # noqa: E731
    result = {"missing": missing, "matched": len(mapping)}
    conflicts = report["conflicts"]
    for kind, truth_key in (("slot_clash", "slot_clashes"), ("double_booking", "double_bookings")):
        expected = pairs_of(ids(pair) for pair in truth[truth_key])
        found = pairs_of(c["entries"] for c in conflicts if c["kind"] == kind)
        result[kind] = prf(found, expected)
    id_to_entry = {e["id"]: e for e in report["entries"]}
    expected_ol = {(o["channel"], o["date"]) for o in truth["overloads"]}
    found_ol = set()
    for c in conflicts:
        if c["kind"] == "overload" and c["entries"]:
            e = id_to_entry[c["entries"][0]]
            local = [id_to_entry[i] for i in c["entries"]]
            dates = {x["start"][:10] for x in local}
            found_ol.add((e["channel"], sorted(dates)[0]))
    result["overload"] = prf(found_ol, expected_ol)
    expected_dup = pairs_of(ids(g) for g in truth["duplicate_groups"])
    found_dup = pairs_of(d["entries"] for d in report["duplicates"])
    result["duplicates"] = prf(found_dup, expected_dup)
    decoys = pairs_of(ids(p) for p in truth["decoy_pairs"])
    result["decoys_reported"] = len(decoys & found_dup)
    return result
