"""Writes Grupo Aurora Pacífico's departments' files the way each department hands them over.

cdmx        Outlook .ics: TZID "Central Standard Time (Mexico)" (one offset since 2022), some events in
            "SA Pacific Standard Time" / "E. South America Standard Time"; "Cancelado: " subjects; the network
            in CATEGORIES or as "LinkedIn: …"; a weekly series with EXDATE and a moved occurrence; an embargo
tokyo       Japanese Excel (title block; 日付 "2026年10月13日(火)", "令和8年10月13日（火）" or date cells; 時間 "午後2時30分",
            "１４：３０", "14:30" or "14時30分"; 担当者 "佐藤　花子"; 中止) or the same table as a Shift_JIS CSV (the date
            cells as their format shows them: "2026/10/13(火)")
seoul       Google Sheets CSV (UTF-8) or Excel's EUC-KR CSV: "2026. 10. 13. (화)" and "오후 2:00", or one cell
            "2026. 10. 13. 오후 2:00:00" or "2026. 10. 13. (화) 오후 2:00"; "(KST)" in a header when it names its zone
shanghai    WPS CSV in GB18030: "2026/10/13" + 星期二 column, "2026年10月13日 星期二", or one cell
            "2026/10/13 星期二 下午2:00"; "下午2:00" or "14:00";
            "发布时间（北京时间）"; 负责人 "王磊、赵敏"
taipei      Big5 CSV: Minguo dates "115/10/13" or "民國115年10月13日", or "2026/10/13（二）"; "下午 02:00" or "14:00"
saopaulo    mLabs CSV (semicolon, "13/10/2026", "14h30" / "14h", "ter"), Etus ("13/10/2026 às 14h30", "13/10/2026 14:30") or Hootsuite
            in Portuguese ("Aurora Brasil (Instagram)"); "(horário de Brasília)" in a header when it names it
buenosaires monday.com xlsx: board title, a group per month each with its own header row, "14:00 hs." / "9 hs",
            date cells, "13/10/2026", "mar 13/10/2026" or year-less "martes 13 de octubre"; "Hora (ART)" when it
            names its zone
bogota      Notion CSV in Spanish (BOM): "13 de octubre de 2026 2:00 p. m." (with the no-break spaces of the
            Spanish locale or plain), or "… 14:00"; "(GMT-5)" when it names its zone; a three-day fair "→"
lima        Google Calendar .ics (America/Lima, "Instagram: …"), a Hootsuite CSV in Spanish ("13/10/2026 14:00") or
            Meta Business Suite's planner export (Spanish headers, month-first "10/13/2026 14:00", TikTok and
            LinkedIn rows among Facebook's and Instagram's as the team keeps one sheet)
santiago    Outlook .ics in "Pacific SA Standard Time" (summer time since 6 September: UTC-3)
"""
from __future__ import annotations

import unicodedata
import uuid
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from tests.holdout3.company import Post
from tests.heldout_kit.posts import Clocks, csv_text as _csv, end as _end, write_all
from tests.heldout_kit.ics import esc as _esc, ics as _ics, wall as _wall

