"""Writes Maison Soleil's departments' files the way each department hands them over.

marketing  Excel "planning éditorial" (fr): title, colour legend, merged month banners ("OCTOBRE 2026"),
           week numbers "S41" (a week's first row or every row), date cells, "lun. 12/10" or "lundi 12
           octobre", "14h30" / "14 h 30" / "9h" / "14:30", "DUPONT Marie / MARTIN Luc", grey "Annulé" rows
corporate  Outlook 365 .ics (fr): TZID "Romance Standard Time", SUMMARY;LANGUAGE=fr-FR, "Annulé : …",
           ORGANIZER / ATTENDEE CN "DUPONT Marie" or "Marie Dupont", the channel in CATEGORIES (with a
           colour category "Catégorie bleue"), a weekly RRULE + EXDATE + RECURRENCE-ID, a multi-day salon
boutiques  Meta Business Suite planner export (fr, UTF-8 BOM): "Date de publication planifiée" as
           "12/10/2026 14:30" or "12 oct. 2026, 14:30", Page / Plateforme, post ids "1029384756_1234…"
ecommerce  Sprout Social export (en): "Date" "10/12/2026" (US) or ISO, "Time" "7:45 PM" or "19:45",
           "Network", "Profile", "Post", "Author"
madrid     Google Sheets CSV in Spanish locale: "12 de octubre de 2026", "lun., 12 oct." or
           "12/10/2026", "14:30(:00)", people "García, Lucía / Pérez, Javier" or "Lucía García y …",
           budget "1.250,50", a weekly giveaway as a row a week
clientes   Hootsuite bulk-composer CSV (es): date "dd/mm/yyyy HH:mm" (or mm/dd), message, link; no
           header line half the time; one profile per file, named in the file name
barcelona  Monday.com xlsx export (ca): board name, group title rows, the header repeated under each
           group, "Subelements" header and subitem rows (tasks, not posts) under some items
milano     Smartsheet xlsx (it): week parent rows (their date a roll-up of the children's when the sheet
           has one), indented child rows, "Data di pubblicazione" + "Ora" "14.30" or one column
           "lunedì 12 ottobre 2026 ore 14.30", contacts by e-mail or name, an "Approvato" checkbox
lisboa     Excel-PT semicolon CSV (cp1252 / latin-1 / UTF-8 BOM): "12/10/2026 às 14:30", "14h30" or
           Data + Hora; Lisbon wall clock said by "(Lisboa)" in the header or by a title line;
           "I. Carvalho" or e-mails joined by " e ", cost "120,50"
"""
from __future__ import annotations

import csv
import io
import random
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from tests.holdout3.company import Post
from tests.heldout_kit.ics import esc as _esc, ics as _ics
from tests.holdout5.company import PAR, ZONE, Company

SPELL = {
    "marketing": {"Instagram": ["Insta", "IG", "Instagram"], "Facebook": ["FB", "Facebook"], "TikTok": ["TikTok"],
                  "Pinterest": ["Pinterest"], "Newsletter": ["Newsletter", "E-mailing"]},
    "corporate": {"LinkedIn": ["LinkedIn"], "X": ["X (Twitter)", "X"], "Blog": ["Blog"], "Newsletter": ["Lettre d'info"]},
    "boutiques": {"Facebook": ["Facebook"], "Instagram": ["Instagram"]},
    "ecommerce": {"Instagram": ["Instagram"], "Facebook": ["Facebook"], "Pinterest": ["Pinterest"], "TikTok": ["TikTok"],
                  "YouTube": ["YouTube"]},
    "madrid": {"Instagram": ["Instagram", "IG"], "Facebook": ["Facebook"], "X": ["X", "Twitter"], "TikTok": ["TikTok"]},
    "barcelona": {"Instagram": ["Instagram"], "TikTok": ["TikTok"], "Facebook": ["Facebook"]},
    "milano": {"Instagram": ["Instagram", "IG"], "Facebook": ["Facebook"], "LinkedIn": ["LinkedIn"], "YouTube": ["YouTube"]},
    "lisboa": {"Instagram": ["Instagram"], "Facebook": ["Facebook"], "LinkedIn": ["LinkedIn"]},
}
DOMAIN = "maisonsoleil.example"
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
ES_SHORT = ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
ES_MON = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre"]


