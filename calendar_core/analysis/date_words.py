"""Dates, months and weekdays written in titles ("Sep 17", "17 Sept", "12.3.2026", "on Tuesday").

:func:`_extract_dates` takes the dates out of a normalised title and says which (month, day) they
were; :mod:`.text` reads the month and weekday tables to tell "August edition" from a date.
"""
from __future__ import annotations

import re

_DIGIT_RE = re.compile(r"\d")

MONTHS: dict[str, int] = {}
for _num, _names in enumerate((
    "january jan januar janvier janv enero ene",
    "february feb februar février fevrier févr fevr febrero",
    "march mar märz maerz mär mars marzo",
    "april apr avril avr abril abr",
    "may mai mayo",
    "june jun juni juin junio",
    "july jul juli juillet juil julio",
    "august aug août aout agosto ago",
    "september sep sept septembre septiembre setiembre set",
    "october oct oktober okt octobre octubre",
    "november nov novembre noviembre",
    "december dec dezember dez décembre decembre déc diciembre dic",
), 1):
    for _name in _names.split():
        MONTHS.setdefault(_name, _num)
# Month names that are also ordinary words are months only next to a day number.
_MONTH_ALONE = {k: v for k, v in MONTHS.items() if len(k) > 4 and k not in {"march", "marzo", "mayo"}}
_WEEKDAYS = """monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat
sunday sun montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sa sonntag so lundi mardi
mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo""".split()

_WEEKDAY_SET = frozenset(_WEEKDAYS)
# "March", "May" are months when capitalised ("March newsletter"), words otherwise.
_CAPITAL_MONTH_RE = re.compile(r"\b(March|May|Marzo|Mayo)\b")
# Full weekday names, to tell "webinar on Tuesday" from "webinar on Thursday".
_WEEKDAY_NUMBER = {name: k % 7 for k, name in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo".split())}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted((re.escape(w) for w in _WEEKDAYS), key=len, reverse=True))
_WD = rf"(?:(?:{_WEEKDAY_RE})\.?,?\s+)?"
_YEAR = r"(?:,?\s*(?P<y{n}>\d{{4}}))?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(rf"\b{_WD}(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:of\s+|de\s+)?(?P<mn>{_MONTH_RE})\.?(?![^\W\d_]){_YEAR.format(n='1')}", re.IGNORECASE),
    re.compile(rf"\b{_WD}(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR.format(n='1')}", re.IGNORECASE),
    # "12/3", "12.3.", "12.3.2026"; but "5.1" alone is a version, not the 5th of January.
    re.compile(rf"\b{_WD}(?P<a>\d{{1,2}})(?:/(?P<b>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?|\.(?P<b2>\d{{1,2}})"
               rf"(?:\.(?P<y2>\d{{2,4}})|\.(?!\d)))(?!\d|\.\d)", re.IGNORECASE),
]


def _extract_dates(text: str, day_first: bool = True) -> tuple[str, set[tuple[int, int]]]:
    found: set[tuple[int, int]] = set()
    if not _DIGIT_RE.search(text):
        return text, found  # every date pattern needs a digit
    if not ("-" in text or "/" in text or "." in text or _may_name_a_month(text)):
        # no pattern can match (see _DATE_NEEDS): a date taken out leaves a space, so none can match later
        return text, found

    def take(match: re.Match) -> str:
        groups = match.groupdict()
        try:
            if groups.get("mn"):
                month, day = MONTHS[groups["mn"].casefold()], int(groups["d"])
            elif groups.get("a"):
                a, b = int(groups["a"]), int(groups.get("b") or groups["b2"])
                if a > 12 or (day_first and b <= 12):
                    day, month = a, b
                else:
                    month, day = a, b
            else:
                month, day = int(groups["m"]), int(groups["d"])
        except (KeyError, ValueError):
            return match.group(0)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        found.add((month, day))
        return " "

    for pattern, needs in zip(_DATE_PATTERNS, _DATE_NEEDS):
        if needs(text):
            text = pattern.sub(take, text)
    return text, found


# Months spelled in ASCII: only these can occur in an ASCII text (the other spellings have no ASCII
# letters that match them regardless of case).
_ASCII_MONTHS = tuple(sorted({m.lower() for m in MONTHS if m.isascii()}))
_ASCII_MONTH_RE = re.compile("|".join(re.escape(m) for m in _ASCII_MONTHS))  # any spelling as a substring


def _may_name_a_month(text: str) -> bool:
    """False only when no month pattern can match: an ASCII text without any month spelling."""
    if not text.isascii():
        return True
    return _ASCII_MONTH_RE.search(text.lower()) is not None


# What each date pattern cannot match without: a pattern is skipped, unchanged result, when it is
# missing (the patterns' scans of every word boundary were most of the time of a title's features).
_DATE_NEEDS = (
    lambda t: "-" in t,
    _may_name_a_month,
    _may_name_a_month,
    lambda t: "/" in t or "." in t,
)
