"""Conflict and duplicated-effort analysis over a list of entries.

``analyse`` is the one entry point the workspace facade calls. It is pure:
entries and settings in, conflicts and duplicate groups out; decisions are
attached by the facade through each item's stable ``key``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from calendar_core.model import Conflict, DuplicateGroup, Entry
from calendar_core.settings import Settings


@dataclass
class AnalysisResult:
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[DuplicateGroup] = field(default_factory=list)


def analyse(entries: Iterable[Entry], settings: Settings, blackout_source_ids: frozenset[int] = frozenset()) -> AnalysisResult:
    """Find conflicts and duplicate groups. (Detection lands with its own issue.)"""
    return AnalysisResult()
