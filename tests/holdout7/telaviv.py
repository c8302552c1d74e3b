"""Sokół Group's Tel Aviv office (see files.py): an Outlook .ics with Windows zone names (Israel's own summer
time rule beside fixed-offset zones), or an Excel-IL CSV in code page 1255. A module of its own only to keep
files.py short; the shared writers' helpers are looked up from files.py when a file is written, since
files.py imports this module."""
from __future__ import annotations

import uuid
from datetime import timedelta

from tests.heldout_kit.ics import esc as _esc, ics as _ics, wall as _wall
from tests.holdout3.company import Post

# --- telaviv: Outlook .ics or an Excel-IL CSV ------------------------------------------------------
ISRAEL_TZ = [
    "BEGIN:VTIMEZONE", "TZID:Israel Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
FLE_TZ = [
    "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]


def _fixed_tz(name, offset):
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


WIN_ZONE = {"Israel Standard Time": "Asia/Jerusalem", "India Standard Time": "Asia/Kolkata",
            "Arab Standard Time": "Asia/Riyadh", "FLE Standard Time": "Europe/Kyiv"}


def telaviv(company, out, rnd, h):
    from tests.holdout7.files import _end, _person, _sorted, email, name_in, spell
    if h["tool"] == "cp1255":
        return _telaviv_csv(company, out, rnd, h)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE", *ISRAEL_TZ, *_fixed_tz("India Standard Time", "+0530"),
             *_fixed_tz("Arab Standard Time", "+0300"), *FLE_TZ]

    def ev(p, start_lines, uid, extra=()):
        people = [_person(n) for n in p.people]
        summary = p.title
        cats = [spell(rnd, "telaviv", p.channel)] if p.channel else []
        if rnd.random() < 0.25:
            cats.append(rnd.choice(["קטגוריה כחולה", "קמפיין"]))
        if p.status == "cancelled":
            summary = "בוטל: " + summary
        org = people[0]
        e = ["BEGIN:VEVENT", f'ORGANIZER;CN="{name_in("telaviv", org, h)}":mailto:{email(org)}']
        for q in people[1:]:
            e.append(f'ATTENDEE;CN="{name_in("telaviv", q, h)}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
                     f"mailto:{email(q)}")
        desc = rnd.choice(["", "הטקסט והתמונות בתיקייה המשותפת.\\n", "לאשר מול ורשה."])
        e += [f"DESCRIPTION;LANGUAGE=he-IL:{desc}", *start_lines, f"UID:{uid}", *extra, "CLASS:PUBLIC",
              "CREATED:20260920T081500Z", "DTSTAMP:20261001T081500Z", "LAST-MODIFIED:20261001T081500Z", "PRIORITY:5",
              "SEQUENCE:0", f"SUMMARY;LANGUAGE=he-IL:{_esc(summary)}", "TRANSP:OPAQUE",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if p.status == "draft" else "BUSY")]
        if cats:
            e.append("CATEGORIES:" + ",".join(_esc(c) for c in cats))
        e.append("END:VEVENT")
        p.written = {x.split(":")[0].split(";")[0]: x for x in e
                     if x.startswith(("SUMMARY", "DTSTART", "CATEGORIES", "ORGANIZER"))}
        return e

    def uid():
        return "040000008200E00074C5B7101A82E008" + uuid.UUID(int=rnd.getrandbits(128)).hex.upper()

    for p in _sorted(company.of("telaviv")):
        if p.series:
            continue
        z = rnd.choices(list(WIN_ZONE), [0.7, 0.1, 0.1, 0.1])[0]
        lines += ev(p, [f"DTSTART;TZID={z}:{_wall(p.start, WIN_ZONE[z])}",
                        f"DTEND;TZID={z}:{_wall(_end(p), WIN_ZONE[z])}"], uid())
    z = "Israel Standard Time"
    for s in company.series:
        if s.dept != "telaviv":
            continue
        u = uid()
        p = Post(0, "telaviv", s.title, s.channel, s.people)
        day = "MO TU WE TH FR SA SU".split()[s.first.weekday()]
        lines += ev(p, [f"DTSTART;TZID={z}:{_wall(s.first, 'Asia/Jerusalem')}",
                        f"DTEND;TZID={z}:{_wall(s.first + timedelta(minutes=30), 'Asia/Jerusalem')}",
                        f"RRULE:FREQ=WEEKLY;COUNT={s.count};BYDAY={day};WKST=SU",
                        "EXDATE;TZID=" + z + ":" + ",".join(_wall(x, "Asia/Jerusalem") for x in s.exdates)], u)
        for orig, new in s.moved.items():
            lines += ev(p, [f"DTSTART;TZID={z}:{_wall(new, 'Asia/Jerusalem')}",
                            f"DTEND;TZID={z}:{_wall(new + timedelta(minutes=30), 'Asia/Jerusalem')}"], u,
                        [f"RECURRENCE-ID;TZID={z}:{_wall(orig, 'Asia/Jerusalem')}"])
    lines.append("END:VCALENDAR")
    path = out / "לוח שנה Sokół Israel.ics"
    path.write_bytes(_ics(lines))
    return path


def _telaviv_csv(company, out, rnd, h):
    from tests.holdout7.files import RLM, _csv, _local, _names, _sorted, spell
    status = {"planned": "מתוכנן", "draft": "טיוטה", "cancelled": "בוטל"}
    head = ["תאריך", "שעה", "ערוץ", "נושא", "אחראי", "סטטוס", "הערות"]
    rows = [head]
    for p in _sorted(company.of("telaviv")):
        t = _local(p)
        title = (RLM + p.title) if rnd.random() < 0.4 else p.title
        row = [f"{t:%d/%m/%Y}", f"{t:%H:%M}", spell(rnd, "telaviv", p.channel), title, _names("telaviv", p, h, ", "),
               status[p.status], rnd.choice(["", "", "תמונות מוכנות", "לאשר מול ורשה"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Tochnit_tochen_IL_Q4.csv"
    path.write_bytes(_csv(rows).encode("cp1255"))
    return path
