"""calendar_core/ and importers/ never import Qt; importers never import calendar_core or ui."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "calendar_core": ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui"),
    "importers": ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui", "calendar_core"),
}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def test_lower_layers_do_not_import_upper_ones():
    bad = []
    for package, forbidden in FORBIDDEN.items():
        files = list((ROOT / package).rglob("*.py"))
        assert files, f"{package} has no modules"
        for path in files:
            for lineno, name in _imports(path):
                if name.split(".")[0] in forbidden:
                    bad.append(f"{path.relative_to(ROOT)}:{lineno} imports {name}")
    assert not bad, "layer violations:\n" + "\n".join(bad)


def test_checker_sees_a_violation(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from PySide6 import QtCore\n")
    assert [name for _, name in _imports(probe)] == ["PySide6"]