def _fold_ascii(s: str) -> str:
    return s.lower().translate(str.maketrans("àáâäãçèéêëìíîïñòóôöõùúûüç", "aaaaaceeeeiiiinooooouuuuc"))


def email(name: str) -> str:
    first, *rest = _fold_ascii(name).split()
    return f"{first}.{''.join(rest)}@{DOMAIN}"


def upper_first(name: str) -> str:
    first, *rest = name.split()
    return f"{' '.join(rest).upper()} {first}"


def last_first(name: str) -> str:
    first, *rest = name.split()
    return f"{' '.join(rest)}, {first}"


def initial(name: str) -> str:
    first, *rest = name.split()
    return f"{first[0]}. {' '.join(rest)}"


def spell(rnd, dept, channel):
    return rnd.choice(SPELL[dept][channel]) if channel else ""


def _local(p: Post) -> datetime:
    return p.start.astimezone(ZoneInfo(ZONE[p.dept]))


def _sorted(posts):
    return sorted(posts, key=lambda p: (p.start.astimezone(PAR).replace(tzinfo=None) if p.start else
                                        datetime(p.day.year, p.day.month, p.day.day), p.pid))


def _csv(rows, delimiter=",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def write_company(company: Company, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(company.seed * 131 + 17)
    return {dept: writer(company, out, rnd, company.habits[dept]) for dept, writer in WRITERS.items()}


def _day(p: Post) -> date:
    return _local(p).date() if p.start else p.day


# --- marketing: Excel planning éditorial --------------------------------------------------------
GREEN, ORANGE, GREY, BANNER = "C6EFCE", "FFD8A8", "D9D9D9", "1F4E78"


def marketing(company, out, rnd, h):
    wb = Workbook()
    ws = wb.active
    ws.title = "Planning T4 2026"
    ws.append(["MAISON SOLEIL — PLANNING ÉDITORIAL T4 2026"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Légende :", "Validé", "À valider", "Annulé", None, "Mis à jour le 28/09/2026"])
    for col, fill in (("B", GREEN), ("C", ORANGE), ("D", GREY)):
        ws[f"{col}2"].fill = PatternFill("solid", fgColor=fill)
    ws.append([])
    ws.append(["Sem.", "Date", "Heure", "Réseau", "Sujet / accroche", "Responsable", "Statut", "Visuel"])
    for c in ws[4]:
        c.font = Font(bold=True)

    def who(n):
        return upper_first(n) if h["people"] == "UPPER first" else n

    def hour(t):
        if h["time"] == "colon":
            return f"{t.hour:02d}:{t.minute:02d}"
        sep = " h " if h["time"] == "h-spaced" else "h"
        return f"{t.hour}{sep}{t.minute:02d}" if t.minute else f"{t.hour}{sep.rstrip()}"

    month = week = None
    for p in _sorted(company.of("marketing")):
        d = _day(p)
        if d.month != month:
            month = d.month
            ws.append([f"{FR_MONTHS[d.month - 1].upper()} {d.year}"])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor=BANNER)
            ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        wk = d.isocalendar()[1]
        shown_week = f"S{wk}" if (h["week"] == "every-row" or wk != week) else None
        week = wk
        if h["date"] == "cell":
            dv = datetime(d.year, d.month, d.day)
        elif h["date"] == "dm-text":
            dv = f"{FR_SHORT[d.weekday()]} {d.day:02d}/{d.month:02d}"
        else:
            dv = f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]}"
        tv = hour(_local(p)) if p.start else ""
        status = {"planned": rnd.choice(["Validé", "Programmé"]), "draft": "À valider", "cancelled": "Annulé"}[p.status]
        row = [shown_week, dv, tv, spell(rnd, "marketing", p.channel), p.title, " / ".join(who(n) for n in p.people),
               status, rnd.choice(["OK", "En cours", ""])]
        ws.append(row)
        r = ws.max_row
        if h["date"] == "cell":
            ws.cell(r, 2).number_format = "ddd dd/mm/yyyy"
        fill = {"Validé": GREEN, "Programmé": GREEN, "À valider": ORANGE, "Annulé": GREY}[status]
        ws.cell(r, 7).fill = PatternFill("solid", fgColor=fill)
        if status == "Annulé":
            for c in ws[r]:
                c.fill = PatternFill("solid", fgColor=GREY)
        p.written = dict(zip(["Sem.", "Date", "Heure", "Réseau", "Sujet", "Responsable", "Statut"], map(str, row)))
    path = out / "Planning éditorial Marketing T4 2026.xlsx"
    wb.save(path)
    return path


