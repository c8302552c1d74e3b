"""The week canvas painted to an image, on any thread, and an entry's tooltip.

The on-screen week (ui.views.week.WeekView) shows these images; a week of ASIDE_ENTRIES or more is
repainted on a worker thread so that opening it never stalls the window.
"""
from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from calendar_core.layout import WeekLayout
from calendar_core.model import Entry
from ui.i18n import translate
from ui.locale_format import entry_when
from ui.painting.grid import shade_blackout_days
from ui.painting.week import WeekPaint, paint_week


def entry_tooltip(e: Entry, tz: ZoneInfo, marker: str | None = None) -> str:
    """Rich-text tooltip: title, when, department, channel, owner, status and the marker text."""
    when = entry_when(e, tz)
    rows = [(translate("Details", "When"), when), (translate("Details", "Department"), e.department),
            (translate("Details", "Channel"), e.channel), (translate("Details", "Owner"), e.owner),
            (translate("Details", "Status"), e.status)]
    body = "".join(f"<tr><td style='color:#5f6b78'>{k}</td><td>{html.escape(v)}</td></tr>" for k, v in rows if v)
    title = e.title or translate("Details", "(no title)")
    text = f"<b>{html.escape(title)}</b><table>{body}</table>"
    if marker:
        text += "".join(f"<div style='color:#d62728'>⚠ {html.escape(line)}</div>" for line in marker.splitlines())
    return text


ASIDE_ENTRIES = 1500  # a week of more entries is repainted on a worker (WeekView._render_aside)


def paint_on(painter: QPainter, rect: QRectF, layout: WeekLayout, kwargs: dict, blackout, offset: int) -> WeekPaint:
    """The week, its blackout days and (``offset``: scrolled down) the day names again at the top of what is
    visible; safe on a worker thread painting a QImage."""
    result = paint_week(painter, rect, layout, **kwargs)
    shade_blackout_days(painter, result.day_rects, layout.days, blackout, top=result.timed_rect.top())
    if offset:
        painter.save()
        painter.translate(0, offset)
        painter.setClipRect(QRectF(0, 0, rect.width(), result.timed_rect.top() - rect.top()))
        paint_week(painter, rect, layout, **kwargs)
        painter.restore()
    return result


def drawn_marks(result: WeekPaint, markers) -> tuple:
    """The marks a paint drew: the entries drawn with one, and each "+N more" row's (one if any behind it has)."""
    return frozenset(i for _r, i in result.hits if i in markers), tuple(
        any(i in markers for i in ids) for _r, ids in result.more)


def render_week(layout: WeekLayout, width: int, height: int, ratio: float, dpm: int, kwargs: dict, blackout,
                offset: int) -> tuple[QImage, WeekPaint, tuple]:
    """The canvas of a week as an image: what WeekView shows, painted on any thread."""
    img = QImage(max(int(width * ratio), 1), max(int(height * ratio), 1), QImage.Format.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(ratio)
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    img.fill(Qt.GlobalColor.white)
    painter = QPainter(img)
    result = paint_on(painter, QRectF(0, 0, width, height), layout, kwargs, blackout, offset)
    painter.end()
    return img, result, drawn_marks(result, kwargs["markers"])


def blank_image(canvas: QWidget) -> QImage:
    ratio = canvas.devicePixelRatioF()
    img = QImage(max(int(canvas.width() * ratio), 1), max(int(canvas.height() * ratio), 1),
                 QImage.Format.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(ratio)
    img.fill(Qt.GlobalColor.white)
    return img
