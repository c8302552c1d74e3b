"""Write a planned held-out company as the files its departments would send.

Each department writes its file its own way (see `company._habits`): spreadsheets with
their headers, date and time habits, title blocks, a sheet per month and a lists sheet;
csv in its encoding and separator; Google, Outlook and Apple calendar exports.
"""
from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.holdout import pools
from tests.holdout.company import GRID_KIND, Company, Department, Entry, ascii_fold

EXCEL_EPOCH = date(1899, 12, 30)


# -- cells ------------------------------------------------------------------------------
def date_text(day: date, fmt: str, lang: str, rng: random.Random):
    m, wd = day.month - 1, day.weekday()
    if fmt == "dmy_dot":
        return day.strftime("%d.%m.%Y")
    if fmt == "dmy_slash":
        return day.strftime("%d/%m/%Y")
    if fmt == "dmy_dash":
        return day.strftime("%d-%m-%Y")
    if fmt == "mdy_slash":
        return f"{day.month}/{day.day}/{day.year}"
    if fmt == "iso":
        return day.isoformat()
    if fmt == "serial":
        return (day - EXCEL_EPOCH).days
    if fmt == "long":
        month = pools.MONTHS[lang][m]
        return {"en": f"{pools.MONTHS_SHORT['en'][m]} {day.day}, {day.year}", "de": f"{day.day}. {month} {day.year}",
                "es": f"{day.day} de {month} de {day.year}"}.get(lang, f"{day.day} {month} {day.year}")
    if fmt == "wd_short":
        short = pools.WEEKDAYS_SHORT[lang][wd]
        if lang == "de":
            return f"{short}, {day.strftime('%d.%m.%Y')}"
        if lang == "en":
            return f"{short} {day.day} {pools.MONTHS_SHORT['en'][m]} {day.year}"
        return f"{short} {day.day} {pools.MONTHS_SHORT[lang][m]} {day.year}"
    if fmt == "wd_long":
        full = pools.WEEKDAYS[lang][wd]
        month = pools.MONTHS[lang][m]
        if lang == "en":
            return f"{full}, {month} {day.day}, {day.year}"
        if lang == "de":
            return f"{full}, {day.day}. {month} {day.year}"
        return f"{full} {day.day} {month} {day.year}"
    if fmt == "native":
        return datetime(day.year, day.month, day.day)
    raise ValueError(fmt)


def time_text(t: time, fmt: str, lang: str):
    h, mi = t.hour, t.minute
    if fmt == "hm":
        return f"{h:02d}:{mi:02d}" if lang != "en" or h >= 10 else f"{h}:{mi:02d}"
    if fmt == "dot":
        return f"{h:02d}.{mi:02d}"
    if fmt == "h_uhr":
        return f"{h}:{mi:02d} Uhr" if mi else f"{h} Uhr"
    if fmt == "fr_h":
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    if fmt == "hm_h":
        return f"{h:02d}:{mi:02d} h"
    if fmt in ("ampm", "ampm_short"):
        suffix = "AM" if h < 12 else "PM"
        h12 = h % 12 or 12
        if fmt == "ampm":
            return f"{h12}:{mi:02d} {suffix}"
        return f"{h12}{suffix.lower()}" if not mi else f"{h12}:{mi:02d}{suffix.lower()}"
    if fmt == "native":
        return t
    if fmt == "fraction":
        return round((h * 60 + mi) / 1440, 6)
    raise ValueError(fmt)


def _plain_time(t: time, fmt: str, lang: str) -> str:
    """A time in a text cell: native formats written as text."""
    value = time_text(t, fmt if fmt not in ("native", "fraction") else "hm", lang)
    return value


def range_text(a: time, b: time, fmt: str, lang: str, rng: random.Random) -> str:
    if lang == "fr" and rng.random() < 0.5:
        return f"de {_plain_time(a, 'fr_h', lang)} à {_plain_time(b, 'fr_h', lang)}"
    if lang == "de" and rng.random() < 0.4 and not a.minute and not b.minute:
        return f"{a.hour}–{b.hour} Uhr"
    sep = rng.choice(["-", " - ", "–", " – "])
    f = fmt if fmt not in ("native", "fraction", "h_uhr") else "hm"
    return f"{_plain_time(a, f, lang)}{sep}{_plain_time(b, f, lang)}"


