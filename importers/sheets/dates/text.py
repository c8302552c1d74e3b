"""One date written as text -> a classified item (ISO, numeric day/month, month-name text)."""
from __future__ import annotations

import re
from datetime import timedelta, timezone

from importers import scripts
from importers.sheets import cjk
from importers.sheets.dates import minguo
from importers.sheets.dates.cells import BAD, _from_cell, _safe_date, _year2
from importers.sheets.dates.words import _FILLER, _TOKENS, MONTHS, WEEKDAYS
from importers.sheets.mapping import fold
from importers.sheets.times import ALL_DAY, BAD_TIME, parse_time_text
from importers.sheets.cell_zones import closing_zone

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s,]+(.*))?$")
_WEEKDAY = r"(?:[^\W\d_]{2,12}\.?,?\s+)?"  # "Di, " / "Tue " before numeric text
_NUM = re.compile(r"^" + _WEEKDAY + r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:[T\s,]+(.*))?$")
_NUM_NOYEAR = re.compile(r"^" + _WEEKDAY + r"(\d{1,2})([./])(\d{1,2})\.?(?:[T\s,]+(.*))?$")
# "maandag 12-10", "Mon 12-10": a dash between day and month only after a weekday (alone, "12-10" may
# be a range or a score)
_WEEKDAY_DASHED = re.compile(r"^([^\W\d_]{2,12})\.?,?\s+(\d{1,2})-(\d{1,2})(?:[T\s,]+(.*))?$")
_TIME_IN_TEXT = re.compile(
    # "7:30 am", and Spanish's "7:30 a. m." (a space, in CLDR's Spanish a no-break one, inside the half of the day)
    r"(\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?\s?m\.?|\s*hs\.?|\s*h|\s*uhr)?|\d{1,2}\s*[ap]\.?\s?m\.?|\b\d{1,2}\s?h(?:\s?\d{2})?)\s*$", re.I)  # "14h30", French-Canadian "14 h 30", "10 h\"


# A date followed by a remark: "04.08.2026 (tbc)", "4 Aug 2026?", "2026-08-04 - tentative"
_NOTE = re.compile(r"^(.+?)\s*(?:\([^()\d]{1,40}\)|\?+|[-–,;]?\s*(?:tbc|tbd|tba|tentative|provisional|"
                   r"vorläufig|vorlaeufig|unbestätigt|provisoire|à confirmer|a confirmar)\.?)\s*$",
                   re.I)


_OFFSET = re.compile(r"(?:Z|([+-])(\d{2}):?(\d{2}))$")


def _split_time(rest: str | None):
    """The time part after a date in one cell; BAD when it is not a time.
    An explicit offset ("Z", "+02:00") gives an aware time."""
    if not rest:
        return None
    rest = rest.strip()
    m = _OFFSET.search(rest) if rest[-1:] in "Z0123456789" and len(rest) > 5 else None
    if m and re.search(r"\d{1,2}:\d{2}", rest[: m.start()]):
        parsed = parse_time_text(rest[: m.start()])
        if parsed is None or parsed is BAD_TIME or parsed is ALL_DAY:
            return BAD
        if m.group(1):
            minutes = int(m.group(2)) * 60 + int(m.group(3))
            if minutes >= 24 * 60:  # "+99:00" is no offset (found by tests/test_fuzz.py)
                return BAD
            offset = timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))
        else:
            offset = timezone.utc
        return parsed[0].replace(tzinfo=offset)
    parsed = parse_time_text(rest)
    if parsed is None or parsed is BAD_TIME:
        return BAD
    return parsed[0]


