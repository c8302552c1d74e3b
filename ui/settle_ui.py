"""The settling tools of the main window: the issues dock, File ▸ Export and Print week…, Edit ▸ Settings….

``MainWindow.__init__`` calls :func:`build_settle_ui` with the window's one
analysis owner (an :class:`IssuesController`) and puts the actions into its
menus itself; nothing here replaces a method of the window or looks for a menu
entry by its label.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from ui.dialogs.settings_dialog import open_settings
from ui.export_actions import ExportActions
from ui.issues_controller import IssuesController
from ui import printing
from ui.widgets.issues_panel import IssuesPanel
from ui.i18n import translate


@dataclass
class SettleUi:
    controller: IssuesController
    panel: IssuesPanel
    dock: QDockWidget
    exports: ExportActions
    export_menu: QMenu
    settings_action: QAction
    print_action: QAction


def _export_report(window) -> None:
    from ui.report_pdf import export_report_pdf

    export_report_pdf(window)


def build_settle_ui(window, controller: IssuesController) -> SettleUi:
    """The dock, the export menu and the print and settings actions, wired to ``window``."""
    panel = IssuesPanel(controller)
    panel.entries_chosen.connect(window.show_entries)
    dock = QDockWidget(window)
    dock.setObjectName("issuesDock")
    dock.setWidget(panel)
    dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                         | Qt.DockWidgetArea.BottomDockWidgetArea)
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence("Ctrl+Shift+I"))

    exports = ExportActions(window, lambda: window.workspace, window.current_filter, window.current_range)
    export_menu = QMenu(window)
    exports.fill_menu(export_menu)
    report_action = export_menu.addAction("")
    report_action.setObjectName("exportReportPdf")
    report_action.triggered.connect(lambda: _export_report(window))

    print_action = QAction(window)
    print_action.setShortcut(QKeySequence.StandardKey.Print)
    print_action.triggered.connect(lambda: open_print(window))

    settings_action = QAction(window)
    preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    settings_action.setShortcut(preferences[0] if preferences else QKeySequence("Ctrl+,"))
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def retranslate() -> None:
        dock.setWindowTitle(translate("SettleUi", "Conflicts and duplicates"))
        toggle.setText(translate("SettleUi", "&Conflicts and duplicates"))
        export_menu.setTitle(translate("SettleUi", "E&xport"))
        exports.retranslate()
        report_action.setText(translate("SettleUi", "&Report (PDF)…"))
        report_action.setStatusTip(translate("SettleUi", "The period shown and the filters: KPIs, charts, open "
                                                         "conflicts and duplicates"))
        print_action.setText(translate("SettleUi", "&Print week…"))
        print_action.setStatusTip(translate("SettleUi", "Print preview of the week shown, with the current filters"))
        settings_action.setText(translate("SettleUi", "&Settings…"))
        settings_action.setStatusTip(translate("SettleUi", "Rules, names, department colours, blackout dates and the "
                                                           "window's language"))

    retranslate()
    if hasattr(window, "on_language_change"):
        window.on_language_change(retranslate)

    def changed(outcome) -> None:
        window.refresh()  # new names, colours or zone for the views; re-runs the analysis
        if outcome.reread:  # a source's zone changed: read it again (decisions are kept)
            window.import_files(outcome.reread)

    settings_action.triggered.connect(lambda: open_settings(window, window.workspace, None, changed))
    return SettleUi(controller, panel, dock, exports, export_menu, settings_action, print_action)


def weeks_to_print(window) -> list[date]:
    """The Mondays of the weeks shown: the week view's week, the month view's weeks, else the anchor's week."""
    span = window.current_range()
    if span is not None and span[1] - span[0] <= timedelta(days=42):
        first, last = span[0].date(), (span[1] - timedelta(seconds=1)).date()
    else:
        first = last = window.anchor
    return printing.weeks_between(first, last)


def open_print(window):
    """File ▸ Print week…: a preview of the weeks shown, with the current filters."""
    mode = "lanes" if window.current == "timeline" else "days"
    return printing.open_print_preview(window, window.workspace, weeks_to_print(window), window.current_filter(), mode)
