"""File ▸ Print week…: a print preview of the chosen weeks, with the layout switch and "Save as PDF…"."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QToolBar, QWidget

from calendar_core.model import Entry, EntryFilter
from ui.printing import (
    MODES, entries_by_week, filters_description, markers_from_conflicts, render_weeks, setup_page, write_week_pdf,
)
from ui.i18n import QT_TRANSLATE_NOOP, translate, tr

MODE_LABELS = {"days": QT_TRANSLATE_NOOP("WeekPrintPreview", "Days as columns"),
               "lanes": QT_TRANSLATE_NOOP("WeekPrintPreview", "Departments as lanes"),
               "month": QT_TRANSLATE_NOOP("WeekPrintPreview", "A month per page"),
               "weeks2": QT_TRANSLATE_NOOP("WeekPrintPreview", "2 weeks per page"),
               "weeks4": QT_TRANSLATE_NOOP("WeekPrintPreview", "4 weeks per page"),
               "agenda": QT_TRANSLATE_NOOP("WeekPrintPreview", "Agenda by day")}


@dataclass
class PrintJob:
    """Everything a printed range of weeks needs, loaded once from the workspace."""

    weeks: list[date]
    tz: ZoneInfo
    colours: dict[str, str]
    entries_for_week: Callable[[date], list[Entry]]
    markers: dict[int, str]
    filters_text: str = ""
    blackout: frozenset = frozenset()  # blackout days, shaded and labelled

    @classmethod
    def from_workspace(cls, workspace, weeks: list[date], flt: EntryFilter | None) -> "PrintJob":
        tz = workspace.tz
        colours: dict[str, str] = {}
        for src in workspace.sources():
            colours.setdefault(src.department, src.colour)
        start = datetime.combine(min(weeks), time(0), tzinfo=tz)
        end = datetime.combine(max(weeks) + timedelta(days=7), time(0), tzinfo=tz)
        entries = workspace.entries(start, end, flt)
        markers = markers_from_conflicts(workspace.analyse(entries=entries).conflicts)
        from calendar_core.reports import workspace_blackout_days

        blackout = workspace_blackout_days(workspace, start, end)
        return cls(sorted(weeks), tz, colours, entries_by_week(entries, tz), markers, filters_description(flt),
                   blackout)


class WeekPrintPreview(QPrintPreviewDialog):
    def __init__(self, job: PrintJob, mode: str = "days", parent: QWidget | None = None):
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(self.printer)
        super().__init__(self.printer, parent)
        self.job = job
        self.mode = mode if mode in MODES else "days"
        first = job.weeks[0].isocalendar()
        self.printer.setDocName(translate("Printing", "Masthead week {weeks}").format(
            weeks=f"{first.year}-W{first.week:02d}"))
        self.setWindowTitle(tr("Print %n week(s)", "", len(job.weeks)))
        self.paintRequested.connect(self._paint)
        self.pages_painted = 0
        toolbar = self.findChild(QToolBar)
        self.mode_box = QComboBox(self)
        for key in MODES:
            self.mode_box.addItem(translate("WeekPrintPreview", MODE_LABELS[key]), key)
        self.mode_box.setCurrentIndex(MODES.index(self.mode))
        self.mode_box.setToolTip(translate("WeekPrintPreview", "Days as columns, one row (lane) per department, a month, 2 or 4 weeks a page, or an agenda"))
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self.save_action = QAction(translate("WeekPrintPreview", "Save as PDF…"), self, triggered=self._ask_save_pdf)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(self.mode_box)
            toolbar.addAction(self.save_action)
        self.resize(1100, 800)

    def preview_widget(self) -> QPrintPreviewWidget | None:
        return self.findChild(QPrintPreviewWidget)

    def _paint(self, printer: QPrinter) -> None:
        self.pages_painted = render_weeks(
            printer, self.job.weeks, self.job.entries_for_week, tz=self.job.tz, colours=self.job.colours,
            markers=self.job.markers, mode=self.mode, filters_text=self.job.filters_text,
            printed_at=datetime.now(self.job.tz), blackout=self.job.blackout)

    def _mode_changed(self, index: int) -> None:
        self.mode = self.mode_box.itemData(index)
        widget = self.preview_widget()
        if widget is not None:
            widget.updatePreview()

    def save_pdf(self, path: str | Path) -> int:
        return write_week_pdf(path, self.job.weeks, self.job.entries_for_week, tz=self.job.tz,
                              colours=self.job.colours, markers=self.job.markers, mode=self.mode,
                              filters_text=self.job.filters_text, printed_at=datetime.now(self.job.tz),
                              blackout=self.job.blackout)

    def _ask_save_pdf(self) -> None:
        first = self.job.weeks[0].isocalendar()
        suggested = f"masthead-{first.year}-W{first.week:02d}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, translate("WeekPrintPreview", "Save weeks as PDF"), suggested, translate("WeekPrintPreview", "PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            pages = self.save_pdf(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, translate("WeekPrintPreview", "Save as PDF"), translate("WeekPrintPreview", "Could not write {path}:\n{exc}").format(path=path, exc=exc))
            return
        QMessageBox.information(self, translate("WeekPrintPreview", "Save as PDF"), tr("Saved %n page(s) to {path}", "", pages).format(path=path))
