"""The window side of importing: progress and Cancel, mapping dialogs, the summary.

Files dropped while an import runs wait in a queue. A sheet that cannot be
mapped, and the first import of a sheet whose mapping is in doubt, open
:class:`MappingDialog`; accepted mappings are imported as a follow-up batch
(read again off the GUI thread, the choice stored with the source) and reported
in the same summary. A declined confirmation leaves the file out, saying so.
A table judged not to be a calendar asks "Import it anyway?" with the reason;
yes reads it again accepting any table (remembered for the source).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from ui.dialogs.import_summary import ImportSummaryDialog, summary_text
from ui.dialogs.mapping import MappingDialog
from ui.importing import BatchResult, FileOutcome, ImportRunner
from ui.i18n import translate, tr
from ui.reader_messages import localize


class ImportProgress(QWidget):
    """Progress bar and Cancel button for the status bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setFixedWidth(200)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(translate("ImportProgress", "Cancel"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()


class ImportController(QObject):
    imported = Signal(object)  # BatchResult (outcomes of the batch and its follow-ups)
    busyChanged = Signal(bool)

    def __init__(self, window, workspace):
        super().__init__(window)
        self.window = window
        self.runner = ImportRunner(workspace, self)
        self.progress = ImportProgress(window)
        self.progress.cancel_button.clicked.connect(self.cancel)
        self.runner.progress.connect(lambda f: self.progress.bar.setValue(int(f * 1000)))
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.queue: list[tuple[list[Path], dict | None, bool]] = []
        self.show_summary = True
        self.last_batch: BatchResult | None = None
        self.last_dialog: ImportSummaryDialog | None = None
        self._carry: list[FileOutcome] = []
        self._carry_applied = 0
        self._quiet = False
        self.last_mapping_dialog: MappingDialog | None = None
        # hook for tests: outcome -> mapping dict or None
        self.ask_mapping = self._ask_mapping_dialog
        # hook for tests: outcome -> True to import a table judged not a calendar anyway
        self.ask_anyway = self._ask_anyway_box

    @property
    def busy(self) -> bool:
        return self.runner.busy

    @property
    def job(self):
        return self.runner.job

    def import_files(self, paths, column_maps: dict | None = None, quiet: bool = False) -> None:
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.runner.busy:
            self.queue.append((paths, column_maps, quiet))
            return
        self._quiet = quiet
        self.runner.start(paths, column_maps, confirm=not quiet)
        names = ", ".join(p.name for p in paths[:3])
        if len(paths) > 3:
            names = tr("{files} and %n more", "", len(paths) - 3).format(files=names)
        self.progress.label.setText(translate("ImportController", "Importing {names}…").format(names=names))
        self.progress.bar.setValue(0)
        self.progress.cancel_button.setEnabled(True)
        self.progress.show()
        self.busyChanged.emit(True)

    def cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.progress.label.setText(translate("ImportController", "Cancelling…"))
            self.progress.cancel_button.setEnabled(False)

    def _idle(self) -> None:
        self.progress.hide()
        self.busyChanged.emit(False)

    def _failed(self, message: str) -> None:
        self._idle()
        self.window.statusBar().showMessage(message, 10000)
        self._next()

    def _finished(self, batch: BatchResult) -> None:
        if batch.cancelled:
            self._idle()
            self._carry, self._carry_applied = [], 0
            self.last_batch = batch
            self.window.statusBar().showMessage(translate("ImportController", "Import cancelled: the workspace is unchanged."), 8000)
            self.imported.emit(batch)
            self._next()
            return
        maps = {}
        anyway: set[Path] = set()
        outcomes = []
        for o in batch.outcomes:
            if o.judged is not None and not self._quiet and self.ask_anyway(o):
                anyway.add(o.path)
                continue
            if (o.unmappable is not None and not self._quiet) or o.confirm is not None:
                mapping = self.ask_mapping(o)
                if mapping:
                    maps[o.path] = mapping
                    continue
                if o.confirm is not None:
                    o.error = translate("ImportController", "{file}: not imported; its column mapping was not "
                                                            "confirmed ({doubts})").format(
                        file=o.path.name, doubts="; ".join(o.confirm.doubts))
                    o.confirm = None
            outcomes.append(o)
        self._carry += outcomes
        self._carry_applied += batch.applied
        if maps or anyway:  # follow-up batch with the chosen mappings and the tables to take anyway
            self.runner.start(list(maps) + sorted(anyway - set(maps)), maps, anyway=anyway)
            self.progress.label.setText(translate("ImportController", "Importing with the chosen column mapping…") if maps
                                        else translate("ImportController", "Importing anyway…"))
            return
        total = BatchResult(outcomes=self._carry, cancelled=False, applied=self._carry_applied)
        self._carry, self._carry_applied = [], 0
        self.last_batch = total
        self._idle()
        self.window.statusBar().showMessage(summary_text(total.outcomes), 10000)
        self.imported.emit(total)
        if self.show_summary and (not self._quiet or any(not o.ok for o in total.outcomes)):
            self.last_dialog = ImportSummaryDialog(total.outcomes, self.window)
            self.last_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_dialog.show()
        self._next()

    def _next(self) -> None:
        if self.queue and not self.runner.busy:
            paths, maps, quiet = self.queue.pop(0)
            self.import_files(paths, maps, quiet)

    def _ask_anyway_box(self, outcome: FileOutcome) -> bool:
        err = outcome.judged
        entries = " " + tr("It would give %n entries.", "", err.entries) if err.entries else ""
        answer = QMessageBox.question(
            self.window, translate("ImportController", "Import it anyway?"),
            translate("ImportController", "{name} does not look like a calendar: {reason}.{entries}\n\nImport it anyway?").format(name=outcome.path.name, reason=localize(err.reason), entries=entries),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_mapping_dialog(self, outcome: FileOutcome) -> dict | None:
        ws, path = self.runner.workspace, outcome.path

        def reader(mapping):
            return ws.read(path, column_map=mapping)

        if outcome.confirm is not None:
            c = outcome.confirm
            dialog = MappingDialog(path.name, c.headers or [m["column"] for m in c.proposal], c.preview, c.sheet,
                                   parent=self.window, reader=reader, tz=ws.tz, proposal=c.proposal,
                                   read=c.result, doubts=c.doubts)
        else:
            err = outcome.unmappable
            dialog = MappingDialog(path.name, err.headers, err.preview, err.sheet, err.reason, parent=self.window,
                                   reader=reader, tz=ws.tz)
        self.last_mapping_dialog = dialog
        if dialog.exec() == MappingDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None
