"""The printed report (File ▸ Export ▸ Report (PDF), consolidate --report-pdf): ready for the Monday meeting.

Pages: the period, the filters and the per-department KPIs; the charts (the same
painters as the Reports view); then the open conflicts and duplicate groups with
their explanations. A4 portrait, readable in black-and-white.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from calendar_core.export.atomic import atomic_path
from calendar_core.reports import Report
from ui.painting.charts import paint_chart
from ui.painting.common import GRID_COLOUR, MARK_COLOUR, MUTED_COLOUR, TEXT_COLOUR, font, metrics, pt, wrap
from ui.i18n import translate, tr
from ui.issue_phrases import conflict_message, reasons_text, window_phrases
from ui.markers import kind_label
from ui.report_texts import localized_specs
from ui.locale_format import date_text, datetime_text, range_text, time_text

CHART_PAGES = (("posts_per_week", "channel_mix"), ("per_day", "gaps"), ("issues_per_week", "conflict_share"),
               ("hours",))


class _Doc:
    def __init__(self, writer: QPdfWriter, painter: QPainter, rep: Report, title: str, printed_at: datetime):
        self.writer, self.painter, self.rep, self.title, self.printed_at = writer, painter, rep, title, printed_at
        self.page = QRectF(0, 0, writer.width(), writer.height())
        self.number = 0

    def new_page(self) -> QRectF:
        if self.number:
            self.writer.newPage()
        self.number += 1
        p, k = self.painter, pt(self.painter)
        f = font(7.0)
        fm = metrics(p, f)
        p.setFont(f)
        p.setPen(MUTED_COLOUR)
        foot = self.page.bottom() - fm.height()
        p.drawText(QRectF(self.page.left(), foot, self.page.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                   translate("ReportPdf", "{title} report · {period} · printed {stamp}").format(
                       title=self.title, period=range_text(self.rep.first, self.rep.last),
                       stamp=f"{date_text(self.printed_at.date(), weekday=False)} {time_text(self.printed_at)}"))
        p.drawText(QRectF(self.page.left(), foot, self.page.width(), fm.height()), Qt.AlignmentFlag.AlignRight,
                   translate("ReportPdf", "Page {number}").format(number=self.number))
        return QRectF(self.page.left(), self.page.top(), self.page.width(), foot - 6 * k - self.page.top())


def _text(painter: QPainter, rect: QRectF, y: float, text: str, size: float = 8.5, bold: bool = False,
          colour=TEXT_COLOUR, indent: float = 0.0) -> float:
    """Wrapped text from ``y``; returns the y below it."""
    f = font(size, bold)
    fm = metrics(painter, f)
    lines, _ = wrap(painter, f, text, rect.width() - indent)
    painter.setFont(f)
    painter.setPen(colour)
    for line in lines:
        painter.drawText(QPointF(rect.left() + indent, y + fm.ascent()), line)
        y += fm.height()
    return y


def _kpi_table(painter: QPainter, rect: QRectF, y: float, rep: Report) -> float:
    k = pt(painter)
    f, fb = font(8.0), font(8.0, bold=True)
    fm = metrics(painter, f)
    headers = [translate("ReportPdf", "Department"), translate("ReportPdf", "Posts"), translate("ReportPdf", "Channels"),
               translate("ReportPdf", "Conflicts"), translate("ReportPdf", "Duplicates"), translate("ReportPdf", "Settled")]
    widths = [0.4, 0.12, 0.12, 0.12, 0.12, 0.12]
    row_h = fm.height() + 4 * k

    def row(values, bold=False):
        nonlocal y
        x = rect.left()
        painter.setFont(fb if bold else f)
        painter.setPen(TEXT_COLOUR)
        for i, (v, w) in enumerate(zip(values, widths)):
            cell = QRectF(x + 2 * k, y, w * rect.width() - 4 * k, row_h)
            align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(cell, align | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(str(v), Qt.TextElideMode.ElideRight, cell.width()))
            x += w * rect.width()
        y += row_h
        painter.setPen(QPen(GRID_COLOUR, 0.5 * k))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    row(headers, bold=True)
    for kpi in rep.kpis:
        row([kpi.department, kpi.posts, kpi.channels, kpi.conflicts, kpi.duplicates, f"{kpi.share_settled:.0%}"])
    return y + 6 * k


def write_report_pdf(path: str | Path, rep: Report, *, colours: dict[str, str] | None = None,
                     printed_at: datetime, title: str = "Masthead") -> int:
    """Write the report as an A4 portrait PDF, atomically; returns the page count."""
    colours = colours or {}
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setCreator("Masthead")
        writer.setTitle(translate("ReportPdf", "{title} report {period}").format(
            title=title, period=range_text(rep.first, rep.last)))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"could not write {path}")
        try:
            doc = _Doc(writer, painter, rep, title, printed_at)
            _pages(doc, colours)
            pages = doc.number
        finally:
            painter.end()
        del writer
    return pages


def _pages(doc: _Doc, colours: dict[str, str]) -> None:
    p, rep = doc.painter, doc.rep
    k = pt(p)
    specs = {s.key: s for s in localized_specs(rep)}
    for n, keys in enumerate(CHART_PAGES):
        body = doc.new_page()
        y = body.top()
        if n == 0:
            y = _text(p, body, y, translate("ReportPdf", "{title} report: {period}").format(
                title=doc.title, period=range_text(rep.first, rep.last)), 15, True)
            y = _text(p, body, y + 2 * k, translate("ReportPdf", "Period: {first} to {last} (days in {zone})").format(
                first=date_text(rep.first, weekday=False), last=date_text(rep.last, weekday=False), zone=rep.zone),
                      9)
            y = _text(p, body, y, translate("ReportPdf", "Filters: {filters}").format(
                filters=rep.filter_text or translate("Views", "none (all entries)")), 9)
            y = _text(p, body, y, " · ".join((tr("%n posts", "", rep.total_posts),
                                             tr("%n conflicts", "", rep.total_conflicts) + " "
                                             + translate("Views", "({open} open)").format(open=len(rep.open_conflicts)),
                                             tr("%n open duplicate groups", "",
                                                       len(rep.open_duplicates)))),
                      9)
            y = _text(p, body, y + 6 * k, translate("ReportPdf", "Per department"), 10, True)
            y = _kpi_table(p, body, y + 2 * k, rep)
        room = (body.bottom() - y) / len(keys)
        for key in keys:
            spec = specs[key]
            paint_chart(p, QRectF(body.left(), y, body.width(), room - 10 * k), spec, colours)
            if spec.note:
                _text(p, body, y + room - 10 * k, spec.note, 7, colour=MUTED_COLOUR)
            y += room
    _issue_pages(doc)


def _issue_pages(doc: _Doc) -> None:
    p, rep = doc.painter, doc.rep
    k = pt(p)
    body = doc.new_page()
    y = body.top()

    def need(height: float) -> None:
        nonlocal body, y
        if y + height > body.bottom():
            body = doc.new_page()
            y = body.top()

    def who(entry_id: int) -> str:
        e = rep.entries_by_id.get(entry_id)
        if e is None:
            return translate("ReportPdf", "entry {id}").format(id=entry_id)
        return f"{datetime_text(e.start.astimezone(_tz(rep)), year=False)} · {e.department} · {e.channel} · {e.title}"

    y = _text(p, body, y, translate("ReportPdf", "Open conflicts ({count})").format(count=len(rep.open_conflicts)), 12, True) + 4 * k
    if not rep.open_conflicts:
        y = _text(p, body, y, translate("ReportPdf", "None: every conflict of the period is settled."), 9, colour=MUTED_COLOUR)
    phrases = window_phrases()
    for c in rep.open_conflicts:
        need(metrics(p, font(8.5)).height() * 4)
        y = _text(p, body, y, f"⚠ {kind_label(c.kind)}: {conflict_message(c, phrases)}", 8.5, colour=MARK_COLOUR)
        for entry_id in c.entry_ids:
            y = _text(p, body, y, who(entry_id), 7.5, colour=MUTED_COLOUR, indent=12 * k)
        y += 4 * k
    need(metrics(p, font(12, True)).height() * 3)
    y = _text(p, body, y + 8 * k, translate("ReportPdf", "Open duplicate groups ({count})").format(count=len(rep.open_duplicates)), 12, True) + 4 * k
    if not rep.open_duplicates:
        y = _text(p, body, y, translate("ReportPdf", "None."), 9, colour=MUTED_COLOUR)
    for g in rep.open_duplicates:
        need(metrics(p, font(8.5)).height() * 4)
        y = _text(p, body, y, translate("ReportPdf", "Likely the same piece ({score}): {reasons}").format(
            score=f"{g.score:.0%}", reasons=reasons_text(g, phrases)), 8.5)
        for entry_id in g.entry_ids:
            y = _text(p, body, y, who(entry_id), 7.5, colour=MUTED_COLOUR, indent=12 * k)
        y += 4 * k


def _tz(rep: Report):
    from calendar_core.timeconv import zone_or_utc

    return zone_or_utc(rep.zone)


def export_report_pdf(window, path: str | Path | None = None) -> int:
    """File ▸ Export ▸ Report (PDF)…: the report over the period shown (the whole workspace for the list) and the
    current filters. Asks for a file name unless ``path`` is given; returns the page count (0: cancelled)."""
    from datetime import timedelta

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from calendar_core.reports import build_report, report_period
    from ui.printing import filters_description

    ws, flt, tz = window.workspace, window.current_filter(), window.tz
    span = window.current_range()
    if span is not None:
        first, last = span[0].astimezone(tz).date(), (span[1] - timedelta(seconds=1)).astimezone(tz).date()
    else:
        first, last = report_period(ws.entries(None, None, flt), getattr(tz, "key", "UTC"))
    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, translate("ReportPdf", "Export report as PDF"), f"masthead-report-{first}.pdf",
                                              translate("ReportPdf", "PDF files (*.pdf)"))
        if not path:
            return 0
    rep = build_report(ws, first, last, flt, filters_description(flt))
    try:
        pages = write_report_pdf(path, rep, colours=dict(window.colours),
                                 printed_at=(getattr(window, "now", None) or datetime.now(tz)).astimezone(tz))
    except OSError as exc:
        QMessageBox.warning(window, "Masthead", translate("ReportPdf", "The report could not be written to {path}.\n\n{exc}").format(path=path, exc=exc))
        return 0
    window.statusBar().showMessage(tr("Report written to {path} (%n pages)", "", pages).format(path=path), 8000)
    return pages
