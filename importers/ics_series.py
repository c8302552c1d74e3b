"""Recurring series of one ICS file -> occurrence records (mixed into the ICS reader).

A master's RRULE/RDATE/EXDATE/EXRULE are expanded in the master's zone within the
import window; RECURRENCE-ID overrides replace or cancel single occurrences, and
RANGE=THISANDFUTURE overrides change every later one. Each occurrence is keyed
``UID@<original start in UTC>`` (``UID@<date>`` for all-day series).
"""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from importers.ics_text import parse_dt
from importers.ics_values import ValueReader, When
from importers.recurrence import MAX_SKIPPED, RuleError, day_start, expand, parse_rule

if TYPE_CHECKING:
    from importers.ics import Item
    from importers.records import RawRecord

UTC = timezone.utc


def rid_key(w: When):
    """How a RECURRENCE-ID is matched: a date, or the UTC instant."""
    return w.value if w.is_date else w.value.astimezone(UTC)


def _plain(master: Item, tz, overrides: list[Item], exp) -> bool:
    """Whether a timed series is plain: in a zone, no override, no period of its own (RDATE;VALUE=PERIOD),
    an end and a wall-clock length (not an exact DURATION): each occurrence is the rule's start and the
    master's length."""
    return tz is not None and not overrides and not exp.durations and master.end is not None and not master.exact


