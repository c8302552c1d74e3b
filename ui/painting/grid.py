"""Painters for the month-like grid (a month, or 2/4 weeks per page) and the agenda list.

Both draw a layout from calendar_core.layout (MonthLayout, AgendaLayout). Blackout
days are hatched and labelled, so they read in black-and-white too; each entry
carries its department's colour as a swatch *and* its time and title as text.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform

from calendar_core.layout import AgendaLayout, MonthLayout
from ui.i18n import translate, tr
from ui.locale_format import date_long, day_month, layout_label, time_text, weekday_short
from ui.painting.common import GRID_COLOUR, MARK_COLOUR, MUTED_COLOUR, TEXT_COLOUR, colour_of, font, metrics, pt

BLACKOUT_FILL = QColor("#e8e8e8")


def blackout_label() -> str:
    """ "Blackout", in the window's language."""
    return translate("Painting", "Blackout")


def weekdays() -> list[str]:
    """Monday..Sunday abbreviated in the window's locale."""
    return [weekday_short(date(2024, 1, 1 + i)) for i in range(7)]  # 2024-01-01 was a Monday


def paint_blackout(painter: QPainter, rect: QRectF) -> None:
    """Grey fill plus diagonal hatching: visible on screen and in black-and-white print."""
    painter.save()
    painter.fillRect(rect, BLACKOUT_FILL)
    brush = QBrush(QColor("#9a9a9a"), Qt.BrushStyle.BDiagPattern)
    scale = max(pt(painter) * 0.8, 1.0)  # hatching in points, so it shows on 600-dpi paper too
    brush.setTransform(QTransform.fromScale(scale, scale))
    painter.fillRect(rect, brush)
    painter.restore()


def shade_blackout_days(painter: QPainter, day_rects: list[QRectF], days: list[date], blackout,
                        top: float | None = None) -> None:
    """A hatched band labelled "Blackout" in each blackout day's column of a painted week: at ``top`` (the screen:
    just under the day names) or along the foot of the column (paper)."""
    if not blackout:
        return
    k = pt(painter)
    f = font(7.0, bold=True)
    fm = metrics(painter, f)
    h = fm.height() + 4 * k
    for r, d in zip(day_rects, days):
        if d in blackout:
            band = QRectF(r.left(), top if top is not None else r.bottom() - h, r.width(), h)
            paint_blackout(painter, band)
            painter.save()
            painter.setFont(f)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, blackout_label())
            painter.restore()


def _time_of(e, tz) -> str:
    return "" if e.all_day else f"{time_text(e.start.astimezone(tz))} "


