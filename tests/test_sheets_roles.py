"""Column roles from headers and content, titles a person would write, people and ends."""
from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.mapping import FIELDS, field_for, normalise_field
from importers.sheets.roles import SAMPLE, people_in, profile, sample_rows, scores
from importers.sheets.times import NextDay, parse_time_text

BERLIN = ZoneInfo("Europe/Berlin")


def _read(tmp_path, text: str, name: str = "plan.csv", **opts):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path, ImportOptions(timezone=BERLIN, **opts))


def _roles(result) -> dict[str, str]:
    return {c["column"]: c["role"] for c in result.settings["mapping"]}


# -- headers -------------------------------------------------------------------------------

@pytest.mark.parametrize("header, field", [
    ("Data de publicação", "date"), ("Responsável", "owner"), ("Descrição", "description"), ("Campanha", "campaign"),
    ("Titolo", "title"), ("Canale", "channel"), ("Data di fine", "end_date"), ("Ora di fine", "end_time"),
    ("Onderwerp", "title"), ("Kanaal", "channel"), ("Eindtijd", "end_time"), ("Eigenaar", "owner"),
    ("Einddatum", "end_date"), ("Rubrik", "title"), ("Ansvarig", "owner"), ("Slutdatum", "end_date"),
    ("Sluttid", "end_time"), ("Tidspunkt", "time"), ("Overskrift", "title"), ("Otsikko", "title"),
    ("Kanava", "channel"), ("Vastuuhenkilö", "owner"), ("Päivämäärä", "date"), ("Tytuł", "title"),
    ("Kanał", "channel"), ("Godzina", "time"), ("Data zakończenia", "end_date"), ("Właściciel", "owner"),
    ("Sendezeit", "time"), ("Zuständigkeit", "owner"), ("Veröffentlichungstermin", "date"), ("Endzeit", "end_time"),
    ("Schlussdatum", "end_date"), ("Social-Kanal", "channel"), ("Julkaisuaika", "time"), ("Venue", "location"),
    ("Update", None), ("Sport", None), ("Where", None), ("Who", None), ("Slot", None), ("Piece", None),
])
def test_headers_in_more_languages_and_compounds(header, field):
    assert field_for(header) == field


def test_field_names_are_accepted_as_they_are():
    for name in FIELDS:
        assert normalise_field(name) == name
    assert normalise_field("start") == "start" and normalise_field("duration") == "duration"


# -- content -------------------------------------------------------------------------------

def test_content_scores_tell_roles_apart():
    channel = scores(profile(["LinkedIn", "FB page", "Insta", "LinkedIn", "X", "FB page"] * 5))
    person = scores(profile(["Ana Costa", "Ben Carter", "Ana Costa", "Lena Vogt"] * 5))
    initials = scores(profile(["AC", "BC", "IG", "AC", "LV"] * 5))  # "IG" among initials is a person
    title = scores(profile([f"Launch recap part {i}: what we learned" for i in range(30)]))
    status = scores(profile(["Entwurf", "geplant", "publié", "Draft"] * 5))
    assert max(channel, key=channel.get) == "channel"
    assert max(person, key=person.get) == "owner"
    assert max(initials, key=initials.get) == "owner"
    assert max(title, key=title.get) == "title"
    assert max(status, key=status.get) == "status"
    years = profile(["2024", "2025", "2026"] * 5)
    assert years.time == 0.0  # years, not 20:24


def test_a_sample_keeps_content_inference_cheap():
    assert len(sample_rows(50_000)) <= 2 * SAMPLE + 1
    assert profile(list(range(10_000))).n <= SAMPLE


def test_plain_word_headers_are_read_by_content(tmp_path):
    # headers no synonym list holds: the channel must not become the title, the owner must not be lost
    rows = ["When?,Slot,Where,Piece,Who,Network?"]
    channels = ["LinkedIn", "Instagram", "LinkedIn", "X", "Newsletter", "Instagram"]
    people = ["Ana Costa", "Ben Carter", "Ana Costa", "Lena Vogt", "Ben Carter", "Lena Vogt"]
    for i in range(6):
        rows.append(f"2026-09-{i + 10},{9 + i}:30,{channels[i]},Launch story number {i} for the autumn,"
                    f"{people[i]},{channels[i]}")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    first = result.records[0]
    assert first.start == datetime(2026, 9, 10, 9, 30, tzinfo=BERLIN)
    assert first.title == "Launch story number 0 for the autumn"
    assert first.channel == "LinkedIn" and first.owner == "Ana Costa"
    roles = _roles(result)
    assert roles["Piece"] == "title" and roles["Who"] == "owner"
    assert {roles["Where"], roles["Network?"]} == {"channel", "extra"}
    by = {c["column"]: c["by"] for c in result.settings["mapping"]}
    assert by["Piece"] == "content" and by["Network?"] == "header"


