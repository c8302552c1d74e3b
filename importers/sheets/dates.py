"""Date cells of one column -> ``(date, time | None)`` per cell.

The format of a column is decided once from the whole column: real dates,
Excel serial numbers, ISO text, numeric text day-first or month-first (decided
by any part above 12, else by the source's preference and flagged), month-name
text in English, German, French or Spanish, and year-less text such as
"Tue 4 Aug". The year of a year-less date comes from its weekday when the
weekdays pin one, else from the file's other dates (or a year the file names),
else it is the next occurrence after the file was last modified; ColumnInfo
says which. A constant label before every value ("DATE:20180101") is dropped.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable

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


@dataclass(frozen=True, slots=True)
class YearHint:
    """Where a year-less date may take its year from, beyond its own column:
    a year the sheet or file names (``year``, said in ``said``) and the day the
    file was last modified (``after``: a date is its next occurrence after it)."""

    year: int | None = None
    said: str = ""  # "the sheet name", "the file's text"...
    after: date | None = None
    find: "Callable[[], tuple[int | None, str]] | None" = None  # a costlier search, run only when needed


YEAR_FROM = {
    "weekday": "from the weekday names, which fit only that year",
    "dates": "from the file's other dates",
    "modified": "as the next occurrence after the file was last modified",
}


@dataclass(slots=True)
class ColumnInfo:
    """What was decided about a date column, for warnings and settings."""

    day_first: bool | None = None
    ambiguous: bool = False  # numeric text whose order could not be decided
    guessed_year: bool = False
    year_from: str = ""  # "weekday", "dates", "named" or "modified": how year-less dates got their year
    year_said: str = ""  # for "named": where the year was written
    year_named: int | None = None  # for "named": the year
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
    """The year of a year-less date: the reference year, moved by one to match the
    weekday if one is given ("Fri 1 Jan" in a December sheet). A weekday that fits
    neither is a slip: the reference year stays."""
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


def _label_prefix(values: list) -> str:
    """A label every text value starts with ("DATE:" in "DATE:20180101"), or ""."""
    texts = {v.strip() for v in values[:2000] if v.__class__ is str and v.strip()}
    if len(texts) < 2 or any(v is not None and v != "" and v.__class__ is not str for v in values[:2000]):
        return ""
    first = min(texts)
    last = max(texts)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    m = re.match(r"^[^\W\d_]{1,12}\s*[:=#]\s*", first[:n])
    return m.group(0) if m else ""


def _drop_label(values: list) -> list:
    prefix = _label_prefix(values)
    if not prefix:
        return values
    cut = len(prefix)
    return [v.strip()[cut:] if v.__class__ is str and v.strip() else v for v in values]


def _midnight_only(out: list) -> list:
    """A text column whose every time is 00:00 holds dates: the midnight is the
    tool's filler ("1991-03-30 00:00:00"), as for date cells."""
    timed = [p for p in out if p.__class__ is tuple and p[1] is not None]
    if not timed or any(p[1].tzinfo is not None or p[1] != time(0, 0) for p in timed):
        return out
    return [(p[0], None) if p.__class__ is tuple else p for p in out]


_MMDD = re.compile(r"^\s*(\d{1,2})(\d{2})\s*$")


def _compact_month_days(values: list) -> dict[str, tuple]:
    """A text column of three- or four-digit month-days ("1126" = 26 Nov) with no
    year: pre-classified cells, or {} when the column is not all written that way
    (clock times "0930" or counts are not: their days run past 31 or hit 00)."""
    texts = {v for v in values if v.__class__ is str and v.strip()}
    if len(texts) < 2 or any(v is not None and v != "" and v.__class__ is not str for v in values):
        return {}
    out = {}
    for v in texts:
        m = _MMDD.match(v)
        if not m:
            return {}
        month, day = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return {}
        out[v] = (("text", None, month, day, None, None, True, v.strip()), None, False, None)
    days = sorted((m, d) for (_, _, m, d, *_rest), *_ in out.values())
    if len({m for m, _ in days}) > 4:
        return {}  # month-days of a programme or season cluster in a few months
    return out


def _hint_parts(year_hint, search: bool) -> tuple[int | None, str, date | None]:
    if isinstance(year_hint, YearHint):
        if year_hint.year is None and search and year_hint.find is not None:
            return (*year_hint.find(), year_hint.after)
        return year_hint.year, year_hint.said, year_hint.after
    return year_hint, "", None


MAX_DATE_TEXT = 160  # longer cells are never read as dates ("Tuesday, 4 August 2026, 10:00 (tbc …)" fits)


