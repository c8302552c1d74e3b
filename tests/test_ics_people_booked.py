"""Who an ICS event books: its organizers and every attendee who will be there (a person invited
is booked at that time), once each, joined the one way every reader joins people ("A; B").
Rooms, groups, non-participants, declined and delegated attendees, and a team's shared calendar
as organizer book nobody. Seeded calendars, and a double booking end to end."""
from __future__ import annotations

import json
import random

import pytest

import main as masthead_main
from importers import read_file
from importers.ics_fields import MAX_BOOKED
from importers.people import PEOPLE_SEPARATOR, join_people
from tests.ics_helpers import options

_PEOPLE = ["Thijs Kramer", "Lotte Bos", "Daan Visser", "Noor Hendriks", "Agnieszka Wójcik", "Oliver Hughes",
           "Priya Raman", "Ruben Meijer", "Fleur Jansen"]


def _mail(name: str) -> str:
    return name.lower().replace(" ", ".").replace("ó", "o") + "@vandijk.example"


def _attendee(rng: random.Random, name: str, **params) -> str:
    cn = rng.choice([f'CN="{name}"', f"CN={name}"])
    extra = "".join(f";{k}={v}" for k, v in params.items())
    return f"ATTENDEE;{cn}{extra};RSVP=TRUE:mailto:{_mail(name)}"


def _event(rng: random.Random, i: int) -> tuple[list[str], list[str]]:
    """(the event's lines, the people it books, in order)."""
    who = rng.sample(_PEOPLE, rng.randint(1, 5))
    lines, want = [], []
    organizer = rng.random() < 0.7
    if organizer:
        lines.append(f'ORGANIZER;CN="{who[0]}":mailto:{_mail(who[0])}')
        want.append(who[0])
        if rng.random() < 0.5:  # Outlook lists the organizer among the attendees too
            lines.append(_attendee(rng, who[0], PARTSTAT="ACCEPTED"))
    elif rng.random() < 0.5:
        lines.append("ORGANIZER;CN=Events:mailto:c_0a1b@group.calendar.google.com")  # the calendar itself
    for name in who[1:] if organizer else who:
        fate = rng.choice(["ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "", "DECLINED", "DELEGATED", "FYI"])
        if fate == "FYI":
            lines.append(_attendee(rng, name, ROLE="NON-PARTICIPANT"))
        elif fate == "":
            lines.append(_attendee(rng, name))
            want.append(name)
        else:
            lines.append(_attendee(rng, name, PARTSTAT=fate))
            if fate not in ("DECLINED", "DELEGATED"):
                want.append(name)
    if rng.random() < 0.3:
        lines.append('ATTENDEE;CUTYPE=ROOM;CN="Zaal 2":mailto:zaal2@vandijk.example')
    if rng.random() < 0.2:
        lines.append('ATTENDEE;CUTYPE=GROUP;CN="Team Events":mailto:events@vandijk.example')
    rng.shuffle(lines)
    return lines, want


@pytest.mark.parametrize("seed", range(8))
def test_every_person_an_event_books_is_its_owner(tmp_path, seed):
    rng = random.Random(5100 + seed)
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
           "X-WR-CALNAME:Events"]
    want = {}
    for i in range(rng.randint(8, 20)):
        lines, people = _event(rng, i)
        cal += ["BEGIN:VEVENT", f"UID:ev-{i}", f"DTSTART:202610{1 + i % 28:02d}T080000Z", f"SUMMARY:Post {i}",
                *lines, "END:VEVENT"]
        want[f"ev-{i}"] = people
    path = tmp_path / "Events.ics"
    path.write_text("\r\n".join([*cal, "END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    got = {r.source_ref: r.owner for r in read_file(path, options()).records}
    # the organizer first, then the attendees in the file's order (the lines were shuffled, so
    # compare the organizer's place and the set)
    for ref, people in want.items():
        names = got[ref].split(PEOPLE_SEPARATOR) if got[ref] else []
        assert sorted(names) == sorted(people), ref
        assert len(names) == len(set(names))


def test_a_broadcast_invitation_books_its_organizer_alone(tmp_path):
    crowd = [f'ATTENDEE;CN="Person {k}":mailto:p{k}@x.example' for k in range(MAX_BOOKED + 3)]
    path = tmp_path / "townhall.ics"
    path.write_text("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:t", "DTSTART:20261001T080000Z",
                                 "SUMMARY:Town hall", 'ORGANIZER;CN="Lotte Bos":mailto:lotte@x.example', *crowd,
                                 "END:VEVENT", "END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    assert read_file(path, options()).records[0].owner == "Lotte Bos"


def test_people_are_joined_once_each():
    assert join_people(["Ana Costa", "ana  costa", "", "Ben Carter"]) == "Ana Costa; Ben Carter"


def test_an_invited_person_is_double_booked_across_teams(tmp_path):
    """Lotte is invited to an Events post (Thijs organises it) while PR has her on a post at the same
    time: a double booking. Before, only the organizer was read and it went unseen."""
    ics = tmp_path / "Events.ics"
    ics.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "BEGIN:VEVENT", "UID:e1", "DTSTART;TZID=Europe/Amsterdam:20261014T100000",
        "DTEND;TZID=Europe/Amsterdam:20261014T110000", "SUMMARY:[LinkedIn] Dealerdag Utrecht",
        'ORGANIZER;CN="Thijs Kramer":mailto:thijs.kramer@vandijk.example',
        'ATTENDEE;CN="Lotte Bos";RSVP=TRUE:mailto:lotte.bos@vandijk.example', "END:VEVENT", "END:VCALENDAR"]) + "\r\n",
        encoding="utf-8")
    csv = tmp_path / "PR-planning.csv"
    csv.write_text("Datum;Van;Medium;Onderwerp;Eigenaar\r\n14-10-2026;10:15;X;Persbericht dealernetwerk;Lotte Bos\r\n"
                   "15-10-2026;10:15;X;Column over fietsveiligheid;Pieter Smit\r\n", encoding="cp1252")
    report = tmp_path / "r.json"
    masthead_main.main(["consolidate", str(ics), str(csv), "--timezone", "Europe/Amsterdam", "--report", str(report)])
    data = json.loads(report.read_text(encoding="utf-8"))
    bookings = [c for c in data["conflicts"] if c["kind"] == "double_booking"]
    assert len(bookings) == 1
    titles = {e["title"] for e in data["entries"] if e["id"] in bookings[0]["entries"]}
    assert titles == {"Dealerdag Utrecht", "Persbericht dealernetwerk"}


def test_an_attendee_that_is_a_web_page_or_a_broken_line_is_nobody(tmp_path):
    path = tmp_path / "odd.ics"
    path.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:o", "DTSTART:20261001T080000Z", "SUMMARY:Trailer",
        "ORGANIZER;CN=Kenton Baines:mailto:kenton@x.example", "ATTENDEE:http://www.movie-list.example/trailers.php?id=3",
        "ATTENDEE:X-USER-KEY=8a4a;CN=Dan:mailto:dan@x.example", "ATTENDEE;CN=\"'tess@x.example'\":MAILTO:tess@x.example",
        "END:VEVENT", "END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    assert read_file(path, options()).records[0].owner == "Kenton Baines; dan@x.example; tess@x.example"
