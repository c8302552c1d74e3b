"""Conflict and duplicate markers: entry id -> tooltip text saying why, from an analysis result.

The views ask :func:`markers_for` once per analysis and draw a marker on every
entry id it returns, with the text as the tooltip.
"""
from __future__ import annotations

KIND_LABELS = {
    "slot_clash": "Slot clash",
    "double_booking": "Double booking",
    "overload": "Overload",
    "blackout": "Blackout date",
    "duplicate": "Possible duplicate",
    "copy": "Copy",
}
KIND_PLURALS = {
    "slot_clash": "Slot clashes",
    "double_booking": "Double bookings",
    "overload": "Overloaded days",
    "blackout": "Blackout dates",
    "duplicate": "Possible duplicates",
    "copy": "Copies (one entry handed over twice)",
}
DECISION_LABELS = {"resolved": "Resolved", "intentional": "Intentional", "not_duplicate": "Not a duplicate"}


def duplicate_text(group) -> str:
    reasons = "; ".join(group.reasons) if group.reasons else "similar entries"
    return f"{reasons} (score {float(group.score):.2f})"


def markers_for(result, include_decided: bool = False) -> dict[int, str]:
    """Map entry id -> tooltip for every entry in an undecided conflict or duplicate group.

    ``result`` is an AnalysisResult (``conflicts`` and ``duplicates`` lists).
    Decided items are left out unless ``include_decided``; then their line says
    how they were settled.
    """
    items = [(c, f"{KIND_LABELS.get(c.kind, c.kind)}: {c.message}")
             for c in getattr(result, "conflicts", None) or ()]
    items += [(d, f"{KIND_LABELS['duplicate']}: {duplicate_text(d)}")
              for d in getattr(result, "duplicates", None) or ()]
    lines: dict[int, list[str]] = {}
    for item, line in items:
        if item.decision and not include_decided:
            continue
        if item.decision:
            line += f" ({DECISION_LABELS.get(item.decision, item.decision).lower()})"
        for entry_id in item.entry_ids:
            bucket = lines.setdefault(entry_id, [])
            if line not in bucket:
                bucket.append(line)
    return {entry_id: "\n".join(parts) for entry_id, parts in lines.items()}


def markers_from(result) -> dict[int, str]:
    """Open (undecided) conflicts and duplicate groups, one line each per entry; {} without a result."""
    return markers_for(result) if result is not None else {}
