"""Damaged input never crashes the ICS reader: it imports what it can or refuses with ImporterError."""
from __future__ import annotations

import random
from datetime import datetime, timezone

from ics_helpers import FIXTURES
from importers import ImporterError, ImportOptions, ics

SNIPPETS = [b":", b";", b"\n", b"\r", b" ", b"Z", b"T", b"-", b"=", b'"', b",", b"\xff", b"\x00",
            b"BEGIN:VEVENT\n", b"END:VEVENT\n", b"END:VCALENDAR\n", b"RRULE:FREQ=SECONDLY\n",
            b"RECURRENCE-ID:20260101T000000Z\n", b"DTSTART;VALUE=DATE:20261301\n", b"DURATION:-P1D\n",
            b"EXDATE;VALUE=PERIOD:20260101T000000Z/PT1H\n", b"RDATE:20260101/PT1H\n", b"TZID=\n"]


def test_mutated_files_import_or_are_refused(tmp_path):
    rnd = random.Random(20261126)
    files = sorted(FIXTURES.glob("*.ics"))
    opts = ImportOptions(window_start=datetime(2025, 1, 1, tzinfo=timezone.utc),
                         window_end=datetime(2028, 1, 1, tzinfo=timezone.utc))
    for i in range(400):
        src = rnd.choice(files)
        data = bytearray(src.read_bytes())
        for _ in range(rnd.randrange(1, 6)):
            pos = rnd.randrange(len(data)) if data else 0
            op = rnd.randrange(4)
            if op == 0 and data:
                data[pos] = rnd.randrange(256)
            elif op == 1:
                data[pos:pos] = rnd.choice(SNIPPETS)
            elif op == 2:
                del data[pos:pos + rnd.randrange(1, 20)]
            else:
                data = data[:pos]
        path = tmp_path / f"m{i}.ics"
        path.write_bytes(bytes(data))
        try:
            result = ics.read(path, opts)
        except ImporterError as err:
            assert "internal error" not in str(err), f"{src.name} mutation {i}: {err}"
            assert path.name in str(err)
            continue
        assert all(path.name in w for w in result.warnings)
