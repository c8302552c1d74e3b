"""The conflict messages and duplicate reasons in the window's language.

The analysis writes them from the templates of its phrasebook
(calendar_core/analysis/phrases.py); the window writes them again with this one: each
template through ``translate("Issues", template)``, days, times and numbers as the window's
locale writes them (ui/locale_format.py: "Mi 9. Sep", 14:05 or 2:05 PM). The command line and
the JSON report keep the English.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from calendar_core.analysis import phrases as _phrases
from calendar_core.analysis.lazy import message_in
from calendar_core.analysis.phrases import TEMPLATES, Phrases, render
from ui.i18n import translate
from ui.locale_format import day_header, day_month, number, time_text


class WindowPhrases(Phrases):
    """Templates translated, days and times in LOCALE (default: the window's)."""

    def __init__(self, locale: QLocale | None = None):
        self.locale = locale
        # One phrasebook serves one analysis: 26,000 double bookings name 480,000 times and 27,000
        # days, and a QLocale call each cost seconds; a message shown in the panel and in a marker
        # is written once.
        self._days: dict[date, str] = {}
        self._times: dict[tuple[int, int], str] = {}
        self.said: dict[int, tuple[object, str]] = {}  # id(conflict) -> (the conflict, its message)

    def template(self, key: str, n: int = -1) -> str:
        # Looked up without the count: lupdate files these templates as plain messages (one form), and
        # Qt looks a count up among the plural forms, which a plain message has not. The phrasebook
        # writes %n itself, as the locale writes numbers ("4.000" in German).
        return translate(_phrases.CONTEXT, TEMPLATES[key])

    def say(self, key: str, n: int | None = None, grouped: bool = True, **values) -> str:
        try:
            return super().say(key, n, grouped, **values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
            return _phrases.ENGLISH.say(key, n, grouped, **values)

    def number(self, n: int, grouped: bool = True) -> str:
        return number(n, self.locale) if grouped else str(n)

    def day(self, day: date) -> str:
        text = self._days.get(day)
        if text is None:
            text = self._days[day] = day_header(day, self.locale)
        return text

    def time(self, moment: datetime) -> str:
        key = (moment.hour, moment.minute)  # all a short time shows
        text = self._times.get(key)
        if text is None:
            text = self._times[key] = time_text(moment, self.locale)
        return text

    def day_month(self, month: int, day: int) -> str:
        return day_month(date(2000, month, day), self.locale)

    def decimal(self, value: float) -> str:
        return number(float(value), self.locale, 2)


def window_phrases() -> WindowPhrases:
    """The phrasebook of the window as it is now (language and locale chosen in ui/i18n.py)."""
    return WindowPhrases()


def conflict_message(conflict, phrases: Phrases | None = None) -> str:
    """A conflict's message in the window's language (a message typed or stored by hand stays)."""
    phrases = phrases or window_phrases()
    said = getattr(phrases, "said", None)
    if said is None:
        return message_in(conflict, phrases)
    hit = said.get(id(conflict))
    if hit is None or hit[0] is not conflict:
        hit = said[id(conflict)] = (conflict, message_in(conflict, phrases))
    return hit[1]


def reasons_text(group, phrases: Phrases | None = None) -> str:
    """A duplicate or copy group's reasons in the window's language, "; " between them."""
    phrases = phrases or window_phrases()
    return "; ".join(render(r, phrases) for r in group.reasons or ())


def split_rule(message: str, phrases: Phrases | None = None) -> tuple[str, str]:
    """(the message without "(rule: …)", "Rule: …" or "") in the window's language."""
    short, rule = (phrases or window_phrases()).split_rule(message)
    return short, translate("Issues", "Rule: {rule}").format(rule=rule) if rule else ""
