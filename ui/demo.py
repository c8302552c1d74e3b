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


def demo_proposal(workspace) -> bool:
    """One proposal, so a newcomer sees a moved entry: the latest post of the first slot clash goes to its
    nearest free slot. False when the samples hold no clash with a free slot, or a proposal exists."""
    if workspace.proposals(None):
        return False
    for conflict in workspace.analyse().conflicts:
        if conflict.kind != "slot_clash":
            continue
        members = sorted((e for e in map(workspace.entry, conflict.entry_ids) if e), key=lambda e: (e.start, e.id))
        if not members:
            continue
        moving = members[-1]
        slots = workspace.suggest_slots(moving.id, limit=1)
        if slots:
            workspace.propose(moving.identity, slots[0], note="Demo: moved to the nearest free slot, "
                                                               "to settle a slot clash")
            return True
    return False


def temporary_workspace():
    """A new workspace in a temporary folder for the demo: (workspace, folder to remove when done)."""
    import tempfile

    from calendar_core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="masthead-demo-"))
    return Workspace.open(folder / "demo.sqlite"), folder