def test_mapping_report_shape_doubts_and_forced(tmp_path):
    text = "Datum;Titel;Notizen\n04.08.2026;Sommerstart;x\n05.08.2026;Herbst;y\n"
    result = _read(tmp_path, text)
    mapping = result.settings["mapping"]
    assert [c["column"] for c in mapping] == ["Datum", "Titel", "Notizen"]
    assert all(set(c) == {"sheet", "column", "role", "by", "confidence"} for c in mapping)
    from calendar_core.understood import doubts  # one home for "no column holds the channel"

    assert {"no column holds the channel", "no column holds the owner"} <= set(doubts(result.settings, "csv"))
    assert result.settings["column_map"] == {"Datum": "date", "Titel": "title"}
    forced = _read(tmp_path, text, column_map={"Notizen": "owner", "Titel": "title"})
    by = {c["column"]: c["by"] for c in forced.settings["mapping"]}
    assert by["Notizen"] == "forced" and by["Titel"] == "header"  # a map that agrees with the file changes nothing
    assert forced.records[0].owner == "x"


def test_blank_header_is_named_by_its_letter(tmp_path):
    result = _read(tmp_path, "Date,,Title\n2026-08-04,LinkedIn,Hello\n2026-08-05,X,World\n")
    assert result.settings["mapping"][1]["column"] == "column B"


# -- titles --------------------------------------------------------------------------------

def test_fixtures_become_home_away(tmp_path):
    teams = ["Lions", "Tigers", "Bears", "Wolves", "Hawks", "Sharks"]
    rows = ["Kickoff,Home,Away"]
    for i in range(8):
        rows.append(f"2026-09-{i + 10} 15:00,{teams[i % 6]},{teams[(i + 2) % 6]}")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    assert result.records[0].title == "Lions vs Bears"
    assert result.records[0].owner == ""
    assert all(" vs " in r.title for r in result.records)


def test_fixtures_name_their_league(tmp_path):
    teams = ["Lions", "Tigers", "Bears", "Wolves", "Hawks", "Sharks"]
    leagues = ["Premier", "Cup", "Friendly"]
    rows = ["Date,Time,Home,Away,Series"]
    for i in range(9):
        rows.append(f"2026-09-{i + 10},15:00,{teams[i % 6]},{teams[(i + 2) % 6]},{leagues[i % 3]}")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    assert result.records[0].title == "Lions vs Bears (Premier)"
    assert result.records[0].campaign == "Premier"


def test_rota_names_the_duty_and_its_people(tmp_path):
    rows = ["Date,Duty,First,Second"]
    people = ["Ana Costa", "Ben Carter", "Lena Vogt", "Tom Becker"]
    for i in range(8):
        rows.append(f"2026-09-{i + 10},{'Early shift' if i % 2 else 'Late shift'},{people[i % 4]},"
                    f"{people[(i + 1) % 4]}")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    first = result.records[0]
    assert first.title == "Late shift: Ana Costa, Ben Carter"
    assert first.owner == "Ana Costa; Ben Carter"


def test_listing_names_event_and_venue(tmp_path):
    rows = ["Date,Event,Venue"]
    for i in range(8):
        rows.append(f"2026-09-{i + 10},{'Concert' if i % 2 else 'Reading'},Hall {i}")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    assert result.records[0].title == "Reading @ Hall 0"
    assert result.records[0].extra["location"] == "Hall 0"


def test_two_columns_that_alone_repeat_make_the_title(tmp_path):
    rows = ["year,quarter,begins_on,finishes_on"]
    for y in (2024, 2025, 2026):
        for q, (m1, m2) in zip(("Fall", "Winter", "Spring"), ((9, 12), (1, 3), (4, 6))):
            rows.append(f"{y},{q},{y}-{m1:02d}-05,{y}-{m2:02d}-20")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    first = result.records[0]
    assert first.title == "2024 Fall"
    assert first.start == date(2024, 9, 5) and first.end == date(2024, 12, 21)  # multi-day, end exclusive


