"""Time cells -> ``(start time, end time | None)``.

Accepts time cells, date-time cells (their clock part), day fractions,
durations, and text: "9am", "9:30 AM", "14:30", "14h30", "15u30", "14.30 Uhr", "12.30 uur",
"godz. 14:30", "noon",
ranges "10:00-11:00" / "9am to 10:30am". A zone abbreviation after the time
("10:30 AM ET") is ignored here; the sheet-level hint decides the zone.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from importers import scripts
from importers.sheets import cjk
from importers.sheets.day_fractions import fill_day_fractions
from importers.sheets.mapping import fold
from importers.slices import sliced_set, sliced_types

BAD_TIME = object()  # text that is not a time
ALL_DAY = object()  # text that says "all day"


class NextDay(time):
    """A clock time written past midnight ("25:30", "24:00"): that time on the next day."""

    __slots__ = ()


def next_day(t: time) -> NextDay:
    return NextDay(t.hour, t.minute, t.second)


class OnDay(time):
    """A clock time written with its own date ("12:30 a.m. (June 12, 2026)", a time converted to
    another zone): that time on that day, whatever the row's date says."""

    __slots__ = ("day",)


_OWN_DATE = re.compile(r"^(.*\d.*?)\s*\(([^()]*\d{1,2}[^()]*)\)\s*$")


def _on_own_day(s: str):
    """(OnDay, None) for a time followed by its date in parentheses, else None."""
    m = _OWN_DATE.match(s)
    if m is None:
        return None
    clock = parse_time_text(m.group(1))
    if clock is None or clock.__class__ is not tuple or clock[1] is not None:
        return None
    from importers.sheets.dates import parse_date_column  # dates reads times: imported when needed
    got = parse_date_column([m.group(2)], None)[0][0]
    if got.__class__ is not tuple or got[1] is not None:
        return None
    t = clock[0]
    out = OnDay(t.hour, t.minute, t.second)
    out.day = got[0]
    return (out, None)

# seconds may carry a fraction, as API exports write them ("05:15:00.000")
# "hs" / "hs." after the hour is Rioplatense Spanish's "horas" ("14 hs", "9 hs.": as "14 h")
_ONE = r"(\d{1,2})(?:\s*[:.hu]\s*(\d{2}))?(?::(\d{2})(?:[.,]\d{1,6})?)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|a|p|uhr|hs\.?|h)?"
_SINGLE = re.compile(r"^" + _ONE + r"$", re.I)
_RANGE = re.compile(r"^" + _ONE + r"\s*(?:-|–|—|to|bis|à|a|until)\s*" + _ONE + r"$", re.I)
_ZONE_TAIL = re.compile(r"\s*\(?\b(?!(?:[AP]\.?M\.?)\)?\s*$)(?:[A-Z]{2,5}|[A-Z][a-z]+ time|Z)\)?\s*$")
_LEAD = re.compile(r"^(?:(?:um|ab|gegen|ca\.?|circa|at|from|à|às|ás|a las|de|dès|vers)\s+|~\s*)", re.I)  # "um 10 Uhr", "às 14h"
# a start with its end left open: "8:00~", "8:00 〜", "13:00 –", "9:00から", "10am onwards"
_OPEN_TAIL = re.compile(r"\s*(?:[~〜～\-–—]|から|onwards|ff\.?)\s*$", re.I)
# A clock time with its minutes and one short word in lower case before or after it: the language's
# word for "o'clock" or "at" ("uur", "godz.", "kl.", "ore", "hrs"), whatever the language; a capitalised
# word is a title's ("9.30 Quiz night").
_UNIT_WORD = re.compile(r"^(?:(?P<before>[^\W\d_]{1,5})\.?\s+(\d{1,2}\s*[:.]\s*\d{2})"
                        r"|(\d{1,2}\s*[:.]\s*\d{2})\s*(?P<after>[^\W\d_]{1,5})\.?)$")
