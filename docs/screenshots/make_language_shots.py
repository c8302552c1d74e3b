"""The window in German and in French: the demo workspace's week, the month and the settings'
Language tab, as docs/screenshots/LANG-*.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_language_shots.py [de fr …]

The language is chosen as a coordinator does (stored in QSettings, installed at start), then
the same window is switched live to the next language, so the pictures also show that
every menu, panel and view title follows the switch.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402

from docs.screenshots.demo_session import demo_session  # noqa: E402

OUT = Path(__file__).resolve().parent


def main() -> int:
    languages = sys.argv[1:] or ["de", "fr"]
    app, _tmp, ws = demo_session(languages[0])
    from ui import i18n
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.main_window import MainWindow

    first = ws.date_range()[0].astimezone(ws.tz).date()
    window = MainWindow(ws, now=datetime(2026, 9, 9, 11, 40, tzinfo=ZoneInfo("Europe/Berlin")))
    window.setWindowTitle("Masthead — demo")
    window.resize(1500, 900)
    window.anchor = first
    window.show()
    steps = []
    for code in languages:
        steps += [(code, "week"), (code, "month"), (code, "settings")]

    def take(i: int = 0) -> None:
        if i >= len(steps):
            app.quit()
            return
        code, what = steps[i]
        if i18n.chosen_language() != code:
            i18n.store_language(code)
            i18n.install_language()  # live: the open window re-labels itself
        if what == "settings":
            dialog = SettingsDialog(ws, window)
            dialog.tabs.setCurrentWidget(dialog.language)
            dialog.show()

            def grab_dialog() -> None:
                app.processEvents()
                dialog.grab().save(str(OUT / f"settings-{code}.png"))
                print("saved", OUT / f"settings-{code}.png")
                dialog.close()
                take(i + 1)

            QTimer.singleShot(600, grab_dialog)
            return
        window.set_view(what)

        def grab() -> None:
            app.processEvents()
            window.grab().save(str(OUT / f"{what}-{code}.png"))
            print("saved", OUT / f"{what}-{code}.png")
            take(i + 1)

        QTimer.singleShot(1200, grab)

    QTimer.singleShot(800, take)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
