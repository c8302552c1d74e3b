"""Writes Van Dijk Fietsen's departments' files the way each department hands them over.

marketing  xlsx, a sheet per month, merged title row, colour legend, Dutch headers, real dates,
           times as "9.30" / time cells / "9.30 uur", initials, blank rows between weeks, a total row
pr         Excel-NL csv: ';', cp1252, CRLF, "12-10-2026", Van/Tot, budget with decimal commas
hr         Google Sheets csv (English, US or UK dates, "9:00 AM", "Time (CET)"), "Emma + Bas", e-mails
events     Outlook .ics: "W. Europe Standard Time", CATEGORIES, ORGANIZER/ATTENDEE, a weekly series,
           a multi-day all-day fair, "Geannuleerd:" cancelled events
product    Google Calendar .ics: UTC stamps, X-WR-TIMEZONE, RRULE+EXDATE+RECURRENCE-ID, the calendar
           as ORGANIZER, attendees by e-mail, channel in LOCATION / DESCRIPTION (HTML) / title
polska     xlsx, Polish headers under a title block, "13.10.2026" text or dates, "10:00–11:00"
uk         Apple Calendar .ics, Europe/London, "LI: …" or "[Insta] …" summaries
service    Excel-NL csv with a title line, "di 13-10-2026" or yearless "di 13 okt", a totals line
"""
from __future__ import annotations

import csv
import io
import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from tests.heldout_kit.ics import esc as _esc, ics as _ics, utc as _utc, wall as _wall
from tests.holdout3.company import AMS, DEPT_NAMES, TEAMS, ZONE, Company, Post

SPELL = {
    "marketing": {"Instagram": ["Insta", "IG", "Instagram"], "LinkedIn": ["LinkedIn", "LI"], "Facebook": ["FB", "Facebook"],
                  "TikTok": ["TikTok"], "Newsletter": ["Nieuwsbrief"], "YouTube": ["YT", "YouTube"]},
    "pr": {"LinkedIn": ["LinkedIn (bedrijfspagina)", "LinkedIn"], "X": ["Twitter/X", "X"], "Newsletter": ["Nieuwsbrief"],
           "Blog": ["Website/nieuws"]},
    "hr": {"LinkedIn": ["LinkedIn - Careers", "LinkedIn"], "Instagram": ["IG @vandijk.careers", "Instagram"],
           "TikTok": ["TikTok"]},
    "events": {"LinkedIn": ["LinkedIn"], "Instagram": ["Instagram"], "Facebook": ["Facebook"]},
    "product": {"YouTube": ["YouTube"], "LinkedIn": ["LinkedIn"], "Instagram": ["Instagram"], "Blog": ["Blog"]},
    "polska": {"LinkedIn": ["LinkedIn", "LinkedIn PL"], "Facebook": ["FB", "Facebook PL"], "Instagram": ["IG", "Instagram"],
               "YouTube": ["YouTube"]},
    "uk": {"LinkedIn": ["LI"], "X": ["Twitter"], "Instagram": ["Insta"]},
    "service": {"Facebook": ["FB-pagina", "Facebook"], "Instagram": ["Insta"], "WhatsApp": ["WhatsApp Business"],
                "Newsletter": ["Nieuwsbrief"]},
}
NL_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
DOMAIN = "vandijkfietsen.nl"


def email(name: str) -> str:
    first, *rest = name.lower().split()
    last = "".join(rest)
    return f"{first}.{last}@{DOMAIN}".replace("ś", "s").replace("ó", "o")


def initials(name: str) -> str:
    parts = name.split()
    return "".join(p[0].upper() if i in (0, len(parts) - 1) else p[0].lower() for i, p in enumerate(parts))


def spell(rnd: random.Random, dept: str, channel: str | None) -> str:
    if channel is None:
        return ""
    return rnd.choice(SPELL[dept][channel])


