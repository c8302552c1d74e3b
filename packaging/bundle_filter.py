"""What goes into the bundle, for packaging/masthead.spec (and tests/test_packaging.py).

- Qt: PyInstaller's PySide6 hooks already leave out the Qt modules the app never imports; they
  still bring every plugin of the imported ones and every Qt translation. The plugins kept are
  the ones a desktop widget app needs.
- Package data: every runtime dependency of the project, and theirs, gets its data files
  collected (zone files, tables, model files), whatever the dependency is.
"""
from __future__ import annotations

from importlib import metadata
from pathlib import PurePosixPath

# Files of a package's data that are sources or stubs, not data the code reads
DATA_EXCLUDES = ["**/tests/**", "**/*.pyi", "**/*.h", "**/*.c", "**/*.cpp", "**/*.pyx", "**/*.pxd"]

# plugin folder -> the plugin names kept (a substring of the file name); None keeps the folder whole
PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal.", "qwindows", "qcocoa"),
    "platformthemes": ("xdgdesktopportal",),  # not gtk3: it would drag GTK into the bundle
    "platforminputcontexts": ("compose", "ibus"),
    "imageformats": ("qsvg", "qico", "qjpeg", "qgif"),
    "iconengines": None,
    "printsupport": None,
    "styles": None,  # macOS style
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": ("wayland-egl", "shm-emulation"),
    "wayland-shell-integration": ("xdg-shell",),
}
# Qt's own translations (file dialogs, print dialog) for the languages the app plans to speak
LANGUAGES = ("de", "fr", "es")


def _parts(dest: str) -> list[str]:
    return list(PurePosixPath(dest.replace("\\", "/")).parts)


def plugin_file_kept(folder: str, name: str) -> bool:
    """Whether the Qt plugin NAME of the plugin folder FOLDER ("platforms", "imageformats"…) is bundled."""
    if folder not in PLUGINS:
        return False
    wanted = PLUGINS[folder]
    return wanted is None or any(w in name for w in wanted)


def _plugin_kept(parts: list[str]) -> bool:
    i = parts.index("plugins")
    if len(parts) < i + 3:
        return True
    return plugin_file_kept(parts[i + 1], parts[-1])


def keep_binary(dest: str) -> bool:
    parts = _parts(dest)
    if "PySide6" in parts and "plugins" in parts:
        return _plugin_kept(parts)
    return True


def keep_data(dest: str) -> bool:
    parts = _parts(dest)
    if "PySide6" in parts and "plugins" in parts:
        return _plugin_kept(parts)
    if "PySide6" in parts and "translations" in parts:
        name = parts[-1]
        return name.startswith("qtbase_") and name.removesuffix(".qm").rsplit("_", 1)[-1] in LANGUAGES
    if "PySide6" in parts and parts[-1].endswith((".pyi", ".h")):
        return False
    return True


def _key(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def runtime_distributions(requirements: list[str]) -> list[str]:
    """The distributions behind REQUIREMENTS (pyproject's dependencies) and theirs, installed ones only."""
    from packaging.requirements import Requirement  # PyInstaller depends on packaging

    seen: dict[str, None] = {}
    todo = [Requirement(r) for r in requirements]
    while todo:
        req = todo.pop()
        key = _key(req.name)
        if key in seen or (req.marker and not req.marker.evaluate({"extra": ""})):
            continue  # extras' requirements (tests, docs) are not the runtime's
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = None
        todo.extend(Requirement(r) for r in (dist.requires or []))
    return list(seen)


def import_names(dist_name: str) -> list[str]:
    """The top-level packages a distribution installs ("python-dateutil" -> ["dateutil"])."""
    names = [top for top, dists in metadata.packages_distributions().items()
             if any(_key(d) == _key(dist_name) for d in dists)]
    return sorted(n for n in names if n.isidentifier() and not n.startswith("_") and _is_package(n))


def _is_package(name: str) -> bool:
    """Only packages (folders) carry data files; a single-module distribution (six) has none."""
    from importlib.util import find_spec

    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        return False
    return spec is not None and spec.submodule_search_locations is not None
