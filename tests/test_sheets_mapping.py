"""Column mapping: synonyms in four languages, extras, forced and stored maps, unmappable sheets."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, UnmappableSheet, read_file
from importers.sheets.assign import plan
from importers.sheets.mapping import field_for

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("header, field", [
    ("Date", "date"), ("Publish Date", "date"), ("scheduled_date", "date"), ("Go-live", "date"), ("DUE", "date"),
    ("Time", "time"), ("Publish Time", "time"), ("Start Time", "time"), ("Time (ET)", "time"),
    ("End", "end"), ("End Date", "end_date"), ("End Time", "end_time"),
    ("Channel", "channel"), ("Network", "channel"), ("Platform", "channel"), ("Profile", "channel"),
    ("Social profile", "channel"),
    ("Title", "title"), ("Topic", "title"), ("Post Title", "title"), ("Subject", "title"),
    ("Working Title", "title"), ("Hook", "title"), ("Hook/Title", "title"),
    ("Copy", "description"), ("Caption", "description"), ("Body", "description"), ("Full Caption", "description"),
    ("Message", "description"),
    ("Owner", "owner"), ("Author", "owner"), ("Assigned to", "owner"), ("Responsible", "owner"), ("Writer", "owner"),
    ("Status", "status"), ("State", "status"), ("Stage", "status"),
    ("Campaign", "campaign"), ("Theme", "campaign"), ("Pillar", "campaign"), ("Project", "campaign"),
    ("Link", "link"), ("URL", "link"), ("Department", "department"), ("Team", "department"),
    ("Datum", "date"), ("Uhrzeit", "time"), ("Kanal", "channel"), ("Titel", "title"), ("Verantwortlich", "owner"),
    ("Heure", "time"), ("Canal", "channel"), ("Titre", "title"), ("Responsable", "owner"),
    ("Fecha", "date"), ("Hora", "time"), ("Título", "title"),
    ("Week", None), ("Day", None), ("Notes", None),
    ("Arbeitstitel", "title"), ("Erscheinungsdatum", "date"), ("Bildunterschrift", "description"),
    ("Réseau social", "channel"), ("Réseaux sociaux", "channel"), ("Redes sociales", "channel"),
    ("Uhrzeit der Veröffentlichung", "time"), ("Datum der Veröffentlichung", "date"), ("Date of publication", "date"),
])
def test_synonyms(header, field):
    assert field_for(header) == field


def map_columns(headers, forced=None):
    """Column -> role as the reader's one planner gives it from the headers alone."""
    return dict(enumerate(c["role"] for c in plan(headers, set(), [], forced).report))


def test_first_column_wins_and_rest_are_extra():
    cols = map_columns(["Date", "Title", "Topic", "Mood"])
    assert cols == {0: "date", 1: "title", 2: "extra", 3: "extra"}


def test_forced_entries_override_and_rest_is_auto():
    cols = map_columns(["Go live", "Net", "Title"], {"Go live": "date", "net": "channel"})
    assert cols == {0: "date", 1: "channel", 2: "title"}
    assert map_columns(["Date", "Title"], {"Title": "ignore"})[1] == "ignore"


@pytest.mark.parametrize("name, owner", [
    ("german_headers.csv", "Lena Vogt"), ("french_headers.csv", "Camille Roux"), ("spanish_headers.csv", "Lucía Gómez"),
])
def test_foreign_headers_and_month_names(fixture_path, name, owner):
    result = read_file(fixture_path(f"sheets/{name}"), ImportOptions(timezone=BERLIN))
    first = result.records[0]
    assert first.owner == owner
    assert first.start.date().isoformat() == "2026-08-04"
    assert first.start.hour in (9, 14) and first.start.minute == 30


def test_unknown_columns_kept_and_department_column(fixture_path):
    result = read_file(fixture_path("sheets/department_column.csv"), ImportOptions(timezone=BERLIN))
    rec = result.records[0]
    assert (rec.department, rec.campaign, rec.link, rec.description) == ("Sales", "Launch", "https://example.com/a",
                                                                        "Body text")
    assert rec.extra["Mood"] == "happy" and rec.extra["row"] == "2"
    assert result.settings["column_map"]["Team"] == "department"
    assert result.department_hint == "Department Column"


