"""The markers and the issues panel's rows write their texts when first asked for, and those texts
are the ones an eager pass over the whole analysis writes (the oracle below is the eager code the
window had before: every entry's marker and every row's text built up front)."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

pytest.importorskip("PySide6")

from calendar_core.analysis import AnalysisResult, analyse  # noqa: E402
from calendar_core.model import Conflict, Entry  # noqa: E402
from calendar_core.settings import Settings  # noqa: E402

pytestmark = pytest.mark.gui
UTC = timezone.utc
DEPARTMENTS = ["Marketing", "PR", "Sales", "Support"]
CHANNELS = ["LinkedIn", "Blog", "X", "Newsletter"]
PEOPLE = ["Lena Vogt", "Ana Diaz", "Tom Berg", "Kai Lund", ""]
TOPICS = ["Customer onboarding webinar", "Spring product launch", "Hiring week", "Security update", "Q3 results"]


def _entries(seed: int, n: int = 160) -> list[Entry]:
    rnd = random.Random(seed)
    base = datetime(2026, 9, 7, 8, 0, tzinfo=UTC)
    out = []
    for i in range(1, n + 1):
        dept = rnd.choice(DEPARTMENTS)
        all_day = rnd.random() < 0.1
        start = base + timedelta(days=rnd.randrange(10), minutes=0 if all_day else 15 * rnd.randrange(40))
        if all_day:
            start = start.replace(hour=0, minute=0)
        topic = rnd.choice(TOPICS)
        out.append(Entry(id=i, source_id=DEPARTMENTS.index(dept) + 1, source_ref=f"r{i}",
                         title=f"{topic} {rnd.choice(['', 'registration open', '— last call'])}".strip(),
                         start=start, end=start + timedelta(days=1) if all_day else start + timedelta(minutes=30),
                         all_day=all_day, department=dept, channel=rnd.choice(CHANNELS), owner=rnd.choice(PEOPLE),
                         link=rnd.choice(["", "https://example.org/" + topic.split()[0].lower()]),
                         source_name=f"{dept.lower()}.csv"))
    return out


def _result(seed: int) -> tuple[AnalysisResult, dict[int, Entry]]:
    entries = _entries(seed)
    result = analyse(entries, Settings())
    rnd = random.Random(seed * 7)
    for item in [*result.conflicts, *result.duplicates]:  # some settled, as a workspace has them
        if rnd.random() < 0.3:
            item.decision = rnd.choice(["resolved", "intentional"])
    return result, {e.id: e for e in entries}


def _eager_markers(result, include_decided: bool, phrases) -> dict[int, str]:
    """The window's markers as they were built before: every entry's text up front."""
    from ui.issue_phrases import conflict_message
    from ui.markers import decision_label, duplicate_text, kind_label

    items = [(c, f"{kind_label(c.kind)}: {conflict_message(c, phrases)}") for c in result.conflicts]
    items += [(d, f"{kind_label('duplicate')}: {duplicate_text(d, phrases)}") for d in result.duplicates]
    by_entry: dict[int, list] = {}
    for item, line in items:
        for entry_id in item.entry_ids:
            by_entry.setdefault(entry_id, []).append((item, line))
    out = {}
    for entry_id, pairs in by_entry.items():
        lines: list[str] = []
        for item, line in pairs:
            if item.decision and not include_decided:
                continue
            if item.decision:
                line += f" ({decision_label(item.decision).lower()})"
            if line not in lines:
                lines.append(line)
        if lines:
            out[entry_id] = "\n".join(lines)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lazy_markers_equal_the_eager_ones(qapp, seed, monkeypatch):
    import ui.markers
    from ui.issue_phrases import window_phrases
    from ui.markers import MarkerIndex

    result, _ = _result(seed)
    assert result.conflicts and result.duplicates, "the pool must give both kinds"
    written = []
    real = ui.markers._line
    monkeypatch.setattr(ui.markers, "_line", lambda item, phrases: written.append(item) or real(item, phrases))
    index = MarkerIndex(result, window_phrases())
    assert written == []  # nothing written up front
    markers = index.markers()
    some = next(iter(markers))
    markers[some]
    assert {id(i) for i in written} <= {id(i) for i in index.by_entry[some]}  # only that entry's items
    # asked for in a random order, entry by entry: the same texts as the eager pass
    ids = list(markers)
    random.Random(seed).shuffle(ids)
    assert {i: markers[i] for i in ids} == _eager_markers(result, False, window_phrases())
    assert dict(index.markers(include_decided=True)) == _eager_markers(result, True, window_phrases())
    assert len(markers) == len(_eager_markers(result, False, window_phrases()))


def test_markers_follow_a_decision(qapp):
    from ui.markers import MarkerIndex

    result, _ = _result(4)
    index = MarkerIndex(result)
    markers = index.markers()
    item = next(c for c in result.conflicts if not c.decision)
    for other in [*result.conflicts, *result.duplicates]:  # item alone is open now
        other.decision = other.decision if other is item else "resolved"
    assert set(markers) == set(item.entry_ids)
    item.decision = "intentional"
    assert dict(markers) == {} and set(index.markers(include_decided=True)) >= set(item.entry_ids)
    assert "(intentional)" in index.markers(include_decided=True)[item.entry_ids[0]]


def _eager_when(ids, entries):
    known = [entries[i] for i in ids if i in entries]
    return (min(e.start for e in known) if known else None,
            bool(known) and min(known, key=lambda e: e.start).all_day)


@pytest.mark.parametrize("seed", [5, 6])
def test_rows_write_their_texts_when_shown_and_the_same_ones(qapp, seed, monkeypatch):
    import ui.models.issues_model as im
    from ui.issue_phrases import window_phrases

    result, entries = _result(seed)
    calls = []
    real = im.row_texts
    monkeypatch.setattr(im, "row_texts", lambda *a: calls.append(a[1]) or real(*a))
    prepared = im.prepare_issues(result, entries, UTC, window_phrases())
    assert calls == []  # the worker writes no row's text
    model = im.IssuesModel()
    model.set_prepared(prepared)
    rows = model.rows()
    assert len(rows) == len(result.conflicts) + len(result.duplicates) + len(result.copies)
    for row in rows:
        assert (row.when, row.all_day) == _eager_when(row.item.entry_ids, entries)
    first = model.index(0, 0, model.index(0, 0))
    model.data(first)
    assert len(calls) == 1  # one row painted, one row written
    eager = {r.key: real(r.kind, r.item, entries, window_phrases()) for r in rows}
    assert {r.key: (r.text, r.detail) for r in rows} == eager
    assert len(calls) == len(rows)  # each row written once, however often asked
    rows[0].text
    assert len(calls) == len(rows)
    model.rewrite(entries)  # a new language: every row writes its text again when next shown
    assert rows[0].text == eager[rows[0].key][0] and len(calls) == len(rows) + 1


def test_a_conflict_row_and_its_marker_say_the_same_message(qapp):
    import ui.models.issues_model as im
    from ui.issue_phrases import split_rule, window_phrases
    from ui.markers import MarkerIndex

    result, entries = _result(7)
    phrases = window_phrases()
    index = MarkerIndex(result, phrases)
    prepared = im.prepare_issues(result, entries, UTC, phrases)
    row = next(r for _k, rows in prepared.groups for r in rows if isinstance(r.item, Conflict) and not r.decision)
    marker = index.markers()[row.item.entry_ids[0]]
    short, _rule = split_rule(marker.split(": ", 1)[1].split("\n")[0], phrases)
    assert row.text in marker and short


def test_markers_truth_follows_decisions_without_counting_every_entry(qapp, monkeypatch):
    """``markers or {}`` runs in every paint: truth stops at the first marked entry, never ``len``."""
    from ui.markers import MarkerIndex, Markers

    result, _ = _result(5)
    index = MarkerIndex(result)
    markers = index.markers()

    def counted(self):
        raise AssertionError("truth walked every entry")

    monkeypatch.setattr(Markers, "__len__", counted)
    items = [*result.conflicts, *result.duplicates]
    assert any(not item.decision for item in items) and bool(markers)
    for item in items:
        item.decision = "resolved"
    assert not markers and bool(index.markers(include_decided=True))
    items[0].decision = ""
    assert markers
