"""Writes Fjordline Logistics' departments' files the way each department hands them over.

oslo         Norwegian week grid (xlsx, grids.py): one sheet per "Uke 42", networks as rows and "ma 12.10" …
             "fre 16.10" columns, or "mandag" … "fredag" with no date (the week only in the sheet's name and
             title), or one sheet whose rows are "Uke 41" … "Uke 46"; cells "kl. 14.00 Title (Name og Name)";
             a "Forklaring" legend sheet; merged title cells
hr           MS Planner "Export plan to Excel" (nb or en): a plan block above the header, due days only
             ("12.10.2026" / "10/12/2026"), "Silje Dahl;Morten Lie", the network as a label, buckets by week
stockholm    Monday.com board export (xlsx, sv): board name, a group row per "Vecka 42", the header repeated
             under each group, "Datum" 2026-10-12, "Tid" "kl. 14.00" / "14.00" / "14:00"; or Wrike (xlsx):
             "Start Date"/"Due Date" cells, a "Publiceringstid" custom field, folders "Marknad/Vecka 42"
helsinki     Finnish plan (xlsx): a sheet per month ("Lokakuu", "Marraskuu") and an "Ohjeet" sheet, "viikko 42"
             on a week's first row, "12. lokakuuta 2026" / "ma 12.10." / date cells, "klo 14.00"; or a ClickUp
             CSV ("Due Date" epoch milliseconds, "Due Date Text" "Monday, October 12th 2026, 2:00:00 pm")
copenhagen   Danish sheet (xlsx): "uge 42" rows, "man. 12. okt.", "14.00-15.30", status by colour only,
             cancelled rows struck through, notes rows; or Microsoft Teams Shifts (xlsx, en): Member, Work
             Email, Group, Start Date 10/12/2026, Start Time 14:00, End …, Custom Label, a "Time Off" sheet
reykjavik    Apple Calendar .ics in Atlantic/Reykjavik (the network in LOCATION), a weekly series with EXDATE
             and a moved occurrence; or an Icelandic sheet: "12. október 2026", "kl. 10:00–11:00", Miðill
amsterdam    Dutch week grid (xlsx): one sheet per "Week 42", "maandag 12 okt" or "maandag" columns, "14.00
             Title (Name)" lines, a "Legenda" sheet; or a Trello CSV (Due Date in UTC, labels "LinkedIn (blue)")
brussels_nl  Jira CSV (nl): Summary, Assignee, Reporter, Status "Te doen"/"Klaar"/"Geannuleerd", "Due date" (the
             copy deadline, two days early) "10/Oct/26 12:00 AM", the publication in "Custom field
             (Publicatiedatum)" "12/Oct/26 2:00 PM" or "2026-10-12 14:00"
brussels_fr  Agorapulse CSV (fr): "Date de publication" 12/10/2026 14:00, Profil, Réseau, Texte, Auteur; or a
             Meltwater Engage CSV: "Scheduled Date" 2026-10-12, "Scheduled Time" "2:00 PM", "Time Zone"
             "(GMT+01:00) Brussels"
istanbul     Turkish sheet (xlsx): TARİH "12 Ekim 2026 Pazartesi" or "12.10.2026", SAAT "14.00", KANAL, İÇERİK,
             SORUMLU "Ayşe Yıldız ve Mehmet Çelik", DURUM; or a "Hafta 41" … week-row grid with PAZARTESİ …
             CUMA; or a Nextcloud .ics in Europe/Istanbul
tallinn      Falcon.io (Brandwatch) CSV: "Scheduled (UTC)" 2026-10-12 11:00; or an Estonian sheet "12. oktoober
             2026", "kell 14.00"; or a Fastmail .ics in Europe/Tallinn
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from tests.holdout10 import grids
from tests.holdout10.calendars import write_calendar
from tests.holdout10.common import (MONTHS, STATUS, WEEKDAYS, chan, day, dot, email, end, header, joined, local,
                                    ordered, status, title_cell, to_csv)


def write_company(company, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(company.seed * 7919 + 3)
    return {dept: writer(company, out, rnd, company.habits[dept]) for dept, writer in WRITERS.items()}


def told_zones(company, files: dict[str, Path]) -> list[str]:
    """The `--tz FILE=ZONE` the coordinator passes for the sheets: she knows where each office sits. The
    .ics files, Trello's and Falcon's UTC and Meltwater's zone column go without."""
    from tests.holdout10.company import ZONE
    h = company.habits
    named = {d for d, p in files.items() if p.suffix == ".ics"}
    named |= {"amsterdam"} if h["amsterdam"]["tool"] == "trello" else set()
    named |= {"tallinn"} if h["tallinn"]["tool"] == "falcon" else set()
    named |= {"brussels_fr"} if h["brussels_fr"]["tool"] == "meltwater" else set()
    return [f"--tz={files[d].name}={ZONE[d]}" for d in files if d not in named]


