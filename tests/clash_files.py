"""Writing a generated company's departments as the files they would send: xlsx and csv
sheets (headers, formats and zones per department) and Google- and Outlook-like .ics exports."""
from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.clash_model import CANCELLED, FILE_WORDS, HOME, UTC, ZONES, Dept
from tests.company_gen import (DATE_FORMATS, FILLER, HEADER_WORDS, STATUSES, _date_text, _time_text, _write_xlsx,
                               format_cells)


def write_department(d: Dept, folder: Path, index: int, r: random.Random) -> None:
    stem = d.name.lower().replace(" ", "_")
    if d.kind in ("google", "outlook"):
        d.path = folder / f"{stem}_{r.choice(('calendar', 'export', 'google' if d.kind == 'google' else 'outlook'))}.ics"
        d.path.write_text(_ics(d, r), encoding="utf-8", newline="")
    else:
        d.path = folder / f"{stem}_{r.choice(FILE_WORDS)}.{d.kind}"
        _sheet(d, r)


def _sheet(d: Dept, r: random.Random) -> None:
    zone = ZoneInfo(d.zone)
    date_fmt = r.choice(DATE_FORMATS)
    combined = date_fmt in ("datetime_cell", "datetime_iso")
    if d.kind == "csv" and date_fmt in ("cell", "datetime_cell"):
        date_fmt = "iso" if date_fmt == "cell" else "datetime_iso"
    time_fmt = None if combined else r.choice(("hh:mm", "h:mm am", "h.mm", "14h30", "h am", "range", "range_ampm")
                                              + (("cell",) if d.kind == "xlsx" else ()))
    if time_fmt in ("range", "range_ampm") and not d.has_end:
        time_fmt = "hh:mm"
    in_title = r.random() < 0.2  # no channel column: each title names its network ("LinkedIn: …", "[LI] …")
    tag = r.choice(("{c}: {t}", "[{c}] {t}", "{t} | {c}", "{c} – {t}"))
    kinds = ["date", "owner", "title"] + ([] if in_title else ["channel"]) + (["time"] if time_fmt else [])
    duration = d.has_end and time_fmt not in ("range", "range_ampm") and r.random() < 0.3
    if d.has_end and time_fmt not in ("range", "range_ampm"):
        kinds.append("duration" if duration else "end_time")
    if d.has_status:
        kinds.append("status")
    if r.random() < 0.5:
        kinds.append("description")
    r.shuffle(kinds)
    words = r.sample([w for w in HEADER_WORDS if len(w) > 2], len(kinds))
    hint = r.choice(ZONES[d.zone][2])
    title_lines = ZONES[d.zone][3]
    above: list[list] = []
    if d.zone != HOME and (not hint or r.random() < 0.4) and title_lines:
        above = [[f"{d.name} plan – {r.choice(title_lines)}"], []]
        hint = ""
    headers = [f"{w} {hint}".strip() if k in ("time", "date") and combined == (k == "date") else w
               for w, k in zip(words, kinds)]
    statuses = STATUSES[d.status_family]
    rows = []
    posts = sorted(d.posts, key=lambda p: p.start)
    if combined or time_fmt is None:
        posts = [p for p in posts]
    for p in posts:
        local = p.start.astimezone(zone) if not p.all_day else p.start
        end_local = p.end.astimezone(zone) if p.end else local + timedelta(minutes=30)
        cells = {}
        for k in kinds:
            if k == "date":
                if p.all_day and date_fmt in ("datetime_iso", "datetime_cell"):  # a date alone: all day
                    cells[k] = local.date().isoformat() if date_fmt == "datetime_iso" else local.date()
                else:
                    cells[k] = _date_text(r, date_fmt, local.date(), None if p.all_day else local.time())
            elif k == "time":
                cells[k] = "" if p.all_day else _time_text(time_fmt, local.time(), end_local.time())
            elif k == "end_time":
                cells[k] = "" if p.all_day or not p.end else _time_text(
                    time_fmt if time_fmt not in (None, "range", "range_ampm") else "hh:mm", end_local.time(),
                    end_local.time())
            elif k == "duration":
                minutes = int((p.end - p.start).total_seconds() // 60) if p.end else 30
                cells[k] = "" if p.all_day else r.choice((f"{minutes} min", f"{minutes}min", f"{minutes} Min.")
                                                         if minutes < 60 or minutes % 60 else (f"{minutes // 60}h",
                                                                                             f"{minutes} min"))
            elif k == "channel":
                cells[k] = d.spelling.get(p.channel, "")
            elif k == "owner":
                cells[k] = p.person.typed(d.style, r) if p.person else ""
            elif k == "title":
                spelled = d.spelling.get(p.channel, "")
                cells[k] = tag.format(c=spelled, t=p.title) if in_title and spelled else p.title
            elif k == "status":
                cells[k] = CANCELLED[d.status_family] if p.cancelled else r.choice(statuses)
            elif k == "description":
                cells[k] = f"{r.choice(FILLER)} {p.title.lower()} for the {d.name} audience, with a picture."
        rows.append([cells[k] for k in kinds])
    if d.kind == "xlsx":
        months = sorted({(p.start.year, p.start.month) for p in posts})
        if len(months) > 1 and r.random() < 0.35:  # one sheet per month, as many plans are kept
            _write_months(d.path, headers, rows, [(p.start.year, p.start.month) for p in posts], above)
        else:
            _write_xlsx(d.path, headers, rows, above=above)
    else:
        with open(d.path, "w", encoding=r.choice(("utf-8", "utf-8-sig")), newline="") as fh:
            writer = csv.writer(fh, delimiter=r.choice((",", ";", "\t")))
            writer.writerows(above)
            writer.writerow(headers)
            writer.writerows(rows)


def _write_months(path: Path, headers: list[str], rows: list[list], months: list[tuple[int, int]],
                  above: list[list]) -> None:
    """A workbook with one sheet per month ("September 2026"), each with the title lines and the header."""
    from openpyxl import Workbook

    names = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
    wb = Workbook()
    wb.remove(wb.active)
    for ym in sorted(set(months)):
        ws = wb.create_sheet(f"{names[ym[1] - 1]} {ym[0]}")
        for line in above:
            ws.append(line)
        ws.append(headers)
        for row, m in zip(rows, months):
            if m == ym:
                ws.append(row)
        format_cells(ws, len(above) + 2)
    wb.save(path)


_VTIMEZONES = {
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "10;BYDAY=-1SU", "3;BYDAY=-1SU"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "10;BYDAY=-1SU", "3;BYDAY=-1SU"),
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "11;BYDAY=1SU", "3;BYDAY=2SU"),
}


