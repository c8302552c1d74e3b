"""Paint a LanesLayout (calendar_core.layout.lanes_layout): departments as rows, days as columns.

Every entry is listed whole in its (lane, day) cell: "time title · channel",
word-wrapped, with a colour chip of its department and the conflict mark.
The text shrinks down to ``min_text_pt`` to fit the page; past that the lanes
are spread over several pages (:func:`plan_lane_pages`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from calendar_core.layout import LaneItem, LanesLayout
from ui.locale_format import day_header, layout_label, weekday_short
from ui.painting.common import (
    GRID_COLOUR, MUTED_COLOUR, TEXT_COLOUR, blend, colour_of, draw_lines, draw_mark, fit_lines, font, metrics, pt,
)


@dataclass
class LanesStyle:
    text_pt: float = 7.0
    min_text_pt: float = 5.0
    header_pt: float = 8.5
    lane_pt: float = 8.0
    lane_width_pt: float = 78.0
    pad_pt: float = 2.0
    gap_pt: float = 1.2
    weekend_tint: QColor = field(default_factory=lambda: QColor("#f4f5f7"))


@dataclass
class LanesPaint:
    hits: list[tuple[QRectF, int]] = field(default_factory=list)
    text_pt: float = 0.0
    hidden: int = 0
    marked: set[int] = field(default_factory=set)


def _item_text(item: LaneItem) -> str:
    e = item.entry
    return f"{layout_label(item.label)} {e.title}" + (f" · {e.channel}" if e.channel else "")


class _Measure:
    def __init__(self, painter: QPainter, rect: QRectF, layout: LanesLayout, style: LanesStyle, size: float):
        k = pt(painter)
        self.k, self.size = k, size
        self.pad, self.gap = style.pad_pt * k, style.gap_pt * k
        self.chip = 3.0 * k
        self.text_font = font(size)
        self.header_font = font(style.header_pt, bold=True)
        self.lane_font = font(max(min(style.lane_pt, size + 1.5), style.min_text_pt), bold=True)
        self.line_h = metrics(painter, self.text_font).height()
        self.lane_line_h = metrics(painter, self.lane_font).height()
        self.header_h = metrics(painter, self.header_font).height() + 2 * self.pad
        lfm = metrics(painter, self.lane_font)
        longest = max((lfm.horizontalAdvance(w) for name in layout.lanes for w in name.split()), default=0.0)
        self.lane_w = min(max(style.lane_width_pt * k, longest + 4 * self.pad + 2 * self.chip), 140 * k)
        self.day_w = (rect.width() - self.lane_w) / max(len(layout.days), 1)
        self.text_w = self.day_w - 2 * self.gap - self.chip - 2 * self.pad - self.line_h * 0.6  # room for the mark
        self.cells: dict[tuple[int, int], list[tuple[LaneItem, list[str]]]] = {}
        self.row_h: list[float] = []
        for lane, name in enumerate(layout.lanes):
            lane_lines = fit_lines(painter, self.lane_font, [name], self.lane_w - 4 * self.pad, 4, True) or [name]
            need = len(lane_lines) * self.lane_line_h + 2 * self.pad
            for d in range(len(layout.days)):
                rows = [(i, fit_lines(painter, self.text_font, [_item_text(i)], self.text_w, 12, True) or [""])
                        for i in layout.cell(lane, d)]
                self.cells[(lane, d)] = rows
                h = sum(len(ls) * self.line_h + self.pad + self.gap for _, ls in rows) + self.gap
                need = max(need, h)
            self.row_h.append(max(need, 2 * self.line_h + 2 * self.pad))


def _measure(painter, rect, layout, style) -> _Measure:
    """The largest text size at which every lane fits the page (or the smallest size)."""
    size = style.text_pt
    while True:
        m = _Measure(painter, rect, layout, style, size)
        if m.header_h + sum(m.row_h) <= rect.height() or size <= style.min_text_pt:
            return m
        size = max(size - 0.5, style.min_text_pt)


def plan_lane_pages(painter: QPainter, rect: QRectF, layout: LanesLayout, style: LanesStyle | None = None) -> list[list[int]]:
    """Lane indexes per page: one page when everything fits, else consecutive lanes per page."""
    style = style or LanesStyle()
    m = _measure(painter, rect, layout, style)
    avail = rect.height() - m.header_h
    pages: list[list[int]] = [[]]
    used = 0.0
    for lane, h in enumerate(m.row_h):
        if pages[-1] and used + h > avail:
            pages.append([])
            used = 0.0
        pages[-1].append(lane)
        used += h
    return pages


def paint_lanes(painter: QPainter, rect: QRectF, layout: LanesLayout, *, colours: dict[str, str],
                markers: dict[int, str] | None = None, lanes: list[int] | None = None,
                style: LanesStyle | None = None) -> LanesPaint:
    """Draw the lanes ``lanes`` (default all) of ``layout`` filling ``rect``."""
    style = style or LanesStyle()
    markers = markers or {}
    lanes = list(range(len(layout.lanes))) if lanes is None else lanes
    sub = _measure(painter, rect, layout, style)
    out = LanesPaint(text_pt=sub.size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, QColor("white"))
    m = sub
    heights = [m.row_h[i] for i in lanes]
    spare = rect.height() - m.header_h - sum(heights)
    if spare > 0 and heights:  # share the spare height so the grid fills the page
        heights = [h + spare / len(heights) for h in heights]
    thin = QPen(GRID_COLOUR, max(0.5 * m.k, 1.0))
    x0 = rect.left() + m.lane_w
    # day headers and weekend tint
    hfm = metrics(painter, m.header_font)
    for d, day in enumerate(layout.days):
        x = x0 + d * m.day_w
        if day.weekday() >= 5:
            painter.fillRect(QRectF(x, rect.top(), m.day_w, rect.height()), style.weekend_tint)
        label = day_header(day)
        if hfm.horizontalAdvance(label) > m.day_w - 2 * m.pad:
            label = f"{weekday_short(day)} {day.day}"
        painter.setFont(m.header_font)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(QRectF(x, rect.top(), m.day_w, m.header_h), Qt.AlignmentFlag.AlignCenter, label)
    y = rect.top() + m.header_h
    for lane, h in zip(lanes, heights):
        name = layout.lanes[lane]
        lane_colour = colour_of(colours, name) if name in colours else QColor(MUTED_COLOUR)
        painter.fillRect(QRectF(rect.left(), y, m.lane_w, h), blend(lane_colour, QColor("white"), 0.85))
        painter.fillRect(QRectF(rect.left(), y, 2 * m.chip, h), lane_colour)
        painter.setPen(TEXT_COLOUR)
        lines = fit_lines(painter, m.lane_font, [name], m.lane_w - 4 * m.pad, 4, True) or [name]
        draw_lines(painter, m.lane_font, lines, rect.left() + 2 * m.chip + m.pad, y + m.pad, m.lane_line_h)
        for d in range(len(layout.days)):
            cy = y + m.gap
            for item, item_lines in m.cells[(lane, d)]:
                ih = len(item_lines) * m.line_h + m.pad
                if cy + ih > y + h + 0.01:
                    out.hidden += 1
                    continue
                r = QRectF(x0 + d * m.day_w + m.gap, cy, m.day_w - 2 * m.gap, ih)
                base = colour_of(colours, item.entry.department)
                painter.fillRect(r, blend(base, QColor("white"), 0.8))
                painter.fillRect(QRectF(r.left(), r.top(), m.chip, r.height()), base)
                painter.setPen(TEXT_COLOUR)
                draw_lines(painter, m.text_font, item_lines, r.left() + m.chip + m.pad, r.top() + m.pad / 2, m.line_h)
                if item.entry.id in markers:
                    draw_mark(painter, r, m.line_h * 0.6)
                    out.marked.add(item.entry.id)
                out.hits.append((r, item.entry.id))
                cy += ih + m.gap
        painter.setPen(thin)
        painter.drawLine(QPointF(rect.left(), y + h), QPointF(rect.right(), y + h))
        y += h
    painter.setPen(thin)
    for d in range(len(layout.days) + 1):
        x = x0 + d * m.day_w
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, y))
    painter.setPen(QPen(MUTED_COLOUR, max(0.6 * m.k, 1.0)))
    painter.drawLine(QPointF(rect.left(), rect.top() + m.header_h), QPointF(rect.right(), rect.top() + m.header_h))
    painter.restore()
    return out
