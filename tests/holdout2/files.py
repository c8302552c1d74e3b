"""Write Harbour & Vine's plan the way each department hands its calendar over.

One writer per habit (see company.DEPARTMENTS): Outlook/Exchange .ics with Windows zone
names, a Google Calendar .ics, Google and Outlook CSV exports with their real headers, an
Italian spreadsheet with a header block and dates only on a day's first row, a Dutch
semicolon CSV in cp1252, a week grid per ISO week, a US sheet with Excel serial dates.
Each department spells channels and people its own way, fixed per seed.
"""
from __future__ import annotations

import csv
import io
import os
import random
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from .company import BY_KEY, DEPARTMENTS, FIRST_DAY, NOW, Company, Person, Post

UTC = timezone.utc

CHANNEL_SPELLINGS = {
    "LinkedIn": ["LinkedIn", "Linked-In page", "LI", "linkedin.com/company/harbour-vine", "LinkedIn (company page)",
                 "Linkedin"],
    "Instagram": ["Instagram", "IG", "Insta", "instagram.com/harbourvine", "Instagram feed"],
    "X": ["X", "Twitter", "X/Twitter", "x.com/harbourvine", "Twitter (X)"],
    "Facebook": ["Facebook", "FB", "Facebook page", "facebook.com/harbourvine"],
    "YouTube": ["YouTube", "YT", "youtube.com/@harbourvine", "Youtube channel"],
    "Newsletter": ["Newsletter", "E-mail newsletter", "Newsletter (Mailchimp)", "Email newsletter"],
}
DUTCH_NEWSLETTER = "Nieuwsbrief"
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
             "ottobre", "novembre", "dicembre"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
NL_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WINDOWS_NAMES = {"Europe/Amsterdam": "W. Europe Standard Time", "Europe/London": "GMT Standard Time",
                 "America/New_York": "Eastern Standard Time"}
# what Outlook desktop writes as TZID for a zone it calls by its display name
DISPLAY_NAMES = {"W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
                 "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"}


class Habits:
    """One department's ways of writing channels and people (fixed per seed and department)."""

    def __init__(self, rng: random.Random, dept_key: str, person_style: str):
        self.rng = rng
        self.channel = {c: rng.choice(v) for c, v in CHANNEL_SPELLINGS.items()}
        if dept_key == "product":
            self.channel["Newsletter"] = DUTCH_NEWSLETTER
        self.mixed = rng.random() < 0.5  # some rows spelled another way
        self.person_style = person_style

    def channel_of(self, post: Post) -> str:
        if post.channel is None:
            return ""
        if self.mixed and self.rng.random() < 0.15:
            return self.rng.choice(CHANNEL_SPELLINGS[post.channel])
        return self.channel[post.channel]

    def person_of(self, person: Person | None) -> str:
        if person is None:
            return ""
        return {"full": person.full, "email": person.email, "last_first": person.last_first,
                "initials": person.initials, "initial_last": person.initial_last}[self.person_style]

    def people_of(self, post: Post, joiner: str) -> str:
        return joiner.join(self.person_of(p) for p in post.people)


PERSON_STYLES = {"comms": "last_first", "sales": "email", "support": "last_first", "italia": "initials",
                 "product": "email", "partners": "full"}
# the offices write people one of two ways, fixed per seed
OTHER_PERSON_STYLES = {"italia": "initial_last", "product": "initial_last", "partners": "last_first"}


def _person_style(rng: random.Random, dept_key: str) -> str:
    if dept_key in OTHER_PERSON_STYLES and rng.random() < 0.5:
        return OTHER_PERSON_STYLES[dept_key]
    return PERSON_STYLES[dept_key]


# -- iCalendar ------------------------------------------------------------------------------

