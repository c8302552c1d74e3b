"""Colours in the window: department colours (calendar_core.departments) and the text on them."""
from __future__ import annotations

from calendar_core.departments import colour_of, department_colours  # noqa: F401 - one home, re-exported


def text_colour_on(hex_colour: str) -> str:
    """Black or white, whichever contrasts more with the fill (WCAG relative luminance).

    The one rule for text on a department colour: the week, month and timeline
    views and the printed pages all call it with the fill they actually paint.
    """
    h = hex_colour.lstrip("#")
    try:
        r, g, b = (int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return "#000000"

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    # contrast with black = (lum + .05) / .05, with white = 1.05 / (lum + .05)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#ffffff"
