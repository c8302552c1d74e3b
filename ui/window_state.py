"""What the main window remembers between sessions (QSettings)."""
from __future__ import annotations

import json

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication

SMALL_SCREEN = QRect(0, 0, 1500, 940)  # below this the window starts maximised
FRAME = (16, 48)  # room for a window manager's frame and title bar when not maximised


def available_geometry(window) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_to_screen(window, avail: QRect | None = None, maximise: bool = True) -> None:
    """First start: a size that fits the screen's available area, centred; docks in proportion."""
    avail = avail or available_geometry(window)
    small = avail.width() < SMALL_SCREEN.width() or avail.height() < SMALL_SCREEN.height()
    if small:
        width, height = avail.width(), avail.height()
    else:
        width = min(avail.width() - FRAME[0], max(1500, int(avail.width() * 0.9)))
        height = min(avail.height() - FRAME[1], max(940, int(avail.height() * 0.9)))
    window.resize(width, height)
    window.move(avail.x() + (avail.width() - width) // 2, avail.y() + (avail.height() - height) // 2)
    if small and maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    size_docks(window, width)


def size_docks(window, width: int) -> None:
    """Side docks that leave the centre at least about 55 % of the width."""
    left = [d for d in (getattr(window, "sources_dock", None),) if d is not None]
    settle = getattr(window, "settle", None)
    right = [settle.dock] if settle is not None else []
    if left:
        window.resizeDocks(left, [max(250, min(300, int(width * 0.17)))], Qt.Orientation.Horizontal)
    if right:
        window.resizeDocks(right, [max(360, min(460, int(width * 0.26)))], Qt.Orientation.Horizontal)


def fits_on_screen(window) -> bool:
    avail = available_geometry(window)
    frame = window.frameGeometry()
    return frame.width() <= avail.width() + 2 and frame.height() <= avail.height() + 2


def restore_state(window) -> None:
    """Geometry, dock layout, last view, timeline zoom and lanes, filters (not for the demo)."""
    s = QSettings()
    geometry = s.value("window/geometry")
    restored = geometry is not None and window.restoreGeometry(geometry)
    if not restored or not fits_on_screen(window):  # first start, or saved on a bigger screen
        fit_to_screen(window)
    state = s.value("window/state")
    if state is not None:
        window.restoreState(state)
    window.views["timeline"].set_zoom(str(s.value("view/zoom", "week")))
    window.views["timeline"].set_lane_mode(str(s.value("view/lanes", "department")))
    try:
        filters = json.loads(str(s.value("filters/state", "{}")))
    except ValueError:
        filters = {}
    window.filter_bar.blockSignals(True)
    window.filter_bar.restore(filters if isinstance(filters, dict) and not window.demo else {})
    window.filter_bar.blockSignals(False)
    view = str(s.value("view/last", "week"))
    key = "week" if window.demo or view not in window.views else view
    window.current = key
    window.stack.setCurrentWidget(window.views[key])
    window.actions[f"view_{key}"].setChecked(True)



def save_state(window) -> None:
    """Store what restore_state reads."""
    s = QSettings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("view/last", window.current)
    s.setValue("view/zoom", window.views["timeline"].zoom())
    s.setValue("view/lanes", window.views["timeline"].canvas.lane_mode)
    if not window.demo:
        s.setValue("filters/state", json.dumps(window.filter_bar.state()))
