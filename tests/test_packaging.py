"""The packaging rules (packaging/), and the built bundle when there is one (`make dist`)."""
from __future__ import annotations

import configparser
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_filter  # noqa: E402

BUNDLE = Path(os.environ.get("MASTHEAD_BUNDLE", ROOT / "dist" / "masthead"))
EXE = BUNDLE / ("masthead.exe" if sys.platform == "win32" else "masthead")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
needs_bundle = pytest.mark.skipif(not EXE.exists(), reason="no bundle: run `make dist` first")


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),  # would bring GTK along
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),  # the style sheet's arrows are SVG
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlpsql.so", False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("numpy/_core/_multiarray_umath.so", True),
])
def test_plugins_kept(dest, kept):
    assert bundle_filter.keep_binary(dest) is kept


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_ja.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
    ("PySide6/QtCore.pyi", False),
    ("resources/style.qss", True),
    ("icalendar/timezone/windows_to_olson.py", True),
])
def test_data_kept(dest, kept):
    assert bundle_filter.keep_data(dest) is kept


def test_desktop_entry_opens_every_calendar_and_sheet_type():
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "packaging" / "masthead.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "masthead"
    assert section["Exec"].endswith("%F")  # several files at once, as local paths
    mimes = set(filter(None, section["MimeType"].split(";")))
    assert mimes == {"text/calendar", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "application/vnd.ms-excel", "application/vnd.oasis.opendocument.spreadsheet", "text/csv"}


def test_icon_files_exist():
    icons = ROOT / "resources" / "icons"
    assert (icons / "masthead.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (32, 64, 128, 256, 512):
        assert (icons / f"masthead-{size}.png").read_bytes()[:4] == b"\x89PNG"


def _run_bundle(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"HOME": str(cwd), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@needs_bundle
def test_bundle_version(tmp_path):
    proc = _run_bundle("--version", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.strip() == f"masthead {VERSION}"


@needs_bundle
def test_bundle_refuses_a_workspace_from_a_newer_masthead(tmp_path):
    from sqlalchemy import create_engine, text

    from calendar_core.store.schema import SCHEMA_VERSION

    sample = ROOT / "resources" / "samples" / "pr_communications.ics"
    ws = tmp_path / "w.sqlite"
    assert _run_bundle("consolidate", str(sample), "--workspace", str(ws), cwd=tmp_path).returncode == 0
    engine = create_engine(f"sqlite:///{ws}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE masthead_meta SET value = :v WHERE key = 'schema_version'"),
                     {"v": str(SCHEMA_VERSION + 1)})
    engine.dispose()
    proc = _run_bundle("consolidate", str(sample), "--workspace", str(ws), cwd=tmp_path)
    assert proc.returncode == 1
    assert "written by a newer Masthead" in proc.stderr and "Traceback" not in proc.stderr


@needs_bundle
def test_bundle_is_lean():
    names = {p.name for p in BUNDLE.rglob("*")}
    unwanted = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6Network", "Qt6Pdf",
                "libqgtk3", "libqeglfs", "libgtk-3", "tkinter", "_tkinter", "pytest", "libpq")
    found = sorted(n for n in names if any(u in n for u in unwanted))
    assert not found, found
    for needed in ("style.qss", "masthead.desktop", "install.sh", "libqxcb.so", "libqsvg.so", "VERSION"):
        assert needed in names, needed


def test_package_data_comes_from_every_runtime_dependency():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    dists = bundle_filter.runtime_distributions(deps)
    assert {"tzdata", "icalendar", "numpy", "sqlalchemy"} <= set(dists)
    assert "six" in dists  # a dependency of a dependency (python-dateutil)
    assert "pytest" not in dists and "pyinstaller" not in dists  # extras are not the runtime's
    assert bundle_filter.import_names("python-dateutil") == ["dateutil"]
    assert bundle_filter.import_names("tzdata") == ["tzdata"]


def test_build_scripts_parse():
    spec = ROOT / "packaging" / "masthead.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    for script in ("check_bundle.sh", "install.sh", "macos/make_dmg.sh"):
        path = ROOT / "packaging" / script
        assert os.access(path, os.X_OK), f"{script} is not executable"
        proc = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
