"""What of Qt goes into the bundle: the plugins a desktop widget app needs, nothing else.

PyInstaller's PySide6 hooks already leave out the Qt modules the app never imports; they
still bring every plugin of the imported ones and every Qt translation. The rules here
keep the bundle lean and are used by packaging/masthead.spec (and tests/test_packaging.py).
"""
from __future__ import annotations

from pathlib import PurePosixPath

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
