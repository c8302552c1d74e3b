"""Writes Sokół Group's departments' files the way each department hands them over.

warszawa  Bitrix24 task list: its "Excel" export (an HTML table named tasks.xls, UTF-8) or its CSV
          (';', UTF-8 with BOM); "Termin ostateczny" 12.10.2026 14:30:00, "Osoba odpowiedzialna",
          a second person in "Uczestnicy", the creator in "Utworzone przez", the network as a lowercase
          tag ("Tagi") or a custom field ("Kanał"), "Anulowane"
hr        Asana project CSV: Task ID, Created At, Completed At, Last Modified, Name, Section/Column,
          Assignee, Assignee Email, Start Date, Due Date (a day, no time), Tags, Notes, Projects, a custom
          field for the network; sections in Polish or English
praha     Czech Excel CSV (';', windows-1250) or Google Sheets CSV (UTF-8): "12.10.2026", "12. 10. 2026",
          "12. října 2026" (genitive) or "po 12. 10." (no year); "Jan Novák a Petra Svobodová"; "Zrušeno"
kyiv      Trello board CSV (Due Date in UTC, "Instagram (pink)" labels, list name as status) or an Excel-UA
          CSV (';', windows-1251): "12.10.2026", "12 жовтня 2026 р." or "12 жовт. 2026"; "Скасовано"
athens    Greek Excel (openpyxl) or CSV (';', windows-1253): "Δευτέρα, 12 Οκτωβρίου 2026", "12/10/2026" or
          date cells; "14:30", "2:30 μ.μ." or time cells; names in Greek or Latin letters; "Ακυρώθηκε"
dubai     Arabic Excel (xlsxwriter, right-to-left sheet) with Arabic-Indic digits in some or all cells
          ("١٢/١٠/٢٠٢٦", "١٠:٣٠ ص"), its CSV in windows-1256 (Western digits: the code page has no others),
          or a Zoho Social export ("12/10/2026 10:30 AM", "Instagram Business", "X (Twitter)"); Sunday to
          Thursday; "(GMT+4)" in the time header when named
telaviv   Outlook .ics: TZID "Israel Standard Time" (some "India Standard Time", "Arab Standard Time",
          "FLE Standard Time"), Hebrew subjects, CN in Hebrew, "בוטל: " for a cancelled meeting, a weekly
          Sunday series with EXDATE and an override; or an Excel-IL CSV in windows-1255 with right-to-left
          marks; Sunday to Thursday
mumbai    Notion database CSV (UTF-8 with BOM): "October 12, 2026 2:30 PM (GMT+5:30)", "Created time";
          or Google Sheets en-IN: "12/10/2026", "2:30 pm", "Time (IST)"; titles in English or Hindi
group     Airtable grid view CSV: "10/12/2026 2:30pm" (US), "2026-10-12 14:30" or "12/10/2026 14:30",
          collaborators joined by "," without a space, attachments as "file (url)"
events    Google Calendar .ics: X-WR-TIMEZONE Europe/Warsaw, single events in UTC, a weekly series in
          TZID=Europe/Warsaw with EXDATE and a RECURRENCE-ID, the calendar as ORGANIZER, people as ATTENDEEs,
          the network in LOCATION ("LinkedIn Live") or the description ("Channel: LinkedIn"), a three-day fair
"""
from __future__ import annotations

import html
import uuid
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import xlsxwriter
from openpyxl import Workbook
from openpyxl.styles import Font

from tests.holdout3.company import Post
from tests.heldout_kit.posts import Clocks, csv_text as _csv, end as _end, write_all
from tests.holdout7.telaviv import telaviv
from tests.heldout_kit.ics import esc as _esc, ics as _ics, utc as _utc, wall as _wall

