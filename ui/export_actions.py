"""File ▸ Export: the master calendar (ICS), the workbook (Excel) and the report (JSON).

The work is :mod:`calendar_core.exporting`, the same calls as the ``consolidate``
command (with the period and ICS expansion window it passes); it touches no
widget and runs off the GUI thread. :class:`ExportActions` is the menu: it asks
for the scope (the window's filters, the shown period, or everything) and a file
name, runs the export as a job and says where the file went.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from calendar_core.exporting import EVERYTHING, WHAT, ExportDone, Period, export_file  # noqa: F401 - re-exported
from calendar_core.model import EntryFilter
from ui.export_texts import workbook_display
from ui.jobs import run_job
from ui.i18n import QT_TRANSLATE_NOOP, translate, tr


@dataclass(frozen=True)
class ExportKind:
    key: str
    action: str  # menu text
    what: str  # used in messages
    file_filter: str
    suffix: str
    stem: str


KINDS = {  # texts in English, shown through translate("ExportActions", …)
    "ics": ExportKind("ics", QT_TRANSLATE_NOOP("ExportActions", "Master calendar (ICS)…"), WHAT["ics"],
                      QT_TRANSLATE_NOOP("ExportActions", "iCalendar files (*.ics)"), ".ics", "master-calendar"),
    "xlsx": ExportKind("xlsx", QT_TRANSLATE_NOOP("ExportActions", "Workbook (Excel)…"), WHAT["xlsx"],
                       QT_TRANSLATE_NOOP("ExportActions", "Excel workbooks (*.xlsx)"), ".xlsx", "master-calendar"),
    "json": ExportKind("json", QT_TRANSLATE_NOOP("ExportActions", "Report (JSON)…"), WHAT["json"],
                       QT_TRANSLATE_NOOP("ExportActions", "JSON files (*.json)"), ".json", "masthead-report"),
}
# calendar_core.exporting.WHAT, for lupdate
WHAT_TEXTS = (QT_TRANSLATE_NOOP("ExportActions", "Master calendar"), QT_TRANSLATE_NOOP("ExportActions", "Workbook"),
              QT_TRANSLATE_NOOP("ExportActions", "Report"))


def what(spec: ExportKind) -> str:
    """ "Master calendar", "Masterkalender": what an export writes, for messages."""
    return translate("ExportActions", spec.what)


def done_message(result) -> str:
    """calendar_core's ExportDone in the window's language."""
    text = tr("{what} saved: %n entries", "", result.entries).format(
        what=translate("ExportActions", WHAT[result.kind]))
    if result.detail:
        text += f", {result.detail}"
    return text + " " + translate("ExportActions", "in {path}").format(path=result.path)
NO_PERIOD: Period = (None, None)


def default_name(kind: str, today: date | None = None) -> str:
    spec = KINDS[kind]
    return f"{spec.stem}-{(today or date.today()).isoformat()}{spec.suffix}"


class ExportActions(QObject):
    """The Export submenu of one window and the jobs it starts."""

    def __init__(self, window: QWidget, workspace_getter: Callable[[], object],
                 filter_getter: Callable[[], EntryFilter | None] | None = None,
                 period_getter: Callable[[], tuple[datetime, datetime] | None] | None = None):
        super().__init__(window)
        self.window = window
        self._workspace = workspace_getter
        self._filter = filter_getter
        self._period = period_getter or (lambda: None)
        self.actions: dict[str, QAction] = {}
        self.job = None
        self.last_message = ""

    def build_menu(self, parent_menu: QMenu) -> QMenu:
        menu = parent_menu.addMenu(translate("ExportActions", "E&xport"))
        self.fill_menu(menu)
        return menu

    def fill_menu(self, menu: QMenu) -> None:
        for key in KINDS:
            action = QAction(self.window)
            action.triggered.connect(lambda checked=False, k=key: self.export(k))
            menu.addAction(action)
            self.actions[key] = action
        self.retranslate()

    def retranslate(self) -> None:
        for key, action in self.actions.items():
            spec = KINDS[key]
            action.setText(translate("ExportActions", spec.action))
            action.setStatusTip(translate("ExportActions", "Save the {what} of the workspace").format(
                what=what(spec).lower()))

    # ----- the steps, each replaceable in tests ------------------------------
    def ask_scope(self, spec: ExportKind, shown: int, total: int,
                  in_period: int | None = None) -> EntryFilter | tuple[EntryFilter, Period] | None | bool:
        """The filter to export with, (filter, period) for the shown period, EVERYTHING, or False on cancel."""
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("ExportActions", "Export {what}").format(what=what(spec).lower()))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(translate("ExportActions", "The current filters show {shown} of {total} entries. Export which?").format(shown=shown, total=total))
        filtered = box.addButton(translate("ExportActions", "Filtered ({count})").format(count=shown),
                                 QMessageBox.ButtonRole.AcceptRole)
        period = None
        if in_period is not None:
            period = box.addButton(translate("ExportActions", "Shown period ({count})").format(count=in_period),
                                   QMessageBox.ButtonRole.AcceptRole)
            period.setToolTip(translate("ExportActions", "The entries of the dates the view shows, with the filters; the calendar's "
                              "repeating entries are written out for those dates only"))
        everything = box.addButton(translate("ExportActions", "Everything ({count})").format(count=total),
                                   QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(filtered)
        box.exec()
        clicked = box.clickedButton()
        if clicked is filtered:
            return self._filter()
        if period is not None and clicked is period:
            return self._filter(), tuple(self._period())
        if clicked is everything:
            return EVERYTHING
        return False

    def ask_path(self, spec: ExportKind) -> str:
        folder = QSettings().value("export/folder", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / default_name(spec.key))
        path, _ = QFileDialog.getSaveFileName(self.window, translate("ExportActions", "Export {what}").format(what=what(spec).lower()), suggested,
                                              translate("ExportActions", spec.file_filter))
        return path

    def tell(self, title: str, text: str, error: bool = False) -> None:
        self.last_message = text
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 15000)
        if error:
            QMessageBox.warning(self.window, title, text)
        else:
            QMessageBox.information(self.window, title, text)

    # ----- the flow -----------------------------------------------------------
    def export(self, kind: str):
        spec = KINDS[kind]
        workspace = self._workspace()
        flt = self._filter() if self._filter else None
        period = NO_PERIOD
        if flt is not None:
            shown, total = workspace.count_entries(flt), workspace.count_entries(EVERYTHING)
            span = self._period()
            in_period = len(workspace.entries(span[0], span[1], flt)) if span else None
            if shown != total or (in_period is not None and in_period != shown):
                flt = self.ask_scope(spec, shown, total, **({"in_period": in_period} if span else {}))
                if flt is False:
                    return None
                if isinstance(flt, tuple):
                    flt, period = flt
            else:
                flt = EVERYTHING
        path = self.ask_path(spec)
        if not path:
            return None
        if not path.lower().endswith(spec.suffix):
            path += spec.suffix
        QSettings().setValue("export/folder", str(Path(path).parent))
        return self.start_export(kind, path, flt, period=period)

    def start_export(self, kind: str, path: str | Path, flt: EntryFilter | None, now: datetime | None = None,
                     period: Period = NO_PERIOD):
        spec = KINDS[kind]
        workspace = self._workspace()
        for action in self.actions.values():
            action.setEnabled(False)
        display = workbook_display() if kind == "xlsx" else None  # the locale's dates, made on the GUI thread

        def work(progress, cancelled):
            return export_file(workspace, kind, path, flt, now, period=period, display=display)

        def done(result: ExportDone):
            self._enable()
            self.tell(translate("ExportActions", "Export {what}").format(what=what(spec).lower()), done_message(result))

        def fail(exc):
            self._enable()
            self.tell(translate("ExportActions", "Export {what}").format(what=what(spec).lower()),
                      translate("ExportActions", "{what} not saved to {path}: {error}").format(
                          what=what(spec), path=path, error=exc), error=True)

        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(translate("ExportActions", "Exporting {what} to {path}…").format(what=what(spec).lower(), path=path))
        self.job = run_job(None, work, on_success=done, on_failure=fail, name=f"export {kind}")
        return self.job

    def _enable(self) -> None:
        for action in self.actions.values():
            action.setEnabled(True)
