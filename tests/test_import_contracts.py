"""The layer rules of pyproject.toml's [tool.importlinter], checked by the test suite as by `make lint`."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports() -> str:
    exe = Path(sys.executable).with_name("lint-imports")
    if not exe.exists():
        found = shutil.which("lint-imports")
        if found is None:
            pytest.fail("import-linter is not installed (pip install -e '.[test]')")
        exe = Path(found)
    return str(exe)


def test_import_contracts_hold():
    run = subprocess.run([_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "3 kept, 0 broken" in run.stdout


def test_a_window_module_importing_the_store_breaks_a_contract(tmp_path):
    """The contract can fail: a copy of the tree whose window imports the store is refused."""
    for name in ("ui", "calendar_core", "importers"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with open(tmp_path / "ui" / "colours.py", "a", encoding="utf-8") as fh:
        fh.write("\nfrom calendar_core.store.schema import WorkspaceError  # noqa: E402,F401\n")
    run = subprocess.run([_lint_imports(), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=600,
                         env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert run.returncode != 0
    assert "ui.colours -> calendar_core.store.schema" in run.stdout
