"""ICS channel and owner wherever departments put them: CATEGORIES, LOCATION, labelled
DESCRIPTION lines, a "[LinkedIn]" SUMMARY prefix, ORGANIZER / ATTENDEE / "Owner:" lines."""
from __future__ import annotations

import random

import pytest

from importers import ics
from tests.ics_helpers import FIXTURES, options


def _by_ref(name):
    result = ics.read(FIXTURES / name, options())
    return {r.source_ref: r for r in result.records}, result


def _roles(result):
    return {(m["column"], m["role"]): m for m in result.settings["mapping"]}


def test_channel_in_location_outlook_export():
    recs, result = _by_ref("fields_location_channel.ics")
    assert {k: r.channel for k, r in recs.items()} == {
        "loc-1": "LinkedIn", "loc-2": "FB page", "loc-3": "Instagram", "loc-4": "linkedin"}
    assert recs["loc-1"].owner == "Lena Vogt" and recs["loc-2"].owner == "Tom Becker"
    assert "location" not in recs["loc-1"].extra  # a channel, not a venue
    loc = _roles(result)[("LOCATION", "channel")]
    assert loc["by"] == "content" and loc["confidence"] == 1.0 and loc["events"] == 4
    assert _roles(result)[("ORGANIZER", "owner")]["events"] == 2


def test_a_venue_in_location_stays_a_venue():
    recs, result = _by_ref("fields_location_venue.ics")
    assert all(r.channel == "" for r in recs.values())
    assert recs["ven-1"].extra["location"] == "Room 3.14"
    assert recs["ven-2"].extra["location"] == "Hauptstraße 5, Berlin"
    assert not any(m["role"] == "channel" for m in result.settings["mapping"])


def test_labelled_lines_in_description():
    recs, result = _by_ref("fields_description_lines.ics")
    assert [(recs[k].channel, recs[k].owner) for k in ("desc-1", "desc-2", "desc-3")] == [
        ("LinkedIn", "Lena Vogt"), ("Xing", "Jörg Maier"), ("Instagram", "Ana Costa")]
    assert recs["desc-3"].extra["organizer_email"] == "bot@example.com"  # the line wins over the organizer
    assert _roles(result)[("DESCRIPTION (a 'Channel:' line)", "channel")]["events"] == 3


def test_summary_prefix_is_the_channel_and_leaves_the_title():
    recs, result = _by_ref("fields_summary_prefix.ics")
    assert [(recs[k].channel, recs[k].title) for k in ("pre-1", "pre-2", "pre-3", "pre-4")] == [
        ("LinkedIn", "Launch teaser"), ("Insta", "Team photo"), ("Newsletter", "August issue"),
        ("", "Quarterly numbers")]
    assert recs["pre-1"].owner == "Ana Costa; Ben Carter"  # the chair first, then every attendee (each is booked)
    assert recs["pre-2"].owner == "Ben Carter"
    assert recs["pre-3"].owner == ""  # a room is nobody's owner
    assert _roles(result)[("SUMMARY ([…] prefix)", "channel")]["by"] == "content"


def test_cities_in_location_are_places_not_channels(tmp_path):
    lines = ["BEGIN:VCALENDAR"]
    for i, city in enumerate(["Berlin", "Hamburg", "Berlin", "Munich", "Hamburg", "Berlin", "Munich", "Berlin"]):
        lines += ["BEGIN:VEVENT", f"UID:c{i}", f"DTSTART:202608{i + 1:02d}T080000Z", f"SUMMARY:Roadshow {i}",
                  f"LOCATION:{city}", "END:VEVENT"]
    path = tmp_path / "roadshow.ics"
    path.write_text("\n".join(lines + ["END:VCALENDAR"]) + "\n")
    recs = ics.read(path, options()).records
    assert {r.channel for r in recs} == {""} and recs[0].extra["location"] == "Berlin"


def test_a_network_in_location_among_rooms_is_still_the_channel(tmp_path):
    lines = ["BEGIN:VCALENDAR"]
    for i, loc in enumerate(["Room 1", "Room 2", "Facebook", "Room 1", "Hall B"]):
        lines += ["BEGIN:VEVENT", f"UID:m{i}", f"DTSTART:202608{i + 1:02d}T080000Z", f"SUMMARY:Item {i}",
                  f"LOCATION:{loc}", "END:VEVENT"]
    path = tmp_path / "mixed.ics"
    path.write_text("\n".join(lines + ["END:VCALENDAR"]) + "\n")
    result = ics.read(path, options())
    recs = {r.source_ref: r for r in result.records}
    assert recs["m2"].channel == "Facebook" and "location" not in recs["m2"].extra
    assert recs["m0"].channel == "" and recs["m0"].extra["location"] == "Room 1"
    loc = _roles(result)[("LOCATION", "channel")]
    assert (loc["events"], loc["of"], loc["confidence"]) == (1, 5, 0.9)


