"""The readers' messages in the window's language.

The readers (importers/) write their warnings and refusals in English, from the templates of
their message catalogue (importers/messages.py, reached through calendar_core: the window never
imports a reader). A message keeps its template's shape wherever it goes (an import report, a
source's stored warnings, an error), so the window recovers the template and its values from
the text and shows ``translate("Readers", template)`` with the same values; a value that is
itself a message (a location, a reason) is translated in its turn. Text no template made (a
library's own error, a file name) stays as it is. The command line keeps the English.
"""
from __future__ import annotations

from ui.i18n import translate
from ui.locale_format import number


def localize(text: str) -> str:
    """TEXT in the window's language when a reader template made it, else TEXT."""
    from calendar_core.messages import NESTED, ROLES, parse_message

    found = parse_message(text) if text else None
    if found is None:
        return text
    template, values = found
    n = int(values.pop("n")) if "n" in values else -1
    shown = {k: (localize(v) if k in NESTED else translate("Understood", v) if k in ROLES else v)
             for k, v in values.items()}
    try:
        # the templates are plain messages (QT_TRANSLATE_NOOP), not plural ones: looked up with a count,
        # Qt searches the plural forms they do not have and answers in English; so %n is filled in here
        said = translate("Readers", template)
        return (said.replace("%n", number(n)) if n >= 0 else said).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
        return template.replace("%n", str(n)).format(**shown) if n >= 0 else template.format(**shown)
