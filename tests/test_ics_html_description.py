"""An HTML DESCRIPTION (Google Calendar's ``Channel: Blog<br>…``) is read as its text: line breaks for
<br>/<p>/<div>/<li>, a link as its text and address, references resolved; plain text is left alone."""
from __future__ import annotations

import random

import pytest

from importers import ics
from importers.html_text import looks_like_html, plain_text
from tests.ics_helpers import options

_CHANNELS = ["Blog", "LinkedIn", "YouTube", "Instagram", "Newsletter", "X"]
_OWNERS = ["Priya Raman", "Ruben Meijer", "Tom Wouters", "Anna Kowalska", "Jörg Maier"]
_FILLER = ["Draft in Notion", "DRAFT – not approved yet", "Copy by the agency", "Check legal first",
           "Photos & video from the shoot", "Budget < 500 EUR", "Q&A after the stream", "<3 from the team"]
_SITES = ["https://drive.google.com/file/d/{n}", "https://docs.example.org/brief/{n}", "https://www.acme.example/p/{n}"]


def _html_line(rng: random.Random, text: str) -> str:
    """One line written the way a browser editor writes it."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    if ": " in text and rng.random() < 0.4:  # the value in bold
        label, value = text.split(": ", 1)
        text = f"{label}: <b>{value}</b>"
    return text.replace(" ", "&nbsp;", 1) if rng.random() < 0.3 else text


def _description(rng: random.Random, n: int, html: bool) -> tuple[str, str, str, str]:
    """(DESCRIPTION value escaped for ICS, channel, owner, link address)."""
    channel, owner = rng.choice(_CHANNELS), rng.choice(_OWNERS)
    link = rng.choice(_SITES).format(n=n)
    lines = [f"Channel: {channel}", f"Owner: {owner}", *rng.sample(_FILLER, rng.randint(0, 3))]
    rng.shuffle(lines)
    at = rng.randrange(len(lines) + 1)
    if html:
        parts = [_html_line(rng, x) if not x.startswith("Owner: ") or rng.random() < 0.5 else
                 f'Owner: <a href="mailto:{owner.split()[0].lower()}@example.com">{owner}</a>' for x in lines]
        parts.insert(at, f'Assets: <a href="{link}">{rng.choice(["drive", "brief", link])}</a>')
        style = rng.choice(["br", "p", "div", "li"])
        if style == "br":
            text = "<br>".join(parts)
        elif style == "li":
            text = "<ul>" + "".join(f"<li>{x}</li>" for x in parts) + "</ul>"
        else:
            text = "".join(f"<{style}>{x}</{style}>" for x in parts)
    else:
        lines.insert(at, f"Assets: {link}")
        text = "\n".join(lines)
    escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return escaped, channel, owner, link


@pytest.mark.parametrize("seed", range(12))
def test_channel_and_owner_lines_are_found_in_html_and_plain_descriptions(tmp_path, seed):
    rng = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN"]
    want = {}
    for i in range(rng.randint(8, 20)):
        desc, channel, owner, link = _description(rng, i, html=rng.random() < 0.6)
        lines += ["BEGIN:VEVENT", f"UID:ev-{i}", f"DTSTART:202610{1 + i % 28:02d}T{8 + i % 9:02d}0000Z",
                  f"SUMMARY:Post {i}", f"DESCRIPTION:{desc}", "END:VEVENT"]
        want[f"ev-{i}"] = (channel, owner, link)
    path = tmp_path / f"google-{seed}.ics"
    path.write_text("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    records = {r.source_ref: r for r in ics.read(path, options()).records}
    assert {k: (r.channel, r.owner) for k, r in records.items()} == {k: w[:2] for k, w in want.items()}
    for ref, (_channel, _owner, link) in want.items():
        text = records[ref].description
        assert link in text  # the address stays, for duplicate detection
        assert "<b>" not in text and "&nbsp;" not in text and "&amp;" not in text and "<br>" not in text


def test_google_descriptions_of_the_holdout():
    assert plain_text('Channel: Blog<br>Assets: <a href="https://drive.google.com/x">drive</a>') == \
        "Channel: Blog\nAssets: drive (https://drive.google.com/x)"
    assert plain_text("DRAFT – not approved yet<br>Channel: Blog") == "DRAFT – not approved yet\nChannel: Blog"


@pytest.mark.parametrize("text", ["Budget < 500 & more", "<3 this", "a<b and c>d", "Hi <name>, see you",
                                  "R&D; next", "x <br", "Fish & chips"])
def test_a_lone_angle_bracket_or_ampersand_is_not_html(text):
    assert not looks_like_html(text)
    assert plain_text(text) == text


def test_references_and_blocks():
    assert plain_text("Fish &amp; chips&nbsp;now") == "Fish & chips now"
    assert plain_text("<p>Channel: <b>LinkedIn</b></p><ul><li>one</li><li>two</li></ul>") == \
        "Channel: LinkedIn\none\ntwo"
    assert plain_text('<a href="https://x.org/a">https://x.org/a</a>') == "https://x.org/a"  # said once
    assert plain_text("Budget < 500<br>Channel: X") == "Budget < 500\nChannel: X"


def test_an_e_mail_link_is_its_person_and_other_links_their_text():
    assert plain_text('Owner: <a href="mailto:ana@x.org">Ana Costa</a><br>Channel: Blog') == "Owner: Ana Costa\nChannel: Blog"
    assert plain_text('Owner: <a href="mailto:ana@x.org"></a>') == "Owner: ana@x.org"
    assert plain_text('<a href="#top">top</a> and <a href="tel:+3120">call</a>') == "top and call"
