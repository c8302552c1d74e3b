"""A watched folder: spreadsheets and calendars re-read when they change, half-written files waited out.

Each :meth:`FolderWatch.poll` looks at the folder's calendar files. A file is read
once its size and modification time are the same as at the previous look (a sync
client or an editor has finished writing), and a zip-based file (xlsx, ods) only
once it opens as a zip — before that it is "not ready yet", not broken. The
ready files are imported as one batch (one undo step; unchanged ones change nothing).
The command line polls in a loop (``refresh --watch``); the window polls when its
QFileSystemWatcher says something changed.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from calendar_core.importing import BatchResult, import_batch
from calendar_core.workspace import Workspace, supported_extensions

ZIPPED = {".xlsx", ".xlsm", ".ods", ".numbers"}


def not_ready(path: Path) -> str:
    """Why a file that stopped growing cannot be read yet ('' when it can)."""
    if path.suffix.lower() in ZIPPED:
        try:
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None:
                    return f"{path.name}: not ready yet (still being written)"
        except (zipfile.BadZipFile, OSError, EOFError):
            return f"{path.name}: not ready yet (still being written)"
    return ""


@dataclass
class Polled:
    batch: BatchResult | None = None
    waiting: list[str] = field(default_factory=list)  # files still being written, with why


class FolderWatch:
    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self._seen: dict[Path, tuple[int, int]] = {}  # what the last look found
        self._done: dict[Path, tuple[int, int]] = {}  # what was last imported

    def _files(self) -> list[Path]:
        exts = set(supported_extensions()) - {".zip"}
        return sorted(p for p in self.folder.iterdir()
                      if p.is_file() and p.suffix.lower() in exts and not p.name.startswith((".", "~$")))

    def poll(self, ws: Workspace, **batch_options) -> Polled:
        out = Polled()
        ready: list[Path] = []
        now: dict[Path, tuple[int, int]] = {}
        for path in self._files():
            try:
                st = path.stat()
            except OSError:
                continue
            sig = (st.st_size, st.st_mtime_ns)
            now[path] = sig
            if self._done.get(path) == sig:
                continue
            if self._seen.get(path) != sig:
                out.waiting.append(f"{path.name}: not ready yet (still changing)")
                continue
            why = not_ready(path)
            if why:
                out.waiting.append(why)
                continue
            ready.append(path)
        self._seen = now
        if ready:
            out.batch = import_batch(ws, ready, **batch_options)
            for o in out.batch.outcomes:
                self._done[o.path] = now[o.path]
        return out
