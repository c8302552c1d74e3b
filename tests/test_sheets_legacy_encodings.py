"""Text files in the legacy encodings their writers' Windows saves them in (found by the held-out
company 6, tests/holdout6): Japanese Excel's CSV in Shift_JIS (cp932), Chinese in GB18030, Korean in
cp949, Turkish in Windows-1254, Russian in Windows-1251, Polish in Windows-1250; told by content,
while Western files stay Windows-1252 or Mac Roman. And weekday names the reader does not know,
learnt from the column itself ("12 Ekim 2026 Pazartesi", "måndag 12 oktober 2026").

Every table is drawn at random from the pools below (seeded)."""
from __future__ import annotations

import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.dates import parse_date_column

BERLIN = ZoneInfo("Europe/Berlin")

POOLS = {   # encoding -> (header, titles in the language its writers use it for)
    "cp932": ("日付,時間,タイトル", ["展示会レポート：東京", "新入社員紹介：健太さん", "採用情報：エンジニア募集", "今週の技術コラム",
                                 "工場見学会のお知らせ（大阪）", "お客様の声：導入事例", "週刊ニュース"]),
    "gb18030": ("日期,时间,标题", ["技术直播：操作演示", "展会回顾：上海工博会", "新品预告", "工程师说：小明的一天", "校园招聘宣讲会",
                                 "员工故事", "客户案例分享"]),
    "cp949": ("날짜,시간,제목", ["도입 사례: 서울 공장", "전시회 현장 스케치", "신입사원 인터뷰", "유지보수 팁", "채용 공고: 엔지니어",
                               "이번 주 기술 칼럼"]),
    "cp1254": ("Tarih;Saat;Başlık", ["Haftanın teknik yazısı", "İş ilanı: saha mühendisi", "Müşteri hikayesi: İzmir",
                                     "Bakım ipuçları", "Açık kapı günü", "Ekibimizle tanışın: Çağla", "Fuardan kareler"]),
    "cp1251": ("Дата;Время;Название", ["Встреча команды", "Новости недели", "Запуск продукта", "Вебинар для клиентов",
                                       "Отчёт о выставке"]),
    "cp1250": ("Data;Godzina;Tytuł", ["Spotkanie zespołu w Łodzi", "Żółta kartka", "Szkolenie BHP – relacja",
                                      "Dzień otwarty w fabryce", "Nowa linia montażowa – zdjęcia"]),
}


def _table(rng, encoding):
    header, titles = POOLS[encoding]
    sep = ";" if ";" in header else ","
    rows, want = [header], []
    for k in range(rng.randint(4, 25)):
        d = date(2026, 3, 2) + timedelta(days=rng.randrange(90))
        title = f"{rng.choice(titles)} {k + 1}"
        rows.append(sep.join([d.isoformat(), f"{rng.randint(8, 20)}:{rng.choice(['00', '30'])}", title]))
        want.append((d, title))
    return "\r\n".join(rows) + "\r\n", want


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("encoding", sorted(POOLS))
def test_legacy_encoding_told_by_content(tmp_path, encoding, seed):
    text, want = _table(random.Random(f"legacy-{encoding}-{seed}"), encoding)
    path = tmp_path / "plan.csv"
    path.write_bytes(text.encode(encoding))
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert sorted((r.start.date(), r.title) for r in result.records) == sorted(want)
    assert result.settings["encoding"] == encoding


WESTERN = ["Menü für Gäste", "Straße frei", "Übergabe an Jürgen", "Café crème", "Garçon à l'été", "Reunião em São Paulo",
           "Ação de verão", "Señora Núñez", "Øl og smørbrød", "Møte i Tromsø"]


@pytest.mark.parametrize("seed", range(8))
def test_western_text_stays_western(tmp_path, seed):
    """Accented Latin letters beside plain ones are no double-byte signs ("Ação" is no Chinese)."""
    rng = random.Random(f"western-{seed}")
    rows = ["Date;Time;Title"] + [f"2026-04-{k + 1:02d};09:30;{rng.choice(WESTERN)} {k}" for k in range(rng.randint(2, 20))]
    text = "\r\n".join(rows) + "\r\n"
    path = tmp_path / "plan.csv"
    path.write_bytes(text.encode("cp1252"))
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert [r.title for r in result.records] == [r.split(";")[2] for r in rows[1:]]
    assert result.settings["encoding"] == "windows-1252"


WEEKDAY_NAMES = {   # weekdays the reader has no list of, with month names it knows
    "tr": (["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
           ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
           "{d} {m} {y} {w}"),
    "sv": (["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
           ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
            "december"], "{w} {d} {m} {y}"),
    "da": (["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
           ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
            "december"], "{w}, {d}. {m} {y}"),
}


@pytest.mark.parametrize("lang", sorted(WEEKDAY_NAMES))
def test_weekday_names_learnt_from_the_column(lang):
    rng = random.Random(f"weekday-words-{lang}")
    names, months, form = WEEKDAY_NAMES[lang]
    days = sorted({date(2026, 1, 1) + timedelta(days=rng.randrange(365)) for _ in range(25)})
    texts = [form.format(d=d.day, m=months[d.month - 1], y=d.year, w=names[d.weekday()]) for d in days]
    parsed, _ = parse_date_column(texts, None)
    assert [p[0] if p.__class__ is tuple else p for p in parsed] == days


def test_a_word_that_is_no_weekday_is_not_learnt():
    """One word beside every date, or words at odds with the dates' weekdays, are no weekday names."""
    one = parse_date_column(["Webinar 12 May 2026", "Webinar 19 May 2026", "Webinar 26 May 2026"], None)[0]
    # (Hungarian words: Turkish weekday names are known words since the tenth held-out company)
    odd = parse_date_column(["12 Ekim 2026 hétfő", "13 Ekim 2026 hétfő", "14 Ekim 2026 kedd"], None)[0]
    assert all(p.__class__ is not tuple for p in one + odd)