def person_text(company: Company, pid: str, style: str) -> str:
    p = company.people[pid]
    return {
        "full": f"{p.first} {p.last}",
        "first": p.first,
        "initials": (p.first[0] + "".join(w[0] for w in p.last.split())).upper(),
        "email": p.email,
        "last_first": f"{p.last}, {p.first}",
        "first_initial": f"{p.first} {p.last.split()[-1][0]}.",  # "Inès V." for Inès de Vries
    }[style]


def channel_text(dept: Department, channel: str, rng: random.Random) -> str:
    return rng.choice(dept.spelling[channel])


# -- spreadsheets -----------------------------------------------------------------------
def _row(company: Company, dept: Department, e: Entry, rng: random.Random, native: bool) -> list:
    h, lang = dept.habits, dept.lang
    dfmt, tfmt = h["date_format"], h["time_format"]
    if not native:
        dfmt = "iso" if dfmt == "native" else dfmt
        tfmt = "hm" if tfmt in ("native", "fraction") else tfmt
    all_day_word = rng.choice(pools.ALL_DAY[lang]) if h["all_day"] == "word" else ""
    cells = []
    for role in h["columns"]:
        if role == "date":
            cells.append(date_text(e.day, dfmt, lang, rng))
        elif role == "time":
            cells.append(time_text(e.start, tfmt, lang) if e.start else all_day_word)
        elif role == "end":
            cells.append(time_text(e.end, tfmt, lang) if e.end else "")
        elif role == "range":
            if e.start is None:
                cells.append(all_day_word)
            elif e.end is None:
                cells.append(_plain_time(e.start, tfmt, lang))
            else:
                cells.append(range_text(e.start, e.end, tfmt, lang, rng))
        elif role == "datetime":
            if dfmt == "native" and (tfmt in ("native", "fraction")):
                stamp = datetime.combine(e.day, e.start or time(0))
                cells.append(stamp if e.start else datetime(e.day.year, e.day.month, e.day.day))
            else:
                d = date_text(e.day, dfmt if dfmt not in ("native", "serial") else "dmy_dot", lang, rng)
                cells.append(d if e.start is None else f"{d} {_plain_time(e.start, tfmt, lang)}")
        elif role == "title":
            cells.append(e.title)
        elif role == "channel":
            cells.append(channel_text(dept, e.channel, rng) if e.channel else "")
        elif role == "owner":
            cells.append("; ".join(person_text(company, p, h["person_style"]) for p in e.people))
        elif role == "status":
            cells.append(e.status)
        elif role == "notes":
            cells.append(e.notes)
        elif role == "campaign":
            cells.append(e.campaign)
        elif role == "zone":
            cells.append(dept.zone)
    return cells


def _header(dept: Department) -> list:
    h = dept.habits
    names = []
    hint = h.get("zone_hint")
    for role in h["columns"]:
        name = h["headers"][role]
        if hint == "header" and role in ("time", "range", "datetime"):
            name = f"{name} {pools.ZONES_REGION[dept.zone][0]}"
        names.append(name)
    return names


def _columns_with_zone(dept: Department) -> None:
    h = dept.habits
    if h.get("zone_hint") == "column" and "zone" not in h["columns"]:
        h["columns"] = h["columns"] + ["zone"]
        h["headers"]["zone"] = pools.HEADERS["zone"][dept.lang][0]


def _title_block(company: Company, dept: Department, rng: random.Random, first: date) -> list:
    lines = []
    h = dept.habits
    if h["title_block"]:
        q = f"Q{(first.month - 1) // 3 + 1} {first.year}"
        lines.append([pools.TITLE_LINE[dept.lang].format(q=q, dept=dept.name)])
        lines.append([pools.UPDATED_LINE[dept.lang].format(d=(first - timedelta(days=9)).strftime("%d.%m.%Y"))])
    if h.get("zone_hint") == "line":
        lines.append([pools.ZONE_LINE[dept.lang].format(z=pools.ZONE_NAMES[dept.zone])])
    if lines:
        lines.append([])
    return lines


def _entries_sorted(company: Company, dept: Department) -> list:
    mine = [e for e in company.entries if e.dept == dept.index]
    return sorted(mine, key=lambda e: (e.day, e.start or time(0), e.id))


