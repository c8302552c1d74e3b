"""Writes Halcyon Audio's departments' files the way each department hands them over.

brand      HubSpot social export (CSV): "Publish Date" 10/12/2026 (month-first) and "Publish Time" 3:30 PM,
           or both in one cell; "(ET)" in a header when it names its zone; "Account" holds the brand's
           @handle (no person); "Created By" one person, full or as colleagues call them ("Jen Park")
comms      Outlook .ics: TZID "Eastern Standard Time" (some events "GMT Standard Time" or "AUS Eastern
           Standard Time"), ORGANIZER / ATTENDEE CN="Katherine Doyle", "Canceled: " subjects, channel in
           CATEGORIES or as "LinkedIn: …" subject, a weekly series over both summer-time ends with EXDATE
           and a moved occurrence, an all-day embargo
chicago    Smartsheet export (xlsx): "Publish Date" date cells shown mm/dd/yy, "Time" "9am CT" / "10:30 AM CT"
           or "9:00 AM", a "Fiscal Week" column ("FY27 W16"), "Assigned To" e-mails (jpark@…) or names
la         Sprout Social export (CSV): "Date" 10/12/2026, "Time" "2:00 PM PDT" (PST after 1 November) or
           "2:00 PM PT"; the message with emoji, @handles and trailing #hashtags; UTM links; "X (Twitter)"
london     EMEA Excel plan (xlsx): a title block, "Week of 12 Oct" rows, day-first "12/10/2026", "12/10/26"
           or date cells; "10am", "10:30am", "noon", "15:00", "10:00 BST" / "10:00 GMT", "TBD"; "Insta"
dublin     Google Sheets CSV: day-first "05/10/2026" (the team plans days 1-12 of a month only, so every
           date reads both ways) or, exported badly, serial numbers "46300"; "14:30"
sydney     Trello CSV export: "Due Date" in UTC ("2026-10-12T22:00:00.000Z"), labels "Instagram (purple)",
           members, lists as status; or an Outlook .ics in "AUS Eastern Standard Time"
toronto    Asana CSV export: ISO "Due Date", a "Publish Time" field "3:30 p.m." / "noon" / "9 a.m." or
           "3:30 PM", "TBD"; "Assignee" and "Assignee Email"
singapore  Airtable CSV: "Publish Date" "12/10/2026 2:30pm" (day-first) or "2026-10-12 14:30";
           collaborators "Rachel Lim,Priya Nair"
joburg     Notion CSV (UTF-8 with BOM): "October 12, 2026 2:30 PM (GMT+2)" or without the zone; a three-day
           expo "October 21, 2026 → October 23, 2026"; emoji in names
"""
from __future__ import annotations

import unicodedata
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font

from tests.holdout3.company import Post
from tests.heldout_kit.posts import Clocks, csv_text as _csv, end as _end, write_all
from tests.heldout_kit.outlook import outlook_events
from tests.heldout_kit.ics import esc as _esc, ics as _ics, wall as _wall

