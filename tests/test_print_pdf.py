"""Printed weeks: PDF pages, orientation, every title on paper, no overlapping or cut-off text."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from print_data import BERLIN, COLOURS, busy_day, load_week_fixture

W35, W36 = date(2026, 8, 24), date(2026, 8, 31)
PRINTED = datetime(2026, 8, 21, 9, 30, tzinfo=BERLIN)

needs_poppler = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
                                   reason="poppler-utils (pdftotext, pdfinfo) not installed")


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def norm(text: str) -> str:
    """Whitespace collapsed; pictographs (emoji) dropped: they print only where the system has an emoji font."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch) != "So")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def week_entries():
    entries, markers = load_week_fixture()
    return entries + busy_day(W35 + (W36 - W35) // 3, count=18), markers  # Wednesday 26 Aug is crowded


def write(tmp_path, entries, markers, weeks, mode="days", name="week.pdf"):
    from ui.printing import entries_by_week, write_week_pdf

    out = tmp_path / name
    pages = write_week_pdf(out, weeks, entries_by_week(entries, BERLIN), tz=BERLIN, colours=COLOURS,
                           markers=markers, mode=mode, filters_text="Departments: all", printed_at=PRINTED)
    return out, pages


@needs_poppler
@pytest.mark.parametrize("mode", ["days", "lanes"])
def test_two_weeks_two_landscape_pages_with_every_title(qapp, tmp_path, week_entries, mode):
    from ui.printing import entries_by_week

    entries, markers = week_entries
    out, pages = write(tmp_path, entries, markers, [W35, W36], mode=mode)
    sizes = pdf_pages(out)
    assert pages == len(sizes) and pages >= 2  # the crowded week 35 may print as a longer agenda
    assert all(w > h for w, h in sizes), sizes  # landscape
    assert all(abs(w - 842) < 2 and abs(h - 595) < 2 for w, h in sizes)  # A4
    text = pdf_text(out)
    for monday in (W35, W36):
        for e in entries_by_week(entries, BERLIN)(monday):
            assert norm(e.title) in text, f"missing on paper: {e.title!r}"
    assert "Week 35, 2026" in text and "Week 36, 2026" in text and "24 – 30 Aug 2026" in text
    assert "Page 1 of" in text and f"Page {pages} of {pages}" in text
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Officer" in raw  # no "ﬃ" ligature: the PDF's text can be searched and copied
    assert "printed 21 Aug 2026 09:30" in text and "Filters: Departments: all" in text
    for dept in ("Marketing", "Customer Success", "People & Culture"):  # the legend
        assert dept in text


@needs_poppler
def test_a_very_crowded_day_keeps_every_title(qapp, tmp_path):
    entries = busy_day(date(2026, 8, 26), count=40)
    out, pages = write(tmp_path, entries, {}, [W35])
    text = pdf_text(out)
    assert pages >= 1 and "too full for its hours" in text  # printed as an agenda, not squeezed off the hours
    lines = [norm(line) for line in subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True,
                                                   text=True, check=True).stdout.splitlines()]
    missing = [e.title for e in entries
               if not any(line.startswith(f"{e.start.astimezone(BERLIN):%H:%M}") and norm(e.title) in line
                          for line in lines)]
    assert not missing


def test_pdf_is_written_atomically(qapp, tmp_path, week_entries):
    entries, markers = week_entries
    target = tmp_path / "week.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ValueError, match="print mode"):
        write(tmp_path, entries, markers, [W35], mode="sideways")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["week.pdf"]
    out, pages = write(tmp_path, entries, markers, [W35])
    assert pages >= 1 and out.read_bytes().startswith(b"%PDF")


