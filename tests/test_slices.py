"""Long C calls done a slice at a time give exactly what the single call gives."""
import random
from datetime import datetime, timedelta, timezone
from itertools import islice

import pytest

from importers import slices
from importers.slices import sliced_dict, sliced_map, sliced_set, sliced_transpose


def _pool(rnd: random.Random, n: int) -> list:
    base = datetime(2026, 1, 1, tzinfo=timezone.utc)
    makers = [lambda: rnd.randrange(50), lambda: f"Post {rnd.randrange(300)}", lambda: None,
              lambda: base + timedelta(minutes=rnd.randrange(10_000)), lambda: rnd.random() < 0.5]
    return [rnd.choice(makers)() for _ in range(n)]


@pytest.mark.parametrize("n", [0, 1, 7, 23, 24, 25, 100, 1_000])
def test_sliced_calls_equal_the_single_call(monkeypatch, n):
    monkeypatch.setattr(slices, "SLICE", 6)  # many slices, and a last one cut short
    rnd = random.Random(n)
    values = _pool(rnd, n)
    assert sliced_map(repr, values) == list(map(repr, values))
    assert sliced_set(values) == set(values)
    keys = [rnd.randrange(n // 2 + 1) for _ in range(n)]  # repeated keys: the last value wins, as in dict()
    assert list(sliced_dict(keys, values).items()) == list(dict(zip(keys, values)).items())
    assert sliced_set(map(type, values)) == set(map(type, values))
    width = rnd.randrange(1, 6)
    rows = [[*_pool(rnd, width), *_pool(rnd, rnd.randrange(3))] for _ in range(n)]  # some longer than width
    assert sliced_transpose(rows, width) == list(islice(zip(*rows), width))


def test_a_width_of_zero_has_no_columns():
    assert sliced_transpose([[1, 2]] * 50, 0) == []


def test_sliced_clear_empties_the_list(monkeypatch):
    from importers.slices import sliced_clear

    monkeypatch.setattr(slices, "SLICE", 4)
    items = list(range(23))
    sliced_clear(items)
    assert items == []
