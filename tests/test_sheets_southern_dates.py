"""Dates, clocks, headers, networks and encodings as South and South-East Asian and East African teams write
them (holdout 11's habits; importers/southern_dates.py, scripts.py, dates/words.py, sheets/southern_headers.py,
channels.py, sheets/encodings.py). Each rule is drawn at random from pools: the day, the month, the clock, the
script of the digits, the language."""
from __future__ import annotations

import random
from datetime import date, time

import pytest

from importers.channels import known_channel
from importers.sheets.dates import parse_date_column
from importers.sheets.encodings import code_page
from importers.sheets.mapping import match
from importers.sheets.times import parse_time_text

SEEDS = range(8)
THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
               "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
THAI_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
HINDI = {1: "जनवरी", 3: "मार्च", 8: "अगस्त", 10: "अक्टूबर", 11: "नवंबर", 12: "दिसंबर"}
BENGALI = {1: "জানুয়ারি", 3: "মার্চ", 8: "আগস্ট", 10: "অক্টোবর", 11: "নভেম্বর", 12: "ডিসেম্বর"}
DIGITS = {"latin": "0123456789", "thai": "๐๑๒๓๔๕๖๗๘๙", "devanagari": "०१२३४५६७८९", "bengali": "০১২৩৪৫৬৭৮৯"}
LATIN_MONTHS = {   # Indonesian, Malay, Swahili
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"],
}
LATIN_DAYS = {"id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"], "ms": ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat"],
              "sw": ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa"]}
VI_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]


def _digits(s: str, script: str) -> str:
    return s.translate(str.maketrans("0123456789", DIGITS[script]))


def _weekdays(rnd, n=4, year=None):
    """Distinct weekdays of one year (day > 12 among them, as a real column has)."""
    year = year or rnd.choice([2025, 2026, 2027])
    out = set()
    while len(out) < n:
        d = date(year, rnd.randint(1, 12), rnd.randint(1, 28))
        if d.weekday() < 5:
            out.add(d)
    return sorted(out) + [date(year, 10, 20)]


def _read(cells):
    parsed, _ = parse_date_column(cells, None)
    return [p[0] if isinstance(p, tuple) else p for p in parsed]


@pytest.mark.parametrize("seed", SEEDS)
def test_thai_dates_in_the_buddhist_era(seed):
    rnd = random.Random(seed)
    days = _weekdays(rnd)
    form = rnd.choice(["full", "short", "short-2", "slash"])
    script = rnd.choice(["latin", "thai"])
    cells = []
    for d in days:
        be = d.year + 543
        text = {"full": f"{d.day} {THAI_MONTHS[d.month - 1]} {be}", "short": f"{d.day} {THAI_SHORT[d.month - 1]} {be}",
                "short-2": f"{d.day} {THAI_SHORT[d.month - 1]} {be % 100}", "slash": f"{d.day:02d}/{d.month:02d}/{be}"}[form]
        cells.append(_digits(text, script))
    assert _read(cells) == days, cells


@pytest.mark.parametrize("seed", SEEDS)
def test_hindi_and_bengali_months_in_their_digits(seed):
    rnd = random.Random(seed)
    lang = rnd.choice(["hi", "bn"])
    months = HINDI if lang == "hi" else BENGALI
    script = rnd.choice(["latin", "devanagari" if lang == "hi" else "bengali"])
    days = [d for d in _weekdays(rnd, 8) if d.month in months] or [date(2026, 10, 20)]
    cells = [_digits(f"{d.day} ", script) + months[d.month] + _digits(f" {d.year}", script) for d in days]
    assert _read(cells) == days, cells
    numeric = [_digits(f"{d.day:02d}/{d.month:02d}/{d.year}", script) for d in days] + ["13/10/2026"]
    assert _read(numeric)[:-1] == days


@pytest.mark.parametrize("seed", SEEDS)
def test_vietnamese_dates(seed):
    rnd = random.Random(seed)
    days = _weekdays(rnd)
    form = rnd.choice(["thu", "thang", "ngay"])
    cells = [{"thu": f"{VI_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}",
              "thang": f"{d.day} tháng {d.month} năm {d.year}",
              "ngay": f"ngày {d.day} tháng {d.month}, {d.year}"}[form] for d in days]
    assert _read(cells) == days, cells


@pytest.mark.parametrize("seed", SEEDS)
def test_indonesian_malay_and_swahili_dates(seed):
    rnd = random.Random(seed)
    lang = rnd.choice(list(LATIN_MONTHS))
    days = _weekdays(rnd)
    weekday = rnd.random() < 0.6
    cells = [(f"{LATIN_DAYS[lang][d.weekday()]}, " if weekday else "") + f"{d.day} {LATIN_MONTHS[lang][d.month - 1]} {d.year}"
             for d in days]
    assert _read(cells) == days, cells


