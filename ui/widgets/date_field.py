"""A date field that takes what people type: "2026-09-14", "14.9.2026", "14 Sep", "9/14/2026".

Qt's QDateEdit edits one section at a time, so a typed date is ignored or
lands on another day while the sections change under the cursor. This field
is a line edit with a calendar button: the text is read when the user presses
Enter or leaves the field, and a text that is no date is shown in red with a
tooltip saying so, never taken as some other day.
"""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from ui.locale_format import date_text

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[./\- ](\d{1,2})(?:[./\- ](\d{2,4}))?\.?\s*$")
_WORDS = ("d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "ddd d MMM yyyy", "dddd d MMMM yyyy",
          "d MMM", "d MMMM", "MMM d", "MMMM d")


def _month_first(locale: QLocale) -> bool:
    """Whether the locale writes numeric dates month first (9/14/2026)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    m, d = fmt.find("M"), fmt.find("d")
    return 0 <= m < d


def parse_typed_date(text: str, today: date, locale: QLocale | None = None) -> date | None:
    """The day a typed text names, or None. A year left out means this year."""
    locale = locale or QLocale()
    text = " ".join(text.replace(",", " ").split())
    if not text:
        return None
    text = _without_weekday(text, locale)  # "Mo 7. Sep 2026", "Mon 9/7/2026": as the field shows a day
    m = _ISO.match(text)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC.match(text)
    if m:
        a, b = int(m[1]), int(m[2])
        year = int(m[3]) if m[3] else today.year
        if year < 100:
            year += 2000
        day, month = (b, a) if _month_first(locale) and a <= 12 else (a, b)
        if month > 12 and day <= 12:  # "14/9" in a month-first locale can only be day-first
            day, month = month, day
        return _safe(year, month, day)
    for loc in (locale, QLocale(QLocale.Language.English)):
        for fmt in _WORDS:
            probe = text if "yyyy" in fmt else f"{text} {today.year}"
            q = loc.toDate(probe, fmt if "yyyy" in fmt else f"{fmt} yyyy")
            if q.isValid():
                return q.toPython()
    return _named_month(text, today, (locale, QLocale(QLocale.Language.English)))


def _names(locale: QLocale, kind) -> list[str]:
    return [locale.dayName(i, kind) for i in range(1, 8)] + [locale.standaloneDayName(i, kind) for i in range(1, 8)]


def _plain(word: str) -> str:
    return word.rstrip(".").casefold()


def _without_weekday(text: str, locale: QLocale) -> str:
    """TEXT without a leading weekday name of LOCALE or English ("Mo", "lun.", "Monday")."""
    first, _, rest = text.partition(" ")
    if not rest:
        return text
    for loc in (locale, QLocale(QLocale.Language.English)):
        names = {_plain(n) for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
                 for n in _names(loc, kind)}
        if _plain(first) in names:
            return rest
    return text


def _named_month(text: str, today: date, locales) -> date | None:
    """A day number, a month's name in one of LOCALES (full or short, with or without its full
    stop: "7. Sept.", "7 sept", "Sep 7") and maybe a year, in any order the locales write them."""
    tokens = re.findall(r"\d+|[^\W\d_]+", text)
    numbers = [int(t) for t in tokens if t.isdigit()]
    words = [_plain(t) for t in tokens if not t.isdigit()]
    if not numbers or not words:
        return None
    found = set()
    for loc in locales:
        for m in range(1, 13):
            names = {_plain(n) for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
                     for n in (loc.monthName(m, kind), loc.standaloneMonthName(m, kind))}
            found |= {(w, m) for w in words if w in names}
    months = {m for _w, m in found}
    named = {w for w, _m in found}
    # one month, and besides it only short joining words ("7 de septiembre de 2026")
    if len(months) != 1 or any(len(w) > 3 for w in words if w not in named):
        return None
    month = months.pop()
    day = numbers[0]
    year = next((n for n in numbers[1:] if n >= 100), today.year) if len(numbers) > 1 else today.year
    return _safe(year, month, day)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


class DateField(QWidget):
    """A typed date plus a calendar popup; ``dateChosen`` fires once per accepted date."""

    dateChosen = Signal(object)  # datetime.date

    def __init__(self, parent=None, *, display_format: str | None = None, today: date | None = None,
                 weekday: bool = False):
        """The day is shown as the window's locale writes it (ui/locale_format.py), with its weekday
        when WEEKDAY; DISPLAY_FORMAT, a QLocale pattern, overrides that."""
        super().__init__(parent)
        self._format = display_format
        self._weekday = weekday
        self._today = today
        self._date = today or date.today()
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("date"))
        self.button = QToolButton(self, text="▾", autoRaise=True, toolTip=self.tr("Pick a day"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar.clicked.connect(self._picked)
        self.edit.returnPressed.connect(self.commit)
        self.edit.editingFinished.connect(self.commit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._show()

    def date(self) -> date:
        return self._date

    def setDate(self, day: date) -> None:
        """Show ``day`` without emitting ``dateChosen``."""
        self._date = day
        self._show()

    def commit(self) -> bool:
        """Read the typed text; emit the date when it is one. Returns whether it was."""
        if self.edit.text().strip() == self._text(self._date):
            self._mark(True)
            return True
        day = parse_typed_date(self.edit.text(), self._today or date.today(), QLocale())
        if day is None:
            self._mark(False)
            return False
        self._choose(day)
        return True

    def _picked(self, qdate: QDate) -> None:
        self.button.menu().hide()
        self._choose(qdate.toPython())

    def _choose(self, day: date) -> None:
        changed = day != self._date
        self._date = day
        self._show()
        if changed:
            self.dateChosen.emit(day)

    def _text(self, day: date) -> str:
        if self._format:
            return QLocale().toString(QDate(day.year, day.month, day.day), self._format)
        return date_text(day, weekday=self._weekday)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self.edit.setPlaceholderText(self.tr("date"))
            self.button.setToolTip(self.tr("Pick a day"))
            self._show()  # the day as the new locale writes it
        super().changeEvent(event)

    def _show(self) -> None:
        self.edit.setText(self._text(self._date))
        self.calendar.setSelectedDate(QDate(self._date.year, self._date.month, self._date.day))
        self._mark(True)

    def _mark(self, ok: bool) -> None:
        self.edit.setStyleSheet("" if ok else "border-color: #b3261e; background: #fdecea;")
        self.edit.setToolTip("" if ok else self.tr("'{value}' is not a date; type e.g. 2026-09-14 or 14 Sep 2026").format(value=self.edit.text()))