DOMAIN = "aurora.example"
SPELL = {
    "cdmx": {"LinkedIn": ["LinkedIn"], "X": ["X", "Twitter"], "Facebook": ["Facebook"],
             "Newsletter": ["Boletín", "Newsletter"]},
    "tokyo": {"X": ["X", "X（旧Twitter）"], "Instagram": ["Instagram", "インスタ"], "LINE": ["LINE", "LINE公式アカウント"],
              "YouTube": ["YouTube"]},
    "seoul": {"Instagram": ["인스타그램", "Instagram"], "KakaoTalk": ["카카오톡 채널", "카카오톡"],
              "Blog": ["네이버 블로그", "블로그"], "YouTube": ["유튜브", "YouTube"]},
    "shanghai": {"WeChat": ["微信公众号", "公众号"], "Weibo": ["微博"], "Xiaohongshu": ["小红书"], "Douyin": ["抖音"]},
    "taipei": {"Facebook": ["Facebook 粉絲專頁", "FB"], "Instagram": ["IG", "Instagram"], "LINE": ["LINE 官方帳號", "LINE"],
               "YouTube": ["YouTube"]},
    "saopaulo": {"Instagram": ["Instagram"], "Facebook": ["Facebook"], "LinkedIn": ["LinkedIn"], "TikTok": ["TikTok"],
                 "WhatsApp": ["WhatsApp"]},
    "buenosaires": {"Instagram": ["Instagram", "IG"], "Facebook": ["Facebook"], "X": ["X", "Twitter"],
                    "LinkedIn": ["LinkedIn"]},
    "bogota": {"Instagram": ["Instagram"], "Facebook": ["Facebook"], "TikTok": ["TikTok"], "LinkedIn": ["LinkedIn"]},
    "lima": {"Facebook": ["Facebook"], "Instagram": ["Instagram"], "TikTok": ["TikTok"], "LinkedIn": ["LinkedIn"]},
    "santiago": {"LinkedIn": ["LinkedIn"], "Instagram": ["Instagram"], "X": ["X"], "Facebook": ["Facebook"]},
}
JA_DAYS = "月火水木金土日"
KO_DAYS = "월화수목금토일"
ZH_DAYS = "一二三四五六日"
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_LONG_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
PT_DAYS = ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
EMOJI = ["☕", "🍫", "✨", "🎉", "🌱"]
HASHTAGS = ["#CaféAltura", "#Cacao70", "#AuroraFest", "#BlackFriday"]


def _person(name):
    from tests.holdout9.company import PERSON
    return PERSON[name]


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def email(name: str) -> str:
    p = _person(name)
    return f"{_ascii(p.given.split()[0])}.{_ascii(p.family.split()[0])}@{DOMAIN}"


def name_in(dept: str, name: str, h: dict, home: bool) -> str:
    """How a department's file writes one person: its own people as the team does, another office's people as
    that office is known there (a Latin name by its first given name and first surname; an Asian name in
    Latin letters in a Latin file, or its own script in an Asian one)."""
    from tests.holdout9.company import LANG, LATAM
    p = _person(name)
    if home:
        if p.kind in ("es", "pt") and h.get("names") == "short" and p.short:
            return p.short
        if p.kind == "ja" and dept == "tokyo":
            return p.native.replace(" ", "\u3000") if h.get("time") != "plain" else p.native
        return p.native
    if p.kind in ("es", "pt"):
        return p.common
    if dept in LATAM or LANG[dept] != p.kind:
        return p.western
    return p.native


def spell(rnd, dept, channel):
    return rnd.choice(SPELL[dept][channel]) if channel else ""


def _zones():
    from tests.holdout9.company import ZONE
    return ZONE


_clocks = Clocks(_zones)
_zone, _local, _day, _sorted = _clocks.zone, _clocks.local, _clocks.day, _clocks.sorted


def _encode(text: str, codec: str) -> bytes:
    """A legacy code page has no "é": the office's spreadsheet writes "Cafe" (the letter without its accent)."""
    out = []
    for ch in text:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?")
    return "".join(out).encode(codec)


def _people(dept, p, h, sep):
    from tests.holdout9.company import TEAMS
    return sep.join(name_in(dept, n, h, n in TEAMS[dept]) for n in p.people)


def _link(rnd, p: Post, source: str) -> str:
    if p.note:
        return f"{p.note}?utm_source={source}&utm_medium=social"
    return ""


def write_company(company, out: Path) -> dict[str, Path]:
    return write_all(company, out, WRITERS, (6271, 11))