@pytest.mark.parametrize("seed", SEEDS)
def test_clocks_of_the_region(seed):
    rnd = random.Random(seed)
    for _ in range(10):
        h, m = rnd.randint(0, 23), rnd.choice([0, 15, 30, 45])
        part = "pagi" if h < 12 else "tengah hari" if h == 12 else "petang" if h < 19 else "malam"
        h12 = h % 12 or 12
        forms = [f"{h:02d}.{m:02d} น.", _digits(f"{h:02d}.{m:02d} น.", "thai"), f"{h}g{m:02d}", f"pukul {h:02d}.{m:02d}",
                 f"jam {h:02d}.{m:02d}", _digits(f"{h:02d}:{m:02d}", rnd.choice(["bengali", "devanagari"]))]
        if h >= 1:   # "12.30 tengah hari" is half past noon, "10.00 pagi" ten in the morning
            forms.append(f"{h12}.{m:02d} {part}")
        text = rnd.choice(forms)
        assert parse_time_text(text) == (time(h, m), None), text


def test_a_four_digit_year_of_the_buddhist_era_is_read_without_thai_words():
    assert _read(["05/10/2569", "20/10/2569"]) == [date(2026, 10, 5), date(2026, 10, 20)]
    assert _read(["2569-10-05"]) == [date(2026, 10, 5)]


@pytest.mark.parametrize("header,field", [
    ("วันที่", "date"), ("เวลา", "time"), ("ช่องทาง", "channel"), ("หัวข้อ", "title"), ("ผู้รับผิดชอบ", "owner"), ("สถานะ", "status"),
    ("Ngày đăng", "date"), ("Giờ", "time"), ("Kênh", "channel"), ("Tiêu đề", "title"), ("Người phụ trách", "owner"),
    ("Tanggal", "date"), ("Waktu", "time"), ("Judul Konten", "title"), ("PIC", "owner"), ("Tarikh", "date"), ("Masa", "time"),
    ("Tajuk", "title"), ("दिनांक", "date"), ("समय", "time"), ("विषय", "title"), ("ज़िम्मेदार", "owner"), ("তারিখ", "date"),
    ("সময়", "time"), ("মাধ্যম", "channel"), ("বিষয়", "title"), ("দায়িত্বপ্রাপ্ত", "owner"), ("Tarehe", "date"), ("Saa", "time"),
    ("Jukwaa", "channel"), ("Kichwa", "title"), ("Mhusika", "owner"), ("Hali", "status"),
])
def test_header_words_of_the_region(header, field):
    assert match(header)[0] == field, header


@pytest.mark.parametrize("seed", SEEDS)
def test_networks_written_together_with_their_kind_of_page(seed):
    rnd = random.Random(seed)
    network = rnd.choice(["Instagram", "Facebook", "LinkedIn", "TikTok", "YouTube"])
    kind = rnd.choice(["BUSINESS", "PAGE", "COMPANY", "CHANNEL", "PROFILE", "COMPANYPAGE"])
    word = (network + kind).upper() if rnd.random() < 0.5 else network.lower() + kind.lower()
    assert known_channel(word, True) == network, word
    assert known_channel(network.upper() + "ERS", True) is None   # a word that only starts with the name


@pytest.mark.parametrize("seed", SEEDS)
def test_thai_and_vietnamese_code_pages_by_content(seed):
    from tests.holdout11.common import cp1258

    rnd = random.Random(seed)
    thai = ["วันที่,เวลา,ช่องทาง,หัวข้อ,ผู้รับผิดชอบ,สถานะ"] + [
        f"{rnd.randint(1, 28)} ต.ค. 2569,{rnd.randint(8, 20)}:00,Facebook,{rnd.choice(['เคล็ดลับแพ็กของ', 'ภาพประจำสัปดาห์', 'ถาม-ตอบกับทีมขาย'])},"
        f"Somchai Wongsakul,{rnd.choice(['วางแผนแล้ว', 'ร่าง'])}" for _ in range(rnd.randint(3, 9))]
    assert code_page("\r\n".join(thai).encode("cp874")) == "cp874"
    vi = ["Ngày đăng,Giờ,Kênh,Tiêu đề,Người phụ trách,Trạng thái"] + [
        f"{rnd.choice(VI_DAYS)}, {rnd.randint(1, 28):02d}/10/2026,{rnd.randint(8, 20)}g00,Zalo OA,"
        f"{rnd.choice(['Mẹo đóng gói hàng an toàn', 'Hậu trường kho hàng', 'Tuyển dụng: nhân viên kho'])},Nguyễn Thị Lan,Đã lên lịch"
        for _ in range(rnd.randint(3, 9))]
    assert code_page(cp1258("\r\n".join(vi))) == "cp1258"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_regions_words_for_cancelled(seed):
    from importers.statuses import is_cancelled

    rnd = random.Random(seed)
    word = rnd.choice(["ยกเลิก", "Đã hủy", "Đã huỷ", "Batal", "Dibatalkan", "रद्द", "বাতিল", "Imeghairiwa", "Imefutwa"])
    written = rnd.choice([word, word.upper(), word.lower(), f" {word} "])
    assert is_cancelled(written), written
    assert not is_cancelled(rnd.choice(["วางแผนแล้ว", "Đã lên lịch", "Terjadwal", "Dijadualkan", "नियोजित", "পরিকল্পিত", "Imepangwa"]))
