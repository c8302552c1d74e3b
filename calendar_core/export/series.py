"""Plan how one recurring series is written back: a master, EXDATEs, RDATEs, overrides.

The importer expands a series into occurrences and keeps the master's raw RFC 5545
lines (``Entry.recurrence``). Writing it back as a series means:

* the master carries the rule (DTSTART, RRULE, EXRULE, RDATE, EXDATE), normalised
  so any parser reads it (known IANA zone, UNTIL in UTC for timed series);
* the rule is expanded over the exported span and compared with the occurrences
  actually present: a generated instance that is missing becomes an EXDATE, a
  present occurrence that the rule does not generate becomes an RDATE;
* an occurrence that differs from what the master gives (moved, retitled, other
  channel…) is written as an override with RECURRENCE-ID.

So the series reads back as exactly the occurrences that were exported, within
the span, whichever expander reads it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from calendar_core.export import icstext
from calendar_core.export.bounds import minus, plus
from calendar_core.model import Entry

UTC = timezone.utc
MAX_EXPANDED = 50_000
FAR_YEARS = 5  # a series that began more years than this before the export is expanded by the importer's code  # instances one series may generate while it is checked; beyond, it is written as single events
Key = date | datetime  # an occurrence's identity: UTC datetime, or date for all-day series


@dataclass
class SeriesPlan:
    master: Entry  # the occurrence whose fields the master carries
    dtstart: date | datetime
    zone: ZoneInfo | None  # zone the master's times are written in (None: UTC or dates)
    duration: timedelta | None
    rrules: list[str] = field(default_factory=list)
    exrules: list[str] = field(default_factory=list)
    rdates: list[date | datetime] = field(default_factory=list)
    exdates: list[date | datetime] = field(default_factory=list)
    overrides: list[Entry] = field(default_factory=list)

    @property
    def all_day(self) -> bool:
        return not isinstance(self.dtstart, datetime)


def signature(entry: Entry) -> tuple:
    """The fields a master passes on to its instances (start excluded)."""
    duration = (entry.end - entry.start) if entry.end is not None else None
    return (
        entry.title, entry.description, entry.department, entry.channel, entry.owner,
        entry.status, entry.campaign, entry.link, tuple(entry.tags), entry.kind,
        entry.all_day, entry.timezone, duration,
    )


def occurrence_key(value: datetime, all_day: bool) -> Key:
    return value.astimezone(UTC).date() if all_day else value.astimezone(UTC)


class Budget:
    """How many instances recurring-ical-events may still generate in one export.

    It costs about a millisecond per instance; past the budget, series are checked with the
    importer's own expansion (identical on our corpus, tests/test_ics_corpus.py), so that a
    calendar of a thousand birthdays exports in seconds, not minutes.
    """

    def __init__(self, left: int = 5_000) -> None:
        self.left = left


def plan_series(
    occurrences: list[Entry], span: tuple[datetime, datetime], clip: tuple[bool, bool] = (False, False),
    budget: Budget | None = None,
) -> SeriesPlan | None:
    """A plan for writing ``occurrences`` as one series, or None when it cannot be done.

    ``span`` is the exported range; ``clip`` says whether the series is cut to
    its start / its end (a filtered export), so the rule generates nothing outside it.
    """
    if not occurrences or not occurrences[0].recurrence:
        return None
    occurrences = sorted(occurrences, key=lambda e: (e.recurrence_id or e.start, e.id))
    counts = Counter(signature(e) for e in occurrences)
    best = max(counts.values())
    master_sig = next(signature(e) for e in occurrences if counts[signature(e)] == best)
    master = next(
        (e for e in occurrences if signature(e) == master_sig and (e.recurrence_id or e.start) == e.start),
        next(e for e in occurrences if signature(e) == master_sig),
    )
    parsed = _parse(occurrences[0].recurrence)
    if parsed is None:
        return None
    rules = _normalise(parsed, master)
    if rules is None:
        return None
    plan = rules
    plan.duration = master_sig[12]
    all_day = plan.all_day

    present: dict[Key, Entry] = {}
    for entry in occurrences:
        key = occurrence_key(entry.recurrence_id or entry.start, all_day)
        if key in present:  # two occurrences claim one instance: cannot be a clean series
            return None
        present[key] = entry
    first = min(e.recurrence_id or e.start for e in occurrences)
    last = max(e.recurrence_id or e.start for e in occurrences)
    generated = _expand(plan, (min(span[0], first), max(span[1], last)), budget)
    if generated is None:
        return None
    exdate_keys = {_key(v, all_day) for v in plan.exdates}
    exdate_keys -= set(present)
    missing = {k for k in generated if k not in present and _in_span(k, span)}
    plan.exdates = sorted(_value(k, plan) for k in exdate_keys | missing)
    rdate_keys = {_key(v, all_day) for v in plan.rdates} | {k for k in present if k not in generated}
    plan.rdates = sorted(_value(k, plan) for k in rdate_keys)
    for key, entry in sorted(present.items()):
        expected_start = _value(key, plan)
        start_differs = (
            entry.start.astimezone(UTC).date() != expected_start
            if all_day
            else entry.start != expected_start
        )
        if start_differs or entry.all_day != all_day or signature(entry) != master_sig:
            plan.overrides.append(entry)
    plan.master = master
    if any(clip):
        from calendar_core.export.series_clip import clip_plan

        return clip_plan(plan, set(present), generated, clip)
    return plan


def _parse(text: str):
    import icalendar

    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n ", "").replace("\n\t", "")
    body = "\r\n".join(line for line in lines.split("\n") if line.strip())
    try:
        return icalendar.Event.from_ical(f"BEGIN:VEVENT\r\n{body}\r\nEND:VEVENT\r\n")
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _normalise(event, master: Entry) -> SeriesPlan | None:
    """DTSTART, rules and date lists in one well-known zone; None when unusable."""
    prop = event.get("DTSTART")
    fallback_zone = icstext.resolve_zone(master.timezone)
    try:
        dtstart = prop.dt if prop is not None else None
    except (AttributeError, ValueError):
        return None
    if dtstart is None:
        rid = master.recurrence_id or master.start
        dtstart = rid.date() if master.all_day else rid
    zone: ZoneInfo | None
    if isinstance(dtstart, datetime):
        if dtstart.tzinfo is None:  # floating: read in the entry's zone, as the importer did
            zone = fallback_zone
            dtstart = dtstart.replace(tzinfo=zone or UTC)
        elif dtstart.utcoffset() == timedelta(0) and icstext.zone_name(dtstart.tzinfo) is None:
            zone = None
        else:
            zone = icstext.resolve_zone(icstext.zone_name(dtstart.tzinfo)) or fallback_zone
            dtstart = dtstart.astimezone(zone or UTC)
    else:
        zone = None
    plan = SeriesPlan(master=master, dtstart=dtstart, zone=zone, duration=None)
    try:
        # each rule once (a file may repeat one a thousand times), and no more than the importer takes
        plan.rrules = list(dict.fromkeys(_recur_text(r, plan) for r in _as_list(event.get("RRULE"))))
        plan.exrules = list(dict.fromkeys(_recur_text(r, plan) for r in _as_list(event.get("EXRULE"))))
        plan.rdates = _dates(event.get("RDATE"), plan)
        plan.exdates = _dates(event.get("EXDATE"), plan)
    except (ValueError, TypeError, AttributeError):
        return None
    if not plan.rrules and not plan.rdates:
        return None
    from importers.recurrence import MAX_RULES

    if len(plan.rrules) + len(plan.exrules) > MAX_RULES:
        return None
    return plan


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _recur_text(recur, plan: SeriesPlan) -> str:
    recur = recur.__class__(dict(recur))  # copy, we may change UNTIL and INTERVAL
    interval = recur.get("INTERVAL")
    if interval is not None:
        value = interval[0] if isinstance(interval, list) else interval
        if int(value) < 1:  # the importer read it as 1 (importers/recurrence.py); so does the export
            recur["INTERVAL"] = [1]
    until = recur.get("UNTIL")
    if until:
        value = until[0] if isinstance(until, list) else until
        recur["UNTIL"] = [_fix_until(value, plan)]
    return recur.to_ical().decode("ascii")


def _day(value, plan: SeriesPlan) -> date:
    """The calendar day of a value, for an all-day series (an instant in the series' zone)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(plan.zone or UTC)
        return value.date()
    return value


def _fix_until(value, plan: SeriesPlan):
    """UNTIL typed like DTSTART: a date for all-day series, a UTC instant otherwise."""
    if plan.all_day:
        return _day(value, plan)
    if not isinstance(value, datetime):  # a date: the whole day counts
        value = datetime.combine(value, time(23, 59, 59))
    if value.tzinfo is None:
        value = value.replace(tzinfo=plan.dtstart.tzinfo)
    return value.astimezone(UTC)


def _dates(prop, plan: SeriesPlan) -> list[date | datetime]:
    values: list[date | datetime] = []
    for item in _as_list(prop):
        for dd in getattr(item, "dts", []):
            value = dd.dt
            if isinstance(value, tuple):  # PERIOD: its start
                value = value[0]
            values.append(_conform(value, plan))
    return values


def _conform(value, plan: SeriesPlan) -> date | datetime:
    """A date-list value in the master's type and zone."""
    if plan.all_day:
        return _day(value, plan)
    if not isinstance(value, datetime):
        value = datetime.combine(value, plan.dtstart.timetz().replace(tzinfo=None))
    if value.tzinfo is None:
        value = value.replace(tzinfo=plan.dtstart.tzinfo)
    return value.astimezone(plan.dtstart.tzinfo)


def _key(value: date | datetime, all_day: bool) -> Key:
    if all_day:
        return value.date() if isinstance(value, datetime) else value
    return value.astimezone(UTC)


def _value(key: Key, plan: SeriesPlan) -> date | datetime:
    if plan.all_day:
        return key
    return key.astimezone(plan.dtstart.tzinfo)


def _in_span(key: Key, span: tuple[datetime, datetime]) -> bool:
    """Is an instance inside the half-open span? Dates count by the span's own local dates."""
    if isinstance(key, datetime):
        return span[0] <= key < span[1]
    return span[0].date() <= key <= minus(span[1], timedelta(microseconds=1)).date()


def _expand(plan: SeriesPlan, span: tuple[datetime, datetime], budget: Budget | None = None) -> set[Key] | None:
    """Instances the normalised rule (without EXDATEs) generates within ``span``."""
    import icalendar
    import recurring_ical_events

    count = _expandable(plan, span)
    if count is None:
        return None
    far = _day_of(plan.dtstart) < minus(_day_of(span[0]), timedelta(days=366 * FAR_YEARS))
    if budget is not None:
        if far or count > budget.left:
            return _own_expansion(plan, span)
        budget.left -= count
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Masthead//expand//EN", "BEGIN:VEVENT", "UID:x"]
    lines.append(icstext.date_time_prop("DTSTART", plan.dtstart, plan.zone)[0])
    lines += [f"RRULE:{r}" for r in plan.rrules] + [f"EXRULE:{r}" for r in plan.exrules]
    if plan.rdates:
        lines.append(icstext.date_list_prop("RDATE", plan.rdates, plan.zone)[0])
    lines += ["END:VEVENT", "END:VCALENDAR"]
    try:
        calendar = icalendar.Calendar.from_ical("\r\n".join(lines) + "\r\n")
        start, end = span
        if plan.all_day:
            start, end = minus(start.date(), timedelta(days=1)), plus(end.date(), timedelta(days=1))
        else:
            end = plus(end, timedelta(seconds=1))
        found: set[Key] = set()
        for component in recurring_ical_events.of(calendar).between(start, end):
            found.add(_key(_conform(component["DTSTART"].dt, plan), plan.all_day))
        return found
    except (ValueError, TypeError, KeyError, OverflowError, recurring_ical_events.InvalidCalendar):
        return None


def _day_of(value) -> date:
    return value.date() if isinstance(value, datetime) else value


def _wall(plan: SeriesPlan, span: tuple[datetime, datetime]) -> tuple[datetime, datetime, datetime]:
    """The series start and the span as naive wall times of the series' zone (the importer's terms)."""
    start = plan.dtstart
    if isinstance(start, datetime):
        zone = start.tzinfo
        lo, hi = (v.astimezone(zone).replace(tzinfo=None) for v in span)
        return start.replace(tzinfo=None), lo, hi
    lo, hi = (datetime.combine(_day_of(v), time(0)) for v in span)
    return datetime.combine(start, time(0)), lo, hi


def _own_expansion(plan: SeriesPlan, span: tuple[datetime, datetime]) -> set[Key] | None:
    """The instances by the importer's expansion, for a series that began long before ``span``.

    recurring-ical-events steps through every year from DTSTART (a birthday from 1850: 170 years
    per series, seconds for a birthday calendar); importers/recurrence.py starts next to the span.
    """
    from importers.recurrence import RuleError, expand, parse_rule

    naive, lo, hi = _wall(plan, span)
    lo, hi = minus(lo, timedelta(days=2)), plus(hi, timedelta(days=2))
    zone = plan.dtstart.tzinfo if isinstance(plan.dtstart, datetime) else None
    until = _until_conv(plan)
    try:
        rules = [parse_rule(r, naive, until)[0] for r in plan.rrules]
        exrules = [parse_rule(r, naive, until)[0] for r in plan.exrules]
        rdates = []
        for value in plan.rdates:
            if isinstance(value, datetime):
                rdates.append((value.astimezone(zone).replace(tzinfo=None), None))
            else:
                rdates.append((datetime.combine(value, time(0)), None))
        found = expand(naive, rules, exrules, rdates, [], set(), lo, hi, limit=MAX_EXPANDED)
    except (RuleError, OverflowError, ValueError):
        return None
    if found.truncated or found.too_dense:
        return None
    # exactly the instances recurring-ical-events' between() gives for the same span (see _expand)
    if plan.all_day:
        first, last = minus(_day_of(span[0]), timedelta(days=1)), _day_of(span[1])
        return {d for d in (occ.date() for occ in found.starts) if first <= d <= last}
    end = plus(span[1], timedelta(seconds=1))
    return {k for k in (_key(occ.replace(tzinfo=zone), False) for occ in found.starts) if span[0] <= k < end}


def _until_conv(plan: SeriesPlan):
    """UNTIL text -> the naive wall time of the series' zone (importers/recurrence.py's terms)."""
    from importers.ics_text import parse_dt

    zone = plan.dtstart.tzinfo if isinstance(plan.dtstart, datetime) else None

    def conv(raw: str):
        parsed = parse_dt(raw)
        if parsed is None:
            return None
        value, is_utc = parsed
        if isinstance(value, datetime):
            if is_utc and zone is not None:
                value = value.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
            return value
        return datetime.combine(value, time(0) if plan.all_day else time(23, 59, 59))

    return conv


def _expandable(plan: SeriesPlan, span: tuple[datetime, datetime]) -> int | None:
    """How many instances the rules give over ``span``; None when more than MAX_EXPANDED, or when one
    would loop for ever.

    Checked with the importer's own bounded expansion first: recurring-ical-events has no limit.
    """
    from importers.recurrence import RuleError, check_rule

    naive, lo, hi = _wall(plan, span)
    count = len(plan.rdates)
    try:
        for rule in plan.rrules + plan.exrules:
            count += check_rule(rule, naive, minus(lo, timedelta(days=2)), plus(hi, timedelta(days=2)), MAX_EXPANDED,
                                _until_conv(plan))
    except (RuleError, OverflowError, ValueError):
        return None
    return count
