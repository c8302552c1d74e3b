"""File ▸ Export: the master calendar (ICS), the workbook (Excel) and the report (JSON).

:func:`export_file` is the work itself, the same calls as the ``consolidate``
command (write_ics, write_workbook, build_report/write_report); it touches no
widget and runs off the GUI thread. :class:`ExportActions` is the menu: it asks
for the scope (the window's filters or everything) and a file name, runs the
export as a job and says where the file went.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from calendar_core.export.report import build_report, source_json, write_report
from calendar_core.model import EntryFilter
from ui.jobs import run_job

UTC = timezone.utc


@dataclass(frozen=True)
class ExportKind:
    key: str
    action: str  # menu text
    what: str  # used in messages
    file_filter: str
    suffix: str
    stem: str


KINDS = {
    "ics": ExportKind("ics", "Master calendar (ICS)…", "Master calendar", "iCalendar files (*.ics)", ".ics", "master-calendar"),
    "xlsx": ExportKind("xlsx", "Workbook (Excel)…", "Workbook", "Excel workbooks (*.xlsx)", ".xlsx", "master-calendar"),
    "json": ExportKind("json", "Report (JSON)…", "Report", "JSON files (*.json)", ".json", "masthead-report"),
}
EVERYTHING = EntryFilter(only_visible=False)


@dataclass
class ExportDone:
    kind: str
    path: Path
    entries: int
    detail: str = ""

    def message(self) -> str:
        what = KINDS[self.kind].what
        count = f"{self.entries} entr{'y' if self.entries == 1 else 'ies'}"
        extra = f", {self.detail}" if self.detail else ""
        return f"{what} saved: {count}{extra} in {self.path}"


def export_file(workspace, kind: str, path: str | Path, flt: EntryFilter | None = None,
                now: datetime | None = None) -> ExportDone:
    """Write one export of the entries passing ``flt`` (everything when None). No widgets."""
    path = Path(path)
    flt = flt if flt is not None else EVERYTHING
    entries = workspace.entries(None, None, flt)
    master = workspace.master_entries(entries)  # merged copies: one entry in the exports
    sources = {s.id: s for s in workspace.sources()}
    if kind == "ics":
        from calendar_core.export.ics import write_ics

        count = write_ics(path, master, sources, now=now)
        return ExportDone(kind, path, len(entries), f"{count} events")
    analysis = workspace.analyse(entries=entries)
    if kind == "xlsx":
        from calendar_core.export.xlsx import write_workbook

        write_workbook(path, master, sources, analysis.conflicts, analysis.duplicates,
                       timezone=workspace.settings.timezone)
    elif kind == "json":
        per_source: dict[int, int] = {}
        for e in entries:
            per_source[e.source_id] = per_source.get(e.source_id, 0) + 1
        src_json = [source_json(s, file=s.name, entries=per_source[s.id], warnings=s.warnings, errors=s.errors)
                    for s in sources.values() if s.id in per_source]
        report = build_report(src_json, master, analysis.conflicts, analysis.duplicates,
                              timezone_name=workspace.settings.timezone, generated=now, copies=analysis.copies)
        write_report(path, report)
    else:
        raise ValueError(f"unknown export '{kind}'")
    undecided = sum(1 for c in analysis.conflicts if not c.decision)
    return ExportDone(kind, path, len(entries), f"{undecided} undecided conflicts")


def default_name(kind: str, today: date | None = None) -> str:
    spec = KINDS[kind]
    return f"{spec.stem}-{(today or date.today()).isoformat()}{spec.suffix}"


class ExportActions(QObject):
    """The Export submenu of one window and the jobs it starts."""

    def __init__(self, window: QWidget, workspace_getter: Callable[[], object],
                 filter_getter: Callable[[], EntryFilter | None] | None = None):
        super().__init__(window)
        self.window = window
        self._workspace = workspace_getter
        self._filter = filter_getter
        self.actions: dict[str, QAction] = {}
        self.job = None
        self.last_message = ""

    def build_menu(self, parent_menu: QMenu) -> QMenu:
        menu = parent_menu.addMenu("E&xport")
        self.fill_menu(menu)
        return menu

    def fill_menu(self, menu: QMenu) -> None:
        for key, spec in KINDS.items():
            action = QAction(spec.action, self.window)
            action.setStatusTip(f"Save the {spec.what.lower()} of the workspace")
            action.triggered.connect(lambda checked=False, k=key: self.export(k))
            menu.addAction(action)
            self.actions[key] = action

    # ----- the steps, each replaceable in tests ------------------------------
    def ask_scope(self, spec: ExportKind, shown: int, total: int) -> EntryFilter | None | bool:
        """The filter to export with, EVERYTHING, or False when the user cancels."""
        box = QMessageBox(self.window)
        box.setWindowTitle(f"Export {spec.what.lower()}")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(f"The current filters show {shown} of {total} entries. Export which?")
        filtered = box.addButton(f"Filtered ({shown})", QMessageBox.ButtonRole.AcceptRole)
        everything = box.addButton(f"Everything ({total})", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(filtered)
        box.exec()
        clicked = box.clickedButton()
        if clicked is filtered:
            return self._filter()
        if clicked is everything:
            return EVERYTHING
        return False

    def ask_path(self, spec: ExportKind) -> str:
        folder = QSettings().value("export/folder", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / default_name(spec.key))
        path, _ = QFileDialog.getSaveFileName(self.window, f"Export {spec.what.lower()}", suggested, spec.file_filter)
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
        if flt is not None:
            shown, total = workspace.count_entries(flt), workspace.count_entries(EVERYTHING)
            if shown != total:
                flt = self.ask_scope(spec, shown, total)
                if flt is False:
                    return None
            else:
                flt = EVERYTHING
        path = self.ask_path(spec)
        if not path:
            return None
        if not path.lower().endswith(spec.suffix):
            path += spec.suffix
        QSettings().setValue("export/folder", str(Path(path).parent))
        return self.start_export(kind, path, flt)

    def start_export(self, kind: str, path: str | Path, flt: EntryFilter | None, now: datetime | None = None):
        spec = KINDS[kind]
        workspace = self._workspace()
        for action in self.actions.values():
            action.setEnabled(False)

        def work(progress, cancelled):
            return export_file(workspace, kind, path, flt, now)

        def done(result: ExportDone):
            self._enable()
            self.tell(f"Export {spec.what.lower()}", result.message())

        def fail(exc):
            self._enable()
            self.tell(f"Export {spec.what.lower()}", f"{spec.what} not saved to {path}: {exc}", error=True)

        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(f"Exporting {spec.what.lower()} to {path}…")
        self.job = run_job(None, work, on_success=done, on_failure=fail, name=f"export {kind}")
        return self.job

    def _enable(self) -> None:
        for action in self.actions.values():
            action.setEnabled(True)
