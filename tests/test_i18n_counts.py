"""Reader messages with a count (%n) are translated too: Qt answers a plain message looked up
with a count in English, so the count is filled in by us."""
from __future__ import annotations

import pytest

from importers import messages as msg
from ui import i18n
from ui.reader_messages import localize


@pytest.fixture
def german(qapp):
    i18n.install_language("de", app=qapp)
    yield
    i18n.install_language("en", app=qapp)


def test_a_counted_reader_message_reads_in_german(german):
    english = msg.say(msg.MORE_ROW_WARNINGS, count=4000)
    shown = localize(english)
    assert "weitere" in shown and "not shown" not in shown
    assert "4.000" in shown  # the count in the locale's digit grouping