DOMAIN = "halcyon.example"
SPELL = {
    "brand": {"Instagram": ["Instagram"], "LinkedIn": ["LinkedIn"], "X": ["Twitter", "X"], "Facebook": ["Facebook"],
              "YouTube": ["YouTube"]},
    "comms": {"LinkedIn": ["LinkedIn"], "X": ["X", "Twitter"], "Newsletter": ["Newsletter", "Email"], "Blog": ["Blog"]},
    "chicago": {"LinkedIn": ["LinkedIn"], "Newsletter": ["Email", "Newsletter"], "Blog": ["Blog", "Website"],
                "Facebook": ["Facebook"]},
    "la": {"Instagram": ["Instagram"], "TikTok": ["TikTok"], "YouTube": ["YouTube"], "X": ["X (Twitter)", "X"],
           "Pinterest": ["Pinterest"]},
    "london": {"LinkedIn": ["LinkedIn", "LI"], "X": ["Twitter", "X"], "Instagram": ["Instagram", "Insta"],
               "Newsletter": ["Newsletter", "E-newsletter"], "Blog": ["Blog"]},
    "dublin": {"Facebook": ["Facebook", "FB"], "X": ["X", "Twitter"], "Instagram": ["Instagram", "IG"],
               "Newsletter": ["Email newsletter", "Newsletter"]},
    "sydney": {"Instagram": ["Instagram"], "Facebook": ["Facebook"], "LinkedIn": ["LinkedIn"], "TikTok": ["TikTok"]},
    "toronto": {"LinkedIn": ["LinkedIn"], "Instagram": ["Instagram"], "YouTube": ["YouTube"],
                "Newsletter": ["Newsletter", "Email"]},
    "singapore": {"LinkedIn": ["LinkedIn"], "Instagram": ["Instagram"], "Facebook": ["Facebook"], "TikTok": ["TikTok"]},
    "joburg": {"LinkedIn": ["LinkedIn"], "Facebook": ["Facebook"], "X": ["X", "Twitter"], "Instagram": ["Instagram"],
               "WhatsApp": ["WhatsApp", "WhatsApp Channel"]},
}
US_DEPTS = ("brand", "comms", "chicago", "la", "toronto")
EMOJI = ["🎧", "🔊", "✨", "🚀", "🎶", "🔥"]
HASHTAGS = ["#HalcyonSound", "#NewMusic", "#Audiophile", "#BlackFriday", "#GiftGuide", "#SoundOn"]


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def email(name: str) -> str:
    """jpark@halcyon.example: the first initial and the family name, as the company's directory has it."""
    from tests.holdout8.company import PERSON
    p = PERSON[name]
    return f"{_ascii(p.given)[0]}{_ascii(p.family)}@{DOMAIN}"


def nick(name: str) -> str:
    from tests.holdout8.company import PERSON
    return PERSON[name].nick


def spell(rnd, dept, channel):
    return rnd.choice(SPELL[dept][channel]) if channel else ""


def _zones():
    from tests.holdout8.company import ZONE
    return ZONE


_clocks = Clocks(_zones)
_zone, _local, _day, _sorted = _clocks.zone, _clocks.local, _clocks.day, _clocks.sorted


def _clock(t, how="12h") -> str:
    """3:30 PM, 3pm, 3:30 p.m., noon: the ways an English clock is written."""
    h12 = t.hour % 12 or 12
    am = t.hour < 12
    if how == "12h":          # 3:30 PM
        return f"{h12}:{t.minute:02d} {'AM' if am else 'PM'}"
    if how == "short":        # 3pm, 10:30am, noon
        if (t.hour, t.minute) == (12, 0):
            return "noon"
        return f"{h12}{'' if not t.minute else f':{t.minute:02d}'}{'am' if am else 'pm'}"
    if how == "dotted":       # 3:30 p.m., 9 a.m., noon
        if (t.hour, t.minute) == (12, 0):
            return "noon"
        return f"{h12}{'' if not t.minute else f':{t.minute:02d}'} {'a.m.' if am else 'p.m.'}"
    return f"{t.hour:02d}:{t.minute:02d}"


def _utm(link: str, source: str, campaign: str = "q4-26") -> str:
    return f"{link}?utm_source={source}&utm_medium=social&utm_campaign={campaign}"


def _link(rnd, p: Post, source: str) -> str:
    if p.note:   # a campaign's landing page, tagged by each team for its own network
        return _utm(p.note, source)
    return _utm("https://halcyon.example/blog", source) if rnd.random() < 0.25 else ""


def write_company(company, out: Path) -> dict[str, Path]:
    return write_all(company, out, WRITERS, (5113, 7))


def told_zones(company, files: dict[str, Path]) -> list[str]:
    """The `--tz FILE=ZONE` a coordinator passes for the sheets that do not say their zone: she knows where
    each office sits. The .ics files, Trello's UTC, and the sheets whose cells or headers name it go without."""
    from tests.holdout8.company import ZONE
    named = {"comms", "la", "sydney"} | {d for d, h in company.habits.items() if h.get("zone") == "hint"}
    named |= {"chicago"} if company.habits["chicago"]["time"] == "abbr" else set()
    named |= {"london"} if company.habits["london"]["time"] == "zone" else set()
    return [f"--tz={files[d].name}={ZONE[d]}" for d in files if d not in named]


