"""A sheet's records held as columns (importers.records.RecordColumns) store what its
RawRecords store.

The spreadsheet reader hands a table's records over column by column, and the store turns
those columns into rows without a Python object per row. The stored rows (fingerprints
included, which a stored workspace compares against on re-import) must be those the same
records give as RawRecord objects. Checked on workbooks drawn at random (seeded) from pools
of extra columns: repeated headers, headers named like a row's place ("row", "sheet"),
empty and non-ASCII cells, several sheets, a CSV without sheets.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from calendar_core.names import Names
from calendar_core.store.batch import rows_from_records
from calendar_core.store.rows import Canonicaliser
from importers import ImportOptions, read_file
from importers.records import RawRecord, RecordColumns, RowExtras, record_column
from tests.sheets_build import write_xlsx

ZONE = ZoneInfo("Europe/Berlin")
EXTRA_HEADERS = ("Notes", "Notes", "Audience", "Region", "row", "sheet", "Approver", "Budget code", "Kommentar")
CELLS = ("", "", "", "ok", "check with legal", "Zürich office", "«draft»", 'say "hi"', "x\ty", "n° 4", "🙂 launch",
         "  padded  ", "a\\b", "{json}")
CHANNELS = ("LinkedIn", "X", "Instagram", "Blog", "Newsletter", "")


def _table(rng: random.Random, rows: int) -> list[list]:
    extras = rng.sample(EXTRA_HEADERS, rng.randint(0, 4))
    header = ["Date", "Time", "Title", "Channel", "Owner", *extras]
    out = [header]
    day = date(2026, 3, 1)
    for i in range(rows):
        out.append([day + timedelta(days=rng.randint(0, 90)), time(rng.randint(8, 18), rng.choice((0, 15, 30))),
                    f"Post {i} {rng.choice(('launch', 'recap', 'teaser'))}", rng.choice(CHANNELS),
                    rng.choice(("Ana", "Ben", "Chloé", "")), *(rng.choice(CELLS) for _ in extras)])
    return out


def _stored_both_ways(path: Path) -> tuple[list, list, object]:
    canon = Canonicaliser(Names.defaults())
    held = read_file(path, ImportOptions(timezone=ZONE)).records
    objects = list(read_file(path, ImportOptions(timezone=ZONE)).records)
    return rows_from_records(held, canon).columns, rows_from_records(objects, canon).columns, held


@pytest.mark.parametrize("seed", range(8))
def test_a_workbook_stores_the_same_rows_from_columns_as_from_records(tmp_path, seed):
    rng = random.Random(seed)
    sheets = {f"S{k}": _table(rng, rng.randint(3, 60)) for k in range(rng.randint(1, 3))}
    path = write_xlsx(tmp_path / f"plan{seed}.xlsx", sheets)
    from_columns, from_records, held = _stored_both_ways(path)
    assert isinstance(held, RecordColumns) and held.held_as_columns
    assert from_columns == from_records
    assert len(from_columns[0]) == sum(len(t) - 1 for t in sheets.values())


@pytest.mark.parametrize("seed", range(4))
def test_a_csv_stores_the_same_rows_from_columns_as_from_records(tmp_path, seed):
    rng = random.Random(100 + seed)
    table = _table(rng, rng.randint(5, 80))
    lines = [",".join('"' + (v.isoformat() if isinstance(v, (date, time)) else str(v)).replace('"', '""') + '"'
                      for v in row) for row in table]
    path = tmp_path / f"plan{seed}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from_columns, from_records, held = _stored_both_ways(path)
    assert isinstance(held, RecordColumns)
    assert from_columns == from_records


def _columns(n: int, extras: RowExtras | None = None) -> RecordColumns:
    start = datetime(2026, 5, 4, 9, 0, tzinfo=ZONE)
    cols = {f: [getattr(RawRecord("", "", start), f)] * n for f in RawRecord.__slots__ if f != "extra"}
    cols.update(source_ref=[f"r{i}" for i in range(n)], title=[f"Post {i}" for i in range(n)],
                start=[start + timedelta(hours=i) for i in range(n)])
    return RecordColumns(cols, extras or RowExtras([str(i + 2) for i in range(n)], "Plan",
                                                   [("Notes", ["", "x", "y"][:n])]))


def test_records_are_made_once_and_then_are_the_records():
    recs = _columns(3)
    assert recs.column("title") == ["Post 0", "Post 1", "Post 2"]
    assert recs[1].extra == {"row": "3", "sheet": "Plan", "Notes": "x"}
    assert not recs.held_as_columns
    recs[0].title = "Changed"  # a step that changes a record one by one (merging detail rows)
    assert record_column(recs, "title") == ["Changed", "Post 1", "Post 2"]
    assert recs[0] is recs.materialized()[0] and len(recs) == 3


def test_letting_go_of_the_columns_never_empties_a_list_another_holder_shares():
    recs = _columns(3)
    titles = recs.column("title")
    recs.clear()
    assert len(recs) == 0 and titles == ["Post 0", "Post 1", "Post 2"]


def test_sheets_are_joined_as_columns_and_as_records_alike():
    a, b = _columns(2), _columns(3)
    joined = RecordColumns.joined([a, b])
    assert isinstance(joined, RecordColumns) and joined.column("source_ref") == ["r0", "r1", "r0", "r1", "r2"]
    assert [r.extra for r in joined] == [r.extra for r in (*_columns(2), *_columns(3))]
    mixed = RecordColumns.joined([_columns(1), [RawRecord("z", "Z", datetime(2026, 1, 1, tzinfo=ZONE))]])
    assert isinstance(mixed, list) and [r.source_ref for r in mixed] == ["r0", "z"]


def test_a_bad_row_of_a_big_sheet_is_still_named_by_its_row(tmp_path):
    rows = [["Date", "Time", "Title", "Channel"]]
    rows += [[date(2026, 1, 1) + timedelta(days=i % 300), time(9, 0), f"Post {i}", "X"] for i in range(3000)]
    rows[2501][0] = "sometime soon"
    path = write_xlsx(tmp_path / "big.xlsx", {"Plan": rows})
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert len(result.records) == 2999 and result.skipped == 1
    assert any("sheet Plan" in w and "row 2502" in w and "Post 2500" in w for w in result.warnings)


@pytest.mark.parametrize("seed", range(6))
def test_extra_columns_of_any_headers_store_as_their_records_do(seed):
    """Headers the reader never hands over too: one header twice (the later filled cell wins,
    as in the record's dict), a row's place as a header, a sheet-less table."""
    rng = random.Random(seed)
    n = rng.randint(1, 40)
    heads = [rng.choice(EXTRA_HEADERS) for _ in range(rng.randint(1, 5))]
    sheet = rng.choice(("", "Plan"))

    def made() -> RecordColumns:
        r = random.Random(seed)
        return _columns(n, RowExtras([str(i + 2) for i in range(n)], sheet,
                                     [(h, [r.choice(CELLS) for _ in range(n)]) for h in heads]))

    canon = Canonicaliser(Names.defaults())
    assert rows_from_records(made(), canon).columns == rows_from_records(list(made()), canon).columns


@pytest.mark.parametrize("seed", range(5))
def test_texts_already_collapsed_are_told_apart_from_those_that_are_not(seed):
    """The store's test on a whole column (batch._all_collapsed) says what collapsing each text says."""
    from calendar_core.store.batch import _all_collapsed, _collapsed

    rng = random.Random(seed)
    pieces = ("a", "Post", "ß", "🙂", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x00", "", "x y")
    for _ in range(300):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 6))]
        collapsed = all(" ".join(t.split()) == t for t in texts)
        if "" in texts:  # an empty text makes the test say no, to be safe
            assert not _all_collapsed(texts) or collapsed, texts
        else:
            assert _all_collapsed(texts) == collapsed, texts
        distinct = [f"{t} {i}" for i, t in enumerate(texts * 3)]  # mostly distinct: the joined test is used
        assert _collapsed(distinct, 2000) == [" ".join(t.split()) for t in distinct]