def write_company(company: Company, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(company.seed * 31 + 1)
    files = {}
    for dept, writer in WRITERS.items():
        files[dept] = writer(company, out, rnd, company.habits[dept])
    return files


def _sorted(posts):
    return sorted(posts, key=lambda p: (p.start.astimezone(AMS).replace(tzinfo=None) if p.start else
                                        datetime(p.day.year, p.day.month, p.day.day), p.pid))


def _local(p: Post):
    return p.start.astimezone(ZoneInfo(ZONE[p.dept]))


# --- marketing: xlsx, sheet per month -----------------------------------------------------
def marketing(company, out, rnd, h):
    wb = Workbook()
    wb.remove(wb.active)
    posts = _sorted(company.of("marketing"))
    fills = {"planned": "C6EFCE", "draft": "FFEB9C", "cancelled": "FFC7CE"}
    status_word = {"planned": "Gepland", "draft": "Concept", "cancelled": "Geannuleerd"}
    month_names = {10: "Oktober", 11: "November"}
    for month, sheet_name in zip((10, 11), h["sheet_names"]):
        ws = wb.create_sheet(sheet_name)
        ws.merge_cells("A1:H1")
        ws["A1"] = f"Contentkalender Marketing – {month_names[month]} 2026"
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = PatternFill("solid", fgColor="1F4E78")
        ws["A2"] = "Legenda:"
        for col, st in zip("BCD", ("planned", "draft", "cancelled")):
            ws[f"{col}2"] = status_word[st]
            ws[f"{col}2"].fill = PatternFill("solid", fgColor=fills[st])
        headers = ["Datum", "Dag", "Tijd", "Kanaal", "Onderwerp", "Eigenaar", "Status", "Opmerkingen"]
        for i, t in enumerate(headers, start=1):
            c = ws.cell(row=4, column=i, value=t)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.freeze_panes = "A5"
        row = 5
        last_week = None
        merge_from = None
        count = 0
        for p in posts:
            d = p.day if p.all_day else _local(p).date()
            if d.month != month:
                continue
            week = d.isocalendar()[1]
            if week != last_week:
                if h["between_weeks"] == "blank" and last_week is not None:
                    row += 1
                elif h["between_weeks"] == "section":
                    monday = d - timedelta(days=d.weekday())
                    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
                    sc = ws.cell(row=row, column=1, value=f"Week {week} ({monday.day} {NL_MONTHS[monday.month - 1]} – "
                                                          f"{(monday + timedelta(days=4)).day} "
                                                          f"{NL_MONTHS[(monday + timedelta(days=4)).month - 1]})")
                    sc.font = Font(bold=True, italic=True)
                    sc.fill = PatternFill("solid", fgColor="EDEDED")
                    row += 1
                    merge_from = None
            last_week = week
            if h["merge_dates"] and merge_from and merge_from[1] == d and row == merge_from[2] + 1:
                for col in (1, 2):   # one merged date cell over the day's rows: the value stays in the top cell
                    ws.merge_cells(start_row=merge_from[0], start_column=col, end_row=row, end_column=col)
                merge_from = (merge_from[0], d, row)
            else:
                c = ws.cell(row=row, column=1, value=datetime(d.year, d.month, d.day))
                c.number_format = h["date_format"]
                ws.cell(row=row, column=2, value=NL_DAYS[d.weekday()])
                merge_from = (row, d, row)
            if not p.all_day:
                t = _local(p)
                if h["time"] == "cell":
                    tc = ws.cell(row=row, column=3, value=t.time().replace(tzinfo=None))
                    tc.number_format = "hh:mm"
                elif h["time"] == "dot":
                    ws.cell(row=row, column=3, value=f"{t.hour}.{t.minute:02d}")
                else:
                    ws.cell(row=row, column=3, value=f"{t.hour}.{t.minute:02d} uur")
            else:
                ws.cell(row=row, column=3, value="hele dag")
            ws.cell(row=row, column=4, value=spell(rnd, "marketing", p.channel))
            ws.cell(row=row, column=5, value=p.title)
            ws.cell(row=row, column=6, value="/".join(initials(n) for n in p.people))
            sc = ws.cell(row=row, column=7, value=status_word[p.status])
            sc.fill = PatternFill("solid", fgColor=fills[p.status])
            if rnd.random() < 0.3:
                ws.cell(row=row, column=8, value=rnd.choice([
                    "Beeld via Canva, check met Joris", "Link naar landingspagina volgt", "Copy goedgekeurd door legal",
                    "Eerst stories testen, daarna feed. Let op: geen prijzen noemen!"]))
            p.written = {headers[i - 1]: ws.cell(row=row, column=i).value for i in range(1, 8)} | {"row": row}
            row += 1
            count += 1
        row += 1
        ws.cell(row=row, column=1, value="Totaal").font = Font(bold=True)
        ws.cell(row=row, column=5, value=count).font = Font(bold=True)
        for col, width in zip("ABCDEFGH", (12, 6, 9, 12, 48, 10, 12, 40)):
            ws.column_dimensions[col].width = width
        ws["E5"].alignment = Alignment(wrap_text=True)
    path = out / "Contentkalender_Marketing_Q4.xlsx"
    wb.save(path)
    return path


# --- pr: Excel-NL csv ------------------------------------------------------------------------
def pr(company, out, rnd, h):
    status_word = {"planned": "definitief", "draft": "concept", "cancelled": "vervallen"}
    rows = [["Datum", "Van", "Tot", "Medium", "Onderwerp", "Woordvoerder", "Status", "Budget (€)", "Opmerkingen"]]

    def person(n):
        parts = n.split()
        if h["people"] == "initial":
            return f"{parts[0][0]}. {' '.join(parts[1:])}"
        return n.replace("van den", "vd")

    def hm(t):
        return f"{t.hour:02d}:{t.minute:02d}" if h["time"] == "colon" else f"{t.hour}.{t.minute:02d}"

    for p in _sorted(company.of("pr")):
        t = _local(p)
        budget = rnd.choice(["", "", "250,00", "1.250,00", "75,50"])
        note = rnd.choice(["", "", "", "Afstemmen met legal; embargo tot 9.00 uur", 'Quote CEO: "trots op het team"'])
        rows.append([t.strftime(h["date"]), hm(t), hm(_local_end(p)) if p.end else "", spell(rnd, "pr", p.channel),
                     p.title, " / ".join(person(n) for n in p.people), status_word[p.status], budget, note])
        p.written = dict(zip(rows[0], rows[-1]))
    rows.insert(rnd.randrange(2, len(rows)), ["n.t.b.", "", "", "LinkedIn", "Persbericht nieuwe fabriekshal Wrocław (datum n.t.b.)",
                                                "Pieter Smit" if h["people"] != "initial" else "P. Smit", "concept", "", "wacht op bouwvergunning"])
    path = out / "PR-planning.csv"
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))
    return path


