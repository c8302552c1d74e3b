"""Cut a series plan to the exported range, so a filtered export holds nothing outside it.

The rule is kept, but DTSTART moves to the first exported instance and UNTIL to
the last one (COUNT becomes UNTIL); EXDATE/RDATE values outside drop out. The cut
series is expanded again and must give exactly the exported occurrences; when it
does not (a rule whose meaning depends on DTSTART), the uncut plan is kept.
"""
from __future__ import annotations

import copy
from datetime import datetime, time, timedelta, timezone

from calendar_core.export.bounds import minus, plus
from calendar_core.export import series as S

UTC = timezone.utc


def clip_plan(plan: S.SeriesPlan, present: set, generated: set, clip: tuple[bool, bool]) -> S.SeriesPlan:
    if not present or not plan.rrules:
        return plan
    head, tail = clip
    all_day = plan.all_day
    first, last = min(present), max(present)
    has_count = any("COUNT=" in rule.upper() for rule in plan.rrules)
    cut = copy.copy(plan)
    lo = S._key(plan.dtstart, all_day)
    if head and lo < first and (tail or not has_count):
        ruled = [k for k in sorted(present) if k in generated]
        if ruled:
            lo = ruled[0]
            cut.dtstart = S._value(lo, plan)
    hi = None
    if tail:
        try:
            cut.rrules = [_until(rule, last, all_day) for rule in plan.rrules]
        except (ValueError, TypeError, KeyError):
            return plan
        hi = last

    def inside(value) -> bool:
        key = S._key(value, all_day)
        return key >= lo and (hi is None or key <= hi)

    cut.rdates = [v for v in plan.rdates if inside(v)]
    cut.exdates = [v for v in plan.exdates if inside(v)]
    if cut.dtstart == plan.dtstart and cut.rrules == plan.rrules:
        return plan
    if _instances(cut, lo, last) != present:
        return plan
    return cut


def _until(rule: str, last, all_day: bool) -> str:
    """``rule`` ending at ``last`` (inclusive) unless it already ends earlier."""
    from icalendar import vRecur

    recur = vRecur.from_ical(rule)
    current = recur.get("UNTIL")
    current = current[0] if isinstance(current, list) and current else current
    if current and "COUNT" not in recur:
        if S._key(current, all_day) <= last if isinstance(current, datetime) or all_day else False:
            return rule
    recur.pop("COUNT", None)
    recur["UNTIL"] = [last]
    return recur.to_ical().decode("ascii")


def _instances(plan: S.SeriesPlan, lo, hi) -> set | None:
    """Instances of ``plan`` (EXDATEs removed) between ``lo`` and ``hi``, with a day's margin."""
    if not isinstance(lo, datetime):
        lo = datetime.combine(lo, time(0), tzinfo=UTC)
        hi = datetime.combine(hi, time(0), tzinfo=UTC)
    found = S._expand(plan, (minus(lo, timedelta(days=1)), plus(hi, timedelta(days=2))))
    if found is None:
        return None
    excluded = {S._key(v, plan.all_day) for v in plan.exdates}
    return {k for k in found if k not in excluded}