def told_zones(company, files: dict[str, Path]) -> list[str]:
    """The `--tz FILE=ZONE` a coordinator passes for the sheets that do not name their zone: she knows where
    each office sits. The .ics files go without."""
    from tests.holdout9.company import ZONE
    told = [d for d, h in company.habits.items() if h.get("zone") == "told"]
    told += ["lima"] if company.habits["lima"]["tool"] in ("hootsuite", "meta") else []
    return [f"--tz={files[d].name}={ZONE[d]}" for d in told]


# --- tokyo: Japanese Excel or Shift_JIS CSV ------------------------------------------------------
def _fw(s: str) -> str:
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789:"})


def _ja_time(t: datetime, how: str) -> str:
    if how == "ampm":
        h12 = t.hour % 12
        ap = "午前" if t.hour < 12 else "午後"
        return f"{ap}{h12}時" + (f"{t.minute}分" if t.minute else "")
    if how == "fullwidth":
        return _fw(f"{t.hour}:{t.minute:02d}")
    if how == "jikan":
        return f"{t.hour}時" + (f"{t.minute:02d}分" if t.minute else "")
    return f"{t.hour}:{t.minute:02d}"


def _ja_date(d, how: str, full_paren: bool):
    wd = JA_DAYS[d.weekday()]
    paren = f"（{wd}）" if full_paren else f"({wd})"
    if how == "kanji":
        return f"{d.year}年{d.month}月{d.day}日{paren}"
    if how == "era":
        return f"令和{d.year - 2018}年{d.month}月{d.day}日{paren}"
    return datetime(d.year, d.month, d.day)


def tokyo(company, out, rnd, h):
    status = {"planned": "予定", "draft": "下書き", "cancelled": "中止"}
    head = ["日付", "時間", "媒体", "投稿内容", "担当者", "ステータス", "備考"]
    full_paren = rnd.random() < 0.5
    rows = []
    for p in _sorted(company.of("tokyo")):
        t = _local(p)
        dv = _ja_date(t.date(), h["date"], full_paren)
        if h["tool"] == "csv" and isinstance(dv, datetime):   # the cell's format "yyyy/m/d(aaa)" as the CSV saves it
            dv = f"{t.year}/{t.month}/{t.day}({JA_DAYS[t.weekday()]})"
        row = [dv, _ja_time(t, h["time"]), spell(rnd, "tokyo", p.channel), p.title, _people("tokyo", p, h, "、"),
               status[p.status], rnd.choice(["", "", "画像は共有フォルダ", "要確認"])]
        rows.append(row)
        p.written = dict(zip(head, [str(x) for x in row]))
    if h["tool"] == "csv":
        path = out / "SNS投稿予定_2026下期.csv"
        path.write_bytes(_encode(_csv([head, *rows]), "cp932"))
        return path
    wb = Workbook()
    ws = wb.active
    ws.title = "投稿計画"
    ws["A1"] = "2026年度 下期 SNS投稿計画"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "作成：オーロラ・ジャパン 広報部　最終更新 2026/10/01"
    for i, v in enumerate(head, start=1):
        ws.cell(row=4, column=i, value=v).font = Font(bold=True)
    for r, row in enumerate(rows, start=5):
        for i, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, datetime):
                c.number_format = "yyyy/m/d"
    path = out / "オーロラ・ジャパン_SNSカレンダー.xlsx"
    wb.save(path)
    return path


# --- seoul: Google Sheets CSV or Excel's EUC-KR CSV -------------------------------------------------
def _ko_time(t: datetime, seconds=False) -> str:
    h12 = t.hour % 12 or 12
    return f"{'오전' if t.hour < 12 else '오후'} {h12}:{t.minute:02d}" + (":00" if seconds else "")


