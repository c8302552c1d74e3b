"""Paint a WeekLayout (calendar_core.layout.week_layout) onto any QPainter in a QRectF.

The on-screen WeekView and the printed week both call :func:`paint_week`; only
the style differs (on screen text is elided and tooltips tell the rest, on
paper every title must be whole). A day whose blocks would be too narrow (or,
on paper, too short for their titles) is drawn as a compact list instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from calendar_core.layout import Bar, Block, WeekLayout
from calendar_core.model import Entry
from ui.i18n import translate, tr
from ui.locale_format import day_header, hour_label, layout_label, weekday_short
from ui.painting.common import (
    GRID_COLOUR, MARK_COLOUR, MUTED_COLOUR, SELECT_COLOUR, TEXT_COLOUR, blend, colour_of, draw_lines, draw_mark,
    fill_for, fit_lines, font, metrics, pt, text_on,
)


@dataclass
class WeekStyle:
    """Sizes in points. ``elide``: screen (cut with …); otherwise paper (titles whole)."""

    text_pt: float = 8.0
    min_text_pt: float = 5.5
    header_pt: float = 9.0
    hour_pt: float = 7.0
    min_block_width_pt: float = 40.0
    min_hour_pt: float = 30.0  # the screen view scrolls below this
    gap_pt: float = 1.2
    pad_pt: float = 2.0
    elide: bool = True
    solid: bool = True  # blocks filled with the department colour; False: a light tint and a colour chip (paper)
    weekend_tint: QColor = field(default_factory=lambda: QColor("#f4f5f7"))
    today: date | None = None
    max_bar_rows: int = 4  # on screen: all-day rows shown; the last becomes "+N more" per day when there are more


SCREEN = WeekStyle()
PAPER = WeekStyle(text_pt=7.0, min_text_pt=5.0, header_pt=8.5, hour_pt=6.5, min_block_width_pt=34.0, elide=False,
                  solid=False)


@dataclass
class WeekPaint:
    """What was drawn where: for hit-testing on screen and for tests."""

    hits: list[tuple[QRectF, int]] = field(default_factory=list)  # later ones are on top
    compact_days: set[int] = field(default_factory=set)
    hidden: dict[int, int] = field(default_factory=dict)  # day -> entries not shown (should stay empty)
    more: list[tuple[QRectF, list[int]]] = field(default_factory=list)  # "+N more" rows: rect, the slot's entries
    marked: set[int] = field(default_factory=set)  # entries drawn with the conflict mark
    day_rects: list[QRectF] = field(default_factory=list)
    timed_rect: QRectF = field(default_factory=QRectF)

    def entry_at(self, pos: QPointF) -> int | None:
        for rect, entry_id in reversed(self.hits):
            if rect.contains(pos) and entry_id > 0:  # a ghost (negative id) is a moved entry's old place
                return entry_id
        return None

    def rect_of(self, entry_id: int) -> QRectF | None:
        return next((r for r, i in self.hits if i == entry_id), None)

    def more_at(self, pos: QPointF) -> list[int] | None:
        """The entries of the crowded slot whose "+N more" row is under ``pos``."""
        return next((ids for rect, ids in self.more if rect.contains(pos)), None)


def _block_texts(e: Entry, label: str) -> list[str]:
    head = f"{layout_label(label) if label else ''} {e.title}".strip()
    return [f"{head} · {e.channel}", head] if e.channel else [head]


class _Geometry:
    def __init__(self, painter: QPainter, rect: QRectF, layout: WeekLayout, style: WeekStyle):
        k = pt(painter)
        self.k = k
        self.pad = style.pad_pt * k
        self.gap = style.gap_pt * k
        self.header_font = font(style.header_pt, bold=True)
        self.hour_font = font(style.hour_pt)
        self.text_font = font(style.text_pt)
        hfm, tfm, hourfm = (metrics(painter, f) for f in (self.header_font, self.text_font, self.hour_font))
        self.line_h = tfm.height()
        self.solid = style.solid
        self.inset = 0.0 if style.solid else 3.0 * k  # the colour chip left of the text
        self.header_h = hfm.height() + 2 * self.pad
        self.gutter = max(hourfm.horizontalAdvance(t) for t in (
            "00:00", hour_label(10), hour_label(23), " " + translate("WeekPainting", "all day"))) + 3 * self.pad
        n = max(len(layout.days), 1)
        self.rect = rect
        self.widths = [(rect.width() - self.gutter) / n] * n
        self.n = n

    def w(self, d: int) -> float:
        return self.widths[d]

    def day_x(self, d: int) -> float:
        return self.rect.left() + self.gutter + sum(self.widths[:d])

    def span(self, first: int, last: int) -> float:
        return sum(self.widths[first:last + 1])


def _bar_rows(painter: QPainter, g: _Geometry, layout: WeekLayout, style: WeekStyle) -> list[float]:
    """Height of every all-day row: one line on screen, as many as the longest title needs on paper."""
    rows = [1] * (min(layout.all_day_rows, style.max_bar_rows) if style.elide else layout.all_day_rows)
    if not style.elide:
        for bar in layout.bars:
            width = g.span(bar.first_day, bar.last_day) - 2 * g.gap - 2 * g.pad
            lines = fit_lines(painter, g.text_font, _block_texts(bar.entry, ""), width, 6, elide=True)
            rows[bar.row] = max(rows[bar.row], len(lines or [1]))
    return [r * g.line_h + 2 * g.pad + g.gap for r in rows]


def week_heights(painter: QPainter, rect: QRectF, layout: WeekLayout, style: WeekStyle) -> tuple[float, float]:
    """(height above the hours, minimum height of the hours) for sizing a scrolling view."""
    g = _Geometry(painter, rect, layout, style)
    strip = sum(_bar_rows(painter, g, layout, style)) + g.gap * 2
    return g.header_h + strip, (layout.hour_end - layout.hour_start) * style.min_hour_pt * g.k


def paint_week(painter: QPainter, rect: QRectF, layout: WeekLayout, *, colours: dict[str, str],
               markers: dict[int, str] | None = None, selected: set[int] | frozenset[int] = frozenset(),
               now: datetime | None = None, style: WeekStyle = SCREEN) -> WeekPaint:
    """Draw ``layout`` filling ``rect``; returns where each entry went."""
    markers = markers or {}
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # axis-aligned shapes: fast on the raster engine
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    g = _Geometry(painter, rect, layout, style)
    out = WeekPaint()
    strip_top = rect.top() + g.header_h
    hours = max(layout.hour_end - layout.hour_start, 1)
    for attempt in range(2):  # on paper, crowded days may take width from quiet ones, then measure again
        row_h = _bar_rows(painter, g, layout, style)
        strip_h = sum(row_h) + g.gap * 2
        top = strip_top + strip_h
        hour_h = (rect.bottom() - top) / hours
        if style.elide or attempt or not _balance_widths(painter, g, layout, top, hour_h, style, markers):
            break
    out.timed_rect = QRectF(rect.left() + g.gutter, top, rect.width() - g.gutter, rect.bottom() - top)

    painter.fillRect(rect, QColor("white"))
    _paint_grid(painter, g, layout, style, strip_top, top, hour_h, hours, out)

    # all-day strip
    row_tops = [strip_top + g.gap + sum(row_h[:i]) for i in range(len(row_h))]
    cut = len(row_h) - 1 if len(row_h) < layout.all_day_rows else None  # the row of the "+N more" chips
    behind: dict[int, list] = {}
    for bar in layout.bars:
        if cut is not None and bar.row >= cut:
            for d in range(bar.first_day, bar.last_day + 1):
                behind.setdefault(d, []).append(bar.entry)
            continue
        x = g.day_x(bar.first_day) + g.gap
        w = g.span(bar.first_day, bar.last_day) - 2 * g.gap
        r = QRectF(x, row_tops[bar.row], w, row_h[bar.row] - g.gap)
        _paint_item(painter, g, r, bar.entry, "", colours, markers, selected, style, 12)
        out.hits.append((r, bar.entry.id))
        if bar.entry.id in markers:
            out.marked.add(bar.entry.id)
    for d, hidden_bars in sorted(behind.items()):
        r = QRectF(g.day_x(d) + g.gap, row_tops[cut], g.w(d) - 2 * g.gap, row_h[cut] - g.gap)
        day_all = [b.entry for b in layout.bars if b.first_day <= d <= b.last_day]
        _paint_more(painter, g, r, len(hidden_bars), hidden_bars, markers, selected)
        out.more.append((r, [e.id for e in day_all]))

    # timed entries, day by day
    for d in range(g.n):
        blocks = layout.blocks_on(d)
        if not blocks:
            continue
        col = QRectF(g.day_x(d), top, g.w(d), rect.bottom() - top)
        placed = _place_blocks(painter, g, blocks, col, hour_h, layout.hour_start, style, markers)
        if placed is None:
            out.compact_days.add(d)
            hidden = _paint_compact(painter, g, blocks, col, hour_h, layout.hour_start, colours, markers, selected, style, out)
            if hidden:
                out.hidden[d] = hidden
            continue
        for block, r, lines in placed:
            _paint_block(painter, g, r, block.entry, lines, colours, markers, selected)
            out.hits.append((r, block.entry.id))
            if block.entry.id in markers:
                out.marked.add(block.entry.id)

    _paint_now(painter, g, layout, now, top, hour_h)
    painter.restore()
    return out


def _paint_grid(painter, g: _Geometry, layout: WeekLayout, style: WeekStyle, strip_top: float, top: float,
                hour_h: float, hours: int, out: WeekPaint) -> None:
    rect = g.rect
    hfm = metrics(painter, g.header_font)
    for d, day in enumerate(layout.days):
        x = g.day_x(d)
        day_w = g.w(d)
        out.day_rects.append(QRectF(x, rect.top(), day_w, rect.height()))
        if day.weekday() >= 5:
            painter.fillRect(QRectF(x, rect.top(), day_w, rect.height()), style.weekend_tint)
        if style.today == day:
            painter.fillRect(QRectF(x, rect.top(), day_w, g.header_h), blend(SELECT_COLOUR, QColor("white"), 0.85))
        label = day_header(day)
        if hfm.horizontalAdvance(label) > day_w - 2 * g.pad:
            label = f"{weekday_short(day)} {day.day}"
        painter.setFont(g.header_font)
        painter.setPen(SELECT_COLOUR if style.today == day else TEXT_COLOUR)
        painter.drawText(QRectF(x, rect.top(), day_w, g.header_h), Qt.AlignmentFlag.AlignCenter,
                         hfm.elidedText(label, Qt.TextElideMode.ElideRight, day_w - 2 * g.pad))
    # hour lines and labels
    painter.setFont(g.hour_font)
    hourfm = metrics(painter, g.hour_font)
    thin = QPen(GRID_COLOUR, max(0.5 * g.k, 1.0))
    for i in range(hours + 1):
        y = top + i * hour_h
        painter.setPen(thin)
        painter.drawLine(QPointF(rect.left() + g.gutter, y), QPointF(rect.right(), y))
        if i < hours:
            painter.setPen(MUTED_COLOUR)
            painter.drawText(QPointF(rect.left() + g.pad, y + hourfm.ascent() + g.pad / 2),
                             hour_label(layout.hour_start + i))
    if top - strip_top > g.gap * 3:
        painter.setPen(MUTED_COLOUR)
        label = hourfm.elidedText(" " + translate("WeekPainting", "all day"), Qt.TextElideMode.ElideRight,
                                  int(g.gutter - g.pad / 2))  # the gutter is as wide as an hour label
        painter.drawText(QRectF(rect.left(), strip_top, g.gutter, top - strip_top),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
    painter.setPen(thin)
    for d in range(g.n + 1):
        x = g.day_x(d)
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    painter.setPen(QPen(MUTED_COLOUR, max(0.6 * g.k, 1.0)))
    painter.drawLine(QPointF(rect.left(), strip_top), QPointF(rect.right(), strip_top))
    painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))


def _place_blocks(painter, g: _Geometry, blocks: list[Block], col: QRectF, hour_h: float, hour_start: int,
                  style: WeekStyle, markers: dict[int, str]):
    """Rects and text lines of a day's blocks, or None when the day must be a compact list.

    On paper a block too short for its whole title grows downwards into free
    space; if that would cover another block (or leave the day), the day is a list.
    """
    placed = []
    min_w = style.min_block_width_pt * g.k
    for b in blocks:
        w = (col.width() - g.gap) / b.columns
        if w - g.gap < min_w:
            return None
        y0 = col.top() + (b.start_min / 60 - hour_start) * hour_h
        y1 = col.top() + (b.end_min / 60 - hour_start) * hour_h
        r = QRectF(col.left() + g.gap + b.column * w, y0 + g.gap / 2, w - g.gap, max(y1 - y0 - g.gap, 1.0))
        inner_w = r.width() - 2 * g.pad - g.inset - (g.line_h * 0.6 if b.entry.id in markers else 0)
        texts = _block_texts(b.entry, b.time_label)
        if style.elide:
            lines = fit_lines(painter, g.text_font, texts, inner_w, max(int((r.height() - g.pad) // g.line_h), 1), True)
        else:
            lines = fit_lines(painter, g.text_font, texts, inner_w, max(int((r.height() - g.pad) // g.line_h), 0), False)
            if lines is None:
                base_h = r.height()
                for text in dict.fromkeys([texts[0], texts[-1]]):  # with the channel if room, else without
                    lines = fit_lines(painter, g.text_font, [text], inner_w, 8, False)
                    if lines is None:
                        continue
                    r.setHeight(max(base_h, len(lines) * g.line_h + g.pad))
                    if r.bottom() <= col.bottom() and not any(r.intersects(o) for _, o, _ in placed):
                        break
                    lines = None
                if lines is None:
                    return None
        placed.append((b, r, lines))
    if not style.elide:
        for i, (_, r, _) in enumerate(placed):  # a stretched block must not cover a later one either
            if any(r.intersects(o) for _, o, _ in placed[i + 1:]):
                return None
    return placed


def _paint_ghost(painter, g: _Geometry, r: QRectF, e: Entry, lines: list[str], colours) -> None:
    """A moved entry's old place: a dashed outline and grey text, no fill."""
    base = colour_of(colours, e.department)
    pen = QPen(blend(base, QColor("white"), 0.2), max(g.k, 1.0), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(r)
    painter.save()
    painter.setClipRect(r, Qt.ClipOperation.IntersectClip)
    painter.setPen(MUTED_COLOUR)
    shown = [translate("WeekPainting", "was: {entry}").format(entry=lines[0]) if lines
             else translate("WeekPainting", "was here")][: max(int((r.height() - g.pad) // g.line_h), 1)]
    draw_lines(painter, g.text_font, shown, r.left() + g.pad, r.top() + g.pad / 2, g.line_h)
    painter.restore()


def _paint_block(painter, g: _Geometry, r: QRectF, e: Entry, lines: list[str], colours, markers, selected) -> None:
    if e.id < 0:
        _paint_ghost(painter, g, r, e, lines, colours)
        return
    base = colour_of(colours, e.department)
    fill = fill_for(base) if g.solid else blend(base, QColor("white"), 0.8)
    painter.fillRect(r, fill)
    if g.inset:
        painter.fillRect(QRectF(r.left(), r.top(), g.inset, r.height()), base)
    outline = QPen(base.darker(135) if g.solid else blend(base, QColor("white"), 0.4), 0)  # cosmetic hairline
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(r)
    painter.save()
    painter.setClipRect(r, Qt.ClipOperation.IntersectClip)
    painter.setPen(text_on(fill))
    inner_h = r.height() - g.pad
    shown = lines[: max(int(inner_h // g.line_h), 1)]
    draw_lines(painter, g.text_font, shown, r.left() + g.inset + g.pad, r.top() + g.pad / 2, g.line_h)
    painter.restore()
    if getattr(e, "moved", None) is not None:  # shown at a proposed time: a dashed frame says so
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(base.darker(160), max(1.5 * g.k, 1.0), Qt.PenStyle.DashLine))
        painter.drawRect(r.adjusted(g.k, g.k, -g.k, -g.k))
    if e.id in markers:
        draw_mark(painter, r, g.line_h * 0.6)
    if e.id in selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECT_COLOUR, 2.0 * g.k))
        painter.drawRect(r.adjusted(-g.k * 0.5, -g.k * 0.5, g.k * 0.5, g.k * 0.5))


def _paint_item(painter, g: _Geometry, r: QRectF, e: Entry, label: str, colours, markers, selected, style,
                max_lines: int) -> None:
    inner_w = r.width() - 2 * g.pad - g.inset - (g.line_h * 0.6 if e.id in markers else 0)
    n = max(int((r.height() - g.pad) // g.line_h), 1)
    lines = fit_lines(painter, g.text_font, _block_texts(e, label), inner_w, min(n, max_lines), elide=True)
    _paint_block(painter, g, r, e, lines or [""], colours, markers, selected)


def _compact_rows(painter, g: _Geometry, items: list[Block], width: float, avail: float, style: WeekStyle):
    """(font, line height, [(block, lines)], total height) of a day drawn as a list, shrinking text to fit."""
    size = style.text_pt
    while True:
        f = font(size)
        line_h = metrics(painter, f).height()
        if size > style.min_text_pt and len(items) * (line_h + g.pad + g.gap) > avail:
            size = max(size - 0.5, style.min_text_pt)  # cannot fit even at one line each: no need to wrap
            continue
        rows = [(b, fit_lines(painter, f, _block_texts(b.entry, b.time_label), width, 2 if style.elide else 12, True))
                for b in items]
        total = sum(len(ls) * line_h + g.pad + g.gap for _, ls in rows)
        if total <= avail or size <= style.min_text_pt:
            return f, line_h, rows, total
        size = max(size - 0.5, style.min_text_pt)


def _compact_width(g: _Geometry, d: int) -> float:
    return g.w(d) - 2 * g.gap - 3.0 * g.k - 2 * g.pad - g.line_h * 0.6  # chip, padding, room for the mark


def _compact_items(blocks: list[Block]) -> list[Block]:
    return sorted({b.entry.id: b for b in blocks}.values(), key=lambda b: (b.start_min, b.entry.title))


def _balance_widths(painter, g: _Geometry, layout: WeekLayout, top: float, hour_h: float, style: WeekStyle,
                    markers) -> bool:
    """Widen days whose list would not fit whole (taking width from quiet days); True if widths changed."""
    avail = g.rect.bottom() - top - 2 * g.gap
    ratios = []
    for d in range(g.n):
        blocks = layout.blocks_on(d)
        col = QRectF(g.day_x(d), top, g.w(d), g.rect.bottom() - top)
        if not blocks or _place_blocks(painter, g, blocks, col, hour_h, layout.hour_start, style, markers) is not None:
            ratios.append(0.0 if not blocks and not any(b.first_day <= d <= b.last_day for b in layout.bars) else 1.0)
            continue
        small = WeekStyle(**{**style.__dict__, "text_pt": style.min_text_pt})
        *_, total = _compact_rows(painter, g, _compact_items(blocks), _compact_width(g, d), avail, small)
        ratios.append(total / avail if avail > 0 else 1.0)
    if max(ratios, default=0) <= 1.0:
        return False
    weights = [min(r, 3.5) if r > 1 else (0.6 if r == 0 else 1.0) for r in ratios]
    total_w = sum(g.widths)
    g.widths = [total_w * w / sum(weights) for w in weights]
    return True


def _anchor(heights: list[float], wanted: list[float], top: float, bottom: float, gap: float) -> list[float]:
    """Tops for stacked rows: each as near its own time as the rows above and below allow."""
    tops: list[float] = []
    y = top
    for h, want in zip(heights, wanted):  # downwards: no earlier than its time, no overlap
        y = max(want, y)
        tops.append(y)
        y += h + gap
    limit = bottom
    for i in range(len(tops) - 1, -1, -1):  # upwards: pull back inside the column
        tops[i] = min(tops[i], limit - heights[i])
        limit = tops[i] - gap
    if tops and tops[0] < top:  # too many to anchor: a plain list from the top
        y = top
        for i, h in enumerate(heights):
            tops[i] = y
            y += h + gap
    return tops


def _paint_compact(painter, g: _Geometry, blocks: list[Block], col: QRectF, hour_h: float, hour_start: int,
                   colours, markers, selected, style: WeekStyle, out: WeekPaint) -> int:
    """The day as a list: a colour chip and "time title · channel" per entry, wrapped (paper) or elided (screen)."""
    items = _compact_items(blocks)
    avail = col.height() - 2 * g.gap
    d = next(i for i in range(g.n) if abs(g.day_x(i) - col.left()) < 0.5)
    width = _compact_width(g, d)
    if style.elide:  # on screen a day that cannot list every entry collapses each crowded hour into "+N more"
        smallest = metrics(painter, font(style.min_text_pt)).height() + g.pad + g.gap
        if len(items) * smallest > avail:  # cannot fit even at one line each: no need to measure them all
            return _paint_slots(painter, g, items, col, hour_h, hour_start, colours, markers, selected, style, out)
    f, line_h, rows, total = _compact_rows(painter, g, items, width, avail, style)
    if total > avail:  # still too long at the smallest size: one line each
        if style.elide:
            return _paint_slots(painter, g, items, col, hour_h, hour_start, colours, markers, selected, style, out)
        rows = [(b, fit_lines(painter, f, _block_texts(b.entry, b.time_label), width, 1, True)) for b in items]
        total = sum(line_h + g.pad + g.gap for _ in rows)
    painter.fillRect(col.adjusted(g.gap / 2, 0, -g.gap / 2, 0), QColor(255, 255, 255, 235))
    heights = [len(lines) * line_h + g.pad for _, lines in rows]
    tops = _anchor(heights, [col.top() + (b.start_min / 60 - hour_start) * hour_h for b, _ in rows],
                   col.top() + g.gap, col.bottom() - g.gap, g.gap)
    hidden = 0
    for i, (b, lines) in enumerate(rows):
        h, y = heights[i], tops[i]
        if y + h > col.bottom() - g.gap + 0.01:
            hidden = len(rows) - i
            break
        r = QRectF(col.left() + g.gap, y, col.width() - 2 * g.gap, h)
        _paint_row(painter, g, r, b, lines, f, line_h, colours, markers, selected, out)
    if hidden:
        painter.setPen(MARK_COLOUR)
        painter.setFont(f)
        painter.drawText(QRectF(col.left(), col.bottom() - line_h - g.gap, col.width(), line_h),
                         Qt.AlignmentFlag.AlignCenter, tr("+%n more", "", hidden))
    return hidden


def _paint_row(painter, g: _Geometry, r: QRectF, b: Block, lines: list[str], f, line_h: float, colours, markers,
               selected, out: WeekPaint) -> None:
    """One entry of a day drawn as a list: a tinted row with a colour chip, its lines, mark and selection."""
    base = colour_of(colours, b.entry.department)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(blend(base, QColor("white"), 0.8))
    painter.drawRect(r)
    chip = 3.0 * g.k
    painter.fillRect(QRectF(r.left(), r.top(), chip, r.height()), base)
    painter.setPen(TEXT_COLOUR)
    draw_lines(painter, f, lines, r.left() + chip + g.pad, r.top() + g.pad / 2, line_h)
    if b.entry.id in markers:
        draw_mark(painter, r, line_h * 0.6)
        out.marked.add(b.entry.id)
    if b.entry.id in selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECT_COLOUR, 2.0 * g.k))
        painter.drawRect(r)
    out.hits.append((r, b.entry.id))


def slot_hours(hour_h: float, row_step: float) -> int:
    """Hours per slot of a collapsed day: the fewest that hold two rows (an entry and its "+N more")."""
    hours = 1
    while hours * hour_h - row_step < row_step and hours < 24:
        hours += 1
    return hours


def _paint_slots(painter, g: _Geometry, items: list[Block], col: QRectF, hour_h: float, hour_start: int,
                 colours, markers, selected, style: WeekStyle, out: WeekPaint) -> int:
    """A day too crowded to list: per hour slot, the entries that fit and a "+N more" row (click: all of them).

    Only the rows drawn are measured, so a day of thousands of entries costs what is on screen;
    returns how many entries of the day are behind a "+N more".
    """
    f = font(style.text_pt)
    fm = metrics(painter, f)
    line_h = fm.height()
    row_h = line_h + g.pad
    step = row_h + g.gap
    span = slot_hours(hour_h, step)
    last_slot = max(int((col.height() - g.gap) // (span * hour_h)) - 1, 0)
    slots: dict[int, list[Block]] = {}
    for b in items:  # sorted by start: each slot keeps that order
        k = min(max(int((b.start_min / 60 - hour_start) // span), 0), last_slot)
        slots.setdefault(k, []).append(b)
    painter.fillRect(col.adjusted(g.gap / 2, 0, -g.gap / 2, 0), QColor(255, 255, 255, 235))
    width = col.width() - 2 * g.gap - 3.0 * g.k - 2 * g.pad - line_h * 0.6
    hidden = 0
    for k, members in slots.items():
        top = col.top() + k * span * hour_h + g.gap
        bottom = min(col.top() + (k + 1) * span * hour_h, col.bottom()) - g.gap
        if k == last_slot:
            bottom = col.bottom() - g.gap
        cap = max(int((bottom - top + g.gap) // step), 1)
        shown = members if len(members) <= cap else members[:cap - 1]
        for i, b in enumerate(shown):
            r = QRectF(col.left() + g.gap, top + i * step, col.width() - 2 * g.gap, row_h)
            lines = fit_lines(painter, f, _block_texts(b.entry, b.time_label), width, 1, True) or [""]
            _paint_row(painter, g, r, b, lines, f, line_h, colours, markers, selected, out)
        rest = members[len(shown):]
        if not rest:
            continue
        hidden += len(rest)
        r = QRectF(col.left() + g.gap, top + len(shown) * step, col.width() - 2 * g.gap, row_h)
        _paint_more(painter, g, r, len(rest), [b.entry for b in rest], markers, selected, f)
        out.more.append((r, [b.entry.id for b in members]))
    return hidden


def _paint_more(painter, g: _Geometry, r: QRectF, n: int, behind: list[Entry], markers, selected, f=None) -> None:
    """A "+N more" row: bold on grey, the conflict mark if one of the entries behind it has one,
    the selection frame if one of them is selected."""
    bold = QFont(f if f is not None else g.text_font)
    bold.setBold(True)
    fm = metrics(painter, bold)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e8ebef"))
    painter.drawRect(r)
    painter.setPen(TEXT_COLOUR)
    painter.setFont(bold)
    painter.drawText(QPointF(r.left() + g.pad, r.top() + (r.height() - fm.height()) / 2 + fm.ascent()),
                     fm.elidedText(more_label(n), Qt.TextElideMode.ElideRight, r.width() - 2 * g.pad))
    if any(e.id in markers for e in behind):
        draw_mark(painter, r, fm.height() * 0.6)
    if any(e.id in selected for e in behind):
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECT_COLOUR, 2.0 * g.k))
        painter.drawRect(r)


def more_label(n: int) -> str:
    return QCoreApplication.translate("WeekView", "+%n more", "", n)


def _paint_now(painter, g: _Geometry, layout: WeekLayout, now: datetime | None, top: float, hour_h: float) -> None:
    if now is None:
        return
    local = now.astimezone(layout.tz)
    if local.date() not in layout.days:
        return
    minutes = local.hour * 60 + local.minute
    if not layout.hour_start * 60 <= minutes <= layout.hour_end * 60:
        return
    d = layout.days.index(local.date())
    y = top + (minutes / 60 - layout.hour_start) * hour_h
    painter.setPen(QPen(MARK_COLOUR, 1.5 * g.k))
    painter.drawLine(QPointF(g.day_x(d), y), QPointF(g.day_x(d) + g.w(d), y))
    painter.setBrush(MARK_COLOUR)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.drawEllipse(QPointF(g.day_x(d), y), 2.5 * g.k, 2.5 * g.k)


def bar_of(layout: WeekLayout, entry_id: int) -> Bar | None:
    return next((b for b in layout.bars if b.entry.id == entry_id), None)
