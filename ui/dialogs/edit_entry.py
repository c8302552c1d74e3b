"""The Edit form of an entry's details: start, end, channel, owner, status and a note.

Saving makes a proposal (the master shows it, the department's file is untouched);
the form only collects values, ``ui/proposals.py`` sends them to the facade.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from calendar_core.model import Entry
from ui.i18n import translate
from ui.locale_format import date_text, datetime_text, edit_format

UTC = timezone.utc


def _qdt(value: datetime, tz: ZoneInfo) -> QDateTime:
    local = value.astimezone(tz)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def _qday(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))


def _py(q: QDateTime, tz: ZoneInfo) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


class EditForm(QGroupBox):
    """Fields for a proposal on one entry; ``submitted`` carries the values, ``withdrawRequested`` the wish
    to take the entry's open proposal back."""

    submitted = Signal(dict)
    withdrawRequested = Signal()

    def __init__(self, entry: Entry, tz: ZoneInfo, channels: list[str] = (), statuses: list[str] = (), parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Propose a change"))
        self.entry, self.tz = entry, tz
        form = QFormLayout()
        fmt = edit_format(with_time=not entry.all_day)
        self.start = QDateTimeEdit(self, calendarPopup=True, displayFormat=fmt)
        self.end = QDateTimeEdit(self, calendarPopup=True, displayFormat=fmt)
        if entry.all_day:
            self.start.setDateTime(_qday(entry.start_date))
            last = (entry.end_date - timedelta(days=1)) if entry.end_date and entry.end_date > entry.start_date \
                else entry.start_date
            self.end.setDateTime(_qday(last))
        else:
            self.start.setDateTime(_qdt(entry.start, tz))
            self.end.setDateTime(_qdt(entry.end or entry.start, tz))
        self.channel = self._combo(channels, entry.channel)
        self.owner = QLineEdit(entry.owner, self)
        self.status = self._combo(statuses, entry.status)
        self.note = QLineEdit(self, placeholderText=translate("EditForm", "Why, for the department (goes into the change request)"))
        if entry.moved is not None:
            self.note.setText(getattr(entry.moved, "note", ""))
        form.addRow(translate("EditForm", "Start:"), self.start)
        form.addRow(translate("EditForm", "End:"), self.end)
        form.addRow(translate("EditForm", "Channel:"), self.channel)
        form.addRow(translate("EditForm", "Owner:"), self.owner)
        form.addRow(translate("EditForm", "Status:"), self.status)
        form.addRow(translate("EditForm", "Note:"), self.note)
        self.error = QLabel(self, objectName="editError", wordWrap=True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.save = QPushButton(translate("EditForm", "Propose"), self, default=False, autoDefault=False)
        self.save.setToolTip(translate("EditForm", "The master shows the new values; the department's file stays as it is until "
                             "its next import carries them"))
        self.save.clicked.connect(self._submit)
        self.withdraw = QPushButton(translate("EditForm", "Withdraw proposal"), self, autoDefault=False)
        self.withdraw.setVisible(entry.moved is not None)
        self.withdraw.clicked.connect(self.withdrawRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw)
        buttons.addWidget(self.save)
        box = QVBoxLayout(self)
        if entry.moved is not None:
            was = QLabel(translate("EditForm", "Moved from {value} (its file still has that time)").format(value=self._said(entry.moved.start)), self)
            was.setObjectName("movedFrom")
            box.addWidget(was)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addLayout(buttons)

    def _said(self, value: datetime) -> str:
        return date_text(value.date()) if self.entry.all_day else datetime_text(value.astimezone(self.tz))

    def _combo(self, choices, current: str) -> QComboBox:
        combo = QComboBox(self, editable=True)
        combo.addItems(sorted({*choices, current} - {""}, key=str.casefold))
        combo.setCurrentText(current)
        return combo

    def values(self) -> dict:
        """The proposal the fields describe: start/end aware; unchanged fields as None."""
        e = self.entry
        if e.all_day:
            s, last = self.start.date(), self.end.date()
            start = datetime(s.year(), s.month(), s.day(), tzinfo=UTC)
            end = datetime(last.year(), last.month(), last.day(), tzinfo=UTC) + timedelta(days=1)
        else:
            start, end = _py(self.start.dateTime(), self.tz), _py(self.end.dateTime(), self.tz)
            if e.end is None and end == start:
                end = None
        def changed(text: str, old: str):
            text = text.strip()
            return text if text != old else None
        return {"start": start, "end": end, "channel": changed(self.channel.currentText(), e.channel),
                "owner": changed(self.owner.text(), e.owner), "status": changed(self.status.currentText(), e.status),
                "note": self.note.text().strip()}

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _submit(self) -> None:
        values = self.values()
        if values["end"] is not None and values["end"] < values["start"]:
            self.show_error(translate("EditForm", "The end is before the start: choose a later end."))
            return
        self.show_error("")
        self.submitted.emit(values)


__all__ = ["EditForm"]
