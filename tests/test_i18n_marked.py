"""Every visible string in ui/ goes through Qt's translation system (self.tr / translate).

An AST scan of ui/: a string literal (or an f-string or concatenation with words in it) handed
to a setter or constructor that shows text (setText, setToolTip, QLabel(...), QMessageBox...,
drawText, addTab, addRow...) fails unless it is inside tr()/translate(). Text without words
("‹", "—", "%") and the product's name pass.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"

# method -> the positions of the arguments that are shown (None: every positional argument)
SETTERS = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setPlaceholderText": (0,), "setTitle": (0,), "addMenu": (0,), "addTab": (1,), "insertTab": (2,),
    "setTabText": (1,), "setTabToolTip": (1,), "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,), "showMessage": (0,), "setLabelText": (0,), "setSuffix": (0,),
    "setPrefix": (0,), "setSpecialValueText": (0,), "addRow": (0,), "setInformativeText": (0,),
    "setDetailedText": (0,), "addAction": (0,), "addSection": (0,), "setItemText": (1,), "addItem": (0,),
    "addItems": (0,), "insertItem": (1,), "setButtonText": (1,), "drawText": (-1, 2), "setAccessibleName": (0,),
    "set_period": (0,), "say": (0,), "_say": (0,), "show_error": (0,), "setHtml": (0,), "setPlainText": (0,), "setWindowIconText": (0,),
}
FUNCTIONS = {"_text": (3,), "_child": (0,), "_spin": (3,)}  # our own helpers that show their text argument
CONSTRUCTORS = {
    "QAction": (0,), "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QMenu": (0,), "QToolBar": (0,), "QDockWidget": (0,), "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,), "QTreeWidgetItem": (0,), "QCommandLinkButton": (0, 1), "QStandardItem": (0,),
}
STATIC = {  # QMessageBox.warning(parent, title, text), QFileDialog.getOpenFileName(parent, caption, dir, filter)
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3), "getSaveFileName": (1, 3), "getExistingDirectory": (1,),
    "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2), "getColor": (2,),
}
KEYWORDS = {"text", "toolTip", "statusTip", "title", "windowTitle", "placeholderText", "whatsThis"}
TRANSLATORS = {"tr", "translate"}
ALLOWED = {"Masthead"}
WORD = re.compile(r"[A-Za-z]{2,}")
TAGS = re.compile(r"<[^>]*>|\*\.\w+")  # markup and file patterns (*.ics) are no words


def _has_words(text: str) -> bool:
    text = TAGS.sub(" ", text)
    for name in ALLOWED:
        text = text.replace(name, " ")
    return bool(WORD.search(text))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _words(node: ast.expr) -> str | None:
    """The untranslated English in NODE, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        return text if _has_words(text) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return literal if _has_words(literal) else None
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((w for w in map(_words, node.elts) if w), None)
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    return None


def unmarked(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TRANSLATORS:
            continue
        positions: tuple[int, ...] = ()
        if isinstance(node.func, ast.Attribute) and name in SETTERS:
            positions = SETTERS[name]
        elif name in CONSTRUCTORS:
            positions = CONSTRUCTORS[name]
        elif isinstance(node.func, ast.Name) and name in FUNCTIONS:
            positions = FUNCTIONS[name]
        elif isinstance(node.func, ast.Attribute) and name in STATIC:
            positions = STATIC[name]
        args = [node.args[i] for i in positions if -len(node.args) <= i < len(node.args)]
        args += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for arg in args:
            words = _words(arg)
            if words:
                out.append(f"{path.relative_to(root)}:{node.lineno}: {name}(… {words!r} …) is not translated")
    return out


def test_scanner_finds_an_unmarked_string(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('label.setText("Import files")\nlabel.setText(self.tr("Import files"))\n'
                     'QMessageBox.warning(self, "Masthead", f"Could not open {path}")\n'
                     'QPushButton("‹")\nbox.addTab(page, "Rules")\nQLabel(f"<b>{name}</b>")\n'
                     'dialog.getSaveFileName(self, self.tr("Save"), start, "PDF (*.pdf)")\n', encoding="utf-8")
    found = [line.split(": ", 1)[1] for line in unmarked(probe, tmp_path)]
    assert found == ["setText(… 'Import files' …) is not translated",
                     "warning(… 'Could not open ' …) is not translated",
                     "addTab(… 'Rules' …) is not translated",
                     "getSaveFileName(… 'PDF (*.pdf)' …) is not translated"]


def test_every_visible_string_in_ui_is_marked_for_translation():
    problems = [p for path in sorted(UI.rglob("*.py")) for p in unmarked(path)]
    assert not problems, "\n".join(problems)


def test_dates_in_ui_are_written_by_locale_format():
    """No hand-made date text in ui/ (strftime, f"{d:%a %d %b}"): one home, ui/locale_format.py,
    writes days and times as the window's locale does."""
    pattern = re.compile(r"\.strftime\(|\{[^{}]*:%-?[aAbBdHIjmMpSyYZ]")
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for path in sorted(UI.rglob("*.py")) if path.name != "locale_format.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line) and not line.lstrip().startswith("#")]
    assert not found, "\n".join(found)