class SeriesExpander:
    """Needs from the reader: lo, hi, zones, warn(), endless, outside, _occurrence(), _occurrences()."""

    def _in_window(self, start, end, tz) -> bool:
        if not isinstance(start, datetime):
            start = datetime.combine(start, time(), tz)
            end = datetime.combine(end, time(), tz) if end is not None else None
        if start >= self.hi:
            return False
        if end is not None and end > start:
            return end > self.lo
        return start >= self.lo

    def _series(self, m: Item, overrides: list[Item]) -> list[RawRecord]:
        tz = m.start.tz
        is_date = m.start.is_date
        dtstart = m.start.naive()
        vr = ValueReader(self.zones, None, None)
        vr.float_tz, vr.float_name = tz, m.start.tzname
        where = f"at line {m.comp.line}"

        def until_conv(raw: str):
            p = parse_dt(raw)
            if p is None:
                return None
            value, is_utc = p
            if isinstance(value, datetime):
                if is_utc:
                    value = value.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)
                return value
            return datetime.combine(value, time(23, 59, 59)) if not is_date else day_start(value)

        rules, exrules, endless = [], [], False
        for name, bucket in (("RRULE", rules), ("EXRULE", exrules)):
            for _p, value in m.comp.props.get(name, ()):
                if not value.strip():
                    continue
                try:
                    kw, open_end = parse_rule(value, dtstart, until_conv, lambda msg, name=name: self.warn(
                        f"series '{m.uid}': {name} {msg}", m.comp.line))
                    bucket.append(kw)
                    endless = endless or (open_end and name == "RRULE")
                except RuleError as exc:
                    self.warn(f"series '{m.uid}': {name} '{value.strip()[:60]}' cannot be read ({exc}); it was ignored",
                              m.comp.line)
        rdates, exdates, ex_days = [], [], set()
        for params, value in m.comp.props.get("RDATE", ()):
            for w, dur in vr.many(params, value, where):
                naive = vr.in_zone(w, tz)
                if w.is_date and not is_date:
                    naive = datetime.combine(w.value, dtstart.time())
                rdates.append((naive, dur))
        for params, value in m.comp.props.get("EXDATE", ()):
            for w, _dur in vr.many(params, value, where):
                if w.is_date and not is_date:
                    ex_days.add(w.value)
                else:
                    exdates.append(vr.in_zone(w, tz))
        dur = m.duration or timedelta(0)
        lo = self.lo.astimezone(tz).replace(tzinfo=None) - dur - timedelta(days=1)
        hi = self.hi.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)
        try:
            exp = expand(dtstart, rules, exrules, rdates, exdates, ex_days, lo, hi, endless)
        except RuleError as exc:
            self.warn(f"series '{m.uid}' cannot be expanded ({exc}); only its first occurrence was imported",
                      m.comp.line)
            exp = expand(dtstart, [], [], rdates, exdates, ex_days, lo, hi)
        if exp.too_dense:
            self.warn(f"series '{m.uid}' repeats too often before the import window to be expanded "
                      f"(more than {MAX_SKIPPED} occurrences before it); it was left out", m.comp.line)
        if endless:
            self.endless.append(m.uid)
        recurrence = "\n".join(m.comp.raw)
        # occurrences between these naive wall times are surely inside the window (no exact check needed)
        inner_lo = lo + dur + timedelta(days=3)
        inner_hi = hi - timedelta(days=3)
        by_key: dict = {}  # RECURRENCE-ID (UTC instant, or day for all-day series) -> override
        by_day: dict = {}  # DATE RECURRENCE-IDs of a timed series
        future: list[tuple] = []
        for ov in overrides:
            if is_date:  # an all-day series: match by day, whatever type the RECURRENCE-ID has
                by_key[ov.rid_day or ov.rid.value] = ov
            elif ov.rid.is_date:
                by_day[ov.rid.value] = ov
            else:
                by_key[rid_key(ov.rid)] = ov
            rp = ov.comp.first("RECURRENCE-ID")
            if rp and rp[0].get("RANGE", "").upper() == "THISANDFUTURE":
                future.append(((ov.rid_day or ov.rid.value) if is_date else rid_key(ov.rid), ov))
        future.sort(key=lambda x: str(x[0]))
        used = set()
        out = []
        # An occurrence's start in the series' zone: the zoned first start plus the wall-clock time since
        # it, which is what ``occ.replace(tzinfo=tz)`` gives (aware arithmetic keeps the zone, moves the
        # wall clock and gives fold 0), at a tenth of its cost.
        zoned = dtstart.replace(tzinfo=tz) if not is_date else None
        if zoned is not None and _plain(m, tz, overrides, exp):
            # A plain timed series (most): no override, no period of its own, a wall-clock length. Each
            # occurrence is the rule's start and its length, the same records as the loop below makes.
            kept = [start for occ, start in zip(exp.starts, [zoned + (occ - dtstart) for occ in exp.starts])
                    if inner_lo <= occ <= inner_hi or self._in_window(start, start + dur, tz)]
            out = self._occurrences(m, kept, dur, recurrence)
            starts_left = ()
        else:
            starts_left = exp.starts
        for occ in starts_left:
            if is_date:
                start = occ.date()
                key = start
            else:
                start = zoned + (occ - dtstart)
                key = start.astimezone(UTC) if overrides else None
            ov = (by_key.get(key) or (by_day.get(occ.date()) if by_day else None)) if overrides else None
            if ov is not None:
                used.add(id(ov))
                if ov.fields["status"].upper() == "CANCELLED":
                    continue
                if self._in_window(ov.start.value, ov.end, tz):
                    out.append(self._occurrence(ov, ov.start.value, ov.end, m.uid, start, recurrence))
                continue
            orig = start
            period = exp.durations.get(occ)  # RDATE;VALUE=PERIOD brings its own length
            src, d = m, (dur if period is None else period)
            for fkey, fov in future:
                if type(fkey) is type(key) and fkey <= key:
                    src = fov
            if src is not m:
                if src.fields["status"].upper() == "CANCELLED":
                    continue
                if is_date:
                    shift = src.start.naive() - datetime.combine(src.rid_day or src.rid.value, time())
                else:
                    shift = (src.start.value.astimezone(tz).replace(tzinfo=None)
                             - src.rid.value.astimezone(tz).replace(tzinfo=None))
                occ = occ + shift
                d = src.duration or timedelta(0)
                start = occ.date() if is_date else occ.replace(tzinfo=tz)
            if m.end is None and src.end is None and period is None:
                end = None
            elif src.exact and not is_date:
                end = (start.astimezone(UTC) + d).astimezone(tz)
            else:
                end = start + d
            if not (inner_lo <= occ <= inner_hi) and not self._in_window(start, end, tz):
                continue
            out.append(self._occurrence(src, start, end, m.uid, orig, recurrence))
        for ov in overrides:  # moved in from outside the window, or RECURRENCE-ID not produced by the rule
            if id(ov) in used or ov.fields["status"].upper() == "CANCELLED":
                continue
            if self._in_window(ov.start.value, ov.end, ov.start.tz):
                out.append(self._occurrence(ov, ov.start.value, ov.end, m.uid, ov.rid.value, recurrence))
        if exp.truncated:
            self.warn(f"series '{m.uid}' has more than {len(exp.starts)} occurrences around the import window; "
                      f"only the first {len(out)} were imported", m.comp.line)
        if not out and not exp.too_dense:
            self.outside.append(m.uid)
        return out


