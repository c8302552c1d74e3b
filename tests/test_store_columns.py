"""The column fast paths of the store give what the row-by-row paths give: stored rows of
records drawn at random from seeded pools (timed or all-day, in zones or fixed offsets, with
ends or not, extra fields of texts or of other values), and the ids a new source's rows get."""
from __future__ import annotations

import hashlib
import json
import random
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from calendar_core.names import Names
from calendar_core.store import batch
from calendar_core.workspace import Workspace
from calendar_core.store.batch import rows_from_records
from calendar_core.store.rows import ROW_COLUMNS
from calendar_core.store.schema import entries, sources
from calendar_core.store.sync import _numbered_in_order, sync_entries
from importers.records import RawRecord

ZONES = [ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York"), ZoneInfo("UTC"), timezone.utc,
         timezone(timedelta(hours=5, minutes=30))]
TEXTS = ["", "Post", "  Launch   post ", "Ünïcødé ✓", "O'Brien \"q\"", "x" * 300, "tab\there", "Σ final"]


def _record(rnd: random.Random, i: int, zones: list, timed_only: bool) -> RawRecord:
    all_day = not timed_only and rnd.random() < 0.3
    day = date(2024, 1, 1) + timedelta(days=rnd.randint(0, 900))
    if all_day:
        start = day
        end = rnd.choice([None, day, day + timedelta(days=rnd.randint(1, 5))])
    else:
        start = datetime(day.year, day.month, day.day, rnd.randint(0, 23), rnd.choice([0, 15, 30]),
                         tzinfo=rnd.choice(zones))
        end = rnd.choice([None, None, start + timedelta(hours=rnd.randint(-2, 5))])
    extra = rnd.choice([{}, {"row": str(i), "sheet": "Plan"}, {"row": str(i)},
                        {"row": str(i), "sheet": "Plan", "Notes": rnd.choice(TEXTS)},
                        {"b": rnd.choice(TEXTS), "a": rnd.choice(TEXTS)}, {"n": rnd.randint(0, 3)}, {2: "two"}])
    return RawRecord(
        source_ref=f"r{i}", title=rnd.choice(TEXTS), start=start, end=end, all_day=all_day,
        timezone=rnd.choice([None, "Europe/Berlin"]), description=rnd.choice(TEXTS), channel=rnd.choice(TEXTS),
        owner=rnd.choice(TEXTS), status=rnd.choice(TEXTS), campaign=rnd.choice(TEXTS),
        link=rnd.choice(["", " https://x.test/a ", "https://x.test/b"]), department=rnd.choice(["", "", "Sales "]),
        tags=rnd.choice([(), ("a", "b")]), kind=rnd.choice(["event", "task", ""]), location=f"row {i}",
        series_key=rnd.choice([None, None, "s1"]), extra=extra)


