"""Canonical names through synonym tables."""
import json

import pytest

from calendar_core.names import Names, load_synonym_file, name_key, person_key


@pytest.mark.parametrize("written,canonical", [
    ("LinkedIn", "LinkedIn"), ("linkedin", "LinkedIn"), ("LI", "LinkedIn"), ("Linked In", "LinkedIn"),
    ("  linked-in ", "LinkedIn"), ("X", "X"), ("Twitter", "X"), ("X (Twitter)", "X"), ("IG", "Instagram"),
    ("FB", "Facebook"), ("YT", "YouTube"), ("Website blog", "Blog"), ("Email newsletter", "Newsletter"),
])
def test_default_channel_synonyms(written, canonical):
    assert Names.defaults().channel(written) == canonical


def test_unknown_names_are_kept_trimmed():
    names = Names.defaults()
    assert names.channel("  Company   Radio Hour ") == "Company Radio Hour"
    # a known network under generic words is that network (as importers.channels.known_channel reads it)
    assert names.channel("  Company   Podcast Feed ") == "Podcast"
    assert names.channel("") == ""
    assert names.person("  Zoë   Müller ") == "Zoë Müller"


def test_statuses_in_several_languages():
    names = Names.defaults()
    assert names.status("Geplant") == "Scheduled"
    assert names.status("veröffentlicht") == "Published"
    assert names.status("In Prüfung") == "In review"


def test_user_synonyms_override_and_merge_people():
    names = Names.from_rows([("person", "L. Vogt", "Lena Vogt"), ("channel", "Corporate LinkedIn", "LinkedIn")])
    assert names.person("l.  vogt") == "Lena Vogt"
    assert names.channel("corporate linkedin") == "LinkedIn"
    assert person_key("Lena  VOGT") == person_key("lena vogt")
    assert person_key("Jana Hoffmann") != person_key("Jan Hoffmann")


def test_name_key_ignores_case_punctuation_spacing():
    assert name_key("X (Twitter)") == "x twitter"
    assert name_key("Linked-In") == name_key("linked in")


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown synonym kind"):
        Names().add("colour", "red", "Red")


def test_load_synonym_csv_and_json(tmp_path):
    csv_file = tmp_path / "syn.csv"
    csv_file.write_text("kind,name,canonical\nchannel,Insta Stories,Instagram\nperson,MC,Maya Chen\n", encoding="utf-8")
    assert load_synonym_file(csv_file) == [("channel", "Insta Stories", "Instagram"), ("person", "MC", "Maya Chen")]
    js = tmp_path / "syn.json"
    js.write_text(json.dumps({"channel": {"Threads": ["threads.net"]}}), encoding="utf-8")
    assert load_synonym_file(js) == [("channel", "threads.net", "Threads")]
    bad = tmp_path / "bad.csv"
    bad.write_text("channel,onlytwo\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.csv, line 1"):
        load_synonym_file(bad)
    worse = tmp_path / "worse.json"
    worse.write_text("{nope", encoding="utf-8")
    with pytest.raises(ValueError, match="invalid JSON at line 1"):
        load_synonym_file(worse)


def test_workspace_synonym_edit_recanonicalises_entries(tmp_path):
    from calendar_core.workspace import Workspace
    from tests.helpers import berlin, rec, result

    ws = Workspace.open(tmp_path / "w.sqlite")
    ws.apply_import(result(tmp_path / "a.csv", [rec("1", "Post", berlin(2026, 8, 4), channel="Corp LI")]))
    assert ws.entries()[0].channel == "Corp LI"
    changed = ws.set_synonyms([("channel", "Corp LI", "LinkedIn")])
    assert changed == 1 and ws.entries()[0].channel == "LinkedIn"
    assert ("channel", "Corp LI", "LinkedIn") in ws.synonym_rows()
    ws.remove_synonym("channel", "Corp LI")
    assert ws.entries()[0].channel == "Corp LI"
    ws.close()