def _fold(line: str) -> str:
    out, data = [], line.encode("utf-8")
    while len(data) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never inside a UTF-8 sequence
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data = data[cut:]
    out.append(data.decode("utf-8"))
    return "\r\n ".join(out)


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _local_stamp(dt: datetime) -> str:
    return dt.strftime("%Y%m%dT%H%M%S")


def _utc_stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


_VTIMEZONES = {
    "W. Europe Standard Time": ("+0100", "+0200", "030000", "020000"),
    "GMT Standard Time": ("+0000", "+0100", "020000", "010000"),
}


def _vtimezone(name: str) -> list[str]:
    if name == "Eastern Standard Time":
        std, dst, std_rule, dst_rule = "-0500", "-0400", "BYDAY=1SU;BYMONTH=11", "BYDAY=2SU;BYMONTH=3"
        std_at = dst_at = "020000"
    else:
        std, dst, std_at, dst_at = _VTIMEZONES[name]
        std_rule, dst_rule = "BYDAY=-1SU;BYMONTH=10", "BYDAY=-1SU;BYMONTH=3"
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", f"DTSTART:16010101T{std_at}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;{std_rule}", "END:STANDARD",
            "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dst_at}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;{dst_rule}", "END:DAYLIGHT", "END:VTIMEZONE"]


