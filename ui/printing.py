"""Printed weekly views: print preview, PDF files and the pages themselves.

One week per page (a range of weeks gives a page each; lanes that do not fit
one page continue on the next), A4 landscape by default. Each page has a
header (week, date range, filters, print date), the week drawn by the same
painters as the screen (ui/painting), a legend of department colours and the
conflict mark, and "page N of M".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Callable, Iterable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from calendar_core.export.atomic import atomic_path
from calendar_core.layout import agenda_layout, lanes_layout, month_layout, too_full, week_layout, weeks_grid
from calendar_core.model import Conflict, Entry, EntryFilter
from ui.painting.grid import (
    blackout_label, agenda_rows, paint_agenda, paint_blackout, paint_grid, plan_agenda_pages, shade_blackout_days,
)
from ui.painting.common import MARK_COLOUR, MUTED_COLOUR, TEXT_COLOUR, colour_of, draw_mark, font, metrics, pt
from ui.painting.lanes import LanesStyle, paint_lanes, plan_lane_pages
from ui.painting.week import PAPER, paint_week
from ui.i18n import QT_TRANSLATE_NOOP, translate, tr
from ui.issue_phrases import conflict_message, window_phrases
from ui.locale_format import date_text, month_year, range_text, time_text
from ui.widgets.legend import conflict_label

MODES = ("days", "lanes", "month", "weeks2", "weeks4", "agenda")
LAYOUT_NAMES = {"week": "days", "lanes": "lanes", "month": "month", "weeks2": "weeks2", "weeks4": "weeks4",
                "agenda": "agenda"}  # the command line's --layout names -> print modes
VIEW_TEXT = {"days": QT_TRANSLATE_NOOP("Printing", "days as columns"),
             "lanes": QT_TRANSLATE_NOOP("Printing", "departments as lanes"),
             "month": QT_TRANSLATE_NOOP("Printing", "a month per page"),
             "weeks2": QT_TRANSLATE_NOOP("Printing", "2 weeks per page"),
             "weeks4": QT_TRANSLATE_NOOP("Printing", "4 weeks per page"),
             "agenda": QT_TRANSLATE_NOOP("Printing", "agenda by day"),
             "full": QT_TRANSLATE_NOOP("Printing", "agenda (the week is too full for its hours)")}
MARGIN_MM = 10.0


def week_label(monday: date) -> str:
    iso = monday.isocalendar()
    return translate("Printing", "Week {week}, {year}").format(week=iso.week, year=iso.year)


def date_range_label(monday: date) -> str:
    return range_text(monday, monday + timedelta(days=6))


def filters_description(flt: EntryFilter | None) -> str:
    """"Departments: Sales, PR · Channels: LinkedIn · Text: “launch”", or "" for no filter."""
    if flt is None:
        return ""
    parts = []
    for label, values in ((translate("Printing", "Departments"), flt.departments),
                          (translate("Printing", "Channels"), flt.channels),
                          (translate("Printing", "Status"), flt.statuses), (translate("Printing", "People"), flt.people)):
        if values:
            parts.append(f"{label}: {', '.join(sorted(values, key=str.casefold))}")
    if flt.text:
        parts.append(translate("Printing", "Text: “{text}”").format(text=flt.text))
    return " · ".join(parts)


def markers_from_conflicts(conflicts: Iterable[Conflict], *, include_decided: bool = False) -> dict[int, str]:
    """Entry id -> the messages of its conflicts (one per line); settled conflicts are left out."""
    out: dict[int, list[str]] = {}
    phrases = window_phrases()
    for c in conflicts:
        if c.decision and not include_decided:
            continue
        for entry_id in c.entry_ids:
            out.setdefault(entry_id, []).append(conflict_message(c, phrases) or c.kind.replace("_", " "))
    return {k: "\n".join(v) for k, v in out.items()}


def weeks_between(first: date, last: date) -> list[date]:
    """The Mondays of every week touching [first, last]."""
    monday = first - timedelta(days=first.weekday())
    out = []
    while monday <= last:
        out.append(monday)
        monday += timedelta(days=7)
    return out


@dataclass
class _Page:
    monday: date
    entries: list[Entry]
    layout: object
    lanes: list[int] | None = None  # lanes mode: the lanes on this page
    kind: str = "days"  # days, lanes, grid, agenda, full (a too-full week as an agenda)
    heading: str = ""
    rows: list | None = None  # agenda rows on this page


def _page_size(device: QPagedPaintDevice) -> QRectF:
    return QRectF(0, 0, device.width(), device.height())


def months_of(weeks: Sequence[date]) -> list[date]:
    """The months the weeks cover at least a week of (so "September" is not followed by a 4-day October)."""
    days: dict[date, int] = {}
    for monday in weeks:
        for i in range(7):
            first = (monday + timedelta(days=i)).replace(day=1)
            days[first] = days.get(first, 0) + 1
    chosen = sorted(m for m, n in days.items() if n >= 7)
    return chosen or sorted(days, key=lambda m: -days[m])[:1]


def render_weeks(device: QPagedPaintDevice, weeks: Sequence[date],
                 entries_for_week: Callable[[date], list[Entry]], *, tz: ZoneInfo, colours: dict[str, str],
                 markers: dict[int, str] | None = None, mode: str = "days", filters_text: str = "",
                 printed_at: datetime, title: str = "Masthead", blackout: Iterable[date] = ()) -> int:
    """Paint the weeks on a QPrinter or QPdfWriter in one of MODES; returns the page count.

    days: a page per week (a week too full for its hours becomes an agenda with times); lanes: departments as
    rows (lanes that do not fit continue on the next page); month: a page per month the weeks touch;
    weeks2/weeks4: 2 or 4 weeks a page; agenda: a list grouped by day over all the weeks."""
    if mode not in MODES:
        raise ValueError(f"unknown print mode '{mode}' (use {', '.join(MODES)})")
    markers = markers or {}
    blackout = frozenset(blackout)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing (is the output file writable?)")
    try:
        page = _page_size(device)
        pages = _plan_pages(painter, page, list(weeks), entries_for_week, tz, colours, mode, blackout)
        for n, p in enumerate(pages, start=1):
            if n > 1:
                device.newPage()
            _paint_page(painter, page, p, n, len(pages), colours=colours, markers=markers, mode=mode,
                        filters_text=filters_text, printed_at=printed_at, title=title, blackout=blackout)
        return len(pages)
    finally:
        painter.end()


def _entries_of(weeks: Sequence[date], entries_for_week) -> list[Entry]:
    seen: dict[int, Entry] = {}
    for monday in weeks:
        for e in entries_for_week(monday):
            seen.setdefault(e.id, e)
    return sorted(seen.values(), key=lambda e: (e.start, e.id))


def _plan_pages(painter, page: QRectF, weeks: list[date], entries_for_week, tz, colours, mode: str,
                blackout: frozenset = frozenset()) -> list[_Page]:
    pages: list[_Page] = []
    if mode in ("month", "weeks2", "weeks4"):
        if mode == "month":
            for month in months_of(weeks):
                first = month - timedelta(days=month.weekday())
                grid_weeks = weeks_between(first, (month + timedelta(days=32)).replace(day=1) - timedelta(days=1))
                entries = _entries_of(grid_weeks, entries_for_week)
                pages.append(_Page(first, entries, month_layout(entries, month, tz, per_day=40), kind="grid",
                                   heading=month_year(month)))
        else:
            n = 2 if mode == "weeks2" else 4
            for i in range(0, len(weeks), n):
                chunk = weeks[i:i + n]
                entries = _entries_of(chunk, entries_for_week)
                last = chunk[0] + timedelta(days=7 * n - 1)
                a, b = chunk[0].isocalendar(), (last - timedelta(days=6)).isocalendar()
                weeks_text = (translate("Printing", "Weeks {first}–{last}, {year}").format(
                    first=a.week, last=b.week, year=b.year) if a.year == b.year
                    else translate("Printing", "Weeks {first}, {first_year} – {last}, {year}").format(
                        first=a.week, first_year=a.year, last=b.week, year=b.year))
                pages.append(_Page(chunk[0], entries, weeks_grid(entries, chunk[0], n, tz, per_day=60), kind="grid",
                                   heading=f"{weeks_text} · {range_text(chunk[0], last)}"))
        return pages
    if mode == "agenda":
        entries = _entries_of(weeks, entries_for_week)
        first, last = weeks[0], weeks[-1] + timedelta(days=6)
        lay = agenda_layout(entries, first, last, tz, keep_days=blackout)
        body = _body_rect(painter, page, entries, colours)
        heading = translate("Printing", "Agenda · {days}").format(days=range_text(first, last))
        for rows in plan_agenda_pages(painter, body, agenda_rows(painter, lay)):
            pages.append(_Page(first, entries, lay, kind="agenda", heading=heading, rows=rows))
        return pages
    for monday in weeks:
        entries = list(entries_for_week(monday))
        heading = f"{week_label(monday)} · {date_range_label(monday)}"
        if mode == "days":
            lay = week_layout(entries, monday, tz)
            if not too_full(lay):
                pages.append(_Page(monday, entries, lay, heading=heading))
                continue
            agenda = agenda_layout(entries, monday, monday + timedelta(days=6), tz, keep_days=blackout)
            body = _body_rect(painter, page, entries, colours)
            for rows in plan_agenda_pages(painter, body, agenda_rows(painter, agenda)):
                pages.append(_Page(monday, entries, agenda, kind="full", heading=heading, rows=rows))
        else:
            lay = lanes_layout(entries, monday, tz, lanes=sorted({e.department for e in entries if e.department},
                                                                  key=str.casefold))
            body = _body_rect(painter, page, entries, colours)
            for lanes in plan_lane_pages(painter, body, lay) if lay.lanes else [[]]:
                pages.append(_Page(monday, entries, lay, lanes, kind="lanes", heading=heading))
    return pages


def _legend_items(entries: list[Entry], colours: dict[str, str]) -> list[str]:
    return sorted({e.department or translate("Printing", "(no department)") for e in entries}, key=str.casefold)


def _legend_height(painter: QPainter, width: float, items: list[str]) -> float:
    f = font(7.0)
    fm = metrics(painter, f)
    k = pt(painter)
    x, rows = 0.0, 1
    for name in items + [conflict_label(), translate("Printing", "Page {number} of {total}").format(number=99, total=99)]:
        w = 12 * k + fm.horizontalAdvance(name) + 10 * k
        if x and x + w > width:
            rows += 1
            x = 0.0
        x += w
    return rows * (fm.height() + 3 * k) + 4 * k


def _header_height(painter: QPainter) -> float:
    k = pt(painter)
    return metrics(painter, font(13.0, bold=True)).height() + metrics(painter, font(8.0)).height() + 8 * k


def _body_rect(painter: QPainter, page: QRectF, entries: list[Entry], colours: dict[str, str]) -> QRectF:
    top = page.top() + _header_height(painter)
    bottom = page.bottom() - _legend_height(painter, page.width(), _legend_items(entries, colours))
    return QRectF(page.left(), top, page.width(), bottom - top)


def _paint_page(painter: QPainter, page: QRectF, p: _Page, number: int, total: int, *, colours, markers, mode: str,
                filters_text: str, printed_at: datetime, title: str, blackout: frozenset = frozenset()) -> None:
    k = pt(painter)
    painter.save()
    # header
    big, small = font(13.0, bold=True), font(8.0)
    bfm, sfm = metrics(painter, big), metrics(painter, small)
    painter.setPen(TEXT_COLOUR)
    painter.setFont(big)
    painter.drawText(QPointF(page.left(), page.top() + bfm.ascent()), p.heading)
    painter.setFont(small)
    painter.setPen(MUTED_COLOUR)
    right = translate("Printing", "{title} · printed {stamp}").format(
        title=title, stamp=f"{date_text(printed_at.date(), weekday=False)} {time_text(printed_at)}")
    painter.drawText(QRectF(page.left(), page.top(), page.width(), bfm.height()),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    view = translate("Printing", VIEW_TEXT["full" if p.kind == "full" else mode])
    tz = p.layout.tz if hasattr(p.layout, "tz") else None
    tz_name = getattr(tz, "key", str(tz)) if tz is not None else ""
    sub = " · ".join((translate("Printing", "Filters: {filters}").format(
        filters=filters_text or translate("Views", "none (all entries)")),
        tr("%n entries", "", len(p.entries)), view))
    sub += " · " + translate("Printing", "times in {zone}").format(zone=tz_name) if tz_name else ""
    painter.drawText(QPointF(page.left(), page.top() + bfm.height() + 2 * k + sfm.ascent()),
                     sfm.elidedText(sub, Qt.TextElideMode.ElideMiddle, page.width()))
    body = _body_rect(painter, page, p.entries, colours)
    painter.restore()
    if p.kind == "days":
        drawn = paint_week(painter, body, p.layout, colours=colours, markers=markers, now=None, style=PAPER)
        shade_blackout_days(painter, drawn.day_rects, p.layout.days, blackout)
    elif p.kind == "lanes" and p.lanes:
        paint_lanes(painter, body, p.layout, colours=colours, markers=markers, lanes=p.lanes, style=LanesStyle())
    elif p.kind == "grid":
        paint_grid(painter, body, p.layout, tz=tz, colours=colours, markers=markers, blackout=blackout)
    elif p.kind in ("agenda", "full"):
        paint_agenda(painter, body, p.rows or [], colours=colours, markers=markers, blackout=blackout)
    else:
        painter.setFont(font(10.0))
        painter.setPen(MUTED_COLOUR)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, translate("Printing", "No entries this week"))
    # frame around the body
    painter.save()
    painter.setPen(QColor(MUTED_COLOUR))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(body)
    painter.restore()
    _paint_legend(painter, page, body, _legend_items(p.entries, colours), colours, number, total,
                  blackout=bool(blackout))


def _paint_legend(painter: QPainter, page: QRectF, body: QRectF, items: list[str], colours, number: int,
                  total: int, blackout: bool = False) -> None:
    k = pt(painter)
    f = font(7.0)
    fm = metrics(painter, f)
    painter.save()
    painter.setFont(f)
    row_h = fm.height() + 3 * k
    x, y = page.left(), body.bottom() + 4 * k
    page_text = translate("Printing", "Page {number} of {total}").format(number=number, total=total)
    for i, name in enumerate(items + [conflict_label()] + ([blackout_label()] if blackout else [])):
        w = 12 * k + fm.horizontalAdvance(name) + 10 * k
        if x > page.left() and x + w > page.right() - fm.horizontalAdvance(page_text) - 10 * k:
            x, y = page.left(), y + row_h
        swatch = QRectF(x, y + (row_h - 8 * k) / 2, 8 * k, 8 * k)
        if i == len(items):
            painter.setPen(QColor(MUTED_COLOUR))
            painter.setBrush(QColor("white"))
            painter.drawRect(swatch)
            draw_mark(painter, swatch, 6 * k)
            painter.setPen(MARK_COLOUR)
        elif i == len(items) + 1:
            paint_blackout(painter, swatch)
            painter.setPen(TEXT_COLOUR)
        else:
            painter.fillRect(swatch, colour_of(colours, name))
            painter.setPen(TEXT_COLOUR)
        painter.drawText(QPointF(x + 12 * k, y + (row_h - fm.height()) / 2 + fm.ascent()), name)
        x += w
    painter.setPen(MUTED_COLOUR)
    painter.drawText(QRectF(page.left(), body.bottom() + 4 * k, page.width(), row_h),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_text)
    painter.restore()


def setup_page(device: QPagedPaintDevice) -> None:
    """A4 landscape with 10 mm margins (the user may change it in the dialog)."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)


