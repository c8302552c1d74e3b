"""An entry's details, with where it came from (source file and row, or UID)."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from calendar_core.model import Entry, Source
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.locale_format import entry_when

LABELS = {  # the rows' names, in English; shown through translate("Details", …)
    "when": QT_TRANSLATE_NOOP("Details", "When"), "proposed": QT_TRANSLATE_NOOP("Details", "Proposed"),
    "department": QT_TRANSLATE_NOOP("Details", "Department"), "channel": QT_TRANSLATE_NOOP("Details", "Channel"),
    "owner": QT_TRANSLATE_NOOP("Details", "Owner"), "status": QT_TRANSLATE_NOOP("Details", "Status"),
    "campaign": QT_TRANSLATE_NOOP("Details", "Campaign"), "tags": QT_TRANSLATE_NOOP("Details", "Tags"),
    "link": QT_TRANSLATE_NOOP("Details", "Link"), "description": QT_TRANSLATE_NOOP("Details", "Description"),
    "zone": QT_TRANSLATE_NOOP("Details", "Original zone"), "recurring": QT_TRANSLATE_NOOP("Details", "Recurring"),
    "source": QT_TRANSLATE_NOOP("Details", "Source file"), "where": QT_TRANSLATE_NOOP("Details", "Where in the file"),
    "reference": QT_TRANSLATE_NOOP("Details", "Reference (UID or row key)"), "flags": QT_TRANSLATE_NOOP("Details", "Flags"),
}


def _when(e: Entry, tz: ZoneInfo) -> str:
    text = entry_when(e, tz)
    return text if e.all_day else text + f" ({tz.key})"


def _as_filed(e: Entry) -> Entry:
    from dataclasses import replace

    return replace(e, start=e.moved.start, end=e.moved.end, moved=None)


def detail_rows(e: Entry, source: Source | None, tz: ZoneInfo, marker: str = "") -> list[tuple[str, str]]:
    """(label, value) rows, labels in the window's language; rows without a value are left out."""
    def written(raw: str, shown: str) -> str:
        return "  " + translate("Details", "(written “{raw}”)").format(raw=raw) if raw and raw != shown else ""

    rows = [
        ("when", _when(e, tz)),
        ("proposed", translate("Details", "moved; its file has {when}").format(when=_when(_as_filed(e), tz))
         if e.moved is not None else ""),
        ("department", e.department),
        ("channel", e.channel + written(e.channel_raw, e.channel)),
        ("owner", e.owner + written(e.owner_raw, e.owner)),
        ("status", e.status),
        ("campaign", e.campaign),
        ("tags", ", ".join(e.tags)),
        ("link", e.link),
        ("description", e.description),
        ("zone", e.timezone or ""),
        ("recurring", translate("Details", "yes, one occurrence of a series") if e.series_key else ""),
        ("source", e.source_name + (f"  ({source.path})" if source else "")),
        ("where", e.location),
        ("reference", e.source_ref),
    ]
    rows = [(translate("Details", LABELS[k]), v) for k, v in rows]
    located = {"row", "sheet", "line"}  # already in "Where in the file"
    rows += [(k[:1].upper() + k[1:], str(v)) for k, v in (e.extra or {}).items() if k.casefold() not in located]
    if marker:
        rows.insert(0, (translate("Details", LABELS["flags"]), marker))
    return [(k, v) for k, v in rows if v]


class EntryDetailsDialog(QDialog):
    def __init__(self, entry: Entry, source: Source | None, tz: ZoneInfo, marker: str = "", parent=None,
                 editor=None):
        """``editor``: a widget shown under the details (the Edit form of ui/dialogs/edit_entry.py)."""
        super().__init__(parent)
        self.setWindowTitle(entry.title or self.tr("Entry"))
        self.entry = entry
        title = QLabel(entry.title, self)
        title.setObjectName("detailsTitle")
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.rows = detail_rows(entry, source, tz, marker)
        for key, value in self.rows:
            label = QLabel(value, self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse)
            if key == translate("Details", LABELS["flags"]):
                label.setStyleSheet("color: #b3261e;")
            form.addRow(f"{key}:", label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        self.editor = editor
        if editor is not None:
            layout.addWidget(editor)
            editor.setFocus()
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
