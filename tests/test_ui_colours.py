"""One rule for text on a department colour, whichever view paints it."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor

from calendar_core.departments import PALETTE
from ui.colours import text_colour_on
from ui.painting.common import text_on

UI = Path(__file__).resolve().parent.parent / "ui"


def test_week_painter_and_views_agree_on_every_palette_colour():
    for colour in PALETTE:
        assert text_on(QColor(colour)).name() == text_colour_on(colour)


def test_contrast_rule_picks_the_more_readable_of_black_and_white():
    assert text_colour_on("#ffffff") == "#000000"
    assert text_colour_on("#000000") == "#ffffff"
    assert text_colour_on("#ffff00") == "#000000"  # yellow: black reads better
    assert text_colour_on("#1f3a93") == "#ffffff"  # dark blue: white reads better


def test_no_second_contrast_formula_in_the_ui():
    """Luminance weights appear once: in ui/colours.py."""
    pattern = re.compile(r"0\.2126|0\.299|0\.587")
    homes = [p.relative_to(UI).as_posix() for p in UI.rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert homes == ["colours.py"]
