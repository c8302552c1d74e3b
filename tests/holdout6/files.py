"""Writes Kranich Werke's departments' files the way each department hands them over.

konzern      German Excel (xlsx): a title block, "KW 42" only on a week's first row, "Mo., 12.10."
             (no year), "10:30 Uhr" / "10.30" / time cells, "ganztägig"; or a week grid, one sheet
             per "KW 42", channels as rows and "Mo., 12.10." day headers, "10:30 Thema (H. Müller)" cells
vertrieb     SAP list "Spreadsheet" export: UTF-16LE tab-separated text named .xls (or .txt), a title
             line above the header, "Beginn" / "Ende" as "12.10.2026 10:30:00", "Müller, Hans",
             a second person in "Weitere Teilnehmer", "storniert"
wien         Outlook / Teams .ics: TZID "W. Europe Standard Time" (some events "Tokyo Standard Time"),
             ORGANIZER / ATTENDEE with CN="Huber, Anna", a room as a resource, "Abgesagt: " subjects,
             channel in CATEGORIES or as "LinkedIn – …" subject, a weekly series with EXDATE and an override
zurich       monday.com board export (xlsx): the board name, then per group a group row and its own
             header row ("Name", "Person", "Status", "Date", "Channel"), "Lukas Meier, Sarah Keller",
             a "Timeline" "2026-10-21 - 2026-10-23" for a three-day fair
tokyo        Japanese Excel (xlsx) or its CSV saved as Shift_JIS: "2026年10月12日(月)", "10月12日（月）",
             "令和8年10月12日" or date cells; "14時30分", "午後2:30", full-width "１４：３０" or "14:30";
             "山田　太郎" (ideographic space) or "YAMADA Taro"; "、" between people; channel in
             "媒体" or as "【Instagram】…" in the title; "時間（JST）" when the sheet names its zone
shanghai     WPS Office xlsx: "10月12日 星期一", "2026/10/12 周一" or "2026年10月12日"; "下午2点半",
             "下午2:30" or "14:30"; 微信公众号 / 微博 / 领英 / 抖音; "张伟、李娜"; "时间（北京时间）"
shanghai_hr  Excel-CN CSV in GB18030: "2026/10/12", "14:30", "发布时间(北京时间)" when named
seoul        Google Sheets CSV in the Korean locale: "2026. 10. 12. 오후 2:30:00" or "10월 12일 (월)" +
             "오후 2:30"; 인스타그램 / 유튜브 / 카카오톡 채널 / 네이버 블로그; "게시 일시 (KST)" when named
istanbul     Excel-TR CSV: ';', cp1254, "12 Ekim 2026 Pazartesi" or "12.10.2026", "14.30" or "14:30",
             "Ayşe Yılmaz ve Mehmet Demir", "İptal"; "Saat (TSİ)" when named
"""
from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from tests.holdout3.company import Post
from tests.heldout_kit.posts import Clocks, csv_text as _csv, end as _end, write_all
from tests.heldout_kit.ics import esc as _esc, ics as _ics, wall as _wall

