"""English booking messages write each listing once per shape (who each member is, its start and
end) and reuse it for every person booked that way: the same messages as writing each one anew,
on random days where several people are booked by the same departments at the same times
(seeded pools), the window's phrasebook too."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest

from analysis_factory import entry
from calendar_core.analysis import analyse, conflict_messages
from calendar_core.analysis.phrases import ENGLISH
from calendar_core.settings import Settings
from test_conflict_messages_counted import Shouting, _by_hand

DEPARTMENTS = ["Marketing", "HR", "Sales", ""]  # "": the file names the entry
PEOPLE = ["Lena Vogt", "Tom Becker", "Ana Costa", "Ben Carter & Ana Costa"]
DAYS = ["2026-08-04", "2026-08-05", "2026-10-25"]  # the last: the clocks go back in Berlin


def _shaped_pool(rng: random.Random) -> list:
    """Bookings laid out once (department, start, length) and given to several people."""
    layout = [(rng.choice(DEPARTMENTS), f"{rng.choice(DAYS)} {rng.choice([1, 9, 10, 23]):02d}:"
               f"{rng.choice(['00', '15', '30'])}", rng.choice([None, 30, 90, 600]), rng.choice([0, 0, 7]))
              for _ in range(rng.randint(2, 9))]
    out = []
    for person in rng.sample(PEOPLE, rng.randint(2, len(PEOPLE))):
        for department, start, minutes, seconds in layout:
            e = entry("Post", start, department=department, owner=person, minutes=minutes,
                      channel=rng.choice(["Blog", "X"]))
            e.start += timedelta(seconds=seconds)  # another instant of the same minute: the same text
            out.append(e)
    rng.shuffle(out)
    return out


SHOUTING = Shouting()


@pytest.mark.parametrize("tried", [256, 3, 0], ids=["shapes", "shapes-then-maybe-not", "shapes-seldom"])
def test_booking_messages_of_one_shape_equal_those_written_anew(tried, monkeypatch):
    """Whether the shapes are looked for (they repeat often enough) or not: the same messages."""
    monkeypatch.setattr(conflict_messages, "_SHAPES_TRIED", tried)
    rng = random.Random(20261208 + tried)
    shared = 0
    for _round in range(60):
        result = analyse(_shaped_pool(rng), Settings(timezone="Europe/Berlin"))
        bookings = [c for c in result.conflicts if c.kind == "double_booking"]
        for c in bookings:
            assert c.message == _by_hand(c, ENGLISH)
            assert c.message_in(SHOUTING) == _by_hand(c, SHOUTING)
        messages = [c.message.split(" ", 2)[-1] for c in bookings]
        shared += len(messages) - len(set(messages))
    assert shared > 50  # people booked alike were among them


def test_the_concrete_case():
    posts = [entry("Post", f"2026-08-04 {h}", department=d, owner=who, minutes=30)
             for who in ("Lena Vogt", "Tom Becker") for d, h in (("Sales", "10:00"), ("HR", "10:10"), ("HR", "10:10"))]
    messages = sorted(c.message for c in analyse(posts, Settings(timezone="Europe/Berlin")).conflicts
                      if c.kind == "double_booking")
    assert messages == [
        "Lena Vogt has 3 overlapping bookings on Tue 4 Aug: Sales 10:00–10:30 and HR 10:10–10:40 (×2)",
        "Tom Becker has 3 overlapping bookings on Tue 4 Aug: Sales 10:00–10:30 and HR 10:10–10:40 (×2)",
    ]

