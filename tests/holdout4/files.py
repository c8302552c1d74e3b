"""Writes Nordlys Radio & TV's departments' files the way each department hands them over.

nyheter  Outlook / Teams CSV export ("Subject","Start Date","Start Time",…,"Categories"), cp1252,
         dates and times in the exporter's locale (sv "2026-10-12" "09:00:00", en-US "10/12/2026"
         "9:00:00 AM", en-GB "12/10/2026"), a weekly series written out as one row per occurrence
sport    LibreOffice .ods, Danish: title row, "Uge"/"Dato"/"Kl."/"Kanal"/"Indhold"/"Ansvarlig",
         "man. 12/10" text, date cells or "12. okt."; "kl. 9.00", "09.00" or time cells; merged day cells
kultur   xlsx, Norwegian: "Uke", weekday names, yearless "12.10." text or "dd.mm." date cells,
         "kl. 09.00", durations "45 min" / "1:30" instead of ends, a status column of colours only
barn     Notion CSV export (UTF-8 BOM): "October 12, 2026 9:00 AM (GMT+3)" (the Helsinki desk),
         ranges "… → 9:30 AM (GMT+3)", people as "Sara Holm, Johan Ek"
press    Google Calendar .ics: UTC stamps, X-WR-TIMEZONE, attendees with CN, HTML descriptions
         ("<b>Kanal:</b> LinkedIn<br>…") or the channel in LOCATION, RRULE+EXDATE+RECURRENCE-ID
hr       Asana CSV export: due dates only (all-day), Assignee + Assignee Email, channel in Tags or
         in Section/Column
radio    Trello CSV export: "Due Date" in UTC "2026-10-12T05:15:00.000Z", channel among the Labels
         ("Instagram (purple), Live (green)"), Members by full name or Trello username, List Name as status
play     Airtable CSV: "Publish time" as "10/12/2026 9:00am", "2026-10-12 09:00:00" or
         "12/10/2026 09:00", "Length" as "0:45" or "45 min", collaborators "A,B"
"""
from __future__ import annotations

import csv
import io
import random
import uuid
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from tests.holdout3.company import Post
from tests.heldout_kit.ics import esc as _esc, ics as _ics, utc as _utc, wall as _wall
from tests.holdout4.company import STO, ZONE, Company

SPELL = {
    "nyheter": {"Facebook": ["Facebook"], "Instagram": ["Instagram"], "X": ["X"], "TikTok": ["TikTok"],
                "Newsletter": ["Nyhetsbrev"]},
    "sport": {"Facebook": ["FB", "Facebook"], "Instagram": ["Insta", "IG"], "X": ["X (Twitter)", "X"],
              "YouTube": ["YouTube", "YT"]},
    "kultur": {"Instagram": ["Insta", "Instagram"], "Facebook": ["Facebook"], "Blog": ["Nettside"],
               "YouTube": ["YouTube"]},
    "barn": {"YouTube": ["YouTube"], "TikTok": ["TikTok"], "Instagram": ["Instagram", "Insta"]},
    "press": {"LinkedIn": ["LinkedIn"], "X": ["X"], "Newsletter": ["Nyhetsbrev"], "Blog": ["Webb"]},
    "hr": {"LinkedIn": ["LinkedIn"], "Instagram": ["Instagram"]},
    "play": {"Instagram": ["IG", "Instagram"], "TikTok": ["TikTok"], "YouTube": ["YouTube"], "Facebook": ["FB"]},
}
DOMAIN = "nordlys.example"
DA_DAYS = ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."]
DA_MONTHS = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
NO_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NO_SHORT = ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."]


def email(name: str) -> str:
    table = str.maketrans("åäöøæé", "aaooae")
    first, *rest = name.lower().translate(table).split()
    return f"{first}.{''.join(rest)}@{DOMAIN}"


def spell(rnd, dept, channel):
    return rnd.choice(SPELL[dept][channel]) if channel else ""


