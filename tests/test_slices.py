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


@pytest.mark.parametrize("n", [0, 1, 5, 6, 7, 40, 301])
def test_sliced_map_over_several_columns_and_set_order_equal_the_single_call(monkeypatch, n):
    monkeypatch.setattr(slices, "SLICE", 6)
    rnd = random.Random(n + 1000)
    a, b = _pool(rnd, n), _pool(rnd, n)
    assert sliced_map(lambda x, y: (y, x), a, b) == list(map(lambda x, y: (y, x), a, b))
    texts = [f"t{rnd.randrange(n + 1)}" for _ in range(n)]
    assert list(sliced_set(texts)) == list(set(texts))  # the same table, so the same iteration order
    assert sliced_map(str, range(n)) == list(map(str, range(n)))


@pytest.mark.parametrize("seed", range(6))
def test_sliced_lines_are_the_lines_of_one_stringio(monkeypatch, seed):
    import csv
    import io

    monkeypatch.setattr(slices, "TEXT_PIECE", 17)  # pieces cut inside lines, next to "\r\n" and quotes
    rnd = random.Random(seed)
    cells = ["a", "b c", '"x, y"', '"two\r\nlines"', '"cr\rinside"', "", "é€", '"q ""w"""']
    ends = ["\n", "\r\n", "\r", "\n\n", "\r\r\n"]
    text = "".join(",".join(rnd.choice(cells) for _ in range(rnd.randrange(1, 5))) + rnd.choice(ends)
                   for _ in range(rnd.randrange(1, 60)))
    if seed % 2:
        text = text.rstrip("\r\n")  # no line end after the last row
    assert list(slices.sliced_lines(text)) == list(io.StringIO(text, newline=""))
    assert list(csv.reader(slices.sliced_lines(text))) == list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("n", [0, 1, 6, 7, 50, 400])
def test_sliced_sort_is_list_sort_with_its_ties(monkeypatch, n):
    monkeypatch.setattr(slices, "SLICE", 6)
    rnd = random.Random(n)
    items = [(rnd.randrange(n // 3 + 1), i) for i in range(n)]  # many equal keys: stability shows
    key = lambda pair: pair[0]  # noqa: E731
    want = sorted(items, key=key)
    got = list(items)
    slices.sliced_sort(got, key)
    assert got == want
    in_order = sorted(items)  # slices already one after another: joined, not merged
    got = list(in_order)
    slices.sliced_sort(got, key)
    assert got == sorted(in_order, key=key)


def test_release_unshared_empties_only_a_list_nothing_else_holds(monkeypatch):
    import weakref

    monkeypatch.setattr(slices, "SLICE", 4)

    class Cell:
        pass

    class Sheet:
        rows: list

    sheet, cell = Sheet(), Cell()
    freed = weakref.ref(cell)
    sheet.rows = [[cell]] + [[i] for i in range(20)]
    del cell
    sheet.rows = slices.release_unshared(sheet.rows)
    assert sheet.rows == [] and freed() is None
    held = [[1], [2]] * 9
    sheet.rows = held
    sheet.rows = slices.release_unshared(sheet.rows)
    assert sheet.rows == [] and len(held) == 18  # another holder still sees every row


@pytest.mark.parametrize("n", [0, 1, 6, 7, 61])
def test_sliced_array_is_one_fromiter(monkeypatch, n):
    import numpy as np

    monkeypatch.setattr(slices, "SLICE", 6)
    rnd = random.Random(n)
    values = [rnd.randrange(-50, 50) for _ in range(n)]
    got = slices.sliced_array(abs, values, np.int64)
    assert got.dtype == np.int64 and got.tolist() == np.fromiter(map(abs, values), dtype=np.int64, count=n).tolist()


@pytest.mark.parametrize("seed", range(5))
def test_sliced_decode_is_one_decode(monkeypatch, seed):
    monkeypatch.setattr(slices, "TEXT_PIECE", 7)  # pieces cut inside multi-byte characters
    rnd = random.Random(seed)
    text = "".join(rnd.choice(["a", "é", "€", "😀", "\n", "Zeile ", "ß"]) for _ in range(rnd.randrange(0, 80)))
    data = text.encode("utf-8")
    assert slices.sliced_decode(data, "utf-8") == text
    if data:
        with pytest.raises(UnicodeDecodeError):
            slices.sliced_decode(data[:-1] + b"\xff" + data[-1:], "utf-8")


def test_sliced_dict_clear_empties_the_dict(monkeypatch):
    monkeypatch.setattr(slices, "SLICE", 4)
    table = {f"k{i}": i for i in range(23)}
    slices.sliced_dict_clear(table)
    assert table == {}
