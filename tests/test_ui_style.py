"""The style sheet: an open drop-down shows its current item readably."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402

from ui.style import STYLE_SHEET  # noqa: E402


def _dark_pixels(image, rect) -> int:
    return sum(1 for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
               if QColor(image.pixel(x, y)).lightness() < 110)


def test_current_item_of_an_open_drop_down_is_drawn_with_its_text(qtbot, qapp):
    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8").replace("@RESOURCES@", STYLE_SHEET.parent.as_posix()))
    try:
        combo = QComboBox()
        qtbot.addWidget(combo)
        combo.addItems(["Undecided", "All", "Resolved only"])
        combo.setCurrentIndex(1)
        combo.resize(240, 30)
        combo.show()
        combo.showPopup()
        view = combo.view()
        qtbot.waitUntil(lambda: view.isVisible())
        image = view.viewport().grab().toImage()
        current = view.visualRect(combo.model().index(1, 0)).intersected(image.rect())
        other = view.visualRect(combo.model().index(0, 0)).intersected(image.rect())
        assert _dark_pixels(image, current) > 20  # "All" is drawn, not an empty white box
        assert _dark_pixels(image, other) > 20
        marked = QColor(image.pixel(current.right() - 5, current.center().y()))
        assert marked.name() != "#ffffff"  # and it is marked as the current one
        combo.hidePopup()
    finally:
        qapp.setStyleSheet(before)