def _local_end(p):
    return p.end.astimezone(ZoneInfo(ZONE[p.dept]))


# --- hr: Google Sheets csv -----------------------------------------------------------------
def hr(company, out, rnd, h):
    status_word = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Cancelled"}
    rows = [["Week", "Date", h["time_header"], "Platform", "Post", "Owner", "Status", "Approved?", "Hashtags", "Notes"]]
    last = None

    def who(people):
        style = rnd.random()
        if len(people) > 1:
            return " + ".join(n.split()[0] for n in people)
        if style < 0.3:
            return email(people[0])
        if style < 0.55:
            return people[0].split()[0] + " " + people[0].split()[-1][0] + "."
        return people[0]

    for p in _sorted(company.of("hr")):
        t = _local(p)
        week = t.isocalendar()[1]
        wk = f"Wk {week}" if week != last else ""
        last = week
        tm = (t.strftime("%-I:%M %p") if h["time"] == "ampm" else t.strftime("%H:%M"))
        if p.status == "planned" and t < datetime(2026, 10, 20, tzinfo=AMS):
            status = "Posted"
        else:
            status = status_word[p.status]
        rows.append([wk, t.strftime(h["date"]), tm, spell(rnd, "hr", p.channel), p.title, who(p.people), status,
                     "TRUE" if status in ("Scheduled", "Posted") else "FALSE",
                     rnd.choice(["#werkenbijvandijk", "#werkenbijvandijk #hiring", "#lifeatvandijk", ""]),
                     rnd.choice(["", "", "", "needs photo from Bas", "copy in the doc, link in bio"])])
        p.written = dict(zip(rows[0], rows[-1]))
    rows += [[""] * 10] * rnd.randint(3, 12)
    path = out / "HR Employer Branding calendar 2026 - Social.csv"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