def _local(p: Post):
    return p.start.astimezone(ZoneInfo(ZONE[p.dept]))


def _sorted(posts):
    return sorted(posts, key=lambda p: (p.start.astimezone(STO).replace(tzinfo=None) if p.start else
                                        datetime(p.day.year, p.day.month, p.day.day), p.pid))


def write_company(company: Company, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(company.seed * 53 + 7)
    return {dept: writer(company, out, rnd, company.habits[dept]) for dept, writer in WRITERS.items()}


def _end(p: Post, default=30):
    return p.end or p.start + timedelta(minutes=default)


# --- nyheter: Outlook CSV --------------------------------------------------------------------
OUTLOOK_HEAD = ["Subject", "Start Date", "Start Time", "End Date", "End Time", "All day event", "Reminder on/off",
                "Reminder Date", "Reminder Time", "Meeting Organizer", "Required Attendees", "Optional Attendees",
                "Meeting Resources", "Billing Information", "Categories", "Description", "Location", "Mileage",
                "Priority", "Private", "Sensitivity", "Show time as"]


def nyheter(company, out, rnd, h):
    def d(t):
        return {"sv": t.strftime("%Y-%m-%d"), "en-us": f"{t.month}/{t.day}/{t.year}",
                "en-gb": t.strftime("%d/%m/%Y")}[h["locale"]]

    def tm(t):
        return t.strftime("%H:%M:%S") if h["locale"] != "en-us" else t.strftime("%-I:%M:%S %p")

    rows = [OUTLOOK_HEAD]
    for p in _sorted(company.of("nyheter")):
        t, e = _local(p), _end(p).astimezone(ZoneInfo(ZONE["nyheter"]))
        subject = ("Inställt: " if p.status == "cancelled" else "") + p.title
        cats = [spell(rnd, "nyheter", p.channel)]
        if h["cats"] == "channel+desk":
            cats.append(rnd.choice(["Nyhetsdesk", "Webbredaktionen"]))
        rem = t - timedelta(minutes=15)
        row = [subject, d(t), tm(t), d(e), tm(e), "False", "True", d(rem), tm(rem), p.people[0],
               ";".join(p.people[1:]), "", "", "", ";".join(cats),
               rnd.choice(["", "", "Text i Teams-kanalen.\r\nBild: TT", "Länk: https://nordlys.example/nyheter"]),
               rnd.choice(["", "Studio 3", "Microsoft Teams-möte"]), "", "Normal", "False", "Normal", "2"]
        rows.append(row)
        p.written = {k: v for k, v in zip(OUTLOOK_HEAD, row) if k in ("Subject", "Start Date", "Start Time",
                                                                       "Meeting Organizer", "Required Attendees",
                                                                       "Categories")}
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    path = out / "Nyheter kalender (Outlook-export).CSV"
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))
    return path


# --- sport: LibreOffice .ods ----------------------------------------------------------------
def _ods_cell(v, *, span=1, style=None):
    st = f' table:style-name="{style}"' if style else ""
    sp = f' table:number-rows-spanned="{span}" table:number-columns-spanned="1"' if span > 1 else ""
    if v is None or v == "":
        return f"<table:table-cell{st}{sp}/>"
    if isinstance(v, datetime):
        if v.year == 1899:   # a time of day
            return (f'<table:table-cell{st}{sp} office:value-type="time" office:time-value="PT{v.hour:02d}H{v.minute:02d}M00S">'
                    f"<text:p>{v.hour:02d}.{v.minute:02d}</text:p></table:table-cell>")
        return (f'<table:table-cell{st}{sp} office:value-type="date" office:date-value="{v:%Y-%m-%d}">'
                f"<text:p>{DA_DAYS[v.weekday()]} {v.day:02d}-{v.month:02d}-{v.year}</text:p></table:table-cell>")
    if isinstance(v, (int, float)):
        return f'<table:table-cell{st}{sp} office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell{st}{sp} office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'


