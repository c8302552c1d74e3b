"""Atomic file writes: a temporary file in the same folder, renamed into place when complete.

Every temporary thing an export makes lies beside its target under our own name,
``.<target>.<host>-<pid>-<random>.part`` (the file being written) and ``….tmpdir``
(a scratch folder, e.g. xlsxwriter's constant-memory row files). Each is removed on
every failure path; one left by a writer that was killed (kill -9, power cut) is
removed by the next export of the same target: at once when its process is gone,
else when it is older than STALE_AFTER_SECONDS.
"""
from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import socket
import tempfile
import time
from pathlib import Path
from typing import Iterator

# A temporary file this old belongs to a writer that died (a kill, a power cut).
STALE_AFTER_SECONDS = 3600.0
_OWNER = re.compile(r"\.(?P<host>[A-Za-z0-9]{1,20})-(?P<pid>\d+)-[^.]*\.(?:part|tmpdir)$")


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:20] or "host"


def _tag() -> str:
    return f"{_host()}-{os.getpid()}-"


def _folder(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"folder {folder} does not exist")
    return folder


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    On any exception the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    folder = _folder(target)
    with contextlib.suppress(OSError):
        remove_stale(folder, target.name)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{_tag()}", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, _shared_mode(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        remove_stale(folder, target.name)


def _current_umask() -> int:
    """The process umask, read without changing it where the system tells it (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def _shared_mode(target: Path) -> int:
    """The mode a plain new file gets (0666 less the umask), or the mode of the file it replaces.

    mkstemp creates its file readable by the owner only; an exported calendar on a
    shared drive must open for the colleagues who can read the folder.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_current_umask()


@contextlib.contextmanager
def scratch_dir(target: str | Path) -> Iterator[Path]:
    """A private folder beside ``target`` for a writer's own temporary files; removed however it ends."""
    target = Path(target)
    folder = _folder(target)
    path = Path(tempfile.mkdtemp(prefix=f".{target.name}.{_tag()}", suffix=".tmpdir", dir=folder))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def remove_stale(folder: Path, name: str, max_age: float = STALE_AFTER_SECONDS) -> None:
    """Remove temporary files and folders of ``name`` left by writers that died."""
    now = time.time()
    pattern = f".{glob.escape(name)}.*"
    for part in folder.glob(pattern):
        if not part.name.endswith((".part", ".tmpdir")):
            continue
        with contextlib.suppress(OSError):
            if _owner_gone(part.name) or now - part.stat().st_mtime > max_age:
                if part.is_dir() and not part.is_symlink():
                    shutil.rmtree(part, ignore_errors=True)
                else:
                    part.unlink()


# the old name, kept for callers of the module before scratch folders existed
_remove_stale_parts = remove_stale


def _owner_gone(name: str) -> bool:
    """True when the name says which process on this machine wrote it and that process has ended."""
    m = _OWNER.search(name)
    if m is None or m.group("host") != _host() or os.name != "posix":
        return False  # another machine's writer, or no safe way to ask: wait for the age limit
    pid = int(m.group("pid"))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        return False
    return False


def write_bytes_atomic(target: str | Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(target: str | Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))