def _text_parts(text: str):
    """Month-name text -> (year|None, month, day, weekday|None, time|None), or None."""
    tpart = None
    m = _TIME_IN_TEXT.search(text) or _dotted_time(text)
    if m and not re.fullmatch(r"\d{1,2}", m.group(1).strip()):
        tpart = m.group(1)
        text = text[: m.start()]
    tokens = _TOKENS.findall(fold(text))
    if tpart:  # the language's "at" between the date and its time: "ore", "à", "a las", "às", "alle", "om"
        k = 0
        while k < 2 and len(tokens) > k + 2 and _joining_word(tokens[-1 - k]):
            k += 1
        tokens = tokens[: len(tokens) - k]
    month = day = year = weekday = None
    month_pos = day_pos = -1
    month_tok = ""
    for pos, tok in enumerate(tokens):
        if tok.isdigit():
            val = int(tok)
            if len(tok) == 4 and year is None:
                year = val
            elif 1 <= val <= 31 and day is None:
                day, day_pos = val, pos
            elif year is None and len(tok) == 2 and day is not None and month is not None:
                year = _year2(val)  # "12 Oct 26"; not the second day of "14.–16. okt." (a span)
            else:
                return None
        elif tok in MONTHS and month is None:
            month, month_pos, month_tok = MONTHS[tok], pos, tok
        elif tok in MONTHS and weekday is None and month_tok in WEEKDAYS:
            # a second month name: the first was the weekday it also spells ("mar 22 dic": martes)
            weekday, month, month_pos, month_tok = WEEKDAYS[month_tok], MONTHS[tok], pos, tok
        elif tok in WEEKDAYS and weekday is None and tok not in MONTHS:
            weekday = WEEKDAYS[tok]
        elif tok in WEEKDAYS and month is not None and weekday is None:
            weekday = WEEKDAYS[tok]
        elif tok in _FILLER:
            continue
        else:
            return None
    if month is None or day is None:
        return None
    t = None
    if tpart:
        parsed = parse_time_text(tpart)
        if parsed is None or parsed is BAD_TIME:
            return None
        t = parsed[0]
    return year, month, day, weekday, t, month_pos < day_pos


# "14.30" after a year or a word ("12 ottobre 2026 14.30", "… ore 14.30"): a time; alone it may be a date
_DOTTED_TIME = re.compile(r"(?:(?<=\d{4})|(?<=[^\W\d_]))\s+(\d{1,2}\.\d{2})\s*$")


def _dotted_time(text: str):
    m = _DOTTED_TIME.search(text)
    if m is None or int(m.group(1).split(".")[0]) > 23 or int(m.group(1).split(".")[1]) > 59:
        return None
    return m


def _joining_word(tok: str) -> bool:
    """A short word that is no part of a date (not a month, weekday or number): one that joins a time."""
    return tok.isalpha() and len(tok) <= 5 and tok not in MONTHS and tok not in WEEKDAYS


def yearless_numeric(s: str) -> tuple[int, int, bool, str | None] | None:
    """A numeric date without its year -> (first number, second number, dotted, what follows),
    else None: "Mo 03.08.", "03/08", "maandag 12-10"."""
    m = _NUM_NOYEAR.match(s)
    if m and (m.group(2) == "." or m.group(4) is None):
        return int(m.group(1)), int(m.group(3)), m.group(2) == ".", m.group(4)
    m = _WEEKDAY_DASHED.match(s) if "-" in s else None
    if m and fold(m.group(1)).casefold() in WEEKDAYS:
        return int(m.group(2)), int(m.group(3)), False, m.group(4)
    return None


# After a date and time, the offset it was written in, as calendar and database exports say it:
# "(GMT+3)", "GMT+02:00", "(UTC-5)", "UTC" (Notion, Outlook web, Jira)
_WRITTEN_OFFSET = re.compile(r"\s*\(?\b(?:GMT|UTC)(?:\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?)?\)?\s*$", re.I)
# a start with its end after an arrow: "October 12, 2026 7:30 AM → 8:00 AM" (Notion's ranges)
_ARROW_END = re.compile(r"\s*(?:→|->|⟶)\s*\S.*$")