def paint_grid(painter: QPainter, rect: QRectF, layout: MonthLayout, *, tz, colours: dict[str, str],
               markers: dict[int, str] | None = None, blackout: set[date] | frozenset = frozenset()) -> None:
    """Weeks as rows, Monday..Sunday as columns; each cell lists its entries ("+N more" when cut)."""
    markers = markers or {}
    k = pt(painter)
    head_f, day_f, item_f = font(8.0, bold=True), font(7.5, bold=True), font(6.5)
    hfm, dfm, ifm = metrics(painter, head_f), metrics(painter, day_f), metrics(painter, item_f)
    head_h = hfm.height() + 4 * k
    rows = max(1, len(layout.weeks))
    col_w = rect.width() / 7
    row_h = (rect.height() - head_h) / rows
    painter.save()
    painter.setFont(head_f)
    painter.setPen(TEXT_COLOUR)
    for i, name in enumerate(weekdays()):
        painter.drawText(QRectF(rect.left() + i * col_w, rect.top(), col_w, head_h), Qt.AlignmentFlag.AlignCenter, name)
    line_h = ifm.height() + 1 * k
    for r, week in enumerate(layout.weeks):
        for c, cell in enumerate(week):
            box = QRectF(rect.left() + c * col_w, rect.top() + head_h + r * row_h, col_w, row_h)
            if cell.day in blackout:
                paint_blackout(painter, box)
            elif not cell.in_month:
                painter.fillRect(box, QColor("#f4f5f7"))
            painter.setPen(QPen(GRID_COLOUR, 0.6 * k))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            painter.setFont(day_f)
            painter.setPen(TEXT_COLOUR if cell.in_month else MUTED_COLOUR)
            label = f"{cell.day.day}" if cell.day.day != 1 else day_month(cell.day)
            painter.drawText(QPointF(box.left() + 3 * k, box.top() + 2 * k + dfm.ascent()), label)
            if cell.day in blackout:
                painter.drawText(QRectF(box.left(), box.top() + 2 * k, box.width() - 3 * k, dfm.height()),
                                 Qt.AlignmentFlag.AlignRight, blackout_label())
            y = box.top() + dfm.height() + 4 * k
            painter.setFont(item_f)
            fits = max(0, int((box.bottom() - y - 2 * k) // line_h))
            shown = cell.entries
            hidden = cell.hidden
            if len(shown) > fits:
                hidden += len(shown) - max(0, fits - 1)
                shown = shown[:max(0, fits - 1)]
            for e in shown:
                sw = QRectF(box.left() + 3 * k, y + (line_h - 5 * k) / 2, 5 * k, 5 * k)
                painter.fillRect(sw, colour_of(colours, e.department))
                painter.setPen(MARK_COLOUR if e.id in markers else TEXT_COLOUR)
                text = ("⚠ " if e.id in markers else "") + _time_of(e, tz) + e.title
                painter.drawText(QPointF(sw.right() + 2 * k, y + ifm.ascent()),
                                 ifm.elidedText(text, Qt.TextElideMode.ElideRight, box.right() - sw.right() - 4 * k))
                y += line_h
            if hidden:
                painter.setPen(MUTED_COLOUR)
                painter.drawText(QPointF(box.left() + 3 * k, y + ifm.ascent()), tr("+%n more", "", hidden))
    painter.restore()


def agenda_rows(painter: QPainter, layout: AgendaLayout) -> list[tuple[str, object]]:
    """The agenda as printable rows: ("day", AgendaDay) headings and ("item", (AgendaDay, AgendaItem))."""
    rows: list[tuple[str, object]] = []
    for day in layout.days:
        rows.append(("day", day))
        rows += [("item", (day, item)) for item in day.items]
        if not day.items:
            rows.append(("empty", day))
    return rows


def agenda_row_height(painter: QPainter, kind: str) -> float:
    k = pt(painter)
    f = font(9.0, bold=True) if kind == "day" else font(8.0)
    return metrics(painter, f).height() + (6 if kind == "day" else 2) * k


def plan_agenda_pages(painter: QPainter, rect: QRectF, rows: list[tuple[str, object]]) -> list[list[tuple[str, object]]]:
    """Split rows into pages that fit ``rect``; a day heading never ends a page."""
    pages, page, used = [], [], 0.0
    for i, row in enumerate(rows):
        h = agenda_row_height(painter, row[0])
        need = h + (agenda_row_height(painter, "item") if row[0] == "day" else 0)
        if page and used + need > rect.height():
            pages.append(page)
            page, used = [], 0.0
            if row[0] != "day":  # repeat the day heading on the new page
                page.append(("day", row[1][0] if row[0] == "item" else row[1]))
                used += agenda_row_height(painter, "day")
        page.append(row)
        used += h
    if page:
        pages.append(page)
    return pages or [[]]


def paint_agenda(painter: QPainter, rect: QRectF, rows: list[tuple[str, object]], *, colours: dict[str, str],
                 markers: dict[int, str] | None = None, blackout: set[date] | frozenset = frozenset()) -> None:
    """One page of agenda rows: day headings, then time, swatch, title, department · channel · owner."""
    markers = markers or {}
    k = pt(painter)
    day_f, item_f = font(9.0, bold=True), font(8.0)
    ifm = metrics(painter, item_f)
    time_w = ifm.horizontalAdvance(layout_label("22:00–Wed 22:00")) + 6 * k
    y = rect.top()
    painter.save()
    if not rows:
        painter.setFont(font(10.0))
        painter.setPen(MUTED_COLOUR)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, translate("Painting", "No entries in this period"))
    for kind, data in rows:
        h = agenda_row_height(painter, kind)
        if kind == "day":
            box = QRectF(rect.left(), y + 2 * k, rect.width(), h - 2 * k)
            if data.day in blackout:
                paint_blackout(painter, box)
            else:
                painter.fillRect(box, QColor("#eef1f4"))
            painter.setFont(day_f)
            painter.setPen(TEXT_COLOUR)
            text = date_long(data.day) + (f"  ·  {blackout_label()}" if data.day in blackout else "")
            painter.drawText(box.adjusted(4 * k, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
        elif kind == "empty":
            painter.setFont(item_f)
            painter.setPen(MUTED_COLOUR)
            painter.drawText(QPointF(rect.left() + 4 * k, y + (h - ifm.height()) / 2 + ifm.ascent()), translate("Painting", "nothing planned"))
        else:
            _, item = data
            e = item.entry
            painter.setFont(item_f)
            painter.setPen(MARK_COLOUR if e.id in markers else TEXT_COLOUR)
            base = y + (h - ifm.height()) / 2 + ifm.ascent()
            painter.drawText(QPointF(rect.left() + 4 * k, base), layout_label(item.label))
            sw = QRectF(rect.left() + time_w, y + (h - 7 * k) / 2, 7 * k, 7 * k)
            painter.fillRect(sw, colour_of(colours, e.department))
            who = " · ".join(x for x in (e.department, e.channel, e.owner) if x)
            text = ("⚠ " if e.id in markers else "") + e.title + (f"   — {who}" if who else "")
            painter.drawText(QPointF(sw.right() + 4 * k, base),
                             ifm.elidedText(text, Qt.TextElideMode.ElideRight, rect.right() - sw.right() - 6 * k))
            painter.setPen(QPen(GRID_COLOUR, 0.4 * k))
            painter.drawLine(QPointF(rect.left(), y + h), QPointF(rect.right(), y + h))
        y += h
    painter.restore()