def _live(posts):
    return [p for p in posts if p.status != "cancelled"]


# --- oslo: week grids ---------------------------------------------------------------------------
def oslo(company, out, rnd, h):
    path = out / "Innholdsplan Konsern H2 2026.xlsx"
    if h["layout"] == "week-rows":
        return grids.week_rows(company, "oslo", "nb", path, sheet="Høst 2026", week_head="Uke",
                               week_label="Uke {wk}", title="Fjordline Konsernkommunikasjon – innholdsplan høsten 2026")
    return grids.week_sheets(company, "oslo", "nb", path, dated=h["layout"] == "week-sheets-dated",
                             title="Fjordline Konsernkommunikasjon – innholdsplan uke {wk} {year}", sheet="Uke {wk}",
                             channel_head="Kanal", day_head=lambda s, d: f"{s} {d.day}.{d.month}")


# --- hr: MS Planner -------------------------------------------------------------------------------
def hr(company, out, rnd, h):
    nb = h["lang"] == "nb"
    head = (["Oppgave-ID", "Oppgavenavn", "Bøttenavn", "Fremdrift", "Prioritet", "Tilordnet til", "Opprettet av",
             "Opprettet dato", "Startdato", "Forfallsdato", "Er gjentakende", "Forsinket", "Fullført dato", "Fullført av",
             "Fullførte sjekklisteelementer", "Sjekklisteelementer", "Etiketter", "Beskrivelse"] if nb else
            ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date",
             "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By",
             "Completed Checklist Items", "Checklist Items", "Labels", "Description"])
    fmt = "%d.%m.%Y" if nb else "%m/%d/%Y"
    progress = ("Ikke startet", "Pågår") if nb else ("Not started", "In progress")
    wb = Workbook()
    ws = wb.active
    ws.title = "Oppgaver" if nb else "Tasks"
    for r in (["Plannavn" if nb else "Plan name", "Employer branding 2026"], ["Plan-ID" if nb else "Plan ID", "x4Jf9kQ2UEeR1Vb"],
              ["Eksportdato" if nb else "Export date", datetime(2026, 10, 1).strftime(fmt)], []):
        ws.append(r)
    ws.append(head)
    for p in ordered(_live(company.of("hr"))):
        d = day(p)
        created = (datetime(2026, 9, 1) + timedelta(days=rnd.randrange(28))).strftime(fmt)
        row = [f"{rnd.getrandbits(40):010x}", p.title, (f"Uke {d.isocalendar()[1]}" if nb else f"Week {d.isocalendar()[1]}"),
               progress[p.status == "draft"], "Medium", ";".join(p.people), rnd.choice(["Silje Dahl", "Morten Lie"]), created,
               "", d.strftime(fmt), "false", "false", "", "", "0", "0", p.channel or "", ""]
        ws.append(row)
        p.written = dict(zip(head, row))
    path = out / ("Employer branding 2026.xlsx")
    wb.save(path)
    return path