def _vtimezone(tzid: str, zone: str) -> list[str]:
    std, dst, std_name, dst_name, std_rule, dst_rule = _VTIMEZONES[zone]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16011028T030000", f"RRULE:FREQ=YEARLY;BYMONTH={std_rule}",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", f"RRULE:FREQ=YEARLY;BYMONTH={dst_rule}",
            f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}", "END:DAYLIGHT", "END:VTIMEZONE"]


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur if not out else " " + cur)
            cur = ""
        cur += ch
    out.append(cur if not out else " " + cur)
    return out


def _ics(d: Dept, r: random.Random) -> str:
    """A Google-like (UTC stamps, X-WR-TIMEZONE, TZID on series) or Outlook-like (Windows TZID with a
    VTIMEZONE) export. The channel sits where this department's app lets it: CATEGORIES (alone or
    after another category), a "[LI]" or "LinkedIn:" prefix of SUMMARY, LOCATION, or a "Channel:"
    line of DESCRIPTION; the owner is the ORGANIZER (with or without CN) or an "Owner:" line."""
    google = d.kind == "google"
    tzid = d.zone if google else ZONES[d.zone][1]
    where = r.choice(("categories", "categories", "categories_second", "prefix", "colon", "suffix", "location",
                      "line"))
    bar = r.random() < 0.5
    who = r.choice(("organizer_cn", "organizer_mail", "line", "attendee")) if d.style != "email" else "organizer_mail"
    if d.style in ("initials", "surname_first", "abbreviated") and who == "organizer_mail":
        who = "line"
    calendar_address = f"c_{r.randrange(16 ** 12):012x}@group.calendar.google.com"
    calname = d.name if google else r.choice((d.name, f"{d.name} calendar", "Calendar"))
    if google and r.random() < 0.3 and d.people:
        calname = d.name  # a shared calendar of the team
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
             "PRODID:-//Google Inc//Google Calendar 70.9054//EN" if google
             else "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{_esc(calname)}"]
    if google:
        lines.append(f"X-WR-TIMEZONE:{d.zone}")
    lines += _vtimezone(tzid, d.zone)
    stamp = "20260901T080000Z"
    done_series: set[str] = set()

    floating = google and r.random() < 0.25  # some tools write local times and name the zone once (X-WR-TIMEZONE)

    def when(name: str, moment: datetime, utc: bool) -> str:
        if floating:
            return f"{name}:{moment.astimezone(ZoneInfo(d.zone)):%Y%m%dT%H%M%S}"
        if utc:
            return f"{name}:{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        return f"{name};TZID={tzid if google else chr(34) + tzid + chr(34)}:{moment.astimezone(ZoneInfo(d.zone)):%Y%m%dT%H%M%S}"

    for p in sorted(d.posts, key=lambda p: p.start):
        if p.series and p.series in done_series and p.recurrence_of is None:
            continue
        spelled = d.spelling.get(p.channel, "")
        summary, location, desc, cats = p.title, "", [], []
        if spelled:
            if where == "categories":
                cats = [spelled]
            elif where == "categories_second":
                cats = [r.choice(("Social Media", "Content", "Campaign")), spelled]
            elif where == "prefix":
                summary = f"[{spelled}] {p.title}"
            elif where == "colon":
                summary = f"{spelled}: {p.title}"
            elif where == "suffix":
                summary = f"{p.title} | {spelled}" if bar or "(" in spelled else f"{p.title} ({spelled})"
            elif where == "location":
                location = spelled
            else:
                desc.append(f"Channel: {spelled}")
        desc.append(f"{r.choice(FILLER)} {p.title.lower()}.")
        ev = ["BEGIN:VEVENT", f"UID:{p.series or f'{p.id}-{r.randrange(10 ** 8)}@acme.example'}", f"DTSTAMP:{stamp}"]
        if p.all_day:
            day = p.start.date()
            if not google and r.random() < 0.5:  # Outlook: midnight to midnight in its zone, flagged all day
                ev += [f'DTSTART;TZID="{tzid}":{day:%Y%m%d}T000000',
                       f'DTEND;TZID="{tzid}":{day + timedelta(days=1):%Y%m%d}T000000']
            else:
                ev += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"]
            if not google:
                ev.append("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
        else:
            end = p.end or p.start + timedelta(minutes=30)
            utc = google and not p.series
            ev += [when("DTSTART", p.start, utc), when("DTEND", end, utc)]
        if p.recurrence_of is not None:
            ev.append(when("RECURRENCE-ID", p.recurrence_of, False))
        elif p.series:
            done_series.add(p.series)
            occurrences = [q for q in d.posts if q.series == p.series]
            ev.append(f"RRULE:FREQ=WEEKLY;COUNT={len(occurrences) + len(d.exdates.get(p.series, []))}")
            for ex in d.exdates.get(p.series, []):
                ev.append(when("EXDATE", ex, False))
        ev.append(f"SUMMARY:{_esc(summary)}")
        if location:
            ev.append(f"LOCATION:{_esc(location)}")
        if p.person is not None:
            email = p.person.written("email")
            if who == "attendee":  # a team's shared calendar organises; the person attends
                ev.append(f"ORGANIZER;CN={_esc(calname)}:mailto:{calendar_address}")
                ev.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;'
                          f'CN="{p.person.typed(d.style, r)}":mailto:{email}')
            elif who == "organizer_cn":
                ev.append(f'ORGANIZER;CN="{p.person.typed(d.style, r)}":mailto:{email}')
            elif who == "organizer_mail":
                ev.append(f"ORGANIZER:mailto:{email}")
            else:
                desc.insert(0, f"Owner: {p.person.typed(d.style, r)}")
        ev.append(f"DESCRIPTION:{_esc(chr(10).join(desc))}")
        if cats:
            ev.append("CATEGORIES:" + ",".join(_esc(c) for c in cats))
        ev.append("STATUS:CANCELLED" if p.cancelled else "STATUS:CONFIRMED")
        if not google:
            ev.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
        ev.append("END:VEVENT")
        lines += ev
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
