"""Application start-up: QApplication, the workspace to open, the main window."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from calendar_core.workspace import WorkspaceError
from calendar_core.workspace import Workspace, default_workspace_path
from ui.i18n import translate

ORG, APP = "Masthead", "Masthead"
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


FREEZE_ABOVE = 50_000  # objects a bulk step leaves alive: past this they are kept out of the collector's passes
# How long a thread waiting for the GIL waits before it asks the holder to let go (Python's default: 5 ms).
# PySide releases the GIL inside each Qt call, so a paint of a crowded week (900 QPainter calls) waits for it
# again after every call: beside two busy workers one 26 ms paint took 0.5-0.58 s at 5 ms, 0.10-0.13 s at
# 0.5 ms and 0.08 s at 0.2 ms (below that it gains little).
SWITCH_INTERVAL = 0.0002


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("Masthead")
    from calendar_core.version import app_version

    app.setApplicationVersion(app_version())
    app.setDesktopFileName("masthead")  # packaging/masthead.desktop: the icon and name on Wayland
    icon = QIcon()
    for png in sorted(ICONS.glob("masthead-*.png")):
        icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)
    from ui.style import apply_style

    apply_style(app)
    from ui.i18n import install_language

    install_language(app=app)  # the stored choice, else the system's language
    from calendar_core.workspace import freeze_large_steps

    freeze_large_steps(FREEZE_ABOVE)  # a large step's objects never walked by a GIL-holding collector pass
    sys.setswitchinterval(SWITCH_INTERVAL)  # the GUI thread gets the GIL back soon after each Qt call
    return app


def open_workspace(target: str | None) -> Workspace:
    if target is None:
        target = QSettings().value("workspace/last", "") or str(default_workspace_path())
    return Workspace.open(target)


class FileOpenRelay(QObject):
    """macOS hands "Open with Masthead" files to a running app as FileOpen events, not arguments."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.import_files([event.file()])
            return True
        return False


def import_on_start(window, files: list[Path]) -> None:
    """`masthead FILE...` and "Open with": import the files; if the view then shows none of the
    workspace's entries because they all lie before or after it, go to the nearest of them."""

    def show_them(batch) -> None:
        window.importer.imported.disconnect(show_them)
        span = window.workspace.date_range() if batch.applied else None
        if span is None or getattr(window, "shown_entries", None):
            return
        first, last = (t.astimezone(window.tz).date() for t in span)
        if window.anchor < first:
            window.go_to(first)
        elif window.anchor > last:
            window.go_to(last)

    window.importer.imported.connect(show_them)
    window.import_files(files)


def schedule_screenshot(window, out: Path | None, quit_after: float | None, on_done=None) -> None:
    """--screenshot / --quit-after: after the delay save a picture of the window, close it, then
    ``on_done(exit_code)`` (run_app passes the application's exit)."""
    if out is None and quit_after is None:
        return
    delay_ms = int(1000 * (quit_after if quit_after is not None else 3.0))

    def finish() -> None:
        code = 0
        if out is not None:
            if window.grab().save(str(out)):
                print(f"✓ {out}: screenshot of the window")
            else:
                print(f"masthead: error: could not save the screenshot to {out}", file=sys.stderr)
                code = 1
        window.close()
        if on_done is not None:
            on_done(code)

    QTimer.singleShot(delay_ms, finish)


def run_app(workspace: str | None = None, demo: bool = False, files: list[Path] | None = None,
            screenshot: Path | None = None, quit_after: float | None = None) -> int:
    app = create_application()
    from ui.main_window import MainWindow

    tmpdir = None
    try:
        if demo:
            from ui.demo import temporary_workspace

            ws, tmpdir = temporary_workspace()
        else:
            ws = open_workspace(workspace)
    except WorkspaceError as exc:
        QMessageBox.critical(None, "Masthead", translate("MainWindow", "The workspace could not be opened.")
                             + f"\n\n{exc}")
        return 1
    if not demo:
        QSettings().setValue("workspace/last", ws.location)
    window = MainWindow(ws, demo=demo)
    window.show()
    app.installEventFilter(FileOpenRelay(window))
    if files:
        import_on_start(window, files)
    schedule_screenshot(window, screenshot, quit_after, on_done=app.exit)
    try:
        return app.exec()
    finally:
        ws.close()
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