# --- stockholm: Monday.com or Wrike -----------------------------------------------------------------
def _clock_sv(t, how):
    return {"kl": f"kl. {dot(t)}", "dot": dot(t), "colon": f"{t:%H:%M}"}[how]


def stockholm(company, out, rnd, h):
    wb = Workbook()
    ws = wb.active
    posts = ordered(company.of("stockholm"))
    st = {"planned": "Klar att publicera", "draft": "Utkast", "cancelled": "Inställd"}
    if h["tool"] == "monday":
        ws.title = "Innehållskalender Q4"
        ws.append(["Innehållskalender Q4"])
        ws["A1"].font = Font(bold=True, size=14)
        head = ["Name", "Person", "Status", "Datum", "Tid", "Kanal", "Länk"]
        weeks = {}
        for p in posts:
            weeks.setdefault(day(p).isocalendar()[1], []).append(p)
        for wk, ps in weeks.items():
            ws.append([])
            ws.append([f"Vecka {wk}"])
            ws.cell(row=ws.max_row, column=1).font = Font(bold=True, color="579BFC")
            ws.append(head)
            for p in ps:
                t = local(p)
                row = [p.title, ", ".join(p.people), st[p.status], f"{day(p):%Y-%m-%d}",
                       "" if p.all_day else _clock_sv(t, h["time"]), chan("sv", p.channel), p.note]
                ws.append(row)
                p.written = dict(zip(head, row))
        path = out / "Innehållskalender_Q4_1727771234.xlsx"
    else:
        ws.title = "Wrike export"
        head = ["Title", "Status", "Assigned To", "Start Date", "Due Date", "Duration", "Folders", "Publiceringstid", "Kanal"]
        ws.append(head)
        wst = {"planned": "Active", "draft": "Deferred", "cancelled": "Cancelled"}
        for p in posts:
            d = day(p)
            row = [p.title, wst[p.status], ", ".join(p.people), datetime(d.year, d.month, d.day),
                   datetime(d.year, d.month, d.day), "1d", f"Marknad Sverige/Vecka {d.isocalendar()[1]}",
                   "" if p.all_day else _clock_sv(local(p), h["time"]), chan("sv", p.channel)]
            ws.append(row)
            for c in (4, 5):
                ws.cell(row=ws.max_row, column=c).number_format = "yyyy-mm-dd"
            p.written = dict(zip(head, row))
        path = out / "Wrike_Marknad_Sverige.xlsx"
    wb.save(path)
    return path


