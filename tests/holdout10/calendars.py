"""Fjordline's calendar files: Apple Calendar (Reykjavík: Atlantic/Reykjavik, UTC all year), Nextcloud
(Istanbul: Europe/Istanbul, UTC+3 all year) and Fastmail (Tallinn: Europe/Tallinn, the EU's rules), each
with its own VTIMEZONE, people as ORGANIZER / ATTENDEE, the network in CATEGORIES or LOCATION, a weekly
series with EXDATE and a moved occurrence where the department has one."""
from __future__ import annotations

import uuid
from datetime import timedelta

from tests.holdout3.company import Post
from tests.heldout_kit.ics import esc as _esc, ics as _ics, wall as _wall
from tests.holdout10.common import chan, email, ordered, zone

TZ = {
    "Atlantic/Reykjavik": ["BEGIN:VTIMEZONE", "TZID:Atlantic/Reykjavik", "BEGIN:STANDARD", "TZOFFSETFROM:+0000",
                           "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19680407T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Istanbul": ["BEGIN:VTIMEZONE", "TZID:Europe/Istanbul", "BEGIN:STANDARD", "TZOFFSETFROM:+0300",
                        "TZOFFSETTO:+0300", "TZNAME:+03", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Tallinn": ["BEGIN:VTIMEZONE", "TZID:Europe/Tallinn", "X-LIC-LOCATION:Europe/Tallinn",
                       "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000",
                       "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                       "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000",
                       "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
}
PRODID = {"apple": "-//Apple Inc.//macOS 15.1//EN", "nextcloud": "-//Sabre//Sabre VObject 4.5.4//EN",
          "fastmail": "-//Fastmail/2020.5/EN"}
STAMP = "20261001T081500Z"


def write_calendar(company, dept: str, lang: str, tool: str, name: str, rnd, path, channel_in="categories"):
    tzid = str(zone(dept))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID[tool]}", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{name}"]
    if tool == "apple":
        lines.append(f"X-WR-TIMEZONE:{tzid}")
    lines += TZ[tzid]

    def ev(p: Post, extra=(), uid=None):
        uid = uid or (str(uuid.UUID(int=rnd.getrandbits(128))).upper() if tool == "apple" else
                      f"{uuid.UUID(int=rnd.getrandbits(128))}@{tool}.example")
        out = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{STAMP}", f"CREATED:{STAMP}"]
        if p.all_day:
            out += [f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}", f"DTEND;VALUE=DATE:{(p.last_day or p.day) + timedelta(days=1):%Y%m%d}"]
        else:
            out += [f"DTSTART;TZID={tzid}:{_wall(p.start, tzid)}",
                    f"DTEND;TZID={tzid}:{_wall(p.end or p.start + timedelta(minutes=30), tzid)}"]
        out.append(f"SUMMARY:{_esc(p.title)}")
        if p.channel:
            out.append(("CATEGORIES:" if channel_in == "categories" else "LOCATION:") + _esc(chan(lang, p.channel)))
        if p.note:
            out.append(f"URL:{p.note}")
        if p.people:
            org = p.people[0]
            out.append(f"ORGANIZER;CN={org}:mailto:{email(org)}")
            for other in p.people[1:]:
                out.append(f"ATTENDEE;CN={other};PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{email(other)}")
        if p.status == "cancelled":
            out.append("STATUS:CANCELLED")
        elif p.status == "draft":
            out.append("STATUS:TENTATIVE")
        else:
            out.append("STATUS:CONFIRMED")
        out += [*extra, "SEQUENCE:0", "END:VEVENT"]
        p.written = {x.split(":")[0].split(";")[0]: x for x in out if x.startswith(("SUMMARY", "DTSTART", "CATEGORIES", "LOCATION"))}
        return out

    expanded = {s.sid for s in company.series if s.dept == dept}
    for p in ordered(company.of(dept)):
        if p.series not in expanded:
            lines += ev(p)
    for s in company.series:
        if s.dept != dept:
            continue
        p = Post(0, dept, s.title, s.channel, s.people, s.first, s.first + timedelta(minutes=s.minutes))
        uid = f"series-{s.sid}-{company.seed}@{tool}.example"
        extra = [f"RRULE:FREQ=WEEKLY;COUNT={s.count}",
                 f"EXDATE;TZID={tzid}:" + ",".join(_wall(x, tzid) for x in s.exdates)]
        lines += ev(p, extra, uid)
        for orig, new in s.moved.items():
            mp = Post(0, dept, s.title, s.channel, s.people, new, new + timedelta(minutes=s.minutes))
            lines += ev(mp, [f"RECURRENCE-ID;TZID={tzid}:{_wall(orig, tzid)}"], uid)
    lines.append("END:VCALENDAR")
    path.write_bytes(_ics(lines))
    return path
