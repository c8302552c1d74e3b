"""The main window's menus, toolbar and shortcuts."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Actions"
VIEW_TITLES = {"timeline": QT_TRANSLATE_NOOP("Actions", "Timeline"), "week": QT_TRANSLATE_NOOP("Actions", "Week"),
               "month": QT_TRANSLATE_NOOP("Actions", "Month"), "list": QT_TRANSLATE_NOOP("Actions", "List"),
               "reports": QT_TRANSLATE_NOOP("Actions", "Reports")}
MENU_TITLES = {"file": QT_TRANSLATE_NOOP("Actions", "&File"), "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
               "view": QT_TRANSLATE_NOOP("Actions", "&View"), "help": QT_TRANSLATE_NOOP("Actions", "&Help")}
# key -> (text, status tip), in English; shown through translate(CONTEXT, …)
TEXTS = {
    "import": (QT_TRANSLATE_NOOP("Actions", "&Import…"),
               QT_TRANSLATE_NOOP("Actions", "Import calendar files (.ics, .xlsx, .xls, .ods, .numbers, .csv)")),
    "open_workspace": (QT_TRANSLATE_NOOP("Actions", "&Open workspace…"),
                       QT_TRANSLATE_NOOP("Actions", "Open another workspace file, or create a new one")),
    "quit": (QT_TRANSLATE_NOOP("Actions", "&Quit"), ""),
    "undo": (QT_TRANSLATE_NOOP("Actions", "&Undo"),
             QT_TRANSLATE_NOOP("Actions", "Undo the last change: an import, a removal, a decision or a source edit")),
    "redo": (QT_TRANSLATE_NOOP("Actions", "&Redo"), QT_TRANSLATE_NOOP("Actions", "Do again what Undo took back")),
    "cancel": (QT_TRANSLATE_NOOP("Actions", "Cancel import"), ""),
    "refresh": (QT_TRANSLATE_NOOP("Actions", "&Reload"), ""),
    "find": (QT_TRANSLATE_NOOP("Actions", "&Search…"), ""),
    "previous": (QT_TRANSLATE_NOOP("Actions", "&Previous"), QT_TRANSLATE_NOOP("Actions", "Previous period")),
    "next": (QT_TRANSLATE_NOOP("Actions", "&Next"), QT_TRANSLATE_NOOP("Actions", "Next period")),
    "today": (QT_TRANSLATE_NOOP("Actions", "&Today"), QT_TRANSLATE_NOOP("Actions", "Go to today")),
    "goto": (QT_TRANSLATE_NOOP("Actions", "&Go to date…"), ""),
    "about": (QT_TRANSLATE_NOOP("Actions", "&About Masthead"), ""),
}


def view_title(key: str) -> str:
    """A view's name in the window's language ("Week", "Woche")."""
    return translate(CONTEXT, VIEW_TITLES[key])


def label_action(action: QAction, text: str, tip: str = "") -> None:
    """Set an action's text, status tip and tooltip (the tooltip names the shortcut)."""
    action.setText(text)
    if tip:
        action.setStatusTip(tip)
        shortcut = action.shortcut()
        action.setToolTip(f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
                          if not shortcut.isEmpty() else tip)


def _act(window, slot, shortcut=None):
    action = QAction(window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def retranslate_actions(window, menus: dict[str, QMenu], a: dict[str, QAction]) -> None:
    """(Re)label the menus, actions and toolbar in the current language."""
    for key, (text, tip) in TEXTS.items():
        label_action(a[key], translate(CONTEXT, text), translate(CONTEXT, tip) if tip else "")
    for key in VIEW_TITLES:
        title = view_title(key)
        label_action(a[f"view_{key}"], title, translate(CONTEXT, "{view} view").format(view=title))
    for key, title in MENU_TITLES.items():
        menus[key].setTitle(translate(CONTEXT, title))
    toolbar = getattr(window, "toolbar", None)
    if toolbar is not None:
        toolbar.setWindowTitle(translate(CONTEXT, "Main toolbar"))


def build_actions(window) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """Create menus and toolbar; returns (menus, actions) keyed by short names."""
    a: dict[str, QAction] = {}
    a["import"] = _act(window, window.choose_files, QKeySequence.StandardKey.Open)
    a["open_workspace"] = _act(window, window.choose_workspace, "Ctrl+Shift+O")
    a["quit"] = _act(window, window.close, QKeySequence.StandardKey.Quit)
    a["undo"] = _act(window, window.undo, QKeySequence.StandardKey.Undo)
    a["redo"] = _act(window, window.redo, "Ctrl+Shift+Z")
    a["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    a["cancel"] = _act(window, window.cancel_import, Qt.Key.Key_Escape)
    a["refresh"] = _act(window, window.refresh, QKeySequence.StandardKey.Refresh)
    a["find"] = _act(window, window.focus_search, QKeySequence.StandardKey.Find)
    a["previous"] = _act(window, window.go_previous, "Alt+Left")
    a["next"] = _act(window, window.go_next, "Alt+Right")
    a["today"] = _act(window, window.go_today, "Ctrl+T")
    a["goto"] = _act(window, window.focus_date, "Ctrl+G")
    a["about"] = _act(window, window.about)
    group = QActionGroup(window)
    group.setExclusive(True)
    for i, key in enumerate(VIEW_TITLES, 1):
        act = _act(window, lambda _c=False, k=key: window.set_view(k), f"Ctrl+{i}")
        act.setCheckable(True)
        group.addAction(act)
        a[f"view_{key}"] = act
    a["cancel"].setEnabled(False)

    bar = window.menuBar()
    menus = {key: bar.addMenu("") for key in MENU_TITLES}
    for key, menu in menus.items():
        menu.setObjectName(f"{key}Menu")
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

    tb = QToolBar(window)
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
    retranslate_actions(window, menus, a)
    return menus, a
