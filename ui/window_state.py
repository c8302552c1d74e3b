"""What the main window remembers between sessions (QSettings)."""
from __future__ import annotations

import json

from PySide6.QtCore import QSettings


def restore_state(window) -> None:
    """Geometry, dock layout, last view, timeline zoom and lanes, filters (not for the demo)."""
    s = QSettings()
    geometry = s.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
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