SPELL = {
    "warszawa": {"LinkedIn": ["LinkedIn"], "Facebook": ["Facebook", "FB"], "Instagram": ["Instagram", "Insta"],
                 "YouTube": ["YouTube"]},
    "hr": {"LinkedIn": ["LinkedIn"], "Instagram": ["Instagram"], "Facebook": ["Facebook"]},
    "praha": {"LinkedIn": ["LinkedIn"], "Facebook": ["Facebook", "FB"], "Instagram": ["Instagram", "IG"],
              "Newsletter": ["Newsletter", "E-mailový newsletter"]},
    "kyiv": {"Telegram": ["Telegram", "Телеграм"], "Instagram": ["Instagram", "Інстаграм"],
             "Facebook": ["Facebook", "Фейсбук"], "LinkedIn": ["LinkedIn"]},
    "athens": {"Facebook": ["Facebook", "FB"], "Instagram": ["Instagram", "IG"], "LinkedIn": ["LinkedIn"],
               "YouTube": ["YouTube"]},
    "dubai": {"Instagram": ["Instagram", "إنستغرام"], "X": ["X", "تويتر"], "LinkedIn": ["LinkedIn", "لينكد إن"],
              "Snapchat": ["Snapchat", "سناب شات"], "TikTok": ["TikTok", "تيك توك"]},
    "zoho": {"Instagram": ["Instagram Business"], "X": ["X (Twitter)"], "LinkedIn": ["LinkedIn Page"],
             "Snapchat": ["Snapchat"], "TikTok": ["TikTok"]},
    "telaviv": {"Facebook": ["Facebook", "פייסבוק"], "Instagram": ["Instagram", "אינסטגרם"],
                "LinkedIn": ["LinkedIn", "לינקדאין"]},
    "mumbai": {"LinkedIn": ["LinkedIn"], "Instagram": ["Instagram", "Insta"], "X": ["X", "Twitter"],
               "YouTube": ["YouTube", "YT"], "WhatsApp": ["WhatsApp", "WhatsApp Channel"]},
    "group": {"LinkedIn": ["LinkedIn"], "X": ["X", "Twitter"], "Instagram": ["Instagram"], "YouTube": ["YouTube"],
              "Blog": ["Blog", "Website"]},
    "events": {"LinkedIn": ["LinkedIn Live", "LinkedIn"], "YouTube": ["YouTube Live", "YouTube"]},
}
CS_MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
             "listopadu", "prosince"]
CS_DAYS = ["po", "út", "st", "čt", "pá", "so", "ne"]
UK_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня"]
UK_SHORT = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."]
EL_MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
             "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
EL_DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DOMAIN = "sokol-group.example"
RLM = "\u200f"


def _plain(s: str) -> str:
    """Latin letters without their marks: what a keyboard in Athens, Kyiv, Dubai or Tel Aviv types."""
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _ascii(s: str) -> str:
    return _plain(s).lower().replace(" ", "")


LEGACY = {"praha": "cp1250", "kyiv": "cp1251", "athens": "cp1253", "dubai": "cp1256", "telaviv": "cp1255"}


def email(person) -> str:
    return f"{_ascii(person.given)}.{_ascii(person.family)}@{DOMAIN}"


def _latin(kind: str) -> bool:
    return kind in ("pl", "cs", "en", "in")


def name_in(dept: str, person, h: dict) -> str:
    """How a department's file writes one person: their own spelling where the file's script is theirs,
    Latin letters otherwise."""
    kind = person.kind
    own = {"kyiv": "uk", "athens": "el", "dubai": "ar", "telaviv": "he"}.get(dept)
    if _latin(kind):
        if h.get("tool") == LEGACY.get(dept) and dept != "praha":
            return _plain(person.native)
        return person.native
    if kind == own:
        if dept == "athens" and h.get("names") == "latin":
            return person.western
        if dept == "dubai" and h.get("tool") == "zoho":
            return person.western
        return person.native
    return person.western


def _names(dept, p: Post, h, sep) -> str:
    from tests.holdout7.company import PERSON
    return sep.join(name_in(dept, PERSON[n], h) for n in p.people)


def _person(n):
    from tests.holdout7.company import PERSON
    return PERSON[n]


