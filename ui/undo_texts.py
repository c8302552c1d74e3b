"""Edit ▸ Undo …/Redo … in the window's language.

The workspace names each undo step in English when it records it ("import of plan.xlsx",
"mark Resolved"; calendar_core/workspace.py and importing.py) and keeps that label with the
step. The window recognises the label's shape among the templates below and shows their
translation with the same names; a label of another shape is shown as recorded.
tests/test_i18n_window.py checks that the workspace's real labels are all recognised.
"""
from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP, translate, tr

TEMPLATES = (
    QT_TRANSLATE_NOOP("Undo", "import of {name}"),
    QT_TRANSLATE_NOOP("Undo", "import of %n files"),
    QT_TRANSLATE_NOOP("Undo", "removal of {name}"),
    QT_TRANSLATE_NOOP("Undo", "zone of {name}"),
    QT_TRANSLATE_NOOP("Undo", "column roles of {name}"),
    QT_TRANSLATE_NOOP("Undo", "showing of {name}"),
    QT_TRANSLATE_NOOP("Undo", "settings of {name}"),
    QT_TRANSLATE_NOOP("Undo", "move of {title}"),
    QT_TRANSLATE_NOOP("Undo", "withdrawal of a proposal"),
    QT_TRANSLATE_NOOP("Undo", "mark {decision}"),
    QT_TRANSLATE_NOOP("Undo", "unmark {decision}"),
)


def undo_text(label: str) -> str:
    """LABEL, as the workspace recorded it, in the window's language."""
    from calendar_core.messages import match

    found = match(label, TEMPLATES)
    if found is None:
        return label
    template, values = found
    if "n" in values:
        return tr("import of %n files", "", int(values.pop("n")))
    if "decision" in values:
        values["decision"] = translate("Markers", values["decision"])
    return translate("Undo", template).format(**values)
