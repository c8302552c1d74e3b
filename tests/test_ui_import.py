"""Bringing files in: drop, background job, refusal, cancel, undo, mapping."""
from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

from importers.errors import UnmappableSheet  # noqa: E402
from tests.ui_helpers import fake_reader, qsettings, window_factory, workspace, write_cal  # noqa: E402,F401

pytestmark = pytest.mark.gui

MARKETING = ["m1|Launch post|2026-08-04T10:00:00+02:00|LinkedIn|Lena Vogt",
             "m2|Webinar teaser|2026-08-05T12:00:00+02:00|Instagram|Lena Vogt",
             "m3|Case study|2026-08-06T09:00:00+02:00|Blog|Tom Ries"]
PR = ["p1|Press release|2026-08-04T10:15:00+02:00|LinkedIn|Ana Diaz",
      "p2|Interview|2026-08-07T15:00:00+02:00|X|Ana Diaz"]


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def list_titles(window):
    window.set_view("list")
    view = window.views["list"]
    model = view.proxy
    return sorted(model.index(r, 3).data() for r in range(model.rowCount()))


def wait_list(qtbot, window):
    from ui import jobs

    qtbot.waitUntil(lambda: jobs.active_jobs() == 0, timeout=10000)


def test_drop_imports_through_background_job_and_list_shows_entries(qtbot, tmp_path, fake_reader, workspace, window_factory):
    a = write_cal(tmp_path / "marketing.fake", MARKETING)
    b = write_cal(tmp_path / "pr.fake", PR)
    junk = tmp_path / "notes.docx"
    junk.write_bytes(b"PK\x03\x04 not a calendar")
    w = window_factory(workspace)
    with qtbot.waitSignal(w.importer.imported, timeout=10000) as blocker:
        drop(w, [a, junk, b])
        assert w.importer.busy, "the import must run in the background"
    batch = blocker.args[0]
    by_name = {o.path.name: o for o in batch.outcomes}
    assert by_name["marketing.fake"].report.new == 3 and by_name["pr.fake"].report.new == 2
    assert not by_name["notes.docx"].ok and "notes.docx" in by_name["notes.docx"].error
    assert "unsupported" in by_name["notes.docx"].error
    assert workspace.count_entries() == 5
    w.set_view("list")
    wait_list(qtbot, w)
    assert list_titles(w) == sorted(["Launch post", "Webinar teaser", "Case study", "Press release", "Interview"])
    assert w.sources_model.rowCount() == 2


def test_summary_lists_counts_and_warnings(qtbot, tmp_path, fake_reader, workspace, window_factory):
    a = write_cal(tmp_path / "marketing.fake", [*MARKETING, "m4|Broken|not a date|X"])
    w = window_factory(workspace)
    w.importer.show_summary = True
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([a])
    dialog = w.importer.last_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:6] == ["✓ marketing.fake", "3", "0", "0", "0", "1"]
    warning = model.index(0, 0, model.index(0, 0)).data()
    assert "line 5" in warning and "marketing.fake" in warning
    dialog.close()


class _Blocking:
    """A read_file stand-in that waits until released, polling cancel like a real reader."""

    def __init__(self, real):
        self.real = real
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, path, options):
        self.entered.set()
        while not self.release.wait(0.01):
            options.check_cancelled()
        return self.real(path, options)


def test_cancel_leaves_workspace_unchanged(qtbot, tmp_path, fake_reader, workspace, window_factory, monkeypatch):
    import calendar_core.workspace.importing

    a = write_cal(tmp_path / "marketing.fake", MARKETING)
    w = window_factory(workspace)
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([a])
    before = [(e.source_ref, e.title) for e in workspace.entries()]
    write_cal(a, ["m9|Replaced everything|2026-08-04T10:00:00+02:00|LinkedIn|Lena Vogt"])
    blocking = _Blocking(calendar_core.workspace.importing.read_file)
    monkeypatch.setattr(calendar_core.workspace.importing, "read_file", blocking)
    with qtbot.waitSignal(w.importer.imported, timeout=10000) as blocker:
        w.import_files([a, write_cal(tmp_path / "pr.fake", PR)])
        assert blocking.entered.wait(5)
        assert w.actions["cancel"].isEnabled()
        w.actions["cancel"].trigger()
    assert blocker.args[0].cancelled
    assert [(e.source_ref, e.title) for e in workspace.entries()] == before
    assert len(workspace.sources()) == 1
    assert not w.importer.progress.isVisible()


def _wait_written(qtbot, w) -> None:
    """Undo, redo and removals run off the GUI thread: wait for the window to take the result."""
    qtbot.waitUntil(lambda: w.undo_job is None, timeout=10000)


