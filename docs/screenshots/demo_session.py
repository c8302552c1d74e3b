"""What every screenshot script starts from: the application, its settings in a fresh
temporary folder, the style, and the demo samples imported into a new workspace
(Europe/Berlin) through the real importers."""
from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402

from calendar_core.workspace import Workspace  # noqa: E402
from ui.app import create_application  # noqa: E402


def demo_session(language: str | None = None):
    """(app, the temporary folder, the workspace holding the demo samples); ``language`` is
    chosen as a coordinator does (stored in the settings, installed at start)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    tmp = Path(tempfile.mkdtemp(prefix="masthead-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = create_application(["masthead"])
    from ui import i18n
    from ui.demo import sample_files
    from ui.style import apply_style

    if language:
        i18n.store_language(language)
        i18n.install_language()
    apply_style(app)
    ws = Workspace.open(tmp / "demo.sqlite")
    ws.save_settings(replace(ws.settings, timezone="Europe/Berlin"))
    for f in sample_files():
        ws.import_file(f)
    return app, tmp, ws