def write_week_pdf(path: str | Path, weeks: Sequence[date], entries_for_week: Callable[[date], list[Entry]], *,
                   tz: ZoneInfo, colours: dict[str, str], markers: dict[int, str] | None = None, mode: str = "days",
                   filters_text: str = "", printed_at: datetime, title: str = "Masthead",
                   blackout: Iterable[date] = ()) -> int:
    """Write the weeks as an A4 landscape PDF, atomically; returns the page count."""
    if not weeks:
        raise ValueError("no weeks to print")
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(600)
        writer.setCreator("Masthead")
        first, last = weeks[0].isocalendar(), weeks[-1].isocalendar()
        span = f"{first.year}-W{first.week:02d}" + (f" – {last.year}-W{last.week:02d}" if len(weeks) > 1 else "")
        writer.setTitle(translate("Printing", "Masthead week {weeks}").format(weeks=span))
        setup_page(writer)
        pages = render_weeks(writer, weeks, entries_for_week, tz=tz, colours=colours, markers=markers, mode=mode,
                             filters_text=filters_text, printed_at=printed_at, title=title, blackout=blackout)
        del writer  # flushes and closes the file before it is renamed into place
    return pages


def entries_by_week(entries: Iterable[Entry], tz: ZoneInfo) -> Callable[[date], list[Entry]]:
    """A lookup for render_weeks over an already-loaded list (the command line's consolidated entries)."""
    entries = list(entries)

    def for_week(monday: date) -> list[Entry]:
        start = datetime.combine(monday, time(0), tzinfo=tz)
        end = start + timedelta(days=7)
        out = []
        for e in entries:
            if e.all_day:
                last = e.end_date if e.end_date and e.end_date > e.start_date else e.start_date + timedelta(days=1)
                if e.start_date < monday + timedelta(days=7) and last > monday:
                    out.append(e)
            else:
                e_end = e.end if e.end and e.end > e.start else e.start
                if e.start < end and (e_end > start or e.start >= start):
                    out.append(e)
        return out

    return for_week


