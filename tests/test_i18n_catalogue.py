"""The translations in resources/i18n/ are complete and current.

- every message of every .ts file is translated (no "unfinished", no obsolete or vanished entry),
  plural forms included, and keeps the source's {placeholders};
- lupdate run again over the sources into a copy finds nothing new: no string was added to ui/
  (or to the readers' catalogue) without its translations;
- every literal handed to tr()/translate()/QT_TRANSLATE_NOOP is in the .ts under the context the
  window looks it up in (lupdate silently skips some call shapes; this catches them).
"""
from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{\w+\}")


def _build():
    spec = importlib.util.spec_from_file_location("masthead_i18n_build", I18N / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.iter("context") for m in ctx.iter("message")]


TS_FILES = sorted(I18N.glob("masthead_*.ts"))


def test_there_is_a_translation_for_each_language():
    assert [p.stem for p in TS_FILES] == ["masthead_de", "masthead_en", "masthead_es", "masthead_fr"]
    # English is the source; its file holds only the plural forms ("1 entry", "2 entries")
    assert all(m.get("numerus") == "yes" for _c, _s, m in messages(I18N / "masthead_en.ts"))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_message_is_translated(ts):
    problems = []
    for ctx, source, m in messages(ts):
        tr = m.find("translation")
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{ctx}: {source!r} is {kind}")
            continue
        forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        for text in forms:
            if not text.strip():
                problems.append(f"{ctx}: {source!r} has an empty translation")
            elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{ctx}: {source!r} -> {text!r} changes the placeholders")
            elif ("%n" in source) != ("%n" in text) and m.get("numerus") != "yes":
                problems.append(f"{ctx}: {source!r} -> {text!r} loses the count")
            elif source.count("&") == 1 and text.count("&") != 1:
                problems.append(f"{ctx}: {source!r} -> {text!r} loses its keyboard accelerator")
    assert not problems, "\n".join(problems)


def test_lupdate_finds_nothing_new(tmp_path):
    build = _build()
    copies = []
    for ts in TS_FILES:
        copies.append(tmp_path / ts.name)
        shutil.copy2(ts, copies[-1])
    report = build.update(copies, quiet=True)
    found = re.findall(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)", report)
    assert len(found) == len(TS_FILES), report
    # (the English file takes every text as new, then keeps only the plural ones: compared below)
    assert all(new == "0" for _total, new, _old in found[:len(TS_FILES) - 1]), report
    for ts, copy in zip(TS_FILES, copies):
        ours = {(c, s) for c, s, _m in messages(ts)}
        fresh = {(c, s) for c, s, _m in messages(copy)}
        assert fresh == ours, f"{ts.name}: vanished {sorted(ours - fresh)[:5]}, new {sorted(fresh - ours)[:5]}"


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def marked_strings(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of every literal a translation call in PATH hands over."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []

    def visit(node, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                f = child.func
                name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
                args = child.args
                if name == "tr" and args and _literal(args[0]) is not None:
                    own = isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "self"
                    out.append((cls if own else "", _literal(args[0]), child.lineno))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and _literal(args[0]) \
                        and _literal(args[1]) is not None:
                    out.append((_literal(args[0]), _literal(args[1]), child.lineno))
            visit(child, cls)

    visit(tree, None)
    return out


def test_every_marked_string_is_in_the_translations():
    build = _build()
    known = {(c, s) for c, s, _m in messages(TS_FILES[0])}
    missing = []
    for name in build.source_files():
        path = Path(name)
        for ctx, text, line in marked_strings(path):
            if (ctx, text) not in known:
                missing.append(f"{path.relative_to(ROOT)}:{line}: [{ctx}] {text!r}")
    assert not missing, "lupdate did not see these (write them as self.tr / tr / translate):\n" + "\n".join(missing)


def test_the_compiled_translations_load(qapp):
    from PySide6.QtCore import QTranslator

    build = _build()
    for qm in build.compile_all(quiet=True):
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        assert not translator.isEmpty()
