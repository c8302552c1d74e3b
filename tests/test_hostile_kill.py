"""kill -9 at random points of an import and of an export, through the real command line.

After every kill the workspace holds the file's source with all its entries or not at all
(never half of it), and the output file is the previous one or a complete one (never
partial); the next run cleans up the temporary files the killed one left.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from calendar_core.model import EntryFilter
from calendar_core.workspace import Workspace
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this platform")
ROWS = 20_000
KILLS = 3


def _big_csv(path: Path) -> Path:
    rng = random.Random(16)
    lines = ["Date,Time,Title,Channel,Owner"]
    for i in range(ROWS):
        lines.append(f"2026-{rng.randint(8, 10):02d}-{rng.randint(1, 28):02d},{rng.randint(8, 18)}:00,"
                     f"Post {i},{rng.choice(['Blog', 'LinkedIn', 'Instagram'])},Person {i % 40}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "consolidate", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_when(proc: subprocess.Popen, ready, rng: random.Random, longest: float = 1.5) -> bool:
    """Kill the run a random moment (up to ``longest`` seconds) after ``ready()`` holds; False
    when it finished first."""
    deadline = time.monotonic() + 120
    while not ready():
        if proc.poll() is not None:
            return False
        assert time.monotonic() < deadline, "the run never got going"
        time.sleep(0.002)
    time.sleep(rng.uniform(0.0, longest))
    if proc.poll() is not None:
        return False
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return True


def _counts(workspace: Path) -> list[int]:
    ws = Workspace.open(str(workspace))
    try:
        entries = ws.entries(None, None, EntryFilter(only_visible=False))
        return [sum(1 for e in entries if e.source_id == s.id) for s in ws.sources()]
    finally:
        ws.close()


def test_kill_during_import_leaves_no_half_imported_source(tmp_path):
    data = _big_csv(tmp_path / "plan.csv")
    workspace = tmp_path / "team.sqlite"
    rng = random.Random(9)
    killed = 0
    for _ in range(KILLS):
        proc = _start(str(data), "--workspace", str(workspace))
        try:
            killed += _kill_when(proc, workspace.exists, rng)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stderr.close()
        if workspace.exists():
            assert _counts(workspace) in ([], [ROWS]), "a killed import left part of the file in the workspace"
    assert killed, "no run could be killed midway"
    proc = _start(str(data), "--workspace", str(workspace))
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
    proc.stderr.close()
    assert _counts(workspace) == [ROWS]


@pytest.mark.parametrize("kind", ["xlsx", "ics"])
def test_kill_during_export_leaves_the_previous_or_a_complete_file(tmp_path, kind):
    data = _big_csv(tmp_path / "plan.csv")
    target = tmp_path / f"master.{kind}"
    target.write_bytes(b"previous")
    rng = random.Random(11 if kind == "xlsx" else 12)
    killed = 0

    def writing() -> bool:
        return any(p.name.endswith((".part", ".tmpdir")) for p in tmp_path.iterdir())

    for _ in range(KILLS):
        proc = _start(str(data), f"--{kind}", str(target))
        try:
            killed += _kill_when(proc, writing, rng, longest=0.05)  # writing the file takes well under a second
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stderr.close()
        body = target.read_bytes()
        if body != b"previous":  # a complete file only
            if kind == "xlsx":
                assert zipfile.ZipFile(target).testzip() is None
            else:
                assert body.rstrip().endswith(b"END:VCALENDAR")
    assert killed, "no export could be killed midway"
    proc = _start(str(data), f"--{kind}", str(target))
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
    proc.stderr.close()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(f".{target.name}.")]
    assert leftovers == [], "the next export did not clean up what the killed ones left"
    if kind == "xlsx":
        assert zipfile.ZipFile(target).testzip() is None
    else:
        assert target.read_bytes().count(b"BEGIN:VEVENT") == ROWS
