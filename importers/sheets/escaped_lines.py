"""Text whose lines are joined by the two characters of the escape "\\n", not by line breaks.

A post written by a program into a CSV often keeps its line breaks escaped ("🎄 12월 24일 화요일\\n크리스마스
이브 특집 운세\\n\\n…"): a person reads those as lines, and the post's first line as its title.
"""
from __future__ import annotations

import re

ESCAPED_MIN = 2  # escaped breaks a text needs, at least, to read as lines
_DRIVE = re.compile(r"(?:^|\s)[A-Za-z]:\\")  # "C:\new\notes": a Windows path, whose "\n" is a folder's


def escaped_lines(text: str) -> bool:
    """The text has no line break but at least two escaped ones, and is no Windows path."""
    return "\n" not in text and text.count("\\n") >= ESCAPED_MIN and not _DRIVE.search(text)


def first_escaped_line(text: str) -> str:
    """The first line of a text whose lines are joined by escaped breaks (the text itself when it
    has none)."""
    return text.split("\\n", 1)[0] if escaped_lines(text) else text
