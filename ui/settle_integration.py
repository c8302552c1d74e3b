"""Adds the settling tools to the main window: the issues dock, Settings…, Export, Print week….

``install_settle_ui(window)`` is called once from ``MainWindow.__init__``. It
relies on the window's small contract: ``workspace``, ``refresh()``, ``menus``
({"file", "edit", "view", "help"}), ``show_entries(ids)``, ``current_filter()``
and, when present, ``set_markers(markers)`` and ``current_range()``.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

from ui.dialogs.settings_dialog import SettingsOutcome, open_settings
from ui.export_actions import ExportActions
from ui.issues_controller import IssuesController
from ui.widgets.issues_panel import IssuesPanel


@dataclass
class SettleUi:
    controller: IssuesController
    panel: IssuesPanel
    dock: QDockWidget
    exports: ExportActions
    settings_action: QAction
    print_action: QAction | None


def _menu(window, name: str, title: str) -> QMenu:
    menus = getattr(window, "menus", None)
    if isinstance(menus, dict) and menus.get(name) is not None:
        return menus[name]
    menu = window.menuBar().addMenu(title)
    if isinstance(menus, dict):
        menus[name] = menu
    return menu


def _before_quit(menu: QMenu):
    """The File menu's last separator or Quit action, so our entries go above it."""
    actions = menu.actions()
    for i in range(len(actions) - 1, -1, -1):
        text = actions[i].text().replace("&", "").casefold()
        if text.startswith(("quit", "exit", "close")):
            return actions[i - 1] if i > 0 and actions[i - 1].isSeparator() else actions[i]
    return None


def push_markers(window, controller: IssuesController) -> None:
    """Hand the current markers to the window's views."""
    markers = controller.markers()
    setter = getattr(window, "set_markers", None)
    if callable(setter):
        setter(markers)


def open_print(window) -> None:
    try:
        from ui.printing import open_print_preview
    except ImportError:
        QMessageBox.information(window, "Print week", "Printing is not available in this version.")
        return
    open_print_preview(window)


def install_settle_ui(window) -> SettleUi:
    workspace_of = lambda: window.workspace  # noqa: E731 - the window may switch workspaces
    filter_of = getattr(window, "current_filter", None)
    controller = IssuesController(window.workspace, window, workspace_getter=workspace_of)

    panel = IssuesPanel(controller)
    dock = QDockWidget("Conflicts and duplicates", window)
    dock.setObjectName("issuesDock")
    dock.setWidget(panel)
    dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                         | Qt.DockWidgetArea.BottomDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    toggle = dock.toggleViewAction()
    toggle.setText("&Conflicts and duplicates")
    toggle.setShortcut(QKeySequence("Ctrl+Shift+I"))
    _menu(window, "view", "&View").addAction(toggle)

    show_entries = getattr(window, "show_entries", None)
    if callable(show_entries):
        panel.entries_chosen.connect(show_entries)
    controller.analysed.connect(lambda _snapshot: push_markers(window, controller))
    controller.decision_changed.connect(lambda _key: push_markers(window, controller))

    file_menu = _menu(window, "file", "&File")
    anchor = _before_quit(file_menu)
    exports = ExportActions(window, workspace_of, filter_of if callable(filter_of) else None)
    export_menu = QMenu("E&xport", window)
    exports.fill_menu(export_menu)
    print_action = QAction("&Print week…", window)
    print_action.setShortcut(QKeySequence.StandardKey.Print)
    print_action.setStatusTip("Print preview of the week shown, with the current filters")
    print_action.triggered.connect(lambda: open_print(window))
    if anchor is not None:
        file_menu.insertMenu(anchor, export_menu)
        file_menu.insertAction(anchor, print_action)
        file_menu.insertSeparator(anchor)
    else:
        file_menu.addMenu(export_menu)
        file_menu.addAction(print_action)

    def changed(outcome: SettingsOutcome) -> None:
        if outcome.names_changed or outcome.sources_changed or outcome.settings_changed:
            refresh = getattr(window, "refresh", None)
            if callable(refresh):
                refresh()

    settings_action = QAction("&Settings…", window)
    settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_action.setStatusTip("Rules, names, department colours and blackout dates")
    settings_action.triggered.connect(lambda: open_settings(window, controller.workspace, controller, changed))
    edit_menu = _menu(window, "edit", "&Edit")
    if edit_menu.actions():
        edit_menu.addSeparator()
    edit_menu.addAction(settings_action)

    ui = SettleUi(controller, panel, dock, exports, settings_action, print_action)
    window.settle = ui
    controller.reanalyse()
    return ui
