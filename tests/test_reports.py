"""The numbers behind the Reports view, on Northwind, against counts computed straight from truth.json."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from calendar_core.model import Conflict, Entry, EntryFilter
from calendar_core.reports import build_report, compute_report, week_label

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = {"marketing_content_calendar.xlsx": "Europe/Berlin", "sales_social_plan.xlsx": "Europe/London",
         "people_culture_calendar.csv": "Europe/Berlin"}


@pytest.fixture(scope="module")
def northwind_ws(tmp_path_factory):
    from calendar_core.workspace import Workspace
    from tests.conftest import SHARED

    folder = SHARED / "scenarios" / "northwind"
    if not folder.is_dir():
        pytest.skip("northwind scenario not available")
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    ws = Workspace.open(tmp_path_factory.mktemp("rep") / "ws.sqlite")
    settings = ws.settings
    settings.timezone = "Europe/Berlin"
    ws.save_settings(settings)
    window = (datetime(2026, 7, 1, tzinfo=timezone.utc), datetime(2026, 11, 30, tzinfo=timezone.utc))
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".xlsx", ".csv", ".ics")):
        ws.import_file(path, timezone_name=ZONES.get(path.name), window=window)
    named = {f["file"]: f["department"] for f in truth["files"]}
    for source in ws.sources():  # the departments as the truth names them
        ws.update_source(source.id, department=named[source.name])
    yield ws, truth
    ws.close()


def _period(truth):
    return date.fromisoformat(truth["period"]["start"]), date.fromisoformat(truth["period"]["end"])


def _truth_day(item) -> date:
    if item["all_day"]:
        return date.fromisoformat(item["date"])
    return datetime.fromisoformat(item["start"].replace("Z", "+00:00")).astimezone(BERLIN).date()


@pytest.fixture(scope="module")
def report(northwind_ws):
    ws, truth = northwind_ws
    first, last = _period(truth)
    return build_report(ws, first, last)


def test_posts_per_week_by_department(report, northwind_ws):
    _, truth = northwind_ws
    expected: dict[str, Counter] = defaultdict(Counter)
    for item in truth["entries"]:
        expected[week_label(_truth_day(item))][item["department"]] += 1
    assert report.total_posts == len(truth["entries"]) == 246
    for week in report.weeks:
        assert report.posts_per_week[week] == dict(expected.get(week, {})), week
    assert set(report.departments) == {f["department"] for f in truth["files"]}


def test_channel_mix_shares(report, northwind_ws):
    _, truth = northwind_ws
    counts: dict[str, Counter] = defaultdict(Counter)
    for item in truth["entries"]:
        counts[item["department"]][item["channel"]] += 1
    for dept, by_channel in counts.items():
        total = sum(by_channel.values())
        mix = report.channel_mix(dept)
        assert set(mix) == set(by_channel)
        for channel, n in by_channel.items():
            assert mix[channel] == pytest.approx(n / total)
        assert sum(mix.values()) == pytest.approx(1.0)


def test_posts_per_day_and_gaps(report, northwind_ws):
    _, truth = northwind_ws
    first, last = _period(truth)
    per_day = Counter(_truth_day(item) for item in truth["entries"])
    assert len(report.posts_per_day) == (last - first).days + 1
    for day, n in report.posts_per_day.items():
        assert n == per_day.get(day, 0), day
    assert any(n == 0 for n in report.posts_per_day.values())  # the heat map shows empty days too
    # gaps, from the truth: channels posting in >= half the weeks, working days without them
    weeks = {week_label(first + timedelta(days=k)) for k in range((last - first).days + 1)}
    channel_days: dict[str, set] = defaultdict(set)
    for item in truth["entries"]:
        channel_days[item["channel"]].add(_truth_day(item))
    usual = {c for c, ds in channel_days.items() if len({week_label(d) for d in ds}) >= len(weeks) / 2}
    assert set(report.usual_channels) == usual and usual
    expected = {(first + timedelta(days=k), c) for k in range((last - first).days + 1) for c in usual
                if (first + timedelta(days=k)).weekday() < 5 and first + timedelta(days=k) not in channel_days[c]}
    assert set(report.gaps) == expected and expected
    assert all(d.weekday() < 5 for d, _ in report.gaps)


def test_hours_per_channel(report, northwind_ws):
    _, truth = northwind_ws
    hours: dict[str, Counter] = defaultdict(Counter)
    for item in truth["entries"]:
        if not item["all_day"]:
            moment = datetime.fromisoformat(item["start"].replace("Z", "+00:00")).astimezone(BERLIN)
            hours[item["channel"]][moment.hour] += 1
    for channel, by_hour in hours.items():
        assert report.hours[channel] == [by_hour.get(h, 0) for h in range(24)], channel


def _truth_conflicts(truth):
    groups = [("slot_clash", g) for g in truth["slot_clashes"]]
    groups += [("double_booking", g) for g in truth["double_bookings"]]
    groups += [("overload", o["entries"]) for o in truth["overloads"]]
    return groups


def test_conflicts_per_week_and_department(report, northwind_ws):
    """The report's counting of the found conflicts, redone with each entry's day and department from the truth;
    the found conflicts themselves stay close to the planted ones (the detector's quality is scored elsewhere)."""
    ws, truth = northwind_ws
    first, last = _period(truth)
    from calendar_core.export.report import entry_json
    from tests.scoring import match_entries

    info = {item["key"]: item for item in truth["entries"]}
    mapping, missing = match_entries({"entries": [entry_json(e) for e in ws.entries()]}, truth)
    assert not missing
    identity = {entry_id: key for key, entry_id in mapping.items()}
    result = ws.analyse()

    def tally(groups):
        per_week, per_dept = Counter(), Counter()
        for keys in groups:
            per_week[week_label(min(_truth_day(info[k]) for k in keys))] += 1
            for dept in {info[k]["department"] for k in keys}:
                per_dept[dept] += 1
        return per_week, per_dept

    found = [[identity[i] for i in c.entry_ids] for c in result.conflicts]
    per_week, per_dept = tally(found)
    got_week = Counter({w: c.conflicts_open + c.conflicts_settled for w, c in report.issues_per_week.items()})
    assert +got_week == +per_week
    assert report.conflicts_by_department == dict(per_dept)
    assert sum(report.conflict_shares().values()) == pytest.approx(1.0)
    planted_week, _ = tally([keys for _, keys in _truth_conflicts(truth)])
    assert sum((per_week - planted_week).values()) + sum((planted_week - per_week).values()) <= 3
    dup_week, _ = tally([[identity[i] for i in g.entry_ids] for g in result.duplicates])
    assert +Counter({w: c.duplicates_open for w, c in report.issues_per_week.items()}) == +dup_week
    planted_dups, _ = tally(truth["duplicate_groups"])
    assert sum((dup_week - planted_dups).values()) + sum((planted_dups - dup_week).values()) <= 3


def test_settled_items_move_from_open_to_settled(northwind_ws):
    ws, truth = northwind_ws
    first, last = _period(truth)
    before = build_report(ws, first, last)
    target = before.open_conflicts[0]
    ws.decide(target.key, "intentional", "planned")
    try:
        after = build_report(ws, first, last)
    finally:
        ws.undecide(target.key)
    open_before = sum(c.conflicts_open for c in before.issues_per_week.values())
    assert sum(c.conflicts_open for c in after.issues_per_week.values()) == open_before - 1
    assert sum(c.conflicts_settled for c in after.issues_per_week.values()) == 1
    assert target.key not in {c.key for c in after.open_conflicts}
    assert sum(k.settled for k in after.kpis) >= 1


def test_filter_narrows_every_number(northwind_ws):
    ws, truth = northwind_ws
    first, last = _period(truth)
    rep = build_report(ws, first, last, EntryFilter(departments=frozenset({"Marketing"})))
    assert rep.departments == ["Marketing"]
    assert rep.total_posts == sum(1 for i in truth["entries"] if i["department"] == "Marketing")


def test_blackout_days_are_not_working_days():
    def entry(n, day, channel="Blog", source=1):
        start = datetime(day.year, day.month, day.day, 9, tzinfo=timezone.utc)
        return Entry(id=n, source_id=source, source_ref=str(n), title=f"t{n}", start=start, end=None,
                     department="D", channel=channel)

    monday = date(2026, 8, 3)
    posts = [entry(k + 1, monday + timedelta(days=k)) for k in (0, 1, 3)]  # nothing Wed, Fri
    blackout = [Entry(id=99, source_id=2, source_ref="b", title="Holiday", start=datetime(2026, 8, 7, tzinfo=timezone.utc),
                      end=datetime(2026, 8, 8, tzinfo=timezone.utc), all_day=True)]
    clash = Conflict(kind="slot_clash", entry_ids=[1, 2], message="m", key="k")
    rep = compute_report(posts + blackout, [clash], [], monday, monday + timedelta(days=6), "UTC",
                         blackout_source_ids=frozenset({2}))
    assert rep.total_posts == 3
    assert rep.blackout_days == {date(2026, 8, 7)}
    assert rep.gaps == [(date(2026, 8, 5), "Blog")]
    assert rep.kpis[0].conflicts == 1 and rep.kpis[0].posts == 3


def _random_entries(seed: int, n: int):
    import random

    rng = random.Random(seed)
    depts = [f"Dept {i}" for i in range(rng.randint(1, 9))]
    chans = [f"Chan {i}" for i in range(rng.randint(1, 12))]
    out = []
    for i in range(n):
        day = date(2026, 8, 1) + timedelta(days=rng.randint(0, 40))
        start = datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.choice((0, 15, 30)), tzinfo=timezone.utc)
        out.append(Entry(id=i + 1, source_id=1, source_ref=str(i), title=f"t{i}", start=start, end=None,
                         all_day=rng.random() < 0.1, department=rng.choice(depts + [""]), channel=rng.choice(chans + [""])))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_random_pools_add_up(seed):
    """Whatever the pool: per-week, per-day, mix and hours add up to the posts; gaps only on working days."""
    entries = _random_entries(seed, 30 + seed * 40)
    first, last = date(2026, 8, 3), date(2026, 9, 6)
    rep = compute_report(entries, [], [], first, last, "Europe/Berlin")
    assert sum(sum(w.values()) for w in rep.posts_per_week.values()) == rep.total_posts
    assert sum(rep.posts_per_day.values()) == rep.total_posts
    assert sum(sum(c.values()) for c in rep.channel_counts.values()) == rep.total_posts
    timed = sum(1 for e in entries if not e.all_day and first <= e.start.astimezone(BERLIN).date() <= last)
    assert sum(sum(h) for h in rep.hours.values()) == timed
    for dept in rep.departments:
        assert sum(rep.channel_mix(dept).values()) == pytest.approx(1.0)
    assert all(d.weekday() < 5 for d, _ in rep.gaps)
    by_channel_day = {(e.start.astimezone(BERLIN).date() if not e.all_day else e.start.date(), e.channel or "(no channel)")
                      for e in entries}
    assert not any(gap in by_channel_day for gap in rep.gaps)


def test_empty_period_and_charts_paint(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from calendar_core.report_charts import chart_specs
    from ui.painting.charts import paint_chart

    for entries in ([], _random_entries(7, 300)):
        rep = compute_report(entries, [], [], date(2026, 8, 3), date(2026, 9, 6), "Europe/Berlin")
        for spec in chart_specs(rep):
            headers, rows = spec.table()
            assert len(rows) == len(spec.categories)
            image = QImage(900, 500, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            hits = paint_chart(painter, QRectF(0, 0, 900, 500), spec)
            painter.end()
            if spec.kind == "heat":  # every cell hovers, zeros included: empty days must show
                assert len(hits) == sum(1 for _, vals in spec.series for v in vals if v is not None), spec.key
            else:
                assert bool(hits) == any(v for _, vals in spec.series for v in vals if v), spec.key
