"""The printed layouts: month, 2/4 weeks a page, agenda, week, lanes; blackout days shaded and labelled.

Each layout is written to PDF, read back with pdftotext and rendered to PNG with pdftoppm."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from print_data import BERLIN, COLOURS, load_week_fixture
from test_print_pdf import PRINTED, W35, W36, pdf_text

needs_poppler = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
                                   reason="poppler-utils not installed")
BLACKOUT = frozenset({date(2026, 8, 27)})
EXPECT = {"days": "Week 35, 2026", "lanes": "departments as lanes", "month": "August 2026",
          "weeks2": "2 weeks per page", "weeks4": "4 weeks per page", "agenda": "Wednesday, 26 August 2026"}


def _png(pdf, tmp_path, name):
    from PySide6.QtGui import QImage

    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)], check=True)
    png = next(tmp_path.glob(f"{name}*.png"))
    image = QImage(str(png))
    assert not image.isNull() and image.width() > image.height()
    return image


def _ink(image) -> int:
    """How many sampled pixels are not white."""
    dark = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
    return dark


@needs_poppler
@pytest.mark.parametrize("mode", list(EXPECT))
def test_each_layout_prints_and_renders(qapp, tmp_path, mode):
    from ui.printing import entries_by_week, write_week_pdf

    entries, markers = load_week_fixture()
    out = tmp_path / f"{mode}.pdf"
    pages = write_week_pdf(out, [W35, W36], entries_by_week(entries, BERLIN), tz=BERLIN, colours=COLOURS,
                           markers=markers, mode=mode, printed_at=PRINTED, blackout=BLACKOUT)
    assert pages >= 1
    text = pdf_text(out)
    assert EXPECT[mode] in text
    assert "Blackout" in text  # in the legend, and on the day itself
    if mode != "lanes":
        shown = text.count("Blackout")
        assert shown >= 2, f"{mode}: blackout day not labelled"
    image = _png(out, tmp_path, mode)
    assert _ink(image) > 200
    for e in entries_by_week(entries, BERLIN)(W35)[:5]:
        if mode in ("agenda", "days", "lanes"):
            assert e.title.split()[0] in text


@needs_poppler
def test_month_and_agenda_list_every_entry(qapp, tmp_path):
    from ui.printing import entries_by_week, write_week_pdf

    entries, _ = load_week_fixture()
    out = tmp_path / "agenda.pdf"
    write_week_pdf(out, [W35, W36], entries_by_week(entries, BERLIN), tz=BERLIN, colours=COLOURS, mode="agenda",
                   printed_at=PRINTED)
    text = pdf_text(out)
    week = entries_by_week(entries, BERLIN)
    for e in week(W35) + week(W36):
        assert e.title[:20] in text, e.title
    assert text.index("Monday, 24 August 2026") < text.index("Monday, 31 August 2026")


def test_layout_data_agenda_and_grid():
    from calendar_core.layout import agenda_layout, too_full, week_layout, weeks_grid
    from print_data import busy_day

    entries, _ = load_week_fixture()
    grid = weeks_grid(entries, W35, 2, BERLIN)
    assert len(grid.weeks) == 2 and grid.weeks[0][0].day == W35 and grid.weeks[1][6].day == date(2026, 9, 6)
    agenda = agenda_layout(entries, W35, date(2026, 9, 6), BERLIN)
    assert [d.day for d in agenda.days] == sorted(d.day for d in agenda.days)
    for day in agenda.days:
        timed = [i for i in day.items if i.label != "all day"]
        assert [i.label[:5] for i in timed] == sorted(i.label[:5] for i in timed)
    assert not too_full(week_layout(entries, W36, BERLIN))
    assert too_full(week_layout(busy_day(date(2026, 8, 26), count=18), W35, BERLIN))


def test_cli_layout_flag_and_alias(qapp, tmp_path, shared_dir):
    import main as masthead_main

    folder = shared_dir / "scenarios" / "northwind"
    if not folder.is_dir():
        pytest.skip("northwind scenario not available")
    src = str(folder / "marketing_content_calendar.xlsx")
    base = ["consolidate", src, "--timezone", "Europe/Berlin", "--from", "2026-08-03", "--to", "2026-08-30"]
    assert masthead_main.main(base + ["--week-pdf", str(tmp_path / "m.pdf"), "--layout", "month"]) == 0
    assert masthead_main.main(base + ["--week-pdf", str(tmp_path / "l.pdf"), "--week-layout", "lanes"]) == 0
    assert masthead_main.main(base + ["--week-pdf", str(tmp_path / "x.pdf"), "--layout", "month",
                                      "--week-layout", "lanes"]) == 2
    if shutil.which("pdftotext"):
        assert "August 2026" in pdf_text(tmp_path / "m.pdf")
        assert "departments as lanes" in pdf_text(tmp_path / "l.pdf")
    assert masthead_main.main(base + ["--week-pdf", str(tmp_path / "w.pdf"), "--layout", "weeks4"]) == 0
    if shutil.which("pdftotext"):
        assert "Weeks 32–35, 2026 · 3 – 30 Aug 2026" in pdf_text(tmp_path / "w.pdf")


def test_month_pages_are_the_months_the_weeks_cover():
    from ui.printing import months_of, weeks_between

    september = weeks_between(date(2026, 9, 1), date(2026, 9, 30))  # 31 Aug .. 4 Oct
    assert months_of(september) == [date(2026, 9, 1)]
    assert months_of(weeks_between(date(2026, 8, 24), date(2026, 9, 13))) == [date(2026, 8, 1), date(2026, 9, 1)]


def test_cli_prints_the_workspace_blackout_days(qapp, tmp_path, shared_dir):
    from dataclasses import replace

    import main as masthead_main
    from calendar_core.workspace import Workspace

    folder = shared_dir / "scenarios" / "northwind"
    if not folder.is_dir():
        pytest.skip("northwind scenario not available")
    target = tmp_path / "ws.sqlite"
    with Workspace.open(target) as ws:
        ws.save_settings(replace(ws.settings, timezone="Europe/Berlin", blackout_dates=["2026-08-12"]))
    out = tmp_path / "m.pdf"
    args = ["consolidate", str(folder / "marketing_content_calendar.xlsx"), "--workspace", str(target),
            "--from", "2026-08-10", "--to", "2026-08-16", "--week-pdf", str(out), "--layout", "agenda"]
    assert masthead_main.main(args) == 0
    if shutil.which("pdftotext"):
        assert "Wednesday, 12 August 2026 · Blackout" in pdf_text(out)
    with Workspace.open(target) as ws:  # a blackout day with nothing on it is still listed
        ws.save_settings(replace(ws.settings, blackout_dates=["2026-08-16"]))
    assert masthead_main.main(args) == 0
    if shutil.which("pdftotext"):
        assert "Sunday, 16 August 2026 · Blackout nothing planned" in pdf_text(out)
