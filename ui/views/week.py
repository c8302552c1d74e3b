"""The on-screen week: seven day columns with hours, an all-day strip, overlaps side by side.

Drawn by ui.painting.week.paint_week, the same code that prints the week. The
view fits the hours to its height and scrolls when that would make an hour
shorter than ``SCREEN.min_hour_pt``.

Keys: Up/Down previous/next entry, Left/Right the nearest entry a day earlier
or later, Home/End first/last, Enter opens, Escape clears the selection,
Ctrl+Up/Down moves the chosen entry by MOVE_STEP, Ctrl+Left/Right by a day,
dragging an entry moves it (both as a proposal: ``entryMoveRequested``),
PageUp/PageDown (or Alt+Left/Right) ask for the previous/next week. Wheel:
Ctrl/Shift+wheel or a horizontal wheel changes the week (a plain wheel too
when nothing scrolls).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from calendar_core.layout import WeekLayout, monday_of, week_layout
from calendar_core.model import Entry
from ui import jobs, locale_format
from ui.painting.week import SCREEN, WeekPaint, WeekStyle, week_heights
from ui.models.slot_entries import SlotEntriesModel
from ui.proposals import ghosts
from ui.views.slot_popup import SlotPopup
from ui.views.week_image import ASIDE_ENTRIES, blank_image, drawn_marks, entry_tooltip, paint_on, render_week

UTC = timezone.utc
MOVE_STEP = timedelta(minutes=15)  # a drag snaps to it, Ctrl+Up/Down moves by it


def layout_for(entries: list[Entry], monday: date, tz: ZoneInfo) -> WeekLayout:
    """The week's layout as the view draws it (a moved entry's old place too); safe on a worker thread."""
    return week_layout(ghosts(entries), monday, tz)


class _Canvas(QWidget):
    def __init__(self, view: "WeekView"):
        super().__init__()
        self._view = view
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.drawImage(0, 0, self._view._painted_image())
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._view._paint_stale = True

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._view._click(event.position(), event.modifiers())
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
            hit = self._view._hit(event.position()) if plain else None
            self._view._drag = (hit, event.position(), False) if hit is not None else None
        self._view.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        drag = self._view._drag
        if drag is not None and event.buttons() & Qt.MouseButton.LeftButton and not drag[2]:
            if (event.position() - drag[1]).manhattanLength() >= QApplication.startDragDistance():
                self._view._drag = (drag[0], drag[1], True)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag, self._view._drag = self._view._drag, None
        self.unsetCursor()
        if drag is not None and drag[2] and event.button() == Qt.MouseButton.LeftButton:
            self._view._dropped(drag[0], drag[1], event.position())
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        entry_id = self._view._hit(event.position())
        if entry_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self._view._set_selection([entry_id], emit=True)
            self._view.entryActivated.emit(entry_id)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._view.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class WeekView(QWidget):
    """One week of entries; see the module docstring for keys and wheel."""

    entryActivated = Signal(int)
    selectionChanged = Signal(list)
    weekChangeRequested = Signal(int)
    entryMoveRequested = Signal(int, object, object)  # entry id, new start (aware), lane (None here)

    def __init__(self, parent: QWidget | None = None, *, style: WeekStyle | None = None):
        super().__init__(parent)
        self._drag: tuple[int, QPointF, bool] | None = None  # entry, where pressed, moved far enough
        self._style = style or SCREEN
        self._tz = ZoneInfo("UTC")
        self._entries: list[Entry] = []
        self._by_id: dict[int, Entry] | None = None
        self.last_popup: SlotPopup | None = None
        self._monday = monday_of(datetime.now(UTC).date())
        self._colours: dict[str, str] = {}
        self._markers: dict[int, str] = {}
        self._blackout: frozenset = frozenset()  # blackout days: hatched and labelled
        self._selected: list[int] = []
        self._layout: WeekLayout | None = None
        self._paint_result = WeekPaint()
        self._layout_dirty = True  # the layout is computed once per batch of setter calls
        self._paint_stale = True  # hit rects are refreshed by the next paint, or on demand
        # the last on-screen paint and what it was drawn from (_paint_key): a repaint of the same thing, or a
        # setter handed what the view already shows, costs one blit. A crowded week's paint is about 900 Qt
        # calls, and each gives up the GIL: beside an import's workers each repaint took 0.1-0.2 s
        self._image: QImage | None = None
        self._image_key: tuple | None = None
        self._layout_version = 0  # bumped with each new layout (an id() could be a freed one's again)
        self._colours_key: tuple = ()
        self._marks_version = 0  # bumped when the marks of the entries drawn change (set_markers)
        self._epoch = 0  # bumped by a language, font or style change: the same data drawn differently
        self._drawn_marks: tuple | None = None  # drawn_marks() of the last paint
        self._render_job = None  # a paint on a worker (_render_aside)
        self._image_monday: date | None = None  # the week the image shows
        self._settle_posted = False
        self.now = lambda: datetime.now(UTC)  # replaceable in tests
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._canvas = _Canvas(self)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._canvas)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.viewport().installEventFilter(self)
        self._scroll.verticalScrollBar().valueChanged.connect(self._canvas.update)  # the sticky header moves
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._scroll)
        self._timer = QTimer(self, interval=60_000, timeout=self._canvas.update)
        self._timer.start()
        self._relayout()

    # ----- the interface the main window uses ------------------------------
    def set_workspace_tz(self, tz: ZoneInfo) -> None:
        self._tz = tz
        self._relayout()

    def set_entries(self, entries: list[Entry], layout: WeekLayout | None = None) -> None:
        """Show these entries. The selection is pruned to them silently: the window owns the
        selection and sets it again after every load (selectionChanged is the user's clicks and keys).
        ``layout``: :func:`layout_for` of these entries, made off the GUI thread; used if it is of
        this week and zone."""
        self._entries = list(entries)
        self._by_id = None
        known = {e.id for e in self._entries}
        self._selected = [i for i in self._selected if i in known]
        self._relayout()
        if layout is not None and layout.week_start == self._monday and layout.tz == self._tz:
            self._layout, self._layout_dirty = layout, False
            self._layout_version += 1
            self._size_to_layout()

    def set_week(self, monday: date) -> None:
        self._monday = monday_of(monday)
        self._relayout()

    def week(self) -> date:
        return self._monday

    def set_colours(self, colours: dict[str, str]) -> None:
        key = tuple(sorted(colours.items()))
        if key == self._colours_key:  # a refresh hands the same colours again: nothing to draw
            return
        self._colours, self._colours_key = dict(colours), key
        self._paint_stale = True
        self._canvas.update()

    def set_markers(self, markers: dict[int, str]) -> None:
        self._markers = markers  # read-only (ui/markers.py): its texts are written when asked for
        # only the marks are drawn (the texts are read when a tooltip asks): the same marks on what is shown
        # (a new analysis that found the same, or a decision on an entry of another week) draw nothing anew
        if self._paint_stale or self._drawn_marks is None or drawn_marks(self._paint_result, markers) != self._drawn_marks:
            self._marks_version += 1
            self._paint_stale = True
            self._canvas.update()

    def set_blackout(self, days) -> None:
        days = frozenset(days)
        if days == self._blackout:
            return
        self._blackout = days
        self._paint_stale = True
        self._canvas.update()

    def select_entries(self, ids: list[int]) -> None:
        """Select these entries (no selectionChanged: that signal reports the user's clicks and keys)."""
        self._set_selection(list(ids), emit=False)
        self.ensure_visible(self._selected[0] if self._selected else None)

    def selected_ids(self) -> list[int]:
        return list(self._selected)

    # ----- helpers for the main window and tests ---------------------------
    def layout_data(self) -> WeekLayout | None:
        self._ensure_layout()
        return self._layout

    @property
    def _painted(self) -> WeekPaint:
        """What was drawn where, painted off screen first if the view changed since its last paint."""
        self._ensure_layout()
        if self._paint_stale:
            self._paint_offscreen()
        return self._paint_result

    def entry_rect(self, entry_id: int) -> QRectF | None:
        """Where the entry was last drawn, in canvas coordinates."""
        return self._painted.rect_of(entry_id)

    def canvas(self) -> QWidget:
        return self._canvas

    def tooltip_at(self, pos: QPointF) -> str | None:
        entry_id = self._hit(pos)
        e = self._entry(entry_id) if entry_id is not None else None
        if e is None:
            slot = self._painted.more_at(self._unstick(pos))
            return self.tr("%n entries here: click to list them all", "", len(slot)) if slot else None
        return entry_tooltip(e, self._tz, self._markers.get(e.id))

    def ensure_visible(self, entry_id: int | None) -> None:
        r = self.entry_rect(entry_id) if entry_id is not None else None
        if r is not None:
            self._scroll.ensureVisible(int(r.center().x()), int(r.center().y()), 0, int(r.height() / 2) + 20)

    # ----- internals -------------------------------------------------------
    def _entry(self, entry_id: int) -> Entry | None:
        if self._by_id is None:
            self._by_id = {e.id: e for e in self._entries}
        return self._by_id.get(entry_id)

    def _relayout(self) -> None:
        """Something the layout depends on changed: lay out once, after the current batch of setters."""
        self._layout_dirty = True
        self._paint_stale = True
        if not self._settle_posted:
            self._settle_posted = True
            QTimer.singleShot(0, self._ensure_layout)
        self._canvas.update()

    def _ensure_layout(self) -> None:
        self._settle_posted = False
        if not self._layout_dirty:
            return
        self._layout_dirty = False
        self._layout = layout_for(self._entries, self._monday, self._tz)
        self._layout_version += 1
        self._size_to_layout()

    def _size_to_layout(self) -> None:
        img = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
        dpm = round(self.logicalDpiY() / 0.0254)
        img.setDotsPerMeterX(dpm)
        img.setDotsPerMeterY(dpm)
        painter = QPainter(img)
        top, hours = week_heights(painter, QRectF(0, 0, max(self.width(), 700), 600), self._layout, self._style)
        painter.end()
        self._canvas.setMinimumHeight(int(top + hours + 4))
        self._canvas.update()

    def _paint_offscreen(self) -> None:
        size = self._canvas.size()
        if size.width() < 10 or size.height() < 10:
            return
        img = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        dpm = round(self._canvas.logicalDpiY() / 0.0254)
        img.setDotsPerMeterX(dpm)
        img.setDotsPerMeterY(dpm)
        painter = QPainter(img)
        self._paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        self._paint_stale = False

    def _paint_key(self) -> tuple:
        """Everything a paint of the canvas depends on (the layout is one object per set of entries)."""
        now = self.now()
        return (self._layout_version, self._layout_dirty, self._colours_key, self._marks_version, tuple(self._selected),
                self._blackout, now.replace(second=0, microsecond=0), self._tz, id(self._style), self._epoch,
                self._canvas.width(), self._canvas.height(), self._canvas.devicePixelRatioF(), self._sticky_offset())

    def _painted_image(self) -> QImage:
        """The canvas as drawn now: the last image if nothing it depends on changed, else painted anew
        (a crowded week while workers run: on a worker, the last image shown until it is ready)."""
        self._ensure_layout()
        key = self._paint_key()
        if self._image is not None and key == self._image_key:
            self._paint_stale = False  # what was drawn is what the view shows: its hit rects hold
            return self._image
        if self._render_aside(key):
            return self._image
        args = self._paint_args()
        if args is None:
            self._image, self._image_key, self._image_monday = blank_image(self._canvas), key, self._monday
            return self._image
        self._show_render(key, *render_week(*args))
        return self._image

    def _paint_args(self) -> tuple | None:
        """What :func:`render_week` draws the canvas from, taken on the GUI thread (None: nothing laid out)."""
        if self._layout is None:
            return None
        style = self._style
        now = self.now()
        today = now.astimezone(self._tz).date()
        if style.today != today:
            style = WeekStyle(**{**style.__dict__, "today": today})
        size = self._canvas.size()
        return (self._layout, size.width(), size.height(), self._canvas.devicePixelRatioF(),
                round(self._canvas.logicalDpiY() / 0.0254), dict(colours=self._colours, markers=self._markers,
                selected=frozenset(self._selected), now=now, style=style), self._blackout, self._sticky_offset())

    def _show_render(self, key: tuple, image: QImage, result: WeekPaint, marks: tuple) -> None:
        self._image, self._image_key, self._image_monday = image, key, self._monday
        self._paint_result, self._drawn_marks = result, marks
        self._paint_stale = False

    def _render_aside(self, key: tuple) -> bool:
        """Paint a crowded week on a worker (about 900 Qt calls, each giving up the GIL: beside an import's
        or an analysis's workers one paint took 0.1-0.2 s of the GUI thread, and the refresh after an
        import paints it three times): the image shown stays until the new one is ready (one render at a
        time, then one more for the state by then). Only a change to the same week, as a refresh makes;
        navigating, scrolling and resizing by the user paint at once."""
        old = self._image_key
        if (self._image is None or old is None or len(self._entries) < ASIDE_ENTRIES
                or self._image_monday != self._monday or old[-1] != key[-1]):
            return False  # (a render still running for the old state is dropped when it comes back)
        if old[-4:-1] != key[-4:-1] and jobs.active_jobs() == 0:
            return False  # resized by the user: drawn at once; resized by a refresh (a panel appearing) aside
        if self._render_job is not None:
            return True  # its result is checked against the state then, and one more render follows if need be
        args = self._paint_args()
        if args is None:
            return False

        def done(got) -> None:
            self._render_job = None
            try:
                if self._paint_key() == key:
                    self._show_render(key, *got)
                self._canvas.update()  # the new image, or (the state changed meanwhile) the next render
            except RuntimeError:  # the view was closed and deleted meanwhile
                pass

        def failed(_exc) -> None:
            self._render_job = None
            self._image_key = None  # painted on the GUI thread next time
            try:
                self._canvas.update()
            except RuntimeError:
                pass

        self._render_job = jobs.run_job(None, lambda _p, _c: render_week(*args), on_success=done,
                                        on_failure=failed, name="week paint")
        return True

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.PaletteChange, QEvent.Type.LocaleChange):
            self._epoch += 1
            self._canvas.update()
        super().changeEvent(event)

    def _paint(self, painter: QPainter, rect: QRectF, sticky: bool = False) -> None:
        self._ensure_layout()
        args = self._paint_args()
        if args is None:
            return
        layout, _w, _h, _ratio, _dpm, kwargs, blackout, offset = args
        self._paint_result = paint_on(painter, rect, layout, kwargs, blackout, offset if sticky else 0)
        self._drawn_marks = drawn_marks(self._paint_result, self._markers)
        self._paint_stale = False

    def _sticky_offset(self) -> int:
        return self._scroll.verticalScrollBar().value()

    def _unstick(self, pos: QPointF) -> QPointF:
        """Where ``pos`` falls in the painted layout: the sticky day header is drawn ``offset`` lower."""
        offset = self._sticky_offset()
        if offset and pos.y() - offset < self._painted.timed_rect.top():  # in the sticky day header
            return QPointF(pos.x(), pos.y() - offset)
        return pos

    def _hit(self, pos: QPointF) -> int | None:
        return self._painted.entry_at(self._unstick(pos))

    def _set_selection(self, ids: list[int], *, emit: bool) -> None:
        ids = list(dict.fromkeys(ids))
        if ids == self._selected:
            return
        self._selected = ids
        self._canvas.update()
        if emit:
            self.selectionChanged.emit(list(ids))

    def _click(self, pos: QPointF, modifiers) -> None:
        entry_id = self._hit(pos)
        if entry_id is None:
            slot = self._painted.more_at(self._unstick(pos))
            if slot is not None:
                self.open_slot(slot, self._canvas.mapToGlobal(pos.toPoint()))
                return
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            if entry_id is None:
                return
            ids = [i for i in self._selected if i != entry_id] if entry_id in self._selected else [*self._selected, entry_id]
            self._set_selection(ids, emit=True)
        else:
            self._set_selection([entry_id] if entry_id is not None else [], emit=True)

    def _ordered(self) -> list[tuple[int, float, int]]:
        """(day, start minute, id) of every entry in the week, all-day first each day."""
        self._ensure_layout()
        if self._layout is None:
            return []
        seen: dict[int, tuple[int, float, int]] = {}
        for bar in self._layout.bars:
            seen.setdefault(bar.entry.id, (bar.first_day, -1.0, bar.entry.id))
        for b in self._layout.blocks:
            seen.setdefault(b.entry.id, (b.day_index, b.start_min, b.entry.id))
        return sorted(v for v in seen.values() if v[2] > 0)  # ghosts cannot be chosen

    def open_slot(self, ids: list[int], where: QPoint | None = None) -> SlotPopup | None:
        """The popup listing a crowded slot's entries (its "+N more" was clicked)."""
        entries = [e for e in (self._entry(i) for i in ids) if e is not None]  # a moved entry's ghost: not listed
        if not entries:
            return None
        first, last = entries[0], entries[-1]
        if first.all_day:
            title = locale_format.day_header(first.start_date)
        else:
            a, b = first.start.astimezone(self._tz), last.start.astimezone(self._tz)
            title = f"{locale_format.day_header(a.date())} · {locale_format.time_text(a)}" + (
                f"–{locale_format.time_text(b)}" if b != a else "")
        title += " · " + self.tr("%n entries", "", len(entries))
        model = SlotEntriesModel(entries, self._tz, self._colours, self._markers, entry_tooltip)
        popup = SlotPopup(title, model, self)
        popup.entryClicked.connect(lambda i: self._set_selection([i], emit=True))
        popup.entryActivated.connect(self.entryActivated)
        current = self._selected[-1] if self._selected and self._selected[-1] in ids else None
        popup.show_at(where if where is not None else self.mapToGlobal(QPoint(0, 0)), current)
        self.last_popup = popup
        return popup

    # ----- moving entries (proposals) ----------------------------------------
    def time_at(self, pos: QPointF) -> tuple[date, float | None] | None:
        """The day under ``pos`` and the minute of the day (None in the all-day strip)."""
        painted = self._painted
        layout = self._layout
        if layout is None:
            return None
        day = next((i for i, r in enumerate(painted.day_rects) if r.left() <= pos.x() < r.right()), None)
        if day is None or day >= len(layout.days):
            return None
        timed = painted.timed_rect
        if pos.y() < timed.top() or timed.height() <= 0:
            return layout.days[day], None
        minutes = (layout.hour_end - layout.hour_start) * 60
        return layout.days[day], layout.hour_start * 60 + (pos.y() - timed.top()) / timed.height() * minutes

    def _dropped(self, entry_id: int, pressed: QPointF, released: QPointF) -> None:
        e = self._entry(entry_id)
        a, b = self.time_at(pressed), self.time_at(released)
        if e is None or a is None or b is None:
            return
        shift = timedelta(days=(b[0] - a[0]).days)
        if not e.all_day and a[1] is not None and b[1] is not None:
            step = MOVE_STEP.total_seconds() / 60
            shift += timedelta(minutes=round((b[1] - a[1]) / step) * step)
        if shift:
            self.entryMoveRequested.emit(entry_id, self._shifted(e, shift), None)

    def _shifted(self, e: Entry, shift: timedelta) -> datetime:
        """The entry's start moved by ``shift``, by the wall clock (a day later stays at the same hour)."""
        if e.all_day:
            return e.start + timedelta(days=shift.days)
        local = e.start.astimezone(self._tz).replace(tzinfo=None) + shift
        return local.replace(tzinfo=self._tz).astimezone(UTC)

    def _nudge(self, key) -> bool:
        """Ctrl+Arrow: the chosen entry a step earlier or later (Up/Down) or a day (Left/Right)."""
        e = self._entry(self._selected[-1]) if len(self._selected) == 1 else None
        if e is None:
            return False
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            shift = timedelta(days=1 if key == Qt.Key.Key_Right else -1)
        elif e.all_day:
            return False
        else:
            shift = MOVE_STEP if key == Qt.Key.Key_Down else -MOVE_STEP
        self.entryMoveRequested.emit(e.id, self._shifted(e, shift), None)
        return True

    def _move(self, key) -> bool:
        order = self._ordered()
        if not order:
            return False
        ids = [o[2] for o in order]
        current = self._selected[-1] if self._selected and self._selected[-1] in ids else None
        if key == Qt.Key.Key_Home or current is None and key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            target = ids[0]
        elif key == Qt.Key.Key_End or current is None:
            target = ids[-1]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            i = ids.index(current) + (1 if key == Qt.Key.Key_Down else -1)
            target = ids[max(0, min(i, len(ids) - 1))]
        else:
            day, minute, _ = order[ids.index(current)]
            step = 1 if key == Qt.Key.Key_Right else -1
            target = current
            for d in range(day + step, 7 if step > 0 else -1, step):
                same_day = [o for o in order if o[0] == d]
                if same_day:
                    target = min(same_day, key=lambda o: abs(o[1] - minute))[2]
                    break
        self._set_selection([target], emit=True)
        self.ensure_visible(target)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if ctrl and not alt and key in arrows and self._nudge(key):
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) or (alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)):
            self.weekChangeRequested.emit(1 if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right) else -1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._move(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.entryActivated.emit(self._selected[-1])
        elif key == Qt.Key.Key_Escape and self._selected:
            self._set_selection([], emit=True)
        elif key == Qt.Key.Key_A and mods & Qt.KeyboardModifier.ControlModifier:
            self._set_selection([o[2] for o in self._ordered()], emit=True)
        else:
            super().keyPressEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Wheel and self._week_wheel(event):
            return True
        return super().eventFilter(obj, event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if not self._week_wheel(event):
            super().wheelEvent(event)

    def _week_wheel(self, event: QWheelEvent) -> bool:
        delta = event.angleDelta()
        mods = event.modifiers()
        bar = self._scroll.verticalScrollBar()
        wants_week = (abs(delta.x()) > abs(delta.y()) or bool(mods & (Qt.KeyboardModifier.ControlModifier
                                                                     | Qt.KeyboardModifier.ShiftModifier))
                      or bar.maximum() == 0)
        step = delta.x() if abs(delta.x()) > abs(delta.y()) else delta.y()
        if not wants_week or step == 0:
            return False
        self.weekChangeRequested.emit(-1 if step > 0 else 1)
        event.accept()
        return True

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._paint_stale = True  # the next paint (or hit test) places the entries anew