SPELL = {
    "konzern": {"LinkedIn": ["LinkedIn", "LI"], "X": ["X", "Twitter/X"], "Instagram": ["Instagram", "Insta"],
                "YouTube": ["YouTube"], "Newsletter": ["Newsletter", "Mitarbeiter-Newsletter"]},
    "vertrieb": {"LinkedIn": ["LinkedIn"], "Newsletter": ["Kunden-Newsletter", "Newsletter"], "Blog": ["Website", "Blog"]},
    "wien": {"LinkedIn": ["LinkedIn"], "Facebook": ["Facebook"], "Instagram": ["Instagram"]},
    "zurich": {"LinkedIn": ["LinkedIn"], "Instagram": ["Instagram"], "YouTube": ["YouTube"], "Blog": ["Blog", "Website"]},
    "tokyo": {"X": ["X", "X（旧Twitter）", "ツイッター"], "Instagram": ["Instagram", "インスタ"], "YouTube": ["YouTube"],
              "LINE": ["LINE", "LINE公式"], "LinkedIn": ["LinkedIn"]},
    "shanghai": {"WeChat": ["微信公众号", "公众号", "WeChat"], "Weibo": ["微博"], "LinkedIn": ["LinkedIn", "领英"],
                 "Douyin": ["抖音"]},
    "shanghai_hr": {"WeChat": ["微信公众号", "微信"], "LinkedIn": ["领英", "LinkedIn"], "Weibo": ["微博"]},
    "seoul": {"Instagram": ["인스타그램", "Instagram"], "YouTube": ["유튜브", "YouTube"],
              "KakaoTalk": ["카카오톡 채널", "카카오톡"], "Blog": ["네이버 블로그", "블로그"], "LinkedIn": ["LinkedIn", "링크드인"]},
    "istanbul": {"Instagram": ["Instagram", "İnstagram"], "LinkedIn": ["LinkedIn"], "X": ["X", "Twitter"],
                 "YouTube": ["YouTube"], "Facebook": ["Facebook"]},
}
DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
JA_DAYS = "月火水木金土日"
ZH_DAYS = "一二三四五六日"
KO_DAYS = "월화수목금토일"
TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
DOMAIN = {"de": "kranich.example", "ja": "kranich.example.jp", "zh": "kranich.example.cn", "ko": "kranich.example.kr",
          "tr": "kranich.example.com.tr"}
FULLWIDTH = str.maketrans("0123456789:", "０１２３４５６７８９：")


def _ascii(s: str) -> str:
    return s.lower().translate(str.maketrans("äöüßışçğéè", "aousiscgee")).replace("ß", "ss")


def email(person) -> str:
    return f"{_ascii(person.given)}.{_ascii(person.family)}@{DOMAIN[person.kind]}"


def name_in(dept: str, person, h: dict) -> str:
    """How a department's file writes one person."""
    kind = person.kind
    if dept in ("vertrieb", "wien"):
        return f"{person.family}, {person.given}"
    if dept == "konzern":
        if kind in ("de", "tr") and h.get("names") == "initial":
            return f"{person.given[0]}. {person.family}"
        return person.native if kind in ("de", "tr") else person.western
    if dept == "tokyo":
        if kind == "ja":
            if h.get("names") == "romaji":
                return f"{person.family.upper()} {person.given}"
            return person.native.replace(" ", "\u3000")
        return person.western if kind != "ko" else f"{person.family} {person.given}"
    if dept in ("shanghai", "shanghai_hr"):
        if kind in ("zh", "ja"):
            return person.native.replace(" ", "")
        return person.western if kind != "ko" else f"{person.family} {person.given}"
    if dept == "seoul":
        if kind == "ko":
            return person.native
        return f"{person.family} {person.given}" if kind in ("ja", "zh") else person.western
    # zurich, istanbul
    if kind in ("de", "tr"):
        return person.native
    return person.western


def _names(dept, p: Post, h, sep) -> str:
    from tests.holdout6.company import PERSON
    return sep.join(name_in(dept, PERSON[n], h) for n in p.people)


def spell(rnd, dept, channel):
    return rnd.choice(SPELL[dept][channel]) if channel else ""


def _zones():
    from tests.holdout6.company import ZONE
    return ZONE


_clocks = Clocks(_zones)
_zone, _local, _day, _sorted = _clocks.zone, _clocks.local, _clocks.day, _clocks.sorted


def write_company(company, out: Path) -> dict[str, Path]:
    return write_all(company, out, WRITERS, (4421, 17))


def told_zones(company, files: dict[str, Path]) -> list[str]:
    """The `--tz FILE=ZONE` a coordinator passes for the sheets that do not name their zone: she knows
    where each office sits."""
    from tests.holdout6.company import ZONE
    return [f"--tz={files[d].name}={ZONE[d]}" for d, h in company.habits.items()
            if h.get("zone") == "told" and d in files]