def seoul(company, out, rnd, h):
    status = {"planned": "예정", "draft": "초안", "cancelled": "취소"}
    kst = " (KST)" if h["zone"] == "hint" else ""
    if h["when"] == "split":
        head = ["날짜", f"시간{kst}", "채널", "콘텐츠 제목", "담당자", "상태"]
    else:
        head = [f"게시 일시{kst}", "채널", "콘텐츠 제목", "담당자", "상태"]
    rows = [head]
    for p in _sorted(company.of("seoul")):
        t = _local(p)
        ds = f"{t.year}. {t.month}. {t.day}."
        if h["when"] == "split":
            when = [f"{ds} ({KO_DAYS[t.weekday()]})", _ko_time(t)]
        elif h["when"] == "joined-weekday":   # as a person types it: "2026. 10. 13. (화) 오후 2:00"
            when = [f"{ds} ({KO_DAYS[t.weekday()]}) {_ko_time(t)}"]
        else:
            when = [f"{ds} {_ko_time(t, True)}"]
        row = [*when, spell(rnd, "seoul", p.channel), p.title, _people("seoul", p, h, ", "), status[p.status]]
        rows.append(row)
        p.written = dict(zip(head, row))
    if h["tool"] == "euckr":
        path = out / "오로라코리아_콘텐츠캘린더.csv"
        path.write_bytes(_encode(_csv(rows), "euc_kr"))
    else:
        path = out / "오로라 코리아 콘텐츠 캘린더 - 10~11월.csv"
        path.write_text(_csv(rows, lineterminator="\n"), encoding="utf-8")
    return path


# --- shanghai: WPS CSV in GB18030 ---------------------------------------------------------------
def _zh_time(t: datetime, how: str) -> str:
    if how == "plain":
        return f"{t.hour:02d}:{t.minute:02d}"
    if t.hour < 12:
        ap = "上午"
    elif t.hour == 12:
        ap = "中午"
    elif t.hour < 18:
        ap = "下午"
    else:
        ap = "晚上"
    h12 = t.hour if t.hour <= 12 else t.hour - 12
    return f"{ap}{h12}:{t.minute:02d}"


def shanghai(company, out, rnd, h):
    status = {"planned": "已排期", "draft": "草稿", "cancelled": "已取消"}
    zone = "（北京时间）" if h["zone"] == "hint" else ""
    if h["date"] == "slash-week":
        head = ["发布日期", "星期", f"发布时间{zone}", "平台", "标题", "负责人", "状态"]
    elif h["date"] == "joined":   # "2026/10/13 星期二 下午2:00" in one cell
        head = [f"发布时间{zone}", "平台", "标题", "负责人", "状态"]
    else:
        head = ["发布日期", f"发布时间{zone}", "平台", "标题", "负责人", "状态"]
    rows = [head]
    for p in _sorted(company.of("shanghai")):
        t = _local(p)
        wd = f"星期{ZH_DAYS[t.weekday()]}"
        if h["date"] == "joined":
            dv = [f"{t:%Y/%m/%d} {wd} {_zh_time(t, h['time'])}"]
        elif h["date"] == "slash-week":
            dv = [f"{t:%Y/%m/%d}", wd, _zh_time(t, h["time"])]
        else:
            dv = [f"{t.year}年{t.month}月{t.day}日 {wd}", _zh_time(t, h["time"])]
        row = [*dv, spell(rnd, "shanghai", p.channel), p.title,
               _people("shanghai", p, h, "、"), status[p.status]]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "奥罗拉中国_内容排期表.csv"
    path.write_bytes(_csv(rows).encode("gb18030"))
    return path


# --- taipei: Big5 CSV with Minguo dates ---------------------------------------------------------------
def taipei(company, out, rnd, h):
    status = {"planned": "已排程", "draft": "草稿", "cancelled": "取消"}
    head = ["日期", "時間", "平台", "內容", "負責人", "狀態"]
    rows = [head]
    for p in _sorted(company.of("taipei")):
        t = _local(p)
        roc = t.year - 1911
        dv = {"roc": f"{roc}/{t.month:02d}/{t.day:02d}", "roc-kanji": f"民國{roc}年{t.month}月{t.day}日",
              "slash-week": f"{t:%Y/%m/%d}（{ZH_DAYS[t.weekday()]}）"}[h["date"]]
        if h["time"] == "ampm":
            h12 = t.hour % 12 or 12
            tv = f"{'上午' if t.hour < 12 else '下午'} {h12:02d}:{t.minute:02d}"
        else:
            tv = f"{t.hour:02d}:{t.minute:02d}"
        row = [dv, tv, spell(rnd, "taipei", p.channel), p.title, _people("taipei", p, h, "、"), status[p.status]]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "奧羅拉台灣_社群排程.csv"
    path.write_bytes(_encode(_csv(rows), "big5"))
    return path