def spell(rnd, dept, channel):
    return rnd.choice(SPELL[dept][channel]) if channel else ""


def _zones():
    from tests.holdout7.company import ZONE
    return ZONE


_clocks = Clocks(_zones)
_zone, _local, _day, _sorted = _clocks.zone, _clocks.local, _clocks.day, _clocks.sorted


def write_company(company, out: Path) -> dict[str, Path]:
    return write_all(company, out, WRITERS, (5153, 7))


def told_zones(company, files: dict[str, Path]) -> list[str]:
    """The `--tz FILE=ZONE` a coordinator passes for the sheets that do not name their zone and are not
    in Warsaw's: she knows where each office sits."""
    from tests.holdout7.company import ZONE
    h = company.habits
    told = ["athens", "kyiv"]
    told += [d for d in ("dubai", "mumbai") if h[d].get("zone") == "told"]
    told += ["telaviv"] if h["telaviv"]["tool"] == "cp1255" else []
    return [f"--tz={files[d].name}={ZONE[d]}" for d in told if d in files]


# --- warszawa: Bitrix24 tasks ------------------------------------------------------------------
def warszawa(company, out, rnd, h):
    status = {"planned": "Oczekuje na wykonanie", "draft": "W toku", "cancelled": "Anulowane"}
    tags = h["channel_in"] == "tags"
    head = ["ID", "Nazwa", "Status", "Termin ostateczny", "Osoba odpowiedzialna", "Uczestnicy", "Utworzone przez",
            "Projekt", "Tagi" if tags else "Kanał"]
    rows = []
    for p in _sorted(company.of("warszawa")):
        t = _local(p)
        chan = spell(rnd, "warszawa", p.channel)
        people = [name_in("warszawa", _person(n), h) for n in p.people]
        row = [str(rnd.randint(1200, 9800)), p.title, status[p.status], f"{t:%d.%m.%Y %H:%M:%S}", people[0],
               ", ".join(people[1:]), rnd.choice(["Anna Kowalska", "Piotr Nowak", "Michał Wójcik"]),
               "Social media Q4 2026", chan.lower() if tags else chan]
        rows.append(row)
        p.written = dict(zip(head, row))
    if h["tool"] == "html-xls":
        cells = ["<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr>"]
        cells += ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows]
        text = ('<html>\n<head>\n<meta http-equiv="Content-type" content="text/html;charset=UTF-8" />\n'
                '<style>td { mso-number-format:"\\@"; }</style>\n</head>\n<body>\n<table border="1">\n'
                + "\n".join(cells) + "\n</table>\n</body>\n</html>\n")
        path = out / "tasks.xls"
        path.write_bytes(text.encode("utf-8"))
    else:
        path = out / "tasks.csv"
        path.write_bytes(_csv([head, *rows], delimiter=";").encode("utf-8-sig"))
    return path


# --- hr: Asana project CSV ---------------------------------------------------------------------
def hr(company, out, rnd, h):
    sections = ({"planned": "Zaplanowane", "draft": "W przygotowaniu", "cancelled": "Anulowane"} if h["section"] == "pl"
                else {"planned": "Scheduled", "draft": "In progress", "cancelled": "Cancelled"})
    head = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee",
            "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task",
            "Kanał" if h["section"] == "pl" else "Channel"]
    rows = [head]
    for p in _sorted(company.of("hr")):
        who = _person(p.people[0])
        created = datetime(2026, 9, rnd.randint(14, 30))
        row = [str(rnd.randint(1205000000000000, 1209999999999999)), f"{created:%Y-%m-%d}", "",
               f"{created + timedelta(days=rnd.randint(1, 9)):%Y-%m-%d}", p.title, sections[p.status],
               name_in("hr", who, h), email(who), "", f"{p.day:%Y-%m-%d}",
               rnd.choice(["", "employer branding", "rekrutacja"]),
               rnd.choice(["", "", "Grafika od agencji", "Link do ogłoszenia w opisie"]), "Employer Branding 2026", "",
               spell(rnd, "hr", p.channel)]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Employer_Branding_2026.csv"
    path.write_text(_csv(rows, lineterminator="\n"), encoding="utf-8")
    return path