def test_undo_restores_the_workspace(qtbot, tmp_path, fake_reader, workspace, window_factory):
    a = write_cal(tmp_path / "marketing.fake", MARKETING)
    w = window_factory(workspace)
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([a])
    before = [(e.source_ref, e.title, e.start) for e in workspace.entries()]
    write_cal(a, [MARKETING[0].replace("Launch post", "Launch post v2"), MARKETING[2]])
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([a, write_cal(tmp_path / "pr.fake", PR)])
    assert workspace.count_entries() == 4
    assert w.actions["undo"].isEnabled() and "2 files" in w.actions["undo"].text()
    w.actions["undo"].trigger()
    _wait_written(qtbot, w)
    assert [(e.source_ref, e.title, e.start) for e in workspace.entries()] == before
    assert [s.name for s in workspace.sources()] == ["marketing.fake"]
    w.actions["undo"].trigger()
    _wait_written(qtbot, w)
    assert workspace.count_entries() == 0 and not w.actions["undo"].isEnabled()


def test_remove_source_then_undo(qtbot, tmp_path, fake_reader, workspace, window_factory):
    w = window_factory(workspace)
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([write_cal(tmp_path / "marketing.fake", MARKETING)])
    sid = workspace.sources()[0].id
    w.remove_source(sid)
    _wait_written(qtbot, w)
    assert workspace.count_entries() == 0 and w.sources_model.rowCount() == 0
    w.undo_import()
    _wait_written(qtbot, w)
    assert workspace.count_entries() == 3 and w.sources_model.rowCount() == 1


def _unmappable_reader(real):
    def read(path, options):
        if path.suffix == ".fake" and not (options.column_map or {}).get("Wann"):
            raise UnmappableSheet(path, "no date column found; headers found: Wann, Was", ["Wann", "Was"],
                                  [["2026-08-04", "Post"]], "Plan")
        return real(path, options)
    return read


def test_unmappable_sheet_asks_for_mapping_and_saves_it(qtbot, tmp_path, fake_reader, workspace, window_factory,
                                                        monkeypatch):
    import calendar_core.workspace.importing

    monkeypatch.setattr(calendar_core.workspace.importing, "read_file", _unmappable_reader(calendar_core.workspace.importing.read_file))
    a = write_cal(tmp_path / "odd.fake", MARKETING)
    w = window_factory(workspace)
    asked = []
    w.importer.ask_mapping = lambda outcome: asked.append(outcome.unmappable.headers) or {"Wann": "date", "Was": "title"}
    with qtbot.waitSignal(w.importer.imported, timeout=10000) as blocker:
        w.import_files([a])
    assert asked == [["Wann", "Was"]]
    assert [o.ok for o in blocker.args[0].outcomes] == [True]
    assert workspace.sources()[0].settings["column_map"] == {"Wann": "date", "Was": "title"}
    # the stored mapping is used on re-import without asking again
    asked.clear()
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([a])
    assert asked == []


def test_mapping_dialog_preview_and_validation(qtbot):
    from ui.dialogs.mapping import MappingDialog

    d = MappingDialog("odd.xlsx", ["Wann", "Was", "Wo"], [["04.08.2026", "Launch", "LI"], ["05.08.2026", "Teaser", "IG"]],
                      "Plan", "no date column found")
    qtbot.addWidget(d)
    ok = d.buttons.buttons()[0]
    assert not d.is_valid() and not ok.isEnabled()
    # the rows show before anything is mapped, every column under its role
    assert d.preview_model.rowCount() == 2 and d.preview_model.columnCount() == 3
    assert d.preview_model.horizontalHeaderItem(0).text() == "Wann (ignored)"
    d.set_field("Wann", "date")
    d.set_field("Wo", "channel")
    assert d.is_valid() and ok.isEnabled()
    assert d.mapping() == {"Wann": "date", "Wo": "channel"}
    assert d.preview_model.columnCount() == 3 and d.preview_model.index(1, 2).data() == "IG"
    assert d.preview_model.horizontalHeaderItem(2).text() == "Channel ← Wo"


def test_entry_details_name_the_source_row(qtbot, tmp_path, fake_reader, workspace, window_factory):
    w = window_factory(workspace)
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([write_cal(tmp_path / "marketing.fake", MARKETING)])
    e = workspace.entries()[1]
    w.open_entry(e.id)
    rows = dict(w.last_details.rows)
    assert rows["Where in the file"] == "line 3" and rows["Reference (UID or row key)"] == "m2"
    assert rows["Source file"].startswith("marketing.fake")
    w.last_details.close()