def _classify(s: str) -> tuple:
    """One text cell -> (item, (a, b) of numeric text or None, dotted, year or None)."""
    if not s:
        return None, None, False, None
    zone = _WRITTEN_OFFSET.search(s) if ("GMT" in s or "UTC" in s or "gmt" in s or "utc" in s) else None
    if zone is not None and re.search(r"\d:\d{2}", s[: zone.start()]):
        minutes = int(zone.group(2) or 0) * 60 + int(zone.group(3) or 0)
        if minutes >= 24 * 60:
            return BAD, None, False, None
        offset = timezone(timedelta(minutes=-minutes if zone.group(1) in ("-", "\u2212") else minutes))
        return _with_offset(_classify(s[: zone.start()]), offset)
    if s[-1:].isupper() and (tail := closing_zone(s)):  # "13 Oct 2026 7:45 am AEDT": the row's zone (rows.py)
        return _classify(s[:tail].rstrip(" ([").rstrip())
    if "→" in s or "->" in s or "⟶" in s:
        start = _ARROW_END.sub("", s)
        if start != s and start:
            return _classify(start)
    return _classify_one(s)


def _with_offset(hit: tuple, offset: timezone) -> tuple:
    """A classified date with a time written in a stated offset: the time is made aware."""
    item = hit[0]
    if item is None or item is BAD:
        return hit
    if item[0] == "num":
        _, a, b, y, rest, text = item
        if not rest:
            return hit
        sign = "-" if offset.utcoffset(None) < timedelta(0) else "+"
        total = abs(int(offset.utcoffset(None).total_seconds() // 60))
        return (("num", a, b, y, f"{rest.strip()}{sign}{total // 60:02d}:{total % 60:02d}", text),) + hit[1:]
    if item[0] == "text":
        t = item[5]
        if t is None or t.tzinfo is not None:
            return hit
        return (item[:5] + (t.replace(tzinfo=offset),) + item[6:],) + hit[1:]
    d, t = item
    if t is None or t.tzinfo is not None:
        return hit
    return ((d, t.replace(tzinfo=offset)),) + hit[1:]


def _east_asian(s: str) -> tuple | None:
    """A date written the Japanese, Chinese or Korean way ("2026年10月12日(月)", "10月12日 星期一",
    "令和8年10月12日", "2026. 10. 12. 오후 2:30:00"), classified; None when it is not one."""
    parts = cjk.date_parts(s)
    if parts is None:
        return None
    year, month, day, weekday, rest = parts
    t = None
    if rest:
        parsed = parse_time_text(rest)
        if parsed is None or parsed is BAD_TIME or parsed is ALL_DAY:
            return BAD, None, False, None
        t = parsed[0]
    if year is None:
        return ("text", None, month, day, weekday, t, True, s), None, False, None
    d = _safe_date(year, month, day)
    if d is BAD:
        return BAD, None, False, None
    return (d, t), None, False, year


def _classify_one(s: str) -> tuple:
    s = scripts.date_text(s)
    if cjk.has_marks(s) or cjk.korean_dotted(s):
        hit = _east_asian(s)
        if hit is not None:
            return hit
    if s[:1] in "1中民" and (roc := minguo.numeric_parts(s)) is not None:  # "115/10/13": Taiwan's 2026-10-13
        year, month, day, rest = roc
        return _classify_one(f"{year:04d}/{month:02d}/{day:02d}" + (f" {rest}" if rest else ""))
    m = _ISO.match(s)
    if m:
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        t = _split_time(m.group(4))
        if d is BAD or t is BAD:
            return BAD, None, False, None
        return (d, t), None, False, d.year
    m = _NUM.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(3)), _year2(int(m.group(4)))
        return ("num", a, b, y, m.group(5), s), (a, b), m.group(2) == ".", y
    found = yearless_numeric(s)
    if found is not None:  # "Mo 03.08." / "03/08" / "maandag 12-10"
        a, b, dotted, rest = found
        return ("num", a, b, None, rest, s), (a, b), dotted, None
    if s.isascii() and s.replace(".", "", 1).isdigit():  # "²033" is a digit to str.isdigit, not to float
        return _from_cell(float(s)), None, False, None
    parts = _text_parts(s)
    if parts is None:
        return BAD, None, False, None
    return ("text",) + parts + (s,), None, False, parts[0]


MAX_DATE_TEXT = 160  # longer cells are never read as dates ("Tuesday, 4 August 2026, 10:00 (tbc …)" fits)
