"""The first-run welcome: a card in the middle of an empty workspace's view.

It says what to do (drop files, or import them) and offers the demo. It shows only
while the workspace has no entries, so it never covers data; it sits over the view
area, centred, and follows its size.

The demo opens in a new window on a temporary workspace: a coordinator trying Masthead
out expects to look around, not to find five sample departments mixed into the
workspace they are about to fill. Their own (empty) window stays open behind it, and
closing the demo window throws the temporary workspace away.
"""
from __future__ import annotations

import shutil

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import Retranslating


class WelcomePanel(Retranslating, QFrame):
    importRequested = Signal()
    demoRequested = Signal()

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setObjectName("welcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setMaximumWidth(520)
        self.title = title = QLabel(self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.text = text = QLabel(self)
        text.setWordWrap(True)
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.demo_button = QPushButton(self)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self._follower = _Follower(self)
        host.installEventFilter(self._follower)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Masthead"))
        self.text.setText(self.tr("Drop your departments' calendar files here — .ics exports and spreadsheets "
                                  "(.xlsx, .xls, .ods, .numbers, .csv) — or import them. Masthead merges them into one "
                                  "timeline and shows where teams collide or plan the same thing twice."))
        self.import_button.setText(self.tr("Import files…"))
        self.demo_button.setText(self.tr("Open the demo"))
        self.demo_button.setToolTip(self.tr("Five sample departments in a temporary workspace, in a new window; "
                                            "your workspace is left as it is"))
        if not self.isHidden():
            self.place()

    def set_empty(self, empty: bool) -> None:
        """Show the welcome while the workspace is empty, hide it as soon as it has entries."""
        if empty:
            self.place()
            self.show()
            self.raise_()
        else:
            self.hide()

    def place(self) -> None:
        host = self.parentWidget()
        width = min(self.maximumWidth(), max(260, host.width() - 40))
        height = min(self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height(),
                     max(120, host.height() - 20))
        height = max(height, self.layout().minimumSize().height())
        self.setGeometry((host.width() - width) // 2, max(0, (host.height() - height) // 2), width, height)


class _Follower(QObject):
    """Keeps the card centred when the view area changes size."""

    def __init__(self, panel: WelcomePanel):
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Resize and not self.panel.isHidden():
            self.panel.place()
        return False


def open_demo_window(window):
    """The demo in a new window on a temporary workspace, removed when that window closes."""
    from ui.demo import temporary_workspace
    from ui.main_window import _WINDOWS, MainWindow

    ws, folder = temporary_workspace()
    demo = MainWindow(ws, demo=True)
    demo.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def discard() -> None:
        ws.close()
        shutil.rmtree(folder, ignore_errors=True)

    demo.destroyed.connect(discard)
    _WINDOWS.append(demo)
    demo.show()
    return demo


def install_welcome(window) -> WelcomePanel:
    """Put the welcome over the window's view area; the window calls ``set_empty`` when it counts entries."""
    panel = WelcomePanel(window.stack)
    panel.importRequested.connect(lambda: window.choose_files())
    panel.demoRequested.connect(lambda: open_demo_window(window))
    return panel
