"""The issues panel: conflicts and duplicate groups to settle, one kind per group.

Choosing an item emits ``entries_chosen(ids)`` (the window jumps every view to
them); the buttons mark the chosen item resolved / intentional / not a
duplicate with the note typed above them, or withdraw the mark.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTreeView, QVBoxLayout, QWidget,
)

from calendar_core.timeconv import zone_or_utc
from ui.issues_controller import IssuesController
from ui.models.issues_model import EntryIdsRole, IssuesModel, KeyRole
from ui.widgets.flow import FlowLayout
from ui.i18n import Retranslating, ensure_installed, translate
from ui.locale_format import date_text, day_header, time_text

SHOW_UNDECIDED, SHOW_ALL = 0, 1
EXPAND_BUDGET = 2000  # rows opened automatically across the groups


class IssuesPanel(Retranslating, QWidget):
    entries_chosen = Signal(list)  # entry ids of the chosen item

    def __init__(self, controller: IssuesController, parent: QWidget | None = None):
        ensure_installed()  # plural forms come from a translator: a panel made alone speaks the chosen language too
        super().__init__(parent)
        self.controller = controller
        self.model = IssuesModel(self)
        self._quiet = False  # True while the selection is restored, not chosen

        self.show_combo = QComboBox()
        self.show_combo.addItems(["", ""])
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # follows the language
        self.summary = QLabel()
        self.summary.setObjectName("issuesSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        self.show_label = QLabel()
        top.addWidget(self.show_label)
        top.addWidget(self.show_combo)
        top.addStretch(1)

        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed from the font, not ResizeToContents: that asks every row for its text
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self._fit_when_column()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 120)
        self.view.setColumnHidden(2, True)

        self.note_edit = QLineEdit()
        self.note_edit.setClearButtonEnabled(True)
        self.resolved_button = QPushButton()
        self.intentional_button = QPushButton()
        self.not_duplicate_button = QPushButton()
        self.unmark_button = QPushButton()
        self.merge_button = QPushButton()
        self.retranslate()
        buttons = FlowLayout(spacing=6, push_last_right=True)  # wraps in a narrow dock instead of clipping
        for b in (self.resolved_button, self.intentional_button, self.not_duplicate_button, self.merge_button,
                  self.unmark_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note_edit)
        layout.addLayout(buttons)

        self.show_combo.currentIndexChanged.connect(self._filter_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)  # Enter or double-click: jump there again
        self.resolved_button.clicked.connect(lambda: self.mark("resolved"))
        self.intentional_button.clicked.connect(lambda: self.mark("intentional"))
        self.not_duplicate_button.clicked.connect(lambda: self.mark("not_duplicate"))
        self.unmark_button.clicked.connect(self.unmark)
        self.merge_button.clicked.connect(lambda: self.mark("resolved"))  # "resolved" on a copy group = merged
        controller.started.connect(self._started)
        controller.analysed.connect(self._analysed)
        controller.failed.connect(self._failed)
        controller.decision_changed.connect(self._decision_changed)
        if controller.snapshot is not None:
            self._analysed(controller.snapshot)
        self._update_buttons()

    def expand_groups(self) -> None:
        """Open every group, but leave huge ones closed: laying out tens of thousands of rows stalls the window.
        A group's line spans the columns, so its name and count show whole in a narrow panel."""
        budget = EXPAND_BUDGET
        for gi in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(gi, QModelIndex(), True)  # a model reset forgets it
            index = self.model.index(gi, 0)
            n = self.model.rowCount(index)
            if n <= budget:
                self.view.expand(index)
                budget -= n
            else:
                self.view.collapse(index)

    # ----- selection -------------------------------------------------------
    def current_key(self) -> str | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(KeyRole) if index.isValid() else None

    def select_key(self, key: str, jump: bool = True) -> bool:
        """Choose the item ``key``; with ``jump`` the views move to it (``entries_chosen``)."""
        self._quiet = not jump
        try:
            return self._select(key)
        finally:
            self._quiet = False

    def _select(self, key: str) -> bool:
        index = self.model.index_for_key(key)
        if not index.isValid():
            return False
        self.view.expand(index.parent())
        self.view.scrollTo(index)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()
        row = self.model.row_at(current.siblingAtColumn(0)) if current.isValid() else None
        self.note_edit.setText(row.note if row is not None else "")
        if row is not None and not self._quiet:
            self.entries_chosen.emit(list(current.siblingAtColumn(0).data(EntryIdsRole)))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.siblingAtColumn(0))
        if row is not None:
            self.entries_chosen.emit(list(row.entry_ids))

    def _update_buttons(self) -> None:
        row = self.model.row_at(self.view.currentIndex().siblingAtColumn(0))
        chosen = row is not None
        self.resolved_button.setEnabled(chosen)
        self.intentional_button.setEnabled(chosen)
        self.not_duplicate_button.setEnabled(chosen and row.is_duplicate)
        is_copy = chosen and row.kind == "copy"
        self.merge_button.setVisible(is_copy)
        self.merge_button.setEnabled(is_copy and row.decision != "resolved")
        self.unmark_button.setEnabled(chosen and bool(row.decision))
        self.note_edit.setEnabled(chosen)

    # ----- decisions -------------------------------------------------------
    def mark(self, status: str) -> None:
        key = self.current_key()
        if key is None:
            return
        following = self._neighbour_key(key)
        if self.controller.decide(key, status, self.note_edit.text()) and not self.model.show_decided and following:
            self.select_key(following)

    def unmark(self) -> None:
        key = self.current_key()
        if key is not None:
            self.controller.undecide(key)

    def _neighbour_key(self, key: str) -> str | None:
        """The item to choose once ``key`` leaves the undecided list: the next one, else the previous."""
        visible = self.model.visible_rows()
        keys = [r.key for r in visible]
        if key not in keys:
            return None
        i = keys.index(key)
        if i + 1 < len(keys):
            return keys[i + 1]
        return keys[i - 1] if i > 0 else None

    def _decision_changed(self, key: str) -> None:
        item = self.controller.item(key)
        if item is not None:
            self.model.set_decision(key, item.decision, item.note)
        self._update_summary()
        self._update_buttons()

    # ----- analysis --------------------------------------------------------
    def _filter_changed(self, index: int) -> None:
        key = self.current_key()
        self.model.set_show_decided(index == SHOW_ALL)
        self.view.setColumnHidden(2, index != SHOW_ALL)  # undecided items have no decision to show
        self.expand_groups()
        if key:
            self.select_key(key, jump=False)
        self._update_summary()
        self._update_buttons()

    def retranslate(self) -> None:
        self.show_combo.setItemText(SHOW_UNDECIDED, self.tr("Undecided"))
        self.show_combo.setItemText(SHOW_ALL, self.tr("All"))
        self.show_combo.setToolTip(self.tr("Show only items nobody has settled yet, or all of them"))
        self.summary.setToolTip(self.tr("Counted over the whole workspace, not only the period in view"))
        self.show_label.setText(self.tr("Show:"))
        self.note_edit.setPlaceholderText(self.tr("Note (optional), saved with the mark"))
        self.resolved_button.setText(self.tr("&Resolved"))
        self.intentional_button.setText(self.tr("&Intentional"))
        self.not_duplicate_button.setText(self.tr("&Not a duplicate"))
        self.unmark_button.setText(self.tr("&Un-mark"))
        self.merge_button.setText(self.tr("Mer&ge copies"))
        self.merge_button.setToolTip(self.tr("One entry in the master exports; both sources keep theirs"))
        self.resolved_button.setToolTip(self.tr("The clash or duplication was fixed in the departments' calendars"))
        self.intentional_button.setToolTip(self.tr("Keep it as it is: it was planned this way"))
        self.not_duplicate_button.setToolTip(self.tr("These entries are different efforts"))
        self.unmark_button.setToolTip(self.tr("Withdraw the mark: the item counts as undecided again"))
        if hasattr(self, "view"):
            if self.controller.snapshot is not None:
                self.model.rewrite(self.controller.snapshot.entries)  # messages and reasons in the new language
            self._update_summary()
            self._fit_when_column()
            self.model.layoutChanged.emit()  # kinds, decisions and days in the new language

    def _started(self) -> None:
        self.summary.setText(translate("IssuesPanel", "Analysing…"))

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.setToolTip(message)

    def _analysed(self, snapshot) -> None:
        key = self.current_key()
        if snapshot.prepared is not None:
            self.model.set_prepared(snapshot.prepared)
        else:
            self.model.set_result(snapshot.result, snapshot.entries, zone_or_utc(snapshot.timezone))
        self._fit_when_column()
        self.expand_groups()
        if key:
            self.select_key(key, jump=False)  # a new analysis must not move the views
        self._update_summary()
        self._update_buttons()

    def _fit_when_column(self) -> None:
        probe = datetime(2026, 9, 30, 22, 15)  # a long weekday and month, two-digit day and hour
        sample = (f"{date_text(probe.date())} {time_text(probe)}" if self.model.with_year
                  else f"{day_header(probe.date())} {time_text(probe)}")
        when = self.view.fontMetrics().horizontalAdvance(sample) + 16
        self.view.header().resizeSection(1, when)
        # never so narrow that the issue itself vanishes beside its date (a layout saved on a small screen)
        self.setMinimumWidth(when + self.view.fontMetrics().horizontalAdvance("m") * 14)

    def _update_summary(self) -> None:
        snapshot = self.controller.snapshot
        if snapshot is None:
            self.summary.setText(translate("IssuesPanel", "Not analysed yet"))
            return
        conflicts, duplicates = snapshot.undecided_counts()
        total_c, total_d = len(snapshot.conflicts), len(snapshot.duplicates)
        self.summary.setText(self.tr("Whole workspace: {conflicts} of %n conflicts", "", total_c).format(conflicts=conflicts)
                             + ", " + self.tr("{duplicates} of %n duplicate groups undecided", "", total_d).format(
                                 duplicates=duplicates))