def write_xlsx(company: Company, dept: Department, path: Path, rng: random.Random) -> dict:
    """Write the workbook; return where each entry went (entry id -> (sheet, row))."""
    from openpyxl import Workbook

    _columns_with_zone(dept)
    wb = Workbook()
    wb.remove(wb.active)
    entries = _entries_sorted(company, dept)
    if dept.kind == "xlsx_months":
        groups: dict = {}
        for e in entries:
            groups.setdefault((e.day.year, e.day.month), []).append(e)
        style = rng.choice(["long", "short_year", "numeric"])
        sheets = []
        for (y, m), es in sorted(groups.items()):
            name = {"long": pools.MONTHS[dept.lang][m - 1].capitalize(),
                    "short_year": f"{pools.MONTHS_SHORT[dept.lang][m - 1].rstrip('.')} {y}",
                    "numeric": f"{m:02d}-{y}"}[style]
            sheets.append((name, es))
    else:
        sheets = [(rng.choice(["Plan", "Content", dept.name[:30], f"{entries[0].day.year}"]), entries)]
    where = {}
    for name, es in sheets:
        ws = wb.create_sheet(name)
        for line in _title_block(company, dept, rng, es[0].day):
            ws.append(line)
        _merge_title(ws, dept, len(dept.habits["columns"]))
        ws.append(_header(dept))
        for k, e in enumerate(es):
            if k and rng.random() < 0.05:
                ws.append([])
            ws.append(_row(company, dept, e, rng, native=True))
            where[e.id] = (name, ws.max_row)
        _number_formats(ws, dept)
        if dept.habits.get("merge_dates"):
            _merge_days(ws, dept.habits["columns"].index("date") + 1, [(where[e.id][1], e.day) for e in es])
    _lists_sheet(company, dept, wb, rng)
    wb.save(path)
    return where


def _merge_title(ws, dept: Department, width: int) -> None:
    """The title line merged across the table, as people centre a title over it."""
    if dept.habits.get("merge_title") and dept.habits["title_block"] and width > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)


def _merge_days(ws, col: int, rows: list) -> None:
    """One date cell merged over the adjacent rows of its day (the other cells' values go)."""
    runs, run = [], []
    for row, day in rows:
        if run and (run[-1][1] != day or run[-1][0] != row - 1):
            runs.append(run)
            run = []
        run.append((row, day))
    runs.append(run)
    for run in runs:
        if len(run) > 1:
            ws.merge_cells(start_row=run[0][0], start_column=col, end_row=run[-1][0], end_column=col)


def _lists_sheet(company: Company, dept: Department, wb, rng: random.Random) -> None:
    if rng.random() < 0.6:
        ws = wb.create_sheet(pools.LISTS_SHEET[dept.lang])
        ws.append([pools.HEADERS["channel"][dept.lang][0], pools.HEADERS["owner"][dept.lang][0]])
        staff = [person_text(company, p, dept.habits["person_style"]) for p in dept.staff]
        chans = [dept.spelling[c][0] for c in dept.channels]
        for i in range(max(len(staff), len(chans))):
            ws.append([chans[i] if i < len(chans) else None, staff[i] if i < len(staff) else None])


def _grid_cell(company: Company, dept: Department, e: Entry) -> str:
    h, lang = dept.habits, dept.lang
    when = time_text(e.start, h["time_format"], lang) if e.start else ""
    who = "; ".join(person_text(company, p, h["person_style"]) for p in e.people)
    if h["grid_cell"] == "time_title":
        return f"{when} {e.title}" if when else e.title
    if h["grid_cell"] == "title_time":
        first = f"{e.title} ({when})" if when else e.title
        return "\n".join(x for x in (first, who) if x)
    return "\n".join(x for x in (e.title, when, who) if x)


