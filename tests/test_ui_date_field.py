"""Typed dates: Go to date and the blackout fields take what people type, and refuse what is no date."""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QLocale, Qt  # noqa: E402

from tests.settle_support import ws  # noqa: E402,F401 - ws is a fixture
from ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from ui.widgets.date_field import DateField, parse_typed_date  # noqa: E402
from ui.widgets.filter_bar import FilterBar  # noqa: E402

TODAY = date(2026, 12, 6)
UK, US = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), QLocale(QLocale.Language.English,
                                                                                    QLocale.Country.UnitedStates)


@pytest.mark.parametrize("text, locale, expected", [
    ("2026-09-14", UK, date(2026, 9, 14)),
    ("14.9.2026", UK, date(2026, 9, 14)),
    ("14/09/2026", UK, date(2026, 9, 14)),
    ("9/14/2026", US, date(2026, 9, 14)),
    ("14/9/2026", US, date(2026, 9, 14)),  # no month 14: day first whatever the locale
    ("3/4/2026", US, date(2026, 3, 4)),
    ("3/4/2026", UK, date(2026, 4, 3)),
    ("14 Sep 2026", UK, date(2026, 9, 14)),
    ("Sep 14, 2026", UK, date(2026, 9, 14)),
    ("14 September", UK, date(2026, 9, 14)),
    ("14.9.", UK, date(2026, 9, 14)),
    ("31.2.2026", UK, None),
    ("next week", UK, None),
    ("", UK, None),
])
def test_parse_typed_date(text, locale, expected):
    assert parse_typed_date(text, TODAY, locale) == expected


def _type(qtbot, field: DateField, text: str) -> None:
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_go_to_date_lands_on_the_typed_day(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show_period(TODAY, "Week 49")
    got = []
    bar.dateRequested.connect(got.append)
    for text, day in (("2026-09-14", date(2026, 9, 14)), ("3 Feb 2027", date(2027, 2, 3))):
        _type(qtbot, bar.date_edit, text)
        assert got[-1] == day
    assert len(got) == 2  # one jump per typed date, none on the way


def test_text_that_is_no_date_is_refused_not_moved(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show_period(TODAY, "Week 49")
    got = []
    bar.dateRequested.connect(got.append)
    _type(qtbot, bar.date_edit, "soon")
    assert got == []
    assert "not a date" in bar.date_edit.edit.toolTip()
    assert bar.date_edit.date() == TODAY


def test_blackout_range_typed_in_the_fields(qtbot, ws):
    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    page = dialog.blackout
    _type(qtbot, page.first, "24.12.2026")
    page.last.edit.selectAll()
    qtbot.keyClicks(page.last.edit, "2026-12-31")  # no Enter: Add reads the text as it stands
    page.add_current()
    assert "2026-12-24..2026-12-31" in page.values()
    _type(qtbot, page.first, "31.2.2026")
    before = page.values()
    page.add_current()
    assert page.values() == before