# --- corporate: Outlook 365 .ics ------------------------------------------------------------------
ROMANCE = [
    "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
STAMP = "20261001T081500Z"
RSZ = "Romance Standard Time"


def _rst(dt: datetime) -> str:
    return dt.astimezone(PAR).strftime("%Y%m%dT%H%M%S")


def corporate(company, out, rnd, h):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE", "X-WR-CALNAME:Communication Corporate", *ROMANCE]

    def cn(n):
        return upper_first(n) if h["cn"] == "UPPER first" else n

    def ev(p, when, uid, extra=()):
        summary = ("Annulé : " if p.status == "cancelled" else "") + p.title
        cats = [spell(rnd, "corporate", p.channel)] if p.channel else []
        if h["cats"] == "channel+colour":
            cats.append(rnd.choice(["Catégorie bleue", "Catégorie verte", "Catégorie orange"]))
        ev_ = ["BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{STAMP}",
               f"DESCRIPTION:{_esc(rnd.choice(['', 'Texte validé par la direction.', 'Visuels : dossier partagé Com/T4']))}",
               *when, f"DTSTAMP:{STAMP}", "LAST-MODIFIED:20261002T091200Z",
               "LOCATION:" + ("Eurexpo Lyon" if p.all_day else rnd.choice(["", "Salle Fourvière", "Microsoft Teams"])),
               "PRIORITY:5", "SEQUENCE:0", f"SUMMARY;LANGUAGE=fr-FR:{_esc(summary)}", "TRANSP:OPAQUE", f"UID:{uid}"]
        if cats:
            ev_.append("CATEGORIES:" + ",".join(_esc(c) for c in cats))
        if p.people:
            o = p.people[0]
            ev_.append(f'ORGANIZER;CN="{cn(o)}":mailto:{email(o)}')
            for n in p.people[1:]:
                ev_.append(f'ATTENDEE;CN="{cn(n)}";RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:{email(n)}')
        ev_ += list(extra)
        if p.status == "cancelled":
            ev_.append("STATUS:CANCELLED")
        ev_ += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]
        if p.all_day:
            ev_.append("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
        ev_ += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "END:VALARM", "END:VEVENT"]
        p.written = {x.split(":")[0].split(";")[0]: x for x in ev_ if x.startswith(("SUMMARY", "DTSTART", "ORGANIZER", "CATEGORIES"))}
        return ev_

    def uid():
        return "040000008200E00074C5B7101A82E008" + uuid.UUID(int=rnd.getrandbits(128)).hex.upper()

    for p in _sorted(company.of("corporate")):
        if p.series:
            continue
        if p.all_day:
            when = [f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}", f"DTEND;VALUE=DATE:{(p.last_day or p.day) + timedelta(days=1):%Y%m%d}"]
        else:
            end = p.end or p.start + timedelta(minutes=30)
            when = [f'DTSTART;TZID="{RSZ}":{_rst(p.start)}', f'DTEND;TZID="{RSZ}":{_rst(end)}']
        lines += ev(p, when, uid())
    for s in company.series:
        if s.dept != "corporate":
            continue
        u = uid()
        p = Post(0, "corporate", s.title, s.channel, s.people)
        day = "MO TU WE TH FR".split()[s.first.weekday()]
        lines += ev(p, [f'DTSTART;TZID="{RSZ}":{_rst(s.first)}', f'DTEND;TZID="{RSZ}":{_rst(s.first + timedelta(minutes=30))}',
                        f"RRULE:FREQ=WEEKLY;COUNT={s.count};BYDAY={day};WKST=MO",
                        f'EXDATE;TZID="{RSZ}":' + ",".join(_rst(x) for x in s.exdates)], u)
        for orig, new in s.moved.items():
            lines += ev(p, [f'DTSTART;TZID="{RSZ}":{_rst(new)}', f'DTEND;TZID="{RSZ}":{_rst(new + timedelta(minutes=30))}'], u,
                        [f'RECURRENCE-ID;TZID="{RSZ}":{_rst(orig)}'])
    lines.append("END:VCALENDAR")
    path = out / "Calendrier Communication Corporate.ics"
    path.write_bytes(_ics(lines))
    return path


