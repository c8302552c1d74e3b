"""Take the README screenshots of proposals: a moved entry in the week, and a change-request export.

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/make_proposal_shots.py

The demo workspace with its one proposal (ui.demo.demo_proposal): the week of the
moved entry with the entry chosen and its Edit form open, then the files
File ▸ Export ▸ Change requests… writes for that department (workbook and message).
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path.cwd()))
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QLabel, QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from docs.screenshots.demo_session import demo_session  # noqa: E402

OUT = Path(__file__).resolve().parent


def export_picture(folder: Path, out: Path) -> None:
    """The workbook's rows and the message of the first department, in one window."""
    import openpyxl

    xlsx = sorted(folder.glob("*-changes.xlsx"))[0]
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    box = QWidget()
    box.setWindowTitle("Change requests")
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel(f"<b>{xlsx.name}</b> (also {xlsx.with_suffix('.ics').name}: same UID, new time, "
                            "SEQUENCE raised)"))
    table = QTableWidget(len(rows) - 1, len(rows[0]))
    table.setHorizontalHeaderLabels([str(h) for h in rows[0]])
    for r, row in enumerate(rows[1:]):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value or "")))
    table.resizeColumnsToContents()
    table.setFixedHeight(110)
    layout.addWidget(table)
    layout.addWidget(QLabel(f"<b>{xlsx.with_suffix('.txt').name}</b>, ready to paste into an e-mail"))
    text = QPlainTextEdit(xlsx.with_suffix(".txt").read_text(encoding="utf-8"))
    text.setReadOnly(True)
    layout.addWidget(text)
    box.resize(1300, 560)
    box.show()
    QTimer.singleShot(400, lambda: (box.grab().save(str(out)), print("saved", out)))
    box._keep = (table, text)  # noqa: SLF001 - kept alive until grabbed
    export_picture.box = box


def main() -> int:
    app, tmp, ws = demo_session()
    from calendar_core.exporting import write_changes
    from ui.main_window import MainWindow
    from ui.demo import demo_proposal
    assert demo_proposal(ws), "the samples hold no slot clash with a free slot"
    [p] = ws.proposals()
    moved = next(e for e in ws.entries() if e.moved is not None)
    window = MainWindow(ws, now=datetime(2026, 9, 9, 11, 40, tzinfo=ZoneInfo("Europe/Berlin")))
    window.setWindowTitle("Masthead — demo")
    window.resize(1500, 900)
    window.show()
    window.set_view("week")
    window.show_entries([moved.id])
    changes = tmp / "changes"
    changes.mkdir()
    write_changes(ws, changes)

    def week_shot():
        app.processEvents()
        window.grab().save(str(OUT / "proposal-week.png"))
        print("saved", OUT / "proposal-week.png")
        window.open_entry(moved.id)
        QTimer.singleShot(600, form_shot)

    def form_shot():
        dialog = window.last_details
        dialog.grab().save(str(OUT / "proposal-form.png"))
        print("saved", OUT / "proposal-form.png")
        dialog.close()
        export_picture(changes, OUT / "change-requests.png")
        QTimer.singleShot(1200, app.quit)

    QTimer.singleShot(1200, week_shot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
