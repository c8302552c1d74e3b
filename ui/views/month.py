"""Month: a Monday-first grid, entries per day and "+N more" (calendar_core.layout.month_layout)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from calendar_core.layout import MonthLayout, month_layout, monday_of
from calendar_core.model import Entry
from ui.colours import colour_of, text_colour_on
from ui.i18n import translate, tr
from ui.locale_format import day_month, month_year, time_text, weekday_long, weekday_short
from ui.painting.grid import blackout_label, paint_blackout

HEADER_H = 28
DAY_LABEL_H = 22
LINE_H = 19


class MonthView(QWidget):
    entryActivated = Signal(int)
    selectionChanged = Signal(list)
    dayActivated = Signal(object)  # date: "+N more" or a double-click on the day
    entryMoveRequested = Signal(int, object, object)  # a drag to another day or Ctrl+Arrow: id, new start, None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("monthView")
        self.setMouseTracking(True)
        self.tz = ZoneInfo("UTC")
        self.layout_data: MonthLayout | None = None
        self.colours: dict[str, str] = {}
        self.markers: dict[int, str] = {}
        self.selected: set[int] = set()
        self.today: date | None = None
        self.blackout: frozenset = frozenset()  # blackout days: hatched and labelled
        self._hits: list[tuple[QRectF, Entry]] = []
        self._more: list[tuple[QRectF, date]] = []
        self._days: list[tuple[QRectF, date]] = []
        self._entries: list[Entry] = []
        self._month = date.today().replace(day=1)
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(self._font.pointSizeF() - 0.5, 8))
        self.setMinimumSize(QSize(500, 360))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Ctrl+Arrow moves the chosen entry
        self._drag: tuple[Entry, date | None] | None = None

    # ----- view protocol ---------------------------------------------------------
    def period(self, anchor: date) -> tuple[date, date]:
        first = anchor.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return monday_of(first), monday_of(last) + timedelta(days=7)

    def step(self, anchor: date, direction: int) -> date:
        first = anchor.replace(day=1)
        if direction > 0:
            return (first + timedelta(days=32)).replace(day=1)
        return (first - timedelta(days=1)).replace(day=1)

    def label(self, anchor: date) -> str:
        return month_year(anchor)

    def set_data(self, entries: list[Entry], anchor: date, tz: ZoneInfo) -> None:
        self.tz = tz
        self._entries = list(entries)
        self._month = anchor.replace(day=1)
        self._relayout()

    def per_day(self) -> int:
        rows = len(self.layout_data.weeks) if self.layout_data else 6
        cell_h = (self.height() - HEADER_H) / max(rows, 1)
        return max(int((cell_h - DAY_LABEL_H - 4) // LINE_H), 1)

    def _relayout(self) -> None:
        self.layout_data = month_layout(self._entries, self._month, self.tz, per_day=self.per_day())
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt names
        super().resizeEvent(event)
        if self._entries or self.layout_data:
            self._relayout()

    def set_colours(self, colours: dict[str, str]) -> None:
        self.colours = dict(colours)
        self.update()

    def set_markers(self, markers: dict[int, str]) -> None:
        self.markers = markers  # read-only (ui/markers.py): its texts are written when asked for
        self.update()

    def set_blackout(self, days) -> None:
        self.blackout = frozenset(days)
        self.update()

    def select_entries(self, ids) -> None:
        self.selected = set(ids)
        self.update()

    # ----- painting ----------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self._font)
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w, h, QColor("#ffffff"))
        self._hits, self._more, self._days = [], [], []
        if self.layout_data is None:
            p.end()
            return
        weeks = self.layout_data.weeks
        cw = w / 7
        ch = (h - HEADER_H) / max(len(weeks), 1)
        bold = QFont(self._font)
        bold.setBold(True)
        p.fillRect(QRectF(0, 0, w, HEADER_H), QColor("#f3f4f6"))
        p.setPen(QColor("#4b5563"))
        p.setFont(bold)
        for i in range(7):
            day = date(2024, 1, 1 + i)  # 2024-01-01 was a Monday
            name = weekday_long(day)
            p.drawText(QRectF(i * cw + 8, 0, cw - 8, HEADER_H), Qt.AlignmentFlag.AlignVCenter,
                       name if p.fontMetrics().horizontalAdvance(name) < cw - 12 else weekday_short(day))
        today = self.today or datetime.now(self.tz).date()
        fm = p.fontMetrics()
        for r, week in enumerate(weeks):
            for c, cell in enumerate(week):
                rect = QRectF(c * cw, HEADER_H + r * ch, cw, ch)
                self._days.append((rect, cell.day))
                bg = "#ffffff" if cell.in_month else "#f7f8fa"
                if cell.day.weekday() >= 5 and cell.in_month:
                    bg = "#fbfbfc"
                p.fillRect(rect, QColor(bg))
                if cell.day in self.blackout:
                    paint_blackout(p, rect)
                    p.setPen(QColor("#1f2328"))
                    p.setFont(bold)
                    p.drawText(QRectF(rect.left(), rect.top() + 2, cw - 6, DAY_LABEL_H),
                               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, blackout_label())
                p.setPen(QPen(QColor("#dfe3e8")))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
                p.setFont(bold)
                label_rect = QRectF(rect.left() + 6, rect.top() + 2, cw - 12, DAY_LABEL_H)
                if cell.day == today:
                    p.setBrush(QColor("#d93025"))
                    p.setPen(Qt.PenStyle.NoPen)
                    p.drawEllipse(QPointF(rect.left() + 6 + 10, rect.top() + 2 + DAY_LABEL_H / 2), 10, 10)
                    p.setPen(QColor("#ffffff"))
                    p.drawText(QRectF(rect.left() + 6, rect.top() + 2, 20, DAY_LABEL_H), Qt.AlignmentFlag.AlignCenter,
                               str(cell.day.day))
                else:
                    p.setPen(QColor("#1f2933") if cell.in_month else QColor("#9aa1ab"))
                    text = f"{cell.day.day}" if cell.day.day != 1 else day_month(cell.day)
                    p.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, text)
                p.setFont(self._font)
                y = rect.top() + DAY_LABEL_H + 2
                for e in cell.entries:
                    self._paint_entry(p, fm, e, QRectF(rect.left() + 3, y, cw - 6, LINE_H - 2))
                    y += LINE_H
                if cell.hidden:
                    more = QRectF(rect.left() + 6, y, cw - 12, LINE_H - 2)
                    p.setPen(QColor("#1a56db"))
                    p.drawText(more, Qt.AlignmentFlag.AlignVCenter, tr("+%n more", "", cell.hidden))
                    self._more.append((more, cell.day))
        p.end()

    def _paint_entry(self, p, fm, e: Entry, rect: QRectF) -> None:
        colour = QColor(colour_of(self.colours, e.department))
        selected = e.id in self.selected
        if e.all_day:
            p.setBrush(colour)
            p.setPen(QPen(QColor("#1b1b1b"), 2) if selected else Qt.PenStyle.NoPen)
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(QColor(text_colour_on(colour.name())))
            text = e.title
        else:
            if selected:
                p.setBrush(QColor("#e8eefc"))
                p.setPen(QPen(QColor("#1b1b1b"), 1.5))
                p.drawRoundedRect(rect, 3, 3)
            p.setBrush(colour)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(rect.left() + 7, rect.center().y()), 4, 4)
            p.setPen(QColor("#1f2933"))
            text = f"{time_text(e.start.astimezone(self.tz))} {e.title}"
        if e.moved is not None:  # shown at a proposed time
            text = f"↦ {text}"
        text_rect = rect.adjusted(14 if not e.all_day else 5, 0, -3, 0)
        if e.id in self.markers:
            p.save()
            p.setPen(QColor("#b3261e"))
            f = QFont(p.font())
            f.setBold(True)
            p.setFont(f)
            p.drawText(QRectF(rect.right() - 14, rect.top(), 12, rect.height()), Qt.AlignmentFlag.AlignCenter, "!")
            p.restore()
            text_rect = text_rect.adjusted(0, 0, -12, 0)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(text, Qt.TextElideMode.ElideRight, int(max(text_rect.width(), 0))))
        self._hits.append((rect, e))

    # ----- interaction ------------------------------------------------------------
    def entry_at(self, pos) -> Entry | None:
        for rect, e in self._hits:
            if rect.contains(QPointF(pos)):
                return e
        return None

    def _day_at(self, pos) -> date | None:
        for rect, d in self._days:
            if rect.contains(QPointF(pos)):
                return d
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        for rect, d in self._more:
            if rect.contains(pos):
                self.dayActivated.emit(d)
                return
        e = self.entry_at(pos)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and e is not None:
            self.selected ^= {e.id}
        else:
            self.selected = {e.id} if e is not None else set()
            self._drag = (e, self._day_at(pos)) if e is not None and event.button() == Qt.MouseButton.LeftButton \
                else None
        self.update()
        self.selectionChanged.emit(sorted(self.selected))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        target = self._day_at(event.position()) if drag is not None else None
        if drag is not None and drag[1] is not None and target is not None and target != drag[1]:
            self._request_move(drag[0], (target - drag[1]).days)
        super().mouseReleaseEvent(event)

    def _request_move(self, e: Entry, days: int) -> None:
        """The entry ``days`` later by the wall clock (a proposal, made by the window)."""
        if e.all_day:
            start = e.start + timedelta(days=days)
        else:
            local = e.start.astimezone(self.tz).replace(tzinfo=None) + timedelta(days=days)
            start = local.replace(tzinfo=self.tz)
        self.entryMoveRequested.emit(e.id, start, None)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Ctrl+Left/Right: the chosen entry a day earlier or later, Ctrl+Up/Down a week; Enter opens it."""
        key = event.key()
        chosen = [e for e in self._entries if e.id in self.selected] if len(self.selected) == 1 else []
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if chosen and event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in steps:
            self._request_move(chosen[0], steps[key])
        elif chosen and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entryActivated.emit(chosen[0].id)
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        e = self.entry_at(event.position())
        if e is not None:
            self.entryActivated.emit(e.id)
            return
        d = self._day_at(event.position())
        if d is not None:
            self.dayActivated.emit(d)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            e = self.entry_at(event.pos())
            if e is not None:
                channel = e.channel or translate("Views", "no channel")
                owner = e.owner or translate("Views", "no owner")
                text = f"{e.title}\n{e.department} · {channel} · {owner}"
                if e.id in self.markers:
                    text += "\n\n" + self.markers[e.id]
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