def test_title_is_never_a_weekday_or_a_placeholder(tmp_path):
    text = ("Day,Date,Network,Copy\n"
            "Mon,2026-08-03,LinkedIn,We hired twelve new people this summer. Meet them here.\n"
            "Tue,2026-08-04,X,\n")
    result = _read(tmp_path, text)
    titles = [r.title for r in result.records]
    assert titles[0] == "We hired twelve new people this summer. Meet them here."
    assert titles[1] == "(untitled)" and "Tue" not in titles and "(X post)" not in titles


# -- people --------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, people", [
    ("Ana Costa & Ben Carter", ["Ana Costa", "Ben Carter"]), ("Ana Costa, Ben Carter", ["Ana Costa", "Ben Carter"]),
    ("Lena Vogt und Tom Becker", ["Lena Vogt", "Tom Becker"]), ("Lucía Gómez y Pablo Ruiz", ["Lucía Gómez", "Pablo Ruiz"]),
    ("JD, MK", ["JD", "MK"]), ("Vogt, Lena", ["Vogt, Lena"]), ("ana@acme.example; ben@acme.example",
                                                                ["ana@acme.example", "ben@acme.example"]),
])
def test_people_in_one_cell(cell, people):
    assert people_in(cell) == people


def test_several_people_are_each_booked(tmp_path):
    from analysis_factory import entry
    from calendar_core.analysis import analyse
    from calendar_core.settings import Settings

    rows = ["Date,Time,Title,Early,Late"]
    for day in range(4, 8):
        rows.append(f"2026-08-0{day},10:00,Desk,Ana Costa,Ben Carter")
    rows.append("2026-08-08,10:00,Podcast,Ana Costa y Lena Vogt,")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    assert [r.owner for r in result.records][0] == "Ana Costa; Ben Carter"
    podcast = result.records[-1]
    assert podcast.owner == "Ana Costa; Lena Vogt"
    mine = entry("Podcast", "2026-08-08 10:00", minutes=60, owner=podcast.owner, channel="Podcast")
    other = entry("Interview", "2026-08-08 10:30", minutes=30, owner="Lena Vogt", department="HR", channel="X")
    found = [c for c in analyse([mine, other], Settings(timezone="Europe/Berlin")).conflicts
             if c.kind == "double_booking"]
    assert len(found) == 1 and "Lena Vogt" in found[0].message


# -- times and ends ------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, end", [
    ("2:00 PM - 5:30 PM", time(14), time(17, 30)), ("7p-10p", time(19), time(22)), ("9a", time(9), None),
    ("10:30a-11a", time(10, 30), time(11)), ("8-9:30a", time(8), time(9, 30)), ("11-1pm", time(11), time(13)),
    ("10:30 AM ET", time(10, 30), None),
])
def test_time_texts(text, start, end):
    assert parse_time_text(text) == (start, end)


def test_times_past_midnight_are_the_next_day():
    start, end = parse_time_text("22:00-26:30")
    assert start == time(22) and isinstance(end, NextDay) and end == time(2, 30)
    assert isinstance(parse_time_text("25:00")[0], NextDay)


def test_twelve_hour_range_ends_the_same_day(tmp_path):
    result = _read(tmp_path, "Date,Time,Title\n2026-08-04,2:00 PM - 5:30 PM,Workshop\n")
    rec = result.records[0]
    assert rec.start == datetime(2026, 8, 4, 14, tzinfo=BERLIN)
    assert rec.end == datetime(2026, 8, 4, 17, 30, tzinfo=BERLIN)


def test_past_midnight_columns(tmp_path):
    text = "start_day,start_at,end_at,name\n2026-11-26,21:00,28:00,All-night film\n2026-11-26,25:00,26:30,Late talk\n"
    result = _read(tmp_path, text)
    film, talk = result.records
    assert film.start == datetime(2026, 11, 26, 21, tzinfo=BERLIN)
    assert film.end == datetime(2026, 11, 27, 4, tzinfo=BERLIN)
    assert talk.start == datetime(2026, 11, 27, 1, tzinfo=BERLIN)
    assert talk.end == datetime(2026, 11, 27, 2, 30, tzinfo=BERLIN)


def test_end_columns_found_by_content(tmp_path):
    rows = ["Kiwi,Mango,Pebble,Quartz,Ripple"]
    for i in range(6):
        rows.append(f"2026-09-{i + 10},2026-09-{i + 12},{9 + i}:00,{10 + i}:30,Offsite day {i} in the mountains")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    roles = _roles(result)
    assert roles == {"Kiwi": "date", "Mango": "end_date", "Pebble": "time", "Quartz": "end_time", "Ripple": "title"}
    rec = result.records[0]
    assert rec.start == datetime(2026, 9, 10, 9, tzinfo=BERLIN)
    assert rec.end == datetime(2026, 9, 12, 10, 30, tzinfo=BERLIN)  # multi-day stays multi-day