# the same word before a range of clock times ("kl. 14.00-15.30", "klo 9.00–10.30")
_UNIT_RANGE = re.compile(r"^(?P<before>[^\W\d_]{1,5})\.?\s+(?P<range>\d{1,2}\s*[:.]\s*\d{2}\s*[-–—]\s*\d{1,2}\s*[:.]\s*\d{2})$")
_WORDS = {"noon": time(12), "midday": time(12), "mittag": time(12), "midi": time(12), "mediodia": time(12),
          "midnight": time(0), "mitternacht": time(0), "minuit": time(0), "medianoche": time(0),
          "12 noon": time(12), "12 midnight": time(0)}  # compared folded: "Mediodía" -> "mediodia"
_ALL_DAY_WORDS = {"all day", "allday", "all-day", "ganztagig", "ganztägig", "ganzer tag", "toute la journee",
                  "toute la journée", "todo el dia", "todo el día", "whole day", "full day",
                  "hele dagen", "heldag", "hela dagen", "heldags", "koko päivä", "koko paiva", "allan daginn",
                  "allur dagurinn", "terve päev", "terve paev", "tüm gün", "tum gun", "gün boyu", "hele dag",
                  "de hele dag", "cały dzień", "caly dzien", "celý den", "cely den"}


def _clock(h: str, m: str | None, s: str | None, suffix: str | None) -> time | None:
    hour = int(h)
    minute = int(m) if m else 0
    second = int(s) if s else 0
    if suffix:
        suf = suffix.lower().replace(".", "").replace(" ", "")[:1] + "m"
        if suf in ("am", "pm"):
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if suf == "pm" else 0)
    if minute > 59 or second > 59:
        return None
    if 24 <= hour <= 30 and (m is not None or hour == 24) and not suffix:  # "25:30": 01:30 the next day
        return NextDay(hour - 24, minute, second)
    if hour > 23:
        return None
    return time(hour, minute, second)


