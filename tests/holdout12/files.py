"""Writes Maple & Wattle Media's departments' files the way each hands them over.

toronto    a Google Sheets content-calendar template downloaded as .xlsx: a tab per month ("October 2026"),
           either a column per day (dates across, networks down, "9:30 AM Title — Name" cells) or a checklist
           (✅/📝/❌ statuses, "Approved?" and "Posted?" checkbox columns TRUE/FALSE); an "Instructions" tab,
           a template's example row, hidden rows and columns
montreal   French-Canadian plan (.ods from LibreOffice or .xlsx): "5 octobre 2026 à 14 h 30" in one cell, or
           "lun. 5 oct." and "14 h 30"; "Infolettre", "Blogue"; "Élise Tremblay et Marc Gagnon"
vancouver  Excel with formulas (xlsxwriter, cached values): the date is the row above plus 0 or 1, the
           publish moment is date + time, a week number from WEEKNUM; notes rows above a merged header band,
           hidden helper column, an Excel table with a totals row or a plain totals row, autofilter; .xlsm or .xlsx
halifax    a CSV as a Mac saves it (Mac Roman, CR), a TSV, a ';' CSV with BOM, or Excel "Unicode text" (UTF-16)
sydney / perth / auckland / crm   social tools' exports (exports.py)
agency     an .ics from Proton, Yahoo, Zoho, Zimbra, HCL Notes or Outlook for Mac (calendars.py)
"""
from __future__ import annotations

import random
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import xlsxwriter
from openpyxl import Workbook
from openpyxl.styles import Font

from tests.holdout4.files import write_ods
from tests.holdout12 import exports
from tests.holdout12.calendars import write_calendar
from tests.holdout12.common import (FR_CHANNEL, FR_DAYS, FR_MONTHS, FR_SHORT_MONTHS, ampm, day, local, ordered, who)


