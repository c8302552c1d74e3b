"""Date cells of one column -> ``(date, time | None)`` per cell.

The format of a column is decided once from the whole column: real dates,
Excel serial numbers, ISO text, numeric text day-first or month-first (decided
by any part above 12, else by the source's preference and flagged), month-name
text in English, German, French or Spanish, and year-less text such as
"Tue 4 Aug". The year of a year-less date comes from its weekday when the
weekdays pin one, else from the file's other dates (or a year the file names),
else it is the next occurrence after the file was last modified; ColumnInfo
says which. A constant label before every value ("DATE:20180101") is dropped.

One job per module:
    cells   non-text cells (real dates, serial numbers, yyyymmdd) and BAD
    words   names of months and weekdays; a cell naming a weekday alone
    text    one date written as text -> a classified item
    forms   how a whole text column writes its dates (labels, compact month-days, midnights)
    years   the year of year-less dates
    order   day-first or month-first, for a column or a whole file
    column  one column -> parsed cells and its ColumnInfo
"""
from __future__ import annotations

from importers.sheets.dates.cells import BAD, EXCEL_EPOCH, SERIAL_MAX, SERIAL_MIN
from importers.sheets.dates.column import ColumnInfo, parse_date_column
from importers.sheets.dates.order import (OrderDecision, decide_order, export_month_first, month_named,
                                          order_from_header, order_in_month, suggests_month_first)
from importers.sheets.dates.text import MAX_DATE_TEXT
from importers.sheets.dates.words import MONTHS, WEEKDAYS, weekday_in_list, weekday_of
from importers.sheets.dates.years import YEAR_FROM, YearHint
from importers.sheets.mapping import fold

__all__ = ["BAD", "EXCEL_EPOCH", "SERIAL_MIN", "SERIAL_MAX", "MAX_DATE_TEXT", "ColumnInfo", "parse_date_column",
           "OrderDecision", "decide_order", "export_month_first", "month_named", "order_from_header", "order_in_month",
           "suggests_month_first",
           "MONTHS", "WEEKDAYS", "weekday_in_list", "weekday_of", "YEAR_FROM", "YearHint", "fold"]