def parse_time_text(text: str):
    """Text -> (start, end | None); None when blank, ALL_DAY, or BAD_TIME."""
    s = scripts.clock_text(text.strip())
    if not s:
        return None
    if cjk.has_marks(s):  # "14時30分", "午後2:30", "下午2点半", "오후 2:30:00", full-width "１４：３０"
        east = cjk.clock(s)
        if east is not None:
            return (time(*east), None)
        s = cjk.narrow(s)
    low = s.lower()
    if low in _ALL_DAY_WORDS:
        return ALL_DAY
    word = _WORDS.get(low) if low.isascii() else _WORDS.get(fold(low))
    if word is not None:
        return (word, None)
    if s.isascii() and s.isdigit() and len(s) in (3, 4):  # "930", "1430"
        v = int(s)
        return (time(v // 100, v % 100), None) if v < 2400 and v % 100 < 60 else BAD_TIME
    m = _SINGLE.match(s)
    if m is None:
        if s.endswith(")") and (own := _on_own_day(s)) is not None:
            return own
        stripped = _LEAD.sub("", _ZONE_TAIL.sub("", _OPEN_TAIL.sub("", s)))
        if stripped != s and stripped:
            return parse_time_text(stripped)
        m2 = _RANGE.match(s)
        if m2 is None:
            unit = _UNIT_WORD.match(s)  # "12.30 uur", "godz. 14:30", "kl. 14.30", "ore 14:30"
            if unit is None:
                unit = _UNIT_RANGE.match(s)
                return parse_time_text(unit["range"]) if unit is not None and unit["before"].islower() else BAD_TIME
            if not (unit["before"] or unit["after"]).islower():  # (not "12.50 EUR", "9.30 Quiz")
                return BAD_TIME
            return parse_time_text(unit.group(2) or unit.group(3))
        g = m2.groups()
        start = _clock(g[0], g[1], g[2], g[3] or _inherit(g[7], g[0], g[4]))
        end = _clock(g[4], g[5], g[6], g[7])
        if start is None or end is None:
            return BAD_TIME
        return (start, end)
    h, mi, se, suf = m.groups()
    if mi is None and suf is None and len(h) > 2:
        return BAD_TIME
    if int(h) >= 24 and "." in s:  # "25:30" runs past midnight; "26.11" is a number (a version, a decimal)
        return BAD_TIME
    t = _clock(h, mi, se, suf)
    return BAD_TIME if t is None else (t, None)


def _inherit(end_suffix: str | None, start_h: str, end_h: str) -> str | None:
    """"9-10am": the start takes the end's am/pm when that keeps it before the end."""
    if not end_suffix:
        return None
    suf = end_suffix.lower().replace(".", "").replace(" ", "")[:1] + "m"
    if suf not in ("am", "pm"):
        return None
    a, b = int(start_h) % 12, int(end_h) % 12
    if suf == "pm" and a > b:
        return "am"
    return suf


_CLOCK_RX = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m?\.?)?"
_TAIL = re.compile(r"(?:\s*[,;]\s*|\s+)(@\s*|at\s+|um\s+|à\s+|ab\s+)?(" + _CLOCK_RX + r"(?:\s*[-–]\s*" + _CLOCK_RX
                   + r")?)\s*(?:uhr)?\s*$", re.I)


def time_in_text(text: str):
    """A time or range written at the end of a title ("Parent Orientation 8-9:30a", "Coffee, 8:15a",
    "Meeting @ 5p") -> (the title without it, (start, end | None)); None when there is none. Bare numbers
    count only after "@"/"at" or as a range of clock times ("Grades 1-5" keeps its numbers)."""
    m = _TAIL.search(text)
    if m is None or m.start() == 0:
        return None
    clock = m.group(2)
    marked = m.group(1) is not None or re.search(r"\d\s*[ap]\b|\d\s*[ap]\.?m", clock, re.I)
    if not marked and not re.fullmatch(r"\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}", clock.strip()):
        return None
    parsed = parse_time_text(clock.strip())
    if parsed is None or parsed is BAD_TIME or parsed is ALL_DAY:
        return None
    return text[: m.start()].rstrip(" ,;-–@"), parsed


_SLIP = re.compile(r"^(\d{1,2})\s*[;,]\s*(\d{2})$")  # "21;00": a slip of the finger beside "19:00"
_MARKED = re.compile(r"\d\s*(?:[:.h]\s*\d{2}|[ap]\.?m?\b)", re.I)


def lenient_time(text: str):
    """A cell of a time column that no time format reads but a person reads at a glance: a clock
    with words after it ("6pm start", "18:30 doors"), or a slip of the separator ("21;00").
    -> ((start, end | None), what was read) or None. Only for cells of a column known to hold
    times: a title that starts with a time ("10am Standup") is never asked."""
    s = text.strip()
    m = _SLIP.match(s)
    if m is not None:
        got = parse_time_text(f"{m.group(1)}:{m.group(2)}")
        return (got, f"{m.group(1)}:{m.group(2)}") if got.__class__ is tuple else None
    words = s.split()
    for cut in range(len(words) - 1, 0, -1):  # the longest clock first: "4:30 PM start" is 16:30
        head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if _DIGIT_ANY.search(rest):
            break
        if _MARKED.search(head):
            got = parse_time_text(head)
            if got.__class__ is tuple and got[0].__class__ is time:
                return got, head
    return None


_DIGIT_ANY = re.compile(r"\d")


def parse_time_value(v):
    """One time cell of any type -> (start, end | None), None, ALL_DAY or BAD_TIME."""
    if v is None:
        return None
    if isinstance(v, time):
        return (v.replace(microsecond=0), None)
    if isinstance(v, datetime):
        return (v.time().replace(microsecond=0), None)
    if isinstance(v, date):
        return BAD_TIME
    if isinstance(v, timedelta):
        secs = int(v.total_seconds())
        if 0 <= secs < 86400:
            return (time(secs // 3600, secs % 3600 // 60, secs % 60), None)
        return BAD_TIME
    if isinstance(v, bool):
        return BAD_TIME
    if isinstance(v, (int, float)):
        frac = float(v) % 1.0 if v >= 1 else float(v)
        if v < 0:
            return BAD_TIME
        if float(v).is_integer():
            v = int(v)
            if v <= 23:
                return (time(v), None)
            if 100 <= v < 2400 and v % 100 < 60:  # 930 / 1430 written without a colon
                return (time(v // 100, v % 100), None)
            return BAD_TIME
        secs = int(round(frac * 86400))
        if secs >= 86400:
            secs = 0
        return (time(secs // 3600, secs % 3600 // 60, secs % 60), None)
    if isinstance(v, str):
        return parse_time_text(v)
    return BAD_TIME


def parse_time_column(values: list) -> list:
    """Parse a whole column; fast path when every cell is already a time."""
    types = sliced_types(values)  # these steps a slice at a time: the GUI thread is not kept from the GIL
    types.discard(type(None))
    if types <= {time}:  # one item per distinct time, shared by the rows at that time
        memo = {v: (v, None) if v is not None else None for v in sliced_set(values)}
        return [memo[v] for v in values]
    if types <= {str}:  # a column of texts: each distinct text parsed once, then looked up per cell
        memo = {v: None if v is None or v == "" else parse_time_text(v) for v in sliced_set(values)}
        fill_day_fractions(memo, BAD_TIME)  # "0.666666667" beside "13:00:00": a time saved as a number
        return [memo[v] for v in values]
    cache: dict[str, object] = {}  # each distinct text is parsed once
    out = []
    for v in values:
        if v is None or v == "":
            out.append(None)
        elif v.__class__ is str:
            hit = cache.get(v)
            if hit is None:
                hit = cache[v] = parse_time_text(v)
                if hit is None:
                    hit = cache[v] = _BLANK
            out.append(None if hit is _BLANK else hit)
        else:
            out.append(parse_time_value(v))
    return out


_BLANK = object()


_DURATION = re.compile(r"^(?:(\d+(?:[.,]\d+)?)\s*(h|hrs?|hours?|std|stunden?|heures?|horas?)\.?)?\s*"
                       r"(?:(\d+)\s*(m|min|mins|minutes?|minuten?)\.?)?$", re.I)


# no entry of a calendar lasts longer than a year: a bigger number in a column is an id, a count or
# an amount (Asana's 16-digit "Task ID"), not a length, and must not overflow timedelta
LONGEST_DURATION = timedelta(days=366)


def parse_duration(v, unit_hours: bool = False) -> timedelta | None:
    """A duration cell: 0:30, a duration/time cell, 30 (minutes; hours when the header says so),
    "30 min", "1h", "1h30", "1.5 h", "90m". None when blank, unreadable or longer than a year."""
    try:
        d = _duration(v, unit_hours)
    except OverflowError:
        return None
    return d if d is None or d <= LONGEST_DURATION else None


def _duration(v, unit_hours: bool) -> timedelta | None:
    if v is None or v == "" or isinstance(v, bool):
        return None
    if isinstance(v, timedelta):
        return v if v.total_seconds() > 0 else None
    if isinstance(v, time):
        return timedelta(hours=v.hour, minutes=v.minute, seconds=v.second) or None
    if isinstance(v, (int, float)):
        if v <= 0:
            return None
        if not unit_hours and 0 < v < 1 and not float(v).is_integer():
            return timedelta(days=v)  # a day fraction from a time-formatted cell
        return timedelta(hours=v) if unit_hours else timedelta(minutes=v)
    if isinstance(v, str):
        text = v.strip().lower()
        m = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
        if m:
            return timedelta(hours=int(m.group(1)), minutes=int(m.group(2))) or None
        if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
            return _duration(float(text.replace(",", ".")), unit_hours)
        m = _DURATION.match(text.replace("½", ".5"))
        if m and (m.group(1) or m.group(3)):
            hours = float(m.group(1).replace(",", ".")) if m.group(1) else 0.0
            if m.group(1) and not m.group(2):
                return None
            return timedelta(hours=hours, minutes=int(m.group(3) or 0)) or None
        m = re.fullmatch(r"(\d+)\s*h\s*(\d{1,2})", text)  # "1h30"
        if m:
            return timedelta(hours=int(m.group(1)), minutes=int(m.group(2)))
    return None
