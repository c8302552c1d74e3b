"""Small builders shared by tests."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import importers
from importers.records import ImportResult, RawRecord

BERLIN = ZoneInfo("Europe/Berlin")


def rec(ref: str, title: str, start, end=None, **kw) -> RawRecord:
    all_day = isinstance(start, date) and not isinstance(start, datetime)
    return RawRecord(source_ref=ref, title=title, start=start, end=end, all_day=all_day,
                     timezone=kw.pop("timezone", None if all_day else "Europe/Berlin"), **kw)


def result(path: str | Path, records, kind="csv", hint="", **kw) -> ImportResult:
    return ImportResult(path=Path(path), kind=kind, records=list(records), department_hint=hint,
                        content_hash=kw.pop("content_hash", "h"), **kw)


def berlin(y, m, d, hh=10, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=BERLIN)


def plus(dt: datetime, minutes: int) -> datetime:
    return dt + timedelta(minutes=minutes)


def write_cal(path: Path, lines: list[str]) -> Path:
    """A file for tests/fake_reader.py: one 'ref|title|start|channel|owner' line per entry."""
    path.write_text("\n".join(["#FAKECAL", *lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def fake_reader(monkeypatch):
    """Put tests/fake_reader.py first in the importer registry."""
    monkeypatch.setattr(importers, "_READER_MODULES", ("tests.fake_reader", *importers._READER_MODULES))