# --- boutiques: Meta Business Suite planner export ------------------------------------------------
META_HEAD = ["Identifiant de la publication", "Page", "Plateforme", "Type de publication", "Publication",
             "Date de publication planifiée", "Statut", "Créé par", "Lien permanent"]


def boutiques(company, out, rnd, h):
    rows = [META_HEAD]
    for p in _sorted(company.of("boutiques")):
        if p.status == "cancelled":
            continue   # a deleted draft is not in the export
        t = _local(p)
        when = (t.strftime("%d/%m/%Y %H:%M") if h["date"] == "fr-numeric"
                else f"{t.day} {FR_MON[t.month - 1]} {t.year}, {t:%H:%M}")
        text = p.title + (rnd.choice([" #maisonsoleil", " #maisonsoleil #déco", " #boutique #lyon"]) if h["hashtags"] else "")
        pid = f"{rnd.randint(10**14, 10**15 - 1)}_{rnd.randint(10**15, 10**16 - 1)}"
        row = [pid, "Maison Soleil Boutiques" if p.channel == "Facebook" else "@maisonsoleil.boutiques", p.channel,
               rnd.choice(["Photo", "Vidéo", "Carrousel", "Reel"]) if p.channel == "Instagram" else rnd.choice(["Photo", "Lien"]),
               text, when, "Programmée" if p.status == "planned" else "Brouillon", p.people[0],
               "" if p.status == "draft" else f"https://www.facebook.com/{pid}"]
        rows.append(row)
        p.written = dict(zip(["Plateforme", "Publication", "Date", "Statut", "Créé par"], [row[2], row[4], row[5], row[6], row[7]]))
    path = out / "Meta Business Suite - Planificateur - Boutiques.csv"
    path.write_bytes(_csv(rows).encode("utf-8-sig"))
    return path


# --- ecommerce: Sprout Social export ----------------------------------------------------------------
SPROUT_HEAD = ["Date", "Time", "Network", "Profile", "Post", "Tags", "Author", "Status", "Link"]


def ecommerce(company, out, rnd, h):
    rows = [SPROUT_HEAD]
    for p in _sorted(company.of("ecommerce")):
        if p.status == "cancelled":
            continue
        t = _local(p)
        d = f"{t.month}/{t.day}/{t.year}" if h["date"] == "us" else t.strftime("%Y-%m-%d")
        tm = t.strftime("%-I:%M %p") if h["time"] == "ampm" else t.strftime("%H:%M")
        row = [d, tm, p.channel, f"Maison Soleil ({'@maisonsoleil' if p.channel != 'Facebook' else 'Page'})", p.title,
               rnd.choice(["", "Promo", "Promo, FR", "Evergreen"]), p.people[0],
               "Scheduled" if p.status == "planned" else "Draft", rnd.choice(["", "https://maisonsoleil.example/shop"])]
        rows.append(row)
        p.written = dict(zip(SPROUT_HEAD[:7], row[:7]))
    path = out / "Sprout Social - Publishing Calendar export.csv"
    path.write_bytes(_csv(rows).encode("utf-8"))
    return path


# --- madrid: Google Sheets CSV, Spanish locale ----------------------------------------------------
def madrid(company, out, rnd, h):
    head = ["Semana", "Fecha", "Hora", "Red social", "Publicación", "Responsable", "Estado", "Presupuesto (€)", "Notas"]
    rows = [head]

    def who(people):
        if h["people"] == "last, first":
            return " / ".join(last_first(n) for n in people)
        return " y ".join(people)

    for p in _sorted(company.of("madrid")):
        t = _local(p)
        d = {"long": f"{t.day} de {ES_MONTHS[t.month - 1]} de {t.year}",
             "weekday-short": f"{ES_SHORT[t.weekday()]}, {t.day} {ES_MON[t.month - 1]}",
             "numeric": t.strftime("%d/%m/%Y")}[h["date"]]
        tm = t.strftime("%H:%M:%S" if h["seconds"] else "%H:%M")
        status = {"planned": rnd.choice(["Programado", "Publicado"]), "draft": "Borrador", "cancelled": "Cancelado"}[p.status]
        budget = rnd.choice(["", "", "150,00", "1.250,50", "75,5"])
        row = [t.isocalendar()[1], d, tm, spell(rnd, "madrid", p.channel), p.title, who(p.people), status, budget,
               rnd.choice(["", "", "Pendiente de fotos", "Con influencer"])]
        rows.append(row)
        p.written = dict(zip(head[:7], map(str, row[:7])))
    path = out / "Calendario RRSS España - Hoja 1.csv"
    path.write_bytes(_csv(rows).encode("utf-8"))
    return path


