"""Screenshots of the issues panel and the settings dialog on the Northwind scenario.

Run from the repository root (needs the ICS and spreadsheet readers):
    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_settle_shots.py [scenario folder]
Writes docs/screenshots/issues-panel.png and docs/screenshots/settings.png.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from calendar_core.workspace import Workspace  # noqa: E402
from ui import jobs  # noqa: E402
from ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from ui.issues_controller import IssuesController  # noqa: E402
from ui.widgets.issues_panel import SHOW_ALL, IssuesPanel  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
WINDOW = (datetime(2026, 7, 1, tzinfo=timezone.utc), datetime(2026, 12, 1, tzinfo=timezone.utc))


def build(folder: Path, scenario: Path) -> Workspace:
    ws = Workspace.open(folder / "shots.sqlite")
    settings = ws.settings
    settings.timezone = "Europe/Berlin"
    ws.save_settings(settings)
    for path in sorted(scenario.iterdir()):
        if path.suffix.lower() in {".ics", ".xlsx", ".csv"}:
            ws.import_file(path, window=WINDOW)
    return ws


def main() -> None:
    scenario = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "scenarios" / "northwind"
    if not scenario.is_dir():
        scenario = Path("/work/shared/scenarios/northwind")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ws = build(Path(tmp), scenario)
        controller = IssuesController(ws)
        result = ws.analyse()
        first = result.conflicts[0]
        ws.decide(first.key, "intentional", "launch day, agreed with PR")
        ws.decide(result.duplicates[-1].key, "not_duplicate")
        window = QMainWindow()
        panel = IssuesPanel(controller)
        window.setCentralWidget(panel)
        window.setWindowTitle("Conflicts and duplicates")
        window.resize(760, 600)
        controller.analysed.connect(lambda _s: app.quit())
        controller.reanalyse()
        app.exec()
        jobs.wait_for_all()
        panel.show_combo.setCurrentIndex(SHOW_ALL)
        rows = panel.model.visible_rows()
        panel.select_key(rows[1].key)
        window.show()
        app.processEvents()
        panel.grab().save(str(OUT / "issues-panel.png"))

        dialog = SettingsDialog(ws)
        dialog.rules.add_override("LinkedIn", 2)
        dialog.blackout.add_range(datetime(2026, 10, 3).date(), datetime(2026, 10, 3).date())
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "settings.png"))
        dialog.close()
        ws.close()
    print(f"wrote {OUT / 'issues-panel.png'} and {OUT / 'settings.png'}")


if __name__ == "__main__":
    main()
