"""How Taiwanese, Japanese, Spanish-speaking and Brazilian sheets write their dates, clocks and zones (the ninth
held-out company, tests/holdout9/, asked for it): Minguo years ("115/10/13", "民國115年10月13日"), Spanish's
"7:30 a. m." (with the locale's no-break spaces) after a date, Rioplatense "14 hs", "午後0時" (noon), and the zone a
header names in Spanish or Portuguese ("Hora (ART)", "(horário de Brasília)", "Hora de Colombia"). Tables drawn
from pools written here (seeded), read as a coordinator's workspace in another zone reads them."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.dates.minguo import numeric_parts
from importers.sheets.hints import hint_in
from tests.realworld2_pools import PHRASES, write_csv

SEEDS = range(1, 16)
ZH_DAYS = "一二三四五六日"
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ELSEWHERE = ("America/Mexico_City", "Europe/Madrid", "UTC", "Asia/Kolkata")


def _rows(rng, n, first: date):
    out = []
    for k in range(n):
        d = first + timedelta(days=rng.randrange(60))
        t = time(rng.randrange(7, 23), rng.choice([0, 15, 30, 45]))
        out.append((d, t, f"{rng.choice(PHRASES)} {k}"))
    return out


def _minguo(rng, d: date) -> str:
    y = d.year - 1911
    wd = ZH_DAYS[d.weekday()]
    return rng.choice([f"{y}/{d.month:02d}/{d.day:02d}", f"{y}/{d.month}/{d.day}", f"{y}-{d.month:02d}-{d.day:02d}",
                       f"{y}.{d.month:02d}.{d.day:02d}", f"{y}/{d.month:02d}/{d.day:02d}（{wd}）",
                       f"民國{y}年{d.month}月{d.day}日", f"中華民國{y}年{d.month}月{d.day}日（{wd}）"])


def _zh_clock(rng, t: time) -> str:
    h12 = t.hour % 12 or 12
    return rng.choice([f"{t:%H:%M}", f"{'上午' if t.hour < 12 else '下午'} {h12:02d}:{t.minute:02d}"])


@pytest.mark.parametrize("seed", SEEDS)
def test_minguo_dates_are_read_as_their_gregorian_days(tmp_path, seed):
    rng = random.Random(seed)
    first = date(rng.randrange(2012, 2040), rng.randrange(1, 13), 1)
    rows = _rows(rng, rng.randrange(6, 18), first)
    zone = ZoneInfo("Asia/Taipei")
    path = write_csv(tmp_path / f"roc-{seed}.csv", ["日期", "時間", "標題"],
                     [[_minguo(rng, d), _zh_clock(rng, t), title] for d, t, title in rows])
    result = read_file(path, ImportOptions(timezone=zone))
    assert sorted((r.title, r.start) for r in result.records) == \
        sorted((title, datetime.combine(d, t, zone)) for d, t, title in rows)


def test_only_a_three_digit_year_is_a_minguo_year():
    assert numeric_parts("115/10/13") == (2026, 10, 13, None)
    assert numeric_parts("99/10/13") is None         # day-first or month-first with a two-digit year
    assert numeric_parts("2026/10/13") is None
    assert numeric_parts("115/13/01") is None        # no thirteenth month
    assert numeric_parts("115/10/13 14:00") == (2026, 10, 13, "14:00")


def _es_clock(rng, t: time) -> str:
    h12, half = t.hour % 12 or 12, "a" if t.hour < 12 else "p"
    inner, before = rng.choice([(" ", " "), ("\u00a0", "\u202f"), ("", " "), (" ", "\u00a0")])
    return rng.choice([f"{h12}:{t.minute:02d}{before}{half}.{inner}m.", f"{t:%H:%M}"])


def _es_date(rng, d: date) -> str:
    text = f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return rng.choice([text, f"{ES_DAYS[d.weekday()]}, {text}", text.replace(" de ", " ", 1)])


@pytest.mark.parametrize("seed", SEEDS)
def test_spanish_date_times_with_the_half_of_the_day_spaced(tmp_path, seed):
    rng = random.Random(seed)
    rows = _rows(rng, rng.randrange(6, 18), date(2026, rng.randrange(1, 13), 1))
    zone = ZoneInfo(rng.choice(("America/Bogota", "America/Lima", "America/Mexico_City", "Europe/Madrid")))
    path = write_csv(tmp_path / f"es-{seed}.csv", ["Nombre", "Fecha", "Estado"],
                     [[title, f"{_es_date(rng, d)}{rng.choice([' ', ', '])}{_es_clock(rng, t)}", "Programado"]
                      for d, t, title in rows])
    result = read_file(path, ImportOptions(timezone=zone))
    assert sorted((r.title, r.start) for r in result.records) == \
        sorted((title, datetime.combine(d, t, zone)) for d, t, title in rows)


def _hs(rng, t: time) -> str:
    if t.minute:
        return rng.choice([f"{t.hour}:{t.minute:02d} hs.", f"{t.hour}.{t.minute:02d} hs", f"{t.hour}:{t.minute:02d} hs"])
    return rng.choice([f"{t.hour} hs", f"{t.hour} hs.", f"{t.hour}:00 hs.", f"{t.hour} h"])


def _ja_clock(rng, t: time) -> str:
    half, h12 = ("午前", t.hour) if t.hour < 12 else ("午後", t.hour - 12)   # 午後0時 is noon
    return f"{half}{h12}時" + (f"{t.minute}分" if t.minute else "") if rng.random() < 0.7 else f"{t.hour}時{t.minute:02d}分"


@pytest.mark.parametrize("seed", SEEDS)
def test_hours_in_hs_and_japanese_afternoon_zero(tmp_path, seed):
    rng = random.Random(seed)
    rows = _rows(rng, rng.randrange(6, 18), date(2026, rng.randrange(1, 13), 1))
    rows = [(d, time(12, t.minute) if rng.random() < 0.3 else t, title) for d, t, title in rows]   # noon often
    zone = ZoneInfo(rng.choice(ELSEWHERE))
    japanese = rng.random() < 0.5
    if japanese:
        table = [[f"{d.year}年{d.month}月{d.day}日", _ja_clock(rng, t), title] for d, t, title in rows]
        header = ["日付", "時間", "件名"]
    else:
        table = [[f"{d:%d/%m/%Y}", _hs(rng, t), title] for d, t, title in rows]
        header = ["Fecha", "Hora", "Título"]
    result = read_file(write_csv(tmp_path / f"clock-{seed}.csv", header, table), ImportOptions(timezone=zone))
    assert sorted((r.title, r.start) for r in result.records) == \
        sorted((title, datetime.combine(d, t, zone)) for d, t, title in rows)


NAMED = {   # how a header names a Latin American zone -> the zone
    "Hora (ART)": "America/Argentina/Buenos_Aires", "Horário (BRT)": "America/Sao_Paulo",
    "Hora (horário de Brasília)": "America/Sao_Paulo", "Horário de Brasília": "America/Sao_Paulo",
    "Hora de Colombia": "America/Bogota", "Hora (COT)": "America/Bogota", "Hora (PET)": "America/Lima",
    "Hora de Perú": "America/Lima", "Hora (CLT)": "America/Santiago", "Hora de Chile": "America/Santiago",
    "Hora del centro de México": "America/Mexico_City", "Hora (hora de Argentina)": "America/Argentina/Buenos_Aires",
    "Hora (UYT)": "America/Montevideo", "Hora (horario de Uruguay)": "America/Montevideo",
}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_header_naming_a_latin_american_zone_gives_the_sheet_its_zone(tmp_path, seed):
    rng = random.Random(seed)
    head, zone_name = rng.choice(sorted(NAMED.items()))
    rows = _rows(rng, rng.randrange(5, 12), date(2026, rng.randrange(1, 13), 1))
    workspace = ZoneInfo(rng.choice(ELSEWHERE))
    path = write_csv(tmp_path / f"named-{seed}.csv", ["Fecha", head, "Título"],
                     [[f"{d:%d/%m/%Y}", f"{t:%H:%M}", title] for d, t, title in rows])
    result = read_file(path, ImportOptions(timezone=workspace))
    zone = ZoneInfo(zone_name)
    assert sorted((r.title, r.start) for r in result.records) == \
        sorted((title, datetime.combine(d, t, zone)) for d, t, title in rows)
    assert all(r.start.utcoffset() == datetime.combine(r.start.date(), r.start.time(), zone).utcoffset()
               for r in result.records)


def test_english_words_that_spell_an_abbreviation_name_no_zone_in_a_title_block():
    for text in ("ART DEPARTMENT PLAN", "PET food launch calendar", "VET clinic posts", "BOT release notes"):
        assert hint_in(text) is None, text
    assert hint_in("Calendario Aurora Chile") is None   # a country without a cue word: a name, not a zone
    assert hint_in("Hora (ART)") == "America/Argentina/Buenos_Aires"


PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
PT_LONG = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"]
PT_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]


def _pt_date_time(rng, d: date, t: time) -> str:
    day = rng.choice([f"{d.day} de {PT_LONG[d.month - 1]} de {d.year}", f"{d.day} de {PT_MONTHS[d.month - 1]}. de {d.year}",
                      f"{PT_DAYS[d.weekday()]}, {d.day} de {PT_LONG[d.month - 1]} de {d.year}",
                      f"{PT_DAYS[d.weekday()][:3]}., {d.day} de {PT_MONTHS[d.month - 1]}. de {d.year}"])
    clock = f"{t.hour}h" + (f"{t.minute:02d}" if t.minute else "") if rng.random() < 0.6 else f"{t:%H:%M}"
    return f"{day}{rng.choice([' às ', ' ', ', '])}{clock}"


@pytest.mark.parametrize("seed", SEEDS)
def test_brazilian_date_times(tmp_path, seed):
    rng = random.Random(seed)
    rows = _rows(rng, rng.randrange(6, 18), date(2026, rng.randrange(1, 13), 1))
    zone = ZoneInfo("America/Sao_Paulo")
    path = write_csv(tmp_path / f"pt-{seed}.csv", ["Data de publicação", "Texto", "Situação"],
                     [[_pt_date_time(rng, d, t), title, "Agendado"] for d, t, title in rows], delimiter=";")
    result = read_file(path, ImportOptions(timezone=zone))
    assert sorted((r.title, r.start) for r in result.records) == \
        sorted((title, datetime.combine(d, t, zone)) for d, t, title in rows)


JA_DAYS = "月火水木金土日"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_weekday_in_brackets_after_a_slashed_date(tmp_path, seed):
    """Excel's "yyyy/m/d(aaa)" as a CSV writes it: "2026/10/13(火)"; Chinese "2026/10/13 (二)"; Korean "(화)"."""
    rng = random.Random(seed)
    rows = _rows(rng, rng.randrange(6, 18), date(2026, rng.randrange(1, 13), 1))
    days = rng.choice([JA_DAYS, ZH_DAYS, "월화수목금토일"])
    zone = ZoneInfo(rng.choice(("Asia/Tokyo", "Asia/Shanghai", "Asia/Seoul")))
    path = write_csv(tmp_path / f"wd-{seed}.csv", ["日付", "時間", "件名"],
                     [[f"{d.year}/{d.month}/{d.day}{rng.choice(['', ' '])}({days[d.weekday()]})", f"{t:%H:%M}", title]
                      for d, t, title in rows])
    result = read_file(path, ImportOptions(timezone=zone))
    assert sorted((r.title, r.start) for r in result.records) == \
        sorted((title, datetime.combine(d, t, zone)) for d, t, title in rows)
