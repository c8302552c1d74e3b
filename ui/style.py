"""The application's look: Fusion, a light palette and resources/style.qss."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

STYLE_SHEET = Path(__file__).resolve().parent.parent / "resources" / "style.qss"


def apply_style(app: QApplication) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    pal = app.palette()
    for role, colour in ((QPalette.ColorRole.Window, "#f3f4f6"), (QPalette.ColorRole.Base, "#ffffff"),
                         (QPalette.ColorRole.AlternateBase, "#f7f8fa"), (QPalette.ColorRole.Highlight, "#2f6fde"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Text, "#1f2933"),
                         (QPalette.ColorRole.WindowText, "#1f2933"), (QPalette.ColorRole.Button, "#ffffff"),
                         (QPalette.ColorRole.ButtonText, "#1f2933"), (QPalette.ColorRole.ToolTipBase, "#ffffff"),
                         (QPalette.ColorRole.ToolTipText, "#1f2933")):
        pal.setColor(role, QColor(colour))
    app.setPalette(pal)
    try:
        sheet = STYLE_SHEET.read_text(encoding="utf-8")
        app.setStyleSheet(sheet.replace("@RESOURCES@", STYLE_SHEET.parent.as_posix()))  # url() needs a full path
    except OSError:  # a missing style sheet only costs looks
        pass
