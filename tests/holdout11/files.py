"""Write Sunda Lintas's files the way each office hands them over (habits drawn per seed in company.py):
WPS Office and Google Sheets workbooks, Lark's export, Hootsuite, Sprout Social, Zoho Social and Meltwater
CSVs, Excel's UTF-16 "Unicode text", cp874 and windows-1258 CSVs, Outlook and Google Calendar .ics files."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from tests.holdout11 import common as c
from tests.holdout11.common import ascii_name, day, digits, email, live, local, month, ordered, to_csv, weekday
from tests.holdout11.company import DEPT_NAMES, TEAMS, ZONE


def write_company(company, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(company.seed * 7919 + 5)
    return {dept: writer(company, out, rnd, company.habits[dept]) for dept, writer in WRITERS.items()}


def told_zones(company, files: dict[str, Path]) -> list[str]:
    """The `--tz FILE=ZONE` the coordinator passes for the sheets whose times carry no zone: she knows where
    each office sits. Calendars, Hootsuite's "Date (GMT+07:00)", "14.00 WIB", Sprout's "PHT" and Meltwater's
    zone column go without."""
    h = company.habits
    named = {d for d, p in files.items() if p.suffix == ".ics"}
    named |= {"jakarta"} if h["jakarta"]["tool"] == "hootsuite" or h["jakarta"]["time"] == "wib" else set()
    named |= {"manila"} if h["manila"]["tool"] == "sprout" else set()
    named |= {"lagos"} if h["lagos"]["tool"] == "meltwater" else set()
    return [f"--tz={files[d].name}={ZONE[d]}" for d in files if d not in named]


def _people(p, dept, joiner=", ", spell=None) -> str:
    """The people as the office writes them: its own by full name, another office's without diacritics."""
    names = [n if n in TEAMS[dept] else (spell or ascii_name)(n) for n in p.people]
    if len(names) > 1 and joiner.strip() not in (",", ";", "/"):
        return ", ".join(names[:-1]) + joiner + names[-1]
    return joiner.join(names)