def write_grid(company: Company, dept: Department, path: Path, rng: random.Random) -> dict:
    """A weekly grid: per week a row of dates (weekdays under it at times), one row per
    channel (two when a day has two posts there), the posts in the cells; weeks stacked
    on one sheet or one sheet each."""
    from openpyxl import Workbook

    h, lang = dept.habits, dept.lang
    wb = Workbook()
    wb.remove(wb.active)
    entries = _entries_sorted(company, dept)
    ndays = 7 if h["weekend"] or any(e.day.weekday() >= 5 for e in entries) else 5
    weeks: dict = {}
    for e in entries:
        weeks.setdefault(e.day - timedelta(days=e.day.weekday()), []).append(e)
    channels = list(dept.channels) + sorted({e.channel for e in entries if e.channel} - set(dept.channels))
    where = {}
    ws = None
    for monday, es in sorted(weeks.items()):
        label = f"{pools.WEEK_WORD[lang]} {monday.isocalendar()[1]}"
        if ws is None or h["grid_weeks"] == "sheets":
            ws = wb.create_sheet(label if h["grid_weeks"] == "sheets" else rng.choice(["Plan", dept.name[:30]]))
            for line in _title_block(company, dept, rng, monday):
                ws.append(line)
            _merge_title(ws, dept, ndays + 1)
        elif ws.max_row:
            ws.append([])
        days = [monday + timedelta(days=k) for k in range(ndays)]
        fmt = h["date_format"]
        ws.append([label if h["grid_weeks"] == "stacked" else pools.HEADERS["channel"][lang][0]]
                  + [date_text(d, fmt, lang, rng) for d in days])
        if fmt == "native":
            for cell in ws[ws.max_row][1:]:
                cell.number_format = "DD.MM.YYYY" if lang == "de" else "DD/MM/YYYY"
        if h["weekday_row"]:
            ws.append([None] + [pools.WEEKDAYS[lang][d.weekday()] for d in days])
        for c in channels:
            cells = {k: [e for e in es if e.channel == c and e.day == d] for k, d in enumerate(days)}
            if not any(cells.values()) and c not in dept.channels:
                continue
            for n in range(max(1, max(len(v) for v in cells.values()))):
                row = [dept.spelling[c][0]]
                for k in range(ndays):
                    e = cells[k][n] if n < len(cells[k]) else None
                    row.append(_grid_cell(company, dept, e) if e else None)
                ws.append(row)
                for k in range(ndays):
                    if n < len(cells[k]):
                        where[cells[k][n].id] = (ws.title, ws.max_row)
    _lists_sheet(company, dept, wb, rng)
    wb.save(path)
    return where


def _number_formats(ws, dept: Department) -> None:
    h = dept.habits
    fmt_date = {"de": "DD.MM.YYYY", "en": "MM/DD/YYYY" if h["date_format"] != "native" else "D-MMM-YYYY"}.get(
        dept.lang, "DD/MM/YYYY")
    for col, role in enumerate(h["columns"], start=1):
        for (cell,) in ws.iter_rows(min_col=col, max_col=col):
            if isinstance(cell.value, datetime):
                cell.number_format = fmt_date + (" HH:MM" if role == "datetime" else "")
            elif isinstance(cell.value, time):
                cell.number_format = "HH:MM"
            elif role in ("time", "end") and isinstance(cell.value, float):
                cell.number_format = "General"


def write_csv(company: Company, dept: Department, path: Path, rng: random.Random) -> dict:
    _columns_with_zone(dept)
    h = dept.habits
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=h["sep"], lineterminator="\r\n")
    entries = _entries_sorted(company, dept)
    for line in _title_block(company, dept, rng, entries[0].day):
        writer.writerow(line)
    writer.writerow(_header(dept))
    where = {}
    row = buf.getvalue().count("\r\n")
    for e in entries:
        writer.writerow(_row(company, dept, e, rng, native=False))
        row += 1
        where[e.id] = ("", row)
    data = buf.getvalue()
    path.write_bytes(data.encode(h["encoding"], errors="replace"))
    return where


# -- calendars --------------------------------------------------------------------------
VTIMEZONES = {
    # name: (standard offset, daylight offset or None, DST start rule, DST end rule)
    "Europe": ("+0100", "+0200", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    "Europe/London": ("+0000", "+0100", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    "America/New_York": ("-0500", "-0400", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    "Asia/Singapore": ("+0800", None, "", ""),
}


def _vtimezone(tzid: str, zone: str) -> list:
    std, dst, on, off = VTIMEZONES.get(zone, VTIMEZONES["Europe"])
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}",
                  "END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", "DTSTART:16011028T030000", f"RRULE:{off}", f"TZOFFSETFROM:{dst}",
                  f"TZOFFSETTO:{std}", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", f"RRULE:{on}", f"TZOFFSETFROM:{std}",
                  f"TZOFFSETTO:{dst}", "END:DAYLIGHT"]
    return lines + ["END:VTIMEZONE"]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list:
    out, raw = [], line.encode("utf-8")
    while len(raw) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode())
        raw = raw[cut:]
    out.append(raw.decode())
    return [out[0]] + [" " + x for x in out[1:]]


CHANNEL_LABEL = {"en": "Channel", "de": "Kanal", "fr": "Canal", "es": "Canal", "nl": "Kanaal", "it": "Canale"}
OWNER_LABEL = {"en": "Owner", "de": "Verantwortlich", "fr": "Responsable", "es": "Responsable",
               "nl": "Eigenaar", "it": "Responsabile"}


