"""Fjordline's week grids, the way Nordic and Benelux planners draw them: one sheet per ISO week
("Uke 42", "Week 42") with the networks as rows and the weekdays as columns, the dates in the
column headers ("ma 12.10") or not at all (the week only in the sheet's name and title); or one
sheet whose rows are the weeks ("Uke 42", "Hafta 42") and whose columns are the weekdays, every
cell holding the day's posts, one a line ("kl. 14.00 LinkedIn: Title (Name)"). A legend sheet
("Forklaring", "Legenda") beside them explains the colours and holds no posts."""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill

from tests.holdout10.common import WEEKDAYS, chan, day, dot, header, joined, local, ordered, title_cell
from tests.holdout10.company import CHANNELS, FIRST_DAY, WEEKS

WRAP = Alignment(wrap_text=True, vertical="top")
AND = {"nb": "og", "nl": "en", "tr": "ve"}


def _line(p, lang, with_channel: bool, clock: str) -> str:
    who = f" ({joined(p.people, AND[lang])})" if p.people else ""
    net = f"{chan(lang, p.channel)}: " if with_channel and p.channel else ""
    if p.all_day:
        return f"{net}{p.title}{who}"
    t = local(p)
    when = {"kl": f"kl. {dot(t)}", "dot": dot(t), "colon": f"{t:%H:%M}"}[clock]
    return f"{when} {net}{p.title}{who}"


def _weeks():
    return [FIRST_DAY + timedelta(days=7 * w) for w in range(WEEKS)]


def _legend(wb, lang):
    ws = wb.create_sheet({"nb": "Forklaring", "nl": "Legenda", "tr": "Açıklama"}[lang])
    rows = {"nb": [("Farge", "Betydning"), ("Grønn", "Godkjent"), ("Gul", "Utkast"), ("Grå", "Avlyst – ikke publiser"),
                   ("", "Skriv klokkeslett først: kl. 14.00. Én post per linje.")],
            "nl": [("Kleur", "Betekenis"), ("Groen", "Goedgekeurd"), ("Geel", "Concept"), ("Grijs", "Vervallen"),
                   ("", "Tijd eerst, dan de titel, dan (naam). Eén post per regel.")],
            "tr": [("Renk", "Anlamı"), ("Yeşil", "Onaylandı"), ("Sarı", "Taslak"), ("", "Her satıra bir gönderi yazın.")]}[lang]
    for r in rows:
        ws.append(list(r))


def week_sheets(company, dept, lang, path, *, dated: bool, title: str, sheet: str, channel_head: str,
                clock="kl", day_head=None, other="Annet"):
    """One sheet per ISO week: networks down, weekdays across."""
    wb = Workbook()
    wb.remove(wb.active)
    posts = [p for p in ordered(company.of(dept)) if p.status != "cancelled"]
    by = defaultdict(list)
    for p in posts:
        by[(day(p), p.channel)].append(p)
    full, short = WEEKDAYS[lang]
    rows = [c for c in CHANNELS[dept]] + ([None] if any(p.channel is None for p in posts) else [])
    for monday in _weeks():
        wk = monday.isocalendar()[1]
        ws = wb.create_sheet(sheet.format(wk=wk))
        days = [monday + timedelta(days=i) for i in range(5)]
        heads = [day_head(short[i], d) if dated else full[i] for i, d in enumerate(days)]
        title_cell(ws, title.format(wk=wk, year=monday.year), 6)
        header(ws, 3, [channel_head, *heads])
        for r, c in enumerate(rows, start=4):
            ws.cell(row=r, column=1, value=chan(lang, c) if c else other)
            for i, d in enumerate(days, start=2):
                ps = by.get((d, c), [])
                if ps:
                    cell = ws.cell(row=r, column=i, value="\n".join(_line(p, lang, False, clock) for p in ps))
                    cell.alignment = WRAP
                    if any(p.status == "draft" for p in ps):
                        cell.fill = PatternFill("solid", fgColor="FFF2CC")
                    for p in ps:
                        p.written = {"sheet": ws.title, "column": heads[i - 2], "cell": cell.value}
        for col in "BCDEF":
            ws.column_dimensions[col].width = 34
    _legend(wb, lang)
    wb.save(path)
    return path


def week_rows(company, dept, lang, path, *, sheet: str, title: str, week_head: str, week_label: str,
              upper=False, clock="kl"):
    """One sheet, a row per ISO week, a column per weekday; each cell the day's posts, one a line."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    full, _ = WEEKDAYS[lang]
    heads = [x.upper() if upper else x.capitalize() for x in full]
    if upper and lang == "tr":
        heads = [x.replace("i", "İ").upper() for x in full]
    title_cell(ws, title, 6)
    header(ws, 2, [week_head, *heads])
    posts = [p for p in ordered(company.of(dept)) if p.status != "cancelled"]
    by = defaultdict(list)
    for p in posts:
        by[day(p)].append(p)
    for r, monday in enumerate(_weeks(), start=3):
        ws.cell(row=r, column=1, value=week_label.format(wk=monday.isocalendar()[1]))
        for i in range(5):
            ps = by.get(monday + timedelta(days=i), [])
            if ps:
                cell = ws.cell(row=r, column=i + 2, value="\n".join(_line(p, lang, True, clock) for p in ps))
                cell.alignment = WRAP
                for p in ps:
                    p.written = {"row": ws.cell(row=r, column=1).value, "column": heads[i], "cell": cell.value}
    for col in "BCDEF":
        ws.column_dimensions[col].width = 40
    _legend(wb, lang)
    wb.save(path)
    return path
