"""Take the README screenshots: the demo workspace in each view.

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/make_screenshots.py

Imports the samples through the real importers (synchronously), opens the main
window on the samples' first week and saves one PNG per view next to this file.
"""
from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path.cwd()))
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402

from calendar_core.workspace import Workspace  # noqa: E402
from ui.app import create_application  # noqa: E402

OUT = Path(__file__).resolve().parent


def main() -> int:
    app = create_application(["masthead"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    tmp = Path(tempfile.mkdtemp(prefix="masthead-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from ui.demo import sample_files
    from ui.main_window import MainWindow
    from ui.style import apply_style

    apply_style(app)
    ws = Workspace.open(tmp / "demo.sqlite")
    ws.save_settings(replace(ws.settings, timezone="Europe/Berlin"))
    for f in sample_files():
        ws.import_file(f)
    first = ws.date_range()[0].astimezone(ws.tz).date()
    window = MainWindow(ws, now=datetime(2026, 9, 9, 11, 40, tzinfo=ZoneInfo("Europe/Berlin")))
    window.setWindowTitle("Masthead — demo")
    window.resize(1500, 900)
    window.anchor = first
    window.show()
    shots = [("timeline", "timeline"), ("week", "week"), ("month", "month"), ("list", "list")]
    only = set(sys.argv[1:])

    def take(i=0):
        if i >= len(shots):
            app.quit()
            return
        key, name = shots[i]
        if only and name not in only:
            QTimer.singleShot(0, lambda: take(i + 1))
            return
        window.set_view(key)
        if key == "list":
            window.views["list"].table.selectRow(3)

        def grab():
            app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
            print("saved", OUT / f"{name}.png")
            take(i + 1)

        QTimer.singleShot(900, grab)

    QTimer.singleShot(500, take)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
