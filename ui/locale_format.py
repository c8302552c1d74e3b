"""Dates, times and numbers as the window's locale writes them: the one home for them in ui/.

Every view, the printed pages and the report PDF format through these functions, with the
default locale (``QLocale()``, set by ui/i18n.py from the chosen language) unless one is
passed. A German coordinator reads "Mo 7. Sep" and 14:05, an American "Mon 9/7" and 2:05 PM.

Day and month together: a locale whose numeric dates put the month first (en_US "9/7/26")
reads its own numeric form ("9/7"); a day-first locale gets the month's short name ("7. Sep",
"7 sept"), since "7.9." and "7/9" are read both ways across a mixed team. The patterns come
from the locale's own short and long date formats, not from a table of countries.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

Short = QLocale.FormatType.ShortFormat
Long = QLocale.FormatType.LongFormat


def _loc(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def month_first(locale: QLocale | None = None) -> bool:
    """Whether the locale writes numeric dates month first (en_US: 9/14/2026)."""
    fmt = _loc(locale).dateFormat(Short)
    m, d = fmt.find("M"), fmt.find("d")
    return 0 <= m < d


def weekday_short(d: date, locale: QLocale | None = None) -> str:
    """'Mo', 'Mon', 'lun': the abbreviation without its full stop."""
    return _loc(locale).standaloneDayName(d.isoweekday(), Short).rstrip(".")


def weekday_long(d: date, locale: QLocale | None = None) -> str:
    return _loc(locale).standaloneDayName(d.isoweekday(), Long)


def month_short(month: int, locale: QLocale | None = None) -> str:
    return _loc(locale).standaloneMonthName(month, Short).rstrip(".")


def month_long(month: int, locale: QLocale | None = None) -> str:
    return _loc(locale).standaloneMonthName(month, Long)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _day_month_pattern(locale: QLocale, long_month: bool) -> str:
    """A QLocale pattern for day and month without year or weekday, from the locale's own."""
    if month_first(locale) and not long_month:
        fmt = locale.dateFormat(Short)
    else:
        fmt = locale.dateFormat(Long)
    fmt = re.sub(r"'[^']*'", " ", fmt)           # "d 'de' MMMM" -> "d MMMM"
    fmt = re.sub(r"d{3,}[,.]?", "", fmt)         # the weekday
    fmt = re.sub(r"[\s,./-]*y+[\s,./-]*$", "", fmt)  # a trailing year
    fmt = re.sub(r"^y+[\s,./-]*", "", fmt)           # a leading year (ISO-like locales)
    fmt = re.sub(r"d+", "d", fmt)
    fmt = " ".join(fmt.split()).strip(" ,")
    return fmt


def day_month(d: date, locale: QLocale | None = None, long_month: bool = False) -> str:
    """'7. Sep' (de), '7 sept' (fr), '9/7' (en_US); LONG_MONTH: '7. September', 'September 7'."""
    loc = _loc(locale)
    fmt = _day_month_pattern(loc, long_month)
    name = month_long(d.month, loc) if long_month else month_short(d.month, loc)
    fmt = re.sub(r"M{3,}", _quoted(name), fmt)
    fmt = re.sub(r"M+", "M", fmt)
    return loc.toString(_qdate(d), fmt)


def day_header(d: date, locale: QLocale | None = None) -> str:
    """A week column's header: 'Mo 7. Sep', 'Mon 9/7'."""
    return f"{weekday_short(d, locale)} {day_month(d, locale)}"


def date_text(d: date, locale: QLocale | None = None, weekday: bool = True) -> str:
    """A day with its year: 'Mo 7. Sep 2026', 'Mon 9/7/2026'."""
    loc = _loc(locale)
    if month_first(loc):
        fmt = re.sub(r"y+", "yyyy", re.sub(r"d+", "d", re.sub(r"M+", "M", loc.dateFormat(Short))))
        body = loc.toString(_qdate(d), fmt)
    else:
        body = f"{day_month(d, loc)} {d.year}"
    return f"{weekday_short(d, loc)} {body}" if weekday else body


def date_long(d: date, locale: QLocale | None = None) -> str:
    """'Montag, 7. September 2026', 'Monday, September 7, 2026'."""
    return _loc(locale).toString(_qdate(d), Long)


def month_year(d: date, locale: QLocale | None = None) -> str:
    """'September 2026', 'septembre 2026'."""
    return f"{month_long(d.month, locale)} {d.year}"


def time_text(t: time | datetime, locale: QLocale | None = None) -> str:
    """'14:05' (de, fr), '2:05 PM' (en_US)."""
    if isinstance(t, datetime):
        t = t.time()
    return _loc(locale).toString(QTime(t.hour, t.minute), Short).replace("\u202f", " ")


def uses_24_hours(locale: QLocale | None = None) -> bool:
    return "a" not in _loc(locale).timeFormat(Short).lower()


