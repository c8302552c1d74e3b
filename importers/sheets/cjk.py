"""Dates and clock times as Japanese, Chinese and Korean sheets write them, turned into the parts the
date and time readers know.

Dates: the year, month and day each followed by its unit ("2026年10月12日", "10月12日", "2026년 10월
12일"), a Japanese era year ("令和8年10月12日", "平成30年…", "元年" = the era's first year), the Korean
dotted form ("2026. 10. 12."), each with a weekday after it or not ("(月)", "（月）", "周一", "星期一",
"(월)", "월요일") and a clock time after it or not. Times: the hour and minute by their units ("14時30分",
"14时", "2点半", "9시 30분"), and the half of the day before the clock ("午後2:30", "下午2点半", "오후 2:30:00").
Full-width digits and signs are read as their ASCII forms (NFKC)."""
from __future__ import annotations

import re
import unicodedata

# the half of the day written before a clock time, and what it does to the hour: "am" keeps 1-11 (12 is
# midnight), "pm" adds 12 to 1-11, "noon" is about midday (12 stays, 1-2 are afternoon)
_HALVES = {"午前": "am", "上午": "am", "早上": "am", "早晨": "am", "凌晨": "am", "오전": "am", "새벽": "am",
           "午後": "pm", "下午": "pm", "晚上": "pm", "傍晚": "pm", "夜": "pm", "오후": "pm", "저녁": "pm", "밤": "pm",
           "中午": "noon", "正午": "noon", "낮": "noon"}
_HALF = "|".join(sorted(_HALVES, key=len, reverse=True))
_CLOCK = re.compile(r"^(?P<half>" + _HALF + r")?\s*(?P<h>\d{1,2})\s*(?:(?::\s*(?P<m>\d{2})(?::(?P<s>\d{2}))?)"
                    r"|(?:[時时点點시]\s*(?:(?P<half_m>半)|(?P<m2>\d{1,2})\s*[分분]?)?))\s*(?:[分분]\s*)?$")
# Japan's eras, and the Minguo calendar of Taiwan (民國115年 is 2026; importers/sheets/dates/minguo.py)
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867,
         "中華民國": 1911, "中华民国": 1911, "民國": 1911, "民国": 1911}
# a weekday right after a date: "(月)", "（月）", "(월)", "星期一", "周一", "月曜日", "월요일"
_WEEKDAY_AFTER = re.compile(r"^(?:[(（]\s*(?P<w1>[一二三四五六日天月火水木金土월화수목금토일])(?:曜日?|요일)?\s*[)）]"
                            r"|(?:星期|礼拜|禮拜|周|週)(?P<w2>[一二三四五六日天])"
                            r"|(?P<w3>[月火水木金土日])曜日?|(?P<w4>[월화수목금토일])요일)")
_CJK_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
             "月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5,
             "월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_UNITS = re.compile(r"^(?:(?P<era>" + "|".join(sorted(_ERAS, key=len, reverse=True)) + r")?\s*(?P<y>\d{1,4}|元)\s*[年년]\s*)?"
                    r"(?P<mo>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일号號]?(?P<rest>.*)$")
_DOTTED = re.compile(r"^(?P<y>\d{4})\.\s*(?P<mo>\d{1,2})\.\s*(?P<d>\d{1,2})\.?(?P<rest>(?:\s.*)?)$")
_SLASHED = re.compile(r"^(?P<y>\d{4})\s*[/\-]\s*(?P<mo>\d{1,2})\s*[/\-]\s*(?P<d>\d{1,2})(?P<rest>\s*\D.*)$")
# (and the weekdays written in brackets after a date: "2026/10/13(火)", "2026/10/13 (二)", "(화)")
_MARKS = re.compile(r"[年月日년월일号號時时点點시분分午曜星周週礼禮凌晨晚傍夜전후저밤낮新火水木金土一二三四五六天화수목금토"
                    r"\u3000\uff00-\uffef]")


def has_marks(text: str) -> bool:
    """True when the text may be an East Asian date or time (a unit, a half of the day, a weekday,
    a full-width form): the cheap test before the patterns."""
    return not text.isascii() and _MARKS.search(text) is not None


def korean_dotted(text: str) -> bool:
    """True for the Korean numeric form, a dot after each part and a space after each dot
    ("2026. 10. 12.", "2026. 10. 12. 오후 2:30:00")."""
    return text[:4].isdigit() and text[4:6] == ". " and _DOTTED.match(text) is not None


def narrow(text: str) -> str:
    """Full-width digits, colons and brackets as ASCII, the ideographic space as a space (NFKC)."""
    return unicodedata.normalize("NFKC", text) if not text.isascii() else text


def clock(text: str) -> tuple[int, int, int] | None:
    """(hour, minute, second) of a clock time written the East Asian way, else None."""
    m = _CLOCK.match(narrow(text).strip())
    if m is None:
        return None
    hour, second = int(m["h"]), int(m["s"] or 0)
    minute = 30 if m["half_m"] else int(m["m"] or m["m2"] or 0)
    half = _HALVES.get(m["half"] or "")
    if half == "am":
        if not 0 <= hour <= 12:
            return None
        hour = 0 if hour == 12 else hour
    elif half == "pm":  # "午後0時" is noon, as Japanese timetables write it ("午後0時30分": 12:30)
        if not 0 <= hour <= 12:
            return None
        hour = 12 if hour in (0, 12) else hour + 12
    elif half == "noon":
        if not 1 <= hour <= 12:
            return None
        hour = hour + 12 if hour < 6 else hour
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def date_parts(text: str) -> tuple[int | None, int, int, int | None, str] | None:
    """(year or None, month, day, weekday or None, what follows) of a date written the East Asian way,
    else None. The weekday (0 = Monday) is the one written after the date; what follows is a clock
    time or ""."""
    s = narrow(text).strip()
    m = _UNITS.match(s) or _DOTTED.match(s) or _SLASHED.match(s)
    if m is None:
        return None
    year = None
    y = m["y"]
    if y:
        era = m.groupdict().get("era")
        if era:
            year = _ERAS[era] + (1 if y == "元" else int(y))
        elif y == "元" or len(y) != 4:
            return None
        else:
            year = int(y)
    rest = m["rest"].strip()
    weekday = None
    w = _WEEKDAY_AFTER.match(rest)
    if w:
        weekday = _CJK_DAYS[w["w1"] or w["w2"] or w["w3"] or w["w4"]]
        rest = rest[w.end():].strip()
    if rest and clock(rest) is None and not re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", rest):
        return None
    return year, int(m["mo"]), int(m["d"]), weekday, rest
