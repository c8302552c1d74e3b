"""What Sunda Lintas's file writers share: digits of four scripts, month and weekday names as each office
writes them, the post's local time, e-mail addresses, the encodings of Windows' old code pages."""
from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Post

DOMAIN = "sundalintas.example"
DIGITS = {"thai": "๐๑๒๓๔๕๖๗๘๙", "devanagari": "०१२३४५६७८९", "bengali": "০১২৩৪৫৬৭৮৯"}
MONTHS = {   # October, November
    "th": ("ตุลาคม", "พฤศจิกายน"), "th-short": ("ต.ค.", "พ.ย."), "id": ("Oktober", "November"), "id-short": ("Okt", "Nov"),
    "ms": ("Oktober", "November"), "ms-short": ("Okt", "Nov"), "hi": ("अक्टूबर", "नवंबर"), "bn": ("অক্টোবর", "নভেম্বর"),
    "sw": ("Oktoba", "Novemba"), "en-short": ("Oct", "Nov"),
}
WEEKDAYS = {   # Monday..Friday
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"], "ms": ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat"],
    "vi": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"], "sw": ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa"],
}
STATUS = {"th": ("วางแผนแล้ว", "ร่าง", "ยกเลิก"), "id": ("Terjadwal", "Draf", "Batal"), "vi": ("Đã lên lịch", "Bản nháp", "Đã hủy"),
          "en": ("Scheduled", "Draft", "Cancelled"), "ms": ("Dijadualkan", "Draf", "Dibatalkan"),
          "hi": ("नियोजित", "ड्राफ्ट", "रद्द"), "bn": ("পরিকল্পিত", "খসড়া", "বাতিল"), "sw": ("Imepangwa", "Rasimu", "Imeghairiwa")}


def digits(s: str, script: str | None) -> str:
    if not script or script == "latin":
        return s
    return s.translate(str.maketrans("0123456789", DIGITS[script]))


def ascii_name(name: str) -> str:
    """A name as another office's keyboard writes it: no diacritics (Nguyễn Thị Lan -> Nguyen Thi Lan)."""
    s = name.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def email(name: str) -> str:
    parts = ascii_name(name).lower().split()
    return f"{parts[0]}.{''.join(parts[1:])}@{DOMAIN}"


def status(lang: str, p: Post) -> str:
    return STATUS[lang][("planned", "draft", "cancelled").index(p.status)]


def zone(dept: str) -> ZoneInfo:
    from tests.holdout11.company import ZONE
    return ZoneInfo(ZONE[dept])


def local(p: Post) -> datetime:
    return p.start.astimezone(zone(p.dept))


def day(p: Post) -> date:
    return p.day if p.all_day else local(p).date()


def ordered(posts):
    return sorted(posts, key=lambda p: (day(p), local(p).time() if p.start else datetime.min.time(), p.pid))


def live(posts):
    return [p for p in posts if p.status != "cancelled"]


def end(p: Post, default=30) -> datetime:
    return (p.end or p.start + timedelta(minutes=default)).astimezone(zone(p.dept))


def month(key: str, d: date) -> str:
    return MONTHS[key][d.month - 10]


def weekday(lang: str, d: date) -> str:
    return WEEKDAYS[lang][d.weekday()]


def h12(t: datetime, fmt="{h}:{m:02d} {ap}") -> str:
    h = t.hour % 12 or 12
    return fmt.format(h=h, hh=f"{h:02d}", m=t.minute, ap="AM" if t.hour < 12 else "PM", ap_l="am" if t.hour < 12 else "pm")


def to_csv(rows, delimiter=",", lineterminator="\r\n") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    return buf.getvalue()


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: the letters with a horn, breve or circumflex are one byte,
    the five tone marks follow them as combining bytes (Python's codec maps no precomposed toned letter)."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(x for x in parts if x not in _TONES))
        out.append((base + "".join(x for x in parts if x in _TONES)).encode("cp1258"))
    return b"".join(out)