# --- saopaulo: mLabs, Etus or Hootsuite in Portuguese -------------------------------------------------
def _message(rnd, p: Post) -> str:
    msg = p.title
    if rnd.random() < 0.4:
        msg = f"{rnd.choice(EMOJI)} {msg}"
    if rnd.random() < 0.4:
        msg += " " + " ".join(rnd.sample(HASHTAGS, rnd.randint(1, 2)))
    return msg


def _pt_time(t: datetime, how: str) -> str:
    if how == "h":
        return f"{t.hour}h" + (f"{t.minute:02d}" if t.minute else "")
    return f"{t.hour:02d}:{t.minute:02d}"


def saopaulo(company, out, rnd, h):
    status = {"planned": "Agendado", "draft": "Rascunho", "cancelled": "Cancelado"}
    brt = " (horário de Brasília)" if h["zone"] == "hint" else ""
    rows = []
    tool = h["tool"]
    if tool == "mlabs":
        head = ["Data", "Dia", f"Horário{brt}", "Rede", "Legenda", "Responsável", "Status"]
    elif tool == "etus":
        head = [f"Data de publicação{brt}", "Rede social", "Texto", "Link", "Responsável", "Situação"]
    else:
        head = [f"Data agendada{brt}", "Perfil social", "Mensagem", "Link", "Criado por", "Estado"]
    for p in _sorted(company.of("saopaulo")):
        t = _local(p)
        who = _people("saopaulo", p, h, ", ")
        ch = spell(rnd, "saopaulo", p.channel)
        if tool == "mlabs":
            row = [f"{t:%d/%m/%Y}", PT_DAYS[t.weekday()], _pt_time(t, h["time"]), ch, _message(rnd, p), who,
                   status[p.status]]
        elif tool == "etus":
            joint = " às " if h["time"] == "h" else " "   # "13/10/2026 às 14h30"
            row = [f"{t:%d/%m/%Y}{joint}{_pt_time(t, h['time'])}", ch, _message(rnd, p), _link(rnd, p, "etus"), who,
                   status[p.status]]
        else:
            row = [f"{t:%d/%m/%Y} {t:%H:%M}", f"Aurora Brasil ({ch})", _message(rnd, p), _link(rnd, p, "hootsuite"),
                   who, status[p.status]]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / {"mlabs": "mlabs_calendario_aurora_brasil.csv", "etus": "Etus - Planejamento Aurora Brasil.csv",
                  "hootsuite": "Hootsuite_Publicações_Aurora_Brasil.csv"}[tool]
    sep = ";" if tool != "hootsuite" else ","
    path.write_bytes(("\ufeff" if tool == "mlabs" else "").encode() + _csv([head, *rows], delimiter=sep).encode("utf-8"))
    return path


