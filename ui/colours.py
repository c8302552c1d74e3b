"""Department colours: the colour of the department's first source, else a stable palette pick."""
from __future__ import annotations

import zlib

from calendar_core.departments import PALETTE
from calendar_core.model import Source


def department_colours(sources: list[Source], departments: list[str] = ()) -> dict[str, str]:
    colours: dict[str, str] = {}
    for s in sorted(sources, key=lambda s: s.id):
        colours.setdefault(s.department, s.colour)
    for d in departments:
        if d not in colours:
            colours[d] = PALETTE[zlib.crc32(d.encode("utf-8")) % len(PALETTE)]
    return colours


def colour_of(colours: dict[str, str], key: str) -> str:
    return colours.get(key) or PALETTE[zlib.crc32((key or "?").encode("utf-8")) % len(PALETTE)]


def text_colour_on(hex_colour: str) -> str:
    """Black or white, whichever reads better on the colour."""
    h = hex_colour.lstrip("#")
    try:
        r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "#000000"
    return "#1b1b1b" if (0.299 * r + 0.587 * g + 0.114 * b) > 150 else "#ffffff"