def _seconds(value) -> int:
    if isinstance(value, datetime):
        return int(value.timestamp() // 1)
    return (value - date(1970, 1, 1)).days * 86400


def _reference(r: RawRecord) -> dict:
    """What the store makes of one record, written out field by field (the column paths must agree)."""
    if r.all_day:
        start = r.start.date() if isinstance(r.start, datetime) else r.start
        end = r.end.date() if isinstance(r.end, datetime) else r.end
        end = start + timedelta(days=1) if end is None or end <= start else end
        s, e = _seconds(start), _seconds(end)
    else:
        s, e = _seconds(r.start), None if r.end is None else _seconds(r.end)
    extra = {str(k): str(v) for k, v in r.extra.items() if k not in ("row", "sheet")}
    return {
        "start_ts": s, "end_ts": e if e is None or e >= s else None, "kind": r.kind or "event",
        "description": r.description[:20000], "department": " ".join(r.department.split()) or None,
        "link": r.link.strip(), "location": r.location[:250], "series_key": r.series_key or None,
        "extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else "{}",
        "all_day": bool(r.all_day),
    }


def _fingerprint(row: dict) -> str:
    content = tuple(row[c] for c in ROW_COLUMNS[1:-1] if c != "location")
    return hashlib.sha1(repr(content).encode("utf-8", "surrogatepass")).hexdigest()


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("timed_only", [False, True])
def test_columns_convert_as_records_one_by_one(seed, timed_only):
    rnd = random.Random(seed)
    zones = ZONES if seed % 2 else ZONES[:1]  # one zone (a sheet) or several (calendars)
    records = [_record(rnd, i, zones, timed_only) for i in range(rnd.randint(80, 200))]
    if seed % 4 == 0:  # columns that hold one text on every row
        for r in records:
            r.kind, r.status, r.link, r.description = "event", "Scheduled", "", ""
    rows = rows_from_records(records, Names.defaults())
    for r, row in zip(records, (dict(zip(ROW_COLUMNS, t)) for t in rows.tuples())):
        want = _reference(r)
        assert {k: row[k] for k in want} == want, r
        assert row["fingerprint"] == _fingerprint(row)


def test_timed_columns_take_the_column_path_and_others_do_not():
    berlin = ZoneInfo("Europe/Berlin")
    values = [datetime(2026, 3, 29, 1, 30, tzinfo=berlin), datetime(2026, 3, 29, 3, 30, tzinfo=berlin), None]
    assert batch._timed_seconds(values) == [int(v.timestamp()) if v else None for v in values]
    assert batch._timed_seconds([datetime(2026, 1, 1)]) is None  # naive: the row loop refuses it
    assert batch._timed_seconds([date(2026, 1, 1)]) is None
    assert batch._timed_seconds([None, None]) is None


@pytest.fixture
def ws(ws_target):
    w = Workspace.open(ws_target)
    yield w
    w.close()


def _new_source(conn, name: str) -> int:
    return conn.execute(sources.insert().values(path=f"/{name}", name=name, kind="csv", department="D",
                                                colour="#000000", imported_at=0)).inserted_primary_key[0]


def test_a_new_sources_ids_are_those_stored(ws):
    rnd = random.Random(3)
    names = ws.names
    with ws._engine.begin() as conn:
        for n, size in (("a.csv", 70), ("b.csv", 130)):  # the second's ids start after the first's
            rows = rows_from_records([_record(rnd, i, ZONES, False) for i in range(size)], names)
            sid = _new_source(conn, n)
            counts = sync_entries(conn, sid, rows)
            stored = dict(conn.execute(select(entries.c.source_ref, entries.c.id)
                                       .where(entries.c.source_id == sid)).all())
            assert counts.ids == stored and sorted(counts.inserted) == sorted(stored.values())


def test_ids_that_are_not_one_run_are_read_back(ws):
    rnd = random.Random(4)
    rows = rows_from_records([_record(rnd, i, ZONES, False) for i in range(5)], ws.names)
    with ws._engine.begin() as conn:
        sid = _new_source(conn, "c.csv")
        for k, row in enumerate(rows.tuples()):  # ids 10, 12, 14...: not one run
            conn.execute(entries.insert().values(id=10 + 2 * k, source_id=sid, **dict(zip(ROW_COLUMNS, row))))
        if conn.dialect.name == "sqlite":
            assert _numbered_in_order(conn, sid, rows.refs) is None


@pytest.mark.parametrize("seed", range(4))
def test_a_first_import_stores_no_fingerprint_and_the_next_compares_the_stored_content(ws, seed):
    """A source's first import makes no fingerprints (nothing to compare); its next import makes
    them from the stored rows, equal to those the import makes, so unchanged rows stay unchanged."""
    rnd = random.Random(100 + seed)
    records = [_record(rnd, i, ZONES, seed % 2 == 1) for i in range(rnd.randint(70, 150))]
    with ws._engine.begin() as conn:
        sid = _new_source(conn, f"f{seed}.csv")
        sync_entries(conn, sid, rows_from_records(records, ws.names))
        stored = conn.execute(select(entries.c.fingerprint).where(entries.c.source_id == sid)).scalars().all()
        assert set(stored) == {""}
        found = conn.execute(select(*(entries.c[c] for c in batch.IDENTITY_COLUMNS))
                             .where(entries.c.source_id == sid).order_by(entries.c.id)).all()
        again = rows_from_records(records, ws.names)
        assert batch.fingerprints_of([list(c) for c in zip(*found)]) == again.fingerprints
        counts = sync_entries(conn, sid, again)
        assert (counts.unchanged, counts.changed, counts.new, counts.removed) == (len(records), 0, 0, 0)
        k = rnd.randrange(len(records))
        records[k].title += " (moved)"
        counts = sync_entries(conn, sid, rows_from_records(records, ws.names))
        assert (counts.unchanged, counts.changed) == (len(records) - 1, 1)
        counts = sync_entries(conn, sid, rows_from_records(records, ws.names))  # the changed row has one now
        assert (counts.unchanged, counts.changed) == (len(records), 0)
        fps = dict(conn.execute(select(entries.c.source_ref, entries.c.fingerprint)
                                .where(entries.c.source_id == sid)).all())
        assert fps[records[k].source_ref] != "" and sum(fp == "" for fp in fps.values()) == len(records) - 1
