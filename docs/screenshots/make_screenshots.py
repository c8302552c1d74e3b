"""Take the README screenshots: the demo workspace in each view.

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/make_screenshots.py

Imports the samples through the real importers (synchronously), opens the main
window on the samples' first week and saves one PNG per view next to this file.
"""
from __future__ import annotations

import sys
from datetime import datetime
from zoneinfo import ZoneInfo
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path.cwd()))
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402

from docs.screenshots.demo_session import demo_session  # noqa: E402

OUT = Path(__file__).resolve().parent


def main() -> int:
    app, tmp, ws = demo_session()
    from ui.main_window import MainWindow

    first = ws.date_range()[0].astimezone(ws.tz).date()
    window = MainWindow(ws, now=datetime(2026, 9, 9, 11, 40, tzinfo=ZoneInfo("Europe/Berlin")))
    window.setWindowTitle("Masthead — demo")
    window.resize(1500, 900)
    window.anchor = first
    window.show()
    shots = [("timeline", "timeline"), ("week", "week"), ("month", "month"), ("list", "list"),
             ("reports", "reports")]
    only = set(sys.argv[1:])

    def take(i=0):
        if i >= len(shots):
            if not only or only & {"report-pdf", "print-month"}:
                paper(window, tmp)
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


def paper(window, tmp: Path) -> None:
    """The PDF report's first page and a printed month, as PNGs (pdftoppm from poppler-utils)."""
    import subprocess
    from datetime import timedelta

    from ui.printing import weeks_between, write_week_pdf, entries_by_week
    from ui.report_pdf import export_report_pdf

    window.set_view("month")
    export_report_pdf(window, tmp / "report.pdf")
    ws = window.workspace
    month = window.anchor.replace(day=1)
    last = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    weeks = weeks_between(month, last)
    from datetime import time as dtime

    start = datetime.combine(weeks[0], dtime(0), tzinfo=ws.tz)
    entries = ws.entries(start, start + timedelta(days=7 * len(weeks)))
    from ui.printing import markers_from_conflicts

    write_week_pdf(tmp / "month.pdf", weeks, entries_by_week(entries, ws.tz), tz=ws.tz, colours=window.colours,
                   markers=markers_from_conflicts(ws.analyse(entries=entries).conflicts), mode="month",
                   printed_at=datetime(2026, 9, 9, 11, 40, tzinfo=ZoneInfo("Europe/Berlin")),
                   blackout=sorted(ws.settings.blackout_days()))
    for pdf, name in ((tmp / "report.pdf", "report-pdf"), (tmp / "month.pdf", "print-month")):
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / name)], check=True)
        print("saved", OUT / f"{name}.png")


if __name__ == "__main__":
    sys.exit(main())
