"""Masthead's version: one number, kept in pyproject.toml.

Where it is read, first match wins:
- a bundle (PyInstaller sets ``sys.frozen``): the VERSION file the build bakes in beside the code;
- a source checkout: pyproject.toml beside the packages (it is the truth for this very code, even
  when the virtual environment's install of the project is older);
- an installed wheel: the package metadata (importlib.metadata).
"""
from __future__ import annotations

import sys
import tomllib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

DIST_NAME = "masthead"
UNKNOWN = "0+unknown"
_CODE_ROOT = Path(__file__).resolve().parent.parent


def _baked() -> str | None:
    if not getattr(sys, "frozen", False):
        return None
    base = Path(getattr(sys, "_MEIPASS", _CODE_ROOT))
    try:
        return (base / "VERSION").read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _from_pyproject(root: Path = _CODE_ROOT) -> str | None:
    try:
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return project.get("version") if project.get("name") == DIST_NAME else None


def _from_metadata() -> str | None:
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return None


@lru_cache(maxsize=1)
def app_version() -> str:
    """The running Masthead's version, e.g. "0.2.0"."""
    return _baked() or _from_pyproject() or _from_metadata() or UNKNOWN
