"""Saying what was understood: --explain, the report's sources[].mapping, zone notes, --map fields,
the report's location (the venue) and ref (where it was read)."""
from __future__ import annotations

import json

import pytest

import main as masthead_main
from calendar_core.understood import doubts, mapping_line, source_mapping, zone_note
from importers.sheets.mapping import FIELDS
from tests.ics_helpers import FIXTURES


def _csv(tmp_path, name="plan.csv", header="Date,Time,Channel,Title,Owner", rows=None):
    rows = rows or ["2026-08-04,09:00,LinkedIn,Launch teaser,Lena Vogt", "2026-08-05,10:30,Blog,Recap,Tom Becker"]
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _run(capsys, *args):
    code = masthead_main.main(["consolidate", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_explain_prints_each_files_mapping(tmp_path, capsys):
    csv = _csv(tmp_path)
    code, out, _ = _run(capsys, csv, FIXTURES / "fields_location_channel.ics", "--timezone", "Europe/Berlin",
                        "--explain")
    assert code == 0
    assert "understood:" in out
    assert "Channel → channel (by its header" in out  # the reader may add how sure the content made it
    assert "LOCATION → channel (by its content, 100 % sure; 4 of 4 events)" in out
    assert "ORGANIZER → owner (by its property name; 2 of 4 events)" in out
    # without --explain the summary stays short
    code, out, _ = _run(capsys, csv, "--timezone", "Europe/Berlin")
    assert "understood:" not in out


def test_zone_note_for_a_sheet_without_a_zone_and_not_for_one_that_names_it(tmp_path, capsys):
    plain = _csv(tmp_path)
    hinted = _csv(tmp_path, "et.csv", header="Date,Time (ET),Channel,Title,Owner")
    code, out, _ = _run(capsys, plain, hinted, "--timezone", "Europe/Berlin", "--tz", "et.csv=Europe/Paris")
    lines = out.splitlines()
    plain_at = next(i for i, line in enumerate(lines) if "plan.csv" in line)
    assert lines[plain_at + 1] == "    note: times read in Europe/Berlin (the workspace's zone; the file names none)"
    assert not any("note: times read in" in line for line in lines if "et.csv" in line)
    et_block = lines[next(i for i, line in enumerate(lines) if "et.csv" in line):]
    assert not any(line.startswith("    note: times read in Europe/Paris") for line in et_block)
    code, out, _ = _run(capsys, plain, "--timezone", "Europe/Berlin", "--tz", "plan.csv=America/Chicago")
    assert "note: times read in America/Chicago (the source's zone)" in out


def test_floating_ics_times_get_a_zone_note(capsys):
    code, out, _ = _run(capsys, FIXTURES / "tz_floating.ics", FIXTURES / "tz_vtimezone_iana.ics",
                        "--timezone", "Europe/Berlin")
    assert "note: floating times (without a zone) read in Europe/Berlin" in out
    assert out.count("note:") == 1  # the file with TZIDs names its zones itself


def test_report_has_mapping_venue_and_ref(tmp_path, capsys):
    report = tmp_path / "r.json"
    code, _, _ = _run(capsys, _csv(tmp_path), FIXTURES / "fields_location_venue.ics", "--timezone", "UTC",
                      "--report", report)
    data = json.loads(report.read_text())
    by_file = {s["file"]: s for s in data["sources"]}
    sheet_map = {m["column"]: m for m in by_file["plan.csv"]["mapping"]}
    assert sheet_map["Channel"]["role"] == "channel" and sheet_map["Channel"]["by"] == "header"
    assert 0.0 <= sheet_map["Channel"]["confidence"] <= 1.0
    assert by_file["plan.csv"]["timezone"] == "UTC"
    ics_map = by_file["fields_location_venue.ics"]["mapping"]
    assert {m["role"] for m in ics_map} == {"title"}
    entries = {e["title"]: e for e in data["entries"]}
    assert entries["Weekly sync"]["location"] == "Room 3.14"
    assert entries["Weekly sync"]["ref"].startswith("line ")
    assert entries["Launch teaser"]["location"] == "" and entries["Launch teaser"]["ref"].startswith("row ")


def test_map_accepts_every_reader_field_and_refuses_others(tmp_path, capsys):
    csv = _csv(tmp_path, header="When,Length,Net,Thing,Who",
               rows=["2026-08-04 09:00,45,LinkedIn,Launch,Lena Vogt"])
    report = tmp_path / "r.json"
    code, out, err = _run(capsys, csv, "--timezone", "UTC", "--map", "When=start", "--map", "Length=duration",
                          "--map", "Net=channel", "--map", "Thing=title", "--map", "Who=owner", "--report", report)
    assert code == 0, err
    entry = json.loads(report.read_text())["entries"][0]
    assert (entry["start"], entry["end"], entry["channel"], entry["owner"]) == (
        "2026-08-04T09:00:00+00:00", "2026-08-04T09:45:00+00:00", "LinkedIn", "Lena Vogt")
    code, out, err = _run(capsys, csv, "--map", "Net=network-ish")
    assert code == 2
    assert "unknown field 'network-ish'" in err and "start" in err and "duration" in err
    assert "warning" not in out


@pytest.mark.parametrize("field", FIELDS)
def test_map_field_names_are_the_readers(field):
    from calendar_core.consolidate import parse_column_map

    assert parse_column_map([f"Some header={field.upper()}"]) == {"Some header": field}


def test_mapping_falls_back_to_the_column_map_and_lists_doubts():
    old = {"column_map": {"Publish date": "date", "Post": "title"}}
    assert source_mapping(old) == [
        {"sheet": "", "column": "Publish date", "role": "date", "by": "header", "confidence": 1.0},
        {"sheet": "", "column": "Post", "role": "title", "by": "header", "confidence": 1.0}]
    assert doubts(old, "csv") == ["no column holds the channel", "no column holds the owner"]
    assert doubts(old, "ics") == []
    new = {"mapping": [{"sheet": "Aug", "column": "Wer", "role": "owner", "by": "content", "confidence": 0.55},
                       {"sheet": "Aug", "column": "Wo", "role": "channel", "by": "header", "confidence": 1.0}],
           "mapping_uncertain": True, "mapping_doubts": ["'Wer' could be the owner or the campaign"]}
    assert doubts(new, "xlsx") == ["'Wer' could be the owner or the campaign"]
    assert mapping_line(source_mapping(new)[0]) == "sheet Aug: Wer → owner (by its content, 55 % sure)"
    assert zone_note("xlsx", {"timezone": "Europe/Berlin", "zone_unhinted": []}, chosen=True,
                     workspace_zone="UTC") is None
    assert zone_note("xlsx", {"timezone": "Europe/Berlin", "zone_unhinted": ["Aug"], "zone_hints": {"Sep": "X"}},
                     chosen=True, workspace_zone="UTC") == "times read in Europe/Berlin (the source's zone) on sheet Aug"


def test_a_sheet_without_channel_or_owner_column_says_so(tmp_path, capsys):
    csv = _csv(tmp_path, header="Date,Time,Title", rows=["2026-08-04,09:00,Launch teaser"])
    code, out, _ = _run(capsys, csv, "--timezone", "UTC")
    assert "    note: no column holds the channel\n" in out and "    note: no column holds the owner\n" in out


def test_no_zone_note_when_rows_name_their_zone_and_no_repeated_doubts():
    settings = {"timezone": "UTC", "column_map": {"Date": "date", "TZ": "timezone"}}
    assert zone_note("csv", settings, chosen=False, workspace_zone="UTC") is None
    said = {"column_map": {"Date": "date", "Who": "owner"}, "mapping_doubts": ["no channel column was found"]}
    assert doubts(said, "csv") == ["no channel column was found"]


def test_no_zone_note_for_a_file_of_whole_days(tmp_path, capsys):
    csv = _csv(tmp_path, header="Date,Channel,Title,Owner", rows=["2026-08-04,Blog,Recap,Tom Becker"])
    code, out, _ = _run(capsys, csv, "--timezone", "UTC")
    assert code == 0 and "times read in" not in out
