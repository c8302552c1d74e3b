"""The sources sidebar's model: one row per imported file."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from calendar_core.live.sources import stale_since, status_text
from calendar_core.model import Source
from calendar_core.workspace import WorkspaceError
from calendar_core.workspace import Workspace
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.locale_format import datetime_text

SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("", QT_TRANSLATE_NOOP("SourcesModel", "Department"), "#", "⚠")  # the first column: show/hide box and colour
SHOW, DEPARTMENT, ENTRIES, WARNINGS = range(4)


class SourcesModel(QAbstractTableModel):
    """Edits go straight to the workspace; ``edited`` tells the window to redraw."""

    edited = Signal()
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self._sources: list[Source] = []
        self.read_only = False  # while an import writes to the workspace

    def set_read_only(self, on: bool) -> None:
        """No edits while an import holds the workspace's write lock (they would wait for it)."""
        self.read_only = on
        if self._sources:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._sources) - 1, len(HEADERS) - 1))

    def reload(self, sources: list[Source] | None = None) -> None:
        """Show the workspace's sources (``sources``: as just read off the GUI thread)."""
        self.beginResetModel()
        self._sources = list(sources) if sources is not None else self.workspace.sources()
        self.endResetModel()

    def sources(self) -> list[Source]:
        return list(self._sources)

    def source(self, row: int) -> Source:
        return self._sources[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt names
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("SourcesModel", HEADERS[section]) if HEADERS[section] else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return (self.tr("Show or hide this source's entries"), self.tr("Department (double-click to rename)"),
                        self.tr("Entries imported"), self.tr("Warnings from the last import"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._sources)):
            return None
        s = self._sources[index.row()]
        col = index.column()
        if role == SOURCE_ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{s.name} ({s.kind})", s.path,
                     self.tr("imported {when} UTC").format(when=datetime_text(s.imported_at)),
                     self.tr("%n entries", "", s.entry_count) + ", " + self.tr("%n skipped", "", s.skipped),
                     self.tr("times without a zone: {zone}").format(zone=self.workspace.source_zone(s))]
            said = status_text(s)
            if said:
                lines += ["", self.tr("subscribed: {url}").format(url=s.settings['live']['url'].split('?')[0]), said]
            if s.warnings:
                lines += ["", *s.warnings[:10]]
                if len(s.warnings) > 10:
                    lines.append(self.tr("… and %n more", "", len(s.warnings) - 10))
            return "\n".join(lines)
        if col == SHOW:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if s.visible else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(s.colour)
        elif col == DEPARTMENT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return s.department
        elif col == ENTRIES:
            if role == Qt.ItemDataRole.DisplayRole:
                return s.entry_count
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif col == WARNINGS:
            stale = stale_since(s)
            if role == Qt.ItemDataRole.DisplayRole:
                if stale is not None:
                    return self.tr("stale since {when}").format(when=datetime_text(stale, year=False))
                return str(len(s.warnings)) if s.warnings else ""
            if role == Qt.ItemDataRole.ForegroundRole and (s.warnings or stale is not None):
                return QColor("#b3261e")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() == SHOW:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == DEPARTMENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or self.read_only:
            return False
        s = self._sources[index.row()]
        try:
            if index.column() == SHOW and role == Qt.ItemDataRole.CheckStateRole:
                visible = Qt.CheckState(value) == Qt.CheckState.Checked
                self.workspace.update_source(s.id, visible=visible)
                s.visible = visible
            elif index.column() == DEPARTMENT and role == Qt.ItemDataRole.EditRole:
                self.workspace.update_source(s.id, department=str(value))
                s.department = " ".join(str(value).split())
            else:
                return False
        except (ValueError, WorkspaceError) as exc:
            self.failed.emit(f"{s.name}: {exc}")
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def set_zone(self, row: int, zone_name: str | None) -> bool:
        """Store the zone the source's zone-less times are read in (None: the workspace's). The caller re-reads it."""
        if self.read_only:
            self.failed.emit("Wait for the import to finish before changing a time zone.")
            return False
        s = self._sources[row]
        try:
            self.workspace.set_source_zone(s.id, zone_name)
        except ValueError as exc:
            self.failed.emit(f"{s.name}: {exc}")
            return False
        fresh = self.workspace.source(s.id)
        if fresh is not None:
            self._sources[row] = fresh
        return True

    def set_colour(self, row: int, colour: str) -> None:
        if self.read_only:
            self.failed.emit("Wait for the import to finish before changing a colour.")
            return
        s = self._sources[row]
        self.workspace.update_source(s.id, colour=colour)
        s.colour = colour
        idx = self.index(row, SHOW)
        self.dataChanged.emit(idx, idx)
        self.edited.emit()