# --- praha: Czech CSV ----------------------------------------------------------------------------
def _cs_date(d, how):
    if how == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if how == "spaced":
        return f"{d.day}. {d.month}. {d.year}"
    if how == "genitive":
        return f"{d.day}. {CS_MONTHS[d.month - 1]} {d.year}"
    return f"{CS_DAYS[d.weekday()]} {d.day}. {d.month}."


def praha(company, out, rnd, h):
    status = {"planned": "Naplánováno", "draft": "Rozpracováno", "cancelled": "Zrušeno"}
    head = ["Datum", "Čas", "Kanál", "Téma příspěvku", "Zodpovídá", "Stav", "Poznámka"]
    rows = [head]
    for p in _sorted(company.of("praha")):
        t = _local(p)
        row = [_cs_date(t.date(), h["date"]), f"{t.hour}:{t.minute:02d}", spell(rnd, "praha", p.channel), p.title,
               _names("praha", p, h, " a " if h["names"] == "a" else ", "), status[p.status],
               rnd.choice(["", "", "foto od Tomáše", "schválit s Varšavou"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    if h["tool"] == "cp1250":
        path = out / "Plan_prispevku_CZ_Q4.csv"
        path.write_bytes(_csv(rows, delimiter=";").encode("cp1250"))
    else:
        path = out / "Sokół Česko – plán příspěvků - Q4 2026.csv"
        path.write_text(_csv(rows), encoding="utf-8")
    return path


# --- kyiv: Trello or Excel-UA CSV ---------------------------------------------------------------
def _uk_date(d, how):
    if how == "dot":
        return f"{d:%d.%m.%Y}"
    if how == "genitive":
        return f"{d.day} {UK_MONTHS[d.month - 1]} {d.year} р."
    return f"{d.day} {UK_SHORT[d.month - 1]} {d.year}"


def kyiv(company, out, rnd, h):
    posts = _sorted(company.of("kyiv"))
    if h["tool"] == "trello":
        lists = {"planned": "Заплановано", "draft": "Чернетки", "cancelled": "Скасовано"}
        head = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date", "Start Date",
                "List Name", "Board Name", "Archived"]
        rows = [head]
        for n, p in enumerate(posts, start=1):
            cid = uuid.UUID(int=rnd.getrandbits(128)).hex[:24]
            short = uuid.UUID(int=rnd.getrandbits(128)).hex[:8]
            labels = [f"{spell(rnd, 'kyiv', p.channel)} ({rnd.choice(['green', 'pink', 'sky', 'purple'])})"]
            if rnd.random() < 0.3:
                labels.append("Кампанія Q4 (orange)")
            due = p.start.astimezone(ZoneInfo("UTC"))
            row = [cid, p.title, f"https://trello.com/c/{short}/{n + 40}", rnd.choice(["", "", "Текст у Google Docs"]),
                   ", ".join(labels), _names("kyiv", p, h, ", "), f"{due:%Y-%m-%dT%H:%M:%S}.000Z", "", lists[p.status],
                   "SMM Sokół Україна", "false"]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "kT3pQx9a - smm-sokil-ukraina.csv"
        path.write_text(_csv(rows), encoding="utf-8")
        return path
    status = {"planned": "Заплановано", "draft": "Чернетка", "cancelled": "Скасовано"}
    head = ["Дата", "Час", "Канал", "Тема", "Відповідальний", "Статус", "Примітка"]
    rows = [head]
    for p in posts:
        t = _local(p)
        row = [_uk_date(t.date(), h["date"]), f"{t:%H:%M}", spell(rnd, "kyiv", p.channel), p.title,
               _names("kyiv", p, h, ", "), status[p.status], rnd.choice(["", "", "фото є", "узгодити з Варшавою"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Kontent-plan_UA_IV_kvartal.csv"
    path.write_bytes(_csv(rows, delimiter=";").encode("cp1251"))
    return path


# --- athens: Greek Excel or CSV -----------------------------------------------------------------
def _el_date(d, how):
    if how == "long":
        return f"{EL_DAYS[d.weekday()]}, {d.day} {EL_MONTHS[d.month - 1]} {d.year}"
    if how == "slash":
        return f"{d:%d/%m/%Y}"
    return datetime(d.year, d.month, d.day)


def _el_time(t, how):
    if how == "24h":
        return f"{t:%H:%M}"
    if how == "mm":
        return f"{t.hour % 12 or 12}:{t.minute:02d} {'π.μ.' if t.hour < 12 else 'μ.μ.'}"
    return time(t.hour, t.minute)


def athens(company, out, rnd, h):
    status = {"planned": "Προγραμματισμένο", "draft": "Πρόχειρο", "cancelled": "Ακυρώθηκε"}
    head = ["Ημερομηνία", "Ώρα", "Κανάλι", "Θέμα", "Υπεύθυνος", "Κατάσταση", "Σημειώσεις"]
    csv_file = h["tool"] == "cp1253"
    rows = []
    for p in _sorted(company.of("athens")):
        t = _local(p)
        d = _el_date(t.date(), "slash" if csv_file and h["date"] == "cell" else h["date"])
        tm = _el_time(t, "24h" if csv_file and h["time"] == "cell" else h["time"])
        row = [d, tm, spell(rnd, "athens", p.channel), p.title, _names("athens", p, h, ", "), status[p.status],
               rnd.choice(["", "", "Φωτογραφίες έτοιμες", "Έγκριση από Βαρσοβία"])]
        rows.append(row)
        p.written = {k: str(v) for k, v in zip(head, row)}
    if csv_file:
        path = out / "Programma_anartiseon_Q4.csv"
        path.write_bytes(_csv([head, *rows], delimiter=";").encode("cp1253"))
        return path
    wb = Workbook()
    ws = wb.active
    ws.title = "Δ΄ τρίμηνο"
    ws["A1"] = "Πρόγραμμα αναρτήσεων – Δ΄ τρίμηνο 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(head)
    for row in rows:
        ws.append(row)
        r = ws.max_row
        if isinstance(row[0], datetime):
            ws.cell(row=r, column=1).number_format = "dd/mm/yyyy"
        if isinstance(row[1], time):
            ws.cell(row=r, column=2).number_format = "hh:mm"
    path = out / "Προγραμματισμός_Social_Media_Q4.xlsx"
    wb.save(path)
    return path


# --- dubai: Arabic Excel, its CSV, or Zoho Social ------------------------------------------------
def _ar_clock(t):
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'ص' if t.hour < 12 else 'م'}"


def dubai(company, out, rnd, h):
    posts = _sorted(company.of("dubai"))
    hint = h["zone"] == "hint"
    if h["tool"] == "zoho":
        status = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Cancelled"}
        head = ["Post Content", "Network", "Profile", "Scheduled Time" + (" (GMT+4)" if hint else ""), "Created By",
                "Status", "Post Link"]
        rows = [head]
        for p in posts:
            t = _local(p)
            row = [p.title, spell(rnd, "zoho", p.channel), "Sokół Middle East", f"{t:%d/%m/%Y %I:%M %p}",
                   _names("dubai", p, h, ", "), status[p.status], ""]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "Zoho_Social_Publishing_Calendar_Sokol_ME.csv"
        path.write_text(_csv(rows), encoding="utf-8")
        return path
    status = {"planned": "مجدول", "draft": "مسودة", "cancelled": "ملغى"}
    head = ["التاريخ", "الوقت" + (" (GMT+4)" if hint else ""), "المنصة", "عنوان المنشور", "المسؤول", "الحالة", "ملاحظات"]
    csv_file = h["tool"] == "cp1256"
    rows = []
    for p in posts:
        t = _local(p)
        d, tm = f"{t.day}/{t.month}/{t.year}", _ar_clock(t)
        indic = not csv_file and (h["digits"] == "arabic-indic" or (h["digits"] == "mixed" and rnd.random() < 0.5))
        if indic:
            d, tm = d.translate(ARABIC_INDIC), tm.translate(ARABIC_INDIC)
        row = [d, tm, spell(rnd, "dubai", p.channel), p.title, _names("dubai", p, h, "، "), status[p.status],
               rnd.choice(["", "", "الصور جاهزة", "بانتظار موافقة وارسو"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    if csv_file:
        path = out / "Content_Plan_ME_Q4.csv"
        path.write_bytes(_csv([head, *rows]).encode("cp1256"))
        return path
    path = out / "خطة_المحتوى_الربع_الرابع.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("الربع الرابع")
    ws.right_to_left()
    bold = wb.add_format({"bold": True})
    ws.write(0, 0, "خطة المحتوى – الربع الرابع 2026", wb.add_format({"bold": True, "font_size": 14}))
    for c, v in enumerate(head):
        ws.write_string(2, c, v, bold)
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row):
            ws.write_string(r, c, v)
    wb.close()
    return path


# --- mumbai: Notion or Google Sheets en-IN ---------------------------------------------------------
def mumbai(company, out, rnd, h):
    hint = h["zone"] == "hint"
    posts = _sorted(company.of("mumbai"))
    status = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Cancelled"}
    if h["tool"] == "notion":
        head = ["Name", "Publish Date", "Channel", "Owner", "Status", "Tags", "Created time"]
        rows = [head]
        for p in posts:
            t = _local(p)
            created = datetime(2026, 9, rnd.randint(20, 30), rnd.randint(9, 18), rnd.randint(0, 59))
            when = f"{t:%B} {t.day}, {t.year} {t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
            row = [p.title, when + (" (GMT+5:30)" if hint else ""), spell(rnd, "mumbai", p.channel),
                   _names("mumbai", p, h, ", "), status[p.status], rnd.choice(["", "Diwali", "Hiring", "Brand"]),
                   f"{created:%B} {created.day}, {created.year} {created.hour % 12 or 12}:{created.minute:02d} "
                   f"{'AM' if created.hour < 12 else 'PM'}"]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "Content Calendar 3f2a9c1e5b7d4e0fa1b2c3d4e5f60718.csv"
        path.write_text(_csv(rows, lineterminator="\n"), encoding="utf-8-sig")
        return path
    head = ["Date", "Time (IST)" if hint else "Time", "Platform", "Post", "Owner", "Status", "Remarks"]
    rows = [head]
    for p in posts:
        t = _local(p)
        row = [f"{t:%d/%m/%Y}", f"{t.hour % 12 or 12}:{t.minute:02d} {'am' if t.hour < 12 else 'pm'}",
               spell(rnd, "mumbai", p.channel), p.title, _names("mumbai", p, h, ", "), status[p.status],
               rnd.choice(["", "", "creatives pending", "approved by Warsaw"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Sokol India - Social calendar - Q4.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


# --- group: Airtable ---------------------------------------------------------------------------------
def group(company, out, rnd, h):
    status = {"planned": "Scheduled", "draft": "Idea", "cancelled": "Cancelled"}
    head = ["Post", "Publish date", "Platform", "Owner", "Status", "Campaign", "Attachments"]
    rows = [head]
    for p in _sorted(company.of("group")):
        t = _local(p)
        if h["date"] == "us":
            when = f"{t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t.minute:02d}{'am' if t.hour < 12 else 'pm'}"
        elif h["date"] == "iso":
            when = f"{t:%Y-%m-%d %H:%M}"
        else:
            when = f"{t.day}/{t.month}/{t.year} {t:%H:%M}"
        att = rnd.choice(["", "", f"hero_{p.pid}.png (https://dl.airtable.com/.attachments/{uuid.UUID(int=rnd.getrandbits(128)).hex}/hero.png)"])
        row = [p.title, when, spell(rnd, "group", p.channel), _names("group", p, h, ","), status[p.status],
               rnd.choice(["", "Q4 brand", "Summit 2026"]), att]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Content calendar-Grid view.csv"
    path.write_text(_csv(rows), encoding="utf-8-sig")
    return path


# --- events: Google Calendar .ics --------------------------------------------------------------------
WAW_TZ = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Warsaw", "X-LIC-LOCATION:Europe/Warsaw",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
]


def events(company, out, rnd, h):
    cal = "Group Events"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{cal}", "X-WR-TIMEZONE:Europe/Warsaw", *WAW_TZ]
    cal_mail = "c_8f3e2a1b9d7c4e6f@group.calendar.google.com"

    def ev(p, when, uid, extra=()):
        e = ["BEGIN:VEVENT", *when, "DTSTAMP:20261001T080000Z", f"ORGANIZER;CN={cal}:mailto:{cal_mail}", f"UID:{uid}"]
        for n in p.people:
            q = _person(n)
            e.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={name_in('events', q, h)};"
                     f"X-NUM-GUESTS=0:mailto:{email(q)}")
        desc = rnd.choice(["", "Speakers confirmed.", "Registration link in the invite."])
        loc = ""
        if p.channel:
            if h["channel_in"] == "location":
                loc = spell(rnd, "events", p.channel)
            else:
                desc = (desc + "\\n" if desc else "") + f"Channel: {p.channel}"
        e += [*extra, "CREATED:20260915T101500Z", f"DESCRIPTION:{desc}", "LAST-MODIFIED:20261001T080000Z",
              f"LOCATION:{_esc(loc)}", "SEQUENCE:0", "STATUS:" + ("CANCELLED" if p.status == "cancelled" else
                                                                  "TENTATIVE" if p.status == "draft" else "CONFIRMED"),
              f"SUMMARY:{_esc(p.title)}", "TRANSP:OPAQUE", "END:VEVENT"]
        p.written = {x.split(":")[0].split(";")[0]: x for x in e if x.startswith(("SUMMARY", "DTSTART", "LOCATION"))}
        return e

    def uid():
        return f"{uuid.UUID(int=rnd.getrandbits(128)).hex[:26]}@google.com"

    for p in _sorted(company.of("events")):
        if p.series:
            continue
        if p.all_day:
            last = p.last_day or p.day
            lines += ev(p, [f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}", f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}"],
                        uid())
        else:
            lines += ev(p, [f"DTSTART:{_utc(p.start)}", f"DTEND:{_utc(_end(p))}"], uid())
    z = "Europe/Warsaw"
    for s in company.series:
        if s.dept != "events":
            continue
        u = uid()
        p = Post(0, "events", s.title, s.channel, s.people)
        day = "MO TU WE TH FR SA SU".split()[s.first.weekday()]
        lines += ev(p, [f"DTSTART;TZID={z}:{_wall(s.first, z)}", f"DTEND;TZID={z}:{_wall(s.first + timedelta(minutes=30), z)}",
                        f"RRULE:FREQ=WEEKLY;WKST=MO;COUNT={s.count};BYDAY={day}",
                        *(f"EXDATE;TZID={z}:{_wall(x, z)}" for x in s.exdates)], u)
        for orig, new in s.moved.items():
            lines += ev(p, [f"DTSTART;TZID={z}:{_wall(new, z)}", f"DTEND;TZID={z}:{_wall(new + timedelta(minutes=30), z)}"],
                        u, [f"RECURRENCE-ID;TZID={z}:{_wall(orig, z)}"])
    lines.append("END:VCALENDAR")
    path = out / "Group Events_c_8f3e2a1b9d7c4e6f@group.calendar.google.com.ics"
    path.write_bytes(_ics(lines))
    return path


WRITERS = {"warszawa": warszawa, "hr": hr, "praha": praha, "kyiv": kyiv, "athens": athens, "dubai": dubai,
           "telaviv": telaviv, "mumbai": mumbai, "group": group, "events": events}
