"""Conflict and duplicate markers: entry id -> tooltip text saying why, from an analysis result.

The views ask :func:`markers_for` once per analysis and draw a marker on every
entry id it returns, with the text as the tooltip.
"""
from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.issue_phrases import conflict_message, reasons_text, window_phrases
from ui.locale_format import number


def kind_label(kind: str) -> str:
    return translate("Markers", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def kind_plural(kind: str) -> str:
    return translate("Markers", KIND_PLURALS[kind]) if kind in KIND_PLURALS else kind


def decision_label(decision: str) -> str:
    return translate("Markers", DECISION_LABELS[decision]) if decision in DECISION_LABELS else decision

KIND_LABELS = {
    "slot_clash": QT_TRANSLATE_NOOP("Markers", "Slot clash"),
    "double_booking": QT_TRANSLATE_NOOP("Markers", "Double booking"),
    "overload": QT_TRANSLATE_NOOP("Markers", "Overload"),
    "blackout": QT_TRANSLATE_NOOP("Markers", "Blackout date"),
    "duplicate": QT_TRANSLATE_NOOP("Markers", "Possible duplicate"),
    "copy": QT_TRANSLATE_NOOP("Markers", "Copy"),
}
KIND_PLURALS = {
    "slot_clash": QT_TRANSLATE_NOOP("Markers", "Slot clashes"),
    "double_booking": QT_TRANSLATE_NOOP("Markers", "Double bookings"),
    "overload": QT_TRANSLATE_NOOP("Markers", "Overloaded days"),
    "blackout": QT_TRANSLATE_NOOP("Markers", "Blackout dates"),
    "duplicate": QT_TRANSLATE_NOOP("Markers", "Possible duplicates"),
    "copy": QT_TRANSLATE_NOOP("Markers", "Copies (one entry handed over twice)"),
}
DECISION_LABELS = {"resolved": QT_TRANSLATE_NOOP("Markers", "Resolved"), "intentional": QT_TRANSLATE_NOOP("Markers", "Intentional"), "not_duplicate": QT_TRANSLATE_NOOP("Markers", "Not a duplicate")}


def duplicate_text(group, phrases=None) -> str:
    reasons = reasons_text(group, phrases) or translate("Markers", "similar entries")
    return translate("Markers", "{reasons} (score {score})").format(reasons=reasons, score=number(float(group.score), None, 2))


def markers_for(result, include_decided: bool = False) -> dict[int, str]:
    """Map entry id -> tooltip for every entry in an undecided conflict or duplicate group.

    ``result`` is an AnalysisResult (``conflicts`` and ``duplicates`` lists).
    Decided items are left out unless ``include_decided``; then their line says
    how they were settled.
    """
    phrases = window_phrases()
    items = [(c, f"{kind_label(c.kind)}: {conflict_message(c, phrases)}")
             for c in getattr(result, "conflicts", None) or ()]
    items += [(d, f"{kind_label('duplicate')}: {duplicate_text(d, phrases)}")
              for d in getattr(result, "duplicates", None) or ()]
    lines: dict[int, list[str]] = {}
    for item, line in items:
        if item.decision and not include_decided:
            continue
        if item.decision:
            line += f" ({decision_label(item.decision).lower()})"
        for entry_id in item.entry_ids:
            bucket = lines.setdefault(entry_id, [])
            if line not in bucket:
                bucket.append(line)
    return {entry_id: "\n".join(parts) for entry_id, parts in lines.items()}


def markers_from(result) -> dict[int, str]:
    """Open (undecided) conflicts and duplicate groups, one line each per entry; {} without a result."""
    return markers_for(result) if result is not None else {}
