"""Exports are atomic: a kill or a failure midway leaves the previous file intact."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from calendar_core.export import atomic, xlsx_sheets
from calendar_core.export.ics import write_ics
from calendar_core.export.xlsx import write_workbook
from tests.conftest import ROOT
from tests.export_support import NOW

WRITER = """
import sys
sys.path.insert(0, {root!r})
from bench.bench_export import make_entries, make_items
from calendar_core.export.ics import write_ics
from calendar_core.export.xlsx import write_workbook
entries, sources = make_entries(40000)
print("ready", flush=True)
if sys.argv[1] == "xlsx":
    write_workbook(sys.argv[2], entries, sources, *make_items(entries), timezone="Europe/Berlin")
else:
    write_ics(sys.argv[2], entries, sources)
print("done", flush=True)
"""


def _previous(path: Path, kind: str) -> bytes:
    from bench.bench_export import make_entries

    entries, sources = make_entries(20)
    if kind == "xlsx":
        write_workbook(path, entries, sources, [], [], timezone="Europe/Berlin")
    else:
        write_ics(path, entries, sources, now=NOW)
    return path.read_bytes()


def _writing(folder: Path, target: Path, kind: str) -> bool:
    """The temporary file exists (xlsx: the workbook is being built) or has data (ics: streaming)."""
    parts = list(folder.glob(f".{target.name}.*.part"))
    if kind == "xlsx":
        return bool(parts)
    try:
        return any(p.stat().st_size > 0 for p in parts)
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("kind", ["xlsx", "ics"])
def test_sigkill_midway_keeps_previous_file(tmp_path, kind):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL on this platform")
    target = tmp_path / f"master.{kind}"
    before = _previous(target, kind)
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), kind, str(target)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 60
        while not _writing(tmp_path, target, kind):
            assert time.monotonic() < deadline and proc.poll() is None, "writer never started writing"
            time.sleep(0.005)
        assert proc.poll() is None, "writer finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert target.read_bytes() == before
    if kind == "xlsx":
        assert openpyxl.load_workbook(target)["Master"].max_row == 21


def test_stale_part_of_a_killed_writer_is_cleaned_later(tmp_path):
    target = tmp_path / "master.ics"
    stale = tmp_path / ".master.ics.abc123.part"
    stale.write_bytes(b"BEGIN:VCALENDAR\r\nhalf")
    old = time.time() - atomic.STALE_AFTER_SECONDS - 10
    os.utime(stale, (old, old))
    fresh = tmp_path / ".master.ics.def456.part"  # may belong to a writer still running
    fresh.write_bytes(b"x")
    _previous(target, "ics")
    assert not stale.exists() and fresh.exists()


def test_failure_midway_keeps_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "master.xlsx"
    before = _previous(target, "xlsx")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_sheets, "write_items", broken)  # after Master and department sheets are written
    from bench.bench_export import make_entries

    entries, sources = make_entries(500)
    with pytest.raises(OSError, match=r"master\.xlsx.*No space left"):
        write_workbook(target, entries, sources, [], [], timezone="Europe/Berlin")
    assert target.read_bytes() == before
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_ics_failure_while_writing_keeps_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "master.ics"
    before = _previous(target, "ics")
    real_open = open

    class FailingFile:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, text):
            self.fh.write(text[: len(text) // 2])
            raise OSError(5, "Input/output error")

    def fake_open(path, mode="r", *args, **kwargs):
        fh = real_open(path, mode, *args, **kwargs)
        return FailingFile(fh) if "w" in mode and str(path).endswith(".part") else fh

    monkeypatch.setattr("builtins.open", fake_open)
    from bench.bench_export import make_entries

    entries, sources = make_entries(50)
    with pytest.raises(OSError, match=r"master\.ics.*Input/output error"):
        write_ics(target, entries, sources, now=NOW)
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("kind", ["xlsx", "ics"])
def test_cancel_through_progress_keeps_previous_file(tmp_path, kind):
    from bench.bench_export import make_entries

    target = tmp_path / f"master.{kind}"
    before = _previous(target, kind)
    entries, sources = make_entries(5000)
    seen: list[float] = []

    class Cancelled(Exception):
        pass

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction > 0.2:
            raise Cancelled

    with pytest.raises(Cancelled):
        if kind == "xlsx":
            write_workbook(target, entries, sources, [], [], timezone="Europe/Berlin", progress=progress)
        else:
            write_ics(target, entries, sources, now=NOW, progress=progress)
    assert seen and seen == sorted(seen)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".*.part"))


def test_exported_file_is_readable_by_others_as_a_plain_new_file_would_be(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "master.ics"
        atomic.write_text_atomic(target, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        assert target.stat().st_mode & 0o777 == 0o644  # mkstemp alone gives 0600
        os.chmod(target, 0o640)  # a file the user restricted keeps its mode when rewritten
        atomic.write_text_atomic(target, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        assert target.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)
