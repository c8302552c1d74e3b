"""The streamed report (orjson, item by item) holds the same JSON as one ``json.dumps`` of the same dict."""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

from calendar_core.export.report import build_report, write_report
from calendar_core.model import Conflict, DuplicateGroup, Entry
from calendar_core.store.rows import row_to_entry, sharing

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
WORDS = ["Launch", "Q2", "Webinar", "Ünïcode ✓", "Post \"quoted\"", "line\nbreak", "tab\tcol", "€ 12,50", ""]


def _entries(rnd: random.Random, n: int) -> list[Entry]:
    return [Entry(id=i + 1, source_id=1 + i % 2, source_ref=f"ref-{i}", title=" ".join(rnd.sample(WORDS, 3)),
                  start=START + timedelta(minutes=15 * rnd.randrange(500)), end=None if i % 5 == 0 else
                  START + timedelta(minutes=15 * rnd.randrange(500, 900)), all_day=i % 7 == 0,
                  timezone=rnd.choice([None, "Europe/Berlin", "America/New_York"]), description=rnd.choice(WORDS),
                  tags=tuple(rnd.sample(WORDS, rnd.randrange(3))), extra={"location": rnd.choice(WORDS)},
                  series_key=rnd.choice([None, "s1"]), source_name=rnd.choice(["a.ics", "b.xlsx"]))
            for i in range(n)]


def test_streamed_report_reads_back_as_the_dict_it_was_given(tmp_path):
    rnd = random.Random(15)
    for n in (0, 1, 2_001, 4_500):  # empty, one, and across the writer's chunks
        entries = _entries(rnd, n)
        conflicts = [Conflict("overload", [1, 2], message=f"m{k} ✓", key=f"k{k}") for k in range(n // 100)]
        dups = [DuplicateGroup(entry_ids=[1, 3], score=0.87654321, reasons=["same words"], key="d1")] if n else []
        args = ([{"file": "a.ics", "entries": n, "mapping": [{"column": "Title", "role": "title"}]}], entries,
                conflicts, dups)
        kwargs = dict(timezone_name="Europe/Berlin", period=(START, None), generated=START)
        path = tmp_path / f"r{n}.json"
        write_report(path, build_report(*args, **kwargs, lazy=True))
        expected = json.loads(json.dumps(build_report(*args, **kwargs), ensure_ascii=False, indent=1))
        assert json.loads(path.read_text(encoding="utf-8")) == expected
        assert len(expected["entries"]) == n


def test_entries_read_together_share_equal_texts_and_stay_equal():
    row = {"id": 1, "source_id": 1, "source_ref": "r", "title": "T", "start_ts": 100, "end_ts": 200, "all_day": 0,
           "tz": "UTC", "description": "d", "department": "", "channel": "c", "owner": "o", "status": "s",
           "campaign": "", "link": "", "tags": '["x"]', "kind": "event", "location": "line 1", "series_key": "k",
           "recurrence_id_ts": 100, "recurrence": "RRULE:FREQ=WEEKLY", "channel_raw": "c", "owner_raw": "o",
           "status_raw": "s", "extra": '{"a": "b"}'}
    other = {**row, "id": 2, "description": "".join(["d"])}
    share = sharing()
    a, b = row_to_entry(row, "Dept", "f.ics", share), row_to_entry(other, "Dept", "f.ics", share)
    assert a.description is b.description and a.recurrence_id == a.start
    plain = row_to_entry(row, "Dept", "f.ics")
    assert plain == a and a.department == "Dept" and a.tags == ("x",) and a.extra == {"a": "b"}
