"""Records -> stored rows (column by column) and the bulk insert that writes them."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import event, select

from calendar_core.names import Names
from calendar_core.store.batch import EntryRows, rows_from_records, unique_refs
from calendar_core.store.rows import ROW_COLUMNS
from calendar_core.store.schema import entries, sources
from calendar_core.store.sync import bulk_insert
from calendar_core.timeconv import NaiveDatetimeError
from calendar_core.workspace import Workspace
from importers.records import RawRecord
from tests.helpers import berlin, rec


def _row(rows: EntryRows, i: int = 0) -> dict:
    return dict(zip(ROW_COLUMNS, rows.row(i)))


def test_fingerprints_are_those_stored_by_earlier_versions():
    """Existing workspaces compare against these on re-import: a change here
    would report every entry of every source as changed."""
    launch = rec("a", "  Launch   post ", berlin(2026, 8, 4), channel="LI", owner="lena  vogt", status="geplant",
                 extra={"row": "2", "sheet": "Aug", "Notes": "n"}, location="sheet Aug, row 2")
    holiday = rec("b", "Holiday", date(2026, 8, 5))
    rows = rows_from_records([launch, holiday], Names.defaults())
    assert rows.fingerprints == ["1776a14961df28bd3b545b6fea4a371769f2cfcd",
                                 "7d98bfa1ec0f2dbae9fe28d79783e9c0ee8a9d76"]
    first = _row(rows)
    assert (first["title"], first["channel"], first["channel_raw"], first["status"], first["owner"]) == \
        ("Launch post", "LinkedIn", "LI", "Scheduled", "lena vogt")
    assert first["extra"] == '{"Notes": "n"}' and first["location"] == "sheet Aug, row 2"
    assert first["start_ts"] == int(berlin(2026, 8, 4).timestamp()) and first["end_ts"] is None


def test_where_a_row_sits_is_not_content():
    a = rec("a", "Post", berlin(2026, 8, 4), extra={"row": "2", "sheet": "Aug"}, location="sheet Aug, row 2")
    b = rec("a", "Post", berlin(2026, 8, 4), extra={"row": "9", "sheet": "Aug"}, location="sheet Aug, row 9")
    rows = rows_from_records([a, b], Names())
    assert rows.fingerprints[0] == rows.fingerprints[1]
    assert rows.column("extra") == ["{}", "{}"]
    assert rows.column("location") == ["sheet Aug, row 2", "sheet Aug, row 9"]


def test_all_day_spans_whole_days_and_bad_ends_are_dropped():
    day = date(2026, 8, 5)
    marked = RawRecord(source_ref="t", title="Timed value marked all-day", start=berlin(2026, 8, 5, 15),
                       all_day=True)
    rows = rows_from_records([
        rec("d", "Day", day),
        rec("w", "Week", day, end=day + timedelta(days=7)),
        rec("e", "End before start", berlin(2026, 8, 4, 10), end=berlin(2026, 8, 4, 9)),
        marked,
    ], Names())
    midnight = int(datetime(2026, 8, 5, tzinfo=timezone.utc).timestamp())  # a date is midnight UTC
    assert rows.column("start_ts") == [midnight, midnight, int(berlin(2026, 8, 4, 10).timestamp()), midnight]
    assert rows.column("end_ts") == [midnight + 86400, midnight + 7 * 86400, None, midnight + 86400]
    assert rows.column("all_day") == [True, True, False, True]


def test_naive_datetime_is_refused():
    with pytest.raises(NaiveDatetimeError):
        rows_from_records([rec("n", "Naive", datetime(2026, 8, 4, 10))], Names())


def test_long_text_is_clipped_and_empty_import_has_no_rows():
    rows = rows_from_records([rec("x" * 900, "t" * 3000, berlin(2026, 8, 4), description="d" * 30000)], Names())
    first = _row(rows)
    assert len(first["source_ref"]) == 700 and len(first["title"]) == 2000 and len(first["description"]) == 20000
    assert len(rows_from_records([], Names())) == 0


def test_unique_refs_numbers_repeats_and_says_so():
    rows = rows_from_records([rec("a", "One", berlin(2026, 8, 4)), rec("a", "Two", berlin(2026, 8, 5)),
                              rec("b", "Three", berlin(2026, 8, 6))], Names())
    warnings: list[str] = []
    assert unique_refs(rows, warnings).refs == ["a", "a#2", "b"]
    assert warnings and "numbered" in warnings[0]
    clean = rows_from_records([rec("a", "One", berlin(2026, 8, 4))], Names())
    assert unique_refs(clean, warnings) is clean and len(warnings) == 1


@pytest.fixture
def ws(ws_target):
    w = Workspace.open(ws_target)
    yield w
    w.close()


def _statements(ws):
    seen: list[str] = []

    @event.listens_for(ws._engine, "before_cursor_execute")
    def _keep(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO entries"):
            seen.append(statement)

    return seen


@pytest.mark.parametrize("count", [3, 200])
def test_bulk_insert_stores_every_value_whether_written_once_or_bound(ws, count):
    """Constant columns go into the statement once (200 rows) or are bound
    per row (3 rows); text that could break a literal is always bound."""
    tricky = "O'Brien 100% ? \\ done"
    records = [rec(f"r{i}", f"Post {i}", berlin(2026, 8, 4) + timedelta(hours=i), status=tricky, campaign="Q3",
                   channel="LinkedIn", extra={"Notes": "it's"}) for i in range(count)]
    rows = rows_from_records(records, ws.names)
    seen = _statements(ws)
    with ws._engine.begin() as conn:
        sid = conn.execute(sources.insert().values(path="/x.csv", name="x.csv", kind="csv", department="D",
                                                   colour="#000000", imported_at=0)).inserted_primary_key[0]
        bulk_insert(conn, entries, ("source_id", *ROW_COLUMNS), [[sid] * len(rows), *rows.columns])
        stored = conn.execute(select(*(entries.c[c] for c in ROW_COLUMNS)).order_by(entries.c.id)).all()
    assert [tuple(r) for r in stored] == rows.tuples()
    statement = seen[-1]
    if ws._engine.dialect.paramstyle not in ("qmark", "format", "numeric"):
        return  # named parameters (psycopg2): SQLAlchemy batches those into multi-row VALUES itself
    if count >= 64:
        assert "'Q3'" in statement and "'LinkedIn'" in statement  # written once
        assert "O''Brien" not in statement  # bound, never spliced in
    else:
        assert "'Q3'" not in statement


def test_workspace_import_of_a_large_batch_reads_back(ws, tmp_path):
    from tests.helpers import result

    records = [rec(f"r{i}", f"Post {i}", berlin(2026, 1, 1) + timedelta(hours=3 * i), channel="ig",
                   status="Draft") for i in range(500)]
    report = ws.apply_import(result(tmp_path / "big.csv", records))
    assert report.new == 500
    got = ws.entries()
    assert len(got) == 500 and {e.channel for e in got} == {"Instagram"} and {e.status for e in got} == {"Draft"}
    again = ws.apply_import(result(tmp_path / "big.csv", records))
    assert (again.new, again.changed, again.unchanged) == (0, 0, 500)


def test_fingerprints_by_column_equal_a_hash_of_each_rows_repr():
    """The column-wise fingerprints (each column's reprs once per distinct value, constant columns
    joined once) are SHA-1 of ``repr(tuple(row))``: seeded columns of whole numbers with few and
    many distinct values, numbers beside None, 1 beside True, texts, and constant columns."""
    import hashlib
    import random

    from calendar_core.store.batch import _fingerprints

    rnd = random.Random(15)
    for n in (3, 80, 5000):
        few = [rnd.choice((0, 1, 7, 3600)) for _ in range(n)]
        pools = [
            few,
            [rnd.randrange(10 ** 9) for _ in range(n)],  # mostly distinct
            [rnd.choice((None, 5, 6)) for _ in range(n)],
            [rnd.choice((1, True, 0, False)) for _ in range(n)],  # equal keys, other reprs
            [rnd.choice(("a", "b", "é")) for _ in range(n)],
            [None] * n, ["event"] * n, [False] * n, [42] * n,
        ]
        for _ in range(6):
            columns = [pools[rnd.randrange(len(pools))] for _ in range(rnd.randint(2, 6))]
            expected = [hashlib.sha1(repr(t).encode("utf-8", "surrogatepass")).hexdigest()
                        for t in zip(*columns)]
            assert _fingerprints(columns) == expected


def test_start_seconds_of_repeated_datetimes_equal_each_ones_timestamp():
    """Seconds looked up once per distinct datetime are each value's own: seeded columns of a few
    hundred repeated wall times, with the repeated hour of a clock change (02:30 twice on
    25 October in Berlin, fold 0 and 1: equal in Python, an hour apart), other zones and all
    values distinct."""
    import random
    from math import floor
    from zoneinfo import ZoneInfo

    from calendar_core.store.batch import _timed_seconds

    rnd = random.Random(7)
    berlin_z, ny = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
    pool = [datetime(2026, 10, 24 + rnd.randrange(3), rnd.randrange(24), rnd.choice((0, 30)), tzinfo=berlin_z)
            for _ in range(300)]
    folded = [datetime(2026, 10, 25, 2, 30, tzinfo=berlin_z), datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=berlin_z)]
    for n, extra in ((9000, []), (9000, folded), (9000, [pool[0].astimezone(ny), pool[1].astimezone(timezone.utc)])):
        values = [rnd.choice(pool + extra) for _ in range(n)]
        assert _timed_seconds(values) == [floor(v.timestamp()) for v in values]
    distinct = [berlin(2026, 1, 1) + timedelta(minutes=k) for k in range(9000)]
    assert _timed_seconds(distinct) == [floor(v.timestamp()) for v in distinct]
