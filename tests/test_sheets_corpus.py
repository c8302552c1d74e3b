"""The four real-world CSV files of shared/corpus/sheets."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def corpus(shared_dir):
    return shared_dir / "corpus" / "sheets"


def _read(path):
    return read_file(path, ImportOptions(timezone=BERLIN))


def test_yahoo_export_us_dates_all_day_and_ranges(corpus):
    result = _read(corpus / "backdrop" / "Yahoo.csv")
    assert len(result.records) == 15 and result.skipped == 0
    by = {}
    for r in result.records:
        by.setdefault(r.title, r)
    assert by["Valentine's Day"].all_day and by["Valentine's Day"].start == date(2009, 2, 14)
    assert by["Labor Day"].start == date(2009, 9, 7)  # month-first, decided by 2/14 and 12/25
    drupal = by["Do It With Drupal"]
    assert drupal.start == datetime(2008, 12, 10, 8, 0, tzinfo=BERLIN)
    assert drupal.end == datetime(2008, 12, 10, 17, 0, tzinfo=BERLIN)
    refs = [r.source_ref for r in result.records]
    assert len(set(refs)) == 15


def test_content_calendar_template(corpus):
    result = _read(corpus / "goal-achiever-pro" / "content-calendar-template.csv")
    assert len(result.records) == 40 and result.skipped == 0
    first = result.records[0]
    assert first.start == datetime(2025, 2, 3, 10, 0, tzinfo=BERLIN)
    assert first.channel == "X" and first.status == "Draft" and first.campaign == "Vision"
    assert first.description.startswith("Most entrepreneurs work 60+ hours/week")
    assert first.extra["Content Type"] == "Tweet"
    assert result.settings["column_map"]["Hook/Title"] == "title"


def test_buffer_import_template_reports_undated_rows(corpus):
    result = _read(corpus / "goal-achiever-pro" / "buffer-import-template.csv")
    assert len(result.records) == 12
    assert result.skipped == 11  # the file really has 11 posts without a date: each named
    assert sum("has no date; skipped" in w for w in result.warnings) == 11
    assert result.records[0].channel == "Twitter" and result.records[0].link == "https://goalachieverpro.com"
    assert result.records[0].start == datetime(2025, 2, 3, 10, 0, tzinfo=BERLIN)


def test_buffer_schedule_date_time_in_one_column(corpus):
    result = _read(corpus / "goal-achiever-pro" / "buffer-30-day-schedule.csv")
    assert len(result.records) == 100 and result.skipped == 0
    assert result.records[0].start == datetime(2026, 1, 27, 9, 40, tzinfo=BERLIN)
    assert result.records[0].title == "I found 23 hours hidden in my week."
    assert result.settings["column_map"]["Posting Time"] == "date"
