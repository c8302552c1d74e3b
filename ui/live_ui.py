"""The window's live sources: File ▸ Subscribe to a calendar…, View ▸ Refresh sources (F5),
File ▸ Publish…, refresh intervals per source, and source files re-read when they change.

The work is calendar_core.live (the same calls the command line makes), run off
the GUI thread; this module only asks, runs jobs and reports.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLineEdit, QMenu, QMessageBox,
)

from calendar_core.live import sources as live
from calendar_core.live.watch import not_ready
from calendar_core.whatchanged import change_line
from ui.jobs import run_job
from ui.i18n import QT_TRANSLATE_NOOP, translate, tr

TICK_MS = 60_000  # how often due sources are looked for
SETTLE_MS = 1500  # a changed file is looked at again after this, and read once it stopped changing
SHOWN = 40  # lines of changes in the summary box


class SubscribeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("SubscribeDialog", "Subscribe to a calendar"))
        form = QFormLayout(self)
        self.url = QLineEdit()
        self.url.setPlaceholderText(translate("SubscribeDialog", "https://…/basic.ics, webcal://…, caldav+https://user@host/path/"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("SubscribeDialog", "optional: the department or calendar name"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.interval = QComboBox()
        for value in live.INTERVALS:
            self.interval.addItem(translate("LiveController", INTERVAL_TEXTS.get(value, value)), value)
        form.addRow(translate("SubscribeDialog", "Link:"), self.url)
        form.addRow(translate("SubscribeDialog", "Name:"), self.name)
        form.addRow(translate("SubscribeDialog", "User (optional):"), self.user)
        form.addRow(translate("SubscribeDialog", "Password:"), self.password)
        form.addRow(translate("SubscribeDialog", "Refresh while open:"), self.interval)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict:
        return {"url": self.url.text().strip(), "name": self.name.text().strip() or None,
                "user": self.user.text().strip() or None, "password": self.password.text() or None,
                "interval": self.interval.currentData()}


# calendar_core.live's refresh intervals, for lupdate
INTERVAL_TEXTS = {"off": QT_TRANSLATE_NOOP("LiveController", "off"),
                  "hourly": QT_TRANSLATE_NOOP("LiveController", "hourly"),
                  "daily": QT_TRANSLATE_NOOP("LiveController", "daily")}


def summary_lines(pulls) -> list[str]:
    lines = []
    for p in pulls:
        lines.append(p.line())
        if p.report is not None:
            lines += [f"    {change_line(c)}" for c in p.report.changes]
    if len(lines) > SHOWN:
        lines = lines[:SHOWN] + [tr("… and %n more lines", "", len(lines) - SHOWN)]
    return lines


class LiveController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.job = None
        self.last_summary = ""  # what the last refresh or subscription said (tests read it)
        self.ask_subscription = self._ask_subscription  # hooks for tests
        self.ask_folder = lambda: QFileDialog.getExistingDirectory(window, translate("LiveController", "Publish to folder"))
        self.show_summary = True
        self.publish_after = QSettings().value("live/publish_after", "", str) or ""
        a = window.actions
        a["subscribe"] = QAction(window, triggered=self.subscribe)
        a["refresh_sources"] = QAction(window, triggered=self.refresh_sources)
        a["refresh_sources"].setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))  # F5
        a["refresh"].setShortcut(QKeySequence())  # F5 is Refresh sources now; it reloads the window too
        a["publish"] = QAction(window, triggered=self.publish)
        a["watch_files"] = QAction(window, checkable=True)
        self.retranslate()
        if hasattr(window, "on_language_change"):
            window.on_language_change(self.retranslate)
        a["watch_files"].setChecked(QSettings().value("live/watch_files", True, bool))
        a["watch_files"].toggled.connect(self._watch_toggled)
        file_menu, view_menu = window.menus["file"], window.menus["view"]
        first = file_menu.actions()[1] if len(file_menu.actions()) > 1 else None
        file_menu.insertAction(first, a["subscribe"])
        quit_action = a["quit"]
        file_menu.insertAction(quit_action, a["publish"])
        view_menu.removeAction(a["refresh"])
        view_menu.addAction(a["refresh_sources"])
        view_menu.addAction(a["watch_files"])
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh_due)
        self.timer.start()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._dir_changed)
        self._pending: dict[str, tuple[int, int] | None] = {}
        self.settle_timer = QTimer(self)
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(SETTLE_MS)
        self.settle_timer.timeout.connect(self._settle_files)
        # the sources as the window last read them (off the GUI thread on a large workspace): asking the
        # workspace here counted every entry per source on the GUI thread (30-60 ms on 300,000 entries)
        window.sources_model.modelReset.connect(self.watch_sources)
        window.importer.imported.connect(lambda b: self._republish() if b.applied else None)
        window.sources_panel.extra_menu = self.source_menu
        self.watch_sources()

    def source_menu(self, menu: QMenu, src) -> None:
        """A subscribed calendar's entries in the Sources panel's menu: refresh it now, how often."""
        if not src.settings.get("live", {}).get("url"):
            return
        menu.addSeparator()
        menu.addAction(QAction(translate("LiveController", "Refresh now"), menu, triggered=lambda: self._run(
            lambda p, c: live.refresh(self.window.workspace, [src.id], progress=p, cancelled=c).pulls, "refresh")))
        every = menu.addMenu(translate("LiveController", "Refresh every"))
        current = live.interval(src)
        for value in live.INTERVALS:
            act = QAction(translate("LiveController", INTERVAL_TEXTS.get(value, value)), every, checkable=True)
            act.setChecked(value == current)
            act.triggered.connect(lambda _c=False, v=value: self.set_interval(src.id, v))
            every.addAction(act)

    def set_interval(self, source_id: int, value: str) -> None:
        live.set_interval(self.window.workspace, source_id, value)
        self.window.sources_model.reload()

    # ----- subscribing and refreshing ---------------------------------------------------
    def _ask_subscription(self) -> dict | None:
        dialog = SubscribeDialog(self.window)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def retranslate(self) -> None:
        a = self.window.actions
        a["subscribe"].setText(self.tr("Subscribe to a calendar…"))
        a["refresh_sources"].setText(self.tr("Refresh sources"))
        a["refresh_sources"].setStatusTip(self.tr("Read every subscribed calendar again, then reload the window"))
        a["publish"].setText(self.tr("Publish…"))
        a["publish"].setStatusTip(self.tr("Write the master .ics, one .ics per department and the workbook to a folder"))
        a["watch_files"].setText(self.tr("Re-read source files when they change"))

    def subscribe(self) -> None:
        wanted = self.ask_subscription()
        if not wanted or not wanted["url"]:
            return
        if not live.is_link(wanted["url"]):
            self._say(self.tr("{url} is not a calendar link (https://, webcal:// or caldav+https://)").format(
                url=wanted["url"]))
            return
        ws = self.window.workspace

        def work(_progress, _cancelled):
            pulls = live.subscribe_any(ws, wanted["url"], user=wanted["user"], password=wanted["password"],
                                       name=wanted["name"])
            for p in pulls:
                if p.ok and p.source_id is not None and wanted["interval"] != "off":
                    live.set_interval(ws, p.source_id, wanted["interval"])
            return pulls

        self._run(work, "subscription")

    def refresh_sources(self) -> None:
        """F5: refresh every subscribed source (one batch, one undo step), then reload the window."""
        ws = self.window.workspace
        if not live.live_sources(ws):
            self.window.refresh()
            self.window.statusBar().showMessage(translate("LiveController", "Reloaded; no subscribed calendars to refresh."), 5000)
            return
        self._run(lambda progress, cancelled: live.refresh(ws, progress=progress, cancelled=cancelled).pulls,
                  "refresh")

    def refresh_due(self) -> None:
        ws = self.window.workspace
        if self.job is not None or self.window.importer.busy:
            return
        from datetime import datetime, timezone

        now = datetime.now(timezone.utc)
        if not any(live.is_due(s, now) for s in live.live_sources(ws)):
            return
        self._run(lambda progress, cancelled: live.refresh(ws, due_only=True, now=now).pulls, "refresh", quiet=True)

    def _run(self, work, name: str, quiet: bool = False) -> None:
        if self.job is not None:
            return
        self.window.actions["refresh_sources"].setEnabled(False)
        self.window.statusBar().showMessage(translate("LiveController", "Refreshing subscribed calendars…") if name == "refresh"
                                            else translate("LiveController", "Subscribing…"))
        self.job = run_job(self, work, on_success=lambda pulls: self._done(pulls, quiet),
                           on_failure=self._failed, name=name)

    def _done(self, pulls, quiet: bool) -> None:
        self.job = None
        self.window.actions["refresh_sources"].setEnabled(True)
        lines = summary_lines(pulls)
        self.last_summary = "\n".join(lines)
        self.window.refresh()
        failed = [p for p in pulls if p.error]
        changed = any(p.report is not None and (p.report.new or p.report.changed or p.report.removed) for p in pulls)
        self.window.statusBar().showMessage(
            self.tr("%n calendar(s) refreshed", "", len(pulls))
            + (", " + self.tr("%n failed (kept as they were)", "", len(failed)) if failed else ""),
            8000)
        if changed:
            self._republish()
        if self.show_summary and (not quiet or failed or changed) and lines:
            box = QMessageBox(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
                              self.tr("Subscribed calendars"),
                              lines[0] if len(lines) == 1 else self.tr("%n calendar(s)", "", len(pulls)),
                              parent=self.window)
            box.setDetailedText(self.last_summary) if len(lines) > 1 else None
            box.setInformativeText("\n".join(lines[:12]) if len(lines) > 1 else "")
            box.setModal(False)
            box.show()
            self.last_box = box

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.window.actions["refresh_sources"].setEnabled(True)
        self._say(self.tr("Refreshing failed: {error}").format(error=exc))

    def _say(self, text: str) -> None:
        self.last_summary = text
        self.window.statusBar().showMessage(text, 10000)

    # ----- publishing -----------------------------------------------------------------------
    def publish(self) -> None:
        folder = self.ask_folder()
        if not folder:
            return
        again = QMessageBox.question(self.window, translate("LiveController", "Publish"), translate("LiveController", "Publish again after every import or refresh?"),
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No) if self.show_summary else \
            QMessageBox.StandardButton.No
        self.publish_after = folder if again == QMessageBox.StandardButton.Yes else ""
        QSettings().setValue("live/publish_after", self.publish_after)
        self._publish_to(folder)

    def _publish_to(self, folder: str) -> None:
        from calendar_core.live.publish import publish

        ws = self.window.workspace
        run_job(self, lambda _p, _c: publish(ws, folder), name="publish",
                on_success=lambda done: self._say(done.message()),
                on_failure=lambda exc: self._say(self.tr("Publishing to {folder} failed: {error}").format(
                    folder=folder, error=exc)))

    def _republish(self) -> None:
        if self.publish_after and Path(self.publish_after).is_dir():
            self._publish_to(self.publish_after)

    # ----- source files re-read when they change ---------------------------------------------
    def watched_paths(self) -> list[str]:
        cache = str(live.cache_dir(self.window.workspace))
        return [s.path for s in self.window.sources_model.sources()
                if not s.settings.get("live") and not s.path.startswith(cache) and Path(s.path).exists()]

    def watch_sources(self) -> None:
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        if not self.window.actions["watch_files"].isChecked():
            return
        paths = self.watched_paths()
        if paths:
            self.watcher.addPaths(paths)
            self.watcher.addPaths(sorted({str(Path(p).parent) for p in paths}))  # files replaced by a rename

    def stop(self) -> None:
        """The window closes: no more refreshes, and no file watched (a closed window must not import)."""
        self.timer.stop()
        self.settle_timer.stop()
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)

    def _watch_toggled(self, on: bool) -> None:
        QSettings().setValue("live/watch_files", on)
        self.watch_sources()

    def _file_changed(self, path: str) -> None:
        self._pending.setdefault(path, None)
        self.settle_timer.start()

    def _dir_changed(self, _folder: str) -> None:
        for path in self.watched_paths():
            if path not in self.watcher.files():
                self._pending.setdefault(path, None)  # replaced: the watcher lost it
        self.settle_timer.start()

    def _signature(self, path: str) -> tuple[int, int] | None:
        try:
            st = Path(path).stat()
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns

    def _settle_files(self) -> None:
        """Read the changed files whose size and time stayed the same since the last look."""
        ready, waiting = [], False
        for path, seen in list(self._pending.items()):
            now = self._signature(path)
            if now is None or now != seen or not_ready(Path(path)):
                self._pending[path] = now
                waiting = waiting or now is not None
                continue
            del self._pending[path]
            ready.append(Path(path))
        if ready:
            self.window.importer.import_files(ready, quiet=True)
        if waiting:
            self.settle_timer.start()