def write_ics(company: Company, dept: Department, path: Path, rng: random.Random) -> dict:
    h = dept.habits
    kind = dept.kind
    zone = dept.zone
    tzid = pools.WINDOWS_ZONES.get(zone, zone) if kind == "ics_outlook" else zone
    calname = {"dept": dept.name, "dept_social": f"{dept.name} – Social",
               "default": "Calendar" if kind != "ics_google" else company.people[dept.staff[0]].email}[h["calname"]]
    prodid = {"ics_google": "-//Google Inc//Google Calendar 70.9054//EN",
              "ics_outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
              "ics_apple": "-//Apple Inc.//macOS 14.5//EN"}[kind]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{calname}"]
    if kind == "ics_google":
        lines.append(f"X-WR-TIMEZONE:{zone}")
    if kind == "ics_apple":
        lines.append("X-APPLE-CALENDAR-COLOR:#1BADF8")
    lines += _vtimezone(tzid, zone)
    stamp = "20260901T080000Z"
    entries = _entries_sorted(company, dept)
    done_series = set()
    where = {}
    for e in entries:
        if e.series and e.series in done_series:
            continue
        occurrences = [x for x in entries if e.series and x.series == e.series] or [e]
        if e.series:
            done_series.add(e.series)
        uid = f"{ascii_fold(dept.name).lower().replace(' ', '')}-{e.id}-{rng.randrange(10**8)}@{company.name.split()[0].lower()}"
        ev = ["BEGIN:VEVENT", f"DTSTAMP:{stamp}", f"UID:{uid}"]
        if e.start is None:
            ev.append(f"DTSTART;VALUE=DATE:{e.day.strftime('%Y%m%d')}")
            ev.append(f"DTEND;VALUE=DATE:{(e.day + timedelta(days=1)).strftime('%Y%m%d')}")
        else:
            start = datetime.combine(e.day, e.start, ZoneInfo(zone))
            end = datetime.combine(e.day, e.end, ZoneInfo(zone)) if e.end else start + timedelta(minutes=30)
            if kind == "ics_google" and not e.series:
                ev.append(f"DTSTART:{start.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}")
                ev.append(f"DTEND:{end.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}")
            else:
                ev.append(f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}")
                ev.append(f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}")
        if len(occurrences) > 1:
            ev.append(f"RRULE:FREQ=WEEKLY;COUNT={len(occurrences)}")
        summary = e.title
        chan = channel_text(dept, e.channel, rng) if e.channel else ""
        desc = [e.notes] if e.notes else []
        where_ch = h["channel_in"]
        if chan:
            if where_ch == "tag_prefix":
                summary = f"[{chan}] {summary}"
            elif where_ch == "tag_colon":
                summary = f"{chan}: {summary}"
            elif where_ch == "tag_suffix":
                summary = f"{summary} | {chan}"
            elif where_ch == "description":
                desc.insert(0, f"{CHANNEL_LABEL[dept.lang]}: {chan}")
            elif where_ch == "location":
                ev.append(f"LOCATION:{_escape(chan)}")
            else:
                ev.append(f"CATEGORIES:{_escape(chan)}")
        ev.append(f"SUMMARY:{_escape(summary)}")
        who = [company.people[p] for p in e.people]
        if h["person_in"] == "description":
            desc.append(f"{OWNER_LABEL[dept.lang]}: " + ", ".join(person_text(company, p, h["person_style"])
                                                                  for p in e.people))
        else:
            prop = "ORGANIZER" if h["person_in"] == "organizer" else "ATTENDEE;ROLE=REQ-PARTICIPANT"
            for p in who:
                ev.append(f"{prop};CN={p.first} {p.last}:mailto:{p.email}")
        if desc:
            ev.append("DESCRIPTION:" + _escape("\n".join(desc)))
        if kind == "ics_outlook":
            ev.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
        ev.append("END:VEVENT")
        for x in occurrences:
            where[x.id] = ("", len(lines) + 1)
        lines += ev
    lines.append("END:VCALENDAR")
    out = []
    for line in lines:
        out += _fold(line)
    path.write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))
    return where


def write(company: Company, folder: Path) -> list[Path]:
    """Write every department's file into folder; return the paths (the truth is company)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(company.seed * 7919 + 1)
    paths = []
    for dept in company.departments:
        path = folder / dept.file
        if dept.kind == GRID_KIND:
            write_grid(company, dept, path, rng)
        elif dept.kind.startswith("xlsx"):
            write_xlsx(company, dept, path, rng)
        elif dept.kind == "csv":
            write_csv(company, dept, path, rng)
        else:
            write_ics(company, dept, path, rng)
        paths.append(path)
    return paths
