"""Adds the settling tools to the main window: the issues dock, Settings…, Export, Print week….

``install_settle_ui(window)`` is called once from ``MainWindow.__init__``, before
its first ``refresh()``. It relies on the window's small contract: ``workspace``,
``refresh()``, ``menus`` ({"file", "edit", "view", "help"}), ``show_entries(ids)``,
``current_filter()``, and when present ``reload_view()`` (re-reads the markers
after a decision) and ``sources_model.edited``.

The whole workspace is analysed again (off the GUI thread) whenever the window
refreshes: after an import, an undo, a removal, a source edit or new settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

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


def _decision_changed(window) -> None:
    """The views' markers and counts come from the window's own analysis: let it re-read them."""
    reload_view = getattr(window, "reload_view", None)
    if callable(reload_view):
        reload_view()


def _hook_refresh(window, controller: IssuesController) -> None:
    """Every refresh of the window also re-runs the analysis of the whole workspace."""
    original = window.refresh

    def refresh(*args, **kwargs):
        result = original(*args, **kwargs)
        controller.reanalyse()
        return result

    window.refresh = refresh
    # these were connected to the original refresh before we were installed
    edited = getattr(getattr(window, "sources_model", None), "edited", None)
    if edited is not None:
        edited.connect(controller.reanalyse)
    actions = getattr(window, "actions", None)
    if isinstance(actions, dict) and actions.get("refresh") is not None:
        actions["refresh"].triggered.connect(controller.reanalyse)


def weeks_to_print(window) -> list[date]:
    """The Mondays of the weeks shown: the week view's week, the month view's weeks, else the anchor's week."""
    span = window.current_range() if callable(getattr(window, "current_range", None)) else None
    anchor = getattr(window, "anchor", None)
    if span is not None and span[1] - span[0] <= timedelta(days=42):
        first, last = span[0].date(), (span[1] - timedelta(seconds=1)).date()
    elif anchor is not None:
        first = last = anchor
    elif span is not None:
        first = last = span[0].date()
    else:
        first = last = date.today()
    from ui.printing import weeks_between

    return weeks_between(first, last)


def open_print(window):
    """File ▸ Print week…: the print branch's preview of the weeks shown, with the current filters."""
    try:
        from ui.printing import open_print_preview
    except ImportError:
        open_print_preview = None
    if open_print_preview is None:
        QMessageBox.information(window, "Print week", "Printing is not available in this version.")
        return None
    flt = window.current_filter() if callable(getattr(window, "current_filter", None)) else None
    mode = "lanes" if getattr(window, "current", "") == "timeline" else "days"
    return open_print_preview(window, window.workspace, weeks_to_print(window), flt, mode)


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
    controller.decision_changed.connect(lambda _key: _decision_changed(window))
    _hook_refresh(window, controller)

    file_menu = _menu(window, "file", "&File")
    anchor = _before_quit(file_menu)
    exports = ExportActions(window, workspace_of, filter_of if callable(filter_of) else None)
    export_menu = QMenu("E&xport", window)
    exports.fill_menu(export_menu)
    print_action = QAction("&Print week…", window)
    print_action.setShortcut(QKeySequence.StandardKey.Print)
    print_action.setStatusTip("Print preview of the week shown, with the current filters")
    print_action.triggered.connect(lambda: open_print(window))
    if anchor is not None:  # Import… | Export ▸, Print week… | Quit
        file_menu.insertMenu(anchor, export_menu)
        file_menu.insertAction(anchor, print_action)
        if not anchor.isSeparator():
            file_menu.insertSeparator(anchor)
        first = file_menu.actions()[0] if file_menu.actions() else None
        if first is not None and first is not export_menu.menuAction():
            file_menu.insertSeparator(export_menu.menuAction())
    else:
        file_menu.addMenu(export_menu)
        file_menu.addAction(print_action)

    def changed(outcome: SettingsOutcome) -> None:
        window.refresh()  # new names, colours or zone for the views; re-runs the analysis
        if outcome.reread:  # a source's zone changed: read it again (decisions are kept)
            window.import_files(outcome.reread)

    settings_action = QAction("&Settings…", window)
    preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    settings_action.setShortcut(preferences[0] if preferences else QKeySequence("Ctrl+,"))
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_action.setStatusTip("Rules, names, department colours and blackout dates")
    settings_action.triggered.connect(lambda: open_settings(window, controller.workspace, None, changed))
    edit_menu = _menu(window, "edit", "&Edit")
    if edit_menu.actions():
        edit_menu.addSeparator()
    edit_menu.addAction(settings_action)

    ui = SettleUi(controller, panel, dock, exports, settings_action, print_action)
    if hasattr(window, "restoreDockWidget"):
        window.restoreDockWidget(dock)
    window.settle = ui
    return ui
