"""A week, month or timeline that shows nothing while the workspace has entries elsewhere says so and
offers the nearest entries before and after it; a click goes there. The clock is pinned (5 Aug 2026)."""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from tests.ui_helpers import qsettings, window_factory, workspace  # noqa: E402,F401

pytestmark = pytest.mark.gui


@pytest.fixture
def planned(workspace, tmp_path):
    path = tmp_path / "marketing_plan.csv"
    path.write_text("Date,Time,Title,Channel\n2026-06-12,10:00,Summer teaser,LinkedIn\n"
                    "2026-06-19,11:00,Summer recap,Blog\n2026-10-14,09:30,Autumn launch,Instagram\n",
                    encoding="utf-8")
    workspace.import_file(path)
    return workspace


def test_an_empty_week_offers_the_nearest_entries(qtbot, planned, window_factory):
    w = window_factory(planned)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    card = w.empty_period
    qtbot.waitUntil(card.isVisible, timeout=5000)
    assert w.stack.rect().contains(card.geometry())
    assert card.earlier.isVisible() and card.later.isVisible()
    assert "19" in card.earlier.text() and "14" in card.later.text()
    card.later.click()
    assert w.anchor == date(2026, 10, 14)
    assert [e.title for e in w.shown_entries] == ["Autumn launch"]
    assert not card.isVisible()
    w.go_previous()  # the week before: nothing; the nearest ones on both sides
    qtbot.waitUntil(card.isVisible, timeout=5000)
    card.earlier.click()
    assert w.anchor == date(2026, 6, 19) and [e.title for e in w.shown_entries] == ["Summer recap"]


def test_filters_that_hide_everything_are_said(qtbot, planned, window_factory):
    w = window_factory(planned)
    w.show()
    qtbot.waitExposed(w)
    w.go_to(date(2026, 10, 14))
    assert not w.empty_period.isVisible()
    w.filter_bar.text.setText("no such post")
    w.filter_bar.set_filter(w.filter_bar.current_filter())
    qtbot.waitUntil(w.empty_period.isVisible, timeout=5000)
    assert "current filters" in w.empty_period.text.text()
    assert not w.empty_period.earlier.isVisible() and not w.empty_period.later.isVisible()
    w.set_view("list")
    assert not w.empty_period.isVisible()  # the list has no period


def test_an_empty_workspace_shows_the_welcome_not_the_card(qtbot, workspace, window_factory):
    w = window_factory(workspace)
    w.show()
    qtbot.waitExposed(w)
    assert w.welcome.isVisible() and not w.empty_period.isVisible()