MAX_WEEKS = 104


def write_consolidated_pdf(path: str | Path, result, *, weeks: Sequence[date] = (), date_from: date | None = None,
                           date_to: date | None = None, departments: Sequence[str] = (),
                           channels: Sequence[str] = (), mode: str = "days", printed_at: datetime | None = None,
                           blackout: Iterable[date] = ()) -> int:
    """The command line's --week-pdf: print a ConsolidateResult's entries with its conflicts marked.

    Weeks: ``weeks`` if given, else those of the --from/--to period, else every week with entries.
    """
    from calendar_core.timeconv import zone_or_utc

    tz = zone_or_utc(getattr(result, "timezone", None))
    entries = list(result.entries)
    if not weeks:
        if date_from or date_to:
            first = date_from or (date_to - timedelta(days=6))
            last = date_to or (date_from + timedelta(days=6))
        elif entries:
            days = [e.start_date if e.all_day else e.start.astimezone(tz).date() for e in entries]
            first, last = min(days), max(days)
        else:
            first = last = datetime.now(tz).date()
        weeks = weeks_between(first, last)
    if len(weeks) > MAX_WEEKS:
        raise ValueError(f"--week-pdf: {len(weeks)} weeks is too many to print (at most {MAX_WEEKS}); "
                         "choose them with --week or --from/--to")
    flt = EntryFilter(departments=frozenset(departments), channels=frozenset(channels))
    text = filters_description(flt)
    if date_from or date_to:
        period = f"{date_from or '…'} to {date_to or '…'}"
        text = f"{text} · period {period}" if text else f"period {period}"
    colours = dict(getattr(result, "colours", {}) or {})
    return write_week_pdf(path, list(weeks), entries_by_week(entries, tz), tz=tz, colours=colours,
                          markers=markers_from_conflicts(result.conflicts), mode=mode, filters_text=text,
                          printed_at=printed_at or datetime.now(tz),
                          blackout=blackout or getattr(result, "blackout", ()))


def open_print_preview(parent, workspace, weeks: Sequence[date], flt: EntryFilter | None = None, mode: str = "days"):
    """File ▸ Print week…: open a (window-modal) print preview of ``weeks`` with ``flt``; returns the dialog."""
    from ui.print_preview import PrintJob, WeekPrintPreview

    if not weeks:
        raise ValueError("no weeks to print")
    dialog = WeekPrintPreview(PrintJob.from_workspace(workspace, list(weeks), flt), mode, parent)
    dialog.open()
    return dialog
