"""Sheets that carry references (file paths, file names, data written out) next to the words a person
wrote, and start times left open ("8:00~"). Data drawn from seeded pools: no file of the probe is used."""
from __future__ import annotations

import csv
import io
import random
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.roles import is_reference, profile, scores
from importers.sheets.times import parse_time_text

BERLIN = ZoneInfo("Europe/Berlin")
WORDS = ["autumn", "river", "launch", "garden", "night", "market", "story", "winter", "choir", "harbour",
         "lantern", "festival", "reading", "workshop", "gallery", "concert", "summit", "parade"]
FOLDERS = ["media", "exports", "assets", "img", "uploads", "week3", "radio/mixes", "cards"]
EXTS = ["png", "jpg", "mp3", "pdf", "webp", "mov", "docx"]


def _title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(2, 5))
    return " ".join(words).capitalize() + rng.choice(["", "!", " 2026", ": part two"])


def _reference(rng: random.Random, title: str, kind: int) -> str:
    slug = "-".join(title.lower().replace("!", "").replace(":", "").split())
    if kind == 0:
        return f"{slug}.{rng.choice(EXTS)}"
    if kind == 1:
        return f"/{rng.choice(FOLDERS)}/{slug}.{rng.choice(EXTS)}"
    if kind == 2:
        return f"{rng.choice(FOLDERS)}/day{rng.randint(1, 30)}/{slug}-slide{rng.randint(1, 9)}.{rng.choice(EXTS)}"
    return "{'name': '%s', 'slug': '%s', 'final': None}" % (title, slug)


@pytest.mark.parametrize("seed", range(6))
def test_references_are_not_titles(tmp_path, seed):
    rng = random.Random(seed)
    out = io.StringIO()
    w = csv.writer(out)
    ref_first = rng.random() < 0.5
    kind = seed % 4  # one kind of reference per column, as a sheet has
    w.writerow(["date", "time", *(["asset", "piece"] if ref_first else ["piece", "asset"])])  # content decides the roles
    titles = []
    for i in range(rng.randint(6, 14)):
        t = _title(rng)
        titles.append(t)
        ref = _reference(rng, t, kind)
        pair = [ref, t] if ref_first else [t, ref]
        w.writerow([f"2026-10-{i + 1:02d}", f"{rng.randint(8, 20)}:{rng.choice(['00', '30'])}", *pair])
    path = tmp_path / f"refs{seed}.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert [r.title for r in result.records] == titles
    assert all(not is_reference(r.channel) for r in result.records if r.channel)


def test_reference_shapes():
    rng = random.Random(11)
    for _ in range(40):
        assert is_reference(_reference(rng, _title(rng), rng.randrange(4)))
    for words in ["Twitter/X", "FB/IG/LI", "Q&A / Panel", "Coffee break", "Film: Le Monde", "A/B test",
                  "Berlin / Hamburg / Köln", "3.5 hours", "Dr. A. Smith"]:
        assert not is_reference(words), words


def test_a_sparse_text_column_is_not_the_title():
    rng = random.Random(5)
    filled = [_title(rng) for _ in range(20)]
    sparse = [_title(rng) + " " + _title(rng) if k % 5 == 0 else "" for k in range(20)]
    assert scores(profile(filled))["title"] > scores(profile(sparse))["title"]


@pytest.mark.parametrize("tail", ["~", " ~", "〜", " ～", " –", "-", "から", " onwards"])
def test_open_ended_start(tail):
    rng = random.Random(len(tail) * 7 + ord(tail[-1]))
    for _ in range(10):
        h, m = rng.randint(0, 23), rng.choice([0, 5, 15, 30, 40, 55])
        assert parse_time_text(f"{h}:{m:02d}{tail}") == (time(h, m), None)  # a start, no end


def test_open_ended_start_in_a_file(tmp_path):
    rng = random.Random(3)
    rows = ["day,at,what"]
    want = []
    for i in range(8):
        h, m = rng.randint(7, 18), rng.choice([0, 15, 30, 45])
        rows.append(f"2026-04-{i + 3:02d},{h}:{m:02d}{rng.choice(['~', 'から', '〜'])},{_title(rng)}")
        want.append(datetime(2026, 4, i + 3, h, m, tzinfo=BERLIN))
    path = tmp_path / "open.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert [r.start for r in result.records] == want
    assert not any(r.all_day for r in result.records)
