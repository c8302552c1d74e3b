"""Cancelled in the languages the readers read: a status ("vervallen", "annulée", "odwołany"), or a
title that starts with the word and a colon ("Geannuleerd: …", "VERVALT: …"), which then loses it.
Cancelled entries take part in no rule (the ignored statuses setting); STATUS:CANCELLED counts."""
from __future__ import annotations

import json
import random

import pytest

import main as masthead_main
from calendar_core.names import Names
from importers import read_file
from importers.statuses import CANCELLED_WORDS, cancelled_prefix, is_cancelled
from tests.ics_helpers import options

# the languages' words, drawn from; a person writes them in any case, with or without accents
_SAID = {"en": ["cancelled", "canceled", "called off"], "de": ["abgesagt", "storniert", "entfällt"],
         "fr": ["annulé", "annulée"], "es": ["cancelado", "anulada"], "it": ["annullato", "cancellata"],
         "nl": ["geannuleerd", "vervallen", "vervalt", "afgelast", "gaat niet door"],
         "pl": ["odwołany", "anulowane"], "pt": ["cancelado", "anulados"]}
_NOT = ["gepland", "definitief", "concept", "Scheduled", "geplant", "publié", "zaplanowany", "Draft", "on hold",
        "agendado", "in review", ""]
_TITLES = ["Testrit-dag bij dealer in Haarlem", "Launch: the new S2", "Webinar recap", "Fietsplan voor MKB",
           "Cancelled flights: what to do", "Dealerdag (voorjaar)"]


def _spelled(rng: random.Random, word: str) -> str:
    word = rng.choice([word, word.upper(), word.capitalize()])
    if rng.random() < 0.3:
        word = word.replace("é", "e").replace("ł", "l").replace("ä", "a").replace("É", "E").replace("Ł", "L")
    return word


@pytest.mark.parametrize("seed", range(5))
def test_cancelled_words_of_every_language_are_cancelled(seed):
    rng = random.Random(7300 + seed)
    names = Names.defaults()
    for lang, words in _SAID.items():
        for word in words:
            written = _spelled(rng, word)
            assert is_cancelled(written), (lang, written)
            assert names.status(written) == "Cancelled", (lang, written)
            title = rng.choice(_TITLES)
            assert cancelled_prefix(f"{written}{rng.choice([':', ' :', ': '])} {title}") == (written, title)
    for other in _NOT:
        assert not is_cancelled(other) and names.status(other) != "Cancelled"


@pytest.mark.parametrize("title", ["Cancelled flights: what to do", "Dropped: the winter collection",
                                   "Annulering van je abonnement", "Vervallen fietsen opknappen", "Ausgefallen: Ideen"])
def test_a_title_about_the_word_is_not_cancelled(title):
    assert cancelled_prefix(title) is None


def test_every_word_is_a_status_of_the_table():
    names = Names.defaults()
    assert all(names.status(w) == "Cancelled" for w in CANCELLED_WORDS)


def _ics(tmp_path, events):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"]
    for i, (summary, status) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:ev-{i}", f"DTSTART:2026101{i}T080000Z", f"SUMMARY:{summary}",
                  *([f"STATUS:{status}"] if status else []), "END:VEVENT"]
    path = tmp_path / "events.ics"
    path.write_text("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    return path


def test_outlook_cancelled_events_lose_the_word_and_keep_their_channel(tmp_path):
    path = _ics(tmp_path, [("[Facebook] Geannuleerd: Testrit-dag", "CANCELLED"), ("Geannuleerd: [LinkedIn] Save the date",
                                                                                  "CANCELLED"),
                           ("Canceled: [LinkedIn] Dealer day", ""), ("[LinkedIn] Launch", "CONFIRMED"),
                           ("[Facebook] Photo album", "")])
    got = [(r.channel, r.title, r.status) for r in read_file(path, options()).records]
    assert got == [("Facebook", "Testrit-dag", "CANCELLED"), ("LinkedIn", "Save the date", "CANCELLED"),
                   ("LinkedIn", "Dealer day", "Canceled"), ("LinkedIn", "Launch", "CONFIRMED"),
                   ("Facebook", "Photo album", "")]


def test_cancelled_entries_raise_no_conflict(tmp_path):
    """Two teams post on LinkedIn at one moment; each time one of them is cancelled, in one of the
    ways the files say it: the clash is left out. The control pair (neither cancelled) clashes."""
    csv = tmp_path / "PR-planning.csv"
    csv.write_text("Datum;Tijd;Medium;Onderwerp;Status\r\n"
                   "12-10-2026;10:00;LinkedIn;Opiniestuk over fietsbeleid;vervallen\r\n"
                   "13-10-2026;10:00;LinkedIn;VERVALT: Reactie op het nieuwe beleid;definitief\r\n"
                   "14-10-2026;10:00;LinkedIn;Column over fietsveiligheid;definitief\r\n"
                   "15-10-2026;10:00;LinkedIn;Mediamoment distributiecentrum;definitief\r\n", encoding="cp1252")
    ics = tmp_path / "Events.ics"
    rows = [("Dealer day", "", "20261012"), ("Fair", "", "20261013"), ("Geannuleerd: Ladies ride", "CANCELLED",
                                                                        "20261014"),
            ("Save the date", "", "20261015")]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//x//EN"]
    for i, (summary, status, day) in enumerate(rows):
        lines += ["BEGIN:VEVENT", f"UID:e{i}", f"DTSTART;TZID=Europe/Amsterdam:{day}T100000",
                  f"DTEND;TZID=Europe/Amsterdam:{day}T103000", f"SUMMARY:{summary}", "CATEGORIES:LinkedIn",
                  *([f"STATUS:{status}"] if status else []), "END:VEVENT"]
    ics.write_text("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    report = tmp_path / "r.json"
    masthead_main.main(["consolidate", str(csv), str(ics), "--timezone", "Europe/Amsterdam", "--report", str(report)])
    data = json.loads(report.read_text(encoding="utf-8"))
    by_title = {e["title"]: e for e in data["entries"]}
    assert by_title["Opiniestuk over fietsbeleid"]["status"] == "Cancelled"
    assert by_title["Reactie op het nieuwe beleid"]["status"] == "Cancelled"
    assert by_title["Ladies ride"]["status"] == "Cancelled"
    days = sorted({e["start"][:10] for c in data["conflicts"] if c["kind"] == "slot_clash"
                   for e in data["entries"] if e["id"] in c["entries"]})
    assert days == ["2026-10-15"]