# --- konzern: German Excel -------------------------------------------------------------------
def _de_time(t: datetime, how: str):
    if how == "uhr":
        return f"{t:%H:%M} Uhr"
    if how == "dot":
        return f"{t.hour}.{t.minute:02d}"
    return time(t.hour, t.minute)


def konzern(company, out, rnd, h):
    status = {"planned": "geplant", "draft": "Entwurf", "cancelled": "abgesagt"}
    wb = Workbook()
    posts = _sorted(company.of("konzern"))
    if h["layout"] == "list":
        ws = wb.active
        ws.title = "Q4 2026"
        ws["A1"] = "Redaktionsplan Konzernkommunikation Q4/2026"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Stand: 01.10.2026"
        head = ["KW", "Datum", "Uhrzeit", "Kanal", "Thema", "Verantwortlich", "Status", "Bemerkung"]
        for i, t in enumerate(head, start=1):
            ws.cell(row=4, column=i, value=t).font = Font(bold=True)
        row, last = 5, None
        for p in posts:
            d = _day(p)
            week = d.isocalendar()[1]
            vals = [f"KW {week}" if week != last else None, f"{DE_DAYS[d.weekday()]}, {d:%d.%m.}",
                    "ganztägig" if p.all_day else _de_time(_local(p), h["time"]), spell(rnd, "konzern", p.channel),
                    p.title, _names("konzern", p, h, " / "), status[p.status],
                    rnd.choice(["", "", "Freigabe Vorstand", "Bild: Fotoarchiv", "mit Video"])]
            last = week
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=i, value=v)
                if isinstance(v, time):
                    c.number_format = "hh:mm"
            p.written = dict(zip(head, vals)) | {"row": row}
            row += 1
    else:
        wb.remove(wb.active)
        by_week: dict[int, list[Post]] = {}
        for p in posts:
            if p.status != "cancelled":
                by_week.setdefault(_day(p).isocalendar()[1], []).append(p)
        for week, ps in by_week.items():
            ws = wb.create_sheet(f"KW {week}")
            monday = _day(ps[0]) - timedelta(days=_day(ps[0]).weekday())
            ws["A1"] = f"Redaktionsplan KW {week} ({monday:%d.%m.}–{monday + timedelta(days=4):%d.%m.%Y})"
            ws["A1"].font = Font(bold=True)
            ws.cell(row=3, column=1, value="Kanal").font = Font(bold=True)
            for i in range(5):
                d = monday + timedelta(days=i)
                ws.cell(row=3, column=2 + i, value=f"{DE_DAYS[i]}, {d:%d.%m.}").font = Font(bold=True)
            chans = [c for c in ("LinkedIn", "X", "Instagram", "YouTube", "Newsletter") if c in {q.channel for q in ps}]
            spelled = {c: spell(rnd, "konzern", c) for c in chans}
            rows = {c: 4 + i for i, c in enumerate(chans)}
            if any(q.channel is None for q in ps):
                rows[None] = 4 + len(chans)
                ws.cell(row=rows[None], column=1, value="Allgemein")
            for c in chans:
                ws.cell(row=rows[c], column=1, value=spelled[c])
            cells: dict[tuple, list[str]] = {}
            for p in ps:
                who = _names("konzern", p, h, " / ")
                text = (f"ganztägig: {p.title} ({who})" if p.all_day else f"{_local(p):%H:%M} {p.title} ({who})")
                cells.setdefault((rows[p.channel], 2 + _day(p).weekday()), []).append(text)
                p.written = {"sheet": ws.title, "cell": text, "Kanal": spelled.get(p.channel, "Allgemein")}
            for (r, c), texts in cells.items():
                ws.cell(row=r, column=c, value="\n".join(texts)).alignment = Alignment(wrap_text=True, vertical="top")
    path = out / "Redaktionsplan_Konzernkommunikation_Q4_2026.xlsx"
    wb.save(path)
    return path


