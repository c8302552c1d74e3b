"""The entries behind a week slot's "+N more": one row each, for the slot's popup list."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from calendar_core.model import Entry
from ui import locale_format
from ui.painting.common import MARK_COLOUR, colour_of

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SlotEntriesModel(QAbstractListModel):
    """Rows "HH:MM title · channel" with the department colour as decoration; texts made on demand."""

    def __init__(self, entries: list[Entry], tz: ZoneInfo, colours: dict[str, str],
                 markers: dict[int, str], tooltip=None, parent=None):
        super().__init__(parent)
        self._entries = list(entries)
        self._tz = tz
        self._colours = colours
        self._markers = markers
        self._tooltip = tooltip  # (entry, tz, marker) -> rich text

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self._entries)

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = "" if e.all_day else f"{locale_format.time_text(e.start.astimezone(self._tz))} "
            return f"{when}{e.title}" + (f" · {e.channel}" if e.channel else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return colour_of(self._colours, e.department)
        if role == Qt.ItemDataRole.ForegroundRole and e.id in self._markers:
            return QColor(MARK_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(e, self._tz, self._markers.get(e.id))
        if role == ID_ROLE:
            return e.id
        return None
