"""Generated tables for the rules the fifth set of real files asked for (tests/realworld5_pools.py)."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.header_zones import city_in_header
from importers.sheets.title_sources import not_a_title, tags_only
from tests.realworld5_pools import (calendar_in_blocks, calendar_of_every_day, posts_by_campaign, posts_with_escaped_breaks, social_calendar_without_title,
                                     times_in_a_named_city, weeks_written_as_spans)

ZONE = ZoneInfo("Europe/Berlin")
SEEDS = range(1, 25)


def _read(path):
    return read_file(path, ImportOptions(timezone=ZONE))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_post_without_a_title_column_is_named_by_its_texts_first_line(tmp_path, seed):
    path, truth = social_calendar_without_title(seed, tmp_path)
    result = _read(path)
    got = Counter((r.start, r.title.rstrip("."), r.channel) for r in result.records)
    assert got == Counter(truth)


@pytest.mark.parametrize("seed", SEEDS)
def test_posts_of_a_campaign_are_named_by_it_not_by_their_format(tmp_path, seed):
    path, truth = posts_by_campaign(seed, tmp_path)
    result = _read(path)
    got = Counter((r.start.replace(tzinfo=None), r.title, r.channel) for r in result.records)
    assert got == Counter(truth)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_city_beside_the_date_word_of_a_header_is_the_zone_of_the_times(tmp_path, seed):
    path, zone, truth = times_in_a_named_city(seed, tmp_path)
    result = _read(path)
    assert Counter((r.start, r.title) for r in result.records) == Counter(truth)
    assert all(r.start.tzinfo is not None and r.start.utcoffset() == s.utcoffset()
               for r, (s, _) in zip(sorted(result.records, key=lambda r: r.start), sorted(truth)))
    assert any(zone in w for w in result.warnings + result.notes)


def test_a_header_names_a_city_only_beside_a_date_or_time_word():
    assert city_in_header("date_noumea") == "Pacific/Noumea"
    assert city_in_header("Uhrzeit Wien") == "Europe/Vienna"
    assert city_in_header("hora_lima") == "America/Lima"
    for header in ("Publish Date", "Date Approved", "date de publication", "Datum Ende", "time slot",
                   "Post date", "Paris", "Date Paris office", "Lima"):
        assert city_in_header(header) is None, header


def test_hashtags_kinds_and_a_second_text_are_not_titles():
    assert tags_only(["#a #b", "#c, #d", "", "#e"])
    assert not tags_only(["#1 tip: sleep more", "#a #b"])
    assert not_a_title("hashtags", None, ["#a #b"] * 3, None) == "hashtags"
    assert not_a_title("Format", None, ["Reel", "Story"], None) == "kind"
    assert not_a_title("alt_text", "description", ["Photo of a team"], 2) == "other text"
    assert not_a_title("alt_text", "description", ["Photo of a team"], None) == ""  # no other description
    assert not_a_title("Topic", None, ["Spring launch"], 2) == ""


@pytest.mark.parametrize("seed", SEEDS)
def test_block_labels_and_repeated_headers_are_headings_and_the_publish_date_dates_the_posts(tmp_path, seed):
    path, truth, undated = calendar_in_blocks(seed, tmp_path)
    result = _read(path)
    assert Counter((r.start, r.title) for r in result.records) == Counter(truth)
    assert result.skipped == undated  # the planned posts without a date, each reported
    assert sum("has no date" in w for w in result.warnings) == undated


def test_a_row_repeats_the_header_only_with_three_of_its_cells_in_their_columns():
    from importers.sheets.sections import LabelColumns, repeats_header, section_label
    headers = ("Week", "Type", "Title", "Date")
    assert repeats_header(["Week", "Type", "Title", ""], headers)
    assert not repeats_header(["Week", "Type", "", ""], headers)  # two cells say too little
    assert not repeats_header(["Week", "Title", "Type", ""], headers)  # not in their own columns
    data = [["Week 1", "a", "x", "1/2/26"], ["Week 2", "b", "y", ""], ["Week", "Type", "Title", ""], ["Week 3", "", "", ""]]
    labels = LabelColumns(data, headers)
    assert 0 in labels and 1 not in labels and 2 not in labels
    assert section_label(data[3], labels) == "Week 3" and section_label(data[1], labels) == ""


@pytest.mark.parametrize("seed", SEEDS)
def test_plain_days_of_a_table_of_every_day_are_no_entries(tmp_path, seed):
    path, truth = calendar_of_every_day(seed, tmp_path)
    result = _read(path)
    assert Counter((r.start, r.title) for r in result.records) == Counter(truth)
    assert result.skipped == 0
    assert any("have no entry" in n for n in result.warnings + result.notes)


def test_a_portuguese_weekday_with_feira_is_a_weekday():
    from importers.sheets.dates import weekday_of
    assert weekday_of("quarta-feira") == 2 and weekday_of("Segunda-Feira") == 0 and weekday_of("terça") == 1
    assert weekday_of("feira") is None and weekday_of("quinta da boa vista") is None


@pytest.mark.parametrize("seed", SEEDS)
def test_a_column_of_weeks_written_as_spans_dates_the_entries(tmp_path, seed):
    path, truth = weeks_written_as_spans(seed, tmp_path)
    result = _read(path)
    got = Counter((r.start, r.end - timedelta(days=1), r.title) for r in result.records)
    assert got == Counter(truth)
    assert all(r.all_day for r in result.records)


def test_a_plain_day_writes_nothing_its_weekday_does_not_always_write():
    from datetime import date, timedelta
    from importers.sheets.diary import Diary
    start = date(2026, 3, 2)  # a Monday
    days = [start + timedelta(days=k) for k in range(21)]
    data = [[d.isoformat(), d.strftime("%A"), "", "Maths" if d.weekday() == 0 else "", ""] for d in days]
    data[14][4] = "Room 12"  # one Monday writes a room no other Monday writes
    titles = ["Exam" if k % 4 == 3 else "" for k in range(21)]
    diary = Diary(data, [(d, None) for d in days], {0, 2}, titles)
    assert diary.plain(0) and diary.plain(1) and diary.plain(7)  # Mondays' usual course, a bare Tuesday
    assert not diary.plain(14)  # something only this day says
    sparse = Diary(data[::3], [(d, None) for d in days[::3]], {0, 2}, titles[::3])
    assert not sparse.plain(0)  # not a row for every day: untitled rows are read as before
    rota = Diary(data, [(d, None) for d in days], {0, 2}, ["Exam"] + [""] * 20)
    assert not rota.plain(0)  # titles on hardly any day: the untitled rows are what the table is about


@pytest.mark.parametrize("seed", SEEDS)
def test_a_post_whose_lines_are_joined_by_escaped_breaks_is_titled_by_its_first_line(tmp_path, seed):
    path, truth = posts_with_escaped_breaks(seed, tmp_path)
    result = _read(path)
    assert Counter((r.start.replace(tzinfo=None), r.title) for r in result.records) == Counter(truth)


def test_escaped_breaks_count_only_where_they_join_lines():
    from importers.sheets.escaped_lines import escaped_lines, first_escaped_line
    assert first_escaped_line("Headline\\nbody\\nmore") == "Headline"
    assert first_escaped_line("one \\n only") == "one \\n only"  # a single one may be meant as written
    assert not escaped_lines("C:\\new\\notes\\next.docx")  # a Windows path
    assert not escaped_lines("Headline\nbody \\n \\n")  # real line breaks: those are the lines
