"""Masthead's domain: entries, sources, names, the workspace and its analysis. Never imports Qt."""