W_EUROPE = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
AMS_TZ = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "X-LIC-LOCATION:Europe/Amsterdam",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
]
LONDON_TZ = [
    "BEGIN:VTIMEZONE", "TZID:Europe/London",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "DTSTART:19810329T010000",
    "TZNAME:BST", "TZOFFSETTO:+0100", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "DTSTART:19961027T020000",
    "TZNAME:GMT", "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE",
]
STAMP = "20260930T101500Z"


# --- events: Outlook ----------------------------------------------------------------------
def events(company, out, rnd, h):
    wz = "W. Europe Standard Time"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE", "X-WR-CALNAME:Events", *W_EUROPE]

    def ev(p: Post, extra=()):
        uid = "040000008200E00074C5B7101A82E008000000" + uuid.UUID(int=rnd.getrandbits(128)).hex.upper()
        summary = p.title
        if p.status == "cancelled":
            summary = "Geannuleerd: " + summary
        cats = []
        if p.channel:
            if h["channel_in"] == "categories":
                cats.append(spell(rnd, "events", p.channel))
            else:
                summary = f"[{spell(rnd, 'events', p.channel)}] {summary}"
        if p.status == "draft":
            cats.append("Concept")
        out_ = ["BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{STAMP}"]
        if p.people:
            org = p.people[0]
            out_.append(f'ORGANIZER;CN="{org}":mailto:{email(org)}')
            for other in p.people[1:]:
                out_.append(f'ATTENDEE;CN="{other}";RSVP=TRUE:mailto:{email(other)}')
        out_.append(f"DESCRIPTION:{_esc(rnd.choice(['', 'Foto’s via Lotte. Tekst in Teams-map Events/Q4.']))}")
        if p.all_day:
            out_ += [f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}",
                     f"DTEND;VALUE=DATE:{(p.last_day or p.day) + timedelta(days=1):%Y%m%d}"]
        else:
            out_ += [f'DTSTART;TZID="{wz}":{_wall(p.start, ZONE["events"])}',
                     f'DTEND;TZID="{wz}":{_wall(p.end or p.start + timedelta(minutes=30), ZONE["events"])}']
        out_ += [f"DTSTAMP:{STAMP}", "LAST-MODIFIED:20261001T080000Z", "LOCATION:" + ("Jaarbeurs Utrecht" if p.all_day else ""),
                 "PRIORITY:5", "SEQUENCE:0", f"SUMMARY;LANGUAGE=nl-NL:{_esc(summary)}", "TRANSP:OPAQUE", f"UID:{uid}"]
        if cats:
            out_.append("CATEGORIES:" + ",".join(_esc(c) for c in cats))
        out_ += list(extra)
        if p.status == "cancelled":
            out_.append("STATUS:CANCELLED")
        out_ += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]
        if p.all_day:
            out_.append("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
        out_ += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT"]
        p.written = {x.split(":")[0].split(";")[0]: x for x in out_ if x.startswith(("SUMMARY", "DTSTART", "ORGANIZER", "CATEGORIES"))}
        return out_

    for p in _sorted(company.of("events")):
        if p.series:
            continue
        lines += ev(p)
    for s in company.series:
        if s.dept != "events":
            continue
        p = Post(0, "events", s.title, s.channel, s.people, s.first, s.first + timedelta(minutes=s.minutes))
        extra = [f"RRULE:FREQ=WEEKLY;COUNT={s.count};BYDAY={'MO TU WE TH FR'.split()[s.first.weekday()]}",
                 "EXDATE;TZID=\"W. Europe Standard Time\":" + ",".join(_wall(x, ZONE["events"]) for x in s.exdates)]
        lines += ev(p, extra)
        uid_line = next(x for x in lines[::-1] if x.startswith("UID:"))
        for orig, new in s.moved.items():
            mp = Post(0, "events", s.title, s.channel, s.people, new, new + timedelta(minutes=s.minutes))
            block = ev(mp, [f'RECURRENCE-ID;TZID="{wz}":{_wall(orig, ZONE["events"])}'])
            block = [uid_line if x.startswith("UID:") else x for x in block]
            lines += block
    lines.append("END:VCALENDAR")
    path = out / "Events.ics"
    path.write_bytes(_ics(lines))
    return path


# --- product: Google Calendar -------------------------------------------------------------
def product(company, out, rnd, h):
    cal = "Product – content"
    cal_addr = "c_9f2b1e7a4d@group.calendar.google.com"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{cal}", "X-WR-TIMEZONE:Europe/Amsterdam",
             "X-WR-CALDESC:What Product posts where. Ask Ruben before moving anything.", *AMS_TZ]

    def ev(p: Post, start_lines, uid, extra=()):
        summary, location, desc = p.title, "", rnd.choice(["", "Draft in Notion", "Assets: <a href=\"https://drive.google.com/x\">drive</a>"])
        if p.channel:
            if h["channel_in"] == "location":
                location = p.channel
            elif h["channel_in"] == "description":
                desc = f"Channel: {p.channel}<br>" + desc
            else:
                summary = f"{ {'YouTube': 'YT', 'Instagram': 'IG', 'LinkedIn': 'LinkedIn', 'Blog': 'Blog'}[p.channel]} – {summary}"
        if p.status == "draft":
            desc = "DRAFT – not approved yet<br>" + desc
        out_ = ["BEGIN:VEVENT", *start_lines, f"DTSTAMP:{STAMP}", f"ORGANIZER;CN={cal}:mailto:{cal_addr}", f"UID:{uid}"]
        for n in p.people:
            out_.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={email(n)};"
                        f"X-NUM-GUESTS=0:mailto:{email(n)}")
        out_ += list(extra)
        out_ += [f"CREATED:{STAMP}", f"DESCRIPTION:{_esc(desc)}", "LAST-MODIFIED:20261002T091200Z",
                 f"LOCATION:{_esc(location)}", "SEQUENCE:0",
                 "STATUS:" + ("CANCELLED" if p.status == "cancelled" else "CONFIRMED"),
                 f"SUMMARY:{_esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT"]
        p.written = {x.split(":")[0].split(";")[0]: x for x in out_ if x.startswith(("SUMMARY", "DTSTART", "LOCATION", "DESCRIPTION"))}
        return out_

    for p in _sorted(company.of("product")):
        if p.series:
            continue
        end = p.end or p.start + timedelta(minutes=30)
        uid = f"{uuid.UUID(int=rnd.getrandbits(128)).hex[:26]}@google.com"
        lines += ev(p, [f"DTSTART:{_utc(p.start)}", f"DTEND:{_utc(end)}"], uid)
    for s in company.series:
        if s.dept != "product":
            continue
        uid = f"{uuid.UUID(int=rnd.getrandbits(128)).hex[:26]}@google.com"
        p = Post(0, "product", s.title, s.channel, s.people)
        byday = "MO TU WE TH FR".split()[s.first.weekday()]
        lines += ev(p, [f"DTSTART;TZID=Europe/Amsterdam:{_wall(s.first, 'Europe/Amsterdam')}",
                        f"DTEND;TZID=Europe/Amsterdam:{_wall(s.first + timedelta(minutes=s.minutes), 'Europe/Amsterdam')}",
                        f"RRULE:FREQ=WEEKLY;WKST=MO;COUNT={s.count};BYDAY={byday}",
                        *[f"EXDATE;TZID=Europe/Amsterdam:{_wall(x, 'Europe/Amsterdam')}" for x in s.exdates]], uid)
        for orig, new in s.moved.items():
            lines += ev(p, [f"DTSTART:{_utc(new)}", f"DTEND:{_utc(new + timedelta(minutes=s.minutes))}"], uid,
                        [f"RECURRENCE-ID;TZID=Europe/Amsterdam:{_wall(orig, 'Europe/Amsterdam')}"])
    lines.append("END:VCALENDAR")
    path = out / "Product – content_c_9f2b1e7a4d@group.calendar.google.com.ics"
    path.write_bytes(_ics(lines))
    return path


