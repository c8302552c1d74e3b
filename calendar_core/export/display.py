"""How an export a person reads (the workbook) writes its dates and labels.

The core never imports Qt, so the window hands its locale in as one of these: Excel number
formats for the day and the time cells, and a function giving a column header in the reader's
language. The default is the command line's: ISO dates, 24 hours, English headers. Machine
formats (ICS, JSON) take none.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable


def _same(text: str) -> str:
    return text


def _iso_minutes(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Display:
    date_format: str = "yyyy-mm-dd"  # Excel number format of a day cell
    time_format: str = "yyyy-mm-dd hh:mm"  # of a day-and-time cell
    label: Callable[[str], str] = field(default=_same)  # a header or fixed text, in the reader's language
    date_text: Callable[[date], str] = field(default=date.isoformat)  # a day inside a text cell
    datetime_text: Callable[[datetime], str] = field(default=_iso_minutes)  # a local time inside a text cell


DEFAULT = Display()
