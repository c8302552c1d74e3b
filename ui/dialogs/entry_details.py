"""An entry's details, with where it came from (source file and row, or UID)."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from calendar_core.model import Entry, Source


def _when(e: Entry, tz: ZoneInfo) -> str:
    if e.all_day:
        last = e.end_date
        if last and (last - e.start_date).days > 1:
            from datetime import timedelta
            return f"{e.start_date:%a %d %b %Y} – {last - timedelta(days=1):%a %d %b %Y} (all day)"
        return f"{e.start_date:%a %d %b %Y} (all day)"
    s = e.start.astimezone(tz)
    text = f"{s:%a %d %b %Y, %H:%M}"
    if e.end and e.end > e.start:
        end = e.end.astimezone(tz)
        text += f" – {end:%H:%M}" if end.date() == s.date() else f" – {end:%a %d %b %Y, %H:%M}"
    return text + f" ({tz.key})"


def _as_filed(e: Entry) -> Entry:
    from dataclasses import replace

    return replace(e, start=e.moved.start, end=e.moved.end, moved=None)


def detail_rows(e: Entry, source: Source | None, tz: ZoneInfo, marker: str = "") -> list[tuple[str, str]]:
    rows = [
        ("When", _when(e, tz)),
        ("Proposed", f"moved; its file has {_when(_as_filed(e), tz)}" if e.moved is not None else ""),
        ("Department", e.department),
        ("Channel", e.channel + (f"  (written “{e.channel_raw}”)" if e.channel_raw and e.channel_raw != e.channel else "")),
        ("Owner", e.owner + (f"  (written “{e.owner_raw}”)" if e.owner_raw and e.owner_raw != e.owner else "")),
        ("Status", e.status),
        ("Campaign", e.campaign),
        ("Tags", ", ".join(e.tags)),
        ("Link", e.link),
        ("Description", e.description),
        ("Original zone", e.timezone or ""),
        ("Recurring", "yes, one occurrence of a series" if e.series_key else ""),
        ("Source file", e.source_name + (f"  ({source.path})" if source else "")),
        ("Where in the file", e.location),
        ("Reference (UID or row key)", e.source_ref),
    ]
    located = {"row", "sheet", "line"}  # already in "Where in the file"
    rows += [(k[:1].upper() + k[1:], str(v)) for k, v in (e.extra or {}).items() if k.casefold() not in located]
    if marker:
        rows.insert(0, ("Flags", marker))
    return [(k, v) for k, v in rows if v]


class EntryDetailsDialog(QDialog):
    def __init__(self, entry: Entry, source: Source | None, tz: ZoneInfo, marker: str = "", parent=None,
                 editor=None):
        """``editor``: a widget shown under the details (the Edit form of ui/dialogs/edit_entry.py)."""
        super().__init__(parent)
        self.setWindowTitle(entry.title or "Entry")
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
            if key == "Flags":
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
