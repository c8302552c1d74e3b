"""The main window: drop files in, see one timeline.

It owns the shared state (anchor date, filter, selection, markers) and hands
each view the entries of the period that view shows. Menus and shortcuts live
in ui/actions.py, panels in ui/widgets/, views in ui/views/.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget,
)

from calendar_core.model import EntryFilter
from calendar_core.version import app_version
from calendar_core.workspace import Workspace, WorkspaceError, supported_extensions
from ui.actions import VIEW_TITLES, build_actions, retranslate_actions
from ui.colours import department_colours
from ui.desks import install_desk_watch
from ui.dialogs.entry_details import EntryDetailsDialog
from ui.import_controller import ImportController
from ui.i18n import ensure_installed, translate
from ui.jobs import run_job
from ui.locale_format import number
from ui.models.sources import SourcesModel
from ui.proposals import install_proposals
from ui.issues_controller import IssuesController
from ui.settle_ui import build_settle_ui
from ui.widgets.legend import ColourLegend
from ui.views.list_view import ListView
from ui.views.month import MonthView
from ui.views.reports import ReportsView
from ui.views.timeline import TimelineView
from ui.views.week_pane import WeekPane
from ui.window_state import restore_state, save_state
from ui.write_steps import WriteSteps
from ui.widgets.filter_bar import FilterBar
from ui.widgets.sources_panel import SourcesPanel
from ui.widgets.empty_period import EmptyPeriodCard
from ui.widgets.welcome import install_welcome
from ui.window_refresh import Refresher, is_large

_WINDOWS: list = []  # windows opened from File ▸ Open workspace stay referenced


def import_patterns() -> str:
    return (translate("MainWindow", "Calendars and spreadsheets") + " (*.ics *.ical *.xlsx *.xlsm *.xls *.ods *.numbers *.csv *.tsv);;"
            + translate("MainWindow", "All files") + " (*)")


class MainWindow(WriteSteps, QMainWindow):
    def __init__(self, workspace: Workspace, demo: bool = False, now: datetime | None = None):
        super().__init__()
        ensure_installed()  # the chosen language (ui/app.py installs it first when the app starts)
        self.workspace = workspace
        self.demo = demo
        self.setObjectName("mainWindow")
        self._language_hooks: list = []  # panels re-labelled on a language change (on_language_change)
        self.setAcceptDrops(True)
        if demo:  # the samples are planned in Berlin
            workspace.save_settings(replace(workspace.settings, timezone="Europe/Berlin"))
        self.tz = workspace.tz
        self.now = now  # None: the real clock (tests and screenshots pin it)
        self.today = (now or datetime.now(self.tz)).astimezone(self.tz).date()
        self.anchor = self.today
        self.selection: list[int] = []
        self.markers: dict[int, str] = {}  # entry id -> why, from the one analysis of the whole workspace
        self.colours: dict[str, str] = {}
        self.undo_job = None  # an undo, redo or removal running off the GUI thread
        self._generation = 0  # drops results of outdated background loads

        self.views = {"timeline": TimelineView(), "week": WeekPane(), "month": MonthView(), "list": ListView(),
                      "reports": ReportsView()}
        self.views["reports"].report_for = self._report_for
        self.views["timeline"].canvas.now = now
        self.views["week"].set_now(now)
        self.views["week"].weekChangeRequested.connect(lambda d: self.go_next() if d > 0 else self.go_previous())
        self.views["month"].today = self.today if now else None
        self.stack = QStackedWidget()
        for key, view in self.views.items():
            view.setObjectName(f"{key}View")
            self.stack.addWidget(view)
            view.entryActivated.connect(self.open_entry)
            view.selectionChanged.connect(self._selection_changed)
        self.views["timeline"].zoomChanged.connect(lambda _z: self.reload_view())
        self.views["month"].dayActivated.connect(self._day_activated)
        self.filter_bar = FilterBar()
        self.filter_bar.filterChanged.connect(self._filter_changed)
        self.filter_bar.previousRequested.connect(self.go_previous)
        self.filter_bar.nextRequested.connect(self.go_next)
        self.filter_bar.todayRequested.connect(self.go_today)
        self.filter_bar.dateRequested.connect(self.go_to)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self.legend = ColourLegend()
        layout.addWidget(self.legend)
        self.setCentralWidget(central)

        self.sources_model = SourcesModel(workspace, self)
        self.sources_model.edited.connect(self.refresh)
        self.sources_model.failed.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.sources_panel = SourcesPanel(self.sources_model)
        self.sources_panel.importRequested.connect(self.choose_files)
        self.sources_panel.reimportRequested.connect(self.import_files)
        self.sources_panel.removeRequested.connect(self.remove_source)
        self.sources_dock = QDockWidget(self)
        self.sources_dock.setObjectName("sourcesDock")
        self.sources_dock.setWidget(self.sources_panel)
        self.sources_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sources_dock)

        self.importer = ImportController(self, workspace)
        self.importer.imported.connect(self._imported)
        self.importer.busyChanged.connect(lambda busy: self.actions["cancel"].setEnabled(busy))
        self.importer.busyChanged.connect(self.sources_model.set_read_only)
        self.menus, self.actions = build_actions(self)
        self.menus["view"].insertAction(self.menus["view"].actions()[0], self.sources_dock.toggleViewAction())
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.importer.progress)
        self.statusBar().addPermanentWidget(self.counts)
        # one owner of the analysis: the issues panel and every view's markers read from it
        self.issues = IssuesController(workspace, self, workspace_getter=lambda: self.workspace)
        self.issues.analysed.connect(self._analysed)
        self.issues.decision_changed.connect(lambda _key: self._show_markers())
        self.issues.decision_changed.connect(lambda _key: self._show_undo_labels())
        self.settle = build_settle_ui(self, self.issues)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.settle.dock)
        self.menus["view"].addAction(self.settle.dock.toggleViewAction())
        quit_action = self.actions["quit"]
        self.menus["file"].insertMenu(quit_action, self.settle.export_menu)
        self.menus["file"].insertAction(quit_action, self.settle.print_action)
        self.menus["file"].insertSeparator(quit_action)
        self.menus["edit"].addSeparator()
        self.menus["edit"].addAction(self.settle.settings_action)
        self.restoreDockWidget(self.settle.dock)
        self.proposals = install_proposals(self)  # drag, Ctrl+Arrow, the Edit form, change requests
        from ui.live_ui import LiveController

        self.live = LiveController(self)  # subscriptions, F5 Refresh sources, Publish, watched source files
        self.desk_watch = install_desk_watch(self)  # other desks' changes; a read-only workspace
        self.welcome = install_welcome(self)  # first run: drop files here, or open the demo
        self.empty_period = EmptyPeriodCard(self.stack)  # a period that shows nothing: the nearest entries
        self.empty_period.goToRequested.connect(self.go_to)

        self.retranslate()
        self.refresher = Refresher(lambda: self.workspace, lambda: self.today, self._apply_facts,
                                   self._refresh_failed, self)
        self.refresher.total = workspace.count_entries()  # a large workspace is read off the GUI thread from the start
        self._load_job = None
        self._after_load: list = []  # what waits for the view's entries (a refresh's other reads)
        self._analyse_after_facts = False  # a refresh asked for an analysis once the facts are read
        self.current = "week"
        self._restore_settings()
        self.refresh()
        if demo:
            from ui.demo import sample_files
            self.importer.import_files(sample_files(), quiet=True)

    # ----- hooks for other panels -------------------------------------------------------
    def current_view(self):
        return self.views[self.current]

    def current_filter(self) -> EntryFilter:
        return self.filter_bar.current_filter()

    def current_range(self) -> tuple[datetime, datetime] | None:
        period = self.current_view().period(self.anchor)
        if period is None:
            return None
        return (datetime.combine(period[0], time(0), tzinfo=self.tz),
                datetime.combine(period[1], time(0), tzinfo=self.tz))

    def refresh(self) -> None:
        """Reload everything from the workspace: sources, filter choices, colours, the view.

        A large workspace is read off the GUI thread, and requests made meanwhile
        (an import's burst of signals) are coalesced into one more read (ui/window_refresh.py)."""
        self._refresh(analyse=True)

    def _refresh(self, analyse: bool) -> None:
        """``analyse``: analyse again once the facts are read (an import's analysis started already)."""
        self._analyse_after_facts = self._analyse_after_facts or analyse
        self.tz = self.workspace.tz
        # where the view's period is read depends on the workspace's size now, not at the last read:
        # the first refresh after a 300,000-row import read its week on the GUI thread (0.3-0.45 s).
        # A workspace known to be large is not counted again here: on 300,000 entries the count alone
        # held the GUI thread 30-60 ms (an import adds what it stored first, see _imported).
        if not is_large(self.refresher.total):
            self.refresher.total = max(self.refresher.total, self.workspace.count_entries())
        # The view's period first, then the panels' facts, then the analysis (in _apply_facts):
        # side by side on a large workspace they would only slow each other down. (An import's analysis
        # starts at once: it reads back only what the import did not store, see _imported.)
        if self.refresher.request not in self._after_load:  # a burst of refreshes reads the facts once
            self._after_load.append(self.refresher.request)
        self.reload_view()

    def _apply_facts(self, facts) -> None:
        self.sources_model.reload(facts.sources)
        self.filter_bar.set_options(facts.departments, facts.channels, facts.statuses, facts.people)
        self.colours = department_colours(self.sources_model.sources(), facts.departments)
        for view in self.views.values():
            view.set_colours(self.colours)
        self.legend.set_colours(self.colours)
        for view in self.views.values():
            if hasattr(view, "set_blackout"):
                view.set_blackout(facts.blackout)
        self._show_undo_labels((facts.undo, facts.redo))
        self._update_counts()
        if hasattr(self, "shown_entries"):  # the total may have changed under the shown period
            self._show_empty_period(self.shown_entries)
        if self._analyse_after_facts:  # after an undo, a removal, a source edit or new settings
            self._analyse_after_facts = False
            self.issues.reanalyse()

    def _refresh_failed(self, exc) -> None:
        self.statusBar().showMessage(self.tr("The workspace could not be read: {0}").format(exc), 10000)

    def reload_view(self) -> None:
        """Query the current view's period with the current filter and show it.

        The list (the whole filtered set), and any period of a large workspace, is loaded
        off the GUI thread, with what the view lays out from it (``prepare``); a small
        workspace's period at once."""
        self._generation += 1
        gen = self._generation
        view = self.current_view()
        self.filter_bar.show_period(self.anchor, view.label(self.anchor))
        flt = self.current_filter()
        span = self.current_range()
        ws = self.workspace
        if self._load_job is not None:
            self._load_job.cancel()  # its result would be dropped anyway: skip its layout
        if span is None:
            self.empty_period.hide()  # the list has no period
        if span is None or is_large(self.refresher.total):
            anchor, tz = self.anchor, self.tz
            prepare = getattr(view, "prepare", None) if span is not None else None

            def load(progress, cancelled):
                entries = ws.entries(*(span or (None, None)), flt)
                return entries, (prepare(entries, anchor, tz) if prepare is not None and not cancelled() else None)

            self._load_job = run_job(self, load, on_success=lambda got: self._loaded(gen, view, *got),
                                     on_failure=lambda exc: self._load_failed(exc, gen), bulk=True,
                                     name="list" if span is None else "period")
            return
        self._loaded(gen, view, ws.entries(span[0], span[1], flt))

    def _run_after_load(self) -> None:
        waiting, self._after_load = self._after_load, []
        for fn in waiting:
            fn()

    def _loaded(self, gen: int, view, entries, prepared=None) -> None:
        if gen != self._generation:
            return
        self._shown_now(view, entries, prepared)
        self._run_after_load()

    def _shown_now(self, view, entries, prepared) -> None:
        if prepared is not None:
            view.set_data(entries, self.anchor, self.tz, prepared=prepared)
        else:
            view.set_data(entries, self.anchor, self.tz)
        view.set_markers(self.markers)
        view.select_entries(self.selection)
        self.shown_entries = entries
        self._update_counts()
        self._show_empty_period(entries)

    def _show_empty_period(self, entries) -> None:
        """The card over an empty week, month or timeline of a workspace that has entries elsewhere,
        with the days of the nearest ones before and after (two indexed lookups)."""
        span = self.current_range()
        kind = {"week": "week", "month": "month", "timeline": "period"}.get(self.current)
        if entries or span is None or kind is None or not self.refresher.total:
            self.empty_period.hide()
            return
        flt = self.current_filter()
        filtered = bool(flt.departments or flt.channels or flt.statuses or flt.people or flt.text.strip()) \
            or any(not s.visible for s in self.sources_model.sources())
        before = self.workspace.last_start(flt, before=span[0])
        after = self.workspace.first_start(flt, after=span[1])
        self.empty_period.show_for(kind, filtered, before.astimezone(self.tz).date() if before else None,
                                   after.astimezone(self.tz).date() if after else None)

    def _load_failed(self, exc, gen: int | None = None) -> None:
        self.statusBar().showMessage(self.tr("The entries could not be loaded: {error}").format(error=exc), 10000)
        if gen is None or gen == self._generation:
            self._run_after_load()

    def _analysed(self, _snapshot) -> None:
        self._show_markers()

    def _show_markers(self) -> None:
        """Markers of every open conflict and duplicate group, whichever week its partners are in."""
        self.markers = self.issues.markers()
        self.current_view().set_markers(self.markers)
        self._update_counts()

    def _update_counts(self) -> None:
        shown = len(getattr(self, "shown_entries", []))
        total = self.refresher.total  # as of the last refresh: every change to the workspace refreshes
        self.welcome.set_empty(total == 0)
        n_sources = len(self.sources_model.sources())
        text = " · ".join((self.tr("{shown} shown").format(shown=number(shown)),
                           self.tr("{total} in workspace").format(total=number(total)),
                           self.tr("%n source(s)", "", n_sources)))
        snapshot = self.issues.snapshot
        if snapshot is not None:
            open_c, open_d = self.issues.in_view(e.id for e in getattr(self, "shown_entries", []))
            text += " · " + self.tr("in view: %n conflict(s)", "", open_c) + " · " + self.tr(
                "%n duplicate group(s)", "", open_d)
        self.counts.setText(text)
        self.counts.setToolTip(self.tr("Open conflicts and duplicate groups with an entry in view; the Conflicts and "
                                       "duplicates panel lists the whole workspace"))

    def show_entries(self, ids: list[int]) -> None:
        """Jump the current view to the first entry's date and select the entries."""
        ids = list(ids)
        first = self.workspace.entry(ids[0]) if ids else None
        self.selection = ids
        if first is not None:
            self.anchor = first.start_date if first.all_day else first.start.astimezone(self.tz).date()
        self.reload_view()

    def _report_for(self, first: date, last: date):
        from calendar_core.reports import build_report
        from ui.printing import filters_description

        flt = self.current_filter()
        return build_report(self.workspace, first, last, flt, filters_description(flt))

    # ----- views and navigation -----------------------------------------------------------
    def set_view(self, key: str) -> None:
        if key not in self.views:
            return
        self.current = key
        self.stack.setCurrentWidget(self.views[key])
        self.actions[f"view_{key}"].setChecked(True)
        self.reload_view()

    def go_previous(self) -> None:
        self.go_to(self.current_view().step(self.anchor, -1))

    def go_next(self) -> None:
        self.go_to(self.current_view().step(self.anchor, +1))

    def go_today(self) -> None:
        self.go_to(self.today)

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.reload_view()

    def focus_search(self) -> None:
        self.filter_bar.text.setFocus()
        self.filter_bar.text.selectAll()

    def focus_date(self) -> None:
        self.filter_bar.date_edit.setFocus()
        self.filter_bar.date_edit.edit.selectAll()

    def _day_activated(self, day: date) -> None:
        self.anchor = day
        self.set_view("week")

    def _filter_changed(self) -> None:
        self.reload_view()

    def _selection_changed(self, ids: list) -> None:
        self.selection = list(ids)
        if len(ids) == 1:
            e = next((e for e in getattr(self, "shown_entries", []) if e.id == ids[0]), None)
            if e is not None:
                self.statusBar().showMessage(f"{e.title} — {e.department}, {e.source_name} {e.location}", 6000)

    def open_entry(self, entry_id: int) -> None:
        entry = self.workspace.entry(entry_id)
        if entry is None:
            return
        source = self.workspace.source(entry.source_id)
        form = self.proposals.edit_form(entry) if not self.workspace.read_only else None
        dialog = EntryDetailsDialog(entry, source, self.tz, self.markers.get(entry_id, ""), self, editor=form)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_details = dialog

    # ----- importing, undo, sources -----------------------------------------------------------
    def choose_files(self) -> None:
        start = QSettings().value("import/folder", str(Path.home()))
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import calendars"), start, import_patterns())
        if files:
            QSettings().setValue("import/folder", str(Path(files[0]).parent))
            self.import_files(files)

    def choose_workspace(self) -> None:
        start = str(Path(str(self.workspace.location)).parent)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Open or create a workspace"), start,
                                              self.tr("Masthead workspaces") + " (*.sqlite *.db);;"
                                              + self.tr("All files") + " (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.open_workspace(path)

    def open_workspace(self, target: str) -> "MainWindow | None":
        """Open another workspace in a new window that replaces this one."""
        try:
            ws = Workspace.open(target)
        except WorkspaceError as exc:
            QMessageBox.warning(self, "Masthead", self.tr("The workspace could not be opened.") + f"\n\n{exc}")
            return None
        QSettings().setValue("workspace/last", ws.location)
        self.save_settings()
        window = MainWindow(ws)
        _WINDOWS.append(window)
        window.show()
        self.close()
        return window

    def import_files(self, paths) -> None:
        self.importer.import_files(paths)

    def cancel_import(self) -> None:
        self.importer.cancel()

    def _imported(self, batch) -> None:
        # what the import stored decides where the refresh reads, without counting on the GUI thread
        self.refresher.total += sum(o.report.new for o in batch.outcomes if o.report is not None)
        if batch.applied:
            self._bring_imported_into_view(batch)
        reports = [o.report for o in batch.outcomes]
        if batch.applied and not batch.cancelled:
            # its analysis starts at once, on the entries the import stored: nothing to wait for, nothing to read back
            self.issues.reanalyse(imported=reports)
            self._analyse_after_facts = False  # it sees every change made before, too
            self._refresh(analyse=False)
        else:  # a cancelled batch was put back: what it kept is not what is stored
            self.issues.let_go(reports)
            self.refresh()

    def _bring_imported_into_view(self, batch) -> None:
        """A period that shows nothing after an import moves to the imported entries:
        the next one after the period's start, else the first one."""
        period = self.current_range()
        imported = frozenset(o.report.source_id for o in batch.outcomes if o.ok)
        if period is None or not imported:
            return
        flt = self.current_filter()
        shown = self.workspace.first_start(flt, after=period[0])
        if shown is not None and shown < period[1]:
            return
        mine = replace(flt, source_ids=imported)
        target = self.workspace.first_start(mine, after=period[0]) or self.workspace.first_start(mine)
        if target is not None:
            self.anchor = target.astimezone(self.tz).date()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt names
        names = [Path(u.toLocalFile()).name for u in event.mimeData().urls() if u.isLocalFile()]
        if names:
            event.acceptProposedAction()
            listed = ", ".join(names[:3])
            if len(names) > 3:
                listed = self.tr("{files} and %n more", "", len(names) - 3).format(files=listed)
            self.statusBar().showMessage(self.tr("Drop to import {files}").format(files=listed))
            self._set_drop_highlight(True)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.statusBar().clearMessage()
        self._set_drop_highlight(False)

    def _set_drop_highlight(self, on: bool) -> None:
        self.stack.setProperty("dropTarget", on)
        self.stack.style().unpolish(self.stack)
        self.stack.style().polish(self.stack)

    def dropEvent(self, event) -> None:  # noqa: N802
        self._set_drop_highlight(False)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def about(self) -> None:
        exts = ", ".join(supported_extensions()) or self.tr("none yet")
        QMessageBox.about(self, self.tr("About Masthead"),
                          f"<b>Masthead</b> {app_version()}<br>"
                          + self.tr("Every department's editorial calendar in one timeline.") + "<br><br>"
                          + self.tr("Files it reads: {extensions}").format(extensions=exts) + "<br>"
                          + self.tr("Workspace: {location}").format(location=self.workspace.location))

    # ----- language (ui/i18n.py): Qt sends LanguageChange when the translators change ----------------
    def on_language_change(self, hook) -> None:
        """Run HOOK (no arguments) whenever the window's language changes."""
        self._language_hooks.append(hook)

    def retranslate(self) -> None:
        name = self.tr("demo") if self.demo else Path(str(self.workspace.location)).name
        title = f"Masthead — {name}"
        if getattr(self.workspace, "read_only", False):
            title = translate("Desks", "{value} (read-only)").format(value=title)
        self.setWindowTitle(title)
        self.sources_dock.setWindowTitle(self.tr("Sources"))
        retranslate_actions(self, self.menus, self.actions)
        self._show_undo_labels()
        button = getattr(self.importer.progress, "cancel_button", None)
        if button is not None:
            button.setText(translate("ImportProgress", "Cancel"))
        for hook in self._language_hooks:
            hook()
        if hasattr(self, "current"):
            self.reload_view()  # period labels, day headers and times in the new locale
            for view in self.views.values():
                view.update()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menus"):
            self.retranslate()
        super().changeEvent(event)

    # ----- remembered state (ui/window_state.py) ------------------------------------------------
    def _restore_settings(self) -> None:
        restore_state(self)

    def save_settings(self) -> None:
        save_state(self)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._generation += 1  # late results of background loads are dropped
        self._after_load = []
        self.refresher.close()
        self.desk_watch.stop()  # a closed window polled its (closed) workspace on the GUI thread every 3 s
        self.live.stop()
        self.issues.close()  # no analysis starts after this, and a running one is cancelled
        self.importer.cancel()
        self.save_settings()
        from ui.jobs import wait_for_all
        wait_for_all(10000)
        super().closeEvent(event)


__all__ = ["MainWindow", "VIEW_TITLES"]
