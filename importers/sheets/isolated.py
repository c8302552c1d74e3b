"""Read a legacy .xls workbook in a child process, bounded in time and memory.

python-calamine's reader of the old binary format (an OLE compound file) can loop for ever
or try to allocate gigabytes on a damaged file, in native code that no Python exception
interrupts. Such files are small and rare, so each is read by a short-lived child
(``python -m importers.sheets.isolated FILE``): if it takes longer than XLS_SECONDS or needs
more than XLS_MEMORY, only that file is refused, with the reason.
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from importers.errors import NotACalendar

XLS_SECONDS = 8.0
XLS_MEMORY = 1024 * 1024 * 1024
_ROOT = Path(__file__).resolve().parents[2]


def read_xls(path: Path) -> list:
    """``workbook.read_workbook(path, "xls")`` run in a child; its sheets, or its refusal."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(_ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    try:
        proc = subprocess.run([sys.executable, "-m", "importers.sheets.isolated", os.fspath(path)],
                              capture_output=True, timeout=XLS_SECONDS, env=env, cwd=str(_ROOT))
    except subprocess.TimeoutExpired:
        raise NotACalendar(path, f"the .xls workbook could not be read within {XLS_SECONDS:.0f} s; its structure "
                                 f"is damaged (save it again from Excel, or as .xlsx)") from None
    try:
        status, value = pickle.loads(proc.stdout) if proc.returncode == 0 else ("crash", proc.returncode)
    except Exception:  # noqa: BLE001 - whatever the child printed, it is no answer
        status, value = "crash", proc.returncode
    if status == "ok":
        return value
    if status == "refused":
        raise NotACalendar(path, value)
    raise NotACalendar(path, "the .xls workbook is damaged: its reader gave up on it (it asked for more memory "
                             "than any calendar needs, or broke); save it again from Excel, or as .xlsx")


def _child(name: str) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (XLS_MEMORY, XLS_MEMORY))
    except (ImportError, ValueError, OSError):
        pass
    from importers.errors import ImporterError
    from importers.sheets.workbook import read_workbook

    try:
        answer = ("ok", read_workbook(Path(name), "xls", isolated=True))
    except ImporterError as exc:
        answer = ("refused", exc.reason)
    sys.stdout.buffer.write(pickle.dumps(answer))
    sys.stdout.flush()


if __name__ == "__main__":
    _child(sys.argv[1])
