"""Undo, Redo and removing a source: the workspace's one stack of writing steps, each off the GUI thread.

A mixin of ui.main_window.MainWindow (it uses the window's workspace, importer, actions and status
bar); its texts are the window's ("MainWindow" in the translations).
"""
from __future__ import annotations

from ui.i18n import translate
from ui.jobs import forget_texts_if_shrunk, run_job
from ui.undo_texts import undo_text


class WriteSteps:
    # ----- undo and redo: the workspace's one stack, each step off the GUI thread ----------------
    def _show_undo_labels(self, labels: tuple[str | None, str | None] | None = None) -> None:
        ws = self.workspace
        if labels is None:
            labels = (ws.undo_label(), ws.undo_label(redo=True))
        for (key, redo), label in zip((("undo", False), ("redo", True)), labels):
            action = self.actions[key]
            action.setEnabled(label is not None and not ws.read_only and self.undo_job is None)
            word = translate("MainWindow", "&Redo") if redo else translate("MainWindow", "&Undo")
            action.setText(f"{word} {undo_text(label)}" if label else word)

    def undo(self) -> None:
        self._run_step(redo=False)

    undo_import = undo  # the name of the first release

    def redo(self) -> None:
        self._run_step(redo=True)

    def _run_step(self, redo: bool) -> None:
        if self.importer.busy or self.undo_job is not None:
            self.statusBar().showMessage(translate("MainWindow", "Wait for the import to finish first."), 6000)
            return
        ws = self.workspace
        work = ws.redo if redo else ws.undo
        self._start_write(lambda progress, cancelled: work(), translate("MainWindow", "Redone") if redo else translate("MainWindow", "Undone"), "redo" if redo else "undo")

    def _start_write(self, fn, said: str, name: str) -> None:
        """Run one writing step (undo, redo, removal) as a job; say what it did and reload."""
        for key in ("undo", "redo"):
            self.actions[key].setEnabled(False)

        def done(label) -> None:
            self.undo_job = None
            self.statusBar().showMessage(f"{said}: {undo_text(label)}." if label else said, 8000)
            self.refresh()

        def failed(exc) -> None:
            self.undo_job = None
            self.statusBar().showMessage(str(exc), 10000)
            self.refresh()

        ws = self.workspace

        def step(progress, cancelled):
            before = ws.count_entries()
            try:
                return fn(progress, cancelled)
            finally:
                if forget_texts_if_shrunk(before, ws.count_entries()):
                    ws.release_memory()  # the pooled connections' page caches still hold the rows taken away

        # bulk: no collector pauses over its rows; trim: the memory of a large undo goes back to the system
        self.undo_job = run_job(self, step, on_success=done, on_failure=failed, name=name, bulk=True, trim=True)

    def remove_source(self, source_id: int) -> None:
        source = self.workspace.source(source_id)
        if source is None:
            return
        if self.importer.busy or self.undo_job is not None:
            self.statusBar().showMessage(translate("MainWindow", "Wait for the import to finish before removing a source."), 6000)
            return
        ws = self.workspace

        def work(progress, cancelled):
            ws.remove_source(source_id)
            return translate("MainWindow", "{source} ({department}); Edit ▸ Undo brings it back").format(
                source=source.name, department=source.department)

        self._start_write(work, translate("MainWindow", "Removed"), "remove source")
