"""The New York agency's calendar as each client tool exports it: Proton (Olson TZID and its VTIMEZONE),
Yahoo (UTC instants), Zoho (floating times under X-WR-TIMEZONE), Zimbra (a quoted TZID
"(GMT-05.00) Eastern Time (US & Canada)"), HCL Notes (TZID "Eastern"), Outlook for Mac (the Windows
name "Eastern Standard Time", quoted). People as ORGANIZER / ATTENDEE, the network in CATEGORIES; the
weekly creative review is a series with EXDATE and a moved occurrence."""
from __future__ import annotations

import uuid
from datetime import timedelta

from tests.holdout3.company import Post
from tests.holdout3.files import _esc, _ics, _utc, _wall
from tests.holdout12.common import email, ordered

NY = "America/New_York"
TZID = {"proton": "America/New_York", "zimbra": "(GMT-05.00) Eastern Time (US & Canada)", "notes": "Eastern",
        "outlook_mac": "Eastern Standard Time"}
PRODID = {"proton": "-//Proton AG//ProtonCalendar 1.0.0//EN", "yahoo": "-//Yahoo! Inc.//Yahoo Calendar//EN",
          "zoho": "-//Zoho Corporation//Zoho Calendar//EN", "zimbra": "Zimbra-Calendar-Provider",
          "notes": "-//HCL Software//HCL Notes 12.0//EN", "outlook_mac": "-//Microsoft Corporation//Outlook for Mac 16.89//EN"}
STAMP = "20260925T141500Z"


def _vtimezone(tzid):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
            "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
            "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE"]


def _param(tzid):
    return f'TZID="{tzid}"' if tool_quotes(tzid) else f"TZID={tzid}"


def tool_quotes(tzid):
    return any(ch in tzid for ch in " ,:;()")


def write_calendar(company, dept, tool, rnd, out):
    path = out / f"Brightline - Maple & Wattle ({tool}).ics"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID[tool]}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:Brightline Agency – Maple & Wattle"]
    if tool == "zoho":
        lines.append(f"X-WR-TIMEZONE:{NY}")
    if tool in TZID or tool == "yahoo":   # Yahoo writes UTC instants, but a series keeps its zone
        lines += _vtimezone(TZID.get(tool, NY))

    def when(prop, dt, series=False):
        if tool == "yahoo" and series:
            return f"{prop};TZID={NY}:{_wall(dt, NY)}"
        if tool == "yahoo":
            return f"{prop}:{_utc(dt)}"
        if tool == "zoho":
            return f"{prop}:{_wall(dt, NY)}"
        return f"{prop};{_param(TZID[tool])}:{_wall(dt, NY)}"

    def ev(p, extra=(), uid=None):
        series = uid is not None
        uid = uid or f"{uuid.UUID(int=rnd.getrandbits(128))}"
        out_ = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{STAMP}"]
        if p.all_day:
            out_ += [f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}", f"DTEND;VALUE=DATE:{(p.last_day or p.day) + timedelta(days=1):%Y%m%d}"]
        else:
            out_ += [when("DTSTART", p.start, series), when("DTEND", p.end or p.start + timedelta(minutes=30), series)]
        out_.append(f"SUMMARY:{_esc(p.title)}")
        if p.channel:
            out_.append(f"CATEGORIES:{_esc(p.channel)}")
        if p.note:
            out_.append(f"URL:{p.note}")
        if p.people:
            out_.append(f"ORGANIZER;CN={p.people[0]}:mailto:{email(p.people[0])}")
            for o in p.people[1:]:
                out_.append(f"ATTENDEE;CN={o};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{email(o)}")
        out_.append({"cancelled": "STATUS:CANCELLED", "draft": "STATUS:TENTATIVE"}.get(p.status, "STATUS:CONFIRMED"))
        out_ += [*extra, "END:VEVENT"]
        p.written = {x.split(":")[0].split(";")[0]: x for x in out_ if x.startswith(("SUMMARY", "DTSTART"))}
        return out_

    series = {s.sid for s in company.series if s.dept == dept}
    for p in ordered(company.of(dept)):
        if p.series not in series:
            lines += ev(p)
    for s in company.series:
        if s.dept != dept:
            continue
        p = Post(0, dept, s.title, s.channel, s.people, s.first, s.first + timedelta(minutes=s.minutes))
        uid = f"series-{s.sid}-{company.seed}"
        ex = ",".join(_wall(x, NY) for x in s.exdates)
        exline = (f"EXDATE:{ex}" if tool == "zoho" else f"EXDATE;{_param(TZID.get(tool, NY))}:{ex}")
        lines += ev(p, [f"RRULE:FREQ=WEEKLY;COUNT={s.count}", exline], uid)
        for orig, new in s.moved.items():
            mp = Post(0, dept, s.title, s.channel, s.people, new, new + timedelta(minutes=s.minutes))
            rid = when("RECURRENCE-ID", orig, True)
            lines += ev(mp, [rid], uid)
    lines.append("END:VCALENDAR")
    path.write_bytes(_ics(lines))
    return path