# --- helsinki: Finnish monthly sheets or ClickUp ------------------------------------------------------
def helsinki(company, out, rnd, h):
    posts = ordered(company.of("helsinki"))
    if h["tool"] == "clickup":
        head = ["Task ID", "Task Name", "Task Content", "Status", "Date Created", "Date Created Text", "Due Date",
                "Due Date Text", "Start Date", "Start Date Text", "Assignees", "Tags", "Priority", "List Name",
                "Folder Name", "Space Name"]
        rows = [head]
        cst = {"planned": "scheduled", "draft": "in progress", "cancelled": "cancelled"}
        for p in posts:
            t = local(p)
            created = datetime(2026, 9, 20, 9, 30, tzinfo=timezone.utc) + timedelta(hours=rnd.randrange(200))
            suffix = "th" if 10 <= t.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(t.day % 10, "th")
            due_text = f"{t:%A}, {t:%B} {t.day}{suffix} {t.year}, {t.hour % 12 or 12}:{t.minute:02d}:00 {'am' if t.hour < 12 else 'pm'}"
            ct = created.astimezone(t.tzinfo)
            row = [f"86c{rnd.getrandbits(24):06x}", p.title, p.note, cst[p.status], str(int(created.timestamp() * 1000)),
                   f"{ct:%A}, {ct:%B} {ct.day}th {ct.year}, {ct.hour % 12 or 12}:{ct.minute:02d}:00 {'am' if ct.hour < 12 else 'pm'}",
                   str(int(p.start.timestamp() * 1000)), due_text, "", "", "[" + ", ".join(p.people) + "]",
                   f"[{(p.channel or '').lower()}]", "normal", "Somekalenteri", "Viestintä", "Fjordline Suomi"]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "clickup-export-somekalenteri.csv"
        path.write_text(to_csv(rows), encoding="utf-8")
        return path
    wb = Workbook()
    wb.remove(wb.active)
    head = ["Viikko", "Päivämäärä", "Klo", "Kanava", "Sisältö", "Vastuuhenkilö", "Tila"]
    for mi, mname in ((10, "Lokakuu"), (11, "Marraskuu")):
        ws = wb.create_sheet(mname)
        title_cell(ws, f"Sisältösuunnitelma – {mname.lower()} 2026", len(head))
        header(ws, 3, head)
        last_week = None
        for p in [p for p in posts if day(p).month == mi]:
            d = day(p)
            wk = d.isocalendar()[1]
            when = {"partitive": f"{d.day}. {MONTHS['fi'][d.month - 10]} {d.year}",
                    "weekday": f"{WEEKDAYS['fi'][1][d.weekday()]} {d.day}.{d.month}.",
                    "cell": datetime(d.year, d.month, d.day)}[h["date"]]
            row = [f"viikko {wk}" if wk != last_week else "", when, "" if p.all_day else f"klo {dot(local(p))}",
                   chan("fi", p.channel), p.title, joined(p.people, "ja"), status("fi", p)]
            last_week = wk
            ws.append(row)
            if h["date"] == "cell":
                ws.cell(row=ws.max_row, column=2).number_format = "d.m.yyyy"
            p.written = dict(zip(head, row))
    ws = wb.create_sheet("Ohjeet")
    for line in ["Ohjeet", "Kirjoita jokainen julkaisu omalle rivilleen.", "Klo: muodossa klo 14.00 (Suomen aikaa).",
                 "Tila: Suunniteltu / Luonnos / Peruttu", "Kysymykset: Aino Virtanen"]:
        ws.append([line])
    path = out / "Somesuunnitelma_syksy_2026.xlsx"
    wb.save(path)
    return path


