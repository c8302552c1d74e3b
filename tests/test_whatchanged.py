"""Entry-by-entry changes, from seeded random pools: every new, changed and removed entry is listed
once, with exactly the fields that differ."""
from __future__ import annotations

import json
import random
from zoneinfo import ZoneInfo

from calendar_core.whatchanged import change_line, describe, field_changes

TZ = ZoneInfo("Europe/Berlin")
CHANNELS = ["LinkedIn", "X", "Blog", "Newsletter", "Instagram", ""]
PEOPLE = ["Ann", "Bo", "Cy", "Di", ""]
BASE = 1_800_000_000  # a Friday


def row(rng, ref):
    start = BASE + rng.randrange(0, 40) * 3600
    return {"id": rng.randrange(1, 10**6), "source_ref": ref, "title": f"Post {rng.randrange(1000)}",
            "start_ts": start, "end_ts": start + 1800, "all_day": False, "channel": rng.choice(CHANNELS),
            "channel_raw": "", "owner": rng.choice(PEOPLE), "status": "", "campaign": "", "department": "",
            "link": "", "tags": "[]", "description": ""}


def test_random_syncs_list_every_change_once():
    rng = random.Random(18)
    for _ in range(200):
        refs = [f"r{i}" for i in range(rng.randrange(1, 30))]
        old = {r: row(rng, r) for r in refs}
        removed = {r for r in refs if rng.random() < 0.2}
        changed = {}
        for r in refs:
            if r in removed or rng.random() < 0.5:
                continue
            new = dict(old[r])
            for key in rng.sample(["start_ts", "channel", "owner", "title"], rng.randrange(1, 4)):
                if key == "start_ts":
                    new["start_ts"] += 3600 * rng.choice([1, 26, -5])
                    new["end_ts"] = new["start_ts"] + 1800
                elif key == "title":
                    new["title"] += " (v2)"
                else:
                    new[key] = rng.choice([c for c in (CHANNELS if key == "channel" else PEOPLE) if c != new[key]])
            changed[r] = new
        fresh = {f"n{i}": row(rng, f"n{i}") for i in range(rng.randrange(0, 5))}
        touched = [old[r] for r in set(changed) | removed]
        items = describe(touched, list(changed.values()) + list(fresh.values()), TZ)
        by = {(i["change"], i["ref"]) for i in items}
        assert by == ({("changed", r) for r in changed if field_changes(old[r], changed[r], TZ)}
                      | {("removed", r) for r in removed} | {("new", r) for r in fresh})
        for i in items:
            if i["change"] == "changed":
                said = {f["field"] for f in i["fields"]}
                o, n = old[i["ref"]], changed[i["ref"]]
                assert ("start" in said) == (o["start_ts"] != n["start_ts"])
                assert ("channel" in said) == (o["channel"] != n["channel"])
                assert ("owner" in said) == (o["owner"] != n["owner"])
                assert change_line(i).startswith("~ ")


def test_sentences():
    a = {"source_ref": "a", "title": "Launch", "start_ts": BASE, "end_ts": BASE + 1800, "channel": "X",
         "tags": json.dumps(["X"]), "channel_raw": "X"}
    b = {**a, "start_ts": BASE + 4 * 86400 + 3600, "end_ts": BASE + 4 * 86400 + 5400, "channel": "LinkedIn",
         "channel_raw": "LinkedIn", "tags": json.dumps(["LinkedIn"])}
    texts = [f["text"] for f in field_changes(a, b, TZ)]
    assert texts == ["moved Fri 09:00 → Tue 10:00", "channel X → LinkedIn"]  # the category is said once
    far = {**a, "start_ts": BASE + 30 * 86400}
    assert field_changes(a, far, TZ)[0]["text"] == "moved Fri 15 Jan 2027 09:00 → Sun 14 Feb 2027 09:00"
    assert describe([a], [], TZ, limit=0) == []
