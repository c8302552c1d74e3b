"""One phrasebook writes each conflict's message once (the panel's row and the marker share it),
and each day and time once."""
from __future__ import annotations

from datetime import date, datetime, timezone

from ui.issue_phrases import WindowPhrases, conflict_message


class _Counted:
    def __init__(self):
        self.written = 0

    def message_in(self, phrases):
        self.written += 1
        return f"message {self.written}"


def test_a_message_is_written_once_per_phrasebook(qapp):
    phrases = WindowPhrases()
    c = _Counted()
    assert conflict_message(c, phrases) == conflict_message(c, phrases) == "message 1"
    assert c.written == 1
    assert conflict_message(c, WindowPhrases()) == "message 2"  # a new analysis writes it again


def test_days_and_times_are_formatted_once_per_value(qapp, monkeypatch):
    import ui.issue_phrases as ip

    calls = []
    monkeypatch.setattr(ip, "time_text", lambda m, loc=None: calls.append(m) or f"{m.hour}:{m.minute:02d}")
    phrases = WindowPhrases()
    for day in range(1, 29):
        phrases.time(datetime(2026, 9, day, 14, 5, tzinfo=timezone.utc))
    assert len(calls) == 1 and phrases.time(datetime(2026, 9, 1, 14, 6, tzinfo=timezone.utc)) == "14:06"
    assert phrases.day(date(2026, 9, 9)) == phrases.day(date(2026, 9, 9))
