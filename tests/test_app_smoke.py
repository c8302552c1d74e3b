"""The app starts a main window on a workspace."""
import pytest

pytest.importorskip("PySide6")

from calendar_core.workspace import Workspace  # noqa: E402


def test_main_window_opens(qtbot, tmp_path):
    from ui.main_window import MainWindow

    ws = Workspace.open(tmp_path / "w.sqlite")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible() and "Masthead" in window.windowTitle()
    ws.close()