def test_mapping_dialog_shows_rows_as_read(qtbot):
    from datetime import datetime
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from importers import ImportResult, RawRecord
    from ui.dialogs.mapping import MappingDialog

    berlin = ZoneInfo("Europe/Berlin")
    seen = []

    def reader(mapping):
        seen.append(dict(mapping))
        return ImportResult(Path("odd.xlsx"), "xlsx", [RawRecord("r1", "Launch", datetime(2026, 8, 4, 8, tzinfo=ZoneInfo("UTC")),
                                                                 channel="LinkedIn")], skipped=1,
                            notes=["times read in Europe/Berlin as the sheet says ('Wann (MEZ)')"])

    d = MappingDialog("odd.xlsx", ["Wann", "Was"], [["04.08.2026 10:00", "Launch"]], reader=reader, tz=berlin)
    qtbot.addWidget(d)
    d.show()
    d.set_field("Wann", "start")
    qtbot.waitUntil(lambda: d.read_model.rowCount() == 1, timeout=5000)
    assert seen[-1] == {"Wann": "start"}
    assert [d.read_model.index(0, c).data() for c in range(4)] == ["Tue 4 Aug 2026, 10:00", "", "Launch", "LinkedIn"]
    assert "1 entry, 1 row skipped" in d.read_label.text()
    assert "times read in Europe/Berlin as the sheet says ('Wann (MEZ)')" in d.read_label.text()  # how it was read
    assert d.read_model.horizontalHeaderItem(0).text() == "Start (Europe/Berlin)"  # the zone the starts are shown in
    d.close()
    from ui import jobs
    assert jobs.wait_for_all(5000)


def test_sources_are_read_only_during_an_import(qtbot, tmp_path, fake_reader, workspace, window_factory, monkeypatch):
    import calendar_core.workspace.importing
    from PySide6.QtCore import Qt as QtNs

    w = window_factory(workspace)
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([write_cal(tmp_path / "marketing.fake", MARKETING)])
    blocking = _Blocking(calendar_core.workspace.importing.read_file)
    monkeypatch.setattr(calendar_core.workspace.importing, "read_file", blocking)
    model = w.sources_model
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([write_cal(tmp_path / "pr.fake", PR)])
        assert blocking.entered.wait(5)
        assert not model.setData(model.index(0, 1), "Renamed", QtNs.ItemDataRole.EditRole)
        assert not (model.flags(model.index(0, 1)) & QtNs.ItemFlag.ItemIsEditable)
        blocking.release.set()
    assert model.setData(model.index(0, 1), "Renamed", QtNs.ItemDataRole.EditRole)
    assert workspace.sources()[0].department == "Renamed"


def test_cancel_in_the_store_phase_leaves_the_workspace_as_it_was(qtbot, tmp_path, fake_reader, workspace,
                                                                    window_factory, monkeypatch):
    """Cancel while the entries are being stored (most of a big import's wait) rolls the import back."""
    import calendar_core.workspace.importing

    a = write_cal(tmp_path / "marketing.fake", MARKETING)
    w = window_factory(workspace)
    with qtbot.waitSignal(w.importer.imported, timeout=10000):
        w.import_files([a])
    before = [(e.id, e.source_ref, e.title) for e in workspace.entries()], [s.name for s in workspace.sources()]
    steps = workspace.undo_steps_stored()
    storing = threading.Event()
    real_sync = calendar_core.workspace.importing.sync_entries
    calls = []

    def slow_sync(conn, source_id, rows, tick, before_write=None):
        counts = real_sync(conn, source_id, rows, lambda f: None, before_write)  # the rows are written...
        calls.append(source_id)
        if len(calls) == 1:  # the first file (new) is stored and committed; Cancel comes in the second
            return counts
        storing.set()
        while not w.importer.job.is_cancelled():  # ...and the next chunk looks at Cancel
            threading.Event().wait(0.01)
        tick(0.5)
        return counts

    monkeypatch.setattr(calendar_core.workspace.importing, "sync_entries", slow_sync)
    write_cal(a, ["m9|Replaced everything|2026-08-04T10:00:00+02:00|LinkedIn|Lena Vogt"])
    with qtbot.waitSignal(w.importer.imported, timeout=10000) as blocker:
        w.import_files([write_cal(tmp_path / "pr.fake", PR), a])
        assert storing.wait(5)
        w.actions["cancel"].trigger()
    assert blocker.args[0].cancelled and len(calls) == 2
    assert ([(e.id, e.source_ref, e.title) for e in workspace.entries()], [s.name for s in workspace.sources()]) \
        == before  # the second file rolled back, the first one's stored change set put back
    assert workspace.undo_steps_stored() == steps
    assert "unchanged" in w.statusBar().currentMessage()
