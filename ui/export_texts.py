"""The workbook export in the window's language and locale (calendar_core.export.display).

The window hands the core a :class:`Display` made from its locale: Excel number formats in the
locale's order (7.9.26 14:05, 9/7/26 2:05 PM) and the workbook's headers through
``translate("Export", …)``; the texts below mark those headers for lupdate. The command line
keeps ISO dates and English.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from calendar_core.export.display import Display
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.locale_format import date_text, datetime_text

TEXTS = (  # every header and label of calendar_core/export/xlsx*.py
    QT_TRANSLATE_NOOP("Export", "Start"), QT_TRANSLATE_NOOP("Export", "End"), QT_TRANSLATE_NOOP("Export", "All day"),
    QT_TRANSLATE_NOOP("Export", "Week"), QT_TRANSLATE_NOOP("Export", "Department"),
    QT_TRANSLATE_NOOP("Export", "Channel"), QT_TRANSLATE_NOOP("Export", "Title"), QT_TRANSLATE_NOOP("Export", "Owner"),
    QT_TRANSLATE_NOOP("Export", "Status"), QT_TRANSLATE_NOOP("Export", "Campaign"), QT_TRANSLATE_NOOP("Export", "Link"),
    QT_TRANSLATE_NOOP("Export", "Description"), QT_TRANSLATE_NOOP("Export", "Source"),
    QT_TRANSLATE_NOOP("Export", "Where in source"), QT_TRANSLATE_NOOP("Export", "Original zone"),
    QT_TRANSLATE_NOOP("Export", "Conflicts"), QT_TRANSLATE_NOOP("Export", "Duplicate group"),
    QT_TRANSLATE_NOOP("Export", "Entry ID"), QT_TRANSLATE_NOOP("Export", "Proposed (file has)"),
    QT_TRANSLATE_NOOP("Export", "proposed; file has {when}"), QT_TRANSLATE_NOOP("Export", "Total"),
    QT_TRANSLATE_NOOP("Export", "All departments"), QT_TRANSLATE_NOOP("Export", "Open"),
    QT_TRANSLATE_NOOP("Export", "Resolved"), QT_TRANSLATE_NOOP("Export", "Intentional"),
    QT_TRANSLATE_NOOP("Export", "Not a duplicate"), QT_TRANSLATE_NOOP("Export", "Slot clash"),
    QT_TRANSLATE_NOOP("Export", "Double booking"), QT_TRANSLATE_NOOP("Export", "Overload"),
    QT_TRANSLATE_NOOP("Export", "Blackout date"), QT_TRANSLATE_NOOP("Export", "Kind"),
    QT_TRANSLATE_NOOP("Export", "First start"), QT_TRANSLATE_NOOP("Export", "Message"),
    QT_TRANSLATE_NOOP("Export", "Entries"), QT_TRANSLATE_NOOP("Export", "Entry IDs"),
    QT_TRANSLATE_NOOP("Export", "Departments"), QT_TRANSLATE_NOOP("Export", "Channels"),
    QT_TRANSLATE_NOOP("Export", "Decision"), QT_TRANSLATE_NOOP("Export", "Note"), QT_TRANSLATE_NOOP("Export", "Key"),
    QT_TRANSLATE_NOOP("Export", "Score"), QT_TRANSLATE_NOOP("Export", "Reasons"),
    QT_TRANSLATE_NOOP("Export", "Per department"), QT_TRANSLATE_NOOP("Export", "Posts"),
    QT_TRANSLATE_NOOP("Export", "Conflicts caused"), QT_TRANSLATE_NOOP("Export", "Duplicates involved"),
    QT_TRANSLATE_NOOP("Export", "Share settled"),
)


def excel_format(qt_pattern: str) -> str:
    """A QLocale date/time pattern as an Excel number format ("dd.MM.yy HH:mm" -> "dd.mm.yy hh:mm")."""
    parts = re.split(r"('[^']*')", qt_pattern)  # quoted literals stay as they are
    out = []
    for part in parts:
        if part.startswith("'") and part.endswith("'") and len(part) >= 2:
            out.append(f'"{part[1:-1]}"')
        else:
            part = part.replace("M", "m").replace("H", "h").replace("\u202f", " ")
            out.append(re.sub(r"[Aa][Pp]?", "AM/PM", part))
    return "".join(out)


def workbook_display(locale: QLocale | None = None) -> Display:
    """The window's locale for a workbook: its short date, its time, its language's headers.

    Made on the GUI thread (the export then runs off it): the headers are looked up here, once.
    With no locale set (the C locale) the workbook keeps ISO dates, as the command line writes them.
    """
    loc = QLocale(locale if locale is not None else QLocale())
    labels = {text: translate("Export", text) for text in TEXTS}

    def label(text: str) -> str:
        return labels.get(text, text)

    if loc.language() == QLocale.Language.C:
        return Display(label=label)
    day = re.sub(r"y+", "yyyy", loc.dateFormat(QLocale.FormatType.ShortFormat))  # a four-digit year in a table
    time = loc.timeFormat(QLocale.FormatType.ShortFormat)
    return Display(date_format=excel_format(day), time_format=excel_format(f"{day} {time}"), label=label,
                   date_text=lambda d: date_text(d, loc), datetime_text=lambda dt: datetime_text(dt, loc))