# --- vertrieb: SAP spreadsheet export ----------------------------------------------------------
def vertrieb(company, out, rnd, h):
    status = {"planned": "offen", "draft": "in Bearbeitung", "cancelled": "storniert"}
    head = ["Aktivität", "Beschreibung", "Beginn", "Ende", "Kanal", "Verantwortlicher", "Weitere Teilnehmer",
            "Status", "Geschäftspartner"]
    lines = [["Terminliste Marketingaktivitäten Vertrieb DE"], ["Ausführungsdatum: 01.10.2026", "Benutzer: SWAGNER"], [],
             head]
    for p in _sorted(company.of("vertrieb")):
        t = _local(p)
        e = _end(p).astimezone(_zone("vertrieb"))
        names = [_names("vertrieb", Post(0, "vertrieb", "", None, [n]), h, "") for n in p.people]
        row = [str(rnd.randint(4000000000, 4999999999)), p.title, f"{t:%d.%m.%Y %H:%M:%S}", f"{e:%d.%m.%Y %H:%M:%S}",
               spell(rnd, "vertrieb", p.channel), names[0], "; ".join(names[1:]), status[p.status],
               rnd.choice(["", "Bosch Rexroth AG", "Maschinenbau Huber GmbH", "Zulieferer Süd KG"])]
        lines.append(row)
        p.written = dict(zip(head, row))
    text = _csv(lines, delimiter="\t")
    path = out / f"EXPORT_Vertrieb_Termine{h['ext']}"
    path.write_bytes(text.encode("utf-16"))   # with its BOM, as SAP GUI and Excel's "Unicode text" write it
    return path