# --- buenosaires: monday.com xlsx -----------------------------------------------------------------
def buenosaires(company, out, rnd, h):
    status = {"planned": "Programado", "draft": "En curso", "cancelled": "Cancelado"}
    art = " (ART)" if h["zone"] == "hint" else ""
    head = ["Name", "Persona", "Estado", "Fecha", f"Hora{art}", "Red social", "Notas"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Calendario de contenidos AR"
    ws.append(["Calendario de contenidos AR"])
    ws["A1"].font = Font(bold=True, size=14)
    month = None
    for p in _sorted(company.of("buenosaires")):
        t = _local(p)
        if t.month != month:
            month = t.month
            ws.append([])
            ws.append([ES_MONTHS[month - 1].capitalize()])
            ws.append(head)
        if h["time"] == "hs":
            tv = f"{t.hour}:{t.minute:02d} hs." if t.minute or rnd.random() < 0.5 else f"{t.hour} hs"
        else:
            tv = f"{t.hour:02d}:{t.minute:02d}"
        dv = {"cell": datetime(t.year, t.month, t.day), "dmy": f"{t:%d/%m/%Y}",
              "weekday": f"{ES_DAYS[t.weekday()]} {t:%d/%m/%Y}",
              # year-less, as the team types it: "martes 13 de octubre"
              "words": f"{ES_LONG_DAYS[t.weekday()]} {t.day} de {ES_MONTHS[t.month - 1]}"}[h["date"]]
        row = [p.title, _people("buenosaires", p, h, ", "), status[p.status], dv, tv,
               spell(rnd, "buenosaires", p.channel), rnd.choice(["", "", "Pieza en Drive", "Falta copy"])]
        ws.append(row)
        if isinstance(dv, datetime):
            ws.cell(row=ws.max_row, column=4).number_format = "dd/mm/yyyy"
        p.written = dict(zip(head, [str(x) for x in row])) | {"row": ws.max_row}
    path = out / "Calendario_de_contenidos_AR_1733400000.xlsx"
    wb.save(path)
    return path


# --- bogota: Notion CSV in Spanish ---------------------------------------------------------------------
def _es_clock(t: datetime, how: str) -> str:
    if how == "24h":
        return f"{t.hour:02d}:{t.minute:02d}"
    h12 = t.hour % 12 or 12
    ap = "a. m." if t.hour < 12 else "p. m."
    if how == "ampm-nbsp":   # CLDR's Spanish: a narrow no-break space before, a no-break space inside
        return f"{h12}:{t.minute:02d}\u202f{ap.replace(' ', chr(0xA0))}"
    return f"{h12}:{t.minute:02d} {ap}"


def _es_date(d) -> str:
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def bogota(company, out, rnd, h):
    status = {"planned": "Programado", "draft": "Borrador", "cancelled": "Cancelado"}
    head = ["Nombre", "Fecha", "Red", "Responsable", "Estado", "Enlace"]
    rows = [head]
    zone = " (GMT-5)" if h["zone"] == "hint" else ""
    for p in _sorted(company.of("bogota")):
        if p.all_day:
            dv = f"{_es_date(p.day)} → {_es_date(p.last_day or p.day)}"
        else:
            t = _local(p)
            dv = f"{_es_date(t.date())} {_es_clock(t, h['clock'])}{zone}"
        name = p.title if rnd.random() < 0.7 else f"{rnd.choice(EMOJI)} {p.title}"
        row = [name, dv, spell(rnd, "bogota", p.channel), _people("bogota", p, h, ", "), status[p.status],
               _link(rnd, p, "notion")]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Calendario Aurora Colombia 3f9a1c.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _csv(rows).encode("utf-8"))
    return path


# --- lima: Google Calendar or Hootsuite in Spanish ----------------------------------------------------
GOOGLE_LIMA = ["BEGIN:VTIMEZONE", "TZID:America/Lima", "X-LIC-LOCATION:America/Lima", "BEGIN:STANDARD",
               "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500", "TZNAME:-05", "DTSTART:19700101T000000", "END:STANDARD",
               "END:VTIMEZONE"]


