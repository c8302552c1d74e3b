"""What is a calendar link rather than a file: kept apart from sources.py, so that telling one
from the other (the command line does it for every argument) costs no HTTP client import."""
from __future__ import annotations

from pathlib import Path

LIVE_SCHEMES = ("http://", "https://", "webcal://", "webcals://", "caldav+http://", "caldav+https://")


def is_link(text: str | Path) -> bool:
    return str(text).strip().lower().startswith(LIVE_SCHEMES)
