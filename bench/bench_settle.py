"""Issues model at scale: loading 20,000 conflicts and settling one of them.

Baselines, measured in the same run: the same rows as a QStandardItemModel (the
"simple" way), and settling one item by rebuilding the whole model.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bench import best_of

N = 20_000


def _data():
    from calendar_core.analysis import AnalysisResult
    from calendar_core.model import Conflict, DuplicateGroup, Entry

    t0 = datetime(2026, 8, 3, 8, tzinfo=timezone.utc)
    entries, conflicts, duplicates = {}, [], []
    kinds = ("slot_clash", "double_booking", "overload", "blackout")
    for i in range(N):
        a, b = 2 * i + 1, 2 * i + 2
        start = t0 + timedelta(minutes=37 * i)
        for eid in (a, b):
            entries[eid] = Entry(id=eid, source_id=1 + eid % 2, source_ref=f"r{eid}", title=f"Post {eid}",
                                 start=start, end=None, department=f"Dept {eid % 2}", source_name=f"d{eid % 2}.csv")
        if i % 10 == 9:
            duplicates.append(DuplicateGroup([a, b], 0.9, ["titles 90 % alike, same day"], key=f"duplicate:{i}"))
        else:
            conflicts.append(Conflict(kinds[i % 4], [a, b], f"LinkedIn: Dept 0 and Dept 1 on day {i} (rule: 60 min)",
                                      key=f"{kinds[i % 4]}:{i}"))
    return AnalysisResult(conflicts, duplicates), entries


def _standard_model(result, entries):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from ui.models.issues_model import build_rows

    model = QStandardItemModel()
    groups = {}
    for row in sorted(build_rows(result, entries), key=lambda r: (r.kind, r.when)):
        parent = groups.get(row.kind)
        if parent is None:
            parent = groups[row.kind] = QStandardItem(row.kind)
            model.appendRow(parent)
        parent.appendRow([QStandardItem(row.text), QStandardItem(row.when.isoformat()), QStandardItem("")])
    return model


def run() -> list[tuple[str, float, float, float]]:
    from PySide6.QtWidgets import QApplication, QTreeView

    from ui.models.issues_model import IssuesModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need an application
    result, entries = _data()
    model = IssuesModel()
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    ours_load = best_of([lambda: (model.set_result(result, entries), view.expandAll())], 3)[0]
    base_view = QTreeView()
    base_view.setUniformRowHeights(True)

    def baseline_load():
        base_view.setModel(_standard_model(result, entries))
        base_view.expandAll()

    base_load = best_of([baseline_load], 3)[0]

    keys = [c.key for c in result.conflicts[:5]]

    def ours_mark():
        for key in keys:
            model.set_decision(key, "intentional")
        for key in keys:
            model.set_decision(key, None)

    def base_mark():
        for key in keys:
            for c in result.conflicts:
                if c.key == key:
                    c.decision = "intentional"
            model.set_result(result, entries)
            view.expandAll()
        for c in result.conflicts[:5]:
            c.decision = None

    ours_settle, base_settle = best_of([ours_mark, base_mark], 3)
    return [
        (f"issues model: load {N:,} items into a tree view", ours_load, base_load, 1.0),
        ("issues model: mark and un-mark 5 items", ours_settle, base_settle, 0.5),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