# --- polska: xlsx -------------------------------------------------------------------------
def polska(company, out, rnd, h):
    wb = Workbook()
    ws = wb.active
    ws.title = "Harmonogram"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Harmonogram publikacji – Van Dijk Polska (Wrocław)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Stan na: 01.10.2026, przygotowała: K. Nowak"
    heads = ["Data publikacji", "Dzień", "Godzina", "Kanał", "Temat", "Osoba odpowiedzialna", "Status", "Uwagi"]
    for i, t in enumerate(heads, start=1):
        ws.cell(row=4, column=i, value=t).font = Font(bold=True)
    status_word = {"planned": "Zaplanowany", "draft": "Szkic", "cancelled": "Anulowany"}
    row = 5
    for p in _sorted(company.of("polska")):
        t = _local(p)
        if h["date"] == "text":
            ws.cell(row=row, column=1, value=t.strftime("%d.%m.%Y"))
        elif h["date"] == "iso":
            ws.cell(row=row, column=1, value=t.strftime("%Y-%m-%d"))
        elif h["date"] == "serial":   # pasted as values from another sheet: Excel's day numbers
            ws.cell(row=row, column=1, value=(datetime(t.year, t.month, t.day) - datetime(1899, 12, 30)).days)
        else:
            c = ws.cell(row=row, column=1, value=datetime(t.year, t.month, t.day))
            c.number_format = "dd.mm.yyyy"
        ws.cell(row=row, column=2, value=PL_DAYS[t.weekday()])
        tm = f"{t.hour:02d}:{t.minute:02d}"
        if p.end:
            e = _local_end(p)
            tm += f"–{e.hour:02d}:{e.minute:02d}"
        ws.cell(row=row, column=3, value=tm)
        ws.cell(row=row, column=4, value=spell(rnd, "polska", p.channel))
        ws.cell(row=row, column=5, value=p.title)
        if h["people"] == "full":
            who = ", ".join(p.people)
        else:
            who = ", ".join(f"{n.split()[0][0]}. {n.split()[-1]}" for n in p.people)
        ws.cell(row=row, column=6, value=who)
        ws.cell(row=row, column=7, value=status_word[p.status])
        ws.cell(row=row, column=8, value=rnd.choice(["", "", "tłumaczenie z NL", "zdjęcia od Piotra"]))
        p.written = {heads[i - 1]: ws.cell(row=row, column=i).value for i in range(1, 8)}
        row += 1
    ws.cell(row=row + 1, column=1, value="RAZEM")
    ws.cell(row=row + 1, column=5, value=f"{row - 5} publikacji")
    path = out / "VanDijk_PL_harmonogram.xlsx"
    wb.save(path)
    return path