def test_forced_map_from_command_line(fixture_path):
    opts = ImportOptions(timezone=BERLIN, column_map={"When": "date", "Net": "channel"})
    result = read_file(fixture_path("sheets/forced_map.csv"), opts)
    rec = result.records[0]
    assert rec.channel == "X" and rec.title == "Forced mapping post"
    assert rec.start == datetime(2026, 8, 4, 10, 0, tzinfo=BERLIN)
    # "Who" names no field, but its first names are people: the owner, by content
    assert result.settings["column_map"] == {"When": "date", "Net": "channel", "Headline": "title", "Who": "owner"}
    # the stored map reused on re-import gives the same records
    again = read_file(fixture_path("sheets/forced_map.csv"),
                      ImportOptions(timezone=BERLIN, column_map=result.settings["column_map"]))
    assert again.records == result.records


def test_sheet_without_date_column_is_refused(fixture_path):
    with pytest.raises(UnmappableSheet) as err:
        read_file(fixture_path("sheets/no_date.csv"), ImportOptions(timezone=BERLIN))
    assert err.value.headers == ["Channel", "Title", "Owner"]
    assert err.value.preview[0] == ["X", "Just a list", "Ann"]
    assert "Channel, Title, Owner" in str(err.value) and "no_date.csv" in str(err.value)


def test_date_column_found_by_content(fixture_path):
    result = read_file(fixture_path("sheets/forced_map.csv"), ImportOptions(timezone=BERLIN))
    assert len(result.records) == 2
    assert any("'When'" in w for w in result.notes)


def test_exact_synonym_beats_a_weaker_match_further_left():
    cols = map_columns(["Draft due", "Post", "Publish Date", "Post Title"])
    assert cols == {0: "extra", 1: "extra", 2: "date", 3: "title"}


def test_unknown_forced_field_and_missing_header_are_named(fixture_path):
    opts = ImportOptions(timezone=BERLIN, column_map={"When": "date", "Net": "network-ish", "Gone": "owner"})
    result = read_file(fixture_path("sheets/forced_map.csv"), opts)
    assert any("'Net=network-ish' ignored: unknown field" in w for w in result.warnings)
    assert not any("Gone" in w for w in result.warnings)
    assert len(result.records) == 2


def test_forced_field_may_be_a_synonym():
    assert map_columns(["Net", "Go live"], {"Net": "Network", "Go live": "Publish Date"}) == {0: "channel", 1: "date"}


def test_due_dates_make_tasks(tmp_path):
    from datetime import date

    from tests.sheets_build import write_xlsx

    path = write_xlsx(tmp_path / "tasks.xlsx", {"S": [["Task", "Due", "Assigned to"], ["Write recap", date(2026, 8, 4), "Ann"]]})
    rec = read_file(path, ImportOptions(timezone=BERLIN)).records[0]
    assert rec.kind == "task" and rec.title == "Write recap" and rec.owner == "Ann" and rec.all_day



def test_german_working_title_and_french_social_network(tmp_path):
    # "Arbeitstitel" unmapped: the real titles went to an extra field and every entry was "(LinkedIn post)"
    path = tmp_path / "Redaktion.csv"
    path.write_text("Datum;Kanal;Arbeitstitel\n04.08.2026;LinkedIn;Sommerstart\n", encoding="utf-8")
    assert read_file(path, ImportOptions(timezone=BERLIN)).records[0].title == "Sommerstart"
    assert map_columns(["Date", "Réseau social", "Titre"]) == {0: "date", 1: "channel", 2: "title"}


def test_time_of_publication_is_not_a_second_date_column(tmp_path):
    # "Veröffentlichung" alone means the publish date, but here it only qualifies "Uhrzeit":
    # read as a date the column lost to "Datum" and every time was dropped into an extra field
    assert map_columns(["Datum", "Uhrzeit der Veröffentlichung", "Titel"]) == {0: "date", 1: "time", 2: "title"}
    path = tmp_path / "Redaktion.csv"
    path.write_text("Datum;Uhrzeit der Veröffentlichung;Kanal;Titel\n04.08.2026;9 Uhr;LinkedIn;Sommerstart\n",
                    encoding="utf-8")
    record = read_file(path, ImportOptions(timezone=BERLIN)).records[0]
    assert record.start == datetime(2026, 8, 4, 9, tzinfo=BERLIN) and not record.all_day
