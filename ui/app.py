"""Application start-up: QApplication, the workspace to open, the main window."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from calendar_core.workspace import WorkspaceError
from calendar_core.workspace import Workspace, default_workspace_path

ORG, APP = "Masthead", "Masthead"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("Masthead")
    from ui.style import apply_style

    apply_style(app)
    return app


def open_workspace(target: str | None) -> Workspace:
    if target is None:
        target = QSettings().value("workspace/last", "") or str(default_workspace_path())
    return Workspace.open(target)


def run_app(workspace: str | None = None, demo: bool = False) -> int:
    app = create_application()
    from ui.main_window import MainWindow

    tmpdir = None
    try:
        if demo:
            tmpdir = tempfile.mkdtemp(prefix="masthead-demo-")
            ws = Workspace.open(Path(tmpdir) / "demo.sqlite")
        else:
            ws = open_workspace(workspace)
    except WorkspaceError as exc:
        QMessageBox.critical(None, "Masthead", f"The workspace could not be opened.\n\n{exc}")
        return 1
    if not demo:
        QSettings().setValue("workspace/last", ws.location)
    window = MainWindow(ws, demo=demo)
    window.show()
    try:
        return app.exec()
    finally:
        ws.close()
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
