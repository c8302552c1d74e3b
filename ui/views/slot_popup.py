"""The popup behind a crowded week slot's "+N more": every entry of the slot in a list.

Like a calendar's "N more" popover: a click selects the entry in the week, a
double-click or Enter opens it, Escape or a click outside closes the popup.
The list is a model/view list, so a slot of thousands of entries opens at once.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListView, QVBoxLayout

from ui.models.slot_entries import SlotEntriesModel


class SlotPopup(QFrame):
    entryClicked = Signal(int)
    entryActivated = Signal(int)

    def __init__(self, title: str, model: SlotEntriesModel, parent=None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("slotPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = model
        self.title = QLabel(title, self)
        self.title.setObjectName("slotPopupTitle")
        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)  # no per-row measuring: thousands of rows open at once
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setIconSize(QSize(10, 10))
        self.list.clicked.connect(lambda index: self.entryClicked.emit(model.entry(index.row()).id))
        self.list.activated.connect(self._activated)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.title)
        box.addWidget(self.list)
        model.setParent(self)

    def _activated(self, index: QModelIndex) -> None:
        entry_id = self.model.entry(index.row()).id
        self.close()
        self.entryActivated.emit(entry_id)

    def show_at(self, pos: QPoint, selected: int | None = None) -> None:
        """Open with its top-left at ``pos`` (global), kept on the screen; ``selected`` current."""
        rows = self.model.rowCount()
        self.resize(380, min(60 + 22 * rows, 440))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            pos = QPoint(min(pos.x(), screen.right() - self.width()), min(pos.y(), screen.bottom() - self.height()))
        self.move(pos)
        row = self.model.row_of(selected) if selected is not None else None
        self.list.setCurrentIndex(self.model.index(row if row is not None else 0))
        self.show()
        self.list.setFocus()
