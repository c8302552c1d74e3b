"""What a sync changed, entry by entry: new, changed (with the fields, before → after) and removed.

Computed from the sync's old rows (what undo keeps) and its new rows; both are
stored-row mappings (``start_ts`` seconds, ``tags`` JSON...). Pure: no database.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Iterable, Mapping
from zoneinfo import ZoneInfo

LIMIT = 200  # entries listed per kind; the counts say how many more
FIELDS = (  # stored column, how it is named in a change
    ("title", "title"), ("channel", "channel"), ("owner", "owner"), ("status", "status"),
    ("campaign", "campaign"), ("department", "department"), ("link", "link"), ("tags", "tags"),
    ("description", "description"), ("all_day", "all day"),
)


def _when(ts: int | None, tz: ZoneInfo, other: int | None = None, all_day: bool = False) -> str:
    if ts is None:
        return "—"
    t = datetime.fromtimestamp(ts, timezone.utc).astimezone(timezone.utc if all_day else tz)
    near = other is not None and abs(ts - other) < 6 * 86400
    if all_day:
        return t.strftime("%a") if near else t.strftime("%a %d %b %Y")
    return t.strftime("%a %H:%M") if near else t.strftime("%a %d %b %Y %H:%M")


def _text(column: str, value) -> str:
    if column == "tags":
        value = ", ".join(json.loads(value or "[]"))
    if column == "all_day":
        return "yes" if value else "no"
    text = str(value or "").strip() or "—"
    return text if len(text) <= 60 else text[:57] + "…"


def _only_channel(row: Mapping) -> bool:
    tags = json.loads(row.get("tags") or "[]")
    return not tags or [t.casefold() for t in tags] == [str(row.get("channel_raw") or row.get("channel") or "").casefold()]


def field_changes(old: Mapping, new: Mapping, tz: ZoneInfo) -> list[dict]:
    """The fields that differ between two stored rows, each with a before → after sentence."""
    out = []
    all_day = bool(new.get("all_day"))
    if old.get("start_ts") != new.get("start_ts"):
        before = _when(old.get("start_ts"), tz, new.get("start_ts"), all_day)
        after = _when(new.get("start_ts"), tz, old.get("start_ts"), all_day)
        out.append({"field": "start", "before": before, "after": after, "text": f"moved {before} → {after}"})
    elif old.get("end_ts") != new.get("end_ts"):
        before = _when(old.get("end_ts"), tz, new.get("end_ts"), all_day)
        after = _when(new.get("end_ts"), tz, old.get("end_ts"), all_day)
        out.append({"field": "end", "before": before, "after": after, "text": f"ends {before} → {after}"})
    for column, said in FIELDS:
        if column == "tags" and _only_channel(old) and _only_channel(new):
            continue  # an ICS category that became the channel: said once, as the channel
        if (old.get(column) or None) != (new.get(column) or None):
            before, after = _text(column, old.get(column)), _text(column, new.get(column))
            out.append({"field": said, "before": before, "after": after, "text": f"{said} {before} → {after}"})
    return out


def _item(kind: str, row: Mapping, tz: ZoneInfo, fields: list[dict] | None = None) -> dict:
    item = {"change": kind, "ref": row.get("source_ref"), "title": row.get("title") or "",
            "start": _when(row.get("start_ts"), tz, all_day=bool(row.get("all_day")))}
    if fields is not None:
        item["fields"] = fields
    return item


def describe(old_rows: Iterable[Mapping], new_rows: Iterable[Mapping], tz: ZoneInfo,
             limit: int = LIMIT) -> list[dict]:
    """Entry changes between the old rows of the entries a sync touched and the source's new rows.

    ``old_rows``: the stored rows the sync changed or removed (keyed by ``source_ref``);
    ``new_rows``: the rows the sync wrote for new or changed entries. Rows whose
    listed fields are equal (a row moved in the sheet) are left out.
    """
    old = {r["source_ref"]: r for r in old_rows}
    out: list[dict] = []
    counts = {"new": 0, "changed": 0, "removed": 0}
    seen = set()
    for row in new_rows:
        ref = row["source_ref"]
        seen.add(ref)
        before = old.get(ref)
        if before is None:
            kind, item = "new", None
            if counts["new"] < limit:
                item = _item("new", row, tz)
        else:
            fields = field_changes(before, row, tz)
            if not fields:
                continue
            kind, item = "changed", None
            if counts["changed"] < limit:
                item = _item("changed", row, tz, fields)
        counts[kind] += 1
        if item is not None:
            out.append(item)
    for ref, row in old.items():
        if ref not in seen:
            if counts["removed"] < limit:
                out.append(_item("removed", row, tz))
            counts["removed"] += 1
    return out


def change_line(item: Mapping) -> str:
    """One line of a summary: '~ Launch post (Tue 10:00): moved Tue 10:00 → Wed 14:00; channel X → LinkedIn'."""
    mark = {"new": "+", "changed": "~", "removed": "−"}[item["change"]]
    head = f"{mark} {item['title'] or '(no title)'} ({item['start']})"
    if item.get("fields"):
        return head + ": " + "; ".join(f["text"] for f in item["fields"])
    return head
