"""Masthead's Qt user interface."""
from ui import qtfix as _qtfix  # noqa: F401 - must run before Qt is used (PySide6 6.12.0 on Python 3.11)