def write_company(company, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(company.seed * 7919 + 5)
    return {dept: writer(company, out, rnd, company.habits[dept]) for dept, writer in WRITERS.items()}


def told_zones(company, files: dict[str, Path]) -> list[str]:
    """The `--tz FILE=ZONE` the coordinator passes: she knows where each office sits. The .ics, and the
    exports whose cells carry an offset or a zone column, go without."""
    from tests.holdout12.company import ZONE
    named = {d for d, p in files.items() if p.suffix == ".ics"}
    named |= {d for d in files if company.habits[d].get("tool") in exports.ZONED}
    return [f"--tz={files[d].name}={ZONE[d]}" for d in files if d not in named]


def _people(rnd, p, joiner=" & "):
    return joiner.join(who(rnd, n, n in _team(p.dept)) for n in p.people)


def _team(dept):
    from tests.holdout12.company import TEAMS
    return TEAMS[dept]


STATUS_EMOJI = {"planned": "✅ Scheduled", "draft": "📝 Draft", "cancelled": "❌ Cancelled"}


# --- toronto: Google Sheets template ------------------------------------------------------------------
def toronto(company, out, rnd, h):
    path = out / "Content Calendar 2026 - Brand & Content.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instructions"
    ins["A1"] = "How to use this template"
    ins["A3"] = "1. Make a copy (File > Make a copy). 2. One tab per month. 3. Tick Approved when legal signs off."
    posts = ordered(company.of("toronto"))
    months = sorted({(day(p).year, day(p).month) for p in posts})
    for y, m in months:
        ws = wb.create_sheet(datetime(y, m, 1).strftime("%B %Y"))
        mine = [p for p in posts if (day(p).year, day(p).month) == (y, m)]
        (_day_columns if h["layout"] == "day-columns" else _checklist)(ws, mine, rnd, h, y, m)
    wb.save(path)
    return path


def _cell_line(rnd, p):
    t = "All day" if p.all_day else ampm(local(p))
    return f"{t} {p.title} — {_people(rnd, p, ' & ')}"


def _day_columns(ws, posts, rnd, h, y, m):
    ws["A1"] = f"{datetime(y, m, 1):%B %Y} — Brand & Content calendar"
    ws["A1"].font = Font(bold=True, size=16)
    first = datetime(y, m, 1)
    nd = ((first.replace(month=m % 12 + 1, year=y + (m == 12)) - first).days)
    ws.cell(row=3, column=1, value="Channel").font = Font(bold=True)
    for i in range(nd):
        ws.cell(row=3, column=2 + i, value=first + timedelta(days=i)).number_format = "ddd d mmm"
    nets = ["LinkedIn", "Instagram", "Facebook", "TikTok", "YouTube", "Other"]
    cells = {}
    for p in posts:
        r = nets.index(p.channel) if p.channel in nets else len(nets) - 1
        cells.setdefault((r, day(p).day), []).append(p)
    for r, net in enumerate(nets):
        ws.cell(row=4 + r, column=1, value=net)
        for (rr, d), ps in cells.items():
            if rr == r:
                ws.cell(row=4 + r, column=1 + d, value="\n".join(_cell_line(rnd, p) for p in ps))
                for p in ps:
                    p.written = {"cell": _cell_line(rnd, p), "row": net}
    ws.cell(row=4 + len(nets), column=1, value="Key: ✅ scheduled · 📝 draft")


def _checklist(ws, posts, rnd, h, y, m):
    ws["A1"] = f"📅 {datetime(y, m, 1):%B %Y}"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Tick ✔ Approved once legal signs off; Posted? is ticked by the scheduler."
    head = ["Date", "Time", "Platform", "Post copy", "Owner", "Status", "Approved?", "Posted?", "Link"]
    for i, v in enumerate(head, 1):
        ws.cell(row=4, column=i, value=v).font = Font(bold=True)
    ex = [datetime(y, m, 1), "9:00 AM", "Instagram", "e.g. Example post – delete me", "Your name", "📝 Draft", False, False, ""]
    for i, v in enumerate(ex, 1):
        ws.cell(row=5, column=i, value=v)
    r = 6
    for p in posts:
        d = day(p)
        row = [datetime(d.year, d.month, d.day), "" if p.all_day else ampm(local(p)), p.channel or "",
               p.title, _people(rnd, p, ", "), STATUS_EMOJI[p.status], p.status == "planned",
               False, p.note]
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            if i == 1:
                c.number_format = "mm/dd/yyyy"
        if h["hidden"] and rnd.random() < 0.15:
            ws.row_dimensions[r].hidden = True
        p.written = {"row": r, "cells": row[:6]}
        r += 1
    if h["hidden"]:
        ws.column_dimensions["I"].hidden = True


# --- montreal: French-Canadian ---------------------------------------------------------------------
def montreal(company, out, rnd, h):
    ext = h["format"]
    path = out / f"Calendrier éditorial Québec automne 2026.{ext}"
    def hm(t):
        return f"{t.hour} h {t.minute:02d}" if t.minute else f"{t.hour} h"
    head = (["Date et heure", "Plateforme", "Publication", "Responsable", "Statut"] if h["date"] == "long"
            else ["Date", "Heure", "Plateforme", "Publication", "Responsable", "Statut"])
    status = {"planned": "Planifié", "draft": "Brouillon", "cancelled": "Annulé"}
    rows = [["Communications Québec — calendrier de contenu"], [], head]
    for p in ordered(company.of("montreal")):
        d = day(p)
        long_d = f"{d.day}{'er' if d.day == 1 else ''} {FR_MONTHS[d.month - 1]} {d.year}"
        if h["date"] == "long":
            when = [long_d if p.all_day else f"{long_d} à {hm(local(p))}"]
        else:
            when = [f"{FR_DAYS[d.weekday()]} {d.day} {FR_SHORT_MONTHS[d.month - 1]}",
                    "toute la journée" if p.all_day else hm(local(p))]
        people = " et ".join(who(rnd, n, n in _team("montreal")) for n in p.people)
        row = when + [FR_CHANNEL.get(p.channel, p.channel or ""), p.title, people, status[p.status]]
        rows.append(row)
        p.written = {"row": row}
    if ext == "ods":
        write_ods(path, [("Automne 2026", rows)])
    else:
        wb = Workbook()
        ws = wb.active
        ws.title = "Automne 2026"
        for r in rows:
            ws.append(r)
        wb.save(path)
    return path


# --- vancouver: Excel with formulas -----------------------------------------------------------------
def vancouver(company, out, rnd, h):
    path = out / f"West Coast Studio – production schedule.{h['ext']}"
    tmp = path.with_suffix(".xlsx")
    wb = xlsxwriter.Workbook(str(tmp))
    wb.set_properties({"created": datetime(2026, 9, 25, 9, 0), "author": "Ashley Chen"})  # the same file twice
    ws = wb.add_worksheet("Schedule")
    bold = wb.add_format({"bold": True})
    dfmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    tfmt = wb.add_format({"num_format": "h:mm AM/PM"})
    dtfmt = wb.add_format({"num_format": "yyyy-mm-dd h:mm"})
    ws.write(0, 0, "West Coast Studio — production & posting schedule", bold)
    ws.write(1, 0, "Notes: times are Pacific. Publish = Date + Time (formula). Do not edit grey columns.")
    ws.write(2, 0, "Last updated by Ashley Chen")
    ws.merge_range(3, 0, 3, 3, "When", bold)
    ws.merge_range(3, 4, 3, 7, "What", bold)
    head = ["Date", "Time", "Publish", "Wk", "Platform", "Title", "Lead", "Status"]
    hr = 4
    posts = [p for p in ordered(company.of("vancouver"))]
    epoch = datetime(1899, 12, 30)
    rows = []
    for p in posts:
        d = day(p)
        rows.append((p, d))
    data = []
    for i, (p, d) in enumerate(rows):
        r = hr + 1 + i
        dv = (datetime(d.year, d.month, d.day) - epoch).days
        t = local(p) if p.start else None
        tv = (t.hour * 60 + t.minute) / 1440 if t else None
        data.append((r, p, d, dv, tv))
    status = {"planned": "Scheduled", "draft": "In edit", "cancelled": "Cut"}
    for idx, (r, p, d, dv, tv) in enumerate(data):
        if idx and (d - data[idx - 1][2]).days in (0, 1, 7):
            k = (d - data[idx - 1][2]).days
            ws.write_formula(r, 0, f"=A{r}" + (f"+{k}" if k else ""), dfmt, dv)
        else:
            ws.write_datetime(r, 0, datetime(d.year, d.month, d.day), dfmt)
        if tv is not None:
            ws.write_number(r, 1, tv, tfmt)
            ws.write_formula(r, 2, f"=A{r + 1}+B{r + 1}", dtfmt, dv + tv)
        else:
            ws.write_string(r, 1, "all day")
            ws.write_formula(r, 2, f"=A{r + 1}", dfmt, dv)
        ws.write_formula(r, 3, f"=WEEKNUM(A{r + 1})", None, d.isocalendar()[1])
        ws.write(r, 4, p.channel or "")
        ws.write(r, 5, p.title)
        ws.write(r, 6, " / ".join(who(rnd, n, n in _team("vancouver")) for n in p.people))
        ws.write(r, 7, status[p.status])
        if rnd.random() < 0.12:
            ws.set_row(r, None, None, {"hidden": True})
        p.written = {"row": r + 1, "title": p.title}
    last = hr + len(data)
    total = last + 1
    if h["table"]:
        ws.add_table(hr, 0, total, 7, {"name": "Schedule", "total_row": True,
                                       "columns": [{"header": head[0], "total_string": "Total"}] +
                                       [{"header": x} for x in head[1:5]] +
                                       [{"header": "Title", "total_function": "count"}] +
                                       [{"header": x} for x in head[6:]]})
    else:
        for i, v in enumerate(head):
            ws.write(hr, i, v, bold)
        ws.write(total, 0, "Total posts", bold)
        ws.write_formula(total, 5, f"=COUNTA(F{hr + 2}:F{last + 1})", bold, len(data))
        if h["filter"]:
            ws.autofilter(hr, 0, last, 7)
    ws.set_column(3, 3, None, None, {"hidden": True})
    wb.close()
    if h["ext"] == "xlsm":   # a macro-enabled workbook (no macros): the content type says so
        with zipfile.ZipFile(tmp) as zi, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zo:
            for item in zi.infolist():
                data_ = zi.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    data_ = data_.replace(b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")
                zo.writestr(item, data_)
        tmp.unlink()
    return path


# --- halifax: text exports in their encodings --------------------------------------------------------
def halifax(company, out, rnd, h):
    enc = h["encoding"]
    head = ["Post Date", "Time", "Platform", "Copy", "Owner", "Status"]
    rows = [head]
    for p in ordered(company.of("halifax")):
        d = day(p)
        row = [f"{d:%b} {d.day}, {d.year}", "" if p.all_day else ampm(local(p)),
               {"X": "Twitter", "Blog": "Website"}.get(p.channel, p.channel or ""), p.title,
               " and ".join(who(rnd, n, n in _team("halifax")) for n in p.people),
               {"planned": "Ready", "draft": "Draft", "cancelled": "Killed"}[p.status]]
        rows.append(row)
        p.written = {"row": row}
    if enc == "mac_roman":
        path = out / "Atlantic newsroom social.csv"
        text = "\r".join(",".join(_q(v, ",") for v in r) for r in rows) + "\r"
        path.write_bytes(text.encode("mac_roman"))
    elif enc == "tsv":
        path = out / "Atlantic newsroom social.tsv"
        path.write_bytes(("\n".join("\t".join(v.replace("\t", " ") for v in r) for r in rows) + "\n").encode("utf-8"))
    elif enc == "semicolon_bom":
        path = out / "Atlantic newsroom social.csv"
        path.write_bytes(("\r\n".join(";".join(_q(v, ";") for v in r) for r in rows) + "\r\n").encode("utf-8-sig"))
    else:
        path = out / "Atlantic newsroom social.txt"
        path.write_bytes(("\r\n".join("\t".join(_q(v, "\t") for v in r) for r in rows) + "\r\n").encode("utf-16"))
    return path


def _q(v: str, sep: str) -> str:
    return f'"{v}"' if (sep in v or '"' in v) else v


def agency(company, out, rnd, h):
    return write_calendar(company, "agency", h["tool"], rnd, out)


WRITERS = {"toronto": toronto, "montreal": montreal, "vancouver": vancouver, "halifax": halifax,
           "sydney": exports.sydney, "perth": exports.perth, "auckland": exports.auckland, "crm": exports.crm,
           "agency": agency}