def write_ods(path: Path, sheets: list[tuple[str, list[list]]], spans: dict | None = None):
    """A minimal LibreOffice Calc file: mimetype, manifest, content.xml. spans: (sheet, row, col) ->
    rows spanned (merged cells; the covered cells below are table:covered-table-cell)."""
    spans = spans or {}
    covered = {(s, r + k, c) for (s, r, c), n in spans.items() for k in range(1, n)}
    body = []
    for name, rows in sheets:
        body.append(f'<table:table table:name="{escape(name)}"><table:table-column table:number-columns-repeated="9"/>')
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                if (name, r, c) in covered:
                    cells.append("<table:covered-table-cell/>")
                else:
                    cells.append(_ods_cell(v, span=spans.get((name, r, c), 1), style="bold" if r == 0 else None))
            body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        body.append("</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="bold" style:family="table-cell">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               "<office:body><office:spreadsheet>" + "".join(body) + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def sport(company, out, rnd, h):
    status = {"planned": "Klar", "draft": "Kladde", "cancelled": "Aflyst"}
    head = ["Uge", "Dato", "Kl.", "Kanal", "Indhold", "Ansvarlig", "Status", "Bemærkninger"]
    rows = [["Sporten – SoMe-plan efterår 2026"], [], head]
    spans = {}
    last_week, day_top = None, None

    def who(n):
        return n if rnd.random() < 0.6 else f"{n.split()[0]} {n.split()[-1][0]}."

    for p in _sorted(company.of("sport")):
        d = p.day if p.all_day else _local(p).date()
        week = d.isocalendar()[1]
        wk = f"Uge {week}" if week != last_week else ""
        last_week = week
        if h["date"] == "cell":
            dv = datetime(d.year, d.month, d.day)
        elif h["date"] == "weekday-dm":
            dv = f"{DA_DAYS[d.weekday()]} {d.day}/{d.month}"
        else:
            dv = f"{d.day}. {DA_MONTHS[d.month - 1]}"
        if p.all_day:
            if p.last_day:
                dv = f"{d.day}/{d.month}–{p.last_day.day}/{p.last_day.month}"
            tv = "hele dagen"
        else:
            t = _local(p)
            tv = {"kl": f"kl. {t.hour}.{t.minute:02d}", "dot": f"{t.hour:02d}.{t.minute:02d}",
                  "cell": datetime(1899, 12, 30, t.hour, t.minute)}[h["time"]]
        r = len(rows)
        if h["merge_days"] and day_top and day_top[1] == d and not wk and not p.all_day:
            spans[("Efterår", day_top[0], 1)] = r - day_top[0] + 1
            dv_written = None
        else:
            day_top = (r, d)
            dv_written = dv
        row = [wk, dv_written, tv, spell(rnd, "sport", p.channel), p.title, " og ".join(who(n) for n in p.people),
               status[p.status], rnd.choice(["", "", "Klip fra TV2-signal", "Husk rettigheder!"])]
        rows.append(row)
        p.written = dict(zip(head, row)) | {"row": r + 1, "Dato (merged)": dv}
    path = out / "Sporten_SoMe_efteraar.ods"
    write_ods(path, [("Efterår", rows)], spans)
    return path


# --- kultur: xlsx, colours for status -------------------------------------------------------
def kultur(company, out, rnd, h):
    fills = {"planned": "C6EFCE", "draft": "FFEB9C", "cancelled": "FFC7CE"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Høst 2026"
    ws["A1"] = "Innholdsplan Kultur Oslo – høsten 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Grønn = klar   Gul = utkast   Rød = avlyst"
    head = ["Uke", "Dag", "Dato", "Tid", "Varighet", "Kanal", "Innhold", "Ansvarlig", "Status"]
    for i, t in enumerate(head, start=1):
        ws.cell(row=4, column=i, value=t).font = Font(bold=True)
    row, last = 5, None
    for p in _sorted(company.of("kultur")):
        t = _local(p)
        week = t.isocalendar()[1]
        ws.cell(row=row, column=1, value=week if week != last else None)
        last = week
        ws.cell(row=row, column=2, value=NO_DAYS[t.weekday()])
        if h["date"] == "cell":
            c = ws.cell(row=row, column=3, value=datetime(t.year, t.month, t.day))
            c.number_format = "dd.mm."
        elif h["date"] == "dm-dot":
            ws.cell(row=row, column=3, value=f"{t.day:02d}.{t.month:02d}.")
        else:
            ws.cell(row=row, column=3, value=f"{NO_SHORT[t.weekday()]} {t.day}.{t.month}.")
        ws.cell(row=row, column=4, value=f"kl. {t.hour:02d}.{t.minute:02d}" if h["time"] == "kl" else f"{t.hour:02d}:{t.minute:02d}")
        if p.end:
            m = int((p.end - p.start).total_seconds() // 60)
            ws.cell(row=row, column=5, value=f"{m} min" if h["duration"] == "min" else f"{m // 60}:{m % 60:02d}")
        ws.cell(row=row, column=6, value=spell(rnd, "kultur", p.channel))
        ws.cell(row=row, column=7, value=p.title)
        ws.cell(row=row, column=8, value=", ".join(p.people))
        ws.cell(row=row, column=9).fill = PatternFill("solid", fgColor=fills[p.status])
        p.written = {head[i - 1]: ws.cell(row=row, column=i).value for i in range(1, 9)} | {"status colour": fills[p.status]}
        row += 1
    path = out / "Kultur_innholdsplan_H2026.xlsx"
    wb.save(path)
    return path


# --- barn: Notion CSV --------------------------------------------------------------------------
def _notion(t: datetime) -> str:
    return f"{t:%B} {t.day}, {t.year} {t.strftime('%-I:%M %p')}"


def _gmt(t: datetime) -> str:
    off = int(t.utcoffset().total_seconds() // 3600)
    return f"(GMT+{off})" if off >= 0 else f"(GMT{off})"


def barn(company, out, rnd, h):
    status = {"planned": "Klar", "draft": "Utkast", "cancelled": "Inställd"}
    head = ["Namn", "Publicering", "Kanal", "Ansvarig", "Status", "Skapad", "Taggar"]
    rows = [head]
    for p in _sorted(company.of("barn")):
        t = _local(p)
        when = _notion(t)
        if h["tool"] == "notion-range":
            e = t + timedelta(minutes=30)
            when += f" → {e.strftime('%-I:%M %p')}"
        when += f" {_gmt(t)}"
        row = [p.title, when, spell(rnd, "barn", p.channel), ", ".join(p.people), status[p.status],
               f"September {rnd.randint(1, 30)}, 2026 {rnd.randint(1, 12)}:{rnd.randint(0, 59):02d} AM",
               rnd.choice(["", "Barnkanalen", "Barnkanalen, Pyssel", "Monsterskolan"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path = out / "Barn & Unga – publiceringsplan 3f2a9c1e7b.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# --- press: Google Calendar ------------------------------------------------------------------
STO_TZ = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "X-LIC-LOCATION:Europe/Stockholm",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
]
STAMP = "20261001T081500Z"


def press(company, out, rnd, h):
    cal = "Press & Kommunikation"
    addr = "c_51ab7e20cc@group.calendar.google.com"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{cal}", "X-WR-TIMEZONE:Europe/Stockholm", *STO_TZ]

    def ev(p, start_lines, uid, extra=()):
        desc = rnd.choice(["", "Utkast i <a href=\"https://docs.google.com/d/1x\">dokumentet</a>", "Godkänt av <i>Karin</i>"])
        location = ""
        if p.channel:
            if h["channel_in"] == "description":
                desc = f"<b>Kanal:</b> {spell(rnd, 'press', p.channel)}<br>" + desc
            else:
                location = spell(rnd, "press", p.channel)
        if p.status == "draft":
            desc = "<u>UTKAST</u><br>" + desc
        ev_ = ["BEGIN:VEVENT", *start_lines, f"DTSTAMP:{STAMP}", f"ORGANIZER;CN={cal}:mailto:{addr}", f"UID:{uid}"]
        for n in p.people:
            ev_.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="{n}";'
                       f"X-NUM-GUESTS=0:mailto:{email(n)}")
        ev_ += list(extra)
        ev_ += [f"CREATED:{STAMP}", f"DESCRIPTION:{_esc(desc)}", "LAST-MODIFIED:20261002T091200Z",
                f"LOCATION:{_esc(location)}", "SEQUENCE:0", "STATUS:" + ("CANCELLED" if p.status == "cancelled" else "CONFIRMED"),
                f"SUMMARY:{_esc(p.title)}", "TRANSP:OPAQUE", "END:VEVENT"]
        p.written = {x.split(":")[0].split(";")[0]: x for x in ev_ if x.startswith(("SUMMARY", "DTSTART", "LOCATION", "DESCRIPTION"))}
        return ev_

    def uid():
        return f"{uuid.UUID(int=rnd.getrandbits(128)).hex[:26]}@google.com"

    for p in _sorted(company.of("press")):
        if p.series:
            continue
        if p.all_day:
            lines += ev(p, [f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}", f"DTEND;VALUE=DATE:{p.day + timedelta(days=1):%Y%m%d}"], uid())
        else:
            lines += ev(p, [f"DTSTART:{_utc(p.start)}", f"DTEND:{_utc(_end(p))}"], uid())
    for s in company.series:
        if s.dept != "press":
            continue
        u = uid()
        p = Post(0, "press", s.title, s.channel, s.people)
        z = ZONE["press"]
        lines += ev(p, [f"DTSTART;TZID={z}:{_wall(s.first, z)}", f"DTEND;TZID={z}:{_wall(s.first + timedelta(minutes=30), z)}",
                        f"RRULE:FREQ=WEEKLY;WKST=MO;COUNT={s.count};BYDAY={'MO TU WE TH FR'.split()[s.first.weekday()]}",
                        *[f"EXDATE;TZID={z}:{_wall(x, z)}" for x in s.exdates]], u)
        for orig, new in s.moved.items():
            lines += ev(p, [f"DTSTART:{_utc(new)}", f"DTEND:{_utc(new + timedelta(minutes=30))}"], u,
                        [f"RECURRENCE-ID;TZID={z}:{_wall(orig, z)}"])
    lines.append("END:VCALENDAR")
    path = out / "Press & Kommunikation_c_51ab7e20cc@group.calendar.google.com.ics"
    path.write_bytes(_ics(lines))
    return path


# --- hr: Asana CSV ----------------------------------------------------------------------------
ASANA_HEAD = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee",
              "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task",
              "Blocked By (Dependencies)", "Blocking (Dependencies)"]


def hr(company, out, rnd, h):
    rows = [ASANA_HEAD]
    section = {"planned": "Scheduled", "draft": "Drafts", "cancelled": "Scrapped"}
    for p in _sorted(company.of("hr")):
        n = p.people[0]
        if h["tags"] == "tags":
            sec, tags = section[p.status], ",".join(x for x in (p.channel, rnd.choice(["", "employer-brand"])) if x)
        else:
            sec, tags = p.channel, {"planned": "", "draft": "draft", "cancelled": "scrapped"}[p.status]
        row = [str(1200000000000000 + rnd.getrandbits(40)), "2026-09-2" + str(rnd.randint(1, 9)), "", "2026-10-01",
               p.title, sec, n, email(n), "", p.day.isoformat(), tags,
               rnd.choice(["", "Copy in the brief doc", "Photo: ask the weather team\nTag @nordlys"]),
               "Employer brand 2026", "", "", ""]
        rows.append(row)
        p.written = {k: v for k, v in zip(ASANA_HEAD, row) if k in ("Name", "Section/Column", "Assignee", "Due Date", "Tags")}
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path = out / "Employer_brand_2026.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


# --- play: Airtable CSV ------------------------------------------------------------------------
def play(company, out, rnd, h):
    status = {"planned": "Scheduled", "draft": "Idea", "cancelled": "Killed"}
    head = ["Title", "Publish time", "Length", "Channel", "Owner", "Status", "Show", "Attachments"]
    rows = [head]
    for p in _sorted(company.of("play")):
        t = _local(p)
        when = {"us12": f"{t.month}/{t.day}/{t.year} {t.strftime('%-I:%M')}{t.strftime('%p').lower()}",
                "iso-seconds": t.strftime("%Y-%m-%d %H:%M:%S"), "eu24": t.strftime("%d/%m/%Y %H:%M")}[h["when"]]
        length = ""
        if p.end:
            m = int((p.end - p.start).total_seconds() // 60)
            length = f"{m // 60}:{m % 60:02d}" if h["length"] == "hmm" else f"{m} min"
        row = [p.title, when, length, spell(rnd, "play", p.channel), ",".join(p.people), status[p.status],
               rnd.choice(["", "Kvällsöppet", "Sportrevyen"]),
               rnd.choice(["", "poster.jpg (https://dl.airtable.com/.attachments/ab12/poster.jpg)"])]
        rows.append(row)
        p.written = dict(zip(head[:6], row[:6]))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path = out / "Play launches-Grid view.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


# --- radio: Trello CSV -------------------------------------------------------------------------
TRELLO_HEAD = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date",
               "Attachment Count", "Attachment Links", "Checklist Item Total Count", "Checklist Item Completed Count",
               "Vote Count", "Comment Count", "Last Activity Date", "List ID", "List Name", "Board ID", "Board Name",
               "Archived", "Start Date", "Due Complete"]
LABEL_COLOURS = {"Instagram": "purple", "TikTok": "black", "Facebook": "blue", "X": "sky"}


def username(name: str) -> str:
    return email(name).split("@")[0].replace(".", "")


def radio(company, out, rnd, h):
    lists = {"planned": ("5f1a", "Planlagt"), "draft": ("5f1b", "Idéer"), "cancelled": ("5f1c", "Droppet")}
    rows = [TRELLO_HEAD]
    for p in _sorted(company.of("radio")):
        cid = uuid.UUID(int=rnd.getrandbits(128)).hex[:24]
        labels = [p.channel if p.channel != "X" else "X/Twitter"]
        if rnd.random() < 0.4:
            labels.append(rnd.choice(["Ukens låt", "Konkurranse", "Live"]))
        if h["labels"] == "colour":
            labels = [f"{x} ({LABEL_COLOURS.get(p.channel if i == 0 else '', 'green')})" for i, x in enumerate(labels)]
        members = ", ".join(n if h["members"] == "full" else username(n) for n in p.people)
        due = p.start.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        lid, lname = lists[p.status]
        row = [cid, p.title, f"https://trello.com/c/{cid[:8]}/{p.pid}", rnd.choice(["", "Manus i Drive", "**Husk** lydklipp"]),
               ", ".join(labels), members, due, "0", "", "0", "0", "0", str(rnd.randint(0, 4)),
               "2026-10-01T09:12:44.120Z", lid + "0" * 20, lname, "5f19" + "0" * 20, "P3 SoMe", "false", "", "false"]
        rows.append(row)
        p.written = {k: v for k, v in zip(TRELLO_HEAD, row) if k in ("Card Name", "Labels", "Members", "Due Date", "List Name")}
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path = out / "P3 SoMe - Trello.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


WRITERS = {"nyheter": nyheter, "sport": sport, "kultur": kultur, "barn": barn, "press": press, "hr": hr, "play": play,
           "radio": radio}
