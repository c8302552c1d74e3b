"""The list view's model: entries as table rows, fetched lazily (STYLE.md practice 6).

:class:`EntryTableModel` holds the full query result but exposes it to views in
batches (``canFetchMore``/``fetchMore``), so a 50,000-row list costs only what is
on screen. :class:`EntrySortProxy` sorts by asking the model to sort its whole
backing list first, so the rows already fetched are always the top of the true
order and later batches belong after them.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from calendar_core.model import Entry
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.locale_format import date_text, datetime_text

BATCH = 500
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _when(e: Entry, tz: ZoneInfo, end: bool = False) -> str:
    value = e.end if end else e.start
    if value is None:
        return ""
    if e.all_day:
        d = value.date()
        if end:  # all-day end is exclusive: show the last day
            from datetime import timedelta
            d = d - timedelta(days=1)
        return date_text(d)
    return datetime_text(value.astimezone(tz))


# (header, text getter, sort key getter)
COLUMNS: list[tuple[str, object, object]] = [
    (QT_TRANSLATE_NOOP("EntryTable", "Start"), lambda e, tz: _when(e, tz), lambda e: e.start.timestamp()),
    (QT_TRANSLATE_NOOP("EntryTable", "End"), lambda e, tz: _when(e, tz, end=True), lambda e: e.end.timestamp() if e.end else e.start.timestamp()),
    (QT_TRANSLATE_NOOP("EntryTable", "All day"), lambda e, tz: translate("EntryTable", "yes") if e.all_day else "", lambda e: e.all_day),
    (QT_TRANSLATE_NOOP("EntryTable", "Title"), lambda e, tz: f"↦ {e.title}" if e.moved is not None else e.title,  # ↦: shown at a proposed time
     lambda e: e.title.casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Department"), lambda e, tz: e.department, lambda e: e.department.casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Channel"), lambda e, tz: e.channel, lambda e: e.channel.casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Owner"), lambda e, tz: e.owner, lambda e: e.owner.casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Status"), lambda e, tz: e.status, lambda e: e.status.casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Campaign"), lambda e, tz: e.campaign, lambda e: e.campaign.casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Kind"), lambda e, tz: e.kind, lambda e: e.kind),
    (QT_TRANSLATE_NOOP("EntryTable", "Tags"), lambda e, tz: ", ".join(e.tags), lambda e: ", ".join(e.tags).casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Link"), lambda e, tz: e.link, lambda e: e.link),
    (QT_TRANSLATE_NOOP("EntryTable", "Description"), lambda e, tz: " ".join(e.description.split())[:200], lambda e: e.description.casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Time zone"), lambda e, tz: e.timezone or "", lambda e: e.timezone or ""),
    (QT_TRANSLATE_NOOP("EntryTable", "Recurring"), lambda e, tz: translate("EntryTable", "yes") if e.series_key else "", lambda e: bool(e.series_key)),
    (QT_TRANSLATE_NOOP("EntryTable", "Source"), lambda e, tz: e.source_name, lambda e: e.source_name.casefold()),
    (QT_TRANSLATE_NOOP("EntryTable", "Where"), lambda e, tz: e.location, lambda e: e.location),
    (QT_TRANSLATE_NOOP("EntryTable", "Reference"), lambda e, tz: e.source_ref, lambda e: e.source_ref),
]
MARK_COLUMN = 0  # the marker icon/tooltip sits on the Start column
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_OTHER_ROLES = frozenset({_TOOLTIP, _DECORATION, _FOREGROUND, ID_ROLE, SORT_ROLE})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class EntryTableModel(QAbstractTableModel):
    def __init__(self, parent=None, tz: ZoneInfo | None = None):
        super().__init__(parent)
        self._all: list[Entry] = []
        self._shown = 0
        self._tz = tz or ZoneInfo("UTC")
        self._markers: dict[int, str] = {}
        self._colours: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._text_cache: dict[int, tuple[str, ...]] = {}  # row -> display texts
        self._colour_cache: dict[str, QColor] = {}

    # ----- data in -------------------------------------------------------
    def set_entries(self, entries: list[Entry], tz: ZoneInfo | None = None) -> None:
        self.beginResetModel()
        if tz is not None:
            self._tz = tz
        self._all = list(entries)
        self._text_cache.clear()
        if self._sort is not None:
            self._sort_all(*self._sort)
        self._shown = min(BATCH, len(self._all))
        self.endResetModel()

    def set_markers(self, markers: dict[int, str]) -> None:
        self._markers = markers  # read-only (ui/markers.py): its texts are written when asked for
        self._text_cache.clear()
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, self.columnCount() - 1))

    def set_colours(self, colours: dict[str, str]) -> None:
        self._colours = dict(colours)

    def entry(self, row: int) -> Entry:
        return self._all[row]

    def total(self) -> int:
        return len(self._all)

    def row_of(self, entry_id: int) -> int:
        """Row of an entry, fetching up to it; -1 when it is not in the list."""
        for i, e in enumerate(self._all):
            if e.id == entry_id:
                if i >= self._shown:
                    self._fetch_to(i + 1)
                return i
        return -1

    def _fetch_to(self, n: int) -> None:
        n = min(max(n, self._shown), len(self._all))
        if n > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, n - 1)
            self._shown = n
            self.endInsertRows()

    # ----- lazy fetching ------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt names
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if not parent.isValid():
            self._fetch_to(self._shown + BATCH)

    # ----- the table ----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return translate("EntryTable", COLUMNS[section][0])
        return None

    def _texts(self, row: int) -> tuple[str, ...]:
        e = self._all[row]
        texts = [get(e, self._tz) for _, get, _ in COLUMNS]
        if e.id in self._markers:
            texts[MARK_COLUMN] = "⚠ " + texts[MARK_COLUMN]
        texts = tuple(texts)
        if len(self._text_cache) > 5000:  # a few screens' worth is all painting needs
            self._text_cache.clear()
        self._text_cache[row] = texts
        return texts

    def data(self, index, role=_DISPLAY):
        # Hot path: painting asks every visible cell for many roles; answer display text from a per-row cache.
        row = index.row()
        if row < 0 or row >= self._shown:
            return None
        if role == _DISPLAY:
            texts = self._text_cache.get(row)
            if texts is None:
                texts = self._texts(row)
            col = index.column()
            return texts[col] if 0 <= col < len(texts) else None
        if role not in _OTHER_ROLES:
            return None
        e = self._all[row]
        col = index.column()
        if role == _TOOLTIP:
            if e.id in self._markers:
                return self._markers[e.id]
            moved = "\n" + translate("EntryTable", "moved by a proposal: its file has another time") if e.moved is not None else ""
            return f"{e.title}\n{e.source_name} · {e.location}{moved}" if col == 3 else None
        if role == ID_ROLE:
            return e.id
        if role == SORT_ROLE:
            return COLUMNS[col][2](e) if 0 <= col < len(COLUMNS) else None
        if role == _DECORATION and col == 4:
            colour = self._colours.get(e.department)
            return self._qcolour(colour) if colour else None
        if role == _FOREGROUND and col == MARK_COLUMN and e.id in self._markers:
            return QBrush(QColor("#b3261e"))
        return None

    def _qcolour(self, name: str) -> QColor:
        c = self._colour_cache.get(name)
        if c is None:
            c = self._colour_cache[name] = QColor(name)
        return c

    def flags(self, index):
        return _FLAGS if index.isValid() else _NO_FLAGS

    # ----- sorting the whole backing list --------------------------------------
    def _sort_all(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column][2]
        self._all.sort(key=lambda e: (key(e), e.start.timestamp(), e.id),
                       reverse=order == Qt.SortOrder.DescendingOrder)

    def sort_backing(self, column: int, order: Qt.SortOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        self._sort = (column, order)
        shown = self._shown
        self.beginResetModel()
        self._sort_all(column, order)
        self._text_cache.clear()
        self._shown = min(max(shown, BATCH), len(self._all))
        self.endResetModel()


class EntrySortProxy(QSortFilterProxyModel):
    """Sorts through the model's full list; filters rows by a quick text (title, people, channel…)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        model = self.sourceModel()
        if isinstance(model, EntryTableModel) and column >= 0:
            model.sort_backing(column, order)
        super().sort(column, order)

    def lessThan(self, left, right):  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            if a != b:
                return a < b
        except TypeError:
            return str(a) < str(b)
        # ties keep the backing list's order in either direction
        if self.sortOrder() == Qt.SortOrder.DescendingOrder:
            return left.row() > right.row()
        return left.row() < right.row()