# --- copenhagen: Danish sheet or Teams Shifts ---------------------------------------------------------
def copenhagen(company, out, rnd, h):
    posts = ordered(company.of("copenhagen"))
    wb = Workbook()
    ws = wb.active
    if h["tool"] == "shifts":
        ws.title = "Shifts"
        head = ["Member", "Work Email", "Group", "Start Date", "Start Time", "End Date", "End Time", "Theme Color",
                "Custom Label", "Unpaid Break (minutes)", "Notes", "Shared"]
        ws.append(head)
        for p in _live(posts):
            if p.all_day:
                first, last = p.day, p.last_day or p.day
                times = ("00:00", "00:00")
                ends = last + timedelta(days=1)
            else:
                t, e = local(p), end(p)
                first, ends, times = t.date(), e.date(), (f"{t:%H:%M}", f"{e:%H:%M}")
            for who in p.people:
                row = [who, email(who), chan("en", p.channel) or "Events", f"{first.month}/{first.day}/{first.year}", times[0],
                       f"{ends.month}/{ends.day}/{ends.year}", times[1], "2. Blue" if p.status == "planned" else "6. Yellow",
                       p.title, "0", p.note, "1. Shared"]
                ws.append(row)
                p.written = dict(zip(head, row))
        off = wb.create_sheet("Time Off")
        off.append(["Member", "Work Email", "Start Date", "Start Time", "End Date", "End Time", "Time Off Reason",
                    "Theme Color", "Notes", "Shared"])
        for who, d in (("Søren Kristensen", "10/19/2026"), ("Mette Sørensen", "11/2/2026")):
            off.append([who, email(who), d, "00:00", d, "23:59", "Vacation", "13. Gray", "", "1. Shared"])
        path = out / "Teams Shifts - Kommunikation DK.xlsx"
        wb.save(path)
        return path
    ws.title = "Indholdsplan"
    head = ["Uge", "Dato", "Tidspunkt", "Kanal", "Indhold", "Ansvarlig", "Status"]
    title_cell(ws, "Fjordline Danmark – indholdsplan efterår 2026", len(head))
    ws.append(["Status: grøn = klar, gul = kladde, grå = aflyst"])
    header(ws, 3, head)
    fills = {"planned": "C6EFCE", "draft": "FFEB9C", "cancelled": "D9D9D9"}
    last_week = None
    for p in posts:
        d = day(p)
        wk = d.isocalendar()[1]
        if last_week is not None and wk != last_week and rnd.random() < 0.5:
            ws.append([f"NB: husk billeder til uge {wk} – deadline fredag"])
        if p.all_day:
            when = f"{WEEKDAYS['da'][1][d.weekday()]} {d.day}.–{(p.last_day or d).day}. {MONTHS['da-short'][d.month - 10]}"
            clock = "hele dagen"
        else:
            when = f"{WEEKDAYS['da'][1][d.weekday()]} {d.day}. {MONTHS['da-short'][d.month - 10]}"
            clock = f"{dot(local(p))}-{dot(end(p))}"
        row = [f"uge {wk}" if wk != last_week else "", when, clock, chan("da", p.channel), p.title,
               joined(p.people, "og"), None]
        last_week = wk
        ws.append(row)
        r = ws.max_row
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[p.status])
        if p.status == "cancelled":
            for c in range(1, 8):
                ws.cell(row=r, column=c).font = Font(strike=True, color="808080")
        p.written = dict(zip(head, row))
    path = out / "Indholdsplan DK efterår 2026.xlsx"
    wb.save(path)
    return path


# --- reykjavik: Apple Calendar or an Icelandic sheet --------------------------------------------------
def reykjavik(company, out, rnd, h):
    if h["tool"] == "apple":
        return write_calendar(company, "reykjavik", "is", "apple", "Fjordline Ísland – samfélagsmiðlar", rnd,
                              out / "Fjordline Ísland.ics", channel_in="location")
    wb = Workbook()
    ws = wb.active
    ws.title = "Dagskrá"
    head = ["Dagsetning", "Tími", "Miðill", "Efni", "Ábyrgð", "Staða"]
    title_cell(ws, "Efnisáætlun haust 2026", len(head))
    header(ws, 2, head)
    for p in ordered(company.of("reykjavik")):
        d = day(p)
        when = f"{d.day}. {MONTHS['is'][d.month - 10]} {d.year}"
        clock = "" if p.all_day else f"kl. {local(p):%H:%M}–{end(p):%H:%M}"
        row = [when, clock, chan("is", p.channel), p.title, joined(p.people, "og"), status("is", p)]
        ws.append(row)
        p.written = dict(zip(head, row))
    path = out / "Efnisáætlun Ísland.xlsx"
    wb.save(path)
    return path


# --- amsterdam: Dutch week grid or Trello ---------------------------------------------------------------
def amsterdam(company, out, rnd, h):
    if h["tool"] == "trello":
        head = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date", "Start Date",
                "List ID", "List Name", "Closed", "Archived"]
        lists = {"planned": "Ingepland", "draft": "In voorbereiding", "cancelled": "Vervallen"}
        colours = {"LinkedIn": "blue", "Instagram": "pink", "Newsletter": "yellow", "X": "black"}
        rows = [head]
        for p in ordered(company.of("amsterdam")):
            due = p.start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            label = f"{chan('nl', p.channel)} ({colours.get(p.channel, 'green')})" if p.channel else ""
            row = [f"{rnd.getrandbits(96):024x}", p.title, f"https://trello.com/c/{rnd.getrandbits(32):08x}", p.note,
                   label, ", ".join(p.people), due, "", f"{rnd.getrandbits(96):024x}", lists[p.status], "false", "false"]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "trello-contentkalender-benelux.csv"
        path.write_text(to_csv(rows), encoding="utf-8")
        return path
    short = {"nl": ["ma", "di", "wo", "do", "vr"]}
    return grids.week_sheets(company, "amsterdam", "nl", out / "Contentplanning Benelux Q4.xlsx", dated=h["dated"],
                             title="Contentplanning Benelux – week {wk} ({year})", sheet="Week {wk}", channel_head="Kanaal",
                             clock="dot", other="Overig",
                             day_head=lambda s, d: f"{WEEKDAYS['nl'][0][short['nl'].index(s)]} {d.day} {MONTHS['nl-short'][d.month - 10]}")


