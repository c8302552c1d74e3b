"""Conflict and duplicated-effort analysis over a list of entries.

``analyse`` is the one entry point the workspace facade calls. It is pure:
entries and settings in, conflicts and duplicate groups out; decisions are
attached by the facade through each item's stable ``key``
(:func:`attach_decisions`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Callable, Iterable

from calendar_core.model import Conflict, DuplicateGroup, Entry
from calendar_core.names import name_key
from calendar_core.settings import Settings
from importers.bulk import collector_paused
from importers.slices import sliced_set

from .conflicts import find_conflicts
from .copies import find_copies, merged_away, shadowed
from .items import several_teams
from .keys import attach_decisions, item_key
from .timeutil import LocalClock

__all__ = ["AnalysisCancelled", "AnalysisResult", "analyse", "attach_decisions", "item_key", "merged_away"]

@dataclass
class AnalysisResult:
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[DuplicateGroup] = field(default_factory=list)
    copies: list[DuplicateGroup] = field(default_factory=list)  # one entry handed over twice
    legacy_keys: dict[str, str] = field(default_factory=dict)  # group key -> the key older versions gave it
    copies_of_all: bool = False  # ``copies`` were looked for among all the entries given (none set aside)
    # the large lists the conflicts' unwritten messages still read (the entries analysed), for a caller that
    # frees a result a slice at a time: dropped with the last conflict, they were one GIL-holding free
    held: list[list] = field(default_factory=list, compare=False, repr=False)

    def merged_away(self) -> set[int]:
        """Entry ids the master exports leave out: later members of merged copy groups."""
        return merged_away(self.copies)


class AnalysisCancelled(Exception):
    """Raised by :func:`analyse` when its ``cancelled`` callable returned True between two steps."""


def analyse(entries: Iterable[Entry], settings: Settings, blackout_source_ids: frozenset[int] = frozenset(),
            cancelled: Callable[[], bool] | None = None) -> AnalysisResult:
    """Find conflicts and duplicate groups.

    Entries of blackout sources only mark blackout days. Entries whose status is
    one of ``settings.ignored_statuses`` (cancelled by default) take part in no rule.
    ``cancelled``: asked between the steps; True stops with :class:`AnalysisCancelled`
    (a newer analysis in the window supersedes this one).
    """
    with collector_paused():
        return _analyse(entries, settings, blackout_source_ids, cancelled or (lambda: False))


def _check(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise AnalysisCancelled()


def _analyse(entries: Iterable[Entry], settings: Settings, blackout_source_ids: frozenset[int],
             cancelled: Callable[[], bool]) -> AnalysisResult:
    ignored = {name_key(s) for s in getattr(settings, "ignored_statuses", ()) or ()}
    entries = entries if isinstance(entries, list) else list(entries)
    given = len(entries)
    skipped: dict[str, bool] = {}  # status as written -> whether it is ignored (few distinct spellings)
    statuses = sliced_set(map(attrgetter("status"), entries)) if ignored else set()  # not one GIL-holding call
    if not any(s and _ignored(s, ignored, skipped) for s in statuses) and not (
            blackout_source_ids and not blackout_source_ids.isdisjoint(map(attrgetter("source_id"), entries))):
        work, blackout = list(entries), []  # nothing set aside (the common case): no test per entry
    else:
        work, blackout = [], []
        for e in entries:
            if e.source_id in blackout_source_ids:
                blackout.append(e)
            elif not (ignored and e.status and _ignored(e.status, ignored, skipped)):
                work.append(e)
    clock = LocalClock(settings.timezone)
    _check(cancelled)
    of_all = len(work) == given  # nothing set aside: the copies are those of all the entries
    copies = find_copies(work)
    if copies:  # a copy is analysed once, as the first of its group: it never clashes with itself
        hidden = shadowed(copies)
        work = [e for e in work if e.id not in hidden]
    _check(cancelled)
    conflicts = find_conflicts(work, blackout, settings, clock, in_order=True)
    _check(cancelled)
    # Duplicated effort is between departments: one department's calendar (a single import) has
    # none, and its text is not even read (unless duplicates within a department are asked for).
    duplicates = []
    if settings.duplicates_within_department or several_teams(work):
        # imported only here: its text features and fuzzy matching are a start-up cost a single
        # department's job (most command-line runs) would pay for nothing
        from .duplicates import find_duplicates, make_items

        items = make_items(work, clock, settings.day_first)
        _check(cancelled)
        duplicates = find_duplicates(items, settings)
    _check(cancelled)
    grouped = {i for g in duplicates for i in g.entry_ids}  # the entries the groups name: only those looked up
    by_id = {e.id: e for e in work if e.id in grouped} if duplicates else {}
    legacy = {g.key: item_key("duplicate", [by_id[i] for i in g.entry_ids if i in by_id]) for g in duplicates}
    return AnalysisResult(conflicts=conflicts, duplicates=duplicates, copies=copies, legacy_keys=legacy,
                          copies_of_all=of_all, held=[work])


def _ignored(status: str, ignored: set[str], seen: dict[str, bool]) -> bool:
    found = seen.get(status)
    if found is None:
        found = seen[status] = name_key(status) in ignored
    return found