# --- brand: HubSpot social export -------------------------------------------------------------
def brand(company, out, rnd, h):
    status = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Canceled"}
    et = " (ET)" if h["zone"] == "hint" else ""
    when_head = [f"Publish Date{et}", "Publish Time"] if h["when"] == "split" else [f"Publish Date{et}"]
    head = [*when_head, "Network", "Account", "Post Text", "Link", "Campaign", "Created By", "Status"]
    rows = [head]
    for p in _sorted(company.of("brand")):
        t = _local(p)
        when = [f"{t:%m/%d/%Y}", _clock(t)] if h["when"] == "split" else [f"{t:%m/%d/%Y} {_clock(t)}"]
        who = p.people[0] if h["names"] == "full" else nick(p.people[0])
        row = [*when, spell(rnd, "brand", p.channel), rnd.choice(["@HalcyonAudio", "Halcyon Audio"]), p.title,
               _link(rnd, p, (p.channel or "web").lower()), rnd.choice(["", "Q4 Always-on", "Holiday 2026"]), who,
               status[p.status]]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "hubspot-social-posts-export-2026-10-01.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


# --- comms / sydney: Outlook .ics -------------------------------------------------------------
EASTERN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
GMT_ST = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
AUS_EASTERN = [
    "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE",
]
WIN_ZONE = {"Eastern Standard Time": "America/New_York", "GMT Standard Time": "Europe/London",
            "AUS Eastern Standard Time": "Australia/Sydney"}


def _outlook(company, dept, rnd, h, home: str, others: tuple[str, ...]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-WR-CALNAME:" + {"comms": "Corporate Communications", "sydney": "ANZ Social"}[dept],
             *EASTERN, *GMT_ST, *AUS_EASTERN]

    def ev(p, start_lines, uid, extra=()):
        summary = p.title
        cats = []
        if p.channel:
            if h.get("channel_in", "categories") == "categories":
                cats.append(spell(rnd, dept, p.channel))
            else:
                summary = f"{spell(rnd, dept, p.channel)}: {summary}"
        if rnd.random() < 0.3:
            cats.append(rnd.choice(["Blue Category", "Exec review"]))
        if p.status == "cancelled":
            summary = ("Canceled: " if dept == "comms" else "Cancelled: ") + summary
        org = p.people[0]
        e = ["BEGIN:VEVENT", f'ORGANIZER;CN="{org}":mailto:{email(org)}']
        for q in p.people[1:]:
            e.append(f'ATTENDEE;CN="{q}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{email(q)}')
        desc = rnd.choice(["", "Copy and assets in SharePoint.\\n\\nMicrosoft Teams meeting", "Needs legal sign-off."])
        e += [f"DESCRIPTION:{desc}", *start_lines, f"UID:{uid}", *extra, "CLASS:PUBLIC", "CREATED:20260920T141500Z",
              "DTSTAMP:20261001T141500Z", "LAST-MODIFIED:20261001T141500Z", "PRIORITY:5", "SEQUENCE:0",
              f"SUMMARY;LANGUAGE=en-us:{_esc(summary)}", "TRANSP:OPAQUE",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if p.status == "draft" else "BUSY")]
        if cats:
            e.append("CATEGORIES:" + ",".join(_esc(c) for c in cats))
        e.append("END:VEVENT")
        p.written = {x.split(":")[0].split(";")[0]: x for x in e if x.startswith(("SUMMARY", "DTSTART", "CATEGORIES"))}
        return e

    lines += outlook_events(company, dept, rnd, ev, home=home, others=others, win_zone=WIN_ZONE,
                            sorted_posts=_sorted)
    lines.append("END:VCALENDAR")
    return _ics(lines)


def comms(company, out, rnd, h):
    path = out / "Corporate Communications calendar.ics"
    path.write_bytes(_outlook(company, "comms", rnd, h, "Eastern Standard Time",
                              ("GMT Standard Time", "AUS Eastern Standard Time")))
    return path


# --- chicago: Smartsheet --------------------------------------------------------------------
def _ct(t: datetime) -> str:
    return "CT"


