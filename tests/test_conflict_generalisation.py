"""The defects the generated companies (tests/clash_companies.py) found, one test each.

Each fails on the code before its fix: channels, people, statuses, ICS fields, department names,
sheet ends and zone hints, every one read from content rather than from one file's spelling.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from calendar_core.analysis import analyse
from calendar_core.model import Entry
from calendar_core.names import Names, person_identities
from calendar_core.settings import Settings
from importers import ImportOptions, read_file
from importers.channels import known_channel

BERLIN = ZoneInfo("Europe/Berlin")


# -- channels ------------------------------------------------------------------------------

@pytest.mark.parametrize("written,canonical", [
    ("IG Reels", "Instagram"), ("instagram stories", "Instagram"), ("LinkedIn (company)", "LinkedIn"),
    ("LinkedIn Page", "LinkedIn"), ("X (formerly Twitter)", "X"), ("Company blog post", "Blog"),
])
def test_a_channel_is_canonical_by_content(written, canonical):
    assert Names.defaults().channel(written) == canonical


@pytest.mark.parametrize("written", ["Meta ads", "Berlin web", "Product X launch", "LI + X", "Room 4"])
def test_a_value_naming_no_single_network_stays_as_written(written):
    assert known_channel(written) is None
    assert Names.defaults().channel(written) == written


def test_a_synonym_of_the_user_wins_over_content():
    names = Names.from_rows([("channel", "IG Reels", "Reels")])
    assert names.channel("IG Reels") == "Reels" and names.channel("IG Stories") == "Instagram"


# -- people --------------------------------------------------------------------------------

def test_one_person_however_written():
    keys = person_identities(["Lena Vogt", "lena  VOGT", "Vogt, Lena", "lena.vogt@acme.example", "LV", "Lena V.",
                              "Lena Becker", "Jan Hoffmann", "Jana Hoffmann", "JH", "Tomás Silva",
                              "tomas.silva@acme.example", "Nils S.", "NS", "info@acme.example"])
    lena = {keys[k] for k in ("Lena Vogt", "lena  VOGT", "Vogt, Lena", "lena.vogt@acme.example", "LV", "Lena V.")}
    assert len(lena) == 1
    assert keys["Lena Becker"] not in lena  # another Lena
    assert keys["Jan Hoffmann"] != keys["Jana Hoffmann"]
    assert keys["JH"] not in (keys["Jan Hoffmann"], keys["Jana Hoffmann"])  # fits both: stays apart
    assert keys["Tomás Silva"] == keys["tomas.silva@acme.example"]
    assert keys["Nils S."] == keys["NS"]  # no full name, but only one person these letters fit
    assert keys["info@acme.example"] == "info@acme.example"


def _entry(i, start, owner, channel, department, minutes=30, status=""):
    s = datetime.fromisoformat(start).replace(tzinfo=BERLIN)
    return Entry(id=i, source_id=i, source_ref=f"row {i}", title=f"Post {i}", start=s.astimezone(timezone.utc),
                 end=(s + timedelta(minutes=minutes)).astimezone(timezone.utc), department=department,
                 channel=channel, owner=owner, status=status, source_name=f"{department}.xlsx")


def test_a_person_written_two_ways_is_double_booked():
    entries = [_entry(1, "2026-09-10 10:00", "Vogt, Lena", "Blog", "HR", 60),
               _entry(2, "2026-09-10 10:15", "lena.vogt@acme.example", "X", "PR"),
               _entry(3, "2026-09-10 10:15", "Lena Becker", "Newsletter", "Sales")]
    found = [sorted(c.entry_ids) for c in analyse(entries, Settings(timezone="Europe/Berlin")).conflicts
             if c.kind == "double_booking"]
    assert found == [[1, 2]]


def test_a_status_of_another_language_cancels():
    entries = [_entry(1, "2026-09-10 10:00", "Ana Costa", "LinkedIn", "HR", status=Names.defaults().status("geannuleerd")),
               _entry(2, "2026-09-10 10:10", "Ben Carter", "LinkedIn", "PR")]
    assert Names.defaults().status("geannuleerd") == "Cancelled"
    assert not analyse(entries, Settings(timezone="Europe/Berlin")).conflicts


# -- ICS fields ----------------------------------------------------------------------------

def _ics(tmp_path, name, events, calname="Marketing"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", f"X-WR-CALNAME:{calname}"]
    for k, extra in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:e{k}@x", "DTSTAMP:20260901T000000Z",
                  f"DTSTART:202609{10 + k:02d}T080000Z", f"DTEND:202609{10 + k:02d}T083000Z", *extra, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return read_file(path, ImportOptions(timezone=BERLIN))


def test_the_category_naming_a_network_is_the_channel(tmp_path):
    result = _ics(tmp_path, "a.ics", [["SUMMARY:Launch", "CATEGORIES:Social Media,LinkedIn"],
                                      ["SUMMARY:Recap", "CATEGORIES:Campaign,IG"],
                                      ["SUMMARY:Tips", "CATEGORIES:Content,LinkedIn"]])
    assert [r.channel for r in result.records] == ["LinkedIn", "IG", "LinkedIn"]


@pytest.mark.parametrize("summaries,channels,titles", [
    (["LinkedIn: Launch post", "fb page: Recap: part two", "LI – Tips (3)"], ["LinkedIn", "fb page", "LI"],
     ["Launch post", "Recap: part two", "Tips (3)"]),
    (["Launch post | LinkedIn", "Recap | Instagram", "Tips – X"], ["LinkedIn", "Instagram", "X"],
     ["Launch post", "Recap", "Tips"]),
    (["Launch post (LinkedIn)", "Recap (IG)", "Tips (3) (X)"], ["LinkedIn", "IG", "X"],
     ["Launch post", "Recap", "Tips (3)"]),
])
def test_a_network_named_in_the_summary_is_the_channel(tmp_path, summaries, channels, titles):
    result = _ics(tmp_path, "a.ics", [[f"SUMMARY:{s}"] for s in summaries])
    assert [r.channel for r in result.records] == channels
    assert [r.title for r in result.records] == titles


def test_titles_with_a_colon_keep_it_when_no_network_leads(tmp_path):
    result = _ics(tmp_path, "a.ics", [["SUMMARY:Webinar: part one"], ["SUMMARY:Q3: results"],
                                      ["SUMMARY:Release notes: 3.1"]])
    assert [r.title for r in result.records] == ["Webinar: part one", "Q3: results", "Release notes: 3.1"]
    assert [r.channel for r in result.records] == ["", "", ""]


@pytest.mark.parametrize("calname", ["Calendar", "Kalender", "lena.vogt@acme.example"])
def test_a_default_calendar_name_leaves_the_department_to_the_file_name(tmp_path, calname):
    from calendar_core.workspace import Workspace

    _ics(tmp_path, "hr_outlook_export.ics", [["SUMMARY:A"]], calname=calname)
    _ics(tmp_path, "pr_outlook_export.ics", [["SUMMARY:B"]], calname=calname)
    with Workspace.open(tmp_path / "ws.sqlite") as ws:
        for name in ("hr_outlook_export.ics", "pr_outlook_export.ics"):
            ws.import_file(tmp_path / name)
        assert sorted(ws.departments()) == ["HR", "PR"]


# -- sheets --------------------------------------------------------------------------------

def test_a_time_beside_a_date_and_time_column_is_its_end(tmp_path):
    path = tmp_path / "plan.csv"
    rows = ["Quartz;Pebble;Orbit;Lane"] + [f"2026-09-{10 + k} {9 + k}:15;{9 + k}:45;Post number {k} about things;LinkedIn"
                                       for k in range(6)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    recs = read_file(path, ImportOptions(timezone=BERLIN)).records
    assert [(r.start.hour, r.start.minute, r.end.hour, r.end.minute) for r in recs[:2]] == [(9, 15, 9, 45),
                                                                                       (10, 15, 10, 45)]


def test_a_zone_hint_after_its_cue_word_wins_over_a_place_before_it(tmp_path):
    from importers.sheets.hints import hint_in

    assert hint_in("Regional North plan – All times Eastern") == "America/New_York"
    assert hint_in("North office – times London") == "Europe/London"


def test_a_calendar_keeps_to_one_form_of_summary_tag(tmp_path):
    result = _ics(tmp_path, "a.ics", [["SUMMARY:Webinar: our take | YouTube"], ["SUMMARY:Launch post | LinkedIn"],
                                      ["SUMMARY:Tips | X"]])
    assert [r.channel for r in result.records] == ["YouTube", "LinkedIn", "X"]
    assert result.records[0].title == "Webinar: our take"


@pytest.mark.parametrize("organizer", ["ORGANIZER;CN=Marketing:mailto:team@acme.example",
                                       "ORGANIZER;CN=Social desk:mailto:c_0a1b2c@group.calendar.google.com"])
def test_a_shared_calendar_as_organizer_books_its_attendee(tmp_path, organizer):
    attendee = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena Vogt:mailto:lv@acme.example"
    result = _ics(tmp_path, "a.ics", [["SUMMARY:A", organizer, attendee], ["SUMMARY:B", organizer]])
    assert [r.owner for r in result.records] == ["Lena Vogt", ""]


def test_a_person_organizer_stays_an_owner_beside_the_attendee(tmp_path):
    attendee = "ATTENDEE;CN=Tom Becker:mailto:tb@acme.example"
    result = _ics(tmp_path, "a.ics", [["SUMMARY:A", "ORGANIZER;CN=Lena Vogt:mailto:lv@acme.example", attendee]])
    assert [r.owner for r in result.records] == ["Lena Vogt; Tom Becker"]  # both are booked at that time


def test_an_owner_column_of_uncommon_first_names_is_read(tmp_path):
    path = tmp_path / "plan.csv"
    people = ["Eero Novak", "Vilja Rossi", "Gaspard Okafor", "Femi Hansen"]
    rows = ["Quartz;Pebble;Orbit;Lane"] + [f"2026-09-{10 + k};{9 + k % 5}:15;{people[k % 4]};Post {k} on the {k}th"
                                           for k in range(12)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    recs = read_file(path, ImportOptions(timezone=BERLIN)).records
    assert [r.owner for r in recs[:4]] == people


def test_a_tag_in_another_form_than_the_calendar_s_is_still_read(tmp_path):
    result = _ics(tmp_path, "a.ics", [["SUMMARY:Launch (LinkedIn)"], ["SUMMARY:Recap (IG)"],
                                      ["SUMMARY:Webinar: tips | X (formerly Twitter)"]])
    assert [r.channel for r in result.records] == ["LinkedIn", "IG", "X (formerly Twitter)"]
    assert result.records[2].title == "Webinar: tips"


def test_a_name_typed_in_lower_or_upper_case_is_still_a_name(tmp_path):
    path = tmp_path / "plan.csv"
    people = ["Pavlina Rossi", "cosmin schmidt", "EERO CARTER", "vera de vries", "Cosmin Schmidt", "Eero Carter",
              "pavlina rossi", "Vera de Vries"]
    rows = ["Quartz;Pebble;Orbit;Lane"] + [f"2026-09-{10 + k};{9 + k % 5}:15;{people[k % 8]};Post {k} on the {k}th"
                                           for k in range(16)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    recs = read_file(path, ImportOptions(timezone=BERLIN)).records
    assert [r.owner for r in recs[:8]] == people


@pytest.mark.parametrize("titles,channels,rest", [
    (["LinkedIn: Launch post for the app", "IG: Recap of the day", "LinkedIn: Tips and tricks", "X: Thread on pricing"],
     ["LinkedIn", "IG", "LinkedIn", "X"], ["Launch post for the app", "Recap of the day", "Tips and tricks",
                                           "Thread on pricing"]),
    (["[LI] Launch post for the app", "[FB page] Recap of the fair", "[X] Tips and tricks", "Team lunch in Berlin"],
     ["LI", "FB page", "X", ""], ["Launch post for the app", "Recap of the fair", "Tips and tricks",
                                  "Team lunch in Berlin"]),
])
def test_a_sheet_without_a_channel_column_takes_it_from_the_titles(tmp_path, titles, channels, rest):
    path = tmp_path / "plan.csv"
    rows = ["Quartz;Pebble;Orbit;Lane"] + [f"2026-09-{10 + k};{9 + k}:15;{t};Ana Costa" for k, t in enumerate(titles)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert [r.channel for r in result.records] == channels
    assert [r.title for r in result.records] == rest
    assert any("channel named in each title" in w for w in result.notes)


def test_titles_that_name_no_network_keep_their_colon_in_a_sheet(tmp_path):
    path = tmp_path / "plan.csv"
    titles = ["Webinar: part one", "Q3: results", "Release notes: 3.1", "Product update: pricing"]
    rows = ["Quartz;Pebble;Orbit;Lane"] + [f"2026-09-{10 + k};{9 + k}:15;{t};Ana Costa" for k, t in enumerate(titles)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    recs = read_file(path, ImportOptions(timezone=BERLIN)).records
    assert [r.title for r in recs] == titles and all(r.channel == "" for r in recs)


def test_a_description_retelling_the_title_leaves_the_title_to_the_shorter_column(tmp_path):
    path = tmp_path / "plan.csv"
    topics = ["How-to guide: next steps", "Product update: in five minutes", "Hiring drive: ask us anything",
              "Event teaser: the checklist", "Case study: part two", "Partner news: our take",
              "Security tips: three myths", "Annual report: the numbers"]
    rows = ["Quartz;Pebble;Orbit;Lane;Umber"] + [
        f"2026-09-{10 + k};{9 + k % 5}:15;Find out {t.lower()} for the PR audience, with a picture.;"
        f"IG: {t} ({k});Ana Costa" for k, t in enumerate(topics)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    recs = read_file(path, ImportOptions(timezone=BERLIN)).records
    assert [r.title for r in recs[:2]] == ["How-to guide: next steps (0)", "Product update: in five minutes (1)"]
    assert [r.channel for r in recs[:2]] == ["IG", "IG"]
    assert recs[0].description.startswith("Find out how-to guide")


def test_a_sheet_named_after_its_month_decides_the_order_of_its_dates(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, days in (("September 2026", (14, 22, 29)), ("October 2026", (1, 4))):
        ws = wb.create_sheet(name)
        ws.append(["Quartz", "Pebble", "Orbit", "Lane"])
        for k, day in enumerate(days):
            ws.append([f"{9 if name.startswith('Sep') else 10}/{day}/2026", f"{9 + k}:15", f"Post {name} {day}",
                       "LinkedIn"])
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    recs = read_file(path, ImportOptions(timezone=BERLIN)).records
    assert sorted(r.start.date().isoformat() for r in recs) == [
        "2026-09-14", "2026-09-22", "2026-09-29", "2026-10-01", "2026-10-04"]


def test_sheets_of_one_layout_are_judged_together(tmp_path):
    """A month sheet of a few rows is read as the month before it was: same header, same columns."""
    from openpyxl import Workbook

    people = ["Eero Novak", "Vilja Rossi", "Gaspard Okafor"]
    wb = Workbook()
    wb.remove(wb.active)
    for name, days in (("September 2026", range(10, 30)), ("October 2026", (1, 2))):
        ws = wb.create_sheet(name)
        ws.append(["Quartz", "Pebble", "Orbit", "Lane"])
        for k, day in enumerate(days):
            who = people[k % 3] if name.startswith("Sep") else ("Femi Hansen", "Kalle Jensen")[k]
            ws.append([f"2026-{9 if name.startswith('Sep') else 10}-{day:02d}", f"{9 + k % 5}:15", who,
                       f"Post number {k} of {name}"])
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    recs = read_file(path, ImportOptions(timezone=BERLIN)).records
    assert [r.owner for r in recs if r.start.month == 10] == ["Femi Hansen", "Kalle Jensen"]
