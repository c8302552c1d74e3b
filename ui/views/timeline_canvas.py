"""The timeline's drawing surface: time axis, lanes, blocks, the now marker, hit-testing.

Blocks that would overlap on screen go to extra rows inside their lane; the
lane labels and the axis stay put while the content scrolls. Dragging a block
to another time, or onto another lane when the lanes are channels, and
Ctrl+Left/Right (the zoom's step) ask for a move (``entryMoveRequested``); a
moved entry is drawn dashed with a ghost at its old place.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip

from calendar_core.model import Entry
from ui.colours import colour_of, text_colour_on
from ui.i18n import translate, tr
from ui.locale_format import date_text, datetime_text, day_header, hour_label, time_text, weekday_long, weekday_short, day_month
from ui.proposals import ghosts

ZOOMS = ("day", "week", "month")
MOVE_STEPS = {"day": timedelta(minutes=15), "week": timedelta(hours=1), "month": timedelta(days=1)}  # drag snap
KEY_STEPS = {"day": timedelta(hours=1), "week": timedelta(days=1), "month": timedelta(days=1)}  # Ctrl+Left/Right
LABEL_W, AXIS_H, ROW_H, LANE_PAD = 160, 46, 24, 6


@dataclass
class _Item:
    entry: Entry
    start: float  # days after the period start
    end: float
    row: int = 0


@dataclass
class _Lane:
    name: str
    colour: str
    items: list[_Item]
    rows: int = 1
    top: int = 0

    @property
    def height(self) -> int:
        return max(self.rows, 1) * ROW_H + 2 * LANE_PAD


class TimelineCanvas(QAbstractScrollArea):
    entryActivated = Signal(int)
    selectionChanged = Signal(list)
    entryMoveRequested = Signal(int, object, object)  # entry id, new start (aware), channel lane or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self._drag: tuple[Entry, QPointF, bool] | None = None
        self.viewport().setMouseTracking(True)
        self.tz = ZoneInfo("UTC")
        self.zoom = "week"
        self.lane_mode = "department"
        self.start = date.today()
        self.days = 7
        self.entries: list[Entry] = []
        self.colours: dict[str, str] = {}
        self.markers: dict[int, str] = {}
        self.selected: set[int] = set()
        self.now: datetime | None = None  # None: the real clock
        self.lanes: list[_Lane] = []
        self._hits: list[tuple[QRectF, Entry]] = []
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(self._font.pointSizeF() - 0.5, 8))
        self.setMinimumSize(QSize(400, 200))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ----- data ----------------------------------------------------------------
    def configure(self, start: date, days: int, zoom: str) -> None:
        self.start, self.days, self.zoom = start, days, zoom

    def set_entries(self, entries: list[Entry]) -> None:
        self.entries = list(entries)
        self._relayout()

    def px_per_day(self) -> float:
        avail = max(self.viewport().width() - LABEL_W, 200)
        if self.zoom == "day":
            return max(avail, 24 * 64.0)
        if self.zoom == "week":
            return max(avail / 7, 120.0)
        return max(avail / max(self.days, 1), 44.0)

    def _offset_days(self, dt: datetime) -> float:
        origin = datetime.combine(self.start, time(0), tzinfo=self.tz)
        return (dt.astimezone(self.tz) - origin).total_seconds() / 86400

    def _span(self, e: Entry) -> tuple[float, float]:
        if e.all_day:
            s = (e.start_date - self.start).days
            end = (e.end_date - self.start).days if e.end_date and e.end_date > e.start_date else s + 1
            return float(s), float(end)
        s = self._offset_days(e.start)
        end = self._offset_days(e.end) if e.end and e.end > e.start else s + 30 / 1440
        return s, end

    def lane_key(self, e: Entry) -> str:
        return (e.channel if self.lane_mode == "channel" else e.department) or "(none)"

    def _relayout(self) -> None:
        ppd = self.px_per_day()
        fm = QFontMetrics(self._font)
        groups: dict[str, list[_Item]] = {}
        for e in ghosts(self.entries):
            s, end = self._span(e)
            if end <= 0 or s >= self.days:
                continue
            groups.setdefault(self.lane_key(e), []).append(_Item(e, s, end))
        lanes = []
        top = 0
        cap = 150 if self.zoom != "month" else 110
        for name in sorted(groups, key=str.casefold):
            items = sorted(groups[name], key=lambda it: (it.start, -it.end))
            row_ends: list[float] = []
            for it in items:
                label_w = min(fm.horizontalAdvance(self._label(it.entry)) + 14, cap)
                vis_end = max(it.end, it.start + label_w / ppd)
                for r, row_end in enumerate(row_ends):
                    if row_end <= it.start + 1e-9:
                        it.row, row_ends[r] = r, vis_end + 2 / ppd
                        break
                else:
                    it.row = len(row_ends)
                    row_ends.append(vis_end + 2 / ppd)
            colour = colour_of(self.colours, name) if self.lane_mode == "department" else "#5f6b7a"
            lane = _Lane(name, colour, items, max(len(row_ends), 1), top)
            top += lane.height
            lanes.append(lane)
        self.lanes = lanes
        self._update_scrollbars()
        self.viewport().update()

    def _label(self, e: Entry) -> str:
        if e.all_day or self.zoom == "month":
            return e.title
        return f"{time_text(e.start.astimezone(self.tz))} {e.title}"

    def content_width(self) -> int:
        return int(self.days * self.px_per_day())

    def content_height(self) -> int:
        return sum(l.height for l in self.lanes)

    def _update_scrollbars(self) -> None:
        vw = self.viewport().width() - LABEL_W
        vh = self.viewport().height() - AXIS_H
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setRange(0, max(self.content_width() - vw, 0))
        h.setPageStep(max(vw, 1))
        h.setSingleStep(40)
        v.setRange(0, max(self.content_height() - vh, 0))
        v.setPageStep(max(vh, 1))
        v.setSingleStep(ROW_H)

    def scroll_to_day_offset(self, days: float) -> None:
        self.horizontalScrollBar().setValue(int(days * self.px_per_day()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt names
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx, dy) -> None:  # noqa: N802
        self.viewport().update()

    # ----- painting ----------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self._font)
        w, h = self.viewport().width(), self.viewport().height()
        ppd = self.px_per_day()
        hx, vy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        p.fillRect(0, 0, w, h, QColor("#ffffff"))
        x_of = lambda d: LABEL_W + d * ppd - hx  # noqa: E731
        # weekends and lane bands
        for i in range(self.days):
            day = self.start + timedelta(days=i)
            if day.weekday() >= 5:
                p.fillRect(QRectF(x_of(i), AXIS_H, ppd, h), QColor("#f6f7f9"))
        self._hits = []
        p.save()
        p.setClipRect(QRectF(LABEL_W, AXIS_H, w - LABEL_W, h - AXIS_H))
        self._paint_grid(p, x_of, ppd, h)
        for lane in self.lanes:
            y0 = AXIS_H + lane.top - vy
            if y0 > h or y0 + lane.height < AXIS_H:
                continue
            p.setPen(QPen(QColor("#e3e6ea")))
            p.drawLine(QPointF(LABEL_W, y0 + lane.height), QPointF(w, y0 + lane.height))
            for it in lane.items:
                self._paint_item(p, it, lane, x_of, y0, ppd, w)
        self._paint_now(p, x_of, h)
        p.restore()
        self._paint_axis(p, x_of, ppd, w)
        self._paint_labels(p, vy, h)
        if not self.lanes:
            p.setPen(QColor("#6b7280"))
            p.drawText(QRectF(LABEL_W, AXIS_H, w - LABEL_W, h - AXIS_H), Qt.AlignmentFlag.AlignCenter,
                       translate("Painting", "No entries in this period"))
        p.end()

    def _paint_grid(self, p, x_of, ppd, h) -> None:
        hours = 1 if self.zoom == "day" else (6 if self.zoom == "week" else 0)
        for i in range(self.days + 1):
            p.setPen(QPen(QColor("#d5d9df")))
            p.drawLine(QPointF(x_of(i), AXIS_H), QPointF(x_of(i), h))
            if hours and i < self.days:
                p.setPen(QPen(QColor("#eef0f3")))
                for hh in range(hours, 24, hours):
                    x = x_of(i + hh / 24)
                    p.drawLine(QPointF(x, AXIS_H), QPointF(x, h))

    def _paint_item(self, p, it, lane, x_of, y0, ppd, w) -> None:
        e = it.entry
        x0 = x_of(max(it.start, 0))
        x1 = x_of(min(it.end, self.days))
        fm = p.fontMetrics()
        label = self._label(e)
        cap = 150 if self.zoom != "month" else 110
        width = max(x1 - x0, min(fm.horizontalAdvance(label) + 14, cap))
        if x0 > w or x0 + width < LABEL_W:
            return
        y = y0 + LANE_PAD + it.row * ROW_H
        rect = QRectF(x0, y + 1, width, ROW_H - 3)
        colour = QColor(colour_of(self.colours, e.department))
        if e.id < 0:  # a moved entry's old place
            p.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(QColor("#6b7280"))
            p.drawText(rect.adjusted(6, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(translate("WeekPainting", "was: {entry}").format(entry=label), Qt.TextElideMode.ElideRight, int(max(rect.width() - 10, 0))))
            return
        fill = QColor(colour)
        if e.status and e.status.casefold() in ("idea", "draft", "planned", "tentative"):
            fill.setAlpha(150)
        p.setPen(QPen(QColor("#1b1b1b"), 2) if e.id in self.selected else QPen(colour.darker(125), 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(QColor(text_colour_on(colour.name())))
        text_rect = rect.adjusted(6, 0, -4, 0)
        if e.id in self.markers:
            text_rect = text_rect.adjusted(12, 0, 0, 0)
            p.save()
            p.setBrush(QColor("#b3261e"))
            p.setPen(QPen(QColor("#ffffff"), 1))
            p.drawEllipse(QPointF(rect.left() + 9, rect.center().y()), 5.5, 5.5)
            p.setPen(QColor("#ffffff"))
            p.drawText(QRectF(rect.left() + 3.5, rect.top(), 11, rect.height()), Qt.AlignmentFlag.AlignCenter, "!")
            p.restore()
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   fm.elidedText(label, Qt.TextElideMode.ElideRight, int(max(text_rect.width(), 0))))
        if e.moved is not None:  # shown at a proposed time
            p.setPen(QPen(QColor("#1b1b1b"), 1.5, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
        self._hits.append((rect, e))

    def _paint_now(self, p, x_of, h) -> None:
        now = self.now or datetime.now(self.tz)
        d = self._offset_days(now)
        if 0 <= d <= self.days:
            x = x_of(d)
            p.setPen(QPen(QColor("#d93025"), 2))
            p.drawLine(QPointF(x, AXIS_H), QPointF(x, h))

    def _paint_axis(self, p, x_of, ppd, w) -> None:
        p.fillRect(QRectF(0, 0, w, AXIS_H), QColor("#f3f4f6"))
        p.setPen(QPen(QColor("#c9ced6")))
        p.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(w, AXIS_H - 0.5))
        p.save()
        p.setClipRect(QRectF(LABEL_W, 0, w - LABEL_W, AXIS_H))
        bold = QFont(self._font)
        bold.setBold(True)
        today = (self.now or datetime.now(self.tz)).astimezone(self.tz).date()
        for i in range(self.days):
            day = self.start + timedelta(days=i)
            x = x_of(i)
            if x > w or x + ppd < LABEL_W:
                continue
            p.setFont(bold)
            p.setPen(QColor("#d93025") if day == today else QColor("#1f2933"))
            if self.zoom == "month":
                text = f"{weekday_short(day)[:2]} {day.day}"
            else:
                text = (f"{weekday_long(day)} {day_month(day, long_month=True)}" if ppd > 260
                        else day_header(day))
            left = max(x, LABEL_W)  # the day's name stays in view while its hours scroll
            p.drawText(QRectF(left + 6, 2, x + ppd - left - 8, 22), Qt.AlignmentFlag.AlignVCenter, text)
            p.setFont(self._font)
            p.setPen(QColor("#6b7280"))
            step = 1 if self.zoom == "day" else (6 if self.zoom == "week" and ppd >= 160 else 0)
            if step:
                for hh in range(0, 24, step):
                    if hh == 0 and self.zoom != "day":
                        continue
                    hx = x_of(i + hh / 24)
                    p.drawText(QRectF(hx + 3, 24, 60, 18), Qt.AlignmentFlag.AlignVCenter, hour_label(hh))
            p.setPen(QPen(QColor("#c9ced6")))
            p.drawLine(QPointF(x, 0), QPointF(x, AXIS_H))
        p.restore()

    def _paint_labels(self, p, vy, h) -> None:
        p.fillRect(QRectF(0, AXIS_H, LABEL_W, h - AXIS_H), QColor("#f9fafb"))
        p.setPen(QPen(QColor("#c9ced6")))
        p.drawLine(QPointF(LABEL_W - 0.5, 0), QPointF(LABEL_W - 0.5, h))
        p.setPen(QColor("#4b5563"))
        p.drawText(QRectF(10, 0, LABEL_W - 12, AXIS_H), Qt.AlignmentFlag.AlignVCenter,
                   translate("FilterBar", "Channel") if self.lane_mode == "channel"
                   else translate("FilterBar", "Department"))
        p.save()
        p.setClipRect(QRectF(0, AXIS_H, LABEL_W, h - AXIS_H))
        bold = QFont(self._font)
        bold.setBold(True)
        p.setFont(bold)
        for lane in self.lanes:
            y0 = AXIS_H + lane.top - vy
            p.setPen(QPen(QColor("#e3e6ea")))
            p.drawLine(QPointF(0, y0 + lane.height), QPointF(LABEL_W, y0 + lane.height))
            p.setBrush(QColor(lane.colour))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRectF(10, y0 + LANE_PAD + 5, 12, 12), 3, 3)
            p.setPen(QColor("#1f2933"))
            rect = QRectF(28, y0 + LANE_PAD, LABEL_W - 34, ROW_H - 2)
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(lane.name, Qt.TextElideMode.ElideRight, int(rect.width())))
            p.setPen(QColor("#6b7280"))
            p.setFont(self._font)
            if lane.rows > 1:
                p.drawText(QRectF(28, y0 + LANE_PAD + ROW_H - 4, LABEL_W - 34, 16), Qt.AlignmentFlag.AlignVCenter,
                           tr("%n entries", "", len(lane.items)))
            p.setFont(bold)
        p.restore()

    # ----- interaction ----------------------------------------------------------
    def entry_at(self, pos) -> Entry | None:
        for rect, e in reversed(self._hits):
            if rect.contains(QPointF(pos)) and e.id > 0:  # not a ghost
                return e
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        e = self.entry_at(event.position())
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and e is not None:
            self.selected ^= {e.id}
        else:
            self.selected = {e.id} if e is not None else set()
            if e is not None and event.button() == Qt.MouseButton.LeftButton:
                self._drag = (e, event.position(), False)
        self.viewport().update()
        self.selectionChanged.emit(sorted(self.selected))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        drag = self._drag
        if drag is not None and not drag[2] and event.buttons() & Qt.MouseButton.LeftButton:
            if (event.position() - drag[1]).manhattanLength() >= QApplication.startDragDistance():
                self._drag = (drag[0], drag[1], True)
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        self.viewport().unsetCursor()
        if drag is not None and drag[2]:
            self._dropped(drag[0], drag[1], event.position())
        super().mouseReleaseEvent(event)

    def lane_at(self, y: float) -> _Lane | None:
        content_y = y - AXIS_H + self.verticalScrollBar().value()
        return next((lane for lane in self.lanes if lane.top <= content_y < lane.top + lane.height), None)

    def _dropped(self, e: Entry, pressed: QPointF, released: QPointF) -> None:
        """A drag ended: the time moved by the snapped distance; the channel of the lane dropped on."""
        step = MOVE_STEPS[self.zoom]
        days = (released.x() - pressed.x()) / self.px_per_day()
        shift = step * round(timedelta(days=days) / step)
        if e.all_day:
            shift = timedelta(days=round(days))
        lane = self.lane_at(released.y()) if self.lane_mode == "channel" else None
        channel = lane.name if lane is not None and lane.name != self.lane_key(e) else None
        if shift or channel:
            self.entryMoveRequested.emit(e.id, self._shifted(e, shift), channel)

    def _shifted(self, e: Entry, shift: timedelta) -> datetime:
        if e.all_day:
            return e.start + timedelta(days=shift.days)
        local = e.start.astimezone(self.tz).replace(tzinfo=None) + shift
        return local.replace(tzinfo=self.tz).astimezone(e.start.tzinfo)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Left/Right: previous/next entry in time; Enter: details; Escape: clear the selection."""
        key = event.key()
        if (event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                and len(self.selected) == 1):
            e = next((e for e in self.entries if e.id in self.selected), None)
            if e is not None:  # Ctrl+Left/Right: the chosen entry a step earlier or later
                step = KEY_STEPS[self.zoom] * (1 if key == Qt.Key.Key_Right else -1)
                self.entryMoveRequested.emit(e.id, self._shifted(e, step), None)
                return
        order = sorted((it for lane in self.lanes for it in lane.items if it.entry.id > 0),
                       key=lambda it: (it.start, it.entry.id))
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and order:
            ids = [it.entry.id for it in order]
            current = next((i for i, entry_id in enumerate(ids) if entry_id in self.selected), None)
            step = 1 if key == Qt.Key.Key_Right else -1
            i = (0 if step > 0 else len(ids) - 1) if current is None else max(0, min(len(ids) - 1, current + step))
            self.selected = {ids[i]}
            if not self._visible(order[i]):
                self.scroll_to_day_offset(max(order[i].start - 0.1, 0))
            self.viewport().update()
            self.selectionChanged.emit([ids[i]])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self.selected) == 1:
            self.entryActivated.emit(next(iter(self.selected)))
        elif key == Qt.Key.Key_Escape and self.selected:
            self.selected = set()
            self.viewport().update()
            self.selectionChanged.emit([])
        else:
            super().keyPressEvent(event)

    def _visible(self, it) -> bool:
        ppd = self.px_per_day()
        x = it.start * ppd - self.horizontalScrollBar().value()
        return 0 <= x <= self.viewport().width() - LABEL_W - 40

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        e = self.entry_at(event.position())
        if e is not None:
            self.entryActivated.emit(e.id)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == event.Type.ToolTip:
            e = self.entry_at(event.pos())
            if e is not None:
                channel = e.channel or translate("Views", "no channel")
                owner = e.owner or translate("Views", "no owner")
                lines = [e.title, f"{e.department} · {channel} · {owner}",
                         self._when(e)]
                if e.id in self.markers:
                    lines += ["", self.markers[e.id]]
                QToolTip.showText(event.globalPos(), "\n".join(lines), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _when(self, e: Entry) -> str:
        if e.all_day:
            return translate("Views", "{day} (all day)").format(day=date_text(e.start_date))
        return datetime_text(e.start.astimezone(self.tz))