def write_outlook_ics(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    dept = BY_KEY[dept_key]
    habits = Habits(rng, dept_key, PERSON_STYLES[dept_key])
    naming = rng.choice(("windows", "windows", "display", "custom"))  # Outlook desktop: display names, or
    display = naming != "windows"  # "Customized Time Zone" defined only by its VTIMEZONE
    midnight_all_day = rng.random() < 0.5  # all-day as local midnights with the CDO flag, not as dates
    cancel_by_override = rng.random() < 0.5  # a left-out week as a cancelled occurrence, not an EXDATE
    home = WINDOWS_NAMES[dept.zone]
    london = "GMT Standard Time"
    used = {home}

    def shown(name: str) -> str:
        if naming == "custom":
            return "Customized Time Zone" + ("" if name == home else " 1")
        return DISPLAY_NAMES[name] if display else name

    def tzid(name: str) -> str:
        return f'"{shown(name)}"' if display else name
    lines = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             f"X-WR-CALNAME:{dept.name}"]
    events: list[list[str]] = []
    colour_categories = ["Red Category", "Blue Category", "Important"]

    def common(post: Post, uid: str) -> list[str]:
        out = [f"UID:{uid}"]
        title = post.title
        if post.cancelled:
            title = "Canceled: " + title
        out.append(f"SUMMARY;LANGUAGE=en-US:{_esc(title)}")
        cats = habits.channel_of(post)
        if cats:
            if rng.random() < 0.3:
                cats = f"{_esc(cats)},{rng.choice(colour_categories)}"
            else:
                cats = _esc(cats)
            out.append(f"CATEGORIES:{cats}")
        if post.person:
            out.append(f'ORGANIZER;CN="{habits.person_of(post.person)}":mailto:{post.person.email}')
        out += ["CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260928T071500Z", "TRANSP:OPAQUE",
                f"STATUS:{'CANCELLED' if post.cancelled else 'CONFIRMED'}", "SEQUENCE:0", "LOCATION:",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if post.all_day else 'FALSE'}"]
        return out

    def when(prop: str, dt: datetime, zone_name: str) -> str:
        local = dt.astimezone(ZoneInfo({v: k for k, v in WINDOWS_NAMES.items()}[zone_name]))
        return f"{prop};TZID={tzid(zone_name)}:{_local_stamp(local)}"

    by_series: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        if post.series:
            by_series[post.series].append(post)
            continue
        uid = "040000008200E00074C5B7101A82E008" + f"{rng.getrandbits(96):024X}"
        ev = ["BEGIN:VEVENT", "DESCRIPTION:\\n"]
        if post.all_day and midnight_all_day:
            ev += [f"DTSTART;TZID={tzid(home)}:{post.start:%Y%m%dT000000}", f"DTEND;TZID={tzid(home)}:{post.end:%Y%m%dT000000}"]
        elif post.all_day:
            ev += [f"DTSTART;VALUE=DATE:{post.start:%Y%m%d}", f"DTEND;VALUE=DATE:{post.end:%Y%m%d}"]
        else:
            zone_name = london if rng.random() < 0.25 else home  # a press office abroad books in its zone
            used.add(zone_name)
            ev += [when("DTSTART", post.start, zone_name), when("DTEND", post.end or post.start, zone_name)]
        events.append(ev + common(post, uid) + ["END:VEVENT"])
    for sid, occ in by_series.items():
        sd = company.series_defs[sid]
        first, exdates, moved = sd.first, sd.exdates, [p for p in occ if p.moved_from is not None]
        uid = "040000008200E00074C5B7101A82E008" + f"{rng.getrandbits(96):024X}"
        head = occ[0]
        master = Post(head.pid, head.dept, head.title, first, first + timedelta(minutes=30), channel=head.channel,
                      person=head.person)
        ev = ["BEGIN:VEVENT", "DESCRIPTION:\\n", f"RRULE:FREQ=WEEKLY;COUNT={sd.count};INTERVAL=1;BYDAY={sd.byday};WKST=MO"]
        if exdates and not cancel_by_override:
            ev.append(f"EXDATE;TZID={tzid(home)}:" + ",".join(_local_stamp(x) for x in exdates))
        ev += [when("DTSTART", first, home), when("DTEND", first + timedelta(minutes=30), home)]
        events.append(ev + common(master, uid) + ["END:VEVENT"])
        if cancel_by_override:
            for x in exdates:
                gone = Post(head.pid, head.dept, head.title, x, x + timedelta(minutes=30), channel=head.channel,
                            person=head.person, cancelled=True)
                ev = ["BEGIN:VEVENT", "DESCRIPTION:\\n", when("RECURRENCE-ID", x, home), when("DTSTART", x, home),
                      when("DTEND", x + timedelta(minutes=30), home)]
                events.append(ev + common(gone, uid) + ["END:VEVENT"])
        for m in moved:
            ev = ["BEGIN:VEVENT", "DESCRIPTION:\\n", when("RECURRENCE-ID", m.moved_from, home),
                  when("DTSTART", m.start, home), when("DTEND", m.end, home)]
            events.append(ev + common(m, uid) + ["END:VEVENT"])
    for name in sorted(used):
        if name == home or display or rng.random() < 0.7:  # Exchange sometimes leaves out a zone it names
            block = _vtimezone(name)
            lines += [f"TZID:{shown(name)}" if x.startswith("TZID:") else x for x in block]
    rng.shuffle(events)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    path = folder / "CorporateCommunications.ics"
    path.write_bytes(("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8"))
    return path