def chicago(company, out, rnd, h):
    status = {"planned": "Scheduled", "draft": "In Progress", "cancelled": "Canceled"}
    head = ["Task Name", "Fiscal Week", "Publish Date", "Time", "Channel", "Assigned To", "Status", "Comments"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Partner Marketing Q4"
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    for p in _sorted(company.of("chicago")):
        t = _local(p)
        if h["time"] == "abbr":
            tm = f"{_clock(t, rnd.choice(['short', '12h']))} {_ct(t)}"
        else:
            tm = _clock(t)
        people = [email(n) if h["names"] == "email" else n for n in p.people]
        fw = f"FY27 W{t.isocalendar()[1] - 26:02d}"   # the fiscal year starts in July
        row = [p.title, fw, datetime(t.year, t.month, t.day), tm, spell(rnd, "chicago", p.channel), ", ".join(people),
               status[p.status], rnd.choice(["", "", "Dealer kit attached", "Needs partner approval"])]
        ws.append(row)
        ws.cell(row=ws.max_row, column=3).number_format = "mm/dd/yy"
        p.written = dict(zip(head, row)) | {"Publish Date": f"{t:%m/%d/%y}", "row": ws.max_row}
    path = out / "Partner Marketing Q4 FY27.xlsx"
    wb.save(path)
    return path


# --- la: Sprout Social -----------------------------------------------------------------------
def _message(rnd, p: Post) -> str:
    """A social message: the post's words, an emoji before them, #hashtags and the brand's @handle after."""
    msg = p.title
    if rnd.random() < 0.5:
        msg = f"{rnd.choice(EMOJI)} {msg}"
    if rnd.random() < 0.6:
        msg += " " + " ".join(rnd.sample(HASHTAGS, rnd.randint(1, 3)))
    if rnd.random() < 0.3:
        msg += " @halcyonaudio"
    return msg


GOOGLE_LA = [
    "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT", "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST", "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE",
]


def _google_la(company, out, rnd, h):
    """Google Calendar's export of the team's shared calendar: the network before the title."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Creator Studio LA", "X-WR-TIMEZONE:America/Los_Angeles", *GOOGLE_LA]
    for p in _sorted(company.of("la")):
        summary = f"{spell(rnd, 'la', p.channel)}: {_message(rnd, p)}"
        if p.status == "cancelled":
            summary = "CANCELED " + summary
        e = ["BEGIN:VEVENT", f"DTSTART;TZID=America/Los_Angeles:{_wall(p.start, 'America/Los_Angeles')}",
             f"DTEND;TZID=America/Los_Angeles:{_wall(_end(p), 'America/Los_Angeles')}", "DTSTAMP:20261001T170000Z",
             f"ORGANIZER;CN={p.people[0]}:mailto:{email(p.people[0])}",
             f"UID:{uuid.UUID(int=rnd.getrandbits(128)).hex[:26]}@google.com"]
        for q in p.people[1:]:
            e.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={q};X-NUM-GUESTS=0:"
                     f"mailto:{email(q)}")
        link = _link(rnd, p, (p.channel or "web").lower())
        e += ["CREATED:20260915T180000Z", f"DESCRIPTION:{_esc(link)}", "LAST-MODIFIED:20261001T170000Z",
              "SEQUENCE:0", "STATUS:" + ("CANCELLED" if p.status == "cancelled" else
                                        "TENTATIVE" if p.status == "draft" else "CONFIRMED"),
              f"SUMMARY:{_esc(summary)}", "TRANSP:TRANSPARENT", "END:VEVENT"]
        lines += e
        p.written = {"SUMMARY": "SUMMARY:" + summary, "DTSTART": e[1]}
    lines.append("END:VCALENDAR")
    path = out / "Creator Studio LA_c_8f3b@group.calendar.google.com.ics"
    path.write_bytes(_ics(lines))
    return path


def la(company, out, rnd, h):
    if h["tool"] == "google":
        return _google_la(company, out, rnd, h)
    status = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Canceled"}
    head = ["Date", "Time", "Network", "Profile", "Message", "Link", "Tags", "Author", "Status"]
    rows = [head]
    for p in _sorted(company.of("la")):
        t = _local(p)
        zone = t.tzname() if h["zone"] == "daylight" else "PT"
        msg = _message(rnd, p)
        who = ", ".join(n if h["names"] == "full" else nick(n) for n in p.people)
        row = [f"{t:%m/%d/%Y}", f"{_clock(t)} {zone}", spell(rnd, "la", p.channel), "Halcyon Audio", msg,
               _link(rnd, p, (p.channel or "web").lower()), rnd.choice(["", "Creators", "Paid boost"]), who,
               status[p.status]]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Sprout_Publishing_Export_Creator_Studio.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


# --- london: EMEA Excel plan ------------------------------------------------------------------
def london(company, out, rnd, h):
    status = {"planned": "Approved", "draft": "Draft", "cancelled": "Cancelled"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Q4 plan"
    ws["A1"] = "EMEA Social & Content Plan — Q4 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: EMEA Marketing, London. Last updated 01/10/2026"
    head = ["Date", "Day", "Time", "Channel", "Content", "Owner", "Status", "Link"]
    for i, v in enumerate(head, start=1):
        ws.cell(row=4, column=i, value=v).font = Font(bold=True)
    row, week = 5, None
    for p in _sorted(company.of("london")):
        d = _day(p)
        monday = d - timedelta(days=d.weekday())
        if monday != week:
            ws.cell(row=row, column=1, value=f"Week of {monday.day} {monday:%b}").font = Font(bold=True)
            row, week = row + 1, monday
        if h["date"] == "dmy":
            dv = f"{d:%d/%m/%Y}"
        elif h["date"] == "dmy-short":
            dv = f"{d.day}/{d.month}/{d:%y}"
        else:
            dv = datetime(d.year, d.month, d.day)
        if p.all_day:
            tv = "TBD"
        else:
            t = _local(p)
            tv = {"12h": _clock(t, "short"), "24h": _clock(t, "24h"),
                  "zone": f"{_clock(t, '24h')} {t.tzname()}"}[h["time"]]
        who = " & ".join(nick(n) if h["names"] == "nick" else n for n in p.people)
        vals = [dv, f"{d:%a}", tv, spell(rnd, "london", p.channel), p.title, who, status[p.status],
                _link(rnd, p, (p.channel or "web").lower())]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=row, column=i, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        p.written = dict(zip(head, vals)) | {"row": row, "Date": f"{d:%d/%m/%Y}"}
        row += 1
    path = out / "EMEA_Content_Plan_Q4_2026.xlsx"
    wb.save(path)
    return path


# --- dublin: Google Sheets CSV --------------------------------------------------------------
def _serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def dublin(company, out, rnd, h):
    status = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Cancelled"}
    head = ["Date", "Time", "Platform", "Post", "Owner", "Status"]
    rows = [head]
    for p in _sorted(company.of("dublin")):
        t = _local(p)
        dv = str(_serial(t.date())) if h["date"] == "serial" else f"{t:%d/%m/%Y}"
        row = [dv, _clock(t, "24h"), spell(rnd, "dublin", p.channel), p.title, " / ".join(p.people), status[p.status]]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Community calendar - Dublin.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


# --- sydney: Trello CSV (or Outlook) -----------------------------------------------------------
LABEL_COLOURS = {"Instagram": "purple", "Facebook": "blue", "LinkedIn": "sky", "TikTok": "black"}


def _buffer(company, out, rnd):
    """Buffer's export: day-first Australian dates and the zone after the clock ("9:00 am AEDT")."""
    status = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Cancelled"}
    head = ["Channel", "Profile", "Text", "Link", "Scheduled at", "Created by", "Status"]
    rows = [head]
    for p in _sorted(company.of("sydney")):
        t = _local(p)
        when = f"{t.day} {t:%b} {t.year} {_clock(t).lower()} {t.tzname()}"
        row = [spell(rnd, "sydney", p.channel), "halcyon.au", _message(rnd, p), _link(rnd, p, "buffer"), when,
               " & ".join(p.people), status[p.status]]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "buffer-export-halcyon-anz.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


def sydney(company, out, rnd, h):
    if h["tool"] == "buffer":
        return _buffer(company, out, rnd)
    if h["tool"] == "outlook":
        path = out / "ANZ Social calendar.ics"
        path.write_bytes(_outlook(company, "sydney", rnd, {"channel_in": "summary"}, "AUS Eastern Standard Time", ()))
        return path
    lists = {"planned": "Scheduled", "draft": "In review", "cancelled": "Cancelled"}
    head = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date", "List Name", "Archived"]
    rows = [head]
    for p in _sorted(company.of("sydney")):
        cid = uuid.UUID(int=rnd.getrandbits(128)).hex[:24]
        labels = [f"{spell(rnd, 'sydney', p.channel)} ({LABEL_COLOURS[p.channel]})"]
        if rnd.random() < 0.3:
            labels.append(rnd.choice(["Evergreen (green)", "Paid (red)"]))
        title = p.title if rnd.random() < 0.6 else f"{p.title} {rnd.choice(EMOJI)}"
        due = p.start.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        row = [cid, title, f"https://trello.com/c/{cid[:8]}", rnd.choice(["", "Link: " + _link(rnd, p, "instagram")]),
               ", ".join(labels), ", ".join(p.people), due, lists[p.status], "false"]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "ANZ Social board (Trello export).csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


# --- toronto: Asana CSV ----------------------------------------------------------------------
def toronto(company, out, rnd, h):
    sections = {"planned": "Scheduled", "draft": "Drafts", "cancelled": "Cancelled"}
    head = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee",
            "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task", "Channel",
            "Publish Time"]
    rows = [head]
    for p in _sorted(company.of("toronto")):
        d = _day(p)
        tm = "TBD" if p.all_day else _clock(_local(p), "dotted" if h["time"] == "dotted" else "12h")
        who = p.people[0]
        row = [str(rnd.randint(1200000000000000, 1209999999999999)), "2026-09-21", "", "2026-09-30", p.title,
               sections[p.status], who, email(who), "", f"{d:%Y-%m-%d}", rnd.choice(["", "social", "holiday"]),
               rnd.choice(["", "Bilingual copy needed (EN/FR)", "Assets in Drive"]), "Halcyon Canada Social",
               "", spell(rnd, "toronto", p.channel), tm]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Halcyon_Canada_Social.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