# --- wien: Outlook / Teams .ics ------------------------------------------------------------
W_EUROPE = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
TOKYO_TZ = [
    "BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
WIN_ZONE = {"W. Europe Standard Time": "Europe/Vienna", "Tokyo Standard Time": "Asia/Tokyo"}


def wien(company, out, rnd, h):
    from tests.holdout6.company import PERSON
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE", *W_EUROPE, *TOKYO_TZ]

    def ev(p, start_lines, uid, extra=()):
        people = [PERSON[n] for n in p.people]
        summary = p.title
        cats = []
        if p.channel:
            if h["channel_in"] == "categories":
                cats.append(spell(rnd, "wien", p.channel))
            else:
                summary = f"{spell(rnd, 'wien', p.channel)} – {summary}"
        if rnd.random() < 0.3:
            cats.append(rnd.choice(["Kategorie Blau", "Kundenevent"]))
        if p.status == "cancelled":
            summary = "Abgesagt: " + summary
        org = people[0]
        e = ["BEGIN:VEVENT", f'ORGANIZER;CN="{name_in("wien", org, h)}":mailto:{email(org)}']
        for q in people[1:]:
            e.append(f'ATTENDEE;CN="{name_in("wien", q, h)}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
                     f"mailto:{email(q)}")
        if rnd.random() < 0.2:
            e.append('ATTENDEE;CN="Besprechungsraum Donau";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:'
                     "mailto:raum.donau@kranich.example")
        desc = rnd.choice(["", "Text und Bild im SharePoint.\\n\\nMicrosoft Teams-Besprechung", "Bitte bis Vortag freigeben."])
        e += [f"DESCRIPTION:{desc}", *start_lines, f"UID:{uid}", *extra, "CLASS:PUBLIC", "CREATED:20260920T081500Z",
              "DTSTAMP:20261001T081500Z", "LAST-MODIFIED:20261001T081500Z", "PRIORITY:5", "SEQUENCE:0",
              f"SUMMARY;LANGUAGE=de-at:{_esc(summary)}", "TRANSP:OPAQUE",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if p.status == "draft" else "BUSY"),
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if cats:
            e.append("CATEGORIES:" + ",".join(_esc(c) for c in cats))
        e.append("END:VEVENT")
        p.written = {x.split(":")[0].split(";")[0]: x for x in e
                     if x.startswith(("SUMMARY", "DTSTART", "CATEGORIES", "ORGANIZER"))}
        return e

    def uid():
        return "040000008200E00074C5B7101A82E008" + uuid.UUID(int=rnd.getrandbits(128)).hex.upper()

    for p in _sorted(company.of("wien")):
        if p.series:
            continue
        if p.all_day:
            lines += ev(p, [f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}", f"DTEND;VALUE=DATE:{p.day + timedelta(days=1):%Y%m%d}"], uid())
        else:
            z = "Tokyo Standard Time" if rnd.random() < 0.2 else "W. Europe Standard Time"
            lines += ev(p, [f"DTSTART;TZID={z}:{_wall(p.start, WIN_ZONE[z])}",
                            f"DTEND;TZID={z}:{_wall(_end(p), WIN_ZONE[z])}"], uid())
    z = "W. Europe Standard Time"
    for s in company.series:
        if s.dept != "wien":
            continue
        u = uid()
        p = Post(0, "wien", s.title, s.channel, s.people)
        lines += ev(p, [f"DTSTART;TZID={z}:{_wall(s.first, 'Europe/Vienna')}",
                        f"DTEND;TZID={z}:{_wall(s.first + timedelta(minutes=30), 'Europe/Vienna')}",
                        f"RRULE:FREQ=WEEKLY;COUNT={s.count};BYDAY={'MO TU WE TH FR'.split()[s.first.weekday()]};WKST=MO",
                        "EXDATE;TZID=" + z + ":" + ",".join(_wall(x, "Europe/Vienna") for x in s.exdates)], u)
        for orig, new in s.moved.items():
            lines += ev(p, [f"DTSTART;TZID={z}:{_wall(new, 'Europe/Vienna')}",
                            f"DTEND;TZID={z}:{_wall(new + timedelta(minutes=30), 'Europe/Vienna')}"], u,
                        [f"RECURRENCE-ID;TZID={z}:{_wall(orig, 'Europe/Vienna')}"])
    lines.append("END:VCALENDAR")
    path = out / "Kalender Kranich Austria.ics"
    path.write_bytes(_ics(lines))
    return path


# --- zurich: monday.com board export ----------------------------------------------------------
def zurich(company, out, rnd, h):
    status = {"planned": "Scheduled", "draft": "Working on it", "cancelled": "Cancelled"}
    head = ["Name", "Person", "Status", "Date", "Timeline", "Channel", "Notes"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Social Media CH"
    ws.append(["Kranich Schweiz – Social Media"])
    ws["A1"].font = Font(bold=True, size=14)
    groups: dict[str, list[Post]] = {}
    for p in _sorted(company.of("zurich")):
        groups.setdefault(f"{_day(p):%B}", []).append(p)
    for group, ps in groups.items():
        ws.append([])
        ws.append([group])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True, color="579BFC")
        ws.append(head)
        for p in ps:
            d = _day(p)
            if p.all_day:
                when = f"{d:%Y-%m-%d}" if h["date"] == "iso" else f"{d:%d.%m.%Y}"
                tl = f"{d:%Y-%m-%d} - {p.last_day:%Y-%m-%d}" if p.last_day else ""
            else:
                t = _local(p)
                when = f"{t:%Y-%m-%d %H:%M}" if h["date"] == "iso" else f"{t:%d.%m.%Y %H:%M}"
                tl = ""
            row = [p.title, _names("zurich", p, h, ", "), status[p.status], when, tl, spell(rnd, "zurich", p.channel),
                   rnd.choice(["", "", "Photos in Drive", "needs legal OK"])]
            ws.append(row)
            p.written = dict(zip(head, row)) | {"row": ws.max_row}
    path = out / "Kranich_Schweiz_Social_Media_1697040000.xlsx"
    wb.save(path)
    return path


# --- tokyo: Japanese Excel or its Shift_JIS CSV ------------------------------------------------
def _ja_date(d, how):
    if how == "nengappi":
        return f"{d.year}年{d.month}月{d.day}日({JA_DAYS[d.weekday()]})"
    if how == "md-yearless":
        return f"{d.month}月{d.day}日（{JA_DAYS[d.weekday()]}）"
    if how == "reiwa":
        return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    return datetime(d.year, d.month, d.day)


def _ja_time(t, how):
    if how == "jikan":
        return f"{t.hour}時{t.minute:02d}分" if t.minute else f"{t.hour}時"
    if how == "gogo":
        return f"{'午前' if t.hour < 12 else '午後'}{t.hour % 12 if t.hour != 12 else 12}:{t.minute:02d}"
    if how == "fullwidth":
        return f"{t.hour:02d}:{t.minute:02d}".translate(FULLWIDTH)
    return f"{t.hour}:{t.minute:02d}"


def tokyo(company, out, rnd, h):
    status = {"planned": "予定", "draft": "下書き", "cancelled": "中止"}
    bracket = h["channel_in"] == "bracket"
    head = ["日付", "時間（JST）" if h["zone"] == "hint" else "時間", *([] if bracket else ["媒体"]), "タイトル", "担当",
            "ステータス", "備考"]
    rows = []
    for p in _sorted(company.of("tokyo")):
        t = _local(p)
        title = f"【{spell(rnd, 'tokyo', p.channel)}】{p.title}" if bracket else p.title
        row = [_ja_date(t.date(), h["date"]), _ja_time(t, h["time"]), *([] if bracket else [spell(rnd, "tokyo", p.channel)]),
               title, _names("tokyo", p, h, "、"), status[p.status], rnd.choice(["", "", "画像は共有フォルダ", "要確認"])]
        rows.append(row)
        p.written = {k: (v if not isinstance(v, datetime) else f"{v:%Y/%m/%d}") for k, v in zip(head, row)}
    if h["tool"] == "xlsx":
        wb = Workbook()
        ws = wb.active
        ws.title = "下期SNS計画"
        ws.append(["2026年度下期 SNS投稿計画（Kranich Japan）"])
        ws.append([])
        ws.append(head)
        for row in rows:
            ws.append(row)
            if isinstance(row[0], datetime):
                ws.cell(row=ws.max_row, column=1).number_format = 'yyyy"年"m"月"d"日"'
        path = out / "SNS投稿計画_2026下期.xlsx"
        wb.save(path)
    else:
        rows = [[f"{v:%Y/%m/%d}" if isinstance(v, datetime) else v for v in row] for row in rows]
        path = out / "SNS投稿計画_2026下期.csv"
        path.write_bytes(_csv([head, *rows]).encode("cp932"))
    return path


# --- shanghai: WPS xlsx ------------------------------------------------------------------------
def _zh_date(d, how):
    if how == "md-xingqi":
        return f"{d.month}月{d.day}日 星期{ZH_DAYS[d.weekday()]}"
    if how == "ymd-zhou":
        return f"{d.year}/{d.month}/{d.day} 周{ZH_DAYS[d.weekday()]}"
    return f"{d.year}年{d.month}月{d.day}日"


def _zh_time(t, how):
    if how == "colon":
        return f"{t.hour:02d}:{t.minute:02d}"
    part = "上午" if t.hour < 12 else "中午" if t.hour == 12 else "下午" if t.hour < 18 else "晚上"
    h12 = t.hour - 12 if t.hour > 12 else t.hour
    if how == "xiawu-colon":
        return f"{part}{h12}:{t.minute:02d}"
    mins = {0: "点", 30: "点半"}.get(t.minute, f"点{t.minute}分")
    return f"{part}{h12}{mins}"


def shanghai(company, out, rnd, h):
    status = {"planned": "待发布", "draft": "草稿", "cancelled": "已取消"}
    head = ["日期", "时间（北京时间）" if h["zone"] == "hint" else "时间", "平台", "内容", "负责人", "状态", "备注"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Q4排期"
    ws.append(["2026年第四季度 新媒体排期表"])
    ws.append(head)
    for p in _sorted(company.of("shanghai")):
        t = _local(p)
        row = [_zh_date(t.date(), h["date"]), _zh_time(t, h["time"]), spell(rnd, "shanghai", p.channel), p.title,
               _names("shanghai", p, h, "、"), status[p.status], rnd.choice(["", "", "配图待定", "需总部审核"])]
        ws.append(row)
        p.written = dict(zip(head, row))
    path = out / "新媒体排期表_2026Q4.xlsx"
    wb.save(path)
    return path


# --- shanghai_hr: Excel-CN CSV in GB18030 -------------------------------------------------------
def shanghai_hr(company, out, rnd, h):
    status = {"planned": "已确认", "draft": "待定", "cancelled": "取消"}
    head = ["发布日期", "发布时间(北京时间)" if h["zone"] == "hint" else "发布时间", "渠道", "标题", "负责人", "状态", "备注"]
    rows = [head]
    for p in _sorted(company.of("shanghai_hr")):
        t = _local(p)
        row = [f"{t.year}/{t.month}/{t.day}", f"{t.hour}:{t.minute:02d}", spell(rnd, "shanghai_hr", p.channel), p.title,
               _names("shanghai_hr", p, h, "/"), status[p.status], rnd.choice(["", "", "海报已完成"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "人力资源部_社媒排期.csv"
    path.write_bytes(_csv(rows).encode("gb18030"))
    return path


# --- seoul: Google Sheets CSV, Korean locale ----------------------------------------------------
def _ko_clock(t, seconds=False):
    part = "오전" if t.hour < 12 else "오후"
    h12 = t.hour % 12 or 12
    return f"{part} {h12}:{t.minute:02d}" + (":00" if seconds else "")


def seoul(company, out, rnd, h):
    status = {"planned": "예정", "draft": "초안", "cancelled": "취소"}
    kst = " (KST)" if h["zone"] == "hint" else ""
    if h["when"] == "sheets-datetime":
        head = [f"게시 일시{kst}", "채널", "제목", "담당자", "상태", "비고"]
    else:
        head = ["날짜", f"시간{kst}", "채널", "제목", "담당자", "상태", "비고"]
    rows = [head]
    for p in _sorted(company.of("seoul")):
        t = _local(p)
        if h["when"] == "sheets-datetime":
            when = [f"{t.year}. {t.month}. {t.day}. {_ko_clock(t, seconds=True)}"]
        else:
            when = [f"{t.month}월 {t.day}일 ({KO_DAYS[t.weekday()]})", _ko_clock(t)]
        row = [*when, spell(rnd, "seoul", p.channel), p.title, _names("seoul", p, h, ", "), status[p.status],
               rnd.choice(["", "", "이미지 준비 완료", "본사 확인 필요"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "콘텐츠 캘린더 - 2026 4분기.csv"
    path.write_text(_csv(rows, lineterminator="\n"), encoding="utf-8")
    return path


# --- istanbul: Excel-TR CSV ---------------------------------------------------------------------
def istanbul(company, out, rnd, h):
    status = {"planned": "Planlandı", "draft": "Taslak", "cancelled": "İptal"}
    head = ["Tarih", "Saat (TSİ)" if h["zone"] == "hint" else "Saat", "Kanal", "Başlık", "Sorumlu", "Durum", "Açıklama"]
    rows = [head]
    for p in _sorted(company.of("istanbul")):
        t = _local(p)
        d = (f"{t.day} {TR_MONTHS[t.month - 1]} {t.year} {TR_DAYS[t.weekday()]}" if h["date"] == "long"
             else f"{t:%d.%m.%Y}")
        tm = f"{t.hour:02d}.{t.minute:02d}" if h["time"] == "dot" else f"{t.hour:02d}:{t.minute:02d}"
        sep = rnd.choice([" ve ", ", "])
        row = [d, tm, spell(rnd, "istanbul", p.channel), p.title, _names("istanbul", p, h, sep), status[p.status],
               rnd.choice(["", "", "Görseller hazır", "Merkez onayı bekleniyor"])]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Sosyal_Medya_Plani_Q4.csv"
    path.write_bytes(_csv(rows, delimiter=";").encode("cp1254"))
    return path


WRITERS = {"konzern": konzern, "vertrieb": vertrieb, "wien": wien, "zurich": zurich, "tokyo": tokyo,
           "shanghai": shanghai, "shanghai_hr": shanghai_hr, "seoul": seoul, "istanbul": istanbul}