def test_a_second_date_sometimes_earlier_is_not_the_end(tmp_path):
    rows = ["Kiwi,Mango,Ripple"]
    for i in range(6):
        rows.append(f"2026-09-{i + 10},2026-09-{14 - i},Offsite day {i} in the mountains")
    assert _roles(_read(tmp_path, "\n".join(rows) + "\n"))["Mango"] == "extra"


def test_end_column_left_of_the_start_is_still_the_end(tmp_path):
    rows = ["Kiwi,Mango,Pebble,Ripple"]
    for i in range(6):
        rows.append(f"2026-09-{i + 10},{10 + i}:30,{9 + i}:00,Offsite day {i} in the mountains")
    roles = _roles(_read(tmp_path, "\n".join(rows) + "\n"))
    assert roles["Mango"] == "end_time" and roles["Pebble"] == "time"


def test_end_headers_in_other_languages(tmp_path):
    text = "Data;Ora;Ora di fine;Titolo\n04/08/2026;14:00;15:30;Conferenza\n"
    rec = _read(tmp_path, text).records[0]
    assert rec.end == datetime(2026, 8, 4, 15, 30, tzinfo=BERLIN)


def test_each_filled_event_cell_is_an_entry_and_times_close_titles(tmp_path):
    text = ("Date,Event,Event 2,Event 3\n"
            "2023-08-28,First Day of School,Parent Orientation 8-9:30a,\n"
            "2023-08-29,\"Coffee with the Principal, 8:15a\",,\n"
            "2023-08-30,,,\n"
            "2023-08-31,Grades 1-5 picnic,Team Meeting @ 5p,Book fair\n")
    result = _read(tmp_path, text)
    got = {(r.title, r.start if r.all_day else r.start.time(), r.end if r.all_day else r.end and r.end.time())
           for r in result.records}
    assert got == {
        ("First Day of School", date(2023, 8, 28), date(2023, 8, 29)),
        ("Parent Orientation", time(8), time(9, 30)),
        ("Coffee with the Principal", time(8, 15), None),
        ("Grades 1-5 picnic", date(2023, 8, 31), date(2023, 9, 1)),
        ("Team Meeting", time(17), None),
        ("Book fair", date(2023, 8, 31), date(2023, 9, 1)),
    }
    assert {r.location for r in result.records if r.title in ("Grades 1-5 picnic", "Book fair")} == {"row 5"}
    assert _roles(result)["Event 2"] == "title"


def test_house_channels_beside_a_known_one_are_a_channel_column(tmp_path):
    rows = ["Kiwi,Mango,Pebble,Quartz"]
    channels = ["Careers page", "Staff app", "Careers page", "Intranet", "Staff app", "Careers page"]
    for i in range(18):
        rows.append(f"2026-09-{i + 10},{channels[i % 6]},Launch story number {i} for autumn,"
                    f"{'Ana Costa' if i % 3 else 'Ben Carter'}")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    assert _roles(result) == {"Kiwi": "date", "Mango": "channel", "Pebble": "title", "Quartz": "owner"}
    assert result.records[0].channel == "Careers page"


@pytest.mark.parametrize("text", [
    "Kickoff,Home,Away\n" + "".join(f"2026-09-{10 + i} 15:00,{t[i % 3]},{t[(i + 1) % 3]}\n" for i in range(6)
                                    for t in [("Lions", "Tigers", "Bears")]),
    "Date,Duty,First,Second\n" + "".join(f"2026-09-{10 + i},Shift {i % 2},{p[i % 3]},{p[(i + 1) % 3]}\n"
                                         for i in range(6) for p in [("Ana Costa", "Ben Carter", "Lena Vogt")]),
    "year,quarter,begins_on\n" + "".join(f"{y},{q},{y}-0{m}-05\n" for y in (2024, 2025)
                                         for q, m in (("Fall", 9), ("Winter", 1), ("Spring", 4))),
    "Date,Event,Event 2\n2026-09-10,Open House 8-9a,Fair\n2026-09-11,Talk,\n",
])
def test_the_stored_mapping_reads_the_same_entries(tmp_path, text):
    first = _read(tmp_path, text)
    again = _read(tmp_path, text, column_map=first.settings["column_map"])
    assert again.records == first.records


