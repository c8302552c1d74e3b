"""First start on a small screen: the window fits, and no button or the period label is clipped."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("importers.ics")
pytest.importorskip("importers.sheets")

from tests.ui_helpers import qsettings, window_factory, workspace  # noqa: E402,F401

pytestmark = pytest.mark.gui


def clipped_buttons(window) -> list[str]:
    """Visible push and tool buttons narrower than they ask to be, or running past the window's right edge."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QPushButton, QToolButton

    bad = []
    for button in window.findChildren(QPushButton) + window.findChildren(QToolButton):
        if not button.isVisibleTo(window) or button.window() is not window or not button.text():
            continue
        right = button.mapTo(window, QPoint(button.width(), 0)).x()
        if button.sizeHint().width() > button.width() + 1 or right > window.width() + 1:
            bad.append(f"{button.text()!r}: {button.width()} px of {button.sizeHint().width()}, right edge {right}")
    return bad


@pytest.mark.parametrize("size", [(1366, 768), (1600, 1000)])
def test_first_start_fits_the_screen_and_clips_no_button(qtbot, workspace, window_factory, size):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QApplication

    from ui import jobs
    from ui.window_state import fit_to_screen

    w = window_factory(workspace, demo=True)
    with qtbot.waitSignal(w.importer.imported, timeout=60000):
        pass
    qtbot.waitUntil(lambda: jobs.active_jobs() == 0, timeout=20000)
    avail = QRect(0, 0, *size)
    w.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # the offscreen screen is smaller than 1366 x 768
    fit_to_screen(w, avail, maximise=False)
    w.show()
    QApplication.processEvents()
    for key in ("week", "month", "timeline", "list"):
        w.set_view(key)
        qtbot.waitUntil(lambda: jobs.active_jobs() == 0, timeout=20000)
        QApplication.processEvents()
        assert w.width() <= avail.width() and w.height() <= avail.height(), (key, w.size())
        assert clipped_buttons(w) == [], key
        label = w.filter_bar.period_label
        assert label.width() >= label.sizeHint().width(), (key, label.full_text(), label.width())
    # the docks keep a usable width beside a week view of at least 600 px
    assert w.sources_dock.width() >= 200 and w.settle.dock.width() >= 320
    w.set_view("week")
    QApplication.processEvents()
    assert w.views["week"].width() >= 600
