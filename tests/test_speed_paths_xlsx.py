"""Shortcuts of the 50,000-row sheet's read and store path (issue 15) give what the long way gives.

Each shortcut answers a whole column at C speed where the long way looks at every row; each is
checked against the long way on columns drawn at random (seeded) from pools of awkward values.
"""
from __future__ import annotations

import random
from datetime import date, time

import pytest

from calendar_core.names import Names
from calendar_core.store.batch import _all_collapsed, _canonical, _plainly_collapsed
from calendar_core.store.rows import Canonicaliser
from importers.records import RawRecord
from importers.sheets.dates import BAD
from importers.sheets.row_kinds import HEADING_FILLED, HEADING_MIN_ROWS, heading_rows
from importers.sheets.times import ALL_DAY, BAD_TIME
from importers.slices import SLICE, sliced_longest
from importers.statuses import _FIRST, cancelled_prefix, mark_cancelled_titles

PIECES = ("a", "Post", "ß", "🙂", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0",
          "\u2003", "\u2028", "\u200b", "\x00", "", "|", " |", "| ", "x y", "x|y", "é")


@pytest.mark.parametrize("seed", range(6))
def test_plainly_collapsed_never_passes_a_text_that_collapsing_changes(seed):
    rng = random.Random(seed)
    for _ in range(3000):
        texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 6))]
        collapsed = all(" ".join(t.split()) == t for t in texts)
        if _plainly_collapsed("|".join(texts)):
            assert collapsed, texts
        # the whole-column test says what collapsing each text says (an empty text may make it say no)
        if "" in texts:
            assert not _all_collapsed(texts) or collapsed, texts
        else:
            assert _all_collapsed(texts) == collapsed, texts


@pytest.mark.parametrize("seed", range(3))
def test_a_column_longer_than_a_slice_is_told_collapsed_or_not(seed):
    rng = random.Random(seed)
    for _ in range(4):
        texts = [f"Post {i} about {rng.choice(('launch', 'Zürich', 'x|y', '🙂'))}" for i in range(2 * SLICE + 17)]
        if rng.random() < 0.5:
            texts[rng.randrange(len(texts))] = rng.choice(("a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u2028b"))
        assert _all_collapsed(texts) == all(" ".join(t.split()) == t for t in texts)


@pytest.mark.parametrize("seed", range(4))
def test_longest_text_of_a_column(seed):
    rng = random.Random(seed)
    for n in (0, 1, SLICE - 1, SLICE, SLICE + 1, 3 * SLICE + 5):
        texts = ["x" * rng.randrange(30) for _ in range(n)]
        assert sliced_longest(texts) == max(map(len, texts), default=0)


def _reference_headings(dates, times, title_c, telling) -> set[int]:
    """_heading_rows as it was written before its shortcuts (the long way, row by row)."""
    n = len(dates)
    cols = [c for c in telling if c is not None]
    if title_c is None or n < HEADING_MIN_ROWS or len(cols) < 2:
        return set()

    def clock(i):
        d = dates[i]
        if d is None or d is BAD:
            return False
        return d[1] is not None or (times is not None and times[i] not in (None, ALL_DAY) and times[i] is not BAD_TIME)

    out = set()
    for i in range(n - 1):
        d, nxt = dates[i], dates[i + 1]
        if not title_c[i] or d is None or d is BAD or clock(i) or any(c[i] for c in cols):
            continue
        if nxt is not None and nxt is not BAD and nxt[0] == d[0] and title_c[i + 1] and clock(i + 1):
            out.add(i)
    rest = [i for i in range(n) if i not in out]
    if not out or len(out) > len(rest) / 2 or sum(map(clock, rest)) < HEADING_FILLED * len(rest) \
            or any(sum(1 for i in rest if c[i]) < HEADING_FILLED * len(rest) for c in cols):
        return set()
    return out


@pytest.mark.parametrize("seed", range(8))
def test_heading_rows_are_those_the_row_by_row_reading_finds(seed):
    rng = random.Random(seed)
    for _ in range(300):
        n = rng.randint(1, 30)
        day = date(2026, 10, 1)
        dates, times, titles, channels, people = [], [], [], [], []
        sloppy = rng.random() < 0.3  # rows that leave out their time, channel or people now and then
        for i in range(n):
            heading = rng.random() < 0.15  # "Settimana 42" above the week's rows, on the next row's day
            if not heading and rng.random() < 0.3:
                day = date(2026, 10, 1 + rng.randrange(20))
            timed = not heading and (not sloppy or rng.random() < 0.8)
            dates.append(rng.choice((None, BAD)) if sloppy and rng.random() < 0.05 else
                         (day, time(9 + i % 8) if timed and rng.random() < 0.5 else None))
            times.append((time(10), None) if timed else rng.choice((None, ALL_DAY, BAD_TIME)) if sloppy else None)
            titles.append("" if sloppy and rng.random() < 0.05 else f"Post {i}")
            channels.append("" if heading or sloppy and rng.random() < 0.1 else rng.choice(("Blog", "X", "LinkedIn")))
            people.append("" if heading or sloppy and rng.random() < 0.1 else rng.choice(("Ana", "Ben")))
        if rng.random() < 0.4:  # every row timed: the shortcut's case
            times = [(time(9 + i % 8), None) for i in range(n)]
        for t in (times, None):
            assert heading_rows(dates, t, titles, (channels, people, None)) == \
                _reference_headings(dates, t, titles, (channels, people, None))


@pytest.mark.parametrize("seed", range(4))
def test_canonical_and_written_names_of_a_column(seed):
    rng = random.Random(seed)
    canon = Canonicaliser(Names.defaults())
    pool = ("X", "Twitter", "twitter ", "LinkedIn", "Linked In", "IG", "Instagram", "", "Blog", "blog", "Ana", "Ben B.")
    for kind in ("channel", "person", "status"):
        for _ in range(30):
            values = [rng.choice(pool) for _ in range(rng.randint(1, 40))]
            names, written = _canonical(canon, kind, values)
            assert (names, written) == ([canon(kind, v)[0] for v in values], [canon(kind, v)[1] for v in values])


@pytest.mark.parametrize("seed", range(4))
def test_titles_without_a_colon_have_no_cancelled_word(seed):
    rng = random.Random(seed)
    words = ("Launch", "Cancelled", "Geannuleerd", "Abgesagt:", "Annulé : visite", "Cancelled: webinar",
             "CANCELED:Launch", "x：y", "Post 1", "")
    for _ in range(100):
        titles = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 12))]
        records = [RawRecord(source_ref=str(i), title=t, start=date(2026, 1, 1), status="") for i, t in
                   enumerate(titles)]
        expected = sum(1 for t in titles if t and cancelled_prefix(t) and t.lstrip()[:1] in _FIRST)
        assert mark_cancelled_titles(records) == expected
        if not any(":" in t for t in titles):
            assert expected == 0