# --- brussels_nl: Jira ---------------------------------------------------------------------------------
def _jira(dt: datetime) -> str:
    return f"{dt:%d}/{dt:%b}/{dt:%y} {dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def brussels_nl(company, out, rnd, h):
    head = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project name", "Priority", "Assignee",
            "Reporter", "Created", "Updated", "Due date", "Labels", "Custom field (Kanaal)", "Custom field (Publicatiedatum)"]
    js = {"planned": "Klaar", "draft": "In uitvoering", "cancelled": "Geannuleerd"}
    rows = [head]
    for i, p in enumerate(ordered(company.of("brussels_nl")), start=101):
        t = local(p)
        created = datetime(2026, 9, 14, 9, 12) + timedelta(hours=rnd.randrange(300))
        due = (t - timedelta(days=2)).replace(hour=0, minute=0)
        pub = _jira(t) if h["date"] == "jira" else f"{t:%Y-%m-%d %H:%M}"
        row = [p.title, f"PA-{i}", str(10400 + i), "Taak", js[p.status], "Public Affairs BE", "Medium", p.people[0],
               rnd.choice(["Wouter Janssens", "An Peeters"]), _jira(created), _jira(created + timedelta(days=3)), _jira(due),
               "q4-2026", chan("nl", p.channel), pub]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Jira PA-BE export.csv"
    path.write_text(to_csv(rows), encoding="utf-8")
    return path


# --- brussels_fr: Agorapulse or Meltwater --------------------------------------------------------------
def brussels_fr(company, out, rnd, h):
    posts = ordered(company.of("brussels_fr"))
    rows = []
    if h["tool"] == "agorapulse":
        head = ["Date de publication", "Profil", "Réseau", "Texte", "Étiquettes", "Statut", "Auteur"]
        ast = {"planned": "Programmé", "draft": "Brouillon", "cancelled": "Annulé"}
        rows.append(head)
        for p in posts:
            t = local(p)
            row = [f"{t:%d/%m/%Y %H:%M}", "Fjordline Belgique", chan("fr", p.channel),
                   p.title + (f" {p.note}" if p.note else ""), rnd.choice(["", "Affaires publiques"]), ast[p.status],
                   " et ".join(p.people)]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "agorapulse_calendrier_export.csv"
    else:
        head = ["Scheduled Date", "Scheduled Time", "Time Zone", "Channel", "Account Name", "Message", "Tags", "Status",
                "Created By"]
        mst = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Cancelled"}
        rows.append(head)
        for p in posts:
            t = local(p)
            off = "+02:00" if t.utcoffset() == timedelta(hours=2) else "+01:00"
            row = [f"{t:%Y-%m-%d}", f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}",
                   f"(GMT{off}) Brussels", chan("en", p.channel), "Fjordline Belgique", p.title, "public-affairs",
                   mst[p.status], ", ".join(p.people)]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "Meltwater_Engage_Publish_export.csv"
    path.write_text(to_csv(rows, delimiter=";" if h["tool"] == "agorapulse" else ","), encoding="utf-8-sig")
    return path