# --- uk: Apple Calendar -------------------------------------------------------------------
def uk(company, out, rnd, h):
    lines = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "VERSION:2.0", "X-WR-CALNAME:UK Sales – social",
             "PRODID:-//Apple Inc.//macOS 14.6.1//EN", "X-APPLE-CALENDAR-COLOR:#CC73E1", "X-WR-TIMEZONE:Europe/London",
             "CALSCALE:GREGORIAN", *LONDON_TZ]
    for p in _sorted(company.of("uk")):
        uid = str(uuid.UUID(int=rnd.getrandbits(128))).upper()
        if p.all_day:
            lines += ["BEGIN:VEVENT", f"CREATED:{STAMP}", f"UID:{uid}", f"DTEND;VALUE=DATE:{p.day + timedelta(days=1):%Y%m%d}",
                      "TRANSP:TRANSPARENT", f"SUMMARY:{_esc(p.title)}", f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}",
                      f"DTSTAMP:{STAMP}", "SEQUENCE:0", "END:VEVENT"]
            p.written = {"SUMMARY": f"SUMMARY:{p.title}", "DTSTART": f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}"}
            continue
        tag = spell(rnd, "uk", p.channel)
        summary = f"{tag}: {p.title}" if h["prefix"] == "colon" else f"[{tag}] {p.title}"
        ev = ["BEGIN:VEVENT", f"CREATED:{STAMP}", f"UID:{uid}", f"DTEND;TZID=Europe/London:{_wall(p.end, 'Europe/London')}",
              "TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", f"SUMMARY:{_esc(summary)}",
              "LAST-MODIFIED:20261001T120102Z", f"DTSTAMP:{STAMP}",
              f"DTSTART;TZID=Europe/London:{_wall(p.start, 'Europe/London')}", "SEQUENCE:1"]
        for n in p.people:
            ev.append(f'ATTENDEE;CN="{n}";CUTYPE=INDIVIDUAL;EMAIL="{email(n)}";PARTSTAT=ACCEPTED:mailto:{email(n)}')
        if p.status == "draft":
            ev.append("DESCRIPTION:tbc – waiting for dealer photos")
        if p.status == "cancelled":
            ev.append("STATUS:CANCELLED")
        ev += ["BEGIN:VALARM", f"X-WR-ALARMUID:{uuid.UUID(int=rnd.getrandbits(128))}".upper(), "TRIGGER:-PT15M",
               "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT"]
        p.written = {x.split(":")[0].split(";")[0]: x for x in ev if x.startswith(("SUMMARY", "DTSTART", "ATTENDEE"))}
        lines += ev
    lines.append("END:VCALENDAR")
    path = out / "UK Sales – social.ics"
    path.write_bytes(_ics(lines))
    return path


