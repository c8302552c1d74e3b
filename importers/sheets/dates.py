"""Date cells of one column -> ``(date, time | None)`` per cell.

The format of a column is decided once from the whole column: real dates,
Excel serial numbers, ISO text, numeric text day-first or month-first (decided
by any part above 12, else by the source's preference and flagged), month-name
text in English, German, French or Spanish, and year-less text such as
"Tue 4 Aug" (year taken from the column's other dates, or from the weekday).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from importers.sheets.mapping import fold
from importers.sheets.times import ALL_DAY, BAD_TIME, parse_time_text

EXCEL_EPOCH = date(1899, 12, 30)
SERIAL_MIN, SERIAL_MAX = 20000, 80000  # 1954 .. 2119: a number outside is not a date

BAD = object()  # a cell with text that is not a date

_MONTHS = {
    1: "jan january januar janner janv janvier enero ene gennaio",
    2: "feb february febr februar fevr fevrier fev febrero febbraio",
    3: "mar march marz maerz mrz mars marzo",
    4: "apr april avr avril abril abr aprile",
    5: "may mai mayo maggio",
    6: "jun june juni juin junio giugno",
    7: "jul july juli juillet juil julio luglio",
    8: "aug august aout agosto ago",
    9: "sep sept september septembre septiembre setiembre set settembre",
    10: "oct october okt oktober octobre octubre ottobre",
    11: "nov november novembre noviembre",
    12: "dec december dez dezember decembre diciembre dic dicembre",
}
MONTHS = {name: num for num, names in _MONTHS.items() for name in names.split()}
_WEEKDAYS = {
    0: "mon monday mo montag lun lundi lunes",
    1: "tue tues tuesday di dienstag mar mardi martes",
    2: "wed weds wednesday mi mittwoch mer mercredi mie miercoles",
    3: "thu thur thurs thursday do donnerstag jeu jeudi jue jueves",
    4: "fri friday fr freitag ven vendredi vie viernes",
    5: "sat saturday sa samstag sonnabend sam samedi sab sabado",
    6: "sun sunday so sonntag dim dimanche dom domingo",
}
WEEKDAYS = {name: num for num, names in _WEEKDAYS.items() for name in names.split()}
_FILLER = {"de", "del", "of", "the", "le", "den", "der", "am", "el", "st", "nd", "rd", "th", "er"}

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s,]+(.*))?$")
_WEEKDAY = r"(?:[^\W\d_]{2,12}\.?,?\s+)?"  # "Di, " / "Tue " before numeric text
_NUM = re.compile(r"^" + _WEEKDAY + r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:[T\s,]+(.*))?$")
_NUM_NOYEAR = re.compile(r"^" + _WEEKDAY + r"(\d{1,2})([./])(\d{1,2})\.?(?:[T\s,]+(.*))?$")
_TIME_IN_TEXT = re.compile(
    r"(\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d{1,2}h\d{2})\s*$", re.I)
_TOKENS = re.compile(r"[a-z]+|\d+")
# A date followed by a remark: "04.08.2026 (tbc)", "4 Aug 2026?", "2026-08-04 - tentative"
_NOTE = re.compile(r"^(.+?)\s*(?:\([^()\d]{1,40}\)|\?+|[-–,;]?\s*(?:tbc|tbd|tba|tentative|provisional|"
                   r"vorläufig|vorlaeufig|unbestätigt|provisoire|à confirmer|a confirmar)\.?)\s*$",
                   re.I)


@dataclass(slots=True)
class ColumnInfo:
    """What was decided about a date column, for warnings and settings."""

    day_first: bool | None = None
    ambiguous: bool = False  # numeric text whose order could not be decided
    guessed_year: bool = False
    weekday_mismatch: str = ""  # the first year-less date whose weekday fits no nearby year
    noted: str = ""  # the first date written with a note ("04.08.2026 (tbc)")


def _year2(y: int) -> int:
    return y + 2000 if y < 70 else (y + 1900 if y < 100 else y)


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
    m = _TIME_IN_TEXT.search(text)
    if m and not re.fullmatch(r"\d{1,2}", m.group(1).strip()):
        tpart = m.group(1)
        text = text[: m.start()]
    tokens = _TOKENS.findall(fold(text))
    month = day = year = weekday = None
    month_pos = day_pos = -1
    for pos, tok in enumerate(tokens):
        if tok.isdigit():
            val = int(tok)
            if len(tok) == 4 and year is None:
                year = val
            elif 1 <= val <= 31 and day is None:
                day, day_pos = val, pos
            elif year is None and len(tok) == 2 and day is not None:
                year = _year2(val)
            else:
                return None
        elif tok in MONTHS and month is None:
            month, month_pos = MONTHS[tok], pos
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


def _safe_date(y: int, m: int, d: int):
    try:
        return date(y, m, d)
    except ValueError:
        return BAD


def _year_for(month: int, day: int, weekday: int | None, ref_year: int | None) -> int | None:
    """The year of a year-less date: the reference year (the sheet's other dates, else
    this year), moved by one to match the weekday if one is given ("Fri 1 Jan" in a
    December sheet). A weekday that fits neither is a slip: the reference year stays."""
    base = ref_year or date.today().year
    if weekday is not None:
        for delta in (0, 1, -1):
            try:
                if date(base + delta, month, day).weekday() == weekday:
                    return base + delta
            except ValueError:
                continue
    return base


def order_from_header(header: str) -> bool | None:
    """"Date (DD/MM/YYYY)" says day-first, "Date (MM/DD)" month-first."""
    low = header.lower()
    if re.search(r"\bd{1,2}\W?m{1,2}", low) or "tt.mm" in low or "jj/mm" in low:
        return True
    if re.search(r"\bm{1,2}\W?d{1,2}", low):
        return False
    return None


def _classify(s: str) -> tuple:
    """One text cell -> (item, (a, b) of numeric text or None, dotted, year or None)."""
    if not s:
        return None, None, False, None
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
    m = _NUM_NOYEAR.match(s)
    if m and (m.group(2) == "." or m.group(4) is None):  # "Mo 03.08." / "03/08"
        a, b = int(m.group(1)), int(m.group(3))
        return ("num", a, b, None, m.group(4), s), (a, b), m.group(2) == ".", None
    if s.isascii() and s.replace(".", "", 1).isdigit():  # "²033" is a digit to str.isdigit, not to float
        return _from_cell(float(s)), None, False, None
    parts = _text_parts(s)
    if parts is None:
        return BAD, None, False, None
    return ("text",) + parts + (s,), None, False, parts[0]


def parse_date_column(values: list, day_first_default: bool | None, us_hint: bool = False,
                      decided: bool | None = None, year_hint: int | None = None):
    """Parse one column. Returns (parsed list, ColumnInfo); each parsed item is
    None (blank), BAD (not a date) or a tuple (date, time | None)."""
    info = ColumnInfo()
    types = {type(v) for v in values}
    types.discard(type(None))
    if types <= {date}:
        return [(v, None) if v is not None else None for v in values], info
    if types <= {date, datetime}:
        return [_from_cell(v) for v in values], info

    # Pass 1: classify cells (each distinct text once); collect evidence for the order and the year.
    numeric_pairs: set[tuple[int, int]] = set()
    dotted = False
    years: Counter = Counter()
    pre: list = []
    cache: dict[str, tuple] = {}
    for v in values:
        if v is None or v == "":
            pre.append(None)
            continue
        if v.__class__ is not str:
            item = _from_cell(v)
            if item.__class__ is tuple:
                years[item[0].year] += 1
            pre.append(item)
            continue
        hit = cache.get(v)
        if hit is None:
            text = v.strip()
            m = _NOTE.match(text)
            if m:  # a date with a remark: the date counts, the remark is said once in the notes
                hit = _classify(m.group(1))
                if hit[0] is BAD:
                    hit = _classify(text)
                else:
                    info.noted = info.noted or text
            else:
                hit = _classify(text)
            cache[v] = hit
        item, pair, dot, year = hit
        pre.append(item)
        if pair is not None:
            numeric_pairs.add(pair)
            dotted = dotted or dot
        if year is not None:
            years[year] += 1

    # Decide the order of numeric text once for the column.
    if numeric_pairs:
        first_big = any(a > 12 and b <= 12 for a, b in numeric_pairs)
        second_big = any(b > 12 and a <= 12 for a, b in numeric_pairs)
        if decided is not None:
            info.day_first = decided
        elif first_big and not second_big:
            info.day_first = True
        elif second_big and not first_big:
            info.day_first = False
        elif dotted:
            info.day_first = True
        else:
            info.ambiguous = not (first_big and second_big)
            if day_first_default is not None:
                info.day_first = day_first_default
            else:
                info.day_first = not us_hint
    ref_year = years.most_common(1)[0][0] if years else year_hint

    out = []
    resolved: dict[tuple, object] = {}
    for item in pre:
        if item is None or item is BAD or item[0].__class__ is not str:
            out.append(item)
            continue
        done = resolved.get(item)
        if done is not None:
            out.append(done)
            continue
        out.append(_resolve(item, info, ref_year))
        resolved[item] = out[-1]
    return out, info


def _resolve(item: tuple, info: ColumnInfo, ref_year: int | None):
    """A classified text date -> (date, time | None) or BAD, with the column's decisions."""
    if item[0] == "num":
        _, a, b, y, rest, _s = item
        if y is None:
            info.guessed_year = True
            y = _year_for(b if info.day_first else a, a if info.day_first else b, None, ref_year)
            if y is None:
                return BAD
        d = _safe_date(y, b, a) if info.day_first else _safe_date(y, a, b)
        if d is BAD:  # a column mixing orders: take the reading that exists
            d = _safe_date(y, a, b) if info.day_first else _safe_date(y, b, a)
        t = _split_time(rest)
        return BAD if d is BAD or t is BAD else (d, t)
    _, y, mo, dd, wd, t, _md, text = item
    if y is None:
        info.guessed_year = True
        y = _year_for(mo, dd, wd, ref_year)
        if y is None:
            return BAD
    d = _safe_date(y, mo, dd)
    if d is not BAD and wd is not None and d.weekday() != wd and not info.weekday_mismatch:
        info.weekday_mismatch = text
    return BAD if d is BAD else (d, t)


