"""The main window (filled by the GUI issues)."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from calendar_core.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, demo: bool = False):
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle("Masthead" + (" — demo" if demo else ""))
        self.resize(1200, 800)
        self._summary = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self._summary)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)
        self.refresh()
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def refresh(self) -> None:
        n_sources = len(self.workspace.sources())
        n_entries = self.workspace.count_entries()
        self._summary.setText(f"Workspace: {self.workspace.location}\n{n_sources} sources, {n_entries} entries")
        self.statusBar().showMessage(f"{n_entries} entries")

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
