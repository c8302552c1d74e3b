"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

In that build every call of a Qt method that returns nothing (``QRectF.setWidth``,
``QPainter.save`` …) takes one reference from ``None`` without giving it back.
After some thousands of calls ``None``'s count reaches zero and the interpreter
aborts ("Fatal Python error: none_dealloc"), typically when the app or a test
run exits. Python 3.12+ makes ``None`` immortal, so only 3.11 is affected;
there we give ``None`` a reference count no session can use up.
"""
from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def protect_none() -> bool:
    """Raise None's reference count once (Python < 3.12 only); True when applied."""
    if sys.version_info >= (3, 12) or getattr(sys, "_masthead_none_protected", False):
        return False
    if sys.implementation.name != "cpython":
        return False
    # The same build loses references to True and False too (seen as "bool_dealloc"
    # at exit after Python overrides such as canFetchMore()/filterAcceptsRow()
    # returned bools some hundred thousand times).
    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += _RESERVE
    sys._masthead_none_protected = True
    return True


protect_none()
