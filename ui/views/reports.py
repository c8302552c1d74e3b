"""Reports: the charts the silos never had, over the shown month and the current filters.

Each chart (ui.painting.charts, from calendar_core.report_charts) shows its
numbers on hover and, beside it, in a table. The numbers come from
calendar_core.reports.build_report through the workspace facade.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QScrollArea, QTableWidget, QTableWidgetItem, QToolTip, QVBoxLayout, QWidget,
)

from calendar_core.report_charts import ChartSpec
from calendar_core.reports import Report
from ui.i18n import translate, tr
from ui.locale_format import month_year, number, range_text
from ui.painting.charts import paint_chart
from ui.report_texts import localized_specs


class ChartWidget(QWidget):
    """One chart, painted from its spec; hovering a bar or cell shows its number."""

    def __init__(self, spec: ChartSpec, colours: dict[str, str], parent=None):
        super().__init__(parent)
        self.spec, self.colours = spec, colours
        self.hits: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        rows = len(spec.categories)
        tall = spec.kind in ("heat", "share", "hbar")
        self.setMinimumSize(QSize(520, max(220, 40 + rows * 26) if tall else 260))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self.hits = paint_chart(painter, QRectF(self.rect()).adjusted(8, 6, -8, -6), self.spec, self.colours)
        painter.end()

    def text_at(self, x: float, y: float) -> str:
        return next((text for r, text in self.hits if r.contains(x, y)), "")

    def mouseMoveEvent(self, event) -> None:
        text = self.text_at(event.position().x(), event.position().y())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()


def table_for(spec: ChartSpec) -> QTableWidget:
    headers, rows = spec.table()
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.setMinimumWidth(320)
    return table


class ReportsView(QWidget):
    """The view protocol of the main window (period, step, label, set_data …) over a month."""

    entryActivated = Signal(int)
    selectionChanged = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.report_for: Callable[[date, date], Report] | None = None  # set by the main window
        self.colours: dict[str, str] = {}
        self.report: Report | None = None
        self.charts: list[ChartWidget] = []
        self.tables: list[QTableWidget] = []
        self.heading = QLabel()
        self.heading.setObjectName("reportsHeading")
        self.heading.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.heading)
        outer.addWidget(scroll, 1)

    # ----- view protocol ---------------------------------------------------------
    def period(self, anchor: date) -> tuple[date, date]:
        first = anchor.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1)

    def step(self, anchor: date, direction: int) -> date:
        first = anchor.replace(day=1)
        return (first + timedelta(days=32)).replace(day=1) if direction > 0 else (first - timedelta(days=1)).replace(day=1)

    def label(self, anchor: date) -> str:
        return translate("Views", "Reports · {month}").format(month=month_year(anchor))

    def set_data(self, entries, anchor: date, tz: ZoneInfo) -> None:
        if self.report_for is None:
            return
        first, after = self.period(anchor)
        self.show_report(self.report_for(first, after - timedelta(days=1)))

    def set_markers(self, markers) -> None:
        pass

    def set_colours(self, colours: dict[str, str]) -> None:
        self.colours = dict(colours)
        for chart in self.charts:
            chart.colours = self.colours
            chart.update()

    def select_entries(self, ids) -> None:
        pass

    # ----- content ---------------------------------------------------------------
    def show_report(self, rep: Report) -> None:
        self.report = rep
        filters = rep.filter_text or translate("Views", "none (all entries)")
        self.heading.setText(
            f"<b>{range_text(rep.first, rep.last)}</b> · "
            + translate("Views", "filters: {filters}").format(filters=filters) + " · "
            + tr("%n posts", "", rep.total_posts) + ", "
            + tr("%n conflicts", "", rep.total_conflicts) + " "
            + translate("Views", "({open} open)").format(open=number(len(rep.open_conflicts))) + ", "
            + tr("%n open duplicate groups", "", len(rep.open_duplicates)) + " · "
            + translate("Views", "days in {zone}").format(zone=rep.zone))
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.charts, self.tables = [], []
        for spec in localized_specs(rep):
            row = QWidget()
            row.setObjectName(f"report_{spec.key}")
            lay = QHBoxLayout(row)
            chart = ChartWidget(spec, self.colours)
            table = table_for(spec)
            lay.addWidget(chart, 3)
            lay.addWidget(table, 2)
            self.body_layout.addWidget(row)
            self.charts.append(chart)
            self.tables.append(table)
        self.body_layout.addStretch(1)
