"""The Names page of the settings dialog: synonym tables for channels, people and statuses.

Shows the workspace's own synonyms (the built-in ones always apply) for one
kind at a time. Add, edit, remove and merge collect pending changes; the dialog
applies them with :meth:`SynonymsPage.apply` when the user presses OK.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from calendar_core.names import DEFAULT_SYNONYMS, KINDS, name_key, tidy
from ui.dialogs.parts import error_label, ok_cancel
from ui.i18n import QT_TRANSLATE_NOOP, translate

KIND_TITLES = {"channel": QT_TRANSLATE_NOOP("SynonymsPage", "Channels"),
               "person": QT_TRANSLATE_NOOP("SynonymsPage", "People"),
               "status": QT_TRANSLATE_NOOP("SynonymsPage", "Statuses")}
# one name of each kind, and several: whole phrases, since languages inflect them differently
WRITTEN_AS = {"channel": QT_TRANSLATE_NOOP("SynonymsPage", "Channel written as:"),
              "person": QT_TRANSLATE_NOOP("SynonymsPage", "Person written as:"),
              "status": QT_TRANSLATE_NOOP("SynonymsPage", "Status written as:")}
MERGE_TITLES = {"channel": QT_TRANSLATE_NOOP("SynonymsPage", "Merge two channels"),
                "person": QT_TRANSLATE_NOOP("SynonymsPage", "Merge two people"),
                "status": QT_TRANSLATE_NOOP("SynonymsPage", "Merge two statuses")}
TOO_FEW = {"channel": QT_TRANSLATE_NOOP("SynonymsPage", "There are fewer than two channels to merge."),
           "person": QT_TRANSLATE_NOOP("SynonymsPage", "There are fewer than two people to merge."),
           "status": QT_TRANSLATE_NOOP("SynonymsPage", "There are fewer than two statuses to merge.")}


def builtin_rows(kind: str) -> list[tuple[str, str]]:
    """The built-in spellings of one kind, as (written as, means), sorted."""
    rows = {(spelling, canonical) for canonical, spellings in DEFAULT_SYNONYMS.get(kind, {}).items()
            for spelling in spellings if name_key(spelling) != name_key(canonical)}
    return sorted(rows, key=lambda r: (r[1].casefold(), r[0].casefold()))


class SynonymEditor(QDialog):
    """Ask for one synonym: a spelling and the canonical name it stands for."""

    def __init__(self, kind: str, name: str = "", canonical: str = "", known: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("SynonymEditor", "Edit synonym") if name else translate("SynonymEditor", "Add synonym"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(translate("SynonymEditor", "as written in a file, e.g. Linked In"))
        self.canonical_edit = QComboBox()
        self.canonical_edit.setEditable(True)
        self.canonical_edit.addItems(known or [])
        self.canonical_edit.setCurrentText(canonical)
        self.canonical_edit.lineEdit().setPlaceholderText(translate("SynonymEditor", "the name to use, e.g. LinkedIn"))
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(translate("SynonymsPage", WRITTEN_AS[kind]), self.name_edit)
        form.addRow(translate("SynonymEditor", "Means:"), self.canonical_edit)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))

    def values(self) -> tuple[str, str]:
        return tidy(self.name_edit.text()), tidy(self.canonical_edit.currentText())

    def accept(self) -> None:
        name, canonical = self.values()
        if not name or not canonical:
            self.error.setText(translate("SynonymEditor", "Both names are needed."))
            return
        super().accept()


class MergeDialog(QDialog):
    """Merge two names in use: the first becomes a synonym of the second."""

    def __init__(self, kind: str, names: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("SynonymsPage", MERGE_TITLES[kind]))
        self.source = QComboBox()
        self.target = QComboBox()
        for combo in (self.source, self.target):
            combo.setEditable(True)
            combo.addItems(names)
        if len(names) > 1:
            self.target.setCurrentIndex(1)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(QLabel(translate("MergeDialog", "Entries named like the first will use the second name.")))
        form.addRow(translate("MergeDialog", "Merge:"), self.source)
        form.addRow(translate("MergeDialog", "Into:"), self.target)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))

    def values(self) -> tuple[str, str]:
        return tidy(self.source.currentText()), tidy(self.target.currentText())

    def accept(self) -> None:
        a, b = self.values()
        if not a or not b:
            self.error.setText(translate("MergeDialog", "Choose two names."))
            return
        if a.casefold() == b.casefold():
            self.error.setText(translate("MergeDialog", "Choose two different names."))
            return
        super().accept()


class SynonymsPage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._rows: dict[tuple[str, str], str] = {(k, n): c for k, n, c in workspace.synonym_rows()}
        self._stored = dict(self._rows)

        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(translate("SynonymsPage", KIND_TITLES[kind]), kind)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([translate("SynonymsPage", "Written as"), translate("SynonymsPage", "Means")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(translate("SynonymsPage", "Add…"))
        self.edit_button = QPushButton(translate("SynonymsPage", "Edit…"))
        self.remove_button = QPushButton(translate("SynonymsPage", "Remove"))
        self.merge_button = QPushButton(translate("SynonymsPage", "Merge two names…"))
        hint = QLabel(translate("SynonymsPage", "Built-in spellings (LI → LinkedIn, Twitter → X, geplant → Scheduled …) always apply; "
                      "the black rows are this workspace's own. Edit a built-in row to override it."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid)")

        self.builtin_check = QCheckBox(translate("SynonymsPage", "Show built-in spellings"))
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("SynonymsPage", "Table:")))
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.builtin_check)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)

        self.kind_combo.currentIndexChanged.connect(self._fill)
        self.builtin_check.toggled.connect(self._fill)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.merge_button.clicked.connect(self.merge)
        self._fill()

    # ----- state -----------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def rows(self, kind: str | None = None) -> list[tuple[str, str]]:
        kind = kind or self.kind
        return sorted(((n, c) for (k, n), c in self._rows.items() if k == kind), key=lambda r: r[0].casefold())

    def set_synonym(self, kind: str, name: str, canonical: str) -> None:
        name, canonical = tidy(name), tidy(canonical)
        for (k, n) in list(self._rows):  # one spelling, one row, whatever its case
            if k == kind and n.casefold() == name.casefold():
                del self._rows[(k, n)]
        self._rows[(kind, name)] = canonical
        if kind == self.kind:
            self._fill()

    def remove(self, kind: str, name: str) -> None:
        self._rows.pop((kind, name), None)
        if kind == self.kind:
            self._fill()

    def has_changes(self) -> bool:
        return self._rows != self._stored

    def apply(self) -> int:
        """Write the pending changes; return how many entries changed their canonical names."""
        changed = 0
        for (kind, name) in self._stored.keys() - self._rows.keys():
            changed += self.workspace.remove_synonym(kind, name)
        new = [(k, n, c) for (k, n), c in self._rows.items() if self._stored.get((k, n)) != c]
        if new:
            changed += self.workspace.set_synonyms(new)
        self._stored = dict(self._rows)
        return changed

    # ----- actions ---------------------------------------------------------
    def _known(self) -> list[str]:
        getter = {"channel": self.workspace.channels, "person": self.workspace.people,
                  "status": self.workspace.statuses}[self.kind]
        return sorted(set(getter()) | {c for _, c in self.rows()}, key=str.casefold)

    def _selected(self) -> tuple[str, str] | None:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().hasSelection():
            return None
        return self.table.item(row, 0).text(), self.table.item(row, 1).text()

    def add(self) -> None:
        dialog = SynonymEditor(self.kind, known=self._known(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_synonym(self.kind, *dialog.values())

    def edit_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        dialog = SynonymEditor(self.kind, chosen[0], chosen[1], self._known(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, canonical = dialog.values()
            if name != chosen[0]:
                self.remove(self.kind, chosen[0])
            self.set_synonym(self.kind, name, canonical)

    def remove_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None and not self._selected_is_builtin():
            self.remove(self.kind, chosen[0])

    def merge(self) -> None:
        names = self._known()
        if len(names) < 2:
            QMessageBox.information(self, translate("SynonymsPage", "Merge names"), translate("SynonymsPage", TOO_FEW[self.kind]))
            return
        dialog = MergeDialog(self.kind, names, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.merge_names(self.kind, *dialog.values())

    def merge_names(self, kind: str, name: str, into: str) -> None:
        """``name`` becomes a synonym of ``into``, and so do the spellings that meant ``name``."""
        for (k, n), c in list(self._rows.items()):
            if k == kind and c.casefold() == name.casefold():
                self._rows[(k, n)] = into
        self.set_synonym(kind, name, into)

    # ----- display ---------------------------------------------------------
    def _fill(self) -> None:
        own = self.rows()
        rows = [(n, c, False) for n, c in own]
        if self.builtin_check.isChecked():
            mine = {name_key(n) for n, _ in own}
            rows += [(n, c, True) for n, c in builtin_rows(self.kind) if name_key(n) not in mine]
        self.table.setRowCount(len(rows))
        grey = QBrush(QColor("#7a7a7a"))
        for i, (name, canonical, builtin) in enumerate(rows):
            for j, text in enumerate((name, canonical)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.UserRole, builtin)
                if builtin:
                    item.setForeground(grey)
                    item.setToolTip(translate("SynonymsPage", "Built in; Edit… overrides it for this workspace"))
                self.table.setItem(i, j, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and not self._selected_is_builtin())

    def _selected_is_builtin(self) -> bool:
        row = self.table.currentRow()
        return row >= 0 and bool(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