def test_a_location_naming_networks_is_the_channel(tmp_path):
    rows = ['"Subject","Start Date","Start Time","Location"']
    for i in range(8):
        rows.append(f'"Autumn story {i}","9/{10 + i}/2026","10:00 AM","{("LinkedIn", "FB page", "Instagram")[i % 3]}"')
    result = _read(tmp_path, "\n".join(rows) + "\n")
    assert result.records[0].channel == "LinkedIn" and result.records[1].channel == "FB page"
    assert result.records[0].start == datetime(2026, 9, 10, 10, tzinfo=BERLIN)


def test_without_a_title_column_the_copy_names_the_post_not_its_format(tmp_path):
    rows = ["Date,Channel,Owner,Format,Copy"]
    for i in range(8):
        rows.append(f"2026-09-{10 + i},LinkedIn,{('Ana Costa', 'Ben Carter')[i % 2]},{('Video', 'Image')[i % 2]},"
                    f"Our autumn story number {i} is here. Read how the team built it and what comes next.")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    assert result.records[0].title == "Our autumn story number 0 is here. Read how the team built it and what comes next."
    assert result.records[0].owner == "Ana Costa"


def test_durations_and_date_times_by_content(tmp_path):
    rows = ["Kiwi,Mango,Pebble,Ripple"]
    for i in range(6):
        rows.append(f"2026-09-{10 + i} 09:00,{('30 min', '1h', '1h30')[i % 3]},Workshop number {i} on design,"
                    f"2026-0{1 + i % 3}-{10 + i} 08:00")  # made months before: not the start
    result = _read(tmp_path, "\n".join(rows) + "\n")
    roles = _roles(result)
    assert roles["Kiwi"] == "date" and roles["Mango"] == "duration" and roles["Ripple"] == "extra"
    rec = result.records[1]
    assert rec.start == datetime(2026, 9, 11, 9, tzinfo=BERLIN)
    assert rec.end == datetime(2026, 9, 11, 10, tzinfo=BERLIN)


def test_a_later_date_time_column_is_the_end(tmp_path):
    rows = ["Kiwi,Mango,Pebble"]
    for i in range(6):
        rows.append(f"2026-09-{10 + i} 09:00,2026-09-{10 + i} 10:30,Workshop number {i} on design")
    rec = _read(tmp_path, "\n".join(rows) + "\n").records[0]
    assert rec.end == datetime(2026, 9, 10, 10, 30, tzinfo=BERLIN)



def test_bare_numbers_are_times_only_on_round_minutes():
    import random

    from importers.sheets.roles import profile

    rng = random.Random(12)
    compact = [str(rng.choice([7, 8, 9, 10, 14, 19]) * 100 + rng.choice([0, 15, 30, 45])) for _ in range(40)]
    era_years = [str(rng.randint(1411, 1453)) for _ in range(40)]  # a Hijri year column, or ids
    assert profile(compact).time >= 0.9
    assert profile(era_years).time == 0.0 and profile(era_years).number >= 0.9


def test_composed_titles_say_what_the_dated_period_is(tmp_path):
    rows = ["year,term,exam_start,exam_end"]
    for y in (2025, 2026, 2027):
        for term, m in (("Fall", 12), ("Spring", 5), ("Summer", 8)):
            rows.append(f"{y},{term},{y}-{m:02d}-02,{y}-{m:02d}-09")
    result = _read(tmp_path, "\n".join(rows) + "\n")
    assert result.records[0].title == "2025 Fall exam"
    assert result.records[0].end == date(2025, 12, 10)  # the last day included


def test_a_channel_named_in_the_titles_is_no_missing_channel(tmp_path):
    """"LinkedIn: Launch post" names the channel: the import does not ask about a missing channel column."""
    from calendar_core.understood import doubts

    rows = "".join(f"2026-08-{d:02d},10:00,{net}: post {d},Lena Vogt\n"
                   for d, net in zip(range(3, 10), ["LinkedIn", "X", "Instagram", "LinkedIn", "X", "Blog", "LinkedIn"]))
    result = _read(tmp_path, "Date,Time,Title,Owner\n" + rows)
    assert {r.channel for r in result.records} >= {"LinkedIn", "X"}
    assert not any("channel" in d for d in doubts(result.settings, "csv"))
    plain = _read(tmp_path, "Date,Time,Title,Owner\n2026-08-03,10:00,Launch post,Lena Vogt\n", name="plain.csv")
    assert "no column holds the channel" in doubts(plain.settings, "csv")
