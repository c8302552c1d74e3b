"""Whether a file is an ICS calendar, without loading the ICS reader (:mod:`importers.ics`).

The registry asks every reader whether it takes a file; a spreadsheet's import need not pay
for the ICS parser's modules to be told no."""
from __future__ import annotations

from pathlib import Path

NAME = "ics"
EXTENSIONS = [".ics", ".ical", ".icalendar", ".ifb", ".vcs"]
READER = "importers.ics"  # the module that reads what this accepts
_MARKERS = (b"BEGIN:VCALENDAR", b"BEGIN:VEVENT", b"BEGIN:VTODO")


def accepts(path: Path, head: bytes) -> bool:
    up = head.upper()
    return any(m in up for m in _MARKERS) or Path(path).suffix.lower() in EXTENSIONS