# --- istanbul: Turkish sheet, week-row grid or Nextcloud -----------------------------------------------
def istanbul(company, out, rnd, h):
    if h["tool"] == "nextcloud":
        return write_calendar(company, "istanbul", "tr", "nextcloud", "Fjordline Türkiye İçerik", rnd,
                              out / "fjordline-turkiye-icerik.ics")
    if h["tool"] == "hafta":
        return grids.week_rows(company, "istanbul", "tr", out / "İÇERİK TAKVİMİ 2026.xlsx", sheet="Ekim-Kasım",
                               title="FJORDLINE TÜRKİYE – İÇERİK TAKVİMİ 2026", week_head="HAFTA",
                               week_label="Hafta {wk}", upper=True, clock="dot")
    wb = Workbook()
    ws = wb.active
    ws.title = "Takvim"
    head = ["HAFTA", "TARİH", "SAAT", "KANAL", "İÇERİK", "SORUMLU", "DURUM"]
    title_cell(ws, "FJORDLINE TÜRKİYE – SOSYAL MEDYA TAKVİMİ", len(head))
    header(ws, 2, head)
    full = rnd.random() < 0.5
    for p in ordered(company.of("istanbul")):
        d = day(p)
        when = f"{d.day} {MONTHS['tr'][d.month - 10]} {d.year} {WEEKDAYS['tr'][0][d.weekday()]}" if full else f"{d:%d.%m.%Y}"
        row = [f"Hafta {d.isocalendar()[1]}", when, "" if p.all_day else dot(local(p)), chan("tr", p.channel), p.title,
               joined(p.people, "ve"), status("tr", p)]
        ws.append(row)
        p.written = dict(zip(head, row))
    path = out / "Sosyal Medya Takvimi TR.xlsx"
    wb.save(path)
    return path


# --- tallinn: Falcon.io, an Estonian sheet or Fastmail ------------------------------------------------
def tallinn(company, out, rnd, h):
    posts = ordered(company.of("tallinn"))
    if h["tool"] == "fastmail":
        return write_calendar(company, "tallinn", "et", "fastmail", "Fjordline Eesti sotsiaalmeedia", rnd,
                              out / "Fjordline Eesti.ics")
    if h["tool"] == "falcon":
        head = ["Channel", "Network", "Content", "Scheduled (UTC)", "Status", "Labels", "Created by", "Link"]
        fst = {"planned": "Scheduled", "draft": "Draft", "cancelled": "Deleted"}
        rows = [head]
        for p in posts:
            u = p.start.astimezone(timezone.utc)
            row = ["Fjordline Eesti", chan("en", p.channel), p.title, f"{u:%Y-%m-%d %H:%M}", fst[p.status],
                   "fjordline-ee", p.people[0], p.note]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "falcon_publish_export.csv"
        path.write_text(to_csv(rows), encoding="utf-8")
        return path
    wb = Workbook()
    ws = wb.active
    ws.title = "Sisukalender"
    head = ["Nädal", "Kuupäev", "Kellaaeg", "Kanal", "Sisu", "Vastutaja", "Staatus"]
    title_cell(ws, "Fjordline Eesti – sisukalender sügis 2026", len(head))
    header(ws, 2, head)
    for p in posts:
        d = day(p)
        row = [f"nädal {d.isocalendar()[1]}", f"{d.day}. {MONTHS['et'][d.month - 10]} {d.year}",
               "" if p.all_day else f"kell {dot(local(p))}", chan("et", p.channel), p.title, p.people[0], status("et", p)]
        ws.append(row)
        p.written = dict(zip(head, row))
    path = out / "Sisukalender Eesti.xlsx"
    wb.save(path)
    return path


WRITERS = {"oslo": oslo, "hr": hr, "stockholm": stockholm, "helsinki": helsinki, "copenhagen": copenhagen,
           "reykjavik": reykjavik, "amsterdam": amsterdam, "brussels_nl": brussels_nl, "brussels_fr": brussels_fr,
           "istanbul": istanbul, "tallinn": tallinn}
__all__ = ["write_company", "told_zones", "email", "STATUS"]
