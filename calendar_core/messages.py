"""The readers' message catalogue, for the window (which never imports a reader itself).

See importers/messages.py: every reader warning and refusal is made from one of its English
templates, and :func:`parse_message` gives back the template and the values from the text.
"""
from __future__ import annotations

from importers.messages import CATALOGUE, NESTED, parse_message

__all__ = ["CATALOGUE", "NESTED", "parse_message"]
