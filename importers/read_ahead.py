"""A workbook parsed ahead, on the second core.

calamine parses a workbook's sheets without holding the interpreter's lock. The command line hands
it the first workbook it was given as soon as it starts, so that parse (a quarter of a second for
50,000 rows) runs while the command's own modules load instead of after them.

Only the parse moves. The zip checks, the cells' conversion to Python values, the sheets' order and
every message stay with :func:`importers.sheets.workbook.read_workbook` on the reading thread, so a
file reads and fails the same either way. The reader takes the parse for the same file, unchanged
since (same size and modification time); a parse nobody takes is dropped with the process.

One workbook at most: the one the start-up overlaps. Nothing is imported on the second thread (the
modules it needs are loaded before it starts), so it never races the first thread's imports.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

_ZIP_EXTENSIONS = (".xlsx", ".xlsm", ".ods")  # an .xls is read in a child process; a .numbers is pure Python


@dataclass
class Parsed:
    """One workbook's parse: calamine's workbook and its sheets by name (or what each raised)."""
    path: str
    stamp: tuple[int, int]
    done: threading.Event = field(default_factory=threading.Event)
    workbook: object = None
    error: BaseException | None = None  # opening the workbook raised this
    sheets: dict[str, object] = field(default_factory=dict)  # name -> calamine sheet, or the exception
    checked: bool = True  # False: the zip checks refused it; the reader checks again and says why

    def opened(self):
        """The workbook, or what opening it raised (raised again here, on the reading thread)."""
        if self.error is not None:
            raise self.error
        return self.workbook

    def sheet(self, name: str):
        """The sheet parsed ahead, or parsed now when it was not; what parsing it raised, raised here."""
        got = self.sheets.pop(name, None)
        if got is None:
            return self.workbook.get_sheet_by_name(name)
        if isinstance(got, BaseException):
            raise got
        return got


_lock = threading.Lock()
_pending: dict[str, Parsed] = {}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def start(paths) -> None:
    """Start parsing the first zip workbook among ``paths`` (the others are read as before)."""
    from importers import MAX_FILE_BYTES

    for given in paths:
        path = Path(str(given))
        if path.suffix.lower() not in _ZIP_EXTENSIONS:
            continue
        stamp = _stamp(path)
        if stamp is None or not 0 < stamp[0] <= MAX_FILE_BYTES:
            continue  # refused or missing: the reader says so, with nothing parsed for nothing
        try:
            with open(path, "rb") as fh:
                if fh.read(4) != b"PK\x03\x04":
                    continue
        except OSError:
            continue
        from importers.sheets import workbook  # the sheet reader's modules, for a workbook alone

        parsed = Parsed(os.path.abspath(path), stamp)
        with _lock:
            _pending[parsed.path] = parsed
        threading.Thread(target=_parse, args=(parsed, workbook._calamine(), workbook), name="workbook read ahead",
                         daemon=True).start()
        return


def _parse(parsed: Parsed, pc, workbook) -> None:
    try:
        try:
            workbook.check_zip(Path(parsed.path))  # a zip bomb is never unpacked, ahead or not
        except BaseException:  # noqa: BLE001 - refused: the reader checks again and gives the message
            parsed.checked = False
            return
        try:
            wb = pc.CalamineWorkbook.from_path(parsed.path)
        except BaseException as exc:  # noqa: BLE001 - raised again where the reader opens it
            parsed.error = exc
            return
        parsed.workbook = wb
        metas = getattr(wb, "sheets_metadata", None)
        names = [m.name for m in metas if workbook.readable(m)] if metas else list(wb.sheet_names)
        for name in names:
            try:
                parsed.sheets[name] = wb.get_sheet_by_name(name)
            except BaseException as exc:  # noqa: BLE001 - raised again where the reader asks for this sheet
                parsed.sheets[name] = exc
    finally:
        parsed.done.set()


def take(path: Path) -> Parsed | None:
    """The parse of ``path`` started ahead (waiting for it to end), or None: never started, taken
    already, refused by the zip checks, or the file changed since."""
    key = os.path.abspath(path)
    with _lock:
        parsed = _pending.pop(key, None)
    if parsed is None:
        return None
    parsed.done.wait()
    if not parsed.checked or _stamp(Path(key)) != parsed.stamp:
        close = getattr(parsed.workbook, "close", None)
        if close is not None:
            close()
        return None
    return parsed
