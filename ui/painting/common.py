"""Small painting helpers shared by the week and lanes painters.

Sizes are given in typographic points and converted with the device's DPI, so
the same code draws on a 96-dpi screen and on a 1200-dpi PDF writer.
"""
from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath

from ui.colours import text_colour_on

DEFAULT_COLOUR = "#9aa5b1"
MARK_COLOUR = QColor("#d62728")
SELECT_COLOUR = QColor("#1a5fd0")
GRID_COLOUR = QColor("#d5d9de")
TEXT_COLOUR = QColor("#1f2328")
MUTED_COLOUR = QColor("#5f6b78")


def pt(painter: QPainter) -> float:
    """Device pixels per point for the painter's device."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return (dpi or 96) / 72.0


def font(size_pt: float, bold: bool = False, family: str | None = None) -> QFont:
    f = QFont(family) if family else QFont()
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if hasattr(QFont, "Tag"):  # Qt 6.7+: no "ﬃ" ligatures, so text copied or searched in the PDF matches
        f.setFeature(QFont.Tag("liga"), 0)
    return f


def colour_of(colours: dict[str, str], department: str) -> QColor:
    c = QColor(colours.get(department) or DEFAULT_COLOUR)
    return c if c.isValid() else QColor(DEFAULT_COLOUR)


def blend(c: QColor, other: QColor, amount: float) -> QColor:
    """``amount`` of ``other`` mixed into ``c``."""
    return QColor.fromRgbF(
        c.redF() * (1 - amount) + other.redF() * amount,
        c.greenF() * (1 - amount) + other.greenF() * amount,
        c.blueF() * (1 - amount) + other.blueF() * amount,
    )


def fill_for(c: QColor) -> QColor:
    """Block fill: the department colour, lightened a little so text stays readable."""
    return blend(c, QColor("white"), 0.18)


def text_on(fill: QColor) -> QColor:
    """Black or white on ``fill``: ui.colours.text_colour_on, as a QColor."""
    return QColor(text_colour_on(fill.name()))


class LruCache:
    """A bounded mapping that forgets the least recently used key first; safe to share between threads
    (the week view paints a crowded week on a worker while the GUI thread paints other views)."""

    def __init__(self, limit: int):
        self.limit = limit
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            if len(self._data) > self.limit:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


# Painting a busy week asks for the same wraps again on every repaint, resize step and font size tried:
# (font key, dpi, text, width) -> lines; (font key, dpi, texts, width, max lines, elide) -> fitted lines.
_WRAPS = LruCache(40_000)
_FITS = LruCache(40_000)
_METRICS = LruCache(64)


def _dpi(painter: QPainter) -> int:
    device = painter.device()
    return device.logicalDpiY() if device is not None else 96


def metrics(painter: QPainter, f: QFont) -> QFontMetricsF:
    key = (f.key(), _dpi(painter), threading.get_ident())  # a thread's own: Qt's font engines are per thread
    fm = _METRICS.get(key)
    if fm is None:
        fm = QFontMetricsF(f, painter.device())
        _METRICS.put(key, fm)
    return fm


def printable(painter: QPainter, f: QFont, text: str) -> str:
    """``text`` without pictographs (emoji) the font cannot draw, so no empty boxes appear."""
    if text.isascii():
        return text
    fm = metrics(painter, f)
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "So" or fm.inFontUcs4(ord(ch)))
    return " ".join(kept.split()) if kept != text else text


def wrap(painter: QPainter, f: QFont, text: str, width: float) -> tuple[list[str], bool]:
    """Greedy word wrap of ``text`` to ``width``; returns (lines, fits), fits False if a word is too wide.

    (QTextLayout would do this, but its beginLayout/endLayout bindings corrupt
    reference counts in PySide6 6.12 and crash the interpreter.)
    """
    key = (f.key(), _dpi(painter), text, width)
    cached = _WRAPS.get(key)
    if cached is not None:
        return list(cached[0]), cached[1]
    fm = metrics(painter, f)
    words = printable(painter, f, text).split()
    if not words:
        return [""], True
    lines: list[str] = []
    fits = True
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if not current or fm.horizontalAdvance(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
        if fits and fm.horizontalAdvance(word) > width:
            fits = False
    lines.append(current)
    _WRAPS.put(key, (tuple(lines), fits and width > 1))
    return lines, fits and width > 1


def fit_lines(painter: QPainter, f: QFont, texts: list[str], width: float, max_lines: int,
              elide: bool) -> list[str] | None:
    """The first of ``texts`` (most complete first) that wraps into ``max_lines``.

    With ``elide`` the last candidate is cut to ``max_lines`` with an ellipsis;
    without it, None when no candidate fits whole.
    """
    if max_lines < 1:
        return None
    key = (f.key(), _dpi(painter), tuple(texts), width, max_lines, elide)
    cached = _FITS.get(key)
    if cached is not None:
        return list(cached) if cached != () else None
    result = _fit_lines(painter, f, texts, width, max_lines, elide)
    _FITS.put(key, tuple(result) if result is not None else ())
    return result


def _fit_lines(painter: QPainter, f: QFont, texts: list[str], width: float, max_lines: int,
               elide: bool) -> list[str] | None:
    for text in texts:
        lines, fits = wrap(painter, f, text, width)
        if fits and len(lines) <= max_lines:
            return lines
    if not elide:
        return None
    fm = metrics(painter, f)
    lines, _ = wrap(painter, f, texts[-1], width)
    kept = lines[:max_lines]
    rest = " ".join(lines[len(kept) - 1:])
    kept[-1] = fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [fm.elidedText(ln, Qt.TextElideMode.ElideRight, width) for ln in kept[:-1]] + [kept[-1]]


def draw_lines(painter: QPainter, f: QFont, lines: list[str], x: float, y: float, line_h: float) -> None:
    painter.setFont(f)
    ascent = metrics(painter, f).ascent()
    for i, ln in enumerate(lines):
        painter.drawText(QPointF(x, y + i * line_h + ascent), ln)


def draw_mark(painter: QPainter, rect: QRectF, size: float) -> None:
    """The conflict mark: a red triangle in the top-right corner of ``rect``."""
    size = min(size, rect.width() * 0.6, rect.height())
    path = QPainterPath()
    path.moveTo(rect.right() - size, rect.top())
    path.lineTo(rect.right(), rect.top())
    path.lineTo(rect.right(), rect.top() + size)
    path.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MARK_COLOUR)
    painter.drawPath(path)
    painter.restore()
