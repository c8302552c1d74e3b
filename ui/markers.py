"""Conflict and duplicate markers: entry id -> tooltip text saying why, from an analysis result.

The views ask :func:`markers_for` once per analysis and draw a marker on every
entry id it returns, with the text as the tooltip.
"""
from __future__ import annotations

from calendar_core.model import Conflict
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


def _items(result, phrases=None) -> list[tuple[object, str]]:
    phrases = phrases or window_phrases()  # the messages in the window's language
    items = [(c, f"{kind_label(c.kind)}: {conflict_message(c, phrases)}")
             for c in getattr(result, "conflicts", None) or ()]
    items += [(d, f"{kind_label('duplicate')}: {duplicate_text(d, phrases)}")
              for d in getattr(result, "duplicates", None) or ()]
    return items


def _text(entries: list[tuple[object, str]], include_decided: bool) -> str:
    lines: list[str] = []
    for item, line in entries:
        if item.decision and not include_decided:
            continue
        if item.decision:
            line += f" ({decision_label(item.decision).lower()})"
        if line not in lines:
            lines.append(line)
    return "\n".join(lines)


class MarkerIndex:
    """Entry id -> the conflicts and duplicate groups it is in, with their lines: built once per
    analysis (off the GUI thread), so a decision re-words only its own entries' markers."""

    def __init__(self, result, phrases=None):
        self.by_entry: dict[int, list[tuple[object, str]]] = {}
        for item, line in _items(result, phrases):
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