def _from_cell(v):
    """A non-text cell: a real date, date-time or Excel serial number."""
    if isinstance(v, datetime):
        if v.hour == v.minute == v.second == v.microsecond == 0:
            return (v.date(), None)
        return (v.date(), v.time().replace(microsecond=0))
    if isinstance(v, date):
        return (v, None)
    if isinstance(v, bool):
        return BAD
    if isinstance(v, (int, float)):
        if 19000101 <= v <= 21001231 and v == int(v):  # 20260804: a date written as yyyymmdd
            y, md = divmod(int(v), 10000)
            d = _safe_date(y, md // 100, md % 100)
            return BAD if d is BAD else (d, None)
        if SERIAL_MIN <= v < SERIAL_MAX:
            days = int(v)
            frac = v - days
            d = EXCEL_EPOCH + timedelta(days=days)
            if frac <= 1e-9:
                return (d, None)
            secs = int(round(frac * 86400))
            if secs >= 86400:
                return (d + timedelta(days=1), None)
            return (d, time(secs // 3600, secs % 3600 // 60, secs % 60))
        return BAD
    return BAD


def suggests_month_first(values: list) -> bool:
    """True when month-name text is written month first ("Aug 4, 2026"): a US habit."""
    for v in values[:200]:
        if isinstance(v, str) and v.strip():
            parts = _text_parts(v.strip()) if not _NUM.match(v.strip()) else None
            if parts is not None:
                return bool(parts[5])
    return False
