"""Compile the window's translations: resources/i18n/masthead_XX.ts -> masthead_XX.qm.

The .qm files are built, not kept in git: `make translations` (run by `make run`, `make test`
and `make dist`), and the app itself when started from a source checkout, call this.

    python resources/i18n/build.py           # compile the stale ones
    python resources/i18n/build.py --update  # first refresh the .ts from ui/ and importers/ (lupdate)
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGS = ("de", "fr", "es")
# English is the source language; its file holds only the plural forms ("1 entry", "2 entries")
PLURALS_ONLY = ("en",)
# where the translatable strings are: the window, the readers' message catalogue, the issues' phrasebook
SOURCES = ("ui", "importers/messages.py", "calendar_core/messages.py", "calendar_core/analysis/phrases.py")


def _tool(name: str) -> list[str]:
    """pyside6-lupdate / pyside6-lrelease of this Python's PySide6, else one on PATH."""
    try:
        import PySide6

        binary = Path(PySide6.__file__).parent / name
        if binary.exists():
            return [str(binary)]
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found: install PySide6 (pip install -e .)")
    return [found]


def ts_files() -> list[Path]:
    return [HERE / f"masthead_{lang}.ts" for lang in LANGS + PLURALS_ONLY]


def source_files(root: Path = ROOT) -> list[str]:
    out: list[str] = []
    for name in SOURCES:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
        out += [str(p) for p in files if "__pycache__" not in p.parts]
    return out


def update(ts: list[Path] | None = None, root: Path = ROOT, quiet: bool = False) -> str:
    """Run lupdate over the sources into TS (default: ours); returns its report."""
    ts = ts or ts_files()
    said = ""
    for plurals in (False, True):
        group = [t for t in ts if (t.stem.rsplit("_", 1)[-1] in PLURALS_ONLY) == plurals]
        if not group:
            continue
        cmd = _tool("lupdate") + ["-locations", "none", "-no-obsolete"]
        cmd += ["-pluralonly"] if plurals else []
        cmd += [*source_files(root), "-ts", *map(str, group)]
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
        said += done.stdout + done.stderr
    if not quiet:
        print(said, end="")
    return said


def compile_all(quiet: bool = False, force: bool = False, out_dir: Path | None = None) -> list[Path]:
    """lrelease every .ts whose .qm is missing or older; returns the .qm files."""
    out_dir = out_dir or HERE
    made = []
    for ts in ts_files():
        qm = out_dir / ts.with_suffix(".qm").name
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            done = subprocess.run(_tool("lrelease") + ["-silent", str(ts), "-qm", str(qm)],
                                  capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"lrelease {ts.name}: {done.stderr.strip()}")
            if not quiet:
                print(f"✓ {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
        made.append(qm)
    return made


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    compile_all(force="--force" in sys.argv)
