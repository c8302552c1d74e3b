"""The report's lists are encoded without OPT_NON_STR_KEYS where their items allow it (twice as
fast) and with it where they do not: the same bytes as encoding every chunk with the option, on
items drawn at random from pools (text keys, number and date keys, phrases, tuples, nesting)."""
from __future__ import annotations

import io
import random
from datetime import date

import orjson
import pytest

from calendar_core.analysis.phrases import phrase
from calendar_core.export import report as R

KEYS = ("id", "message", "title", "", "ünïcode", 7, 0, -3, 2.5, True, None, date(2026, 8, 4))
VALUES = ("text", "", "Lena Vogt & Tom", 12, -1, 0.25, True, False, None, (), ("a", "b"), ["x", 3])


def _value(rnd: random.Random, depth: int = 0):
    roll = rnd.random()
    if depth < 2 and roll < 0.25:
        return {_key(rnd): _value(rnd, depth + 1) for _ in range(rnd.randrange(0, 5))}
    if depth < 2 and roll < 0.35:
        return [_value(rnd, depth + 1) for _ in range(rnd.randrange(0, 4))]
    if roll < 0.45:
        return phrase("titles_alike", percent=rnd.randrange(50, 100))  # a str subclass
    return rnd.choice(VALUES)


def _key(rnd: random.Random):
    return rnd.choice(KEYS) if rnd.random() < 0.15 else rnd.choice(KEYS[:5])


@pytest.mark.parametrize("seed", range(8))
def test_lists_are_the_bytes_of_encoding_with_the_option(seed, monkeypatch):
    rnd = random.Random(seed)
    monkeypatch.setattr(R, "CHUNK", rnd.choice((1, 3, 50)))
    items = [{_key(rnd): _value(rnd) for _ in range(rnd.randrange(1, 6))} for _ in range(rnd.randrange(0, 120))]
    made, expected = io.BytesIO(), io.BytesIO()
    R._write_list(made, iter(items))
    expected.write(b"[")
    for n, start in enumerate(range(0, len(items), R.CHUNK)):
        expected.write(b"\n  " if n == 0 else b",\n  ")
        expected.write(orjson.dumps(items[start:start + R.CHUNK], option=orjson.OPT_NON_STR_KEYS)[1:-1])
    expected.write(b"\n ]" if items else b"]")
    assert made.getvalue() == expected.getvalue()


def test_a_chunk_with_a_number_key_is_encoded_with_the_option():
    assert R._dumps([{"a": 1}, {2: "b"}]) == b'[{"a":1},{"2":"b"}]'
    assert R._dumps([{"a": (1, 2)}]) == b'[{"a":[1,2]}]'
    with pytest.raises(TypeError):
        R._dumps([{"a": object()}])  # what the option cannot encode either is still refused
