"""Dates and clocks written the ways of South and South-East Asia, brought to the forms the Latin-script
readers know (called by scripts.date_text / clock_text):

- Thai months, full and short ("5 ตุลาคม 2569", "5 ต.ค. 69") and weekdays ("วันจันทร์ที่ 5 ..."), with the year
  counted in the Buddhist era (543 years ahead; a two-digit year after a Thai month is the era's too);
  Hindi, Nepali and Bengali months and weekdays ("5 अक्टूबर 2026", "৫ অক্টোবর ২০২৬": their digits are
  made ASCII before, whatever the script);
- Vietnamese "tháng 10" (month ten), "năm 2026" (year), "ngày 5" (day) and weekdays "Thứ Hai" … "Chủ Nhật";
- a four-digit year from 2400 to 2699 is the Buddhist era's, in any script ("05/10/2569"): no calendar of the
  Common Era plans that far ahead, and Thai, Lao and Cambodian sheets write their years so;
- clocks: Thai "14.00 น." (o'clock), Vietnamese "14g30" (giờ, the hour), Malay and Indonesian day parts
  ("2.30 petang", "10.00 pagi", "12.30 tengah hari", "7.00 malam", "3 sore") and their "at" ("pukul 14.00",
  "jam 14.00").
"""
from __future__ import annotations

import re
import unicodedata

_EN_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_EN_DAYS = "mon tue wed thu fri sat sun".split()
_MONTHS = {   # month number -> its names in Thai (full, short), Hindi, Nepali and Bengali
    1: "มกราคม ม.ค. जनवरी জানুয়ারি জানুয়ারী", 2: "กุมภาพันธ์ ก.พ. फ़रवरी फरवरी फेब्रुअरी ফেব্রুয়ারি ফেব্রুয়ারী",
    3: "มีนาคม มี.ค. मार्च মার্চ", 4: "เมษายน เม.ย. अप्रैल अप्रिल এপ্রিল", 5: "พฤษภาคม พ.ค. मई मे মে",
    6: "มิถุนายน มิ.ย. जून जुन জুন", 7: "กรกฎาคม ก.ค. जुलाई জুলাই", 8: "สิงหาคม ส.ค. अगस्त अगस्ट আগস্ট",
    9: "กันยายน ก.ย. सितंबर सितम्बर सेप्टेम्बर সেপ্টেম্বর", 10: "ตุลาคม ต.ค. अक्टूबर अक्तूबर अक्टोबर অক্টোবর",
    11: "พฤศจิกายน พ.ย. नवंबर नवम्बर नोभेम्बर নভেম্বর", 12: "ธันวาคม ธ.ค. दिसंबर दिसम्बर डिसेम्बर ডিসেম্বর",
}
_DAYS = {   # weekday (0 = Monday) -> Thai, Hindi, Nepali and Bengali names
    0: "จันทร์ จ. सोमवार सोमबार সোমবার", 1: "อังคาร อ. मंगलवार মঙ্গলবার", 2: "พุธ พ. बुधवार বুধবার",
    3: "พฤหัสบดี พฤหัส พฤ. गुरुवार बृहस्पतिवार बिहीबार বৃহস্পতিবার", 4: "ศุกร์ ศ. शुक्रवार শুক্রবার",
    5: "เสาร์ ส. शनिवार शनिबार শনিবার", 6: "อาทิตย์ อา. रविवार आइतबार রবিবার",
}
_THAI = re.compile(r"[\u0E00-\u0E7F]")
_NAMES = {unicodedata.normalize("NFC", w): _EN_MONTHS[n - 1] for n, ws in _MONTHS.items() for w in ws.split()}
_DAY_NAMES = {unicodedata.normalize("NFC", w): _EN_DAYS[n] for n, ws in _DAYS.items() for w in ws.split()}
_MONTH_RX = re.compile("|".join(re.escape(w) for w in sorted(_NAMES, key=len, reverse=True)))
# a Thai weekday stands before the day: "วันจันทร์ที่ 5", "(จ.) 5"; the short ones only so, being single letters
_DAY_RX = re.compile(r"(?:วัน)?(" + "|".join(re.escape(w) for w in sorted(_DAY_NAMES, key=len, reverse=True))
                     + r")(?:ที่)?(?=[\s,)]|\d|$)")