def datetime_text(dt: datetime, locale: QLocale | None = None, year: bool = True) -> str:
    """'Mo 7. Sep 2026, 14:05'; YEAR False: 'Mo 7. Sep, 14:05'."""
    day = date_text(dt.date(), locale) if year else day_header(dt.date(), locale)
    return f"{day}, {time_text(dt, locale)}"


def range_text(first: date, last: date, locale: QLocale | None = None, spaced: bool = True) -> str:
    """A span of days, the year once when shared and, in a day-first locale, the month too:
    '7. – 13. Sep 2026', '28. Sep – 4. Okt 2026', '9/7 – 9/13/2026'. SPACED False: '7–13 Sep 2026'."""
    loc = _loc(locale)
    dash = " – " if spaced else "–"
    if first == last:
        return date_text(first, loc, weekday=False)
    if first.year == last.year and first.month == last.month and not month_first(loc):
        fmt = _day_month_pattern(loc, long_month=False)
        head = re.split(r"M+", fmt)[0] if fmt.index("d") < fmt.find("M") else "d"
        return f"{loc.toString(_qdate(first), head.strip())}{dash}{date_text(last, loc, weekday=False)}"
    if first.year == last.year:
        return f"{day_month(first, loc)} – {date_text(last, loc, weekday=False)}"
    return f"{date_text(first, loc, weekday=False)} – {date_text(last, loc, weekday=False)}"


def number(value: int | float, locale: QLocale | None = None, decimals: int | None = None) -> str:
    """1.234 (de), 1,234 (en), 1 234 (fr)."""
    loc = _loc(locale)
    if isinstance(value, int) and decimals is None:
        return loc.toString(value)
    return loc.toString(float(value), "f", 2 if decimals is None else decimals)


def stamp(dt: datetime, locale: QLocale | None = None) -> str:
    """A 'printed at' stamp: the short date and the time ('07.09.26 14:05', '9/7/26 2:05 PM')."""
    loc = _loc(locale)
    return f"{loc.toString(_qdate(dt.date()), Short)} {time_text(dt, loc)}"


_CORE_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_HM = re.compile(r"(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?\b(\d{2}):(\d{2})\b")


def layout_label(label: str, locale: QLocale | None = None) -> str:
    """A time label of calendar_core.layout ("10:30–11:00", "until 11:00", "all day", "continued",
    "22:00–Tue 01:00"), which the core writes in English and 24 hours, in the window's locale."""
    from ui.i18n import translate

    if label == "all day":
        return translate("Layout", "all day")
    if label == "continued":
        return translate("Layout", "continued")

    def one(m: re.Match) -> str:
        text = time_text(time(int(m[2]), int(m[3])), locale)
        if m[1]:
            day = date(2024, 1, 1 + _CORE_WEEKDAYS.index(m[1]))  # 2024-01-01 was a Monday
            text = f"{weekday_short(day, locale)} {text}"
        return text

    if label.startswith("until "):
        return translate("Layout", "until {time}").format(time=_HM.sub(one, label[6:]))
    return _HM.sub(one, label)


def hour_label(hour: int, locale: QLocale | None = None) -> str:
    """An hour line's label: '14:00', '2 PM'."""
    loc = _loc(locale)
    if uses_24_hours(loc):
        return time_text(time(hour % 24), loc)
    return loc.toString(QTime(hour % 24, 0), "h AP")


def entry_when(e, tz, locale: QLocale | None = None) -> str:
    """When an entry happens: 'Mo 7. Sep 2026, 14:05–15:00', 'Mo 7. Sep 2026 – Di 8. Sep 2026 (all day)'."""
    from datetime import timedelta

    from ui.i18n import translate

    if e.all_day:
        last = (e.end_date - timedelta(days=1)) if e.end_date and e.end_date > e.start_date else e.start_date
        days = date_text(e.start_date, locale)
        if last != e.start_date:
            days += f" – {date_text(last, locale)}"
        return translate("Views", "{day} (all day)").format(day=days)
    s = e.start.astimezone(tz)
    when = datetime_text(s, locale)
    if e.end and e.end > e.start:
        en = e.end.astimezone(tz)
        when += f"–{time_text(en, locale)}" if en.date() == s.date() else f" – {datetime_text(en, locale)}"
    return when


def edit_format(with_time: bool, locale: QLocale | None = None) -> str:
    """A QDateTimeEdit display pattern in the locale's order: 'ddd d. MMM yyyy HH:mm' (de),
    'ddd M/d/yyyy h:mm AP' (en_US)."""
    loc = _loc(locale)
    if month_first(loc):
        day = re.sub(r"y+", "yyyy", loc.dateFormat(Short))
    else:
        day = re.sub(r"M{3,}", "MMM", _day_month_pattern(loc, long_month=True)) + " yyyy"
    out = f"ddd {day}"
    if with_time:
        out += "  " + loc.timeFormat(Short).replace("\u202f", " ")
    return out