def write_google_ics(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    dept = BY_KEY[dept_key]
    habits = Habits(rng, dept_key, PERSON_STYLES[dept_key])
    prefix_habit = rng.random() < 0.5  # "[LI] Title" in the summary, else a "Channel:" line
    short = {"LinkedIn": "LI", "Instagram": "IG", "X": "X", "Facebook": "FB", "YouTube": "YT",
             "Newsletter": "Newsletter"}
    group = "sales-na@harbourvine.example"
    zone = dept.zone
    utc_exceptions = rng.random() < 0.5  # RECURRENCE-ID and EXDATE in UTC, as Google writes them at times
    until = rng.random() < 0.5  # the series ends by UNTIL (UTC), not COUNT
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{dept.name}", f"X-WR-TIMEZONE:{zone}",
             "BEGIN:VTIMEZONE", f"TZID:{zone}", "X-LIC-LOCATION:" + zone,
             "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]

    def body(post: Post, uid: str) -> list[str]:
        title = post.title
        desc = []
        if post.channel:
            if prefix_habit:
                title = f"[{short[post.channel]}] {title}"
            else:
                desc.append(f"Channel: {habits.channel_of(post)}")
        if post.person:
            desc.append(f"Owner: {habits.person_of(post.person)}")
        desc.append("Copy in the shared drive.")
        return ["DTSTAMP:20260928T071500Z", f"ORGANIZER;CN=Sales NA:mailto:{group}", f"UID:{uid}",
                "CREATED:20260901T120000Z", f"DESCRIPTION:{_esc(chr(10).join(desc))}",
                "LAST-MODIFIED:20260927T100000Z", "LOCATION:", "SEQUENCE:0",
                f"STATUS:{'CANCELLED' if post.cancelled else 'CONFIRMED'}", f"SUMMARY:{_esc(title)}",
                "TRANSP:OPAQUE"]

    events = []
    by_series: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        if post.series:
            by_series[post.series].append(post)
            continue
        uid = f"{rng.getrandbits(100):025x}@google.com"
        if post.all_day:
            times = [f"DTSTART;VALUE=DATE:{post.start:%Y%m%d}", f"DTEND;VALUE=DATE:{post.end:%Y%m%d}"]
        else:  # Google writes single events in UTC
            times = [f"DTSTART:{_utc_stamp(post.start)}", f"DTEND:{_utc_stamp(post.end or post.start)}"]
        events.append(["BEGIN:VEVENT", *times, *body(post, uid), "END:VEVENT"])
    for sid, occ in by_series.items():
        sd = company.series_defs[sid]
        first, exdates, moved = sd.first, sd.exdates, [p for p in occ if p.moved_from is not None]
        uid = f"{rng.getrandbits(100):025x}@google.com"
        head = occ[0]
        master = Post(head.pid, head.dept, head.title, first, None, channel=head.channel, person=head.person)
        last = max([*(p.moved_from or p.start for p in occ), *exdates])
        end_rule = f"UNTIL={_utc_stamp(last + timedelta(hours=1))}" if until else f"COUNT={sd.count}"
        ev = ["BEGIN:VEVENT", f"DTSTART;TZID={zone}:{_local_stamp(first)}",
              f"DTEND;TZID={zone}:{_local_stamp(first + timedelta(minutes=30))}",
              f"RRULE:FREQ=WEEKLY;WKST=SU;{end_rule};BYDAY={sd.byday}"]
        ev += [f"EXDATE:{_utc_stamp(x)}" if utc_exceptions else f"EXDATE;TZID={zone}:{_local_stamp(x)}"
               for x in exdates]
        events.append(ev + body(master, uid) + ["END:VEVENT"])
        for m in moved:
            events.append(["BEGIN:VEVENT", f"DTSTART;TZID={zone}:{_local_stamp(m.start)}",
                           f"DTEND;TZID={zone}:{_local_stamp(m.end)}",
                           f"RECURRENCE-ID:{_utc_stamp(m.moved_from)}" if utc_exceptions
                           else f"RECURRENCE-ID;TZID={zone}:{_local_stamp(m.moved_from)}", *body(m, uid), "END:VEVENT"])
    rng.shuffle(events)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    path = folder / "sales-na@harbourvine.example.ics"
    path.write_bytes(("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8"))
    return path


def write_apple_ics(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    """iCloud: floating times under X-WR-TIMEZONE, DURATION instead of DTEND, the chair as owner,
    the channel as LOCATION, a few posts as to-dos with a DUE time, a series with an RDATE."""
    dept = BY_KEY[dept_key]
    habits = Habits(rng, dept_key, "full")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{dept.name}", f"X-WR-TIMEZONE:{dept.zone}"]
    events = []

    def people(post: Post) -> list[str]:
        if post.person is None:
            return []
        return [f'ATTENDEE;CN="{post.person.full}";ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{post.person.email}',
                'ATTENDEE;CN="Harbour & Vine Finland";CUTYPE=GROUP;PARTSTAT=NEEDS-ACTION:mailto:fi@harbourvine.example']

    series = [p for p in posts if p.series]
    for post in posts:
        if post.series:
            continue
        uid = f"{rng.getrandbits(64):016X}-{rng.getrandbits(32):08X}"
        minutes = int(((post.end or post.start) - post.start).total_seconds() // 60)
        if post.note == "to-do":  # due at the post's time
            events.append(["BEGIN:VTODO", f"UID:{uid}", "DTSTAMP:20260928T071500Z",
                           f"DUE:{_local_stamp(post.start)}", f"SUMMARY:{_esc(post.title)}",
                           f"LOCATION:{_esc(habits.channel_of(post))}", *people(post), "STATUS:NEEDS-ACTION",
                           "END:VTODO"])
            continue
        events.append(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260928T071500Z",
                       f"DTSTART:{_local_stamp(post.start)}", f"DURATION:PT{minutes}M",
                       f"SUMMARY:{_esc(post.title)}", f"LOCATION:{_esc(habits.channel_of(post))}", *people(post),
                       "SEQUENCE:0", "END:VEVENT"])
    if series:
        plain = sorted((p for p in series if p.note != "rdate"), key=lambda p: p.start)
        extra = [p for p in series if p.note == "rdate"]
        head = plain[0]
        events.append(["BEGIN:VEVENT", f"UID:{rng.getrandbits(64):016X}", "DTSTAMP:20260928T071500Z",
                       f"DTSTART:{_local_stamp(head.start)}", "DURATION:PT30M",
                       f"RRULE:FREQ=WEEKLY;COUNT={len(plain)}", *[f"RDATE:{_local_stamp(p.start)}" for p in extra],
                       f"SUMMARY:{_esc(head.title)}", f"LOCATION:{_esc(habits.channel_of(head))}", *people(head),
                       "END:VEVENT"])
    rng.shuffle(events)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    path = folder / "Finland.ics"
    path.write_bytes(("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8"))
    return path


# -- CSV exports of the calendar programs --------------------------------------------------

def _us_date(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _twelve(dt: datetime, seconds: bool = False) -> str:
    hour = dt.hour % 12 or 12
    sec = ":00" if seconds else ""
    return f"{hour}:{dt.minute:02d}{sec} {'AM' if dt.hour < 12 else 'PM'}"


def write_google_csv(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    habits = Habits(rng, dept_key, "full")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Subject", "Start Date", "Start Time", "End Date", "End Time", "All Day Event", "Description",
                "Location", "Private"])
    for post in sorted(posts, key=lambda p: p.start):
        if post.all_day:
            last = (post.end - timedelta(days=1)).date()
            w.writerow([post.title, f"{post.start:%m/%d/%Y}", "", f"{last:%m/%d/%Y}", "", "True", "",
                        habits.channel_of(post), "False"])
        else:
            end = post.end or post.start
            w.writerow([post.title, f"{post.start:%m/%d/%Y}", _twelve(post.start), f"{end:%m/%d/%Y}", _twelve(end),
                        "False", "Draft in the careers folder", habits.channel_of(post), "False"])
    path = folder / "Employer Brand - social.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def write_outlook_csv(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    habits = Habits(rng, dept_key, PERSON_STYLES[dept_key])
    us = rng.random() < 0.5  # an en-US Outlook writes 10/5/2026 2:30:00 PM; an en-GB one 05/10/2026 14:30:00
    header = ["Subject", "Start Date", "Start Time", "End Date", "End Time", "All day event", "Reminder on/off",
              "Reminder Date", "Reminder Time", "Meeting Organizer", "Required Attendees", "Optional Attendees",
              "Meeting Resources", "Billing Information", "Categories", "Description", "Location", "Mileage",
              "Priority", "Private", "Sensitivity", "Show time as"]

    def d(x: date) -> str:
        return _us_date(x) if us else f"{x:%d/%m/%Y}"

    def t(x: datetime) -> str:
        return _twelve(x, seconds=True) if us else f"{x:%H:%M:%S}"

    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    for post in posts:
        cat = habits.channel_of(post)
        if cat and rng.random() < 0.3:
            cat += ";Blue Category"
        organizer = habits.person_of(post.person)
        if post.all_day:  # Outlook ends an all-day event at midnight after its last day
            row = [post.title, d(post.start.date()), "12:00:00 AM" if us else "00:00:00", d(post.end.date()),
                   "12:00:00 AM" if us else "00:00:00", "True"]
        else:
            end = post.end or post.start
            row = [post.title, d(post.start.date()), t(post.start), d(end.date()), t(end), "False"]
        remind = post.start - timedelta(minutes=15)
        row += ["True", d(remind.date()), t(remind), organizer, "", "", "", "", cat, "", "", "", "Normal", "False",
                "Normal", "2"]
        w.writerow(row)
    path = folder / "Support calendar export.CSV"
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path


# -- spreadsheets from the offices -----------------------------------------------------------

def _italian_date(d: date, style: int) -> str:
    if style == 0:
        return f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


_IT_STATUS = ["Programmato", "Pubblicato", "Bozza", "Da approvare"]


def write_italian_sheet(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    from openpyxl import Workbook

    habits = Habits(rng, dept_key, _person_style(rng, dept_key))
    style = rng.randint(0, 2)
    dotted = rng.random() < 0.5  # "9.30" rather than "9:30"
    wb = Workbook()
    ws = wb.active
    ws.title = "Piano ottobre"
    ws.append(["Harbour & Vine Italia — piano editoriale social"])
    ws.append(["Aggiornato il 28 settembre 2026", None, "Legenda: GR = Giulia, MB = Marco"])
    ws.append([])
    ws.append(["Data", "Ora", "Canale", "Titolo", "Responsabile", "Stato", "Note"])
    last_day = None
    for post in sorted(posts, key=lambda p: p.start):
        day = post.start.date()
        shown = _italian_date(day, style) if day != last_day else None  # the day's first row only
        last_day = day
        clock = f"{post.start.hour}.{post.start.minute:02d}" if dotted else f"{post.start.hour}:{post.start.minute:02d}"
        status = "Annullato" if post.cancelled else rng.choice(_IT_STATUS)
        ws.append([shown, clock, habits.channel_of(post), post.title, habits.people_of(post, " e "), status, None])
    path = folder / "Marketing_Italia_piano.xlsx"
    wb.save(path)
    return path


def _money(value: float) -> str:
    whole, cents = f"{value:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ".".join([whole, *groups]) + "," + cents


def write_dutch_csv(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    habits = Habits(rng, dept_key, _person_style(rng, dept_key))
    week_only = rng.random() < 0.4  # "W43" and "di" instead of a date
    style = rng.randint(0, 1)
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    if week_only:
        w.writerow(["Week", "Dag", "Tijd", "Kanaal", "Onderwerp", "Eigenaar", "Budget (€)", "Status"])
    else:
        w.writerow(["Week", "Datum", "Tijd", "Kanaal", "Onderwerp", "Eigenaar", "Budget (€)", "Status"])
    for post in sorted(posts, key=lambda p: p.start):
        d = post.start.date()
        week = f"W{d.isocalendar()[1]}"
        if week_only:
            when = NL_DAYS[d.weekday()]
        elif style == 0:
            when = f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year}"
        else:
            when = f"{d.day}-{NL_MONTHS[d.month - 1][:3]}-{d.year}"
        budget = _money(rng.choice((0, 150, 250.5, 1250.5, 2400, 12000.75)))
        status = "Geannuleerd" if post.cancelled else rng.choice(["Gepland", "Klaar", "Concept"])
        w.writerow([week, when, f"{post.start:%H:%M}", habits.channel_of(post), post.title,
                    habits.people_of(post, "; " if habits.person_style == "email" else " en "), budget, status])
    path = folder / "product_nl_contentplanning.csv"
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path


def write_week_grid(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    from openpyxl import Workbook

    dept = BY_KEY[dept_key]
    short = {"LinkedIn": "LI", "Instagram": "IG", "X": "X", "Facebook": "FB", "YouTube": "YT",
             "Newsletter": "Newsletter"}
    long = rng.random() < 0.5
    habits = Habits(rng, dept_key, "full")
    wb = Workbook()
    wb.remove(wb.active)
    cells = {(p.start.date(), p.start.time()): p for p in posts}
    for week in range(4):
        monday = FIRST_DAY + timedelta(days=7 * week)
        ws = wb.create_sheet(f"W{monday.isocalendar()[1]}")
        ws.append(["Events & Field Marketing — social planning"])
        ws.append([f"Week {monday.isocalendar()[1]}", None, "all times CET"])
        ws.append([])
        ws.append(["Time"] + [f"{EN_DAYS[k]} {(monday + timedelta(days=k)).day}/{(monday + timedelta(days=k)).month}"
                              for k in range(5)])
        for slot in dept.slots:
            row = [_twelve(datetime.combine(monday, slot))]
            for k in range(5):
                post = cells.get((monday + timedelta(days=k), slot))
                if post is None:
                    row.append(None)
                    continue
                tag = habits.channel_of(post) if long else short[post.channel]
                row.append(f"{tag}: {post.title}")
            ws.append(row)
    path = folder / "Events weekly grid.xlsx"
    wb.save(path)
    return path


def write_serial_sheet(company: Company, dept_key: str, posts: list[Post], rng: random.Random, folder: Path) -> Path:
    from openpyxl import Workbook

    habits = Habits(rng, dept_key, _person_style(rng, dept_key))
    hint_in_header = rng.random() < 0.5
    wb = Workbook()
    ws = wb.active
    ws.title = "Q4"
    ws.append(["Partner marketing — Q4 content calendar"])
    ws.append(["Team: Partner Marketing (New York)" + ("" if hint_in_header else " · all times Eastern")])
    ws.append([])
    ws.append(["Date", "Start (ET)" if hint_in_header else "Start", "End", "Post", "Platform", "Owner", "Partner"])
    epoch = date(1899, 12, 30)
    for post in sorted(posts, key=lambda p: p.start):
        serial = (post.start.date() - epoch).days  # a number in a General cell, as a CSV round trip leaves it
        end = _twelve(post.end) if post.end else ""
        ws.append([serial, _twelve(post.start), end, post.title, habits.channel_of(post),
                   habits.person_of(post.person), rng.choice(["Maersk", "DHL", "Kuehne+Nagel", ""])])
    path = folder / "partner-marketing-q4.xlsx"
    wb.save(path)
    return path


WRITERS = {
    "outlook_ics": write_outlook_ics, "google_ics": write_google_ics, "google_csv": write_google_csv,
    "outlook_csv": write_outlook_csv, "italian_sheet": write_italian_sheet, "dutch_csv": write_dutch_csv,
    "week_grid": write_week_grid, "serial_sheet": write_serial_sheet, "apple_ics": write_apple_ics,
}
# what the coordinator knows and says on the command line (spreadsheets carry no offsets):
# the London team's Outlook export; every other zone is in the files themselves
FILE_ZONES = {"support": "Europe/London"}


def write_company(company: Company, folder: Path) -> dict[str, Path]:
    """Every department's file in ``folder``; department key -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(company.seed * 7919 + 1)
    out = {}
    for dept in DEPARTMENTS:
        posts = [p for p in company.posts if p.dept == dept.key]
        path = out[dept.key] = WRITERS[dept.writer](company, dept.key, posts, rng, folder)
        stamp = NOW.timestamp()  # saved before the period starts, as handed over
        os.utime(path, (stamp, stamp))
    return out