_THAI_SHORT_YEAR = re.compile(r"^(.*\b(?:" + "|".join(_EN_MONTHS) + r"))\s+(\d{2})(?!\d)(.*)$")
_BUDDHIST_YEAR = re.compile(r"(?<!\d)(2[4-6]\d\d)(?!\d)")
_VI_DAYS = {"hai": "mon", "ba": "tue", "tư": "wed", "tu": "wed", "năm": "thu", "sáu": "fri", "bảy": "sat"}
_VI_WEEKDAY = re.compile(r"\b(?:thứ\s+(hai|ba|tư|tu|năm|sáu|bảy)|chủ\s+nhật|cn)\b,?", re.I)
_VI_MONTH = re.compile(r"\btháng\s*(\d{1,2})\b,?", re.I)
_VI_YEAR = re.compile(r"\b(?:năm|ngày)\s+(?=\d)", re.I)
BUDDHIST_ERA = 543


def date_text(text: str) -> str:
    """A date cell with these scripts' month and weekday names as English short names, Vietnamese's
    "tháng 10" as "oct" and a Buddhist-era year as the Common Era's; other text as it is."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        thai = bool(_THAI.search(text))
        if thai or any("\u0900" <= ch <= "\u09FF" for ch in text):
            text = _MONTH_RX.sub(lambda m: f" {_NAMES[m.group(0)]} ", text)
            text = _DAY_RX.sub(lambda m: f" {_DAY_NAMES[m.group(1)]} ", text)
            text = " ".join(text.split())
            if thai and (m := _THAI_SHORT_YEAR.match(text)):   # "5 ต.ค. 69": the era's 2569
                text = f"{m.group(1)} {2500 + int(m.group(2)) - BUDDHIST_ERA}{m.group(3)}"
        if "th" in text.lower() or "cn" in text.lower() or "ng" in text.lower():
            text = _VI_WEEKDAY.sub(lambda m: _VI_DAYS.get((m.group(1) or "").lower(), "sun") + ",", text)
            text = _VI_MONTH.sub(lambda m: f" {_EN_MONTHS[int(m.group(1)) - 1]} " if 1 <= int(m.group(1)) <= 12
                                 else m.group(0), text)
            text = " ".join(_VI_YEAR.sub("", text).split())
    if "2" in text:
        text = _BUDDHIST_YEAR.sub(lambda m: str(int(m.group(1)) - BUDDHIST_ERA), text)
    return text


_DAY_PARTS = (   # Malay and Indonesian parts of the day after a clock: morning is am, the rest pm
    (re.compile(r"\s*\b(?:pagi|pg)\.?\s*$", re.I), " am"),
    (re.compile(r"\s*\b(?:tengah\s+hari|tgh\s+hari|siang|petang|ptg|sore|malam|mlm)\.?\s*$", re.I), " pm"),
)
_AT = re.compile(r"^\s*(?:pukul|jam|pkl\.?)\s+(?=\d)", re.I)
_THAI_OCLOCK = re.compile(r"\s*(?:น\.|นาฬิกา)\s*$")
_GIO = re.compile(r"^(\d{1,2})\s*g(?:iờ)?\s*(\d{2})?$", re.I)


def clock_text(text: str) -> str:
    """A clock with these languages' words for "at", "o'clock" and the part of the day as the time reader knows them."""
    text = _AT.sub("", text)
    if not text.isascii():
        text = _THAI_OCLOCK.sub("", text)
    low = text.lower()
    if (m := _GIO.match(low)) is not None:
        return f"{m.group(1)}:{m.group(2) or '00'}"
    if any(w in low for w in ("pag", "pg", "hari", "siang", "pet", "ptg", "sore", "mal", "mlm")):
        for rx, suffix in _DAY_PARTS:
            if rx.search(text):
                # "12.30 tengah hari" is half past noon: 12 pm; the dotted clock is read with a colon
                return re.sub(r"^(\d{1,2})\.(\d{2})", r"\1:\2", rx.sub("", text).strip()) + suffix
    return text
