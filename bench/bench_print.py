"""Printing and painting the week: our layout + painter against a crude one-line-per-entry drawing.

The baseline draws every entry as one plain line of text (what a naive print
does); ours places blocks, wraps titles, falls back to lists and measures to
fit. Both run in this process on the same entries.
"""
from __future__ import annotations

import os
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from bench import best_of

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TZ = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
WEEKS = [date(2026, 8, 3) + timedelta(days=7 * i) for i in range(10)]
DEPTS = {"Marketing": "#4e79a7", "Corporate Communications": "#f28e2b", "Sales": "#e15759", "Product": "#76b7b2",
         "People & Culture": "#59a14f", "Events": "#edc948", "Customer Success": "#b07aa1"}
CHANNELS = ["LinkedIn", "X", "Instagram", "Blog", "Newsletter", "YouTube", "Facebook"]
WORDS = ("route planning customer story webinar reminder hiring product tip release notes behind the scenes "
         "press partnership newsletter digest poll dispatch case study video team spotlight").split()


def _entries():
    from calendar_core.model import Entry

    out, n = [], 0
    for monday in WEEKS:
        for k in range(45):  # ~45 posts a week, one crowded day
            day = monday + timedelta(days=2 if k % 3 == 0 else k % 7)
            start = datetime(day.year, day.month, day.day, 8 + (k * 5) % 11, (k * 15) % 60, tzinfo=TZ)
            title = " ".join(WORDS[(k + i * 7) % len(WORDS)] for i in range(4 + k % 5)).capitalize()
            n += 1
            out.append(Entry(id=n, source_id=1, source_ref=str(n), title=title, start=start.astimezone(UTC),
                             end=(start + timedelta(minutes=30 + 15 * (k % 4))).astimezone(UTC),
                             department=list(DEPTS)[k % 7], channel=CHANNELS[k % 7], owner="Lena Vogt"))
    return out


def run() -> list[tuple[str, float, float, float]]:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QImage, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    # a widgets application: the benches after this one in the same process build widgets
    app = QApplication.instance() or QApplication([])  # noqa: F841
    from calendar_core.layout import week_layout
    from ui.painting.week import SCREEN, paint_week
    from ui.printing import entries_by_week, setup_page, write_week_pdf

    entries = _entries()
    by_week = entries_by_week(entries, TZ)
    markers = {e.id: "Slot clash" for e in entries[::9]}
    folder = Path(tempfile.mkdtemp(prefix="masthead-bench-"))
    printed = datetime(2026, 8, 1, tzinfo=TZ)

    def ours_pdf():
        write_week_pdf(folder / "ours.pdf", WEEKS, by_week, tz=TZ, colours=DEPTS, markers=markers, printed_at=printed)

    def base_pdf():
        writer = QPdfWriter(str(folder / "base.pdf"))
        writer.setResolution(600)
        setup_page(writer)
        painter = QPainter(writer)
        for i, monday in enumerate(WEEKS):
            if i:
                writer.newPage()
            y = 100.0
            for e in by_week(monday):
                painter.drawText(QPointF(100, y), f"{e.start.astimezone(TZ):%a %H:%M} {e.title} {e.channel}")
                y += 100
        painter.end()
        del writer

    img = QImage(1280, 760, QImage.Format.Format_ARGB32_Premultiplied)
    week = by_week(WEEKS[0])

    def ours_screen():
        for _ in range(20):
            painter = QPainter(img)
            paint_week(painter, QRectF(0, 0, 1280, 760), week_layout(week, WEEKS[0], TZ), colours=DEPTS,
                       markers=markers, style=SCREEN)
            painter.end()

    def base_screen():
        for _ in range(20):
            painter = QPainter(img)
            for k, e in enumerate(week):
                painter.fillRect(QRectF(40 + 170 * (k % 7), 20 * (k // 7), 160, 18), DEPTS[e.department])
                painter.drawText(QPointF(42 + 170 * (k % 7), 20 * (k // 7) + 14), e.title)
            painter.end()

    rows = [
        ("print: 10 weeks to PDF (45 posts/week)", *best_of([ours_pdf, base_pdf], 3), 12.0),
        ("screen: paint one week x20 (1280x760)", *best_of([ours_screen, base_screen], 3), 15.0),
    ]
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    return rows
