"""One version number (pyproject.toml), the window's command line: FILE..., --version, commands."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import main as masthead_main
from calendar_core import version

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_is_pyprojects_in_a_checkout():
    assert version.app_version() == PYPROJECT_VERSION


def test_version_sources_in_order(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "masthead"\nversion = "9.8.7"\n', encoding="utf-8")
    assert version._from_pyproject(tmp_path) == "9.8.7"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "1.0"\n', encoding="utf-8")
    assert version._from_pyproject(tmp_path) is None  # another project's file is not ours
    (tmp_path / "pyproject.toml").write_text("not = [toml", encoding="utf-8")
    assert version._from_pyproject(tmp_path) is None
    assert version._baked() is None  # not frozen
    (tmp_path / "VERSION").write_text("2.3.4\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert version._baked() == "2.3.4"


def test_version_flag(capsys):
    with pytest.raises(SystemExit) as exit_:
        masthead_main.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"masthead {PYPROJECT_VERSION}"


def test_version_from_the_real_command_line():
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == f"masthead {PYPROJECT_VERSION}"


@pytest.mark.parametrize("argv, command", [
    (["consolidate", "a.ics"], True),
    (["--workspace", "w.sqlite", "consolidate", "a.ics"], True),
    (["--workspace=w.sqlite", "--debug", "consolidate", "a.ics"], True),
    (["a.ics", "b.xlsx"], False),
    (["--workspace", "consolidate", "a.ics"], False),  # a workspace file named like the command
    (["--demo"], False),
    ([], False),
])
def test_command_or_files(argv, command):
    assert masthead_main.wants_command(argv) is command


def test_files_open_the_window_with_them(monkeypatch, tmp_path):
    seen = {}
    import ui.app

    monkeypatch.setattr(ui.app, "run_app", lambda **kw: seen.update(kw) or 0)
    monkeypatch.chdir(tmp_path)
    assert masthead_main.main(["--workspace", "w.sqlite", "plan.xlsx", "events.ics"]) == 0
    assert seen["files"] == [tmp_path / "plan.xlsx", tmp_path / "events.ics"]  # absolute, for the importer
    assert seen["workspace"] == "w.sqlite" and seen["demo"] is False and seen["screenshot"] is None


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        masthead_main.main(["--no-such-option"])
    assert exit_.value.code == 2 and "unrecognized arguments" in capsys.readouterr().err