def _meta(company, out, rnd, h):
    """Meta Business Suite's export of the planner, in Spanish: its dates month-first ("10/13/2026 14:00")
    whatever the language, the page's name, the network (Facebook or Instagram) and the kind of post."""
    status = {"planned": "Programada", "draft": "Borrador", "cancelled": "Cancelada"}
    head = ["Identificador de la publicación", "Nombre de la página", "Plataforma", "Descripción", "Tipo de publicación",
            "Hora de publicación", "Estado", "Creado por"]
    rows = [head]
    for p in _sorted(company.of("lima")):
        t = _local(p)
        row = [str(rnd.randint(10**15, 10**16 - 1)), "Aurora Perú", spell(rnd, "lima", p.channel), _message(rnd, p),
               rnd.choice(["Foto", "Reel", "Video", "Carrusel"]), f"{t:%m/%d/%Y %H:%M}", status[p.status],
               _people("lima", p, h, ", ")]
        rows.append(row)
        p.written = dict(zip(head, row))
    path = out / "Meta Business Suite - Aurora Perú - publicaciones programadas.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    return path


def lima(company, out, rnd, h):
    if h["tool"] == "meta":
        return _meta(company, out, rnd, h)
    if h["tool"] == "hootsuite":
        status = {"planned": "Programado", "draft": "Borrador", "cancelled": "Cancelado"}
        head = ["Fecha de publicación", "Red social", "Mensaje", "Enlace", "Creado por", "Estado"]
        rows = [head]
        for p in _sorted(company.of("lima")):
            t = _local(p)
            row = [f"{t:%d/%m/%Y %H:%M}", spell(rnd, "lima", p.channel), _message(rnd, p), _link(rnd, p, "hootsuite"),
                   _people("lima", p, h, ", "), status[p.status]]
            rows.append(row)
            p.written = dict(zip(head, row))
        path = out / "Hootsuite - Aurora Perú - publicaciones.csv"
        path.write_text(_csv(rows), encoding="utf-8")
        return path
    from tests.holdout9.company import TEAMS
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Aurora Perú - Redes", "X-WR-TIMEZONE:America/Lima", *GOOGLE_LIMA]
    for p in _sorted(company.of("lima")):
        summary = f"{spell(rnd, 'lima', p.channel)}: {p.title}"
        if p.status == "cancelled":
            summary = "CANCELADO " + summary
        org = p.people[0]
        e = ["BEGIN:VEVENT", f"DTSTART;TZID=America/Lima:{_wall(p.start, 'America/Lima')}",
             f"DTEND;TZID=America/Lima:{_wall(_end(p), 'America/Lima')}", "DTSTAMP:20261001T170000Z",
             f"ORGANIZER;CN={name_in('lima', org, h, org in TEAMS['lima'])}:mailto:{email(org)}",
             f"UID:{uuid.UUID(int=rnd.getrandbits(128)).hex[:26]}@google.com"]
        for q in p.people[1:]:
            e.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
                     f"CN={name_in('lima', q, h, q in TEAMS['lima'])};X-NUM-GUESTS=0:mailto:{email(q)}")
        e += ["CREATED:20260915T180000Z", f"DESCRIPTION:{_esc(_link(rnd, p, 'google'))}", "LAST-MODIFIED:20261001T170000Z",
              "SEQUENCE:0", "STATUS:" + ("CANCELLED" if p.status == "cancelled" else
                                        "TENTATIVE" if p.status == "draft" else "CONFIRMED"),
              f"SUMMARY:{_esc(summary)}", "TRANSP:TRANSPARENT", "END:VEVENT"]
        lines += e
        p.written = {"SUMMARY": "SUMMARY:" + summary, "DTSTART": e[1]}
    lines.append("END:VCALENDAR")
    path = out / "Aurora Perú - Redes_c_91ab@group.calendar.google.com.ics"
    path.write_bytes(_ics(lines))
    return path


from tests.holdout9.outlook import cdmx, santiago  # noqa: E402  (it uses the helpers above)

WRITERS = {"cdmx": cdmx, "tokyo": tokyo, "seoul": seoul, "shanghai": shanghai, "taipei": taipei,
           "saopaulo": saopaulo, "buenosaires": buenosaires, "bogota": bogota, "lima": lima, "santiago": santiago}