def _xlsx(path: Path, sheets: list[tuple[str, str | None, list[str], list[list]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, title, head, rows in sheets:
        ws = wb.create_sheet(name)
        r = 1
        if title:
            ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
            r = 3
        for i, v in enumerate(head, start=1):
            ws.cell(row=r, column=i, value=v).font = Font(bold=True)
        for row in rows:
            r += 1
            for i, v in enumerate(row, start=1):
                ws.cell(row=r, column=i, value=v)
    wb.save(path)
    return path


def _note(p, key, **cells):
    p.written.update({key: cells})


# --- Bangkok: WPS Office workbook or a cp874 CSV; Buddhist-era years, Thai months, Thai digits ---------------
TH_CHAN = {"LINE": "LINE OA", "Facebook": "Facebook", "Instagram": "IG", "TikTok": "TikTok", "YouTube": "YouTube"}


def _th_date(d: date, h) -> str:
    be = d.year + 543
    return {"abbr": f"{d.day} {month('th-short', d)} {be}", "abbr-69": f"{d.day} {month('th-short', d)} {be % 100}",
            "full": f"{d.day} {month('th', d)} {be}", "slash": f"{d.day:02d}/{d.month:02d}/{be}",
            "thai-digits": digits(f"{d.day} {month('th-short', d)} {be}", "thai")}[h["date"]]


def _th_time(t: datetime, h) -> str:
    s = f"{t.hour:02d}:{t.minute:02d}" if h["time"] == "colon" else f"{t.hour:02d}.{t.minute:02d} น."
    return digits(s, "thai") if h["date"] == "thai-digits" else s


def bangkok(company, out, rnd, h):
    head = ["วันที่", "เวลา", "ช่องทาง", "หัวข้อ", "ผู้รับผิดชอบ", "สถานะ"]
    rows = []
    for p in ordered(company.of("bangkok")):
        row = [_th_date(day(p), h), _th_time(local(p), h) if p.start else "", TH_CHAN.get(p.channel, ""),
               p.title, _people(p, "bangkok"), c.status("th", p)]
        p.written.update(dict(zip(head, row)))
        rows.append(row)
    if h["tool"] == "csv-cp874":
        path = out / "content_plan_TH_2569.csv"
        path.write_bytes(to_csv([head] + rows).encode("cp874"))
        return path
    return _xlsx(out / "แผนคอนเทนต์ Q4 2569.xlsx",
                 [("แผนงาน", "แผนคอนเทนต์โซเชียล Sunda Lintas ประเทศไทย ต.ค.–พ.ย. 2569", head, rows)])


# --- Jakarta: Hootsuite's export, or a Google Sheet ("Senin, 5 Oktober 2026", "pukul 14.00", "14.00 WIB") ---
HS_NET = {"Instagram": "INSTAGRAMBUSINESS", "TikTok": "TIKTOKBUSINESS", "Facebook": "FACEBOOKPAGE", "X": "TWITTER",
          "LinkedIn": "LINKEDINCOMPANY"}


def jakarta(company, out, rnd, h):
    posts = ordered(company.of("jakarta"))
    if h["tool"] == "hootsuite":
        head = ["Date (GMT+07:00)", "Social Network", "Social Profile", "Message", "Link", "Assigned To", "Created By", "Status"]
        rows = []
        for p in live(posts):
            t = local(p)
            row = [t.strftime("%d/%m/%Y %H:%M"), HS_NET[p.channel], "Sunda Lintas Indonesia", p.title,
                   p.note, _people(p, "jakarta"), rnd.choice(TEAMS["jakarta"]), "SCHEDULED" if p.status == "planned" else "DRAFT"]
            p.written.update(dict(zip(head, row)))
            rows.append(row)
        path = out / "hootsuite_planner_export_sundalintas_id.csv"
        path.write_text(to_csv([head] + rows), encoding="utf-8")
        return path
    head = ["Tanggal", "Waktu", "Platform", "Judul Konten", "PIC", "Status"]
    rows = []
    for p in posts:
        d, t = day(p), local(p)
        when = f"{weekday('id', d)}, {d.day} {month('id', d)} {d.year}" if h["date"] == "weekday" \
            else f"{d.day} {month('id-short', d)} {d.year}"
        clock = f"pukul {t.hour:02d}.{t.minute:02d}" if h["time"] == "pukul" else f"{t.hour:02d}.{t.minute:02d} WIB"
        row = [when, clock, p.channel, p.title, _people(p, "jakarta", " dan "), c.status("id", p)]
        p.written.update(dict(zip(head, row)))
        rows.append(row)
    return _xlsx(out / "Kalender Konten Indonesia Okt-Nov 2026.xlsx",
                 [("Kalender", "Kalender Konten Sunda Lintas Indonesia – Oktober/November 2026", head, rows)])


# --- Ho Chi Minh City: a Google Sheet per month or a windows-1258 CSV ("Thứ Hai, 05/10/2026", "14g30") -----
VN_CHAN = {"Facebook": "Fanpage Facebook", "Zalo": "Zalo OA", "TikTok": "TikTok", "YouTube": "YouTube", "LinkedIn": "LinkedIn"}


def _vn_date(d: date, h) -> str:
    return {"thu": f"{weekday('vi', d)}, {d.day:02d}/{d.month:02d}/{d.year}", "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "thang": f"{d.day} tháng {d.month} năm {d.year}"}[h["date"]]


def _vn_time(t: datetime, h) -> str:
    return {"g": f"{t.hour}g{t.minute:02d}", "h": f"{t.hour}h{t.minute:02d}", "colon": f"{t.hour:02d}:{t.minute:02d}"}[h["time"]]


def hcmc(company, out, rnd, h):
    head = ["Ngày đăng", "Giờ", "Kênh", "Tiêu đề", "Người phụ trách", "Trạng thái"]
    by_month = {10: [], 11: []}
    for p in ordered(company.of("hcmc")):
        row = [_vn_date(day(p), h), _vn_time(local(p), h), VN_CHAN[p.channel], p.title, _people(p, "hcmc", " và "),
               c.status("vi", p)]
        p.written.update(dict(zip(head, row)))
        by_month[day(p).month].append(row)
    if h["tool"] == "csv-1258":
        path = out / "KeHoachNoiDung_VN_Q4.csv"
        path.write_bytes(c.cp1258(to_csv([head] + by_month[10] + by_month[11])))
        return path
    return _xlsx(out / "Kế hoạch nội dung Việt Nam Q4-2026.xlsx",
                 [(f"Tháng {m}", f"KẾ HOẠCH NỘI DUNG THÁNG {m}/2026 – SUNDA LINTAS VIỆT NAM", head, rows)
                  for m, rows in by_month.items()])


# --- Manila: Sprout Social's export ("10/05/2026 2:30 PM PHT") or a Google Sheets CSV, month first ----------
def manila(company, out, rnd, h):
    posts = ordered(company.of("manila"))
    if h["tool"] == "sprout":
        head = ["Scheduled Date", "Network", "Profile", "Message", "Owner", "Tags", "Post Type"]
        rows = []
        for p in live(posts):
            t = local(p)
            row = [f"{t.month:02d}/{t.day:02d}/{t.year} {c.h12(t)} PHT", p.channel, "Sunda Lintas PH", p.title,
                   _people(p, "manila"), "Q4 Campaign" if p.dup else "", "Post"]
            p.written.update(dict(zip(head, row)))
            rows.append(row)
        path = out / "Sprout_Social_Publishing_Sunda_Lintas_PH.csv"
        path.write_text(to_csv([head] + rows), encoding="utf-8-sig")
        return path
    head = ["Date", "Time", "Platform", "Caption / Title", "Owner", "Status"]
    rows = []
    for p in posts:
        t = local(p)
        row = [f"{t.month}/{t.day}/{t.year}", c.h12(t), p.channel, p.title, _people(p, "manila", " / "), c.status("en", p)]
        p.written.update(dict(zip(head, row)))
        rows.append(row)
    path = out / "PH Content Calendar - Q4 2026.csv"
    path.write_text(to_csv(rows and [head] + rows, lineterminator="\n"), encoding="utf-8")
    return path


# --- Kuala Lumpur: Lark's sheet export ("2026/10/05", "2.30 petang") or a Google Sheet ("Isnin, 5 Okt 2026") -
def _ms_time(t: datetime, h) -> str:
    if h["time"] == "colon":
        return f"{t.hour:02d}:{t.minute:02d}"
    part = "pagi" if t.hour < 12 else "tengah hari" if t.hour == 12 else "petang" if t.hour < 19 else "malam"
    return f"{t.hour % 12 or 12}.{t.minute:02d} {part}"


def kl(company, out, rnd, h):
    head = ["Tarikh", "Masa", "Platform", "Tajuk", "PIC", "Status"]
    rows = []
    for p in ordered(company.of("kl")):
        d, t = day(p), local(p)
        when = d.strftime("%Y/%m/%d") if h["tool"] == "lark" else f"{weekday('ms', d)}, {d.day} {month('ms-short', d)} {d.year}"
        chan = "E-newsletter" if p.channel == "Newsletter" else p.channel
        row = [when, _ms_time(t, h), chan, p.title, _people(p, "kl", " & "), c.status("ms", p)]
        p.written.update(dict(zip(head, row)))
        rows.append(row)
    if h["tool"] == "lark":
        return _xlsx(out / "Kalendar Kandungan MY.xlsx", [("Sheet1", None, head, rows)])
    return _xlsx(out / "Kalendar Kandungan Sunda Lintas Malaysia.xlsx",
                 [("Okt-Nov", "Kalendar Kandungan Sunda Lintas Malaysia (Okt–Nov 2026)", head, rows)])


# --- calendars: Outlook (Windows zone names) and Google (IANA, X-WR-TIMEZONE) ------------------------------
WINDOWS_ZONE = {"delhi": ("India Standard Time", "+0530"), "nairobi": ("E. Africa Standard Time", "+0300"),
                "kathmandu": ("Nepal Standard Time", "+0545")}


def _ics(company, dept, path, *, outlook: bool, channel_prop: str) -> Path:
    tzid, off = WINDOWS_ZONE[dept]
    if not outlook:
        tzid = ZONE[dept]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
             "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" if outlook else "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{DEPT_NAMES[dept]}"]
    if not outlook:
        lines.append(f"X-WR-TIMEZONE:{tzid}")
    lines += ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
              f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD", "END:VTIMEZONE"]
    fmt = "%Y%m%dT%H%M%S"

    def event(uid, p_title, chan, people, *, start=None, end=None, allday=None, extra=()):
        ev = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261001T020000Z", f"SUMMARY:{_esc(p_title)}"]
        if allday:
            ev += [f"DTSTART;VALUE=DATE:{allday:%Y%m%d}", f"DTEND;VALUE=DATE:{allday + timedelta(days=1):%Y%m%d}"]
        else:
            ev += [f"DTSTART;TZID={tzid}:{start.strftime(fmt)}", f"DTEND;TZID={tzid}:{end.strftime(fmt)}"]
        if chan:
            ev.append(f"{channel_prop}:{chan}")
        for n in people:
            ev.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT:mailto:{email(n)}')
        ev += list(extra) + ["END:VEVENT"]
        return ev

    for p in live(company.of(dept)):
        if p.series:
            continue
        uid = f"{p.pid:04d}-{company.seed}@{dept}.sundalintas.example"
        if p.all_day:
            lines += event(uid, p.title, p.channel, p.people, allday=p.day)
        else:
            lines += event(uid, p.title, p.channel, p.people, start=local(p), end=c.end(p))
        p.written["ics"] = f"{tzid} {local(p).strftime(fmt) if p.start else p.day}"
    for s in company.series:
        if s.dept != dept:
            continue
        first = s.first
        uid = f"{s.sid}-{company.seed}@sundalintas.example"
        ex = ",".join(e.strftime(fmt) for e in s.exdates)
        lines += event(uid, s.title, s.channel, s.people, start=first, end=first + timedelta(minutes=s.minutes),
                       extra=[f"RRULE:FREQ=WEEKLY;COUNT={s.count}", f"EXDATE;TZID={tzid}:{ex}"])
        for orig, new in s.moved.items():
            lines += event(uid, s.title, s.channel, s.people, start=new, end=new + timedelta(minutes=s.minutes),
                           extra=[f"RECURRENCE-ID;TZID={tzid}:{orig.strftime(fmt)}"])
    lines.append("END:VCALENDAR")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _series_rows(company, dept):
    """A sheet writes a calendar's series out row by row."""
    return ordered(company.of(dept))


# --- New Delhi: Outlook (.ics, "India Standard Time") or a sheet in Hindi (Devanagari digits) -------------
def delhi(company, out, rnd, h):
    if h["tool"] == "outlook-ics":
        return _ics(company, "delhi", out / "India Social Calendar.ics", outlook=True, channel_prop="CATEGORIES")
    head = ["दिनांक", "समय", "चैनल", "विषय", "ज़िम्मेदार", "स्थिति"]
    rows = []
    for p in ordered(company.of("delhi")):
        d = day(p)
        when = digits(f"{d.day} ", h["digits"]) + month("hi", d) + digits(f" {d.year}", h["digits"])
        clock = digits(local(p).strftime("%H:%M"), h["digits"]) if p.start else ""
        row = [when, clock, p.channel or "", p.title, _people(p, "delhi"), c.status("hi", p)]
        p.written.update(dict(zip(head, row)))
        rows.append(row)
    return _xlsx(out / "कंटेंट कैलेंडर इंडिया Q4.xlsx", [("अक्टूबर-नवंबर", "सोशल मीडिया कंटेंट कैलेंडर – Sunda Lintas India", head, rows)])


# --- Kathmandu: Google Calendar (Asia/Kathmandu) or a sheet dated both AD and Bikram Sambat ------------------
def _bs(d: date) -> str:
    """Bikram Sambat of autumn 2026 (Asoj 2083 began 17 September, Kartik on 18 October, Mangsir on 17 November)."""
    for start, mon, y in ((date(2026, 11, 17), 8, 2083), (date(2026, 10, 18), 7, 2083), (date(2026, 9, 17), 6, 2083)):
        if d >= start:
            return digits(f"{y}/{mon:02d}/{(d - start).days + 1:02d}", "devanagari")
    raise ValueError(d)


def kathmandu(company, out, rnd, h):
    if h["tool"] == "google-ics":
        return _ics(company, "kathmandu", out / "Sunda Lintas Nepal_calendar.ics", outlook=False, channel_prop="LOCATION")
    head = ["Date (AD)", "मिति (BS)", "Time (NPT)", "Platform", "Post title", "Responsible", "Status"]
    rows = []
    for p in ordered(company.of("kathmandu")):
        d = day(p)
        row = [datetime(d.year, d.month, d.day), _bs(d), c.h12(local(p)), p.channel, p.title,
               _people(p, "kathmandu"), c.status("en", p)]
        p.written.update(dict(zip(head, map(str, row))))
        rows.append(row)
    path = _xlsx(out / "Nepal content plan 2083 Kartik-Mangsir.xlsx", [("Plan", "Sunda Lintas Nepal – content plan", head, rows)])
    return path


# --- Dhaka: Zoho Social's export (UTF-8 with BOM) or a sheet in Bengali (Bengali digits) --------------------
ZOHO_NET = {"Facebook": "Facebook Page", "LinkedIn": "LinkedIn Company Page", "YouTube": "YouTube Channel",
            "Instagram": "Instagram Business"}


def dhaka(company, out, rnd, h):
    posts = ordered(company.of("dhaka"))
    if h["tool"] == "zoho":
        head = ["Network", "Profile Name", "Message", "Scheduled Time", "Status", "Published By"]
        rows = []
        for p in live(posts):
            t = local(p)
            row = [ZOHO_NET[p.channel], "Sunda Lintas Bangladesh", p.title, f"{t.day:02d} {month('en-short', t)} {t.year} {c.h12(t, '{hh}:{m:02d} {ap}')}",
                   "Scheduled" if p.status == "planned" else "Draft", _people(p, "dhaka")]
            p.written.update(dict(zip(head, row)))
            rows.append(row)
        path = out / "ZohoSocial_Scheduled_Posts_Bangladesh.csv"
        path.write_text(to_csv([head] + rows), encoding="utf-8-sig")
        return path
    head = ["তারিখ", "সময়", "মাধ্যম", "বিষয়", "দায়িত্বপ্রাপ্ত", "অবস্থা"]
    rows = []
    for p in posts:
        d, t = day(p), local(p)
        row = [digits(f"{d.day:02d}/{d.month:02d}/{d.year}", h["digits"]), digits(t.strftime("%H:%M"), h["digits"]),
               p.channel, p.title, _people(p, "dhaka"), c.status("bn", p)]
        p.written.update(dict(zip(head, row)))
        rows.append(row)
    return _xlsx(out / "কনটেন্ট ক্যালেন্ডার বাংলাদেশ.xlsx", [("অক্টোবর-নভেম্বর", "কনটেন্ট ক্যালেন্ডার — Sunda Lintas Bangladesh", head, rows)])


# --- Nairobi: Outlook (.ics, "E. Africa Standard Time", a weekly series) or a sheet in Swahili -----------------
def nairobi(company, out, rnd, h):
    if h["tool"] == "outlook-ics":
        return _ics(company, "nairobi", out / "Kalenda ya Maudhui Kenya.ics", outlook=True, channel_prop="CATEGORIES")
    head = ["Tarehe", "Saa", "Jukwaa", "Kichwa", "Mhusika", "Hali"]
    rows = []
    for p in _series_rows(company, "nairobi"):
        d, t = day(p), local(p)
        when = f"{weekday('sw', d)}, {d.day} {month('sw', d)} {d.year}" if h["date"] == "swahili" else f"{d.day}/{d.month}/{d.year}"
        row = [when, t.strftime("%H:%M"), p.channel, p.title, _people(p, "nairobi", " na "), c.status("sw", p)]
        p.written.update(dict(zip(head, row)))
        rows.append(row)
    return _xlsx(out / "Kalenda ya Maudhui - Kenya.xlsx", [("Oktoba-Novemba", "Kalenda ya Maudhui – Sunda Lintas Kenya", head, rows)])


# --- Lagos: Excel's "Unicode text" (UTF-16, tabs), or Meltwater's export with its zone column -----------------
def lagos(company, out, rnd, h):
    posts = ordered(company.of("lagos"))
    if h["tool"] == "meltwater":
        head = ["Scheduled Date", "Scheduled Time", "Time Zone", "Channel", "Account Name", "Message", "Assigned To"]
        rows = []
        for p in live(posts):
            t = local(p)
            chan = "Twitter" if p.channel == "X" else p.channel
            row = [t.strftime("%d/%m/%Y"), c.h12(t), "(GMT+01:00) West Central Africa", chan, "Sunda Lintas NG",
                   p.title, _people(p, "lagos")]
            p.written.update(dict(zip(head, row)))
            rows.append(row)
        path = out / "meltwater_engage_export_NG.csv"
        path.write_text(to_csv([head] + rows), encoding="utf-8")
        return path
    head = ["Date", "Time", "Channel", "Post", "Owner", "Status"]
    rows = []
    for p in posts:
        d, t = day(p), local(p)
        clock = c.h12(t, "{h}:{m:02d}{ap_l}") if h["time"] == "ampm" else t.strftime("%H:%M")
        row = [f"{d.day}/{d.month}/{d.year}", clock, p.channel, p.title, _people(p, "lagos", " & "), c.status("en", p)]
        p.written.update(dict(zip(head, row)))
        rows.append(row)
    path = out / "Nigeria content plan Q4.txt"
    path.write_bytes(to_csv([head] + rows, delimiter="\t").encode("utf-16"))
    return path


WRITERS = {"bangkok": bangkok, "jakarta": jakarta, "hcmc": hcmc, "manila": manila, "kl": kl, "delhi": delhi,
           "kathmandu": kathmandu, "dhaka": dhaka, "nairobi": nairobi, "lagos": lagos}

__all__ = ["write_company", "told_zones"]
