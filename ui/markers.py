"""Conflict and duplicate markers: entry id -> tooltip text saying why, from an analysis result.

The views ask :func:`markers_for` once per analysis and draw a marker on every
entry id it returns, with the text as the tooltip.
"""
from __future__ import annotations

from calendar_core.model import Conflict

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


def _items(result) -> list[tuple[object, str]]:
    items = [(c, f"{KIND_LABELS.get(c.kind, c.kind)}: {c.message}")
             for c in getattr(result, "conflicts", None) or ()]
    items += [(d, f"{KIND_LABELS['duplicate']}: {duplicate_text(d)}")
              for d in getattr(result, "duplicates", None) or ()]
    return items


def _text(entries: list[tuple[object, str]], include_decided: bool) -> str:
    lines: list[str] = []
    for item, line in entries:
        if item.decision and not include_decided:
            continue
        if item.decision:
            line += f" ({DECISION_LABELS.get(item.decision, item.decision).lower()})"
        if line not in lines:
            lines.append(line)
    return "\n".join(lines)


class MarkerIndex:
    """Entry id -> the conflicts and duplicate groups it is in, with their lines: built once per
    analysis (off the GUI thread), so a decision re-words only its own entries' markers."""

    def __init__(self, result):
        self.by_entry: dict[int, list[tuple[object, str]]] = {}
        for item, line in _items(result):
            for entry_id in item.entry_ids:
                self.by_entry.setdefault(entry_id, []).append((item, line))
        self.open = self._all(False)

    def _all(self, include_decided: bool) -> dict[int, str]:
        out = {}
        for entry_id, entries in self.by_entry.items():
            text = _text(entries, include_decided)
            if text:
                out[entry_id] = text
        return out

    def markers(self, include_decided: bool = False) -> dict[int, str]:
        return dict(self.open) if not include_decided else self._all(True)

    def changed(self, item) -> None:
        """``item``'s decision changed: its entries' open markers again."""
        for entry_id in item.entry_ids:
            text = _text(self.by_entry.get(entry_id, []), False)
            if text:
                self.open[entry_id] = text
            else:
                self.open.pop(entry_id, None)

    def in_view(self, entry_ids) -> tuple[int, int]:
        """(open conflicts, open duplicate groups) with an entry among ``entry_ids``."""
        seen: dict[int, bool] = {}
        for i in entry_ids:
            for item, _ in self.by_entry.get(i, ()):
                if not item.decision:
                    seen[id(item)] = isinstance(item, Conflict)
        conflicts = sum(seen.values())
        return conflicts, len(seen) - conflicts


def markers_for(result, include_decided: bool = False) -> dict[int, str]:
    """Map entry id -> tooltip for every entry in an undecided conflict or duplicate group.

    ``result`` is an AnalysisResult (``conflicts`` and ``duplicates`` lists).
    Decided items are left out unless ``include_decided``; then their line says
    how they were settled.
    """
    return MarkerIndex(result).markers(include_decided)


def markers_from(result) -> dict[int, str]:
    """Open (undecided) conflicts and duplicate groups, one line each per entry; {} without a result."""
    return markers_for(result) if result is not None else {}
