"""Content lines to components: VEVENT/VTODO properties, VTIMEZONE blocks.

Only what the importer uses is kept: the properties of VEVENT and VTODO
(not of their VALARMs), the raw lines of each VTIMEZONE, and the calendar
properties X-WR-CALNAME and X-WR-TIMEZONE. VJOURNAL, VFREEBUSY and VALARM are
skipped. Broken structure (a missing END, an END without BEGIN, several
VCALENDARs, no VCALENDAR at all) is tolerated and described.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from importers.ics_text import split_line

ITEM_KINDS = ("VEVENT", "VTODO")
RECURRENCE_PROPS = ("DTSTART", "RRULE", "RDATE", "EXDATE", "EXRULE")
_NO_PARAMS: dict[str, str] = {}  # shared, never mutated
USED_PROPS = frozenset({
    "DTSTART", "DTEND", "DURATION", "DUE", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID", "UID",
    "SUMMARY", "DESCRIPTION", "CATEGORIES", "ORGANIZER", "ATTENDEE", "URL", "STATUS", "LOCATION", "SEQUENCE",
    "LAST-MODIFIED", "DTSTAMP", "X-MICROSOFT-CDO-ALLDAYEVENT", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT",
    # Masthead's own master calendar: read back what it wrote.
    "X-MASTHEAD-DEPARTMENT", "X-MASTHEAD-CHANNEL", "X-MASTHEAD-OWNER", "X-MASTHEAD-STATUS", "X-MASTHEAD-CAMPAIGN",
})


@dataclass(slots=True)
class Component:
    kind: str  # "VEVENT" or "VTODO"
    line: int  # line of BEGIN
    cal: int  # index of the VCALENDAR it belongs to
    props: dict[str, list[tuple[dict[str, str], str]]] = field(default_factory=dict)
    raw: list[str] = field(default_factory=list)  # raw DTSTART/RRULE/RDATE/EXDATE/EXRULE lines
    order: int = 0  # position in the file

    def first(self, name: str) -> tuple[dict[str, str], str] | None:
        vals = self.props.get(name)
        return vals[0] if vals else None

    def text(self, name: str) -> str:
        vals = self.props.get(name)
        return vals[0][1] if vals else ""


@dataclass(slots=True)
class Parsed:
    items: list[Component] = field(default_factory=list)
    vtimezones: list[tuple[int, str, list[str]]] = field(default_factory=list)  # (cal, TZID, lines)
    calendars: list[dict[str, str]] = field(default_factory=list)  # X-WR-* per VCALENDAR
    incomplete: list[tuple[str, int]] = field(default_factory=list)  # (kind, line) cut off at the end
    components_seen: int = 0  # any BEGIN:V* at all
    vcard: bool = False
    bad_lines: int = 0
    ignored: dict[str, int] = field(default_factory=dict)  # VJOURNAL etc.
    unclosed: list[tuple[str, int]] = field(default_factory=list)  # items closed by the next BEGIN
    first_line: tuple[int, str] | None = None  # (number, text) of the first logical line, for messages
    last_line: int = 0  # number of the last logical line


def parse(lines: Iterable[tuple[int, str]], tick=None, total: int | None = None) -> Parsed:
    """Components of ``lines`` ((number, logical line) pairs, a list or one at a time); ``tick(fraction)``
    is called now and then (progress, cancel), the fraction of ``total`` lines (default: of the list)."""
    out = Parsed()
    if total is None:
        total = len(lines)  # type: ignore[arg-type]
    total = total or 1
    next_tick = 50_000
    stack: list[str] = []
    item: Component | None = None
    item_depth = 0
    tz_lines: list[str] | None = None
    tz_id = ""
    cal_index = -1
    order = 0
    names: dict[str, str] = {}  # property name as written -> as used ("" for one not used)
    no = 0
    for no, line in lines:
        if out.first_line is None:
            out.first_line = (no, line)
        if tick is not None and no >= next_tick:
            tick(no / total)
            next_tick = no + 50_000
        c = line[0]
        head = line[:6].upper() if c in "BbEe" else ""
        if head == "BEGIN:":
            name = line[6:].strip().upper()
            stack.append(name)
            if name.startswith("V"):
                out.components_seen += 1
            if tz_lines is not None:
                tz_lines.append(line)
                continue
            if name == "VCALENDAR":
                out.calendars.append({})
                cal_index = len(out.calendars) - 1
            elif name in ITEM_KINDS:
                if item is not None:  # items never nest: the previous one lacked its END
                    out.unclosed.append((item.kind, item.line))
                    out.items.append(item)
                    del stack[item_depth - 1:-1]
                if cal_index < 0:
                    out.calendars.append({})
                    cal_index = 0
                item = Component(name, no, cal_index, order=order)
                order += 1
                item_depth = len(stack)
            elif name == "VTIMEZONE" and item is None:
                tz_lines, tz_id = [line], ""
            elif name == "VCARD":
                out.vcard = True
            elif name in ("VJOURNAL", "VFREEBUSY", "VAVAILABILITY"):
                out.ignored[name] = out.ignored.get(name, 0) + 1
            continue
        if head[:4] == "END:":
            name = line[4:].strip().upper()
            if name not in stack:
                continue  # END without BEGIN: ignore
            while stack:
                top = stack.pop()
                if item is not None and len(stack) < item_depth:
                    out.items.append(item)
                    item = None
                if tz_lines is not None and top == "VTIMEZONE":
                    tz_lines.append("END:VTIMEZONE")
                    out.vtimezones.append((max(cal_index, 0), tz_id, tz_lines))
                    tz_lines = None
                if top == name:
                    break
            if tz_lines is not None:
                tz_lines.append(line)
            continue
        if tz_lines is not None:
            tz_lines.append(line)
            if line[:5].upper() == "TZID:" or line[:5].upper() == "TZID;":
                parts = split_line(line)
                if parts:
                    tz_id = parts[2].strip()
            continue
        if item is not None:
            if len(stack) != item_depth:
                continue  # inside VALARM
            # only the properties the importer uses are tokenised (files carry many others)
            colon = line.find(":")
            semi = line.find(";", 0, colon) if colon > 0 else -1
            cut = semi if semi >= 0 else colon
            if cut <= 0:
                out.bad_lines += 1
                continue
            written = line[:cut]
            pname = names.get(written)
            if pname is None:
                if len(names) > 4096:  # odd files name many properties: the cache stays small
                    names.clear()
                pname = names[written] = written.strip().upper() if written.strip().upper() in USED_PROPS else ""
            if not pname:
                continue
            if semi < 0:  # no parameters: the common case needs no tokenizer
                pair = (_NO_PARAMS, line[colon + 1:])
            else:
                parts = split_line(line)
                if parts is None:
                    out.bad_lines += 1
                    continue
                pair = (parts[1], parts[2])
            bucket = item.props.get(pname)
            if bucket is None:
                item.props[pname] = [pair]
            else:
                bucket.append(pair)
            if pname in RECURRENCE_PROPS:
                item.raw.append(line)
            continue
        if stack and stack[-1] == "VCALENDAR":
            up = line[:16].upper()
            if up.startswith("X-WR-"):
                parts = split_line(line)
                if parts and parts[0] in ("X-WR-CALNAME", "X-WR-TIMEZONE"):
                    out.calendars[cal_index].setdefault(parts[0], parts[2].strip())
    if item is not None:
        out.incomplete.append((item.kind, item.line))
    out.last_line = no
    return out
