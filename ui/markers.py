"""Conflict and duplicate markers: entry id -> tooltip text, from an analysis result."""
from __future__ import annotations

KIND_TEXT = {
    "slot_clash": "Slot clash", "double_booking": "Double booking", "overload": "Channel overload",
    "blackout": "Blackout date",
}


def markers_from(result) -> dict[int, str]:
    """Open (undecided) conflicts and duplicate groups, one line each per entry."""
    lines: dict[int, list[str]] = {}
    if result is None:
        return {}
    for c in getattr(result, "conflicts", []):
        if c.decision:
            continue
        text = f"{KIND_TEXT.get(c.kind, c.kind)}: {c.message}"
        for i in c.entry_ids:
            lines.setdefault(i, []).append(text)
    for d in getattr(result, "duplicates", []):
        if d.decision:
            continue
        why = "; ".join(d.reasons) if d.reasons else f"score {d.score:.0%}"
        text = f"Possible duplicated effort ({len(d.entry_ids)} entries): {why}"
        for i in d.entry_ids:
            lines.setdefault(i, []).append(text)
    return {i: "\n".join(v) for i, v in lines.items()}
