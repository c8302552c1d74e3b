"""Conflict and duplicate markers: entry id -> tooltip text saying why, from an analysis result.

The views ask :func:`markers_for` once per analysis and draw a marker on every
entry id it holds, with the text as the tooltip; the texts are written when first asked for.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale

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


def _line(item, phrases) -> str:
    """The marker line of one conflict or duplicate group."""
    if isinstance(item, Conflict):
        return f"{kind_label(item.kind)}: {conflict_message(item, phrases)}"
    return f"{kind_label('duplicate')}: {duplicate_text(item, phrases)}"


def _text(lines: list[tuple[object, str]], include_decided: bool) -> str:
    out: list[str] = []
    for item, line in lines:
        if item.decision and not include_decided:
            continue
        if item.decision:
            line += f" ({decision_label(item.decision).lower()})"
        if line not in out:
            out.append(line)
    return "\n".join(out)


class MarkerIndex:
    """Entry id -> the conflicts and duplicate groups it is in: built once per analysis (off the GUI
    thread). The lines are written when a view first asks for an entry's marker (a tooltip, a
    list cell), a few dozen of the 100,000 an analysis of a large workspace names."""

    def __init__(self, result, phrases=None):
        self.by_entry: dict[int, list] = {}  # entry id -> its conflicts, then its duplicate groups
        for item in (*(getattr(result, "conflicts", None) or ()), *(getattr(result, "duplicates", None) or ())):
            for entry_id in item.entry_ids:
                self.by_entry.setdefault(entry_id, []).append(item)
        self._phrases = phrases
        self._lines: dict[int, str] = {}  # id(item) -> its line (by_entry keeps the item alive)
        self._locale = QLocale().name()
        self.open = Markers(self, False)  # the views' markers: entries in an undecided item

    def line(self, item) -> str:
        locale = QLocale().name()
        if locale != self._locale:  # the window's language changed: write the lines in the new one
            self._locale, self._phrases, self._lines = locale, None, {}
        text = self._lines.get(id(item))
        if text is None:
            if self._phrases is None:
                self._phrases = window_phrases()
            text = self._lines[id(item)] = _line(item, self._phrases)
        return text

    def text(self, entry_id: int, include_decided: bool = False) -> str:
        """The marker of one entry: its items' lines, "" when it has none (or only decided ones)."""
        items = self.by_entry.get(entry_id, ())
        if not include_decided and all(item.decision for item in items):
            return ""
        return _text([(item, self.line(item)) for item in items], include_decided)

    def markers(self, include_decided: bool = False) -> "Markers":
        return self.open if not include_decided else Markers(self, True)

    def in_view(self, entry_ids) -> tuple[int, int]:
        """(open conflicts, open duplicate groups) with an entry among ``entry_ids``."""
        seen: dict[int, bool] = {}
        for i in entry_ids:
            for item in self.by_entry.get(i, ()):
                if not item.decision:
                    seen[id(item)] = isinstance(item, Conflict)
        conflicts = sum(seen.values())
        return conflicts, len(seen) - conflicts


class Markers(Mapping):
    """Entry id -> marker text, read-only and live: an entry is in it while it is in an undecided
    item (or in any, ``include_decided``), so a decision shows at once; the text is written on
    first ask (:meth:`MarkerIndex.text`)."""

    def __init__(self, index: MarkerIndex, include_decided: bool):
        self._index = index
        self._all = include_decided

    def __contains__(self, entry_id) -> bool:
        items = self._index.by_entry.get(entry_id)
        return bool(items) and (self._all or not all(item.decision for item in items))

    def __getitem__(self, entry_id) -> str:
        if entry_id not in self:
            raise KeyError(entry_id)
        return self._index.text(entry_id, self._all)

    def get(self, entry_id, default=None):
        return self[entry_id] if entry_id in self else default

    def __iter__(self):
        return (i for i in list(self._index.by_entry) if i in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        """Whether any entry has a marker, stopping at the first: without this, truth (``markers or {}`` in
        every painter, each paint) fell back to ``__len__``, a walk of every entry in every item on the
        GUI thread (0.15-0.4 s a paint after a 300,000-row import)."""
        return any(i in self for i in list(self._index.by_entry))


def markers_for(result, include_decided: bool = False) -> Mapping[int, str]:
    """Map entry id -> tooltip for every entry in an undecided conflict or duplicate group.

    ``result`` is an AnalysisResult (``conflicts`` and ``duplicates`` lists).
    Decided items are left out unless ``include_decided``; then their line says
    how they were settled.
    """
    return MarkerIndex(result).markers(include_decided)


def markers_from(result) -> Mapping[int, str]:
    """Open (undecided) conflicts and duplicate groups, one line each per entry; {} without a result."""
    return markers_for(result) if result is not None else {}