# --- clientes: Hootsuite bulk composer ------------------------------------------------------------
def clientes(company, out, rnd, h):
    rows = [["Date", "Message", "Link"]] if h["header"] else []
    for p in _sorted(company.of("clientes")):
        if p.status == "cancelled":
            continue
        t = _local(p)
        d = t.strftime("%d/%m/%Y %H:%M") if h["order"] == "dmy" else t.strftime("%m/%d/%Y %H:%M")
        row = [d, p.title, rnd.choice(["", "https://maisonsoleil.example/es/ayuda", "https://maisonsoleil.example/es/pedidos"])]
        rows.append(row)
        p.written = {"Date": d, "Message": p.title}
    path = out / "Atencion_cliente_Twitter_bulk_hootsuite.csv"
    path.write_bytes(_csv(rows).encode("utf-8"))
    return path


# --- barcelona: Monday.com export -----------------------------------------------------------------
CA_MONTHS = ["Gener", "Febrer", "Març", "Abril", "Maig", "Juny", "Juliol", "Agost", "Setembre", "Octubre", "Novembre",
             "Desembre"]
SUBTASKS = ["Redactar el text", "Fotos del producte", "Revisió de marca", "Traducció al castellà"]


def barcelona(company, out, rnd, h):
    wb = Workbook()
    ws = wb.active
    ws.title = "Calendari xarxes"
    head = ["Publicació", "Subelements", "Persona", "Estat", "Data", "Hora", "Xarxa", "Notes"]
    ws.append(["Calendari xarxes socials – Barcelona"])
    ws["A1"].font = Font(bold=True, size=14)
    groups: dict[int, list[Post]] = {}
    for p in _sorted(company.of("barcelona")):
        groups.setdefault(_day(p).month, []).append(p)
    for month, posts in groups.items():
        ws.append([])
        ws.append([f"{CA_MONTHS[month - 1]} 2026"])
        ws.cell(ws.max_row, 1).font = Font(bold=True, color="579BFC")
        ws.append(head)
        for p in posts:
            d = _day(p)
            dv = datetime(d.year, d.month, d.day) if h["date"] == "cell" else d.isoformat()
            subs = rnd.sample(SUBTASKS, rnd.randint(1, 3)) if h["subitems"] and rnd.random() < 0.4 else []
            status = {"planned": rnd.choice(["Programat", "Fet"]), "draft": "En curs", "cancelled": "Cancel·lat"}[p.status]
            row = [p.title, ", ".join(subs), ", ".join(p.people), status, dv,
                   _local(p).strftime("%H:%M") if p.start else "", spell(rnd, "barcelona", p.channel) if p.channel else "",
                   rnd.choice(["", "", "Amb el text en català i castellà"])]
            ws.append(row)
            if h["date"] == "cell":
                ws.cell(ws.max_row, 5).number_format = "yyyy-mm-dd"
            p.written = dict(zip(head, map(str, row)))
            if subs:
                ws.append([None, "Subelement", "Persona", "Estat", "Data"])
                for s in subs:
                    sd = d - timedelta(days=rnd.randint(1, 3))
                    ws.append([None, s, rnd.choice(p.people or ["Marta Puig"]), rnd.choice(["Fet", "En curs"]),
                               datetime(sd.year, sd.month, sd.day) if h["date"] == "cell" else sd.isoformat()])
    path = out / "Calendari_xarxes_Barcelona_1696512345.xlsx"
    wb.save(path)
    return path