# --- singapore: Airtable CSV --------------------------------------------------------------------
def singapore(company, out, rnd, h):
    status = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Cancelled"}
    head = ["Name", "Publish Date", "Platform", "Owner", "Status", "Assets"]
    rows = [head]
    for p in _sorted(company.of("singapore")):
        t = _local(p)
        if h["date"] == "airtable":
            dv = f"{t.day}/{t.month}/{t.year} {_clock(t, 'short').replace('noon', '12:00pm')}"
        else:
            dv = f"{t:%Y-%m-%d %H:%M}"
        row = [p.title, dv, spell(rnd, "singapore", p.channel), ",".join(p.people), status[p.status],
               rnd.choice(["", "", "hero.jpg (https://dl.airtable.com/hero.jpg)"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "APAC Content-Grid view.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


# --- joburg: Notion CSV ------------------------------------------------------------------------
def joburg(company, out, rnd, h):
    status = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Cancelled"}
    head = ["Name", "Channel", "Date", "Owner", "Status", "Link"]
    rows = [head]
    zone = " (GMT+2)" if h["zone"] == "hint" else ""
    for p in _sorted(company.of("joburg")):
        if p.all_day:
            last = p.last_day or p.day
            dv = f"{p.day:%B} {p.day.day}, {p.day.year} → {last:%B} {last.day}, {last.year}"
        else:
            t = _local(p)
            dv = f"{t:%B} {t.day}, {t.year} {_clock(t)}{zone}"
        name = p.title if rnd.random() < 0.6 else f"{rnd.choice(EMOJI)} {p.title}"
        row = [name, spell(rnd, "joburg", p.channel), dv, ", ".join(p.people), status[p.status],
               _link(rnd, p, (p.channel or "web").lower())]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Social Calendar SA 8c1f2e.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _csv(rows).encode("utf-8"))
    return path


WRITERS = {"brand": brand, "comms": comms, "chicago": chicago, "la": la, "london": london, "dublin": dublin,
           "sydney": sydney, "toronto": toronto, "singapore": singapore, "joburg": joburg}
