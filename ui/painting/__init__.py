"""Painting layouts (calendar_core.layout) onto any QPainter: the screen and paper share this code."""