# --- milano: Smartsheet export --------------------------------------------------------------------
def milano(company, out, rnd, h):
    wb = Workbook()
    ws = wb.active
    ws.title = "Piano editoriale Italia"
    words = h["when"] == "words"
    head = (["Nome attività", "Quando", "Canale", "Assegnato a", "Stato", "Approvato", "Commenti"] if words else
            ["Nome attività", "Data di pubblicazione", "Ora", "Canale", "Assegnato a", "Stato", "Approvato", "Commenti"])
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)

    def who(people):
        return ", ".join(email(n) if h["people"] == "email" else n for n in people)

    weeks: dict[int, list[Post]] = {}
    for p in _sorted(company.of("milano")):
        weeks.setdefault(_day(p).isocalendar()[1], []).append(p)
    for wk, posts in weeks.items():
        first = _day(posts[0])
        roll = None
        if h["rollup"]:  # the parent row rolls its children's earliest date up
            roll = (f"{IT_DAYS[first.weekday()]} {first.day} {IT_MONTHS[first.month - 1]} {first.year}" if words
                    else datetime(first.year, first.month, first.day))
        parent = [f"Settimana {wk}", roll] + [None] * (len(head) - 2)
        ws.append(parent)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        if roll and not words:
            ws.cell(ws.max_row, 2).number_format = "dd/mm/yy"
        for p in posts:
            t = _local(p)
            status = {"planned": rnd.choice(["Programmato", "Pubblicato"]), "draft": "Bozza", "cancelled": "Annullato"}[p.status]
            if words:
                when = [f"{IT_DAYS[t.weekday()]} {t.day} {IT_MONTHS[t.month - 1]} {t.year} ore {t.hour}.{t.minute:02d}"]
            else:
                when = [datetime(t.year, t.month, t.day), f"{t.hour}.{t.minute:02d}"]
            row = [p.title, *when, spell(rnd, "milano", p.channel), who(p.people), status, p.status == "planned",
                   rnd.choice(["", "", "Foto da Marco", "Testo approvato"])]
            ws.append(row)
            ws.cell(ws.max_row, 1).alignment = Alignment(indent=1)
            if not words:
                ws.cell(ws.max_row, 2).number_format = "dd/mm/yy"
            p.written = dict(zip(head, map(str, row)))
    path = out / "Piano editoriale Italia (Smartsheet).xlsx"
    wb.save(path)
    return path


# --- lisboa: Excel-PT semicolon CSV -----------------------------------------------------------------
def lisboa(company, out, rnd, h):
    in_head = h["zone_hint"] == "header"
    zone = " (Lisboa)" if in_head else ""
    rows = [] if in_head else [["Plano de publicações – Portugal (horário: Lisboa, Europe/Lisbon)"], []]
    split = h["when"] == "split"
    head = (["Data", f"Hora{zone}"] if split else [f"Data/Hora{zone}"]) + ["Rede", "Publicação", "Responsável", "Estado",
                                                                          "Custo (€)", "Notas"]
    rows.append(head)

    def who(people):
        return " e ".join(initial(n) if h["people"] == "initial" else email(n) for n in people)

    for p in _sorted(company.of("lisboa")):
        t = _local(p)
        if split:
            when = [t.strftime("%d/%m/%Y"), t.strftime("%H:%M")]
        elif h["when"] == "as":
            when = [t.strftime("%d/%m/%Y às %H:%M")]
        else:
            when = [t.strftime("%d/%m/%Y %Hh%M")]
        status = {"planned": rnd.choice(["Agendado", "Publicado"]), "draft": "Rascunho", "cancelled": "Cancelado"}[p.status]
        row = [*when, spell(rnd, "lisboa", p.channel), p.title, who(p.people), status,
               rnd.choice(["", "120,50", "45,00", "1.200,00"]), rnd.choice(["", "", "Traduzir do francês"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Plano_publicacoes_Portugal.csv"
    path.write_bytes(_csv(rows, delimiter=";").encode(h["encoding"], errors="replace"))
    return path


WRITERS = {"marketing": marketing, "corporate": corporate, "boutiques": boutiques, "ecommerce": ecommerce,
           "madrid": madrid, "clientes": clientes, "barcelona": barcelona, "milano": milano, "lisboa": lisboa}