# --- service: Excel-NL csv with a title line ----------------------------------------------
def service(company, out, rnd, h):
    rows = []
    if h["title_line"]:
        rows += [["Planning socials Klantenservice - Q4 2026", "", "", "", "", ""], [""] * 6]
    rows.append(["Datum", "Tijdstip", "Kanaal", "Bericht", "Door", "Status"])
    status_word = {"planned": "ok", "draft": "concept", "cancelled": "geannuleerd"}
    last = None
    n = 0
    for p in _sorted(company.of("service")):
        t = _local(p)
        if last is not None and t.isocalendar()[1] != last:
            rows.append([""] * 6)
        last = t.isocalendar()[1]
        if h["date"] == "weekday":
            d = f"{NL_DAYS[t.weekday()]} {t:%d-%m-%Y}"
        elif h["date"] == "yearless":
            d = f"{NL_DAYS[t.weekday()]} {t.day} {NL_MONTHS[t.month - 1]}"
        else:
            d = f"{t.day}-{t.month}-{t.year}"
        who = "/".join(x.split()[0] for x in p.people)
        rows.append([d, f"{t.hour:02d}:{t.minute:02d}", spell(rnd, "service", p.channel), p.title, who,
                     status_word[p.status] if p.status != "planned" or rnd.random() < 0.7 else ""])
        p.written = dict(zip(["Datum", "Tijdstip", "Kanaal", "Bericht", "Door", "Status"], rows[-1]))
        n += 1
    rows += [[""] * 6, ["Totaal aantal berichten", str(n), "", "", "", ""]]
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path = out / "klantenservice_socials.csv"
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))
    return path


