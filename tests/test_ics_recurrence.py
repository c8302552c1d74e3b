"""The fast paths of importers.recurrence give exactly what dateutil gives."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from dateutil import rrule as du

from importers.recurrence import RuleError, _fast_forward, _simple, expand, parse_rule


def _until(raw):
    return datetime.strptime(raw[:15], "%Y%m%dT%H%M%S")


RULES = [
    "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=DAILY;COUNT=20", "FREQ=DAILY;UNTIL=20260320T120000",
    "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "FREQ=WEEKLY;BYDAY=SU,MO;WKST=SU;INTERVAL=3",
    "FREQ=WEEKLY;BYDAY=TU;COUNT=7", "FREQ=WEEKLY;BYDAY=MO, TU, WE, TH, FR;UNTIL=20260601T000000",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;WKST=MO;COUNT=9", "FREQ=HOURLY;INTERVAL=5",
    "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
]


@pytest.mark.parametrize("rule", RULES)
def test_expansion_equals_dateutil(rule):
    rnd = random.Random(rule)
    for _ in range(12):
        dtstart = datetime(2025, 1, 1, 9, 30) + timedelta(days=rnd.randrange(0, 500), hours=rnd.randrange(0, 10))
        lo = datetime(2025, 6, 1) + timedelta(days=rnd.randrange(0, 400))
        hi = lo + timedelta(days=rnd.randrange(1, 200))
        kw, _endless = parse_rule(rule, dtstart, _until)
        expected = [d for d in du.rrule(**kw).between(lo, hi, inc=True)]
        if lo <= dtstart <= hi and dtstart not in expected:
            expected = sorted(expected + [dtstart])  # RFC 5545: DTSTART is always an occurrence
        got = expand(dtstart, [kw], [], [], [], set(), lo, hi).starts
        assert got == expected, (rule, dtstart, lo, hi)
        simple = _simple(kw, lo, hi)
        if simple is not None:
            assert [d for d in simple if lo <= d <= hi] == [d for d in du.rrule(**kw).between(lo, hi, inc=True)]


def test_fast_forward_keeps_the_set():
    kw, _ = parse_rule("FREQ=MINUTELY;INTERVAL=7;BYHOUR=9", datetime(2001, 3, 4, 9, 2), _until)
    lo, hi = datetime(2026, 3, 1), datetime(2026, 3, 3)
    moved = _fast_forward(kw, lo)
    assert moved["dtstart"] > datetime(2026, 1, 1)
    assert list(du.rrule(**moved).between(lo, hi, inc=True)) == list(du.rrule(**{**kw, "until": hi}).between(lo, hi, inc=True))


def test_bad_rules_raise_rule_error():
    with pytest.raises(RuleError):
        parse_rule("FREQ=FORTNIGHTLY", datetime(2026, 1, 1), _until)
    with pytest.raises(RuleError):
        parse_rule("FREQ=WEEKLY;BYDAY=XX", datetime(2026, 1, 1), _until)
    with pytest.raises(RuleError):
        parse_rule("FREQ=MONTHLY;BYMONTHDAY=40", datetime(2026, 1, 1), _until)


def test_limit_truncates():
    kw, endless = parse_rule("FREQ=SECONDLY", datetime(2026, 1, 1), _until)
    exp = expand(datetime(2026, 1, 1), [kw], [], [], [], set(), datetime(2026, 1, 1), datetime(2027, 1, 1),
                 endless, limit=100)
    assert endless and exp.truncated and len(exp.starts) == 100


@pytest.mark.parametrize("rule,possible", [
    ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", False), ("FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31", False),
    ("FREQ=DAILY;BYMONTH=2", True), ("FREQ=WEEKLY;BYMONTH=3", True), ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29", True),
    ("FREQ=DAILY;BYMONTHDAY=13;BYDAY=FR", True), ("FREQ=MINUTELY;BYYEARDAY=366", True),
])
def test_impossible_rules_are_refused_quickly(rule, possible):
    import time

    kw, _ = parse_rule(rule, datetime(2026, 1, 31, 10), _until)
    t0 = time.perf_counter()
    if possible:
        exp = expand(datetime(2026, 1, 31, 10), [kw], [], [], [], set(), datetime(2026, 1, 1), datetime(2060, 1, 1),
                     limit=3)
        assert exp.starts
    else:
        with pytest.raises(RuleError):
            expand(datetime(2026, 1, 31, 10), [kw], [], [], [], set(), datetime(2026, 1, 1), datetime(2060, 1, 1))
    assert time.perf_counter() - t0 < 2.0
