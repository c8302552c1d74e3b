"""ICS reader: any .ics a department hands over -> RawRecords, or a refusal with a reason.

Pipeline: bytes -> text (ics_text.decode) -> unfolded content lines
(ics_text.iter_content_lines, one at a time) -> components (ics_parse.parse) -> items with typed
times (ics_values) -> records; recurring series are expanded within the window
(recurrence.expand). No icalendar objects are built except for VTIMEZONE
blocks whose TZID is not a known zone name.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from operator import attrgetter
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from importers import messages as msg
from importers.messages import AT, AT_LINE, MORE_WARNINGS, say
from importers.errors import ImporterError, InternalError, NotACalendar
from importers.ics_parse import Component, parse
from importers.ics_fields import clean_text, plan as plan_fields, team_name
from importers.ics_text import decode, fix_mojibake, iter_content_lines, unescape_text
from importers.ics_values import ValueReader, When
from importers.ics_zones import ZoneResolver
from importers.records import ImportOptions, ImportResult, RawRecord
from importers.statuses import is_cancelled
from importers.ics_series import SeriesExpander, rid_key as _rid_key
from importers.ics_text import parse_dt
from importers.ics_probe import EXTENSIONS, NAME, accepts  # noqa: F401 - the reader's face, one home
from importers.limits import date_in_range, out_of_range, series_start_in_range

UTC = timezone.utc
MAX_LISTED_WARNINGS = 40
MAX_RECORDS = 1_000_000  # occurrences of one file; beyond this, further series are left out (with a warning)
_READ: dict = {}  # the properties of a component already read (shared, never changed)


@dataclass(slots=True)
class Item:
    """One VEVENT/VTODO with its times read."""

    comp: Component
    uid: str
    start: When
    end: datetime | date | None
    duration: timedelta | None  # end - start (wall clock) when there is an end
    rid: When | None
    fields: dict
    rank: tuple  # SEQUENCE, LAST-MODIFIED, DTSTAMP, SUMMARY: see _rank
    rid_day: date | None = None  # the RECURRENCE-ID's date as written (matches all-day series)
    exact: bool = False  # duration is exact time (DURATION:PT3H), not wall-clock/calendar time
    head: tuple | None = None  # the fields its records share (made by _Reader._record)

    @property
    def kind(self) -> str:
        return "task" if self.comp.kind == "VTODO" else "event"


def _rank(item: Item) -> tuple:
    """Which of two copies of one event wins (the higher): SEQUENCE, LAST-MODIFIED, DTSTAMP, SUMMARY and
    its start (written out only here: most events have no second copy to be ranked against)."""
    return (*item.rank, _iso_key(item.start))


_OWN_PROPS = tuple((k, f"X-MASTHEAD-{k.upper()}") for k in ("department", "status", "campaign"))
UTC_TEXTS_MAX = 100_000  # distinct occurrence instants whose UTC texts a reader keeps


def _iso_key(w: When) -> str:
    return w.value.isoformat() if w.is_date else w.value.astimezone(UTC).isoformat()


class _Reader(SeriesExpander):
    def __init__(self, path: Path, options: ImportOptions):
        self.path = path
        self.options = options
        self.warnings: list[str] = []
        self.skipped = 0
        self.lo, self.hi = options.horizon()
        tz = options.timezone
        self.zones = ZoneResolver(tz, getattr(tz, "key", None) or str(tz))
        self.endless: list[str] = []
        self.outside: list[str] = []  # series without occurrences in the window
        self._extra_warnings = 0
        self._utc_texts: dict[datetime, str] = {}  # an occurrence's instant -> its UTC ISO text (see _occurrence)

    # -- messages -------------------------------------------------------
    def warn(self, msg: str, line: int | None = None, summary: bool = False) -> None:
        """Add a warning; per-event ones stop after MAX_LISTED_WARNINGS, summaries never do."""
        if len(self.warnings) >= MAX_LISTED_WARNINGS and not summary:
            self._extra_warnings += 1
            return
        where = say(AT_LINE, file=self.path.name, line=line) if line else self.path.name
        self.warnings.append(say(AT, where=where, message=msg))

    # -- main -----------------------------------------------------------
    def run(self) -> ImportResult:
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise ImporterError(self.path, msg.say(msg.CANNOT_BE_READ, error=exc.strerror or exc)) from None
        text, note = decode(data)
        del data
        if note:
            self.warn(note, summary=True)
        total = text.count("\n") + 1
        lines = iter_content_lines(text)
        del text  # the lines are cut from it once; neither the text nor all its lines stay
        self.options.report(0.05)

        def tick(fraction: float) -> None:
            self.options.check_cancelled()
            self.options.report(0.05 + 0.25 * fraction)

        parsed = parse(lines, tick, total)
        if not parsed.items and not parsed.calendars and not parsed.vtimezones:
            first = _first_line(parsed.first_line)
            if parsed.vcard:
                raise NotACalendar(self.path, msg.say(msg.VCARD, first=first))
            raise NotACalendar(self.path, msg.say(msg.NO_CALENDAR_DATA, lines=parsed.last_line, first=first))
        for cal, tzid, lines in parsed.vtimezones:
            if tzid:
                self.zones.add_vtimezone(tzid, lines)
        readers, hint, settings = self._calendars(parsed)
        self.plan = plan_fields(parsed.items, [c.get("X-WR-CALNAME", "") for c in parsed.calendars])
        items = self._items(parsed, readers)
        settings["mapping"] = self.plan.mapping()
        settings["mapping_uncertain"] = False
        if any(r.floated for r in readers):
            settings["zone_unhinted"] = True
            settings.setdefault("timezone", self.zones.floating_name)
        records = self._records(items)
        if parsed.incomplete:
            kind, line = parsed.incomplete[-1]
            self.warn(msg.say(msg.ENDS_INSIDE_TASK if kind == "VTODO" else msg.ENDS_INSIDE_EVENT, line=line,
                              read=len(parsed.items), incomplete=len(parsed.incomplete)), summary=True)
            self.skipped += len(parsed.incomplete)
        if parsed.unclosed:
            lines = ", ".join(str(n) for _k, n in parsed.unclosed[:10])
            self.warn(msg.say(msg.UNCLOSED, count=len(parsed.unclosed), lines=lines), summary=True)
        if self.outside:
            lo, hi = self.lo.date().isoformat(), self.hi.date().isoformat()
            names = ", ".join(f"'{u}'" for u in self.outside[:5]) + (" …" if len(self.outside) > 5 else "")
            self.warn(msg.say(msg.SERIES_OUTSIDE, count=len(self.outside), first=lo, last=hi, names=names),
                      summary=True)
        if self.endless:
            lo, hi = self.lo.date().isoformat(), self.hi.date().isoformat()
            names = ", ".join(f"'{u}'" for u in self.endless[:5]) + (" …" if len(self.endless) > 5 else "")
            self.warn(msg.say(msg.SERIES_ENDLESS, count=len(self.endless), names=names, first=lo, last=hi),
                      summary=True)
        if not parsed.items and not parsed.incomplete:
            self.warn(msg.ONLY_ZONES if parsed.vtimezones and not parsed.ignored else msg.NO_EVENTS, summary=True)
        self.warnings.extend(f"{self.path.name}: {w}" for w in self.zones.warnings)
        if self._extra_warnings:
            self.warnings.append(say(AT, where=self.path.name, message=say(MORE_WARNINGS, count=self._extra_warnings)))
        records.sort(key=_by_ref)  # deterministic whatever the order of components in the file
        self.options.report(1.0)
        return ImportResult(path=self.path, kind="ics", records=records, warnings=self.warnings,
                            department_hint=hint, settings=settings, skipped=self.skipped)

    def _calendars(self, parsed) -> tuple[list[ValueReader], str, dict]:
        readers, hint, settings = [], "", {}
        for props in parsed.calendars or [{}]:
            cal_tz = cal_name = None
            wr = props.get("X-WR-TIMEZONE", "").strip()
            if wr:
                tz, name = self.zones.resolve(wr, "(X-WR-TIMEZONE)")
                if tz is not self.zones.floating or name == wr:
                    cal_tz, cal_name = tz, name
                    settings.setdefault("timezone", name)
            readers.append(ValueReader(self.zones, cal_tz, cal_name))
            if not hint and props.get("X-WR-CALNAME"):
                hint = team_name(fix_mojibake(unescape_text(props["X-WR-CALNAME"])).strip())
        return readers, hint or self.path.stem, settings

    # -- components -> items ---------------------------------------------
    def _items(self, parsed, readers) -> list[Item]:
        best: dict[tuple, Item] = {}
        dups: dict[tuple, list[Item]] = {}
        no_due = []
        total = len(parsed.items) or 1
        for n, comp in enumerate(parsed.items):
            if n % 2000 == 0:
                self.options.check_cancelled()
                self.options.report(0.3 + 0.3 * n / total)
            item = self._item(comp, readers[comp.cal] if comp.cal < len(readers) else readers[0], no_due)
            if item is None:
                continue
            if item.rid is None and not _has_recurrence(comp):
                comp.props = _READ  # a single event is read: its properties need not stay
            key = (item.uid, _rid_key(item.rid) if item.rid else None)
            old = best.get(key)
            if old is None:
                best[key] = item
                continue
            dups.setdefault(key, [old]).append(item)
            if _rank(item) > _rank(old):
                best[key] = item
        for key, group in sorted(dups.items(), key=lambda kv: str(kv[0])):
            kept = best[key]
            lines = ", ".join(str(i.comp.line) for i in sorted(group, key=lambda i: i.comp.line))
            self.warn(msg.say(msg.SAME_EVENT_TWICE, uid=key[0], count=len(group), lines=lines, line=kept.comp.line,
                              sequence=kept.rank[0]))
        if no_due:
            self.warn(msg.say(msg.TASKS_WITHOUT_DUE, count=len(no_due),
                              lines=", ".join(map(str, no_due[:10])) + (" …" if len(no_due) > 10 else "")), summary=True)
            self.skipped += len(no_due)
        return list(best.values())

    def _item(self, comp: Component, vr: ValueReader, no_due: list) -> Item | None:
        is_task = comp.kind == "VTODO"
        anchor = None
        anchor_name = "DUE" if is_task else "DTSTART"
        prop = comp.first(anchor_name)
        if prop is not None:
            anchor = vr.when(prop[0], prop[1], f"at line {comp.line}")
        if anchor is None and is_task:
            if prop is None:
                no_due.append(comp.line)
                return None
        if anchor is None and prop is None and not is_task and comp.first("RECURRENCE-ID") is not None:
            rp = comp.first("RECURRENCE-ID")  # an override without DTSTART keeps its original start
            anchor = vr.when(rp[0], rp[1], f"at line {comp.line}")
        uid = comp.text("UID").strip()
        summary = clean_text(comp.text("SUMMARY"))
        if anchor is None:
            label = f"'{uid}'" if uid else (f"'{summary}'" if summary else "without UID")
            if prop is None:
                said = msg.say(msg.EVENT_NO_START, label=label)
            else:
                said = msg.say(msg.TASK_BAD_DUE if is_task else msg.EVENT_BAD_START, label=label,
                               value=prop[1].strip()[:40])
            self.warn(said, comp.line)
            self.skipped += 1
            return None
        if not uid:
            digest = hashlib.sha1(f"{_iso_key(anchor)}|{summary}".encode()).hexdigest()[:16]
            uid = f"derived-{digest}"
        in_range = series_start_in_range if _has_recurrence(comp) else date_in_range
        if not in_range(anchor.value):  # beyond it, date arithmetic overflows (limits.py)
            return self._out_of_range(comp, anchor.value, is_task)
        end, duration, exact = self._end(comp, vr, anchor, is_task)
        if not in_range(end):
            return self._out_of_range(comp, end, is_task)
        if not anchor.is_date and _outlook_all_day(comp, anchor.value, end):
            # Outlook writes some all-day events as midnight-to-midnight times plus a flag
            days = max(1, round(duration / timedelta(days=1))) if duration else 1
            anchor = When(anchor.value.date(), vr.float_tz, vr.float_name, True)
            end, duration, exact = anchor.value + timedelta(days=days), timedelta(days=days), False
        rid = rid_day = None
        rp = comp.first("RECURRENCE-ID")
        if rp is not None:
            rid = vr.when(rp[0], rp[1], f"at line {comp.line}")
            written = parse_dt(rp[1].strip())
            rid_day = written[0] if written and not isinstance(written[0], datetime) else (
                written[0].date() if written else None)
            if rid is None:
                self.warn(f"event '{uid}' has an unreadable RECURRENCE-ID '{rp[1].strip()[:40]}'; read as a single event",
                          comp.line)
        try:
            seq = int(comp.text("SEQUENCE").strip() or 0)
        except ValueError:
            seq = 0
        rank = (seq, comp.text("LAST-MODIFIED").strip(), comp.text("DTSTAMP").strip(), summary)  # see _rank
        return Item(comp, uid, anchor, end, duration, rid, self._fields(comp, summary, is_task), rank, rid_day, exact)

    def _out_of_range(self, comp: Component, value, is_task: bool) -> None:
        label = comp.text("UID").strip() or fix_mojibake(unescape_text(comp.text("SUMMARY"))).strip()
        self.warn(f"{'task' if is_task else 'event'} '{label[:60]}': {out_of_range(value)}; skipped", comp.line)
        self.skipped += 1

    def _end(self, comp, vr: ValueReader, start: When, is_task: bool):
        endp = None if is_task else comp.first("DTEND")
        durp = comp.first("DURATION") if not is_task else None
        if start.is_date:
            end = None
            if endp is not None:
                e = vr.when(endp[0], endp[1])
                if e is not None:
                    end = e.value if e.is_date else e.value.date()
            elif durp is not None:
                d = vr.duration(durp[1])
                if d is not None:
                    end = start.value + timedelta(days=d.days)
            if end is None or end <= start.value:
                end = start.value + timedelta(days=1)
            return end, end - start.value, False
        if endp is not None:
            e = vr.when(endp[0], endp[1])
            if e is not None:
                if e.is_date:
                    ev = datetime.combine(e.value, time(), start.tz)
                    dur = ev - start.value
                elif e.tz is start.tz:
                    # wall-clock length: two times of one tzinfo object subtract as their wall times
                    # (what dropping both zones gives, without ``replace``, a tenth of its cost)
                    same = e.value.tzinfo is start.value.tzinfo
                    ev, dur = e.value, (e.value - start.value if same else
                                        e.value.replace(tzinfo=None) - start.value.replace(tzinfo=None))
                else:
                    dur = e.value - start.value
                    ev = e.value.astimezone(start.tz)
                if dur < timedelta(0):
                    return start.value, timedelta(0), False
                return ev, dur, False
        if durp is not None:
            d = vr.duration(durp[1])
            if d is not None and d >= timedelta(0):
                if "T" in durp[1].upper():  # hours/minutes/seconds are exact time, even across a DST change
                    end = (start.value.astimezone(UTC) + d).astimezone(start.tz)
                    return end, d, True
                return start.value + d, d, False  # days and weeks are calendar days
        return None, None, False

    def _fields(self, comp: Component, summary: str, is_task: bool) -> dict:
        got = self.plan.fields(comp, summary)
        cats = got["tags"]
        extra = {}
        if got["location"]:
            extra["location"] = got["location"]
        if got["organizer_email"]:
            extra["organizer_email"] = got["organizer_email"]
        # A Masthead master calendar names department, channel… in X- properties.
        own = {k: unescape_text(v).strip() if (v := comp.text(name)) else "" for k, name in _OWN_PROPS}
        channel = got["channel"]
        status = own["status"] or comp.text("STATUS").strip()
        if got["cancelled"] and not is_cancelled(status):  # "Geannuleerd: …" says it, whatever STATUS says
            status = got["cancelled"]
        if comp.first("X-MASTHEAD-CHANNEL") is not None or own["department"]:
            cats = [c for c in cats if c not in (channel, own["department"])]
        return {
            "title": got["title"],
            "description": got["description"],
            "channel": channel,
            "tags": tuple(cats),
            "owner": got["owner"],
            "status": status,
            "department": own["department"],
            "campaign": own["campaign"],
            "link": comp.text("URL").strip(),
            "kind": "task" if is_task else "event",
            "location": f"line {comp.line}",
            "extra": extra,
        }

    # -- items -> records -------------------------------------------------
    def _records(self, items: list[Item]) -> list[RawRecord]:
        masters: dict[str, Item] = {}
        singles: list[Item] = []
        overrides: dict[str, list[Item]] = {}
        for it in items:
            if it.rid is not None:
                overrides.setdefault(it.uid, []).append(it)
            elif _has_recurrence(it.comp):
                masters[it.uid] = it
            else:
                singles.append(it)
        records = [self._record(it, it.start.value, it.end, it.uid) for it in singles]
        left_out: list[str] = []
        for n, (uid, master) in enumerate(sorted(masters.items())):
            if n % 200 == 0:
                self.options.check_cancelled()
                self.options.report(0.6 + 0.4 * n / max(len(masters), 1))
            group = overrides.pop(uid, [])
            if len(records) >= MAX_RECORDS:  # memory stays bounded whatever the file asks for
                left_out.append(uid)
                continue
            records.extend(self._series(master, group))
        if left_out:
            self.warn(f"the file expands to more than {MAX_RECORDS} entries in the import window; "
                      f"{len(left_out)} recurring series were left out ('{left_out[0]}' …); "
                      f"import a shorter period", summary=True)
            self.skipped += len(left_out)
        for uid, group in sorted(overrides.items()):  # overrides whose master is missing
            for ov in group:
                if ov.fields["status"].upper() == "CANCELLED":
                    continue
                records.append(self._occurrence(ov, ov.start.value, ov.end, uid, ov.rid.value, None))
        return records

    def _record(self, it: Item, start, end, ref, series_key=None, recurrence_id=None,
                recurrence=None) -> RawRecord:
        f = it.fields
        return RawRecord(ref, f["title"], start, end, *(it.head or _head(it)), series_key, recurrence_id, recurrence,
                         f["extra"])

    def _occurrences(self, it: Item, starts: list[datetime], length: timedelta, recurrence: str) -> list[RawRecord]:
        """``_occurrence(it, s, s + length, it.uid, s, recurrence)`` for each start ``s`` (aware times of
        one zone, fold 0: a plain series' occurrences, each its own recurrence id), in one loop."""
        texts, uid, title, extra = self._utc_texts, it.uid, it.fields["title"], it.fields["extra"]
        head = it.head or _head(it)
        out = []
        for start in starts:
            text = texts.get(start) if not start.fold else None
            if text is None:
                text = start.astimezone(UTC).isoformat()
                if not start.fold:
                    if len(texts) >= UTC_TEXTS_MAX:
                        texts.clear()
                    texts[start] = text
            out.append(RawRecord(f"{uid}@{text}", title, start, start + length, *head, uid, start, recurrence, extra))
        return out

    def _occurrence(self, it: Item, start, end, uid, rid_value, recurrence) -> RawRecord:
        if isinstance(rid_value, datetime):
            # Series of one file share their instants (the same hours, week after week): each instant's
            # UTC text is made once. Equal aware times are one instant; a second of two equal wall times
            # (fold 1, the hour a clock turns back) is another instant, so it is never looked up.
            texts = self._utc_texts
            text = texts.get(rid_value) if not rid_value.fold and rid_value.tzinfo is not None else None
            if text is None:
                text = rid_value.astimezone(UTC).isoformat()
                if not rid_value.fold and rid_value.tzinfo is not None:
                    if len(texts) >= UTC_TEXTS_MAX:
                        texts.clear()
                    texts[rid_value] = text
            ref = f"{uid}@{text}"
        else:
            ref = f"{uid}@{rid_value.isoformat()}"
        return self._record(it, start, end, ref, uid, rid_value, recurrence)


def _head(it: Item) -> tuple:
    """What every record of the item shares, in RawRecord's field order (made once, kept on the item)."""
    f = it.fields
    it.head = (it.start.is_date, None if it.start.is_date else it.start.tzname, f["description"], f["channel"],
               f["owner"], f["status"], f["campaign"], f["link"], f["department"], f["tags"], f["kind"], f["location"])
    return it.head


def _first_line(first: tuple[int, str] | None) -> str:
    """What the file starts with, for a refusal: "line 1 reads 'Date,Title'"."""
    if first is None:
        return "line 1 is empty"
    no, text = first
    text = "".join(c if c.isprintable() else "?" for c in text[:40])
    return f"line {no} reads '{text}'"


def _outlook_all_day(comp: Component, start: datetime, end) -> bool:
    flag = (comp.text("X-MICROSOFT-CDO-ALLDAYEVENT") or comp.text("X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT")).strip()
    if flag.upper() != "TRUE":
        return False
    midnight = start.hour == start.minute == start.second == 0
    return midnight and (end is None or (isinstance(end, datetime) and end.hour == end.minute == end.second == 0))


def _has_recurrence(comp: Component) -> bool:
    props = comp.props
    if "RRULE" not in props and "RDATE" not in props:  # most events: no generator made
        return False
    return any(v.strip() for name in ("RRULE", "RDATE") for _p, v in props.get(name, ()))


_by_ref = attrgetter("source_ref")  # a record's sort key (in C: 122,000 records sort without a call each)


def read(path: str | Path, options: ImportOptions | None = None) -> ImportResult:
    """Read one ICS file; raise NotACalendar/ImporterError for files that cannot be used."""
    path = Path(path)
    reader = _Reader(path, options or ImportOptions())
    try:
        return reader.run()
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, AttributeError, RecursionError) as exc:
        # last line of defence: the user gets a message naming the file, never a traceback
        raise InternalError(path, f"could not be read (internal error: {type(exc).__name__}: {exc})") from exc