def test_a_remark_in_parentheses_stays_in_the_title(tmp_path):
    lines = ["BEGIN:VCALENDAR"]
    for i, remark in enumerate(["tbc", "Draft", "tbc", "Draft", "tbc", "Draft"]):
        lines += ["BEGIN:VEVENT", f"UID:r{i}", f"DTSTART:202608{i + 1:02d}T080000Z", f"SUMMARY:({remark}) Post {i}",
                  "END:VEVENT"]
    path = tmp_path / "remarks.ics"
    path.write_text("\n".join(lines + ["END:VCALENDAR"]) + "\n")
    recs = ics.read(path, options()).records
    assert {r.channel for r in recs} == {""} and recs[0].title == "(tbc) Post 0"


def test_categories_still_feed_the_channel(tmp_path):
    path = tmp_path / "cats.ics"
    path.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260803T080000Z\nSUMMARY:Post\n"
                    "CATEGORIES:Blog,Campaign X\nLOCATION:Room 1\nEND:VEVENT\nEND:VCALENDAR\n")
    result = ics.read(path, options())
    rec = result.records[0]
    assert (rec.channel, rec.tags, rec.extra["location"]) == ("Blog", ("Blog", "Campaign X"), "Room 1")
    assert _roles(result)[("CATEGORIES", "channel")]["by"] == "header"


# -- random calendars: the channel is found wherever it is, by content ---------------------

_NETWORKS = ["LinkedIn", "linked in", "FB", "Facebook page", "Instagram", "IG", "X", "Twitter", "YouTube",
             "TikTok", "Newsletter", "Blog", "Xing", "Podcast",
             "Staff app", "Partner portal", "Radio spot"]  # no known network: found by repetition
_KNOWN = 14
_OWN = ["Mira Jansen", "Piotr Nowak", "Sofia Rossi", "Lars Berg", "Ana Costa", "Jun Park"]
_WORDS = ["launch", "recap", "hiring", "webinar", "survey", "behind", "scenes", "quarter", "award", "tips",
          "event", "partner", "story", "release", "guide"]
_VENUES = ["Room 2.01", "Konferenzraum B", "Main hall, floor 3", "Via Roma 12, Milano", "Teams meeting",
           "Salle 4", "Zoom call", "Building C"]
_DESC_LABELS = ["Channel", "Kanal", "Canal", "Platform", "Netzwerk"]
_OWNER_LABELS = ["Owner", "Verantwortlich", "Responsable", "Assigned to"]


def _calendar(rng: random.Random, n: int) -> tuple[str, dict[str, tuple[str, str]]]:
    place = rng.choice(["LOCATION", "DESCRIPTION", "SUMMARY", "CATEGORIES"])
    owner_place = rng.choice(["ORGANIZER", "ATTENDEE", "DESCRIPTION"])
    channels = rng.sample(_NETWORKS, rng.randint(2, 5))
    if place == "LOCATION" and not any(c in _NETWORKS[:_KNOWN] for c in channels):
        channels.append(rng.choice(_NETWORKS[:_KNOWN]))  # LOCATION counts only with a known network in it
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//random//EN"]
    want = {}
    for i in range(n):
        ch, who = rng.choice(channels), rng.choice(_OWN)
        title = " ".join(rng.sample(_WORDS, rng.randint(2, 4))).capitalize()
        props = [f"UID:ev-{i}", f"DTSTART:202608{1 + i % 28:02d}T{8 + i % 9:02d}0000Z"]
        desc = [rng.choice(["Draft copy follows.", "See brief", "Text by agency"])]
        summary = title
        if place == "LOCATION":
            props.append(f"LOCATION:{ch}")
        elif place == "DESCRIPTION":
            desc.append(f"{rng.choice(_DESC_LABELS)}: {ch}")
        elif place == "SUMMARY":
            summary = f"[{ch}] {title}"
        else:
            props.append(f"CATEGORIES:{ch}")
        if place != "LOCATION" and rng.random() < 0.5:
            props.append(f"LOCATION:{rng.choice(_VENUES).replace(',', chr(92) + ',')}")
        if owner_place == "ORGANIZER":
            props.append(f'ORGANIZER;CN="{who}":mailto:{who.split()[0].lower()}@example.com')
        elif owner_place == "ATTENDEE":
            props.append(f'ATTENDEE;CN="{who}";PARTSTAT=ACCEPTED:mailto:{who.split()[0].lower()}@example.com')
        else:
            desc.append(f"{rng.choice(_OWNER_LABELS)}: {who}")
        rng.shuffle(desc)
        props.append("DESCRIPTION:" + "\\n".join(desc))
        props.append(f"SUMMARY:{summary}")
        lines += ["BEGIN:VEVENT", *props, "END:VEVENT"]
        want[f"ev-{i}"] = (ch, who, title)
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n", want


@pytest.mark.parametrize("seed", range(20))
def test_random_calendars_give_every_channel_and_owner(tmp_path, seed):
    rng = random.Random(seed)
    text, want = _calendar(rng, rng.randint(10, 30))
    path = tmp_path / f"random-{seed}.ics"
    path.write_text(text, encoding="utf-8")
    got = {r.source_ref: (r.channel, r.owner, r.title) for r in ics.read(path, options()).records}
    assert got == want
