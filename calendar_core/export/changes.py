"""Change requests: what one department is asked to move, in its own terms.

For each department three files: a short workbook (entry, from, to, why, note,
with the department's file name and where in it: sheet and row, or the UID), an
``.ics`` holding only the moved entries (same UID, new time, SEQUENCE raised, so
a calendar program applies it as an update), and a plain-text message ready to
paste into an e-mail. Pure writers: the facade gathers the requests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from calendar_core.export.atomic import atomic_path
from calendar_core.export.icstext import CRLF, escape_text, fmt_date, fmt_utc, fold
from calendar_core.model import Entry

UTC = timezone.utc
HEADERS = ("Entry", "File", "Where in the file", "From", "To", "What changes", "Why", "Note")


@dataclass(slots=True)
class ChangeRequest:
    entry: Entry  # as the department's file has it
    proposal: object  # calendar_core.proposals.Proposal
    where: str  # "sheet Aug, row 17", "UID abc@x"
    uid: str
    sequence: int  # the SEQUENCE to write (the file's + 1)
    why: str  # the conflicts the move settles, or "" when none


def when(value: datetime | None, all_day: bool, tz: ZoneInfo) -> str:
    if value is None:
        return ""
    if all_day:
        return value.date().isoformat()
    return value.astimezone(tz).strftime("%a %Y-%m-%d %H:%M")


def what_changes(r: ChangeRequest, tz: ZoneInfo) -> str:
    parts = []
    for name, (old, new) in r.proposal.changes().items():
        if name in ("start", "end"):
            parts.append(f"{name} {when(old, r.entry.all_day, tz) or '-'} → {when(new, r.entry.all_day, tz) or '-'}")
        else:
            parts.append(f"{name} {old or '-'} → {new}")
    return "; ".join(parts) or "nothing (already as proposed)"


def rows(requests: list[ChangeRequest], tz: ZoneInfo) -> list[tuple[str, ...]]:
    out = []
    for r in requests:
        p, e = r.proposal, r.entry
        out.append((e.title, e.source_name, r.where, when(p.from_start, e.all_day, tz), when(p.start, e.all_day, tz),
                    what_changes(r, tz), r.why, p.note))
    return out


def write_workbook(path: Path, department: str, requests: list[ChangeRequest], tz: ZoneInfo) -> None:
    import xlsxwriter

    with atomic_path(path) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_numbers": False,
                                            "strings_to_urls": False})
        ws = wb.add_worksheet("Change requests")
        head = wb.add_format({"bold": True, "bg_color": "#dde3ea"})
        wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        for c, name in enumerate(HEADERS):
            ws.write_string(0, c, name, head)
        widths = [len(h) + 2 for h in HEADERS]
        for r, row in enumerate(rows(requests, tz), start=1):
            for c, value in enumerate(row):
                ws.write_string(r, c, value, wrap)
                widths[c] = min(60, max(widths[c], len(value) + 2))
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        ws.freeze_panes(1, 0)
        wb.set_properties({"title": f"Change requests for {department}"})
        wb.close()


def render_ics(department: str, requests: list[ChangeRequest], now: datetime) -> str:
    stamp = fmt_utc(now)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Masthead//Change requests//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(f'Change requests for {department}')}"]
    for r in requests:
        e, p = r.entry, r.proposal
        lines += ["BEGIN:VEVENT", f"UID:{escape_text(r.uid)}", f"DTSTAMP:{stamp}", f"SEQUENCE:{r.sequence}"]
        if e.recurrence_id is not None:  # one occurrence of a series: the file's RECURRENCE-ID
            rid = e.recurrence_id
            lines.append(f"RECURRENCE-ID;VALUE=DATE:{fmt_date(rid.date())}" if e.all_day
                         else f"RECURRENCE-ID:{fmt_utc(rid)}")
        if e.all_day:
            end = p.end if p.end is not None and p.end > p.start else p.start + timedelta(days=1)
            lines += [f"DTSTART;VALUE=DATE:{fmt_date(p.start.date())}", f"DTEND;VALUE=DATE:{fmt_date(end.date())}"]
        else:
            lines.append(f"DTSTART:{fmt_utc(p.start)}")
            if p.end is not None:
                lines.append(f"DTEND:{fmt_utc(p.end)}")
        lines.append(f"SUMMARY:{escape_text(e.title)}")
        said = "; ".join(x for x in (r.why, p.note) if x)
        if said:
            lines.append(f"COMMENT:{escape_text(said)}")
        channel = p.channel if p.channel is not None else e.channel
        if channel:
            lines.append(f"CATEGORIES:{escape_text(channel)}")
        lines += [f"X-MASTHEAD-SOURCE:{escape_text(e.source_name)}", f"X-MASTHEAD-SOURCE-REF:{escape_text(e.source_ref)}",
                  f"X-MASTHEAD-PROPOSED-FROM:{fmt_utc(p.from_start)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)


def write_ics(path: Path, department: str, requests: list[ChangeRequest], now: datetime) -> None:
    with atomic_path(path) as tmp:
        Path(tmp).write_text(render_ics(department, requests, now), encoding="utf-8", newline="")


def render_message(department: str, requests: list[ChangeRequest], tz: ZoneInfo, files: list[str]) -> str:
    n = len(requests)
    out = [f"Hello {department} team,", "",
           f"to keep the master calendar free of clashes we would like to move {n} "
           f"entr{'y' if n == 1 else 'ies'} in your calendar:", ""]
    for r in requests:
        e, p = r.entry, r.proposal
        out.append(f"- {e.title} ({e.source_name}, {r.where})")
        out.append(f"  {what_changes(r, tz)}")
        if r.why:
            out.append(f"  Why: {r.why}")
        if p.note:
            out.append(f"  Note: {p.note}")
    out += ["", f"The attached {', '.join(files)} list the same changes; the .ics updates the entries "
                "in Outlook or Google Calendar when imported.",
            "Once your calendar carries the new times, our next import marks the changes as done.", "",
            "Thank you!", ""]
    return "\n".join(out)


def safe_name(department: str) -> str:
    return re.sub(r"[^\w.-]+", "-", department, flags=re.UNICODE).strip("-.") or "department"


_UNFOLD = re.compile(r"\r?\n[ \t]")


def ics_sequences(path: str | Path) -> dict[str, int]:
    """UID -> highest SEQUENCE in an .ics file (empty when it cannot be read)."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    found: dict[str, int] = {}
    uid, seq = None, 0
    for line in _UNFOLD.sub("", text).splitlines():
        head, _sep, value = line.partition(":")
        name = head.split(";", 1)[0].strip().upper()
        if name == "BEGIN" and value.strip().upper() == "VEVENT":
            uid, seq = None, 0
        elif name == "UID":
            uid = value.strip()
        elif name == "SEQUENCE":
            try:
                seq = int(value.strip() or 0)
            except ValueError:
                seq = 0
        elif name == "END" and value.strip().upper() == "VEVENT" and uid:
            found[uid] = max(found.get(uid, 0), seq)
    return found


__all__ = ["CRLF", "ChangeRequest", "HEADERS", "ics_sequences", "render_ics", "render_message", "rows",
           "safe_name", "write_ics", "write_workbook"]