# --- sales: a week grid per sheet ----------------------------------------------------------
SALES_TAG = {"LinkedIn": "LI", "Facebook": "FB", "Instagram": "Insta"}
NL_LONG_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]


def sales(company, out, rnd, h):
    wb = Workbook()
    wb.remove(wb.active)
    by_week = {}
    for p in company.of("sales"):
        t = _local(p)
        by_week.setdefault(t.isocalendar()[1], []).append(p)
    monday0 = min(_local(p).date() for p in company.of("sales"))
    monday0 -= timedelta(days=monday0.weekday())
    for w in range(6):
        monday = monday0 + timedelta(days=7 * w)
        week = monday.isocalendar()[1]
        posts = by_week.get(week, [])
        ws = wb.create_sheet(f"Week {week}")
        ws.merge_cells("A1:F1")
        ws["A1"] = (f"Sales Benelux – social planning week {week} ({monday.day} t/m {(monday + timedelta(days=4)).day} "
                    f"{NL_MONTHS[(monday + timedelta(days=4)).month - 1]} 2026)")
        ws["A1"].font = Font(bold=True, size=13)
        ws.cell(row=3, column=1, value="Tijd").font = Font(bold=True)
        for i in range(5):
            d = monday + timedelta(days=i)
            if h["head"] == "date":
                c = ws.cell(row=3, column=2 + i, value=datetime(d.year, d.month, d.day))
                c.number_format = "dddd d mmm"
            else:
                c = ws.cell(row=3, column=2 + i, value=f"{NL_LONG_DAYS[i]} {d.day}-{d.month}")
            c.font = Font(bold=True)
            ws.column_dimensions["BCDEF"[i]].width = 34
        slots = sorted({(9, 0), (12, 0), (16, 0)} | {(_local(p).hour, _local(p).minute) for p in posts})
        for r, (hh, mm) in enumerate(slots, start=4):
            ws.cell(row=r, column=1, value=f"{hh:02d}:{mm:02d}")
            for i in range(5):
                d = monday + timedelta(days=i)
                here = [p for p in posts if _local(p).date() == d and (_local(p).hour, _local(p).minute) == (hh, mm)]
                texts = []
                for p in here:
                    who = " & ".join(n.split()[0] for n in p.people)
                    tag = SALES_TAG[p.channel]
                    if h["cell"] == "prefix":
                        texts.append(f"{tag}: {p.title}" + (f" ({who})" if who else ""))
                    else:
                        texts.append(f"{p.title}\n{tag}" + (f" – {who}" if who else ""))
                    if p.status == "draft":
                        texts[-1] += " [concept]"
                    elif p.status == "cancelled":
                        texts[-1] = "VERVALT: " + texts[-1]
                if texts:
                    c = ws.cell(row=r, column=2 + i, value="\n".join(texts))
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    for p, text in zip(here, texts):
                        p.written = {"sheet": ws.title, "cell": c.coordinate, "text": text, "column": ws.cell(row=3, column=2 + i).value}
    path = out / "Weekplanning Sales Benelux.xlsx"
    wb.save(path)
    return path


WRITERS = {"marketing": marketing, "pr": pr, "hr": hr, "events": events, "product": product,
           "polska": polska, "uk": uk, "service": service, "sales": sales}
_ = (TEAMS, DEPT_NAMES)
