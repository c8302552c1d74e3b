"""The sample calendars behind ``python main.py --demo``."""
from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
EXTENSIONS = {".ics", ".xlsx", ".xls", ".ods", ".csv"}


def sample_files() -> list[Path]:
    """The sample calendars (none when the resources folder was not installed)."""
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in EXTENSIONS)


def temporary_workspace():
    """A new workspace in a temporary folder for the demo: (workspace, folder to remove when done)."""
    import tempfile

    from calendar_core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="masthead-demo-"))
    return Workspace.open(folder / "demo.sqlite"), folder
