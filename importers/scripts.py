"""Dates, times and header words written in the Greek, Cyrillic, Hebrew, Arabic and Devanagari
scripts, brought to the forms the Latin-script readers know.

The date and time readers tokenise folded ASCII text, which leaves nothing of "12 жовтня 2026 р."
or "Δευτέρα, 12 Οκτωβρίου 2026", and read "ص" / "μ.μ." after a clock as no part of a time. Here:

- digits of other scripts (Arabic-Indic "١٢/١٠/٢٠٢٦", Eastern Arabic-Indic, Devanagari, Bengali, Thai: any
  the Unicode database calls decimal) become ASCII;
- Thai, Hindi, Nepali, Bengali and Vietnamese month and weekday words and Buddhist-era years: southern_dates.py;
- the month and weekday names of Greek, Ukrainian and Russian (nominative, genitive and short forms)
  become the English short names, and the year mark after a year ("2026 р.", "2026 г.") goes;
- a Central European spaced numeric date ("12. 10. 2026", "po 12. 10.") loses its inner spaces;
- the morning / afternoon words of Greek (π.μ. / μ.μ.) and Arabic (ص / م, صباحا / مساء) become am / pm;
- :func:`key_letter` says which letters a header key keeps in their own script (their accents and
  vowel marks dropped), so "Ημερομηνία", "Дата", "תאריך", "التاريخ", "วันที่" and "তারিখ" can be synonyms.
"""
from __future__ import annotations

import re
import unicodedata

from importers import southern_dates

_DIGITS = {}
for _zero in (0x0660, 0x06F0, 0x0966):   # Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu), Devanagari
    for _i in range(10):
        _DIGITS[_zero + _i] = str(_i)
_DIGITS[0x066B] = "."   # Arabic decimal separator
_DIGITS[0x060C] = ","   # Arabic comma

_MONTH_WORDS = {
    1: "ιανουαριος ιανουαριου ιαν январь января янв січень січня січ",
    2: "φεβρουαριος φεβρουαριου φεβ февраль февраля фев лютий лютого лют",
    3: "μαρτιος μαρτιου μαρ март марта мар березень березня бер",
    4: "απριλιος απριλιου απρ апрель апреля апр квітень квітня квіт",
    5: "μαιος μαιου μαι май мая травень травня трав",
    6: "ιουνιος ιουνιου ιουν июнь июня июн червень червня черв",
    7: "ιουλιος ιουλιου ιουλ июль июля июл липень липня лип",
    8: "αυγουστος αυγουστου αυγ август августа авг серпень серпня серп",
    9: "σεπτεμβριος σεπτεμβριου σεπ σεπτ сентябрь сентября сен сент вересень вересня вер",
    10: "οκτωβριος οκτωβριου οκτ октябрь октября окт жовтень жовтня жовт",
    11: "νοεμβριος νοεμβριου νοε ноябрь ноября ноя листопад листопада лист",
    12: "δεκεμβριος δεκεμβριου δεκ декабрь декабря дек грудень грудня груд",
}
_WEEKDAY_WORDS = {
    0: "δευτερα δευ понедельник пн понеділок",
    1: "τριτη τρι вторник вт вівторок",
    2: "τεταρτη τετ среда ср середа",
    3: "πεμπτη πεμ четверг чт четвер",
    4: "παρασκευη παρ пятница пт пятниця п'ятниця пʼятниця",
    5: "σαββατο σαβ суббота сб субота",
    6: "κυριακη κυρ воскресенье вс неділя нд",
}
_EN_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_EN_DAYS = "mon tue wed thu fri sat sun".split()
_NAMES = {w: _EN_MONTHS[n - 1] for n, ws in _MONTH_WORDS.items() for w in ws.split()}
_NAMES |= {w: _EN_DAYS[n] for n, ws in _WEEKDAY_WORDS.items() for w in ws.split()}

_WORD = re.compile(r"[^\W\d_][^\W\d_'ʼ]*")
_YEAR_MARK = re.compile(r"(\d{4})\s*(?:р|г|року|года|рік|год)\.?(?=\s|,|$)")
_SPACED = re.compile(r"(?<!\d)(\d{1,2})\.\s+(\d{1,2})\.(?:\s*(\d{4}))?(?!\d)")
_MERIDIEM = (
    (re.compile(r"\s*(?:π\.\s?μ\.?|πμ)\s*$"), " am"), (re.compile(r"\s*(?:μ\.\s?μ\.?|μμ)\s*$"), " pm"),
    (re.compile(r"\s*(?:ص|صباحا|صباحاً|صباحًا)\s*$"), " am"), (re.compile(r"\s*(?:م|مساء|مساءً|مساءا)\s*$"), " pm"),
)


def plain(word: str) -> str:
    """Lower case without accents or vowel marks ("Οκτωβρίου" -> "οκτωβριου")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(ch) != "Mn")


def latin_digits(text: str) -> str:
    """Every script's decimal digits as ASCII (Arabic-Indic, Devanagari, Bengali, Thai, …: the Unicode
    database says which characters are digits); full-width digits stay, cjk.py reads those with their marks."""
    if text.isascii():
        return text
    text = text.translate(_DIGITS)
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() and not "\uff10" <= ch <= "\uff19"
                   else ch for ch in text)


def _name(m: re.Match) -> str:
    return _NAMES.get(plain(m.group(0)).replace("ʼ", "'"), m.group(0))


def date_text(text: str) -> str:
    """A date cell with its digits, month and weekday names in the forms the date reader knows."""
    if not text.isascii():
        text = latin_digits(text)
    text = southern_dates.date_text(text)   # Thai, Indic, Vietnamese names; Buddhist-era years
    if not text.isascii():
        text = _YEAR_MARK.sub(r"\1", _WORD.sub(_name, text))
    if ". " in text:
        text = _SPACED.sub(lambda m: f"{m.group(1)}.{m.group(2)}." + (m.group(3) or ""), text)
    return text


def clock_text(text: str) -> str:
    """A time cell with its digits and its morning / afternoon word in the forms the time reader knows."""
    text = southern_dates.clock_text(latin_digits(text))
    if text.isascii():
        return text
    for rx, suffix in _MERIDIEM:
        if rx.search(text):
            return rx.sub(suffix, text)
    return text


def key_letter(ch: str) -> bool:
    """A letter a header key keeps in its own script: any script's but Latin (which folds to ASCII) and the
    East Asian ones (kept on their own): Greek, Cyrillic, Hebrew, Arabic, the Indic scripts, Thai, Ethiopic…"""
    o = ord(ch)
    return ch.isalpha() and 0x0370 <= o < 0x3040 and not (0x1D00 <= o <= 0x1EFF or 0x2000 <= o <= 0x2BFF)
