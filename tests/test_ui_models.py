"""The Qt models pass qtmodeltester; the list fetches lazily and sorts the whole set."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from calendar_core.model import Entry  # noqa: E402
from tests.ui_helpers import fake_reader, workspace, write_cal  # noqa: E402,F401

UTC = timezone.utc


def make_entries(n: int) -> list[Entry]:
    base = datetime(2026, 8, 3, 8, tzinfo=UTC)
    return [Entry(id=i + 1, source_id=1, source_ref=f"r{i}", title=f"Post {n - i:05d}",
                  start=base + timedelta(minutes=17 * i), end=None, department=("Marketing", "PR")[i % 2],
                  channel=("LinkedIn", "Blog", "X")[i % 3], source_name="m.xlsx", location=f"row {i + 2}")
            for i in range(n)]


def test_entry_model_passes_modeltester(qtmodeltester):
    from ui.models.entries import EntryTableModel

    model = EntryTableModel()
    model.set_entries(make_entries(1200))
    qtmodeltester.check(model, force_py=True)


def test_entry_proxy_passes_modeltester(qtmodeltester):
    from ui.models.entries import EntrySortProxy, EntryTableModel

    model = EntryTableModel()
    model.set_entries(make_entries(300))
    proxy = EntrySortProxy()
    proxy.setSourceModel(model)
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_sources_model_passes_modeltester(qtmodeltester, tmp_path, fake_reader, workspace):
    from ui.models.sources import SourcesModel

    workspace.import_file(write_cal(tmp_path / "marketing.fake", ["m1|A|2026-08-04T10:00:00+02:00|LI|Lena"]))
    workspace.import_file(write_cal(tmp_path / "pr.fake", ["p1|B|2026-08-04T10:00:00+02:00|X|Ana", "bad|x|nope|X"]))
    model = SourcesModel(workspace)
    model.reload()
    assert model.rowCount() == 2 and model.index(1, 3).data() == "1"
    qtmodeltester.check(model, force_py=True)


def test_list_fetches_lazily_and_sorts_the_whole_set(qtbot):
    from ui.models.entries import BATCH, EntrySortProxy, EntryTableModel

    model = EntryTableModel()
    model.set_entries(make_entries(5 * BATCH))
    assert model.rowCount() == BATCH and model.canFetchMore()
    proxy = EntrySortProxy()
    proxy.setSourceModel(model)
    proxy.sort(3, Qt.SortOrder.AscendingOrder)  # by title: the reverse of the start order
    assert proxy.index(0, 3).data() == "Post 00001"  # the smallest of all 2,500, not of the 500 fetched
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH
    titles = [proxy.index(r, 3).data() for r in range(proxy.rowCount())]
    assert titles == sorted(titles) and titles[-1] == f"Post {2 * BATCH:05d}"
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 3).data() == f"Post {5 * BATCH:05d}"
    assert model.row_of(5 * BATCH) == 5 * BATCH - 1 and model.rowCount() == 5 * BATCH  # fetching up to an entry on demand


def test_only_flagged_filters_the_whole_list_not_the_rows_fetched_so_far(qtbot):
    from datetime import date

    from ui.views.list_view import ListView

    view = ListView()
    qtbot.addWidget(view)
    entries = make_entries(3000)  # six batches: the flagged ones sit far beyond the first
    flagged = {2500: "Slot clash", 2999: "Duplicate"}
    view.set_data(entries, date(2026, 8, 3), UTC)
    view.set_markers(flagged)
    view.only_flagged.setChecked(True)
    from ui.models.entries import ID_ROLE

    listed = {view.proxy.index(r, 0).data(ID_ROLE) for r in range(view.proxy.rowCount())}
    assert listed == set(flagged)
    assert "2 of 3000 entries" in view.count_label.text()
    view.only_flagged.setChecked(False)
    assert view.count_label.text() == "3000 entries"
    assert view.model.total() == 3000
