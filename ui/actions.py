"""The main window's menus, toolbar and shortcuts."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

VIEW_TITLES = {"timeline": "Timeline", "week": "Week", "month": "Month", "list": "List", "reports": "Reports"}


def _act(window, text, slot, shortcut=None, tip=""):
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})" if shortcut is not None else tip)
    action.triggered.connect(slot)
    return action


def build_actions(window) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """Create menus and toolbar; returns (menus, actions) keyed by short names."""
    a: dict[str, QAction] = {}
    a["import"] = _act(window, "&Import…", window.choose_files, QKeySequence.StandardKey.Open,
                       "Import calendar files (.ics, .xlsx, .xls, .ods, .csv)")
    a["open_workspace"] = _act(window, "&Open workspace…", window.choose_workspace, "Ctrl+Shift+O",
                               "Open another workspace file, or create a new one")
    a["quit"] = _act(window, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    a["undo"] = _act(window, "&Undo", window.undo, QKeySequence.StandardKey.Undo,
                     "Undo the last change: an import, a removal, a decision or a source edit")
    a["redo"] = _act(window, "&Redo", window.redo, "Ctrl+Shift+Z", "Do again what Undo took back")
    a["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    a["cancel"] = _act(window, "Cancel import", window.cancel_import, Qt.Key.Key_Escape)
    a["refresh"] = _act(window, "&Reload", window.refresh, QKeySequence.StandardKey.Refresh)
    a["find"] = _act(window, "&Search…", window.focus_search, QKeySequence.StandardKey.Find)
    a["previous"] = _act(window, "&Previous", window.go_previous, "Alt+Left", "Previous period")
    a["next"] = _act(window, "&Next", window.go_next, "Alt+Right", "Next period")
    a["today"] = _act(window, "&Today", window.go_today, "Ctrl+T", "Go to today")
    a["goto"] = _act(window, "&Go to date…", window.focus_date, "Ctrl+G")
    a["about"] = _act(window, "&About Masthead", window.about)
    group = QActionGroup(window)
    group.setExclusive(True)
    for i, (key, title) in enumerate(VIEW_TITLES.items(), 1):
        act = _act(window, title, lambda _c=False, k=key: window.set_view(k), f"Ctrl+{i}", f"{title} view")
        act.setCheckable(True)
        group.addAction(act)
        a[f"view_{key}"] = act
    a["cancel"].setEnabled(False)

    bar = window.menuBar()
    menus = {"file": bar.addMenu("&File"), "edit": bar.addMenu("&Edit"), "view": bar.addMenu("&View"),
             "help": bar.addMenu("&Help")}
    menus["file"].addAction(a["import"])
    menus["file"].addAction(a["open_workspace"])
    menus["file"].addSeparator()
    menus["file"].addAction(a["quit"])
    menus["edit"].addAction(a["undo"])
    menus["edit"].addAction(a["redo"])
    menus["edit"].addAction(a["cancel"])
    menus["edit"].addSeparator()
    menus["edit"].addAction(a["find"])
    for key in VIEW_TITLES:
        menus["view"].addAction(a[f"view_{key}"])
    menus["view"].addSeparator()
    for key in ("previous", "today", "next", "goto"):
        menus["view"].addAction(a[key])
    menus["view"].addSeparator()
    menus["view"].addAction(a["refresh"])
    menus["help"].addAction(a["about"])

    tb = QToolBar("Main", window)
    tb.setObjectName("mainToolBar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tb.addAction(a["import"])
    tb.addAction(a["undo"])
    tb.addSeparator()
    for key in VIEW_TITLES:
        tb.addAction(a[f"view_{key}"])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
    window.toolbar = tb
    return menus, a
