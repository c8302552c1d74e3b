"""Charts painted with QPainter from a ChartSpec: the Reports view and the PDF report draw the same code.

Readable in black-and-white: every series has a fill pattern as well as a colour,
and values are written on the bars and heat cells (direct labels). Sizes are in
points (ui.painting.common.pt), so screen and 600-dpi paper look alike.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform

from calendar_core.report_charts import ChartSpec
from ui.i18n import translate
from ui.painting.common import GRID_COLOUR, MUTED_COLOUR, TEXT_COLOUR, font, metrics, pt, text_on
from ui.painting.grid import paint_blackout

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac")
PATTERNS = (Qt.BrushStyle.NoBrush, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.Dense6Pattern, Qt.BrushStyle.CrossPattern,
            Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.HorPattern, Qt.BrushStyle.VerPattern,
            Qt.BrushStyle.DiagCrossPattern)

Hits = list[tuple[QRectF, str]]


def series_colour(name: str, index: int, colours: dict[str, str]) -> QColor:
    c = QColor(colours.get(name) or PALETTE[index % len(PALETTE)])
    return c if c.isValid() else QColor(PALETTE[index % len(PALETTE)])


def fill_series(painter: QPainter, rect: QRectF, index: int, colour: QColor) -> None:
    """Colour plus the series' pattern (in a darker ink) so the series tell apart in grey print."""
    painter.fillRect(rect, colour)
    style = PATTERNS[index % len(PATTERNS)]
    if style != Qt.BrushStyle.NoBrush:
        ink = QColor(text_on(colour))
        ink.setAlpha(110)
        brush = QBrush(ink, style)
        scale = max(pt(painter) * 0.8, 1.0)  # the pattern in points: as visible on paper as on screen
        brush.setTransform(QTransform.fromScale(scale, scale))
        painter.fillRect(rect, brush)


def _legend(painter: QPainter, rect: QRectF, names: list[str], colours: dict[str, str]) -> float:
    """A legend row (wrapping) at the top of ``rect``; returns its height."""
    if not names:
        return 0.0
    k = pt(painter)
    f = font(7.0)
    fm = metrics(painter, f)
    painter.setFont(f)
    row_h = fm.height() + 3 * k
    x, y = rect.left(), rect.top()
    for i, name in enumerate(names):
        w = 12 * k + fm.horizontalAdvance(name) + 10 * k
        if x > rect.left() and x + w > rect.right():
            x, y = rect.left(), y + row_h
        sw = QRectF(x, y + (row_h - 8 * k) / 2, 8 * k, 8 * k)
        fill_series(painter, sw, i, series_colour(name, i, colours))
        painter.setPen(QPen(TEXT_COLOUR, 0.5 * k))
        painter.drawRect(sw)
        painter.drawText(QPointF(x + 12 * k, y + (row_h - fm.height()) / 2 + fm.ascent()), name)
        x += w
    return y + row_h - rect.top() + 2 * k


def paint_chart(painter: QPainter, rect: QRectF, spec: ChartSpec, colours: dict[str, str] | None = None) -> Hits:
    """Draw ``spec`` inside ``rect`` (title included); returns hover regions with their text."""
    colours = colours or {}
    k = pt(painter)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    title_f = font(9.0, bold=True)
    tfm = metrics(painter, title_f)
    painter.setFont(title_f)
    painter.setPen(TEXT_COLOUR)
    painter.drawText(QPointF(rect.left(), rect.top() + tfm.ascent()), spec.title)
    body = rect.adjusted(0, tfm.height() + 4 * k, 0, 0)
    hits: Hits = []
    if not spec.categories or not spec.series:
        painter.setFont(font(8.0))
        painter.setPen(MUTED_COLOUR)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, translate("Painting", "Nothing in this period"))
    elif spec.kind == "stacked":
        hits = _stacked(painter, body, spec, colours)
    elif spec.kind in ("share", "hbar"):
        hits = _horizontal(painter, body, spec, colours)
    else:
        hits = _heat(painter, body, spec)
    painter.restore()
    return hits


def _stacked(painter: QPainter, rect: QRectF, spec: ChartSpec, colours) -> Hits:
    k = pt(painter)
    names = [n for n, _ in spec.series]
    top = rect.top() + (_legend(painter, rect, names, colours) if len(names) > 1 else 0)
    f = font(6.5)
    fm = metrics(painter, f)
    axis_w = fm.horizontalAdvance("0000") + 4 * k
    head = fm.height() + 3 * k  # room for the total above the tallest bar
    plot = QRectF(rect.left() + axis_w, top + head, rect.width() - axis_w, rect.bottom() - top - head - fm.height() - 4 * k)
    totals = [sum(v[i] for _, v in spec.series) for i in range(len(spec.categories))]
    peak = max(max(totals, default=0.0), 1.0)
    painter.setFont(f)
    for tick in _ticks(peak):
        y = plot.bottom() - tick / peak * plot.height()
        painter.setPen(QPen(GRID_COLOUR, 0.5 * k))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED_COLOUR)
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, axis_w - 3 * k, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{tick:g}")
    n = len(spec.categories)
    slot = plot.width() / n
    bar_w = slot * 0.7
    hits: Hits = []
    for i, cat in enumerate(spec.categories):
        x = plot.left() + i * slot + (slot - bar_w) / 2
        y = plot.bottom()
        for s, (name, values) in enumerate(spec.series):
            v = values[i]
            if v <= 0:
                continue
            h = v / peak * plot.height()
            r = QRectF(x, y - h, bar_w, h)
            colour = series_colour(name, s, colours)
            fill_series(painter, r, s, colour)
            painter.setPen(QPen(QColor("white"), 0.6 * k))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r)
            if h > fm.height() and bar_w > fm.horizontalAdvance(spec.fmt(v)) + 2 * k:
                painter.setPen(text_on(colour))
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter, spec.fmt(v))
            hits.append((r, spec.hover(i, s)))
            y -= h
        painter.setPen(TEXT_COLOUR)
        if totals[i]:
            painter.drawText(QRectF(x - slot, y - fm.height() - 1 * k, bar_w + 2 * slot, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, spec.fmt(totals[i]))
        label = fm.elidedText(cat, Qt.TextElideMode.ElideRight, slot)
        painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2 * k, slot, fm.height()),
                         Qt.AlignmentFlag.AlignCenter, label)
    painter.setPen(QPen(MUTED_COLOUR, 0.6 * k))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    return hits