def _paint_paper(entries, markers, monday=W35, size=(3508, 2480)):
    """Paint a week the way a page body is painted (A4 landscape at 300 dpi) and return the paint record."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from calendar_core.layout import week_layout
    from ui.painting.week import PAPER, paint_week

    img = QImage(*size, QImage.Format.Format_ARGB32)
    img.setDotsPerMeterX(11811)
    img.setDotsPerMeterY(11811)  # 300 dpi
    painter = QPainter(img)
    rect = QRectF(0, 0, size[0], size[1] - 400)
    res = paint_week(painter, rect, week_layout(entries, monday, BERLIN), colours=COLOURS, markers=markers,
                     style=PAPER)
    painter.end()
    return rect, res


@pytest.mark.parametrize("count", [6, 18, 40])
def test_painted_entries_never_overlap_and_stay_inside(qapp, count):
    entries = busy_day(date(2026, 8, 26), count=count)
    rect, res = _paint_paper(entries, {})
    assert not res.hidden
    assert sorted(i for _, i in res.hits) == sorted(e.id for e in entries)
    rects = [r for r, _ in res.hits]
    for i, a in enumerate(rects):
        assert rect.contains(a), a
        for b in rects[i + 1:]:
            assert not a.intersected(b).isValid() or a.intersected(b).isEmpty(), (a, b)


def test_crowded_day_becomes_a_list_and_quiet_days_keep_blocks(qapp, week_entries):
    entries, markers = week_entries
    _, res = _paint_paper(entries, markers)
    assert 2 in res.compact_days  # Wednesday with 18 overlapping posts
    assert 4 not in res.compact_days and 6 not in res.compact_days  # Friday, Sunday: a post or two
    widths = [r.width() for r in res.day_rects]
    assert widths[2] >= max(widths[0], widths[1])


def test_lanes_pages_split_when_lanes_do_not_fit(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from calendar_core.layout import lanes_layout
    from ui.painting.lanes import paint_lanes, plan_lane_pages

    entries = []
    for n in range(12):  # twelve departments with eight posts each on Wednesday
        for e in busy_day(date(2026, 8, 26), first_id=100 * (n + 1), count=8):
            e.department = f"Department {n:02d}"
            entries.append(e)
    lay = lanes_layout(entries, W35, BERLIN)
    img = QImage(1754, 1240, QImage.Format.Format_ARGB32)  # A4 landscape at 150 dpi
    img.setDotsPerMeterX(5906)
    img.setDotsPerMeterY(5906)
    painter = QPainter(img)
    rect = QRectF(0, 0, 1754, 1100)
    pages = plan_lane_pages(painter, rect, lay)
    assert len(pages) > 1 and sorted(i for p in pages for i in p) == list(range(12))
    seen = []
    for lanes in pages:
        res = paint_lanes(painter, rect, lay, colours={}, lanes=lanes)
        assert res.hidden == 0
        seen += [i for _, i in res.hits]
    painter.end()
    assert sorted(seen) == sorted(e.id for e in entries)


def test_markers_from_conflicts_skip_settled_ones():
    from calendar_core.model import Conflict
    from ui.printing import filters_description, markers_from_conflicts, weeks_between
    from calendar_core.model import EntryFilter

    conflicts = [Conflict("slot_clash", [1, 2], "Slot clash: LinkedIn 10:00 and 10:30"),
                 Conflict("overload", [2, 3], "5 posts on X on 16 Sep", decision="intentional")]
    assert markers_from_conflicts(conflicts) == {1: "Slot clash: LinkedIn 10:00 and 10:30",
                                                 2: "Slot clash: LinkedIn 10:00 and 10:30"}
    assert weeks_between(date(2026, 8, 26), date(2026, 9, 7)) == [W35, W36, date(2026, 9, 7)]
    assert filters_description(EntryFilter(departments=frozenset({"Sales", "PR"}), text="launch")) == \
        "Departments: PR, Sales · Text: “launch”"


def test_conflict_marks_are_drawn_in_both_layouts(qapp, week_entries):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from calendar_core.layout import lanes_layout
    from print_data import busy_day as _busy
    from ui.painting.lanes import paint_lanes

    entries, markers = week_entries
    in_week = {e.id for e in entries if W35 <= e.start.astimezone(BERLIN).date() < W36}
    expected = set(markers) & in_week
    assert expected
    _, res = _paint_paper(entries, markers)
    assert res.marked == expected
    crowded = _busy(date(2026, 8, 26), count=18)
    _, res = _paint_paper(crowded, {crowded[3].id: "Slot clash"})  # marks survive the compact list
    assert res.marked == {crowded[3].id} and 2 in res.compact_days
    img = QImage(1754, 1240, QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    lres = paint_lanes(painter, QRectF(0, 0, 1754, 1100), lanes_layout(entries, W35, BERLIN), colours=COLOURS,
                       markers=markers)
    painter.end()
    assert lres.marked == expected


def test_fit_lines_elides_only_what_does_not_fit(qapp):
    from PySide6.QtGui import QImage, QPainter

    from ui.painting.common import fit_lines, font, metrics

    img = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    f = font(8)
    width = metrics(painter, f).horizontalAdvance("Corporate") + 2
    assert fit_lines(painter, f, ["Corporate Communications"], width, 4, elide=False) is None  # a word too wide
    lines = fit_lines(painter, f, ["Corporate Communications"], width, 4, elide=True)
    assert lines[0] == "Corporate" and lines[1].startswith("Comm") and lines[1].endswith("…")
    assert fit_lines(painter, f, ["one two three four five six"], width, 2, elide=True)[-1].endswith("…")
    painter.end()


def test_entries_by_week_edges():
    from datetime import timedelta, timezone

    from calendar_core.model import Entry
    from ui.printing import entries_by_week

    utc = timezone.utc

    def e(i, start, end=None, all_day=False):
        return Entry(id=i, source_id=1, source_ref=str(i), title=str(i), start=start, end=end, all_day=all_day)

    sunday_night = datetime(2026, 8, 23, 23, 0, tzinfo=BERLIN).astimezone(utc)
    entries = [
        e(1, datetime(2026, 8, 22, tzinfo=utc), datetime(2026, 8, 25, tzinfo=utc), all_day=True),  # Sat–Mon
        e(2, datetime(2026, 8, 31, tzinfo=utc), datetime(2026, 9, 1, tzinfo=utc), all_day=True),  # next Monday
        e(3, sunday_night, sunday_night + timedelta(hours=2)),  # runs into Monday 01:00
        e(4, sunday_night),  # no end: stays on Sunday
        e(5, datetime(2026, 8, 30, 21, 59, tzinfo=utc)),  # Sunday 23:59 Berlin
    ]
    assert sorted(x.id for x in entries_by_week(entries, BERLIN)(W35)) == [1, 3, 5]


def test_consolidated_pdf_defaults_to_the_weeks_with_entries(qapp, tmp_path):
    from types import SimpleNamespace

    from calendar_core.model import Conflict
    from print_data import load_week_fixture
    from ui.printing import write_consolidated_pdf

    entries, _ = load_week_fixture()
    result = SimpleNamespace(entries=entries, conflicts=[Conflict("slot_clash", [1, 2], "clash")],
                             timezone="Europe/Berlin", colours=COLOURS)
    pages = write_consolidated_pdf(tmp_path / "all.pdf", result, departments=["Sales"], printed_at=PRINTED)
    assert pages == 2  # the fixture covers weeks 35 and 36
    with pytest.raises(ValueError, match="too many"):
        write_consolidated_pdf(tmp_path / "x.pdf", result, date_from=date(2020, 1, 1), date_to=date(2026, 1, 1))