def parse_date_column(values: list, day_first_default: bool | None, us_hint: bool = False,
                      decided: bool | None = None, year_hint: "int | YearHint | None" = None):
    """Parse one column. Returns (parsed list, ColumnInfo); each parsed item is
    None (blank), BAD (not a date) or a tuple (date, time | None)."""
    info = ColumnInfo()
    types = {type(v) for v in values}
    types.discard(type(None))
    if types <= {date}:
        return [(v, None) if v is not None else None for v in values], info
    if types <= {date, datetime}:
        return [_from_cell(v) for v in values], info
    values = _drop_label(values)
    compact = _compact_month_days(values)

    # Pass 1: classify cells (each distinct text once); collect evidence for the order and the year.
    numeric_pairs: set[tuple[int, int]] = set()
    dotted = False
    years: Counter = Counter()
    pre: list = []
    cache: dict[str, tuple] = compact
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
        if hit is None and len(v) > MAX_DATE_TEXT:  # a paragraph is no date: spare the patterns its length
            hit = cache[v] = (BAD, None, False, None)
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
    yearless = [item for item in pre if item.__class__ is tuple and item[0].__class__ is str
                and item[3 if item[0] == "num" else 1] is None]
    named_year, said, after = _hint_parts(year_hint, bool(yearless) and not years)
    ref_year = years.most_common(1)[0][0] if years else named_year
    pinned = None
    if yearless:
        if years:
            info.year_from = "dates"
        elif named_year is not None:
            info.year_from, info.year_said, info.year_named = "named", said, named_year
        else:
            pinned = _weekday_year(yearless, info, after)
            info.year_from = "weekday" if pinned is not None else "modified"
            ref_year = pinned

    out = []
    resolved: dict[tuple, object] = {}
    next_after = _block_start(yearless, info, after or date.today()) if info.year_from == "modified" else None
    for item in pre:
        if item is None or item is BAD or item[0].__class__ is not str:
            out.append(item)
            continue
        done = resolved.get(item)
        if done is not None:
            out.append(done)
            continue
        if info.year_from == "modified":
            out.append(_resolve(item, info, None, next_after))
        else:
            out.append(_resolve(item, info, ref_year))
        resolved[item] = out[-1]
    return _midnight_only(out), info


def _month_day(item: tuple, day_first: bool | None) -> tuple[int, int, int | None]:
    """(month, day, weekday) of a classified year-less item."""
    if item[0] == "num":
        a, b = item[1], item[2]
        return (b, a, None) if day_first else (a, b, None)
    return item[2], item[3], item[4]


def _weekday_year(items: list, info: ColumnInfo, after: date | None) -> int | None:
    """The one year, near the file's date, in which every year-less date with a
    weekday falls on that weekday; None when no weekday is given or several years fit."""
    with_day = {_month_day(it, info.day_first) for it in items}
    with_day = {md for md in with_day if md[2] is not None}
    if not with_day:
        return None
    centre = (after or date.today()).year
    fits = []
    for year in range(centre - 30, centre + 31):
        ok = 0
        for month, day, weekday in with_day:
            try:
                ok += date(year, month, day).weekday() == weekday
            except ValueError:
                pass
        if ok == len(with_day):
            fits.append(year)
    if not fits:
        return None
    # several dates pin one year inside a window; one date alone fits every 5-11 years:
    # take the fitting year closest to the file's date, unless another fits about as close
    fits.sort(key=lambda y: (abs(y - centre), -y))
    if len(fits) == 1 or abs(fits[1] - centre) - abs(fits[0] - centre) >= 2 or len(with_day) >= 3:
        return fits[0]
    return None


def _block_start(items: list, info: ColumnInfo, after: date) -> date:
    """The first day of the next occurrence, on or after ``after``, of the file's
    year-less dates taken as one block (a festival from 26 Nov to 5 Dec stays in
    one season: its days are not each moved to their own next occurrence).
    Each date is then its next occurrence on or after that first day."""
    days = sorted({md[:2] for md in (_month_day(it, info.day_first) for it in items) if 1 <= md[0] <= 12})
    if not days:
        return after
    ordinals = [(m - 1) * 31 + d for m, d in days]
    gaps = [(ordinals[(i + 1) % len(ordinals)] - ordinals[i]) % (12 * 31) for i in range(len(ordinals))]
    widest = max(range(len(gaps)), key=gaps.__getitem__)
    first, last = days[(widest + 1) % len(days)], days[widest]
    year = after.year - 1
    while True:  # the earliest occurrence of the block that has not ended before ``after``
        start = _safe_date(year, *first)
        if start is BAD:
            start = date(year, first[0], 28)
        end_year = year if last >= first else year + 1
        end = _safe_date(end_year, *last)
        if end is BAD:
            end = date(end_year, last[0], 28)
        if end >= after or year > after.year + 1:
            return start
        year += 1


def _next_year(month: int, day: int, after: date) -> int:
    """The year of the next (month, day) on or after ``after``."""
    try:
        return after.year if date(after.year, month, day) >= after else after.year + 1
    except ValueError:  # 29 February: the next leap year (an impossible day stays BAD later)
        for year in range(after.year + 1, after.year + 9):
            try:
                date(year, month, day)
                return year
            except ValueError:
                continue
        return after.year


def _resolve(item: tuple, info: ColumnInfo, ref_year: int | None, after: date | None = None):
    """A classified text date -> (date, time | None) or BAD, with the column's decisions.
    With ``after``, a year-less date is its next occurrence on or after that day."""
    if item[0] == "num":
        _, a, b, y, rest, _s = item
        if y is None:
            info.guessed_year = True
            month, day = (b, a) if info.day_first else (a, b)
            y = _next_year(month, day, after) if after else _year_for(month, day, None, ref_year)
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
        y = _next_year(mo, dd, after) if after and 1 <= mo <= 12 else _year_for(mo, dd, wd, ref_year)
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