def _ticks(peak: float) -> list[float]:
    step = 1.0
    for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        step = float(s)
        if peak / s <= 5:
            break
    out, t = [], 0.0
    while t <= peak + 1e-9:
        out.append(t)
        t += step
    return out


def _horizontal(painter: QPainter, rect: QRectF, spec: ChartSpec, colours) -> Hits:
    k = pt(painter)
    names = [n for n, _ in spec.series]
    top = rect.top() + (_legend(painter, rect, names, colours) if len(names) > 1 else 0)
    f = font(7.0)
    fm = metrics(painter, f)
    painter.setFont(f)
    label_w = min(max((fm.horizontalAdvance(c) for c in spec.categories), default=0) + 6 * k, rect.width() * 0.35)
    value_w = fm.horizontalAdvance("100%") + 6 * k if spec.kind == "hbar" else 0
    n = len(spec.categories)
    row_h = min((rect.bottom() - top) / n, fm.height() * 2.4)
    plot_left, plot_w = rect.left() + label_w, rect.width() - label_w - value_w
    peak = 1.0 if spec.kind == "share" or spec.percent else max(max(spec.series[0][1], default=0.0), 1.0)
    hits: Hits = []
    for i, cat in enumerate(spec.categories):
        y = top + i * row_h
        painter.setPen(TEXT_COLOUR)
        painter.drawText(QRectF(rect.left(), y, label_w - 4 * k, row_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(cat, Qt.TextElideMode.ElideRight, label_w - 4 * k))
        x = plot_left
        bar_h = row_h * 0.7
        for s, (name, values) in enumerate(spec.series):
            v = values[i]
            if v <= 0:
                continue
            w = v / peak * plot_w
            r = QRectF(x, y + (row_h - bar_h) / 2, w, bar_h)
            colour = series_colour(name if spec.kind == "share" else cat, s if spec.kind == "share" else i, colours)
            fill_series(painter, r, s if spec.kind == "share" else 0, colour)
            painter.setPen(QPen(QColor("white"), 0.6 * k))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r)
            text = spec.fmt(v)
            if spec.kind == "share" and w > fm.horizontalAdvance(text) + 4 * k:
                painter.setPen(text_on(colour))
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
            hits.append((r, spec.hover(i, s)))
            x += w
        if spec.kind == "hbar":
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(x + 3 * k, y, value_w + plot_left + plot_w - x, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, spec.fmt(spec.series[0][1][i]))
    return hits


def _heat(painter: QPainter, rect: QRectF, spec: ChartSpec) -> Hits:
    k = pt(painter)
    f = font(6.5)
    fm = metrics(painter, f)
    painter.setFont(f)
    label_w = min(max((fm.horizontalAdvance(c) for c in spec.categories), default=0) + 6 * k, rect.width() * 0.3)
    head_h = fm.height() + 3 * k
    rows, cols = len(spec.categories), len(spec.columns)
    cell_w = (rect.width() - label_w) / max(cols, 1)
    cell_h = min((rect.height() - head_h) / max(rows, 1), fm.height() * 2.2)
    peak = max((v for _, vals in spec.series for v in vals if v is not None), default=0.0) or 1.0
    base = QColor("#1f4e79")
    hits: Hits = []
    painter.setPen(MUTED_COLOUR)
    for c, name in enumerate(spec.columns):
        painter.drawText(QRectF(rect.left() + label_w + c * cell_w, rect.top(), cell_w, head_h),
                         Qt.AlignmentFlag.AlignCenter, name)
    for r, cat in enumerate(spec.categories):
        y = rect.top() + head_h + r * cell_h
        painter.setPen(TEXT_COLOUR)
        painter.drawText(QRectF(rect.left(), y, label_w - 4 * k, cell_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(cat, Qt.TextElideMode.ElideRight, label_w - 4 * k))
        for c, v in enumerate(spec.series[r][1]):
            box = QRectF(rect.left() + label_w + c * cell_w, y, cell_w, cell_h).adjusted(0.5 * k, 0.5 * k, -0.5 * k, -0.5 * k)
            if v is None:
                continue
            if (r, c) in spec.marked:
                paint_blackout(painter, box)
                fill = QColor("#e8e8e8")
            else:
                fill = QColor("white") if v == 0 else QColor.fromRgbF(
                    1 - (1 - base.redF()) * (0.15 + 0.85 * v / peak), 1 - (1 - base.greenF()) * (0.15 + 0.85 * v / peak),
                    1 - (1 - base.blueF()) * (0.15 + 0.85 * v / peak))
                painter.fillRect(box, fill)
            painter.setPen(QPen(GRID_COLOUR, 0.5 * k))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            if v or spec.key == "per_day":
                painter.setPen(text_on(fill) if v else MUTED_COLOUR)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, spec.fmt(v))
            hits.append((box, spec.hover(r, c)))
    return hits
