"""Masthead's Qt user interface."""