# Calendar exports whose CSV is month-first whatever the user's locale: Outlook
# ("Subject, Start Date, Start Time, ..., All day event, Reminder on/off") and
# Google Calendar's import format ("Subject, Start Date, ..., All Day Event, Private").
_EXPORT_HEADS = {"subject", "start date"}
_EXPORT_MARKS = {"all day event", "reminder on/off", "reminder date", "private", "show time as", "meeting organizer"}


def export_month_first(headers: list[str]) -> bool:
    """True for the header set of an Outlook or Google Calendar CSV (month-first dates)."""
    heads = {" ".join(h.casefold().split()) for h in headers}
    return _EXPORT_HEADS <= heads and bool(_EXPORT_MARKS & heads)


@dataclass(slots=True)
class OrderDecision:
    """The day/month order of a whole file's numeric dates."""

    day_first: bool | None  # None: the evidence does not decide
    reason: str = ""


def month_named(name: str) -> int | None:
    """The one month a sheet's name names ("October 2026", "Okt. 26"), or None."""
    months = {MONTHS[t] for t in _TOKENS.findall(fold(name or "")) if t in MONTHS and not t.isdigit()}
    return months.pop() if len(months) == 1 else None


def order_in_month(columns: list[list], month: int) -> OrderDecision:
    """The order under which every numeric date falls in ``month`` (a sheet named after it), when
    only one order does ("10/4/2026" on "October 2026" is month-first)."""
    pairs = set()
    for values in columns:
        for v in values[:5000]:
            m = _NUM.match(v.strip()) if v.__class__ is str else None
            if m:
                pairs.add((int(m.group(1)), int(m.group(3))))
    if not pairs:
        return OrderDecision(None)
    day_first, month_first = all(b == month for _, b in pairs), all(a == month for a, _ in pairs)
    if day_first != month_first:
        return OrderDecision(day_first, "the dates fall in the month the sheet is named after")
    return OrderDecision(None)


def decide_order(columns: list[list]) -> OrderDecision:
    """Decide day-first or month-first from all date columns together: a part
    above 12 decides; dotted dates are day-first; else the order under which the
    dates lie much closer together (a programme of consecutive days, not one day
    in each of five months)."""
    items: set[tuple[int, int, int | None]] = set()
    dotted = False
    for values in columns:
        if str not in set(map(type, values)):
            continue  # date cells: no order to decide
        prefix = _label_prefix(values)
        for v in values[:5000]:
            if v.__class__ is not str or not v.strip():
                continue
            text = v.strip()[len(prefix):]
            m = _NUM.match(text)
            if m:
                items.add((int(m.group(1)), int(m.group(3)), _year2(int(m.group(4)))))
                dotted = dotted or m.group(2) == "."
                continue
            m = _NUM_NOYEAR.match(text)
            if m and (m.group(2) == "." or m.group(4) is None):
                items.add((int(m.group(1)), int(m.group(3)), None))
                dotted = dotted or m.group(2) == "."
    if not items:
        return OrderDecision(None)
    first_big = any(a > 12 >= b for a, b, _ in items)
    second_big = any(b > 12 >= a for a, b, _ in items)
    if first_big != second_big:
        return OrderDecision(first_big, "a day above 12")
    if first_big:
        return OrderDecision(None)
    if dotted:
        return OrderDecision(True, "dotted dates")
    spans = []
    for day_first in (True, False):
        days = []
        for a, b, y in items:
            d = _safe_date(y or 2000, b, a) if day_first else _safe_date(y or 2000, a, b)
            if d is not BAD:
                days.append(d.toordinal())
        spans.append(max(days) - min(days) if days else 0)
    if len(items) >= 3 and min(spans) * 3 + 3 <= max(spans):
        return OrderDecision(spans[0] < spans[1], "the dates lie closer together that way")
    return OrderDecision(None)


_CJK_WEEKDAY = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])|^([月火水木金土日])曜")
_CJK_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
             "月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5}


def weekday_of(text: str) -> int | None:
    """The weekday a cell names alone ("Monday", "Mo.", "星期一", "月曜日"), 0 = Monday."""
    text = text.strip()
    if not text or len(text) > 20:
        return None
    m = _CJK_WEEKDAY.search(text)
    if m:
        return _CJK_DAYS[m.group(1) or m.group(2)]
    tokens = _TOKENS.findall(fold(text))
    if len(tokens) == 1 and tokens[0] in WEEKDAYS and tokens[0] not in MONTHS:
        return WEEKDAYS[tokens[0]]
    return None


def suggests_month_first(values: list) -> bool:
    """True when month-name text is written month first ("Aug 4, 2026"): a US habit."""
    for v in values[:200]:
        if isinstance(v, str) and v.strip():
            parts = _text_parts(v.strip()) if not _NUM.match(v.strip()) else None
            if parts is not None:
                return bool(parts[5])
    return False
