"""Day-first or month-first: said by a header, by a calendar export's header set, or by the dates themselves."""
from __future__ import annotations

import re
from dataclasses import dataclass

from importers.sheets.dates.cells import BAD, _safe_date, _year2
from importers.sheets.dates.forms import _label_prefix
from importers.sheets.dates.text import _NUM, _text_parts, yearless_numeric
from importers.sheets.dates.words import _TOKENS, MONTHS
from importers.sheets.mapping import fold
from importers.slices import sliced_types

def order_from_header(header: str) -> bool | None:
    """"Date (DD/MM/YYYY)" says day-first, "Date (MM/DD)" month-first."""
    low = header.lower()
    if re.search(r"\bd{1,2}\W?m{1,2}", low) or "tt.mm" in low or "jj/mm" in low:
        return True
    if re.search(r"\bm{1,2}\W?d{1,2}", low):
        return False
    return None


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
        if str not in sliced_types(values):  # a slice at a time: the GUI thread is not kept from the GIL
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
            found = yearless_numeric(text)
            if found is not None:
                items.add((found[0], found[1], None))
                dotted = dotted or found[2]
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


def suggests_month_first(values: list) -> bool:
    """True when month-name text is written month first ("Aug 4, 2026"): a US habit."""
    for v in values[:200]:
        if isinstance(v, str) and v.strip():
            parts = _text_parts(v.strip()) if not _NUM.match(v.strip()) else None
            if parts is not None:
                return bool(parts[5])
    return False
